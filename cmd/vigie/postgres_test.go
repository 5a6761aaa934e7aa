package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/pgtest"
	"github.com/vigie-news/vigie/internal/webtest"
	"github.com/vigie-news/vigie/pipeline"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestCLIPostgres: -data postgres://… keeps the store in PostgreSQL and
// the indexes in the -index folder; crawl, check, reindex and export work
// on it.
func TestCLIPostgres(t *testing.T) {
	t.Parallel()
	dsn := pgtest.DSN(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(cfg, []byte("settings:\n  timeout: 2s\nsources:\n  - name: Down\n    url: http://127.0.0.1:1/feed.xml\n    kind: rss\n"), 0o644)
	index := filepath.Join(dir, "index")
	if code, out, stderr := runCLI(t, "crawl", "-config", cfg, "-data", dsn, "-index", index); code != 3 || !strings.Contains(out, "(1 failed)") {
		t.Fatalf("crawl: exit %d, %q %q", code, out, stderr)
	}
	if _, err := os.Stat(filepath.Join(index, "index.bleve")); err != nil {
		t.Errorf("no index in the -index folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(index, "vigie.db")); err == nil {
		t.Error("a SQLite store was made beside the index")
	}
	if code, out, stderr := runCLI(t, "check", "-data", dsn, "-index", index); code != 0 || !strings.Contains(out, "store 0 articles") {
		t.Errorf("check: exit %d, %q %q", code, out, stderr)
	}
	if code, out, stderr := runCLI(t, "reindex", "-data", dsn, "-index", index); code != 0 || !strings.Contains(out, "0 articles") {
		t.Errorf("reindex: exit %d, %q %q", code, out, stderr)
	}
	if code, _, stderr := runCLI(t, "export", "-data", dsn, "-what", "incidents"); code != 0 {
		t.Errorf("export: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "check", "-data", "postgres://vigie@/none?host="+dir, "-index", index); code != 1 || !strings.Contains(stderr, "postgres vigie@") {
		t.Errorf("check of a server that is not there: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "crawl", "-worker", "-config", cfg, "-data", filepath.Join(dir, "sqlite")); code != 2 || !strings.Contains(stderr, "needs a PostgreSQL store") {
		t.Errorf("crawl -worker on SQLite: exit %d, %q", code, stderr)
	}
}

// TestServeReplicasFollow: two vigie serve replicas of one PostgreSQL
// store (-no-crawl, indexes in folders of their own) follow what a crawl
// writes: once ready, both answer the store's totals through the API.
func TestServeReplicasFollow(t *testing.T) {
	t.Parallel()
	dsn := pgtest.DSN(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(cfg, []byte("sources:\n  - {name: A, url: 'https://a.example/rss', kind: rss}\n"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	var bases []string
	for i := range 2 {
		out := &lockedBuffer{}
		wg.Go(func() {
			run(ctx, []string{"serve", "-no-crawl", "-config", cfg, "-data", dsn, "-index", filepath.Join(dir, fmt.Sprint(i)),
				"-addr", "127.0.0.1:0", "-follow", "20ms"}, out, io.Discard)
		})
		bases = append(bases, listening(t, out))
	}
	_, u, corpus := webtest.Corpus(t, "../../testdata/corpus")
	a, err := pipeline.OpenStoreAt(ctx, pipeline.Data{Store: dsn}) // a crawl worker: the store alone
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	(&pipeline.Cycle{App: a, Config: corpus, Proxy: proxyTo(u), Out: io.Discard, Log: slog.New(slog.DiscardHandler)}).Run(ctx)
	// what a replica indexing the store from scratch answers
	fresh, err := pipeline.OpenWriterAt(ctx, pipeline.Data{Dir: filepath.Join(dir, "fresh"), Store: dsn}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	want := answers(t, freshTotals(t, fresh))
	if strings.Contains(want, "cyberattaque 0") || strings.Contains(want, "incidents 0") {
		t.Fatalf("the crawl found nothing: %s", want)
	}
	for _, base := range bases {
		followed(t, base, want)
	}
}

// freshTotals returns the totals the API's answers count, as app has them.
func freshTotals(tb testing.TB, app *pipeline.App) map[string]int {
	tb.Helper()
	ctx := context.Background()
	arts, err := app.FindArticles(ctx, vigie.ArticleFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	found, err := app.FindArticles(ctx, vigie.ArticleFilter{Query: "cyberattaque"})
	if err != nil {
		tb.Fatal(err)
	}
	inScope := true // as the API lists by default
	incs, err := app.FindIncidents(ctx, vigie.IncidentFilter{InScope: &inScope})
	if err != nil {
		tb.Fatal(err)
	}
	return map[string]int{"articles": arts.Total, "cyberattaque": found.Total, "incidents": incs.Total}
}

// answers writes totals in one line, to compare.
func answers(_ testing.TB, totals map[string]int) string {
	return fmt.Sprintf("articles %d, cyberattaque %d, incidents %d", totals["articles"], totals["cyberattaque"], totals["incidents"])
}

// listening waits until serve prints its address, and returns it.
func listening(tb testing.TB, out *lockedBuffer) string {
	tb.Helper()
	for range 500 {
		if m := regexp.MustCompile(`http://[0-9.:]+`).FindString(out.String()); m != "" {
			return m
		}
		time.Sleep(10 * time.Millisecond)
	}
	tb.Fatalf("the server never listened: %s", out.String())
	return ""
}

// followed waits until the replica at base is ready and its API answers
// want (see answers).
func followed(tb testing.TB, base, want string) {
	tb.Helper()
	got := ""
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		res, err := http.Get(base + "/readyz")
		if err != nil {
			tb.Fatal(err)
		}
		res.Body.Close()
		got = answers(tb, map[string]int{"articles": apiTotal(tb, base+"/api/articles"),
			"cyberattaque": apiTotal(tb, base+"/api/articles?q=cyberattaque"), "incidents": apiTotal(tb, base+"/api/incidents")})
		if res.StatusCode == http.StatusOK && got == want {
			return
		}
	}
	tb.Fatalf("the replica at %s did not follow the store: it answers %q, want %q", base, got, want)
}

// TestServeCrawlsOnPostgres: vigie serve on a PostgreSQL store without
// -no-crawl crawls as a worker (River jobs, host leases) and serves what
// it stored.
func TestServeCrawlsOnPostgres(t *testing.T) {
	t.Parallel()
	dsn := pgtest.DSN(t)
	pages, err := filepath.Glob("../../testdata/corpus/sites/www.alpesmatin.test/*/*/*/*/*.html")
	if err != nil || len(pages) < 2 {
		t.Fatalf("corpus pages: %v, %v", pages, err)
	}
	site := http.NewServeMux()
	srv := httptest.NewServer(site)
	defer srv.Close()
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Loop</title>`
	for i, p := range pages[:2] {
		path := fmt.Sprintf("/article-%d.html", i)
		site.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, p) })
		feed += fmt.Sprintf(`<item><title>Article %d</title><link>%s%s</link></item>`, i, srv.URL, path)
	}
	feed += `</channel></rss>`
	site.HandleFunc("GET /feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, feed)
	})
	dir := t.TempDir()
	cfg := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(cfg, []byte("settings:\n  delay: 1ms\nsources:\n  - {name: Loop, url: '"+srv.URL+"/feed.xml', kind: rss}\n"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	out := &lockedBuffer{}
	wg.Go(func() {
		run(ctx, []string{"serve", "-config", cfg, "-data", dsn, "-index", dir, "-addr", "127.0.0.1:0",
			"-allow-private", "127.0.0.1/32", "-follow", "20ms"}, out, io.Discard)
	})
	base := listening(t, out)
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if got := apiTotal(t, base+"/api/articles?q=cyberattaque"); got == 2 {
			return
		}
	}
	t.Fatalf("serve did not crawl the two articles: %s", out.String())
}

// apiTotal is the total of a list the API answers, -1 on an error.
func apiTotal(tb testing.TB, u string) int {
	tb.Helper()
	res, err := http.Get(u)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	var body struct{ Total int }
	if res.StatusCode != http.StatusOK || json.NewDecoder(res.Body).Decode(&body) != nil {
		return -1
	}
	return body.Total
}

// TestCLICopyToPostgres: vigie copy moves a crawled SQLite folder's store
// into PostgreSQL; reindexed there, it exports the same articles and
// incidents; a second copy into it is refused.
func TestCLICopyToPostgres(t *testing.T) {
	t.Parallel()
	dsn := pgtest.DSN(t)
	f := newFixture(t, corpusDir)
	f.crawl(t, false)
	dir := f.app.Dir
	f.app.Close() // the copy takes the folder's lock
	if code, out, stderr := runCLI(t, "copy", "-from", dir, "-data", dsn); code != 0 || !strings.Contains(out, "articles: 53 rows") {
		t.Fatalf("copy: exit %d, %q %q", code, out, stderr)
	}
	index := filepath.Join(t.TempDir(), "index")
	if code, out, stderr := runCLI(t, "reindex", "-data", dsn, "-index", index); code != 0 || !strings.Contains(out, "53 articles") {
		t.Errorf("reindex: exit %d, %q %q", code, out, stderr)
	}
	for _, what := range []string{"articles", "incidents"} {
		_, sqlite, _ := runCLI(t, "export", "-data", dir, "-what", what)
		code, pg, stderr := runCLI(t, "export", "-data", dsn, "-what", what)
		if code != 0 || pg != sqlite || len(pg) < 1000 {
			t.Errorf("export %s: exit %d (%q), %d bytes from PostgreSQL, %d from SQLite, or they differ", what, code, stderr, len(pg), len(sqlite))
		}
	}
	if code, _, stderr := runCLI(t, "copy", "-from", dir, "-data", dsn); code == 0 || !strings.Contains(stderr, "already holds 53 articles") {
		t.Errorf("second copy: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "copy", "-from", dir, "-data", filepath.Join(t.TempDir(), "sqlite")); code != 2 || !strings.Contains(stderr, "PostgreSQL") {
		t.Errorf("copy into SQLite: exit %d, %q", code, stderr)
	}
}
