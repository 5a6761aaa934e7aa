package crawler

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/webtest"
)

// The hostile web: a forward proxy on loopback that serves the *.test
// hosts itself (the hostile origin) and forwards any other request for
// real, as a proxy on a network would, plus an internal service on
// loopback that the crawler must never reach unless allowed.

// hostileWeb is the proxy, its routes and the internal service.
type hostileWeb struct {
	proxy    *httptest.Server
	internal *httptest.Server
	hits     atomic.Int32 // requests the internal service received

	mu     sync.Mutex
	routes map[string]http.HandlerFunc // "host/path" -> handler
	asked  []string                    // every URL the proxy was asked for
}

func newHostileWeb(tb testing.TB) *hostileWeb {
	tb.Helper()
	w := &hostileWeb{routes: map[string]http.HandlerFunc{}}
	w.internal = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.hits.Add(1)
		fmt.Fprint(rw, `<html><body><article><h1>secret</h1><p>internal only</p></article></body></html>`)
	}))
	tb.Cleanup(w.internal.Close)
	forward := &http.Transport{}
	w.proxy = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.mu.Lock()
		w.asked = append(w.asked, r.URL.String())
		h := w.routes[r.URL.Host+r.URL.Path]
		w.mu.Unlock()
		switch {
		case h != nil:
			h(rw, r)
		case strings.HasSuffix(r.URL.Hostname(), ".test"):
			http.NotFound(rw, r)
		default: // a real forward proxy: it fetches whatever it is asked
			out, _ := http.NewRequest(r.Method, r.URL.String(), nil)
			res, err := forward.RoundTrip(out)
			if err != nil {
				http.Error(rw, err.Error(), http.StatusBadGateway)
				return
			}
			defer res.Body.Close()
			rw.WriteHeader(res.StatusCode)
			io.Copy(rw, res.Body)
		}
	}))
	tb.Cleanup(w.proxy.Close)
	tb.Cleanup(forward.CloseIdleConnections)
	return w
}

// handle serves h at "host/path".
func (w *hostileWeb) handle(hostPath string, h http.HandlerFunc) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.routes[hostPath] = h
}

// crawler returns a crawler that goes through the proxy, with opts.
func (w *hostileWeb) crawler(tb testing.TB, opts Options) *Crawler {
	pu, _ := url.Parse(w.proxy.URL)
	opts.Proxy = http.ProxyURL(pu)
	if opts.AllowPrivate == nil {
		opts.AllowPrivate = []netip.Prefix{} // the default: nothing private, the proxy trusted
	}
	return newCrawler(tb, opts)
}

// internalPort is the port of the internal service.
func (w *hostileWeb) internalPort() string {
	_, port, _ := net.SplitHostPort(w.internal.Listener.Addr().String())
	return port
}

func (w *hostileWeb) askedFor(substr string) []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []string
	for _, u := range w.asked {
		if strings.Contains(u, substr) {
			out = append(out, u)
		}
	}
	return out
}

// bombSize is what every bomb inflates to: far more than the heap allowed.
const bombSize = 1 << 30

// maxHeap is the most the heap may grow through one bomb.
const maxHeap = 256 << 20

// gzipBomb is gzip that inflates to size zero bytes, built fast as many
// gzip members of one compressed chunk (gzip readers read them all).
func gzipBomb(tb testing.TB, size int64) []byte {
	tb.Helper()
	const chunk = 1 << 20
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(make([]byte, chunk))
	zw.Close()
	return bytes.Repeat(member.Bytes(), int(size/chunk))
}

// deflateBomb is raw deflate that inflates to size zero bytes: one
// compressed chunk, sync-flushed so that its copies follow each other as
// blocks of one stream.
func deflateBomb(tb testing.TB, size int64) []byte {
	tb.Helper()
	const chunk = 1 << 20
	var block bytes.Buffer
	fw, _ := flate.NewWriter(&block, flate.BestCompression)
	fw.Write(make([]byte, chunk))
	fw.Flush()
	return bytes.Repeat(block.Bytes(), int(size/chunk))
}

func gzipOf(tb testing.TB, b []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func serveRaw(contentType, encoding string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		if encoding != "" {
			w.Header().Set("Content-Encoding", encoding)
		}
		w.Write(body)
	}
}

// heapGrowth runs fn and returns the peak heap seen while it ran (sampled)
// and the bytes it allocated in all, which bounds the peak from above
// whatever the sampling missed.
func heapGrowth(fn func()) (peak, allocated uint64) {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		var top uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			top = max(top, m.HeapAlloc)
			select {
			case <-stop:
				done <- top
				return
			case <-tick.C:
			}
		}
	}()
	fn()
	close(stop)
	peak = <-done
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	return peak, after.TotalAlloc - before.TotalAlloc
}

// TestBombs sends every form of decompression bomb at the crawler: the
// heap stays far below what the bombs inflate to. Not parallel, so that
// the heap measured is this test's.
func TestBombs(t *testing.T) {
	w := newHostileWeb(t)
	gz := gzipBomb(t, bombSize)
	df := deflateBomb(t, bombSize)
	w.handle("bomb.test/xgzip.xml", serveRaw("application/rss+xml", "x-gzip", gz))
	w.handle("bomb.test/upper.html", serveRaw("text/html", "GZIP", gz))
	w.handle("bomb.test/deflate.html", serveRaw("text/html", "deflate", df))
	w.handle("bomb.test/nested.xml", serveRaw("application/rss+xml", "gzip, x-gzip", gzipOf(t, gz)))
	w.handle("bomb.test/sitemap.xml.gz", serveRaw("application/x-gzip", "", gz))
	w.handle("bomb.test/double.xml.gz", serveRaw("application/xml", "gzip", gzipOf(t, gz)))
	var index strings.Builder
	index.WriteString(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := range 3 {
		fmt.Fprintf(&index, "<sitemap><loc>http://bomb.test/child%d.xml.gz</loc></sitemap>", i)
		w.handle(fmt.Sprintf("bomb.test/child%d.xml.gz", i), serveRaw("application/octet-stream", "", gz))
	}
	index.WriteString(`</sitemapindex>`)
	w.handle("bomb.test/index.xml", serve("application/xml", index.String()))
	t.Logf("bombs: gzip %d KiB, deflate %d KiB, each inflating to %d MiB", len(gz)>>10, len(df)>>10, bombSize>>20)
	c := w.crawler(t, Options{MaxBodySize: 5 << 20})
	for _, tc := range []struct {
		name string
		run  func() error
	}{
		{"feed, Content-Encoding x-gzip", func() error { return discover(c, "http://bomb.test/xgzip.xml", vigie.KindRSS) }},
		{"page, Content-Encoding GZIP", func() error { return fetch(c, "http://bomb.test/upper.html") }},
		{"page, Content-Encoding deflate", func() error { return fetch(c, "http://bomb.test/deflate.html") }},
		{"feed, nested gzip, x-gzip", func() error { return discover(c, "http://bomb.test/nested.xml", vigie.KindRSS) }},
		{"sitemap.xml.gz, no Content-Encoding", func() error { return discover(c, "http://bomb.test/sitemap.xml.gz", vigie.KindSitemap) }},
		{"sitemap.xml.gz, gzip inside gzip", func() error { return discover(c, "http://bomb.test/double.xml.gz", vigie.KindSitemap) }},
		{"sitemap index of three .xml.gz", func() error { return discover(c, "http://bomb.test/index.xml", vigie.KindSitemap) }},
	} {
		var err error
		peak, alloc := heapGrowth(func() { err = tc.run() })
		t.Logf("%-38s peak heap %4d MiB, allocated %4d MiB (err: %v)", tc.name, peak>>20, alloc>>20, err)
		if peak > maxHeap || alloc > maxHeap {
			t.Errorf("%s: peak heap %d MiB, allocated %d MiB, want under %d MiB", tc.name, peak>>20, alloc>>20, maxHeap>>20)
		}
	}
}

func discover(c *Crawler, u string, kind vigie.SourceKind) error {
	_, err := c.Discover(vigie.Source{Name: "bomb", URL: u, Kind: kind}, Validators{})
	return err
}

func fetch(c *Crawler, u string) error {
	_, err := c.Fetch(u, Validators{})
	return err
}

// TestCompressedBodies checks that honest compressed answers still read:
// a gzip sitemap.xml.gz, an x-gzip feed, a deflate page; and that a stack
// of codings deeper than any server sends is refused.
func TestCompressedBodies(t *testing.T) {
	t.Parallel()
	w := newHostileWeb(t)
	sitemap := `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://news.test/a.html</loc></url></urlset>`
	w.handle("news.test/sitemap.xml.gz", serveRaw("application/x-gzip", "", gzipOf(t, []byte(sitemap))))
	w.handle("news.test/feed.xml", serveRaw("application/rss+xml", "x-gzip", gzipOf(t, []byte(mustFile(t, "feed.xml")))))
	var df bytes.Buffer
	fw, _ := flate.NewWriter(&df, flate.DefaultCompression)
	fw.Write([]byte("<html><body><p>deflated</p></body></html>"))
	fw.Close()
	w.handle("news.test/page.html", serveRaw("text/html", "deflate", df.Bytes()))
	w.handle("news.test/deep.html", serveRaw("text/html", "gzip, gzip, gzip, gzip", gzipOf(t, gzipOf(t, gzipOf(t, gzipOf(t, []byte("<p>x</p>")))))))
	c := w.crawler(t, Options{})
	d, err := c.Discover(vigie.Source{URL: "http://news.test/sitemap.xml.gz", Kind: vigie.KindSitemap}, Validators{})
	if err != nil || len(d.Links) != 1 || d.Links[0].URL != "http://news.test/a.html" {
		t.Errorf("sitemap.xml.gz: %+v, %v", d.Links, err)
	}
	if d, err := c.Discover(vigie.Source{URL: "http://news.test/feed.xml", Kind: vigie.KindRSS}, Validators{}); err != nil || len(d.Links) != 2 {
		t.Errorf("x-gzip feed: %+v, %v", d.Links, err)
	}
	if p, err := c.Fetch("http://news.test/page.html", Validators{}); err != nil || !strings.Contains(string(p.Body), "deflated") {
		t.Errorf("deflate page: %q, %v", p.Body, err)
	}
	if _, err := c.Fetch("http://news.test/deep.html", Validators{}); err == nil || !strings.Contains(err.Error(), "nested content encodings") {
		t.Errorf("four nested gzip: err = %v, want refused", err)
	}
}

// TestSSRF offers the crawler, through the proxy, links and redirects to
// the internal service in every spelling, and to private and metadata
// addresses: none is fetched, and the internal service receives nothing.
// With the internal service allowed, it is reached: the test can fail.
func TestSSRF(t *testing.T) {
	t.Parallel()
	w := newHostileWeb(t)
	port := w.internalPort()
	targets := []string{
		"http://127.0.0.1:" + port + "/secret",
		"http://localhost:" + port + "/secret",
		"http://2130706433:" + port + "/secret",
		"http://0x7f000001:" + port + "/secret",
		"http://0177.0.0.1:" + port + "/secret",
		"http://127.1:" + port + "/secret",
		"http://[::ffff:127.0.0.1]:" + port + "/secret",
		"http://10.0.0.1/secret",
		"http://169.254.169.254/latest/meta-data/",
		"http://evil.test/to-internal",
	}
	w.handle("evil.test/to-internal", func(rw http.ResponseWriter, r *http.Request) {
		http.Redirect(rw, r, "http://127.0.0.1:"+port+"/secret", http.StatusFound)
	})
	var feed strings.Builder
	feed.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>evil</title>`)
	for _, u := range targets {
		fmt.Fprintf(&feed, "<item><title>x</title><link>%s</link></item>", u)
	}
	feed.WriteString(`</channel></rss>`)
	w.handle("evil.test/feed.xml", serve("application/rss+xml", feed.String()))
	w.handle("evil.test/sitemap.xml", serve("application/xml", `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://127.0.0.1:`+port+`/sitemap.xml</loc></sitemap></sitemapindex>`))

	c := w.crawler(t, Options{})
	d, err := c.Discover(vigie.Source{Name: "evil", URL: "http://evil.test/feed.xml", Kind: vigie.KindRSS}, Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Links) != len(targets) {
		t.Fatalf("%d links discovered, want %d", len(d.Links), len(targets))
	}
	for _, l := range d.Links {
		_, err := c.Fetch(l.URL, Validators{})
		var fe *FetchError
		if !errors.As(err, &fe) || !strings.Contains(fe.Reason, "refused") {
			t.Errorf("%s: err = %v, want refused", l.URL, err)
		}
	}
	if _, err := c.Discover(vigie.Source{Name: "evil", URL: "http://evil.test/sitemap.xml", Kind: vigie.KindSitemap}, Validators{}); err != nil {
		t.Errorf("sitemap: %v", err)
	}
	if n := w.hits.Load(); n != 0 {
		t.Errorf("the internal service received %d requests", n)
	}
	for _, bad := range []string{"127.", "localhost", "2130706433", "0x7f", "0177", "10.0.0.1", "169.254"} {
		if got := w.askedFor(bad); len(got) > 0 {
			t.Errorf("the proxy was asked for %q", got)
		}
	}

	allowed := w.crawler(t, Options{AllowPrivate: []netip.Prefix{loopback4}})
	if _, err := allowed.Fetch("http://127.0.0.1:"+port+"/secret", Validators{}); err != nil {
		t.Fatalf("allowed: %v", err)
	}
	if w.hits.Load() == 0 {
		t.Error("the internal service was not reached once allowed")
	}
}

// TestSSRFDirect runs without a proxy: the origin is allowed by its
// address, the internal service on another loopback address is refused at
// the URL and at dial time.
func TestSSRFDirect(t *testing.T) {
	t.Parallel()
	var hits atomic.Int32
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("no second loopback address: %v", err)
	}
	internal := &httptest.Server{Listener: ln, Config: &http.Server{Handler: http.HandlerFunc(func(http.ResponseWriter, *http.Request) { hits.Add(1) })}}
	internal.Start()
	t.Cleanup(internal.Close)
	s := newSite(t, map[string]http.HandlerFunc{
		"/jump": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, internal.URL+"/secret", http.StatusFound)
		},
	})
	c := newCrawler(t, Options{Proxy: func(*http.Request) (*url.URL, error) { return nil, nil }})
	for _, u := range []string{s.URL + "/jump", internal.URL + "/secret"} {
		if _, err := c.Fetch(u, Validators{}); err == nil || !strings.Contains(err.Error(), "refused") {
			t.Errorf("%s: err = %v, want refused", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the internal service received %d requests", n)
	}
}

// TestRedirectPoliteness: a redirect to a host whose robots.txt forbids the
// target is not followed, and each hop waits for its host's delay.
func TestRedirectPoliteness(t *testing.T) {
	t.Parallel()
	w := newHostileWeb(t)
	var mu sync.Mutex
	var times []time.Time
	w.handle("b.test/robots.txt", serve("text/plain", "User-agent: *\nDisallow: /private/\n"))
	w.handle("b.test/private/x", serve("text/html", "<p>private</p>"))
	w.handle("b.test/page.html", func(rw http.ResponseWriter, r *http.Request) {
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		serve("text/html", "<html><body><p>b</p></body></html>")(rw, r)
	})
	w.handle("a.test/to-private", func(rw http.ResponseWriter, r *http.Request) {
		http.Redirect(rw, r, "http://b.test/private/x", http.StatusMovedPermanently)
	})
	w.handle("a.test/to-page", func(rw http.ResponseWriter, r *http.Request) {
		http.Redirect(rw, r, "http://b.test/page.html", http.StatusFound)
	})
	w.handle("a.test/gone", func(rw http.ResponseWriter, r *http.Request) {
		http.Redirect(rw, r, "http://b.test/missing", http.StatusFound)
	})
	const delay = 150 * time.Millisecond
	c := w.crawler(t, Options{Delay: delay})
	_, err := c.Fetch("http://a.test/to-private", Validators{})
	var fe *FetchError
	if !errors.As(err, &fe) || !fe.Blocked || fe.URL != "http://a.test/to-private" || !strings.Contains(fe.Reason, "b.test/private/x") {
		t.Errorf("redirect to a disallowed page: err = %#v", err)
	}
	if got := w.askedFor("b.test/private"); len(got) > 0 {
		t.Errorf("fetched despite robots.txt: %q", got)
	}
	if _, err := c.Fetch("http://b.test/page.html", Validators{}); err != nil {
		t.Fatal(err)
	}
	p, err := c.Fetch("http://a.test/to-page", Validators{})
	if err != nil || p.FinalURL != "http://b.test/page.html" || p.URL != "http://a.test/to-page" {
		t.Fatalf("redirect: %+v, %v", p, err)
	}
	if len(times) != 2 || times[1].Sub(times[0]) < delay {
		t.Errorf("the redirect hop to b.test came %v after the last request to it, want at least %v", times[1].Sub(times[0]), delay)
	}
	_, err = c.Fetch("http://a.test/gone", Validators{})
	if !errors.As(err, &fe) || fe.Status != 404 || !strings.Contains(fe.Reason, "after redirect to http://b.test/missing") {
		t.Errorf("redirect chain to a 404: err = %v", err)
	}
}

// TestTarpit: a source that trickles its answer is cut at its time budget,
// with ErrTimeBudget, and further requests are refused at once.
func TestTarpit(t *testing.T) {
	t.Parallel()
	stop := make(chan struct{})
	w := newHostileWeb(t)
	w.handle("slow.test/feed.xml", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "application/rss+xml")
		rw.WriteHeader(200)
		webtest.Trickle(rw, r, stop)
	})
	t.Cleanup(func() { close(stop) })
	c := w.crawler(t, Options{Timeout: time.Minute}).WithDeadline(time.Now().Add(400 * time.Millisecond))
	_, err := c.Discover(vigie.Source{URL: "http://slow.test/feed.xml", Kind: vigie.KindRSS}, Validators{})
	if !errors.Is(err, ErrTimeBudget) {
		t.Fatalf("err = %v, want ErrTimeBudget", err)
	}
	if _, err := c.Fetch("http://slow.test/other.html", Validators{}); !errors.Is(err, ErrTimeBudget) {
		t.Errorf("after the budget: err = %v, want ErrTimeBudget", err)
	}
}

// TestRetryAfter: a 429's Retry-After comes back in the error.
func TestRetryAfter(t *testing.T) {
	t.Parallel()
	w := newHostileWeb(t)
	w.handle("busy.test/feed.xml", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Retry-After", "3600")
		http.Error(rw, "slow down", http.StatusTooManyRequests)
	})
	_, err := w.crawler(t, Options{}).Discover(vigie.Source{URL: "http://busy.test/feed.xml", Kind: vigie.KindRSS}, Validators{})
	var fe *FetchError
	if !errors.As(err, &fe) || fe.Status != 429 || fe.RetryAfter != time.Hour {
		t.Errorf("err = %#v, want 429 with RetryAfter 1h", err)
	}
	when := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	if got := retryAfter("Thu, 01 Jan 2026 12:10:00 GMT", when); got != 10*time.Minute {
		t.Errorf("retryAfter(date) = %v", got)
	}
}

// TestMislabelledCharsets: a UTF-16 label on a UTF-8 feed and a
// windows-1251 label on UTF-8 bytes are read as the UTF-8 they are.
func TestMislabelledCharsets(t *testing.T) {
	t.Parallel()
	w := newHostileWeb(t)
	feed := mustFile(t, "feed.xml")
	w.handle("cs.test/utf16.xml", serve("application/rss+xml; charset=utf-16", feed))
	w.handle("cs.test/cp1251.xml", serve("application/rss+xml; charset=windows-1251", feed))
	w.handle("cs.test/page.html", serve("text/html; charset=windows-1251", "<html><body><p>Séez : la mairie rouvre</p></body></html>"))
	w.handle("cs.test/utf16.html", serve("text/html; charset=utf-16", "<html><body><p>Séez : la mairie rouvre</p></body></html>"))
	c := w.crawler(t, Options{})
	for _, u := range []string{"http://cs.test/utf16.xml", "http://cs.test/cp1251.xml"} {
		d, err := c.Discover(vigie.Source{URL: u, Kind: vigie.KindRSS}, Validators{})
		if err != nil || len(d.Links) == 0 || d.Links[0].Title != "Séez : la mairie rouvre" {
			t.Errorf("%s: %+v, %v", u, d.Links, err)
		}
	}
	for _, u := range []string{"http://cs.test/page.html", "http://cs.test/utf16.html"} {
		p, err := c.Fetch(u, Validators{})
		if err != nil || !strings.Contains(string(p.Body), "Séez : la mairie rouvre") {
			t.Errorf("%s: %q, %v", u, p.Body, err)
		}
	}
}

// TestDelayZero: delay: 0 in feeds.yaml means no delay, not the default.
func TestDelayZero(t *testing.T) {
	t.Parallel()
	if c := New(t.Context(), Options{}); c.opts.Delay != 0 {
		t.Errorf("Delay 0 became %v", c.opts.Delay)
	}
	if c := New(t.Context(), Options{Delay: -time.Second}); c.opts.Delay != 0 {
		t.Errorf("a negative Delay became %v", c.opts.Delay)
	}
}
