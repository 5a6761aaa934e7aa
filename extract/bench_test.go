package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-news/vigie"
)

// corpusPages reads the article pages of the offline corpus, as UTF-8.
func corpusPages(tb testing.TB) []vigie.Page {
	tb.Helper()
	var pages []vigie.Page
	root := "../testdata/corpus/sites"
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		u := "http://" + filepath.ToSlash(rel)
		if strings.Contains(rel, "courrier-francilien") {
			b = latin1ToUTF8(b)
		}
		pages = append(pages, vigie.Page{URL: u, FinalURL: u, Status: 200, Body: b})
		return nil
	})
	if err != nil || len(pages) == 0 {
		tb.Fatalf("corpus pages: %d, %v", len(pages), err)
	}
	return pages
}

func latin1ToUTF8(b []byte) []byte {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return []byte(string(r))
}

// BenchmarkExtractCorpus extracts every page of the offline corpus; the
// articles/s metric is the figure the README reports.
func BenchmarkExtractCorpus(b *testing.B) {
	pages := corpusPages(b)
	hint := Hint{Source: vigie.Source{Name: "bench", TimeZone: paris}}
	n := 0
	for b.Loop() {
		for _, p := range pages {
			Extract(p, hint)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
