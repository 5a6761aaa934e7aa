package pipeline

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/pgtest"
	"github.com/vigie-news/vigie/internal/webtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestCrawlOnPostgres crawls a corpus (the smaller one, for time) into a
// SQLite store and into a PostgreSQL one: the same articles, incidents and
// searches on both.
func TestCrawlOnPostgres(t *testing.T) {
	t.Parallel()
	dsn := pgtest.DSN(t)
	_, u, cfg := webtest.Corpus(t, "../testdata/devcorpus")
	ctx := context.Background()
	var got []string
	for _, d := range []Data{At(t.TempDir()), {Dir: t.TempDir(), Store: dsn}} {
		a, err := OpenWriterAt(ctx, d, discard())
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		start := time.Now()
		tally := (&Cycle{App: a, Config: cfg, Proxy: http.ProxyURL(u), Out: io.Discard, Log: discard()}).Run(ctx)
		t.Logf("postgres=%v: the corpus crawled in %s", d.Postgres(), time.Since(start).Round(time.Millisecond))
		if tally.Added == 0 {
			t.Errorf("%s: crawl %+v", d.StorePath(), tally)
		}
		got = append(got, tally.String()+"\n"+summary(t, a))
		if c, err := a.Check(ctx); err != nil || !c.OK() {
			t.Errorf("%s: check %v, %v", d.StorePath(), c, err)
		}
	}
	if got[0] != got[1] {
		t.Errorf("on SQLite:\n%s\non PostgreSQL:\n%s", got[0], got[1])
	}
}

// summary is what a crawl left in a, by URL rather than id: the
// articles, the incidents and their sources, and a search's total.
func summary(tb testing.TB, a *App) string {
	tb.Helper()
	ctx := context.Background()
	var lines []string
	urls := map[int64]string{}
	for art, err := range a.DB.AllArticles(ctx) {
		if err != nil {
			tb.Fatal(err)
		}
		urls[art.ID] = art.URL
		lines = append(lines, fmt.Sprintf("article %s %q %s relevant=%v", art.URL, art.Title, art.Published, art.Relevant))
	}
	incs, err := a.DB.Incidents(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	for _, in := range incs {
		var srcs []string
		for _, s := range in.Sources {
			srcs = append(srcs, urls[s.ArticleID])
		}
		slices.Sort(srcs)
		lines = append(lines, fmt.Sprintf("incident %s %q %v", in.ID, in.Title, srcs))
	}
	for _, q := range []string{"cyberattaque", "ransomware mairie"} {
		res, err := a.FindArticles(ctx, vigie.ArticleFilter{Query: q})
		if err != nil {
			tb.Fatal(err)
		}
		lines = append(lines, fmt.Sprintf("search %q: %d", q, res.Total))
	}
	list, err := a.FindArticles(ctx, vigie.ArticleFilter{Lang: "fr"})
	if err != nil {
		tb.Fatal(err)
	}
	lines = append(lines, fmt.Sprintf("listing fr: %d, facets %v", list.Total, list.Facets))
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}
