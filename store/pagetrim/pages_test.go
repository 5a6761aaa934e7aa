package pagetrim

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/crawler"
)

// utf8HTML is the content type the crawler gives every page it stores.
const utf8HTML = "text/html; charset=utf-8"

// readabilityPages is where Readability's 130 real test pages are, outside
// the repository (../shared/external is third-party: measured, never
// committed).
const readabilityPages = "../../../shared/external/readability-test-pages/pages"

// testPage is a page as the crawl cycle hands it to extraction and to the
// store: decoded to UTF-8, with the source that led to it.
type testPage struct {
	name string
	page vigie.Page
	src  vigie.Source
}

// realPages reads Readability's test pages, or skips tb where they are not.
func realPages(tb testing.TB) []testPage {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(readabilityPages, "*", "source.html"))
	if len(paths) == 0 {
		tb.Skipf("no Readability test pages at %s (../shared is outside the repository): skipped", readabilityPages)
	}
	var pages []testPage
	for _, p := range paths {
		name := filepath.Base(filepath.Dir(p))
		pages = append(pages, mustPage(tb, p, "https://"+name+".example/article", vigie.Source{Name: name}))
	}
	return pages
}

// corpusPages reads every page of the repository's corpora
// (testdata/*/sites), each with the source its corpus gives its host, and
// extraction's own cases.
func corpusPages(tb testing.TB) []testPage {
	tb.Helper()
	dirs, _ := filepath.Glob("../../testdata/*/sites")
	var pages []testPage
	for _, dir := range dirs {
		srcs := corpusSources(filepath.Join(filepath.Dir(dir), "sources.yaml"))
		walkHTML(tb, dir, func(path, rel string) {
			src, ok := srcs[strings.SplitN(rel, "/", 2)[0]]
			if !ok {
				src = vigie.Source{Name: "corpus"}
			}
			pages = append(pages, mustPage(tb, path, "http://"+rel, src))
		})
	}
	walkHTML(tb, "../../extract/testdata/cases", func(path, rel string) {
		pages = append(pages, mustPage(tb, path, "https://example.com/2024/"+rel, vigie.Source{Name: "cases"}))
	})
	if len(pages) < 1000 {
		tb.Fatalf("%d corpus pages under ../../testdata/*/sites, want over 1000", len(pages))
	}
	return pages
}

// corpusSources maps each host of a corpus's sources.yaml to its source.
func corpusSources(path string) map[string]vigie.Source {
	srcs := map[string]vigie.Source{}
	cfg, err := config.Load(path)
	if err != nil {
		return srcs
	}
	for _, s := range cfg.Sources {
		if u, err := url.Parse(s.URL); err == nil {
			srcs[u.Hostname()] = s
		}
	}
	return srcs
}

// walkHTML calls f with the path of every HTML file under dir and its
// slash-separated path below dir.
func walkHTML(tb testing.TB, dir string, f func(path, rel string)) {
	tb.Helper()
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".html") {
			rel, _ := filepath.Rel(dir, path)
			f(path, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
}

// mustPage reads the file at path as the crawler would have fetched it
// from u.
func mustPage(tb testing.TB, path, u string, src vigie.Source) testPage {
	tb.Helper()
	body, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if src.TimeZone == nil {
		src.TimeZone = paris
	}
	p := vigie.Page{URL: u, FinalURL: u, Status: 200, ContentType: utf8HTML,
		Body: crawler.DecodeHTML(body, ""), FetchedAt: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)}
	return testPage{name: path, page: p, src: src}
}

var paris, _ = time.LoadLocation("Europe/Paris")
