package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"golang.org/x/text/encoding/charmap"
)

// site is a test web site that records what it was asked.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	requests []*http.Request
	inFlight atomic.Int32
	maxInFl  atomic.Int32
}

// newSite serves routes (path -> handler) and answers 404 elsewhere.
func newSite(tb testing.TB, routes map[string]http.HandlerFunc) *site {
	tb.Helper()
	s := &site{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := s.inFlight.Add(1)
		defer s.inFlight.Add(-1)
		for m := s.maxInFl.Load(); n > m && !s.maxInFl.CompareAndSwap(m, n); m = s.maxInFl.Load() {
		}
		s.mu.Lock()
		s.requests = append(s.requests, r.Clone(context.Background()))
		s.mu.Unlock()
		if h, ok := routes[r.URL.Path]; ok {
			h(w, r)
			return
		}
		http.NotFound(w, r)
	}))
	tb.Cleanup(s.Close)
	return s
}

func (s *site) paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, r := range s.requests {
		out = append(out, r.URL.Path)
	}
	return out
}

func (s *site) last(path string) *http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := len(s.requests) - 1; i >= 0; i-- {
		if s.requests[i].URL.Path == path {
			return s.requests[i]
		}
	}
	return nil
}

func serve(contentType, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		fmt.Fprint(w, body)
	}
}

func mustFile(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// loopback4 is where httptest servers listen.
var loopback4 = netip.MustParsePrefix("127.0.0.1/32")

func newCrawler(tb testing.TB, opts Options) *Crawler {
	tb.Helper()
	if opts.Delay == 0 {
		opts.Delay = time.Millisecond
	}
	if opts.UserAgent == "" {
		opts.UserAgent = "Vigie/test (+https://example.org/vigie)"
	}
	if opts.AllowPrivate == nil {
		opts.AllowPrivate = []netip.Prefix{loopback4} // the test sites listen there
	}
	ctx, cancel := context.WithCancel(context.Background())
	tb.Cleanup(cancel)
	return New(ctx, opts)
}

func TestDiscoverFeedConditional(t *testing.T) {
	t.Parallel()
	feed := mustFile(t, "feed.xml")
	s := newSite(t, map[string]http.HandlerFunc{"/feed.xml": func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Tue, 27 Apr 2021 15:30:00 GMT")
		serve("application/rss+xml", feed)(w, r)
	}})
	c := newCrawler(t, Options{})
	src := vigie.Source{Name: "test", URL: s.URL + "/feed.xml", Kind: vigie.KindRSS}
	d, err := c.Discover(src, Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Links) != 2 || d.Validators.ETag != `"v1"` || d.NotModified {
		t.Fatalf("first discovery: %+v", d)
	}
	if got := d.Links[0]; got.URL != s.URL+"/2021/04/27/newer.html" || got.Title != "Séez : la mairie rouvre" || got.Source != "test" {
		t.Errorf("newest link = %+v", got)
	}
	if ua := s.last("/feed.xml").UserAgent(); !strings.Contains(ua, "Vigie") {
		t.Errorf("User-Agent %q does not name Vigie", ua)
	}
	d2, err := c.Discover(src, d.Validators)
	if err != nil {
		t.Fatal(err)
	}
	if !d2.NotModified || len(d2.Links) != 0 || d2.Validators != d.Validators {
		t.Errorf("second discovery: %+v", d2)
	}
	if got := s.last("/feed.xml").Header.Get("If-Modified-Since"); got != "Tue, 27 Apr 2021 15:30:00 GMT" {
		t.Errorf("If-Modified-Since = %q", got)
	}
}

func TestDiscoverFeedCharsets(t *testing.T) {
	t.Parallel()
	latin1 := func(s string) string {
		b, err := charmap.ISO8859_1.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	declared := latin1(strings.Replace(mustFile(t, "feed.xml"), `encoding="UTF-8"`, `encoding="ISO-8859-1"`, 1))
	undeclared := latin1(strings.Replace(mustFile(t, "feed.xml"), `<?xml version="1.0" encoding="UTF-8"?>`, "", 1))
	for _, tc := range []struct{ name, contentType, body string }{
		{"header and declaration", "application/rss+xml; charset=ISO-8859-1", declared},
		{"declaration only", "application/rss+xml", declared},
		{"header only", "text/xml; charset=iso-8859-1", undeclared},
		{"neither", "application/xml", undeclared},
		{"utf-8", "application/rss+xml; charset=utf-8", mustFile(t, "feed.xml")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newSite(t, map[string]http.HandlerFunc{"/feed.xml": serve(tc.contentType, tc.body)})
			d, err := newCrawler(t, Options{}).Discover(vigie.Source{URL: s.URL + "/feed.xml", Kind: vigie.KindRSS}, Validators{})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Links) == 0 || d.Links[0].Title != "Séez : la mairie rouvre" {
				t.Errorf("links = %+v", d.Links)
			}
		})
	}
}

func TestFetchFailures(t *testing.T) {
	t.Parallel()
	block := make(chan struct{})
	s := newSite(t, map[string]http.HandlerFunc{
		"/robots.txt": serve("text/plain", "User-agent: *\nDisallow: /private/\n"),
		"/gone.html":  func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) },
		"/photo.html": serve("image/png", "\x89PNG\r\n\x1a\n"),
		"/binary":     serve("text/html", "\x00\x01\x02\x03\x04\x05\x89PNG\x00\x00"),
		"/slow.html":  func(w http.ResponseWriter, r *http.Request) { <-block },
		"/private/x":  serve("text/html", "<p>secret</p>"),
	})
	t.Cleanup(func() { close(block) }) // before the site closes: cleanups run last first
	c := newCrawler(t, Options{Timeout: 300 * time.Millisecond})
	for _, tc := range []struct {
		path, reason string
		status       int
		blocked      bool
	}{
		{"/gone.html", "http Gone", 410, false},
		{"/missing.html", "http Not Found", 404, false},
		{"/photo.html", `unexpected content type "image/png"`, 0, false},
		{"/binary", "not an HTML page", 200, false},
		{"/slow.html", "timeout", 0, false},
		{"/private/x", "disallowed by robots.txt", 0, true},
	} {
		t.Run(tc.path, func(t *testing.T) {
			_, err := c.Fetch(s.URL+tc.path, Validators{})
			var fe *FetchError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want a *FetchError", err)
			}
			if !strings.Contains(fe.Reason, tc.reason) || fe.Status != tc.status || fe.Blocked != tc.blocked {
				t.Errorf("got %+v, want reason %q status %d blocked %v", fe, tc.reason, tc.status, tc.blocked)
			}
		})
	}
	if slices.Contains(s.paths(), "/private/x") {
		t.Error("a path disallowed by robots.txt was fetched")
	}
}

func TestFetchRedirectCharsetAndSize(t *testing.T) {
	t.Parallel()
	page := mustFile(t, "latin1.html")
	latin1, _ := charmap.ISO8859_1.NewEncoder().String(page)
	s := newSite(t, map[string]http.HandlerFunc{
		"/old.html": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/new.html", http.StatusMovedPermanently)
		},
		"/new.html":  serve("text/html; charset=ISO-8859-1", latin1),
		"/meta.html": serve("text/html", latin1),
		"/big.html":  serve("text/html", "<html><body>"+strings.Repeat("<p>blah blah</p>", 10000)),
	})
	c := newCrawler(t, Options{MaxBodySize: 4096})
	p, err := c.Fetch(s.URL+"/old.html", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if p.URL != s.URL+"/old.html" || p.FinalURL != s.URL+"/new.html" || p.Status != 200 {
		t.Errorf("page = %s -> %s (%d)", p.URL, p.FinalURL, p.Status)
	}
	if !strings.Contains(string(p.Body), "Séez, rançongiciel") {
		t.Errorf("header charset not honoured: %q", p.Body)
	}
	if p, err = c.Fetch(s.URL+"/meta.html", Validators{}); err != nil || !strings.Contains(string(p.Body), "Séez, rançongiciel") {
		t.Errorf("meta charset not honoured: %v %q", err, p.Body)
	}
	if p, err = c.Fetch(s.URL+"/big.html", Validators{}); err != nil || len(p.Body) > 4096 {
		t.Errorf("body of %d bytes kept, max 4096 (%v)", len(p.Body), err)
	}
}

func TestOneRequestAtATimePerHost(t *testing.T) {
	t.Parallel()
	s := newSite(t, map[string]http.HandlerFunc{"/a.html": func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(5 * time.Millisecond) // gives overlapping requests a chance to show
		serve("text/html", "<p>a</p>")(w, r)
	}})
	c := newCrawler(t, Options{})
	var wg sync.WaitGroup
	for range 6 {
		wg.Go(func() {
			if _, err := c.Fetch(s.URL+"/a.html", Validators{}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if got := s.maxInFl.Load(); got != 1 {
		t.Errorf("%d requests in flight at once to one host, want 1", got)
	}
}

func TestProxy(t *testing.T) {
	t.Parallel()
	var hosts []string
	var mu sync.Mutex
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hosts = append(hosts, r.Host)
		mu.Unlock()
		serve("text/html", "<html><body><p>via proxy</p></body></html>")(w, r)
	}))
	t.Cleanup(proxy.Close)
	pu, _ := url.Parse(proxy.URL)
	c := newCrawler(t, Options{Proxy: http.ProxyURL(pu)})
	p, err := c.Fetch("http://www.example.test/article.html", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(p.Body), "via proxy") || !slices.Contains(hosts, "www.example.test") {
		t.Errorf("not fetched through the proxy: hosts %v", hosts)
	}
}

func TestFeedLinkForms(t *testing.T) {
	t.Parallel()
	body := `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>bing</title><link>https://www.bing.com/news/apiclick.aspx?ref=FexRss&amp;aid=&amp;tid=1&amp;url=https%3a%2f%2fwww.example.fr%2fmairie-cyberattaque.html&amp;c=1</link></item>
<item><title>guid only</title><guid isPermaLink="false">https://www.example.fr/guid.html</guid></item>
<item><title>share</title><link>https://www.example.fr/a.html?u=https%3a%2f%2fwww.example.fr%2fb.html</link></item>
</channel></rss>`
	s := newSite(t, map[string]http.HandlerFunc{"/rss": serve("application/rss+xml", body)})
	d, err := newCrawler(t, Options{}).Discover(vigie.Source{URL: s.URL + "/rss", Kind: vigie.KindRSS}, Validators{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range d.Links {
		got = append(got, l.URL)
	}
	want := []string{"https://www.example.fr/mairie-cyberattaque.html", "https://www.example.fr/guid.html", "https://www.example.fr/a.html?u=https%3a%2f%2fwww.example.fr%2fb.html"}
	if !slices.Equal(got, want) {
		t.Errorf("links = %q, want %q", got, want)
	}
}

func TestDiscoverFailures(t *testing.T) {
	t.Parallel()
	s := newSite(t, map[string]http.HandlerFunc{
		"/broken.xml":  serve("application/rss+xml", "<rss><channel><item><title>a</title></chan"),
		"/image.xml":   serve("image/png", "\x89PNG\r\n"),
		"/listing":     serve("application/pdf", "%PDF-1.4"),
		"/sitemap.xml": serve("application/xml", "<html><body>not a sitemap</body></html>"),
	})
	c := newCrawler(t, Options{})
	for _, tc := range []struct {
		src    vigie.Source
		reason string
	}{
		{vigie.Source{URL: s.URL + "/broken.xml", Kind: vigie.KindRSS}, "malformed feed"},
		{vigie.Source{URL: s.URL + "/image.xml", Kind: vigie.KindAtom}, "unexpected content type"},
		{vigie.Source{URL: s.URL + "/listing", Kind: vigie.KindHTMLListing, Links: "a"}, "unexpected content type"},
		{vigie.Source{URL: s.URL + "/sitemap.xml", Kind: vigie.KindSitemap}, "not a sitemap"},
		{vigie.Source{URL: s.URL + "/missing.xml", Kind: vigie.KindRSS}, "http Not Found"},
	} {
		t.Run(tc.reason+" "+string(tc.src.Kind), func(t *testing.T) {
			_, err := c.Discover(tc.src, Validators{})
			var fe *FetchError
			if !errors.As(err, &fe) || !strings.Contains(fe.Reason, tc.reason) {
				t.Errorf("err = %v, want a reason with %q", err, tc.reason)
			}
		})
	}
}

// TestFeedKeepsItsOffsets: a feed's times keep the offset they were
// written with (gofeed gives them in UTC): it says where the newsroom's
// clock is.
func TestFeedKeepsItsOffsets(t *testing.T) {
	t.Parallel()
	body := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>x</id><updated>2024-07-10T10:20:00+01:00</updated>
<entry><title>a</title><link rel="alternate" href="https://www.example.co.uk/a"/><id>a</id><published>2024-07-10T10:20:00+01:00</published><updated>2024-07-10T10:20:00+01:00</updated></entry>
</feed>`
	s := newSite(t, map[string]http.HandlerFunc{"/atom": serve("application/atom+xml", body)})
	d, err := newCrawler(t, Options{}).Discover(vigie.Source{URL: s.URL + "/atom", Kind: vigie.KindAtom}, Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Links) != 1 {
		t.Fatalf("links = %v, want one", d.Links)
	}
	if got := d.Links[0].Published.Format(time.RFC3339); got != "2024-07-10T10:20:00+01:00" {
		t.Errorf("published = %s, want 2024-07-10T10:20:00+01:00", got)
	}
}
