package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/temoto/robotstxt"
)

// Options configure a Crawler. Zero values take the defaults noted.
type Options struct {
	UserAgent   string        // names Vigie and a contact URL
	Delay       time.Duration // between two requests to one host; 0 means none (feeds.yaml's default is 2s)
	Timeout     time.Duration // for a whole request (default 20s)
	MaxBodySize int           // bytes kept of a body, after decompression (default 5 MiB)
	MaxPages    int           // listing pages and child sitemaps followed (default 10)
	MaxItems    int           // links kept per source, newest first (default 100)
	// Proxy chooses the proxy of a request; nil means HTTP_PROXY,
	// HTTPS_PROXY and NO_PROXY from the environment. The proxy is trusted
	// wherever it listens; the URLs sent through it are checked instead.
	Proxy func(*http.Request) (*url.URL, error)
	// AllowPrivate lists the non-public addresses (loopback, private,
	// link-local, ...) that may be fetched; every other one is refused.
	AllowPrivate []netip.Prefix
	// Observe, when set, is told of every request: its HTTP status (0 when
	// none came back), the body bytes, and whether the address guard
	// refused it. For metrics.
	Observe func(status, bytes int, refused bool)
}

func (o *Options) setDefaults() {
	if o.UserAgent == "" {
		o.UserAgent = "Vigie (+https://github.com/vigie-news/vigie)"
	}
	o.Delay = max(o.Delay, 0)
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
	opts     Options
	coll     *colly.Collector
	hosts    *hosts
	deadline time.Time // zero: none; see WithDeadline
}

// hosts is what a crawler and its copies know of the hosts they fetch from.
type hosts struct {
	mu sync.Mutex
	m  map[string]*host
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
	c.WithTransport(newTransport(opts))
	// Redirects are followed by get, one hop at a time, so that each hop
	// is checked against its host's robots.txt and delay.
	c.SetRedirectHandler(func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse })
	cr := &Crawler{opts: opts, coll: c, hosts: &hosts{m: map[string]*host{}}}
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

// maxRedirects is how many redirects one request follows.
const maxRedirects = 10

// get sends one GET through the collector, following redirects one hop at
// a time: each hop is a request of its own, to a host whose robots.txt
// allows it, Delay after that host's last request. A 304 is an answer, not
// an error; other statuses from 300 up are a *FetchError naming the URL
// asked for and, after redirects, the last one.
func (c *Crawler) get(rawURL string, hdr http.Header, accept func(string) bool) (*response, error) {
	cur := rawURL
	for hop := 0; ; hop++ {
		res, err := c.getOne(cur, hdr, accept)
		if err != nil {
			return nil, chained(err, rawURL, cur)
		}
		next := redirectTarget(res, cur)
		if next == "" {
			if res.status >= 300 && res.status != http.StatusNotModified {
				return nil, chained(&FetchError{URL: cur, Status: res.status, Reason: "http " + http.StatusText(res.status)}, rawURL, cur)
			}
			res.url = cur
			return res, nil
		}
		if hop == maxRedirects {
			return nil, &FetchError{URL: rawURL, Status: res.status, Reason: fmt.Sprintf("more than %d redirects, last to %s", maxRedirects, next)}
		}
		cur = next
	}
}

// redirectTarget is the absolute URL a redirect points to, "" when res is
// not a redirect.
func redirectTarget(res *response, from string) string {
	switch res.status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
	default:
		return ""
	}
	loc := res.header.Get("Location")
	base, err := url.Parse(from)
	if loc == "" || err != nil {
		return ""
	}
	return resolve(base, loc)
}

// chained names, in an error met after redirects, the URL asked for and the
// hop that failed.
func chained(err error, asked, hop string) error {
	var fe *FetchError
	if asked == hop || !errors.As(err, &fe) {
		return err
	}
	out := *fe
	out.URL = asked
	out.Reason = fmt.Sprintf("%s (after redirect to %s)", fe.Reason, hop)
	return &out
}

// getOne sends one GET, not following redirects, to a URL robots.txt
// allows.
func (c *Crawler) getOne(rawURL string, hdr http.Header, accept func(string) bool) (*response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &FetchError{URL: rawURL, Reason: "not an http(s) URL"}
	}
	if err := c.checkURL(rawURL, u); err != nil {
		return nil, err
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

// checkURL refuses, before any request, a URL whose host names a
// non-public address, and a request past the crawler's deadline.
func (c *Crawler) checkURL(rawURL string, u *url.URL) error {
	g := guard{allow: c.opts.AllowPrivate}
	if err := g.checkHost(u.Hostname()); err != nil {
		c.observe(0, 0, true)
		return &FetchError{URL: rawURL, Reason: err.Error(), Err: err}
	}
	if !c.deadline.IsZero() && !time.Now().Before(c.deadline) {
		return &FetchError{URL: rawURL, Reason: ErrTimeBudget.Error(), Err: ErrTimeBudget}
	}
	return nil
}

// request sends one GET, Delay after the host's last one; the caller holds
// the host's lock.
func (c *Crawler) request(h *host, rawURL string, u *url.URL, hdr http.Header, accept func(string) bool) (*response, error) {
	if wait := time.Until(h.last.Add(c.opts.Delay)); wait > 0 {
		if !c.deadline.IsZero() && time.Now().Add(wait).After(c.deadline) {
			return nil, &FetchError{URL: rawURL, Reason: ErrTimeBudget.Error(), Err: ErrTimeBudget}
		}
		time.Sleep(wait)
	}
	defer func() { h.last = time.Now() }()
	out := http.Header{}
	for k, v := range hdr {
		out[k] = v
	}
	out.Set("User-Agent", c.opts.UserAgent)
	if !c.deadline.IsZero() {
		out.Set(deadlineHeader, c.deadline.Format(time.RFC3339Nano))
	}
	s := &slot{accept: accept}
	ctx := colly.NewContext()
	ctx.Put("slot", s)
	err := c.coll.Request(http.MethodGet, u.String(), nil, ctx, out)
	res, err := c.answer(rawURL, s, err)
	var blocked *BlockedAddressError
	switch fe := (*FetchError)(nil); {
	case res != nil:
		c.observe(res.status, len(res.body), false)
	case errors.As(err, &fe):
		c.observe(fe.Status, 0, errors.As(err, &blocked))
	}
	return res, err
}

func (c *Crawler) observe(status, bytes int, refused bool) {
	if c.opts.Observe != nil {
		c.opts.Observe(status, bytes, refused)
	}
}

// answer turns what the callbacks saw into a response, redirects and
// error statuses included, or a *FetchError when no answer came.
func (c *Crawler) answer(rawURL string, s *slot, err error) (*response, error) {
	r := s.resp
	if r != nil && r.StatusCode > 0 && r.Headers != nil {
		res := &response{url: rawURL, status: r.StatusCode, contentType: s.contentType, header: *r.Headers, body: r.Body}
		if r.StatusCode < 300 || r.StatusCode == http.StatusNotModified || redirectTarget(res, rawURL) != "" {
			return res, nil
		}
		return nil, &FetchError{URL: rawURL, Status: r.StatusCode, Reason: "http " + http.StatusText(r.StatusCode),
			RetryAfter: retryAfter(r.Headers.Get("Retry-After"), time.Now())}
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
	var blocked *BlockedAddressError
	switch {
	case errors.As(err, &blocked):
		fe.Reason = blocked.Error()
	case errors.Is(err, colly.ErrAbortedAfterHeaders):
		fe.Reason = "unexpected content type " + quoteType(s.contentType)
	case errors.Is(err, context.Canceled):
		fe.Reason = "cancelled"
	case !c.deadline.IsZero() && !time.Now().Before(c.deadline):
		fe.Reason, fe.Err = ErrTimeBudget.Error(), ErrTimeBudget
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
	c.hosts.mu.Lock()
	defer c.hosts.mu.Unlock()
	if h, ok := c.hosts.m[name]; ok {
		return h
	}
	h := &host{}
	c.hosts.m[name] = h
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
	// RetryAfter is how long the server asked us to wait (Retry-After of a
	// 429 or 503), 0 when it did not say.
	RetryAfter time.Duration
}

// Error implements the error interface.
func (e *FetchError) Error() string { return fmt.Sprintf("crawler: fetch %s: %s", e.URL, e.Reason) }

// Unwrap returns the underlying error, if any.
func (e *FetchError) Unwrap() error { return e.Err }

func asFetchError(err error, fe **FetchError) bool { return errors.As(err, fe) }
