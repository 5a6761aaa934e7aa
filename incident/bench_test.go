package incident

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/extract"
	"github.com/vigie-news/vigie/place"
)

// BenchmarkAnalyze reads every article of the offline corpus for
// incidents: the articles normalised per second the README reports.
func BenchmarkAnalyze(b *testing.B) {
	place.Default() // loaded once, not measured
	var arts []*vigie.Article
	root := "../testdata/corpus/sites/"
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") || strings.Contains(path, "courrier") {
			return err
		}
		body, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		u := "http://" + filepath.ToSlash(strings.TrimPrefix(path, root))
		a, err := extract.Extract(vigie.Page{URL: u, FinalURL: u, Body: body}, extract.Hint{Source: vigie.Source{TimeZone: paris}})
		if err == nil {
			a.ID = int64(len(arts) + 1)
			arts = append(arts, &a)
		}
		return nil
	})
	src := vigie.Source{TimeZone: paris}
	n := 0
	for b.Loop() {
		for _, a := range arts {
			Analyze(a, src)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
