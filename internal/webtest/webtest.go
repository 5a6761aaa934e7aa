// Package webtest holds what the tests of several packages need to stand
// up a web on loopback: an offline corpus served with its sources, and a
// handler that trickles its answer.
package webtest

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/corpus"
)

// Corpus serves the offline corpus in dir on loopback until the test ends,
// and returns its server, its address (the proxy a crawl goes through)
// and its sources, with a delay between requests short enough for tests.
func Corpus(tb testing.TB, dir string) (*corpus.Server, *url.URL, *config.File) {
	tb.Helper()
	web, err := corpus.New(dir)
	if err != nil {
		tb.Fatal(err)
	}
	srv := httptest.NewServer(web)
	tb.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	cfg, err := config.Load(filepath.Join(dir, "sources.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	cfg.Settings.Delay = time.Millisecond
	return web, u, cfg
}

// Trickle writes a space every 50 ms until stop is closed or the client
// goes: a tarpit.
func Trickle(rw http.ResponseWriter, r *http.Request, stop <-chan struct{}) {
	for {
		select {
		case <-stop:
			return
		case <-r.Context().Done():
			return
		case <-time.After(50 * time.Millisecond):
			rw.Write([]byte(" "))
			rw.(http.Flusher).Flush()
		}
	}
}
