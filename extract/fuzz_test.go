package extract

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/vigie-news/vigie"
)

// FuzzExtract feeds hostile HTML to the extractor, as a crawled page is:
// it never panics, and what it keeps of valid UTF-8 stays valid UTF-8.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/cases/*.html")
	for _, name := range files[:min(len(files), 8)] {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<html><head><link rel="canonical" href="https://other.test/a"><meta property="article:published_time" content="2024-13-45T99:99"></head><body><article><h1>t</h1><p>x</p></article></body></html>`))
	f.Add([]byte(`<div><div><div><div><p>` + string(make([]byte, 64)) + `</p></div></div></div></div>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		page := vigie.Page{URL: "https://news.test/a.html", FinalURL: "https://news.test/a.html", Status: 200,
			ContentType: "text/html; charset=utf-8", Body: body}
		a, err := Extract(page, Hint{})
		if err != nil {
			if !errors.Is(err, ErrNotArticle) && a.URL != "" {
				t.Errorf("an error (%v) with an article", err)
			}
			return
		}
		if utf8.Valid(body) && (!utf8.ValidString(a.Title) || !utf8.ValidString(a.Text)) {
			t.Errorf("valid UTF-8 in, invalid out: title %q", a.Title)
		}
	})
}
