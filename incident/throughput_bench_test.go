package incident

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/crawler"
	"github.com/vigie-news/vigie/extract"
)

// throughputGoal is issue 10's goal for extraction plus incident reading,
// in articles per second on one core.
const throughputGoal = 300

// crawledPage is a page of a test corpus as the crawl cycle hands it to
// extraction: decoded to UTF-8, with the source that led to it.
type crawledPage struct {
	page vigie.Page
	src  vigie.Source
}

// corpusPages reads every page of every test corpus (testdata/*/sites),
// each with the source its corpus configures for its host.
func allCorpusPages(tb testing.TB) []crawledPage {
	tb.Helper()
	dirs, _ := filepath.Glob("../testdata/*/sites")
	var pages []crawledPage
	for _, dir := range dirs {
		srcs := map[string]vigie.Source{}
		if cfg, err := config.Load(filepath.Join(filepath.Dir(dir), "sources.yaml")); err == nil {
			for _, s := range cfg.Sources {
				if u, err := url.Parse(s.URL); err == nil {
					srcs[u.Hostname()] = s
				}
			}
		}
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
				return err
			}
			body, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(dir, path)
			rel = filepath.ToSlash(rel)
			u := "http://" + rel
			src, ok := srcs[strings.SplitN(rel, "/", 2)[0]]
			if !ok {
				src = vigie.Source{Name: "bench", TimeZone: paris}
			}
			p := vigie.Page{URL: u, FinalURL: u, Status: 200, ContentType: "text/html", Body: crawler.DecodeHTML(body, "")}
			pages = append(pages, crawledPage{page: p, src: src})
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	if len(pages) == 0 {
		tb.Fatal("no corpus pages")
	}
	return pages
}

// BenchmarkArticleAnalysis is what the crawl cycle does with each fetched
// page, on one core: extract the article, then read it for incidents
// (pipeline.Cycle.save, pipeline.App.Analyze), over the pages of every
// test corpus. Run it with -cpu 1: articles/s/core counts the pages that
// are articles, the time of those that are not included, next to issue
// 10's goal; articles/cpu-s is the same per second of CPU the process
// used, steadier where other processes share the cores.
func BenchmarkArticleAnalysis(b *testing.B) {
	pages := allCorpusPages(b)
	analyse(pages) // tables (gazetteer, authorities, date rules) load once at start, not measured
	n, cpu0 := 0, cpuTime()
	for b.Loop() {
		n += analyse(pages)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s/core")
	if cpu := cpuTime() - cpu0; cpu > 0 { // the figure on a machine others share: per CPU second spent
		b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
	}
	b.ReportMetric(throughputGoal, "goal-articles/s/core")
	b.ReportMetric(float64(n)/float64(b.N), "articles/op")
}

// analyse extracts and reads every page as the crawl cycle does, and
// returns the number of articles.
func analyse(pages []crawledPage) int {
	n := 0
	for _, p := range pages {
		a, err := extract.Extract(p.page, extract.Hint{Source: p.src})
		if err != nil {
			continue
		}
		Analyze(&a, p.src)
		n++
	}
	return n
}
