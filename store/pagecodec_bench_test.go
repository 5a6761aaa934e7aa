package store

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkPageCodec stores every page of the repository's test corpora as
// the store did before (gzip) and does now (zstd), reporting the stored
// KB per page and the time per page; BENCH.md has the figures on real pages.
func BenchmarkPageCodec(b *testing.B) {
	pages := mustCorpusPages(b)
	raw := 0
	for _, p := range pages {
		raw += len(p)
	}
	for _, codec := range []struct {
		name   string
		encode func([]byte) []byte
	}{
		{"gzip-before", func(p []byte) []byte { return mustGzip(b, p) }},
		{"zstd", encodePage},
	} {
		b.Run(codec.name, func(b *testing.B) {
			stored := 0
			for b.Loop() {
				stored = 0
				for _, p := range pages {
					stored += len(codec.encode(p))
				}
			}
			b.ReportMetric(float64(raw)/float64(len(pages))/1024, "raw-KB/page")
			b.ReportMetric(float64(stored)/float64(len(pages))/1024, "stored-KB/page")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pages)), "µs/page")
		})
	}
}

// mustCorpusPages reads the HTML pages of the corpora in testdata.
func mustCorpusPages(tb testing.TB) [][]byte {
	tb.Helper()
	var pages [][]byte
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".html" {
			return err
		}
		b, err := os.ReadFile(path)
		pages = append(pages, b)
		return err
	})
	if err != nil || len(pages) == 0 {
		tb.Fatalf("%d corpus pages: %v", len(pages), err)
	}
	return pages
}
