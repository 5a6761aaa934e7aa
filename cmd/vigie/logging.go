package main

import (
	"io"
	"log/slog"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/vigie-news/vigie"
)

// logFlag is the global option that chooses the log format; it comes
// before the command: vigie -log-format json serve.
const logFlag = "log-format"

// splitLogFormat takes the -log-format option (also --log-format, with =
// or a separate value) off the front of args; the format defaults to
// VIGIE_LOG_FORMAT, else text.
func splitLogFormat(args []string) (format string, rest []string, err error) {
	format = envOr("VIGIE_LOG_FORMAT", "text")
	for len(args) > 0 {
		name, value, ok := strings.Cut(strings.TrimLeft(args[0], "-"), "=")
		if name != logFlag || !strings.HasPrefix(args[0], "-") {
			break
		}
		args = args[1:]
		if !ok {
			if len(args) == 0 {
				return "", nil, vigie.Errorf(vigie.EINVALID, "-%s needs a value: text or json", logFlag)
			}
			value, args = args[0], args[1:]
		}
		format = value
	}
	if format != "text" && format != "json" {
		return "", nil, vigie.Errorf(vigie.EINVALID, "-%s must be text or json, not %q", logFlag, format)
	}
	return format, args, nil
}

// newLogger logs to w as text or JSON Lines.
func newLogger(w io.Writer, format string) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

// progress is where progress bars go: standard error when it is a
// terminal, nowhere otherwise (a log file or a pipe gets no bars).
func (e *env) progress() io.Writer {
	if f, ok := e.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return f
	}
	return io.Discard
}
