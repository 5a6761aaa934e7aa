package pagetrim

import (
	"testing"
)

// BenchmarkPageParts reports what the bytes of a page are made of (see
// partsOf), in KB per page, on the test corpora and on Readability's real
// pages, with the time Trim takes per page and what it leaves (masks
// included, which zstd stores in a few bytes).
func BenchmarkPageParts(b *testing.B) {
	for _, set := range []struct {
		name  string
		pages func(testing.TB) []testPage
	}{{"testdata", corpusPages}, {"real", realPages}} {
		b.Run(set.name, func(b *testing.B) {
			pages := set.pages(b)
			parts, raw, trimmed := map[string]int{}, 0, 0
			for _, p := range pages {
				raw += len(p.page.Body)
				for k, v := range partsOf(p.page.Body) {
					parts[k] += v
				}
			}
			for b.Loop() {
				trimmed = 0
				for _, p := range pages {
					trimmed += len(Trim(utf8HTML, p.page.Body))
				}
			}
			perPage := func(n int) float64 { return float64(n) / float64(len(pages)) / 1024 }
			for _, k := range partNames {
				b.ReportMetric(perPage(parts[k]), k+"-KB/page")
			}
			b.ReportMetric(perPage(raw), "raw-KB/page")
			b.ReportMetric(perPage(trimmed), "trimmed-KB/page")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pages)), "trim-µs/page")
		})
	}
}
