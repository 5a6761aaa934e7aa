package crawler

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// transport is the collector's http.RoundTripper. Around a plain
// http.Transport it refuses URLs that name a non-public address, dials
// through the address guard, marks the configured proxy as trusted, asks
// for compressed bodies and inflates them itself through the body cap, and
// applies a request's deadline.
type transport struct {
	base    *http.Transport
	proxy   func(*http.Request) (*url.URL, error)
	guard   *guard
	maxBody int64
}

// deadlineHeader carries a request's deadline from Crawler.request to the
// transport, colly having no way to pass a context per request; the
// transport removes it before the request leaves.
const deadlineHeader = "X-Vigie-Deadline"

func newTransport(opts Options) *transport {
	g := &guard{allow: opts.AllowPrivate}
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	t := &transport{proxy: opts.Proxy, guard: g, maxBody: int64(opts.MaxBodySize)}
	t.base = &http.Transport{
		Proxy:                 func(r *http.Request) (*url.URL, error) { return proxyOf(r.Context()), nil },
		DialContext:           g.dialContext(d),
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		DisableCompression:    true, // we ask and inflate ourselves, capped
	}
	return t
}

// proxied is the context key of the proxy (a *url.URL) a request goes
// through.
type proxied struct{}

func proxyOf(ctx context.Context) *url.URL {
	if p, ok := ctx.Value(proxied{}).(*url.URL); ok {
		return p
	}
	return nil
}

// RoundTrip implements http.RoundTripper.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if err := t.guard.checkHost(req.URL.Hostname()); err != nil {
		return nil, err
	}
	ctx := req.Context()
	cancel := context.CancelFunc(func() {})
	if d := req.Header.Get(deadlineHeader); d != "" {
		if at, err := time.Parse(time.RFC3339Nano, d); err == nil {
			ctx, cancel = context.WithDeadline(ctx, at)
		}
	}
	p, err := t.proxy(req)
	if err != nil {
		cancel()
		return nil, err
	}
	if p != nil {
		ctx = context.WithValue(context.WithValue(ctx, proxied{}, p), proxyKey{}, proxyAddr(p))
	}
	out := req.Clone(ctx)
	out.Header.Del(deadlineHeader)
	if out.Header.Get("Accept-Encoding") == "" {
		out.Header.Set("Accept-Encoding", "gzip, deflate")
	}
	res, err := t.base.RoundTrip(out)
	if err != nil {
		cancel()
		return nil, err
	}
	if err := decodeBody(res, t.maxBody); err != nil {
		cancel()
		return nil, err
	}
	res.Body = &cancelBody{ReadCloser: res.Body, cancel: cancel}
	return res, nil
}

// proxyAddr is the host:port the transport dials for proxy p.
func proxyAddr(p *url.URL) string {
	if p.Port() != "" {
		return p.Host
	}
	port := map[string]string{"http": "80", "https": "443", "socks5": "1080", "socks5h": "1080"}[strings.ToLower(p.Scheme)]
	return net.JoinHostPort(p.Hostname(), port)
}

// cancelBody releases a request's deadline once its body is closed.
type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}
