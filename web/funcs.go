package web

import (
	"html/template"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

// funcs are the helpers templates call.
var funcs = template.FuncMap{
	"stamp":      stamp,
	"date":       func(t time.Time) string { return dateOf(t) },
	"paragraphs": paragraphs,
	"join":       strings.Join,
	"inc":        func(i int) int { return i + 1 },
	"list":       func(s ...string) []string { return s },
}

// stamp shows a timestamp as precisely as it is known.
func stamp(t vigie.Timestamp) string {
	if t.IsZero() {
		return ""
	}
	return t.String()
}

func dateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// paragraphs splits an article's text on blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
