package jobs

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/corpus"
	"github.com/vigie-news/vigie/internal/pgtest"
	"github.com/vigie-news/vigie/pipeline"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// The test crawls the smaller corpus (33 articles, 7 sources), the
// benchmark the main one (53 articles, 6 sources).
const (
	testCorpus  = "../testdata/devcorpus"
	benchCorpus = "../testdata/corpus"
)

// web serves the corpus on loopback and watches the crawlers: which
// worker (by its user agent) has a request in flight at each host, and how
// often each URL was fetched.
type web struct {
	next    http.Handler
	latency time.Duration // added to every answer, as a network would

	mu       sync.Mutex
	inFlight map[string]map[string]int // host -> worker -> requests
	overlaps []string                  // "host: worker and worker"
	fetches  map[string]int            // URL -> requests
}

// seen returns the overlaps and the fetches of each URL so far.
func (w *web) seen() ([]string, map[string]int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.overlaps), maps.Clone(w.fetches)
}

func (w *web) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	host, worker := r.Host, r.UserAgent()
	w.mu.Lock()
	if w.inFlight[host] == nil {
		w.inFlight[host] = map[string]int{}
	}
	for other, n := range w.inFlight[host] {
		if other != worker && n > 0 {
			w.overlaps = append(w.overlaps, fmt.Sprintf("%s: %s and %s", host, worker, other))
		}
	}
	w.inFlight[host][worker]++
	w.fetches["http://"+host+r.URL.RequestURI()]++
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		w.inFlight[host][worker]--
		w.mu.Unlock()
	}()
	time.Sleep(w.latency)
	w.next.ServeHTTP(rw, r)
}

// shared is a corpus crawled by workers into one PostgreSQL store, and
// replicas following it.
type shared struct {
	web      *web
	cfg      *config.File
	proxy    *url.URL
	dsn      string
	workers  []*Worker
	replicas []*pipeline.App
	took     time.Duration // from the first worker's start to the last source crawled
}

// crawlShared starts n workers crawling perWorker sources at once and r
// replicas on a new schema, waits until
// every source of the corpus has been crawled once, and stops the
// workers; the replicas keep following until the test ends.
func crawlShared(tb testing.TB, dir string, n, r int, latency time.Duration, perWorker int) *shared {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	tb.Cleanup(cancel)
	s := newShared(tb, dir, latency)
	for range r {
		a := s.open(tb)
		var wg sync.WaitGroup
		wg.Go(func() { a.Follow(ctx, 20*time.Millisecond, discard()) })
		tb.Cleanup(func() { cancel(); wg.Wait() })
		s.replicas = append(s.replicas, a)
	}
	// a second source at each host (a site with two feeds): without the
	// host leases, two workers would fetch one host at once
	cfg := *s.cfg
	for _, src := range s.cfg.Sources {
		src.Name += " (2)"
		cfg.Sources = append(cfg.Sources, src)
	}
	s.cfg = &cfg
	start := time.Now()
	for i := range n {
		cfg := *s.cfg
		cfg.Settings.UserAgent = fmt.Sprintf("worker-%d", i)
		w := &Worker{App: s.openStore(tb), Config: &cfg, Proxy: http.ProxyURL(s.proxy), Log: discard(), Concurrency: perWorker, Schedule: time.Hour}
		if err := w.Start(ctx); err != nil {
			tb.Fatal(err)
		}
		s.workers = append(s.workers, w)
	}
	s.waitCrawled(tb)
	s.took = time.Since(start)
	for _, w := range s.workers {
		if err := w.Stop(ctx); err != nil {
			tb.Error(err)
		}
	}
	return s
}

func newShared(tb testing.TB, dir string, latency time.Duration) *shared {
	tb.Helper()
	c, err := corpus.New(dir)
	if err != nil {
		tb.Fatal(err)
	}
	w := &web{next: c, latency: latency, inFlight: map[string]map[string]int{}, fetches: map[string]int{}}
	srv := httptest.NewServer(w)
	tb.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	cfg, err := config.Load(filepath.Join(dir, "sources.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	cfg.Settings.Delay = time.Millisecond
	return &shared{web: w, cfg: cfg, proxy: u, dsn: pgtest.DSN(tb)}
}

// openStore opens the store alone, as a crawl worker does.
func (s *shared) openStore(tb testing.TB) *pipeline.App {
	tb.Helper()
	a, err := pipeline.OpenStoreAt(context.Background(), pipeline.Data{Store: s.dsn})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { a.Close() })
	return a
}

// open opens the store with indexes in a folder of their own, as a
// replica on another machine would.
func (s *shared) open(tb testing.TB) *pipeline.App {
	tb.Helper()
	a, err := pipeline.OpenWriterAt(context.Background(), pipeline.Data{Dir: tb.TempDir(), Store: s.dsn}, discard())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { a.Close() })
	return a
}

// waitCrawled waits until every enabled source has been fetched and no
// crawl job is left.
func (s *shared) waitCrawled(tb testing.TB) {
	tb.Helper()
	ctx := context.Background()
	want := 0 // the sources, and a job each
	for _, src := range s.cfg.Sources {
		if src.Enabled {
			want++
		}
	}
	deadline := time.Now().Add(3 * time.Minute)
	for ; time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		states, err := s.workers[0].App.DB.SourceStates(ctx)
		if err != nil {
			tb.Fatal(err)
		}
		fetched := 0
		for _, st := range states {
			if !st.LastFetch.IsZero() {
				fetched++
			}
		}
		left, err := s.workers[0].Unfinished(ctx)
		if err != nil {
			tb.Fatal(err)
		}
		if fetched == want && left == 0 {
			return
		}
	}
	tb.Fatalf("the workers did not crawl the %d sources in time", want)
}

// TestSharedCrawl: three workers crawl the corpus into one PostgreSQL
// store, each source once, no host fetched by two workers at once, no
// article stored or fetched twice; the store then holds the articles and
// incidents one SQLite crawl gives, and two replicas following it answer
// the same totals.
func TestSharedCrawl(t *testing.T) {
	t.Parallel()
	s := crawlShared(t, testCorpus, 3, 2, 5*time.Millisecond, 2)
	overlaps, fetches := s.web.seen()
	if len(overlaps) > 0 {
		t.Errorf("hosts fetched by two workers at once: %v", overlaps)
	}
	urls, incidents := stored(t, s.workers[0].App)
	for _, u := range urls {
		if n := fetches[u]; n != 1 {
			t.Errorf("%s fetched %d times", u, n)
		}
	}
	wantURLs, wantIncidents := baseline(t, testCorpus)
	if !slices.Equal(urls, wantURLs) {
		t.Errorf("the shared crawl stored %d articles, one SQLite crawl %d:\n%s\nwant\n%s", len(urls), len(wantURLs), strings.Join(urls, "\n"), strings.Join(wantURLs, "\n"))
	}
	if !slices.Equal(incidents, wantIncidents) {
		t.Errorf("the shared crawl's incidents:\n%s\none SQLite crawl's:\n%s", strings.Join(incidents, "\n"), strings.Join(wantIncidents, "\n"))
	}
	waitFollowed(t, s.replicas)
	var answers []string
	for _, a := range s.replicas {
		answers = append(answers, totals(t, a))
	}
	want := fmt.Sprintf("%d articles", len(urls))
	if answers[0] != answers[1] || !strings.HasPrefix(answers[0], want) {
		t.Errorf("replicas answer\n%s\nand\n%s\nwant the same, starting %q", answers[0], answers[1], want)
	}
	t.Logf("3 workers, 2 replicas: %d articles in %s; replicas: %s", len(urls), s.took.Round(time.Millisecond), answers[0])
}

// baseline crawls the corpus once into SQLite, one process, and returns
// what it stored (see stored).
func baseline(tb testing.TB, dir string) (urls, incidents []string) {
	tb.Helper()
	s := newShared(tb, dir, 0)
	ctx := context.Background()
	a, err := pipeline.OpenWriterAt(ctx, pipeline.At(tb.TempDir()), discard())
	if err != nil {
		tb.Fatal(err)
	}
	defer a.Close()
	(&pipeline.Cycle{App: a, Config: s.cfg, Proxy: http.ProxyURL(s.proxy), Out: io.Discard, Log: discard()}).Run(ctx)
	return stored(tb, a)
}

// stored returns the URLs of a's articles, and its incidents as their ids
// and the URLs of their articles, sorted.
func stored(tb testing.TB, a *pipeline.App) (urls, incidents []string) {
	tb.Helper()
	ctx := context.Background()
	byID := map[int64]string{}
	for art, err := range a.DB.AllArticles(ctx) {
		if err != nil {
			tb.Fatal(err)
		}
		urls = append(urls, art.URL)
		byID[art.ID] = art.URL
	}
	incs, err := a.DB.Incidents(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	for _, in := range incs {
		var srcs []string
		for _, src := range in.Sources {
			srcs = append(srcs, byID[src.ArticleID])
		}
		slices.Sort(srcs)
		incidents = append(incidents, in.ID+" "+strings.Join(srcs, " "))
	}
	slices.Sort(urls)
	slices.Sort(incidents)
	return urls, incidents
}

// waitFollowed waits until every replica holds what the store holds.
func waitFollowed(tb testing.TB, replicas []*pipeline.App) {
	tb.Helper()
	for _, a := range replicas {
		var c pipeline.IndexCheck
		var err error
		for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if c, err = a.Check(context.Background()); err == nil && c.OK() {
				break
			}
		}
		if err != nil || !c.OK() {
			tb.Fatalf("a replica did not follow the store: %v, %v", c, err)
		}
	}
}

// totals is what a replica answers: its article and incident counts and
// the totals of a few searches.
func totals(tb testing.TB, a *pipeline.App) string {
	tb.Helper()
	ctx := context.Background()
	n, err := a.Index.Count()
	if err != nil {
		tb.Fatal(err)
	}
	out := fmt.Sprintf("%d articles", n)
	for _, q := range []string{"cyberattaque", "ransomware", "mairie"} {
		res, err := a.FindArticles(ctx, vigie.ArticleFilter{Query: q})
		if err != nil {
			tb.Fatal(err)
		}
		out += fmt.Sprintf(", %q %d", q, res.Total)
	}
	incs, err := a.FindIncidents(ctx, vigie.IncidentFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	return out + fmt.Sprintf(", %d incidents", incs.Total)
}

// discard is a logger that writes nothing.
func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }

// BenchmarkSharedCrawl crawls the main corpus (two sources at each of its
// six hosts) with 1 and 3 workers, each crawling one source at a time, behind
// 20 and 100 ms of latency per request: the README's figures.
func BenchmarkSharedCrawl(b *testing.B) {
	for _, latency := range []time.Duration{20 * time.Millisecond, 100 * time.Millisecond} {
		for _, n := range []int{1, 3} {
			b.Run(fmt.Sprintf("latency=%s/workers=%d", latency, n), func(b *testing.B) {
				var took time.Duration
				for b.Loop() {
					took += crawlShared(b, benchCorpus, n, 0, latency, 1).took
				}
				b.ReportMetric(took.Seconds()/float64(b.N), "s/crawl")
			})
		}
	}
}
