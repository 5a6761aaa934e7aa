package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/temoto/robotstxt"
)

// Options configure a Crawler. Zero values take the defaults noted.
type Options struct {
	UserAgent   string        // names Vigie and a contact URL
	Delay       time.Duration // between two requests to one host (default 2s)
	Timeout     time.Duration // for a whole request (default 20s)
	MaxBodySize int           // bytes kept of a body (default 5 MiB)
	MaxPages    int           // listing pages and child sitemaps followed (default 10)
	MaxItems    int           // links kept per source, newest first (default 100)
	// Proxy chooses the proxy of a request; nil means HTTP_PROXY,
	// HTTPS_PROXY and NO_PROXY from the environment.
	Proxy func(*http.Request) (*url.URL, error)
}

func (o *Options) setDefaults() {
	if o.UserAgent == "" {
		o.UserAgent = "Vigie (+https://github.com/vigie-news/vigie)"
	}
	if o.Delay < 0 {
		o.Delay = 0
	} else if o.Delay == 0 {
		o.Delay = 2 * time.Second
	}
	if o.Timeout <= 0 {
		o.Timeout = 20 * time.Second
	}
	if o.MaxBodySize <= 0 {
		o.MaxBodySize = 5 << 20
	}
	if o.MaxPages <= 0 {
		o.MaxPages = 10
	}
	if o.MaxItems <= 0 {
		o.MaxItems = 100
	}
	if o.Proxy == nil {
		o.Proxy = http.ProxyFromEnvironment
	}
}

// Crawler fetches pages through one colly collector, so that robots.txt,
// per-host politeness and limits apply to every request it makes. It is
// safe for concurrent use; make a new one per crawl cycle so that robots.txt
// files are read afresh.
type Crawler struct {
	opts  Options
	coll  *colly.Collector
	mu    sync.Mutex
	hosts map[string]*host
}

// host is what the crawler knows of one host during a cycle.
type host struct {
	mu          sync.Mutex // held during a request: one at a time
	last        time.Time  // when the last request to the host ended
	robots      *robotstxt.RobotsData
	unreachable *FetchError // set when robots.txt got no answer at all
}

// New returns a Crawler whose requests stop when ctx is done.
func New(ctx context.Context, opts Options) *Crawler {
	opts.setDefaults()
	c := colly.NewCollector(
		colly.UserAgent(opts.UserAgent),
		colly.MaxBodySize(opts.MaxBodySize),
		colly.AllowURLRevisit(),
		colly.StdlibContext(ctx),
	)
	// robots.txt is read by robots.go, through the collector, so that its
	// requests are as polite as the others.
	c.IgnoreRobotsTxt = true
	c.SetRequestTimeout(opts.Timeout)
	c.WithTransport(&http.Transport{
		Proxy:                 opts.Proxy,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
	})
	cr := &Crawler{opts: opts, coll: c, hosts: map[string]*host{}}
	c.OnResponseHeaders(cr.onHeaders)
	c.OnResponse(func(r *colly.Response) { slotOf(r.Ctx).resp = r })
	c.OnError(func(r *colly.Response, err error) {
		s := slotOf(r.Ctx)
		s.resp, s.err = r, err
	})
	return cr
}

// slot receives the outcome of one request from the collector's callbacks.
type slot struct {
	accept      func(contentType string) bool
	contentType string
	resp        *colly.Response
	err         error
}

func slotOf(ctx *colly.Context) *slot {
	s, _ := ctx.GetAny("slot").(*slot)
	if s == nil {
		return &slot{}
	}
	return s
}

// onHeaders refuses bodies of the wrong type before they are downloaded and
// hides the charset from colly, whose own decoding would leave an XML
// declaration that lies about the bytes; we decode once, in decode.go.
func (c *Crawler) onHeaders(r *colly.Response) {
	s := slotOf(r.Ctx)
	s.contentType = r.Headers.Get("Content-Type")
	if r.StatusCode < 300 && s.accept != nil && !s.accept(s.contentType) {
		r.Request.Abort()
		return
	}
	r.Headers.Del("Content-Type")
}

// response is one answer, its body still in its own charset.
type response struct {
	url         string // final URL, after redirects
	status      int
	contentType string
	header      http.Header
	body        []byte
}

// get sends one GET through the collector. A 304 is an answer, not an
// error; other statuses from 300 up are a *FetchError.
func (c *Crawler) get(rawURL string, hdr http.Header, accept func(string) bool) (*response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &FetchError{URL: rawURL, Reason: "not an http(s) URL"}
	}
	h := c.host(u.Host)
	h.mu.Lock()
	defer h.mu.Unlock()
	if !c.allowed(h, u) {
		if h.unreachable != nil {
			return nil, &FetchError{URL: rawURL, Reason: h.unreachable.Reason, Err: h.unreachable.Err}
		}
		return nil, &FetchError{URL: rawURL, Reason: "disallowed by robots.txt", Blocked: true}
	}
	return c.request(h, rawURL, u, hdr, accept)
}

// request sends one GET, Delay after the host's last one; the caller holds
// the host's lock.
func (c *Crawler) request(h *host, rawURL string, u *url.URL, hdr http.Header, accept func(string) bool) (*response, error) {
	if wait := time.Until(h.last.Add(c.opts.Delay)); wait > 0 {
		time.Sleep(wait)
	}
	defer func() { h.last = time.Now() }()
	if hdr == nil {
		hdr = http.Header{}
	}
	hdr.Set("User-Agent", c.opts.UserAgent)
	s := &slot{accept: accept}
	ctx := colly.NewContext()
	ctx.Put("slot", s)
	err := c.coll.Request(http.MethodGet, u.String(), nil, ctx, hdr)
	return c.answer(rawURL, s, err)
}

// answer turns what the callbacks saw into a response or a *FetchError.
func (c *Crawler) answer(rawURL string, s *slot, err error) (*response, error) {
	r := s.resp
	if r != nil && r.StatusCode > 0 && r.Headers != nil {
		final := rawURL
		if r.Request != nil && r.Request.URL != nil {
			final = r.Request.URL.String()
		}
		res := &response{url: final, status: r.StatusCode, contentType: s.contentType, header: *r.Headers, body: r.Body}
		if r.StatusCode == http.StatusNotModified || r.StatusCode < 300 {
			return res, nil
		}
		return nil, &FetchError{URL: rawURL, Status: r.StatusCode, Reason: "http " + http.StatusText(r.StatusCode)}
	}
	if err == nil {
		err = s.err
	}
	return nil, c.reason(rawURL, s, err)
}

// reason explains a request that got no usable answer.
func (c *Crawler) reason(rawURL string, s *slot, err error) *FetchError {
	fe := &FetchError{URL: rawURL, Err: err}
	var ne net.Error
	switch {
	case errors.Is(err, colly.ErrAbortedAfterHeaders):
		fe.Reason = "unexpected content type " + quoteType(s.contentType)
	case errors.Is(err, context.Canceled):
		fe.Reason = "cancelled"
	case errors.As(err, &ne) && ne.Timeout(), errors.Is(err, context.DeadlineExceeded):
		fe.Reason = fmt.Sprintf("timeout after %s", c.opts.Timeout)
	case err != nil:
		fe.Reason = shortError(err)
	default:
		fe.Reason = "no response"
	}
	return fe
}

// host returns the state of a host. Politeness is kept here rather than
// with colly's limit rules, which cannot be added while requests run (colly
// reads its rule list without its lock): one request at a time per host,
// Delay apart.
func (c *Crawler) host(name string) *host {
	c.mu.Lock()
	defer c.mu.Unlock()
	if h, ok := c.hosts[name]; ok {
		return h
	}
	h := &host{}
	c.hosts[name] = h
	return h
}

func quoteType(ct string) string {
	if ct == "" {
		return "(none)"
	}
	return fmt.Sprintf("%q", ct)
}

// shortError drops the URL that net/http repeats in its errors.
func shortError(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	return err.Error()
}

// FetchError says why a URL could not be fetched, in words fit for a
// source's fetch state.
type FetchError struct {
	URL     string
	Status  int  // HTTP status when one came back
	Blocked bool // robots.txt forbids the URL
	Reason  string
	Err     error
}

// Error implements the error interface.
func (e *FetchError) Error() string { return fmt.Sprintf("crawler: fetch %s: %s", e.URL, e.Reason) }

// Unwrap returns the underlying error, if any.
func (e *FetchError) Unwrap() error { return e.Err }

func asFetchError(err error, fe **FetchError) bool { return errors.As(err, fe) }
