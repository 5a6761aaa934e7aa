package store

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/vigie-news/vigie/crawler"
	"github.com/vigie-news/vigie/store/pagetrim"
)

// utf8HTML is the content type the crawler gives every page it stores.
const utf8HTML = "text/html; charset=utf-8"

// realPagesDir holds Readability's 130 real test pages, outside the
// repository (third-party: measured, never committed).
const realPagesDir = "../../shared/external/readability-test-pages/pages"

// BenchmarkPageCodec stores every page of the repository's test corpora
// and, where ../shared is, Readability's real pages, as the store did before
// (gzip, then zstd of the whole page) and does now (trimmed, then zstd),
// reporting the stored KB per page and the time per page; BENCH.md has the
// figures.
func BenchmarkPageCodec(b *testing.B) {
	for _, set := range []struct {
		name  string
		pages func(testing.TB) [][]byte
	}{{"testdata", mustCorpusPages}, {"real", mustRealPages}} {
		b.Run(set.name, func(b *testing.B) {
			pages := set.pages(b)
			for _, codec := range []struct {
				name   string
				encode func([]byte) []byte
			}{
				{"gzip-before", func(p []byte) []byte { return mustGzip(b, p) }},
				{"zstd-before", encodePage},
				{"trim-zstd", func(p []byte) []byte { return encodePage(pagetrim.Trim(utf8HTML, p)) }},
			} {
				b.Run(codec.name, func(b *testing.B) { benchCodec(b, pages, codec.encode) })
			}
		})
	}
}

// benchCodec encodes pages with encode and reports the KB per page before
// and after, and the time per page.
func benchCodec(b *testing.B, pages [][]byte, encode func([]byte) []byte) {
	raw, stored := 0, 0
	for _, p := range pages {
		raw += len(p)
	}
	for b.Loop() {
		stored = 0
		for _, p := range pages {
			stored += len(encode(p))
		}
	}
	b.ReportMetric(float64(raw)/float64(len(pages))/1024, "raw-KB/page")
	b.ReportMetric(float64(stored)/float64(len(pages))/1024, "stored-KB/page")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pages)), "µs/page")
}

// mustCorpusPages reads the HTML pages of the corpora in testdata, decoded
// to UTF-8 as the crawler stores them.
func mustCorpusPages(tb testing.TB) [][]byte {
	tb.Helper()
	var pages [][]byte
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".html" {
			return err
		}
		b, err := os.ReadFile(path)
		pages = append(pages, crawler.DecodeHTML(b, ""))
		return err
	})
	if err != nil || len(pages) == 0 {
		tb.Fatalf("%d corpus pages: %v", len(pages), err)
	}
	return pages
}

// mustRealPages reads Readability's real pages, decoded to UTF-8, or skips
// tb where ../shared is not.
func mustRealPages(tb testing.TB) [][]byte {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(realPagesDir, "*", "source.html"))
	if len(paths) == 0 {
		tb.Skipf("no real pages at %s (../shared is outside the repository): skipped", realPagesDir)
	}
	var pages [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, crawler.DecodeHTML(b, ""))
	}
	return pages
}
