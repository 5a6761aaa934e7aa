package pipeline

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/internal/webtest"
	"github.com/vigie-news/vigie/server"
)

// flakyWeb serves sources that fail in each of the ways a crawl must
// survive, and counts the requests each path received.
type flakyWeb struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newFlakyWeb(t *testing.T) *flakyWeb {
	w := &flakyWeb{hits: map[string]int{}}
	stop := make(chan struct{})
	feed := func(items ...string) string {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
		for _, it := range items {
			fmt.Fprintf(&b, "<item><title>x</title><link>%s</link></item>", it)
		}
		b.WriteString(`</channel></rss>`)
		return b.String()
	}
	w.Server = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.mu.Lock()
		w.hits[r.URL.Path]++
		w.mu.Unlock()
		switch r.URL.Path {
		case "/busy.xml":
			rw.Header().Set("Retry-After", "3600")
			http.Error(rw, "slow down", http.StatusTooManyRequests)
		case "/broken.xml":
			http.Error(rw, "oops", http.StatusInternalServerError)
		case "/tarpit.xml":
			rw.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(rw, feed("http://"+r.Host+"/slow.html"))
		case "/slow.html":
			rw.Header().Set("Content-Type", "text/html")
			webtest.Trickle(rw, r, stop)
		case "/good.xml":
			rw.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(rw, feed())
		default:
			http.NotFound(rw, r)
		}
	}))
	t.Cleanup(w.Close)
	t.Cleanup(func() { close(stop) })
	return w
}

func (w *flakyWeb) count(path string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.hits[path]
}

// TestFailingSources: Retry-After and back-off are honoured across cycles,
// a tarpit is cut at its time budget and counted as failed, a source that
// keeps failing is disabled with its reason in /api/sources, and /readyz
// says degraded when every source of a cycle failed.
func TestFailingSources(t *testing.T) {
	t.Parallel()
	w := newFlakyWeb(t)
	ctx := context.Background()
	s := config.DefaultSettings()
	s.Delay = 0
	s.SourceBudget = 2 * time.Second // ample for the good sources on a loaded machine; the tarpit never ends
	s.MaxFailures = 2
	s.AllowPrivate = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}
	// The tarpit has a host of its own: one request at a time per host
	// would otherwise make the others wait behind it.
	pit := newFlakyWeb(t)
	src := func(name string, web *flakyWeb, path string) vigie.Source {
		return vigie.Source{Name: name, URL: web.URL + path, Kind: vigie.KindRSS, Enabled: true, Interval: time.Hour, MaxItems: 10, MaxPages: 1}
	}
	cfg := &config.File{Settings: s, Sources: []vigie.Source{
		src("Busy", w, "/busy.xml"), src("Broken", w, "/broken.xml"), src("Tarpit", pit, "/tarpit.xml"), src("Good", w, "/good.xml"),
	}}
	a, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	st := &Status{}
	cycleOnce := func(retryAll bool) Tally {
		log := slog.New(slog.NewTextHandler(io.Discard, nil))
		return (&Cycle{App: a, Config: cfg, Out: io.Discard, Log: log, Status: st, RetryAll: retryAll}).Run(ctx)
	}
	state := func(name string) vigie.SourceState {
		ss, err := a.DB.SourceState(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		return ss
	}

	t1 := cycleOnce(false)
	if t1.Sources != 4 || t1.FailedSources != 3 {
		t.Fatalf("first cycle: %d sources, %d failed; want 4 and 3", t1.Sources, t1.FailedSources)
	}
	if busy := state("Busy"); time.Until(busy.RetryAt) < 59*time.Minute {
		t.Errorf("Busy: retry at %v, want in an hour (Retry-After: 3600)", busy.RetryAt)
	}
	if broken := state("Broken"); broken.RetryAt.IsZero() {
		t.Errorf("Broken: no back-off after a 500")
	}
	if tarpit := state("Tarpit"); !strings.Contains(tarpit.LastError, "time budget") || tarpit.Failures != 1 {
		t.Errorf("Tarpit: %+v, want failed on its time budget", tarpit)
	}
	if err := a.Ready(st)(ctx); err != nil {
		t.Errorf("ready after a cycle where one source worked: %v", err)
	}

	cfg.Sources = cfg.Sources[:3] // Good removed: every source tried now fails
	t2 := cycleOnce(false)
	if w.count("/busy.xml") != 1 || w.count("/broken.xml") != 1 {
		t.Errorf("asked again before their retry time: busy %d, broken %d", w.count("/busy.xml"), w.count("/broken.xml"))
	}
	if t2.Sources != 1 || t2.FailedSources != 1 {
		t.Errorf("second cycle: %d sources, %d failed; want only Tarpit, failed", t2.Sources, t2.FailedSources)
	}
	if err := a.Ready(st)(ctx); err == nil || !strings.Contains(err.Error(), "every source failed") {
		t.Errorf("ready after a cycle where every source failed: %v", err)
	}
	tarpit := state("Tarpit")
	if !strings.Contains(tarpit.Disabled, "disabled after 2 failures") {
		t.Errorf("Tarpit after 2 failures: %+v, want disabled", tarpit)
	}
	if t3 := cycleOnce(false); t3.Sources != 0 || pit.count("/tarpit.xml") != 2 {
		t.Errorf("third cycle crawled %d sources (tarpit asked %d times), want none", t3.Sources, pit.count("/tarpit.xml"))
	}
	if t4 := cycleOnce(true); t4.Sources != 3 {
		t.Errorf("-retry-disabled crawled %d sources, want 3", t4.Sources)
	}

	srv := &server.Server{Articles: a, Sources: a, Logger: slog.New(slog.DiscardHandler)}
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/sources", nil))
	if body := rec.Body.String(); !strings.Contains(body, `"disabled": "disabled after`) || !strings.Contains(body, `"retry_at"`) {
		t.Errorf("/api/sources does not show the back-off and the disabled source:\n%s", body)
	}
}
