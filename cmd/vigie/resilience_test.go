package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-news/vigie/pipeline"
)

// TestExportBesideAWriter: export reads the store while serve (or crawl)
// holds the data folder; a second writer is refused with a clear message.
func TestExportBesideAWriter(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var stderr strings.Builder
	e := &env{stdout: io.Discard, stderr: &stderr, log: slog.New(slog.DiscardHandler)}
	a, err := pipeline.OpenWriter(context.Background(), dir, e.log)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	cfg := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(cfg, []byte("sources:\n  - name: A\n    url: http://a.test/feed\n    kind: rss\n"), 0o644)
	code, out, errOut := runCLI(t, "export", "-data", dir)
	if code != 0 || errOut != "" {
		t.Errorf("export beside a writer: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, "check", "-data", dir)
	if code != 0 || !strings.Contains(out, "store 0 articles") {
		t.Errorf("check beside a writer: exit %d, %q", code, out)
	}
	for _, args := range [][]string{{"crawl", "-config", cfg, "-data", dir}, {"reindex", "-data", dir}} {
		code, _, errOut := runCLI(t, args...)
		if code != 1 || !strings.Contains(errOut, "in use by another vigie") {
			t.Errorf("%s beside a writer: exit %d, %q", args[0], code, errOut)
		}
	}
}
