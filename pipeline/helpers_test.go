package pipeline

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"testing"

	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/internal/webtest"
)

// corpusDir is the offline corpus the end-to-end tests crawl.
const corpusDir = "../testdata/corpus"

// fixture is an offline corpus served on loopback, and a data folder.
type fixture struct {
	url *url.URL
	cfg *config.File
	app *App
}

// newFixture serves the corpus in dir and opens a new data folder.
func newFixture(tb testing.TB, dir string) *fixture {
	tb.Helper()
	_, u, cfg := webtest.Corpus(tb, dir)
	a, err := Open(context.Background(), tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { a.Close() })
	return &fixture{url: u, cfg: cfg, app: a}
}

// crawl runs one cycle over the corpus's sources.
func (f *fixture) crawl(tb testing.TB, refresh bool) Tally {
	tb.Helper()
	return (&Cycle{App: f.app, Config: f.cfg, Proxy: http.ProxyURL(f.url), Out: io.Discard, Log: discard(), Refresh: refresh}).Run(context.Background())
}

// discard is a logger that writes nothing.
func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }

// mustIncidentsJSON returns the stored incidents, ids included, as JSON.
func mustIncidentsJSON(tb testing.TB, a *App) string {
	tb.Helper()
	incs, err := a.DB.Incidents(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	b, err := json.MarshalIndent(incs, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
