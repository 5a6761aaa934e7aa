package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/corpus"
	"github.com/vigie-news/vigie/internal/fold"
	"github.com/vigie-news/vigie/internal/webtest"
	"github.com/vigie-news/vigie/pipeline"
	"go.yaml.in/yaml/v3"
)

const corpusDir = "../../testdata/corpus"

// goldArticle is an article entry of the corpus's gold.yaml.
type goldArticle struct {
	URL       string `yaml:"url"`
	Lang      string `yaml:"lang"`
	Published string `yaml:"published"`
	Title     string `yaml:"title"`
}

func mustGold(tb testing.TB) []goldArticle {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(corpusDir, "gold.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	var g struct{ Articles []goldArticle }
	if err := yaml.Unmarshal(b, &g); err != nil {
		tb.Fatal(err)
	}
	return g.Articles
}

// fixture is the offline corpus served on loopback, and a data folder.
type fixture struct {
	web *corpus.Server
	url *url.URL
	cfg *config.File
	app *pipeline.App
}

func newFixture(tb testing.TB, dir string) *fixture {
	tb.Helper()
	web, u, cfg := webtest.Corpus(tb, dir)
	a, err := pipeline.Open(context.Background(), tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { a.Close() })
	return &fixture{web: web, url: u, cfg: cfg, app: a}
}

func (f *fixture) crawl(tb testing.TB, refresh bool) pipeline.Tally {
	tb.Helper()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	return (&pipeline.Cycle{App: f.app, Config: f.cfg, Proxy: proxyTo(f.url), Out: io.Discard, Log: log, Refresh: refresh}).Run(context.Background())
}

func (f *fixture) export(tb testing.TB) map[string]articleRow {
	tb.Helper()
	var buf bytes.Buffer
	if err := exportArticles(context.Background(), f.app, &buf, "jsonl"); err != nil {
		tb.Fatal(err)
	}
	rows := map[string]articleRow{}
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r articleRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		rows[r.URL] = r
		if r.CanonicalURL != "" {
			rows[r.CanonicalURL] = r
		}
	}
	return rows
}

// TestCorpusEndToEnd crawls the offline corpus and checks the export
// against gold.yaml, then crawls again.
func TestCorpusEndToEnd(t *testing.T) {
	t.Parallel()
	f := newFixture(t, corpusDir)
	first := f.crawl(t, false)
	if first.FailedSources != 0 {
		t.Errorf("%d sources failed", first.FailedSources)
	}
	gold := mustGold(t)
	rows := f.export(t)
	var found, title, published, lang int
	for _, g := range gold {
		r, ok := rows[g.URL]
		if !ok {
			t.Errorf("missing article %s", g.URL)
			continue
		}
		found++
		title += count(fold.String(r.Title) == fold.String(g.Title), t, "title", g.URL, r.Title, g.Title)
		published += count(sameInstant(r.Published, g.Published), t, "published", g.URL, r.Published, g.Published)
		lang += count(r.Lang == g.Lang, t, "lang", g.URL, r.Lang, g.Lang)
	}
	n := float64(len(gold))
	t.Logf("coverage %.3f title %.3f published %.3f lang %.3f", float64(found)/n, float64(title)/n, float64(published)/n, float64(lang)/n)
	for name, v := range map[string]int{"title": title, "published": published, "lang": lang} {
		if float64(v)/n < 0.95 {
			t.Errorf("%s right for %d of %d articles, below 95%%", name, v, len(gold))
		}
	}
	checkPolite(t, f.web.Requests())
	t.Run("second crawl", func(t *testing.T) { secondCrawl(t, f, len(rows)) })
}

func count(ok bool, t *testing.T, field, u, got, want string) int {
	if ok {
		return 1
	}
	t.Logf("%s %s: got %q want %q", field, u, got, want)
	return 0
}

// checkPolite: robots.txt read and obeyed, Vigie named in every request.
func checkPolite(t *testing.T, reqs []corpus.Request) {
	t.Helper()
	robots := map[string]bool{}
	for _, r := range reqs {
		if !strings.Contains(r.UserAgent, "Vigie") {
			t.Errorf("request %s%s with User-Agent %q", r.Host, r.Path, r.UserAgent)
		}
		if r.Path == "/robots.txt" {
			robots[r.Host] = true
		}
		if strings.HasPrefix(r.Path, "/drafts/") {
			t.Errorf("fetched %s%s, which robots.txt disallows", r.Host, r.Path)
		}
	}
	if !robots["www.alpinetimes.test"] {
		t.Error("robots.txt of www.alpinetimes.test never read")
	}
}

// secondCrawl: conditional requests answered 304, nothing added.
func secondCrawl(t *testing.T, f *fixture, articles int) {
	f.web.Reset()
	second := f.crawl(t, false)
	if second.Added != 0 || second.Updated != 0 {
		t.Errorf("second crawl added %d and updated %d articles", second.Added, second.Updated)
	}
	notModified := 0
	for _, r := range f.web.Requests() {
		if r.Status == 304 && (r.IfNoneMatch != "" || r.IfModifiedSince != "") {
			notModified++
		}
		if strings.HasPrefix(r.Path, "/drafts/") {
			t.Errorf("fetched %s%s, which robots.txt disallows", r.Host, r.Path)
		}
	}
	if notModified == 0 {
		t.Error("no conditional request answered 304 on the second crawl")
	}
	if n, _ := f.app.DB.CountArticles(context.Background()); n != articles {
		t.Errorf("%d articles after the second crawl, %d before", n, articles)
	}
}

// sameInstant is the judge's comparison: to the minute when gold has a
// time, else the same day.
func sameInstant(got, want string) bool {
	g, err1 := vigie.ParseTimestamp(got)
	w, err2 := vigie.ParseTimestamp(want)
	if err1 != nil || err2 != nil || g.IsZero() {
		return false
	}
	if w.Precision != vigie.PrecisionMinute {
		return g.Time.Format(time.DateOnly) == w.Time.Format(time.DateOnly)
	}
	return g.Time.Truncate(time.Minute).Equal(w.Time.Truncate(time.Minute))
}

// TestChangedPageIsUpdated edits an article page of a copy of the corpus:
// the next crawl that fetches it again updates the article in place.
func TestChangedPageIsUpdated(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(corpusDir)); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, dir)
	f.crawl(t, false)
	const u = "http://www.cyberveille.test/2022/10/31/frontignan-la-mairie-mise-sur-ses-sauvegardes-pour-se-relever-du-rancongiciel/"
	before := f.export(t)
	old, ok := before[u]
	if !ok {
		t.Fatalf("%s not crawled", u)
	}
	page := filepath.Join(dir, "sites/www.cyberveille.test/2022/10/31/frontignan-la-mairie-mise-sur-ses-sauvegardes-pour-se-relever-du-rancongiciel/index.html")
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.ReplaceAll(string(b), "sauvegardes", "copies de secours")
	if err := os.WriteFile(page, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := f.crawl(t, false); got.Updated != 0 {
		t.Errorf("a plain crawl fetched known articles again: %d updated", got.Updated)
	}
	if got := f.crawl(t, true); got.Updated != 1 || got.Added != 0 {
		t.Errorf("refresh crawl: %d updated, %d added; want 1 and 0", got.Updated, got.Added)
	}
	after := f.export(t)
	if n, m := ids(after), ids(before); n != m {
		t.Errorf("%d articles after the change, %d before", n, m)
	}
	if a := after[u]; a.ID != old.ID || !strings.Contains(a.Title, "copies de secours") {
		t.Errorf("article after the change: id %d (was %d), title %q", a.ID, old.ID, a.Title)
	}
}

func ids(rows map[string]articleRow) int {
	seen := map[int64]bool{}
	for _, r := range rows {
		seen[r.ID] = true
	}
	return len(seen)
}
