package crawler

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
	"github.com/vigie-news/vigie"
)

// The fuzz targets follow the paths hostile bytes take into the crawler:
// feeds, sitemaps, listings, charsets, compressed bodies and URL hosts.
// `make fuzz` runs each for a short time; crashers found go to
// testdata/fuzz/ and run with every `go test`.

func seedFile(f *testing.F, name string) []byte {
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// checkLinks fails when a link is not an absolute http(s) URL.
func checkLinks(t *testing.T, links []vigie.Link) {
	for _, l := range links {
		if u, err := url.Parse(l.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			t.Errorf("link %q is not an absolute http(s) URL", l.URL)
		}
	}
}

func FuzzFeed(f *testing.F) {
	f.Add(seedFile(f, "feed.xml"), "application/rss+xml")
	f.Add([]byte(`<?xml version="1.0" encoding="utf-16"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/a"/></entry></feed>`), "application/atom+xml; charset=windows-1251")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"url":"https://x.test/a"}]}`), "application/feed+json")
	base, _ := url.Parse("https://news.test/feed.xml")
	c := &Crawler{opts: Options{MaxItems: 100}}
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(decodeXML(body, contentType)))
		if err != nil {
			return
		}
		checkLinks(t, c.keep(vigie.Source{Name: "f"}, feedLinks(base, feed)))
	})
}

func FuzzSitemap(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/a</loc><lastmod>2024-01-02</lastmod></url></urlset>`), "application/xml")
	f.Add([]byte(`<sitemapindex><sitemap><loc>https://x.test/s.xml.gz</loc></sitemap></sitemapindex>`), "text/xml; charset=iso-8859-1")
	base, _ := url.Parse("https://news.test/sitemap.xml")
	c := &Crawler{opts: Options{MaxItems: 100}}
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		doc, err := parseSitemap(&response{url: base.String(), status: 200, contentType: contentType, body: body})
		if err != nil {
			return
		}
		checkLinks(t, c.keep(vigie.Source{Name: "s"}, sitemapLinks(base, doc)))
	})
}

func FuzzListing(f *testing.F) {
	f.Add([]byte(`<html><head><base href="/news/"></head><body><a class="x" href="a.html">A</a><a rel="next" href="?p=2">next</a></body></html>`), "text/html")
	f.Add(seedFile(f, "latin1.html"), "text/html; charset=iso-8859-1")
	src := vigie.Source{Name: "l", Links: "a.x, article a", Next: "a[rel=next]"}
	c := &Crawler{opts: Options{MaxItems: 100}}
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		links, next, err := listingPage(src, &response{url: "https://news.test/list", status: 200, contentType: contentType, body: body})
		if err != nil {
			return
		}
		checkLinks(t, c.keep(src, links))
		if next != "" {
			checkLinks(t, []vigie.Link{{URL: next}})
		}
	})
}

func FuzzDecodeHTML(f *testing.F) {
	f.Add(seedFile(f, "latin1.html"), "text/html")
	f.Add([]byte("<p>Séez</p>"), "text/html; charset=utf-16")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte(`<meta charset="windows-1251"><p>Séez</p>`), "text/html")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		out := DecodeHTML(body, contentType)
		if len(out) > 4*len(body)+16 {
			t.Errorf("%d bytes decoded to %d", len(body), len(out))
		}
		_ = decodeXML(body, contentType)
	})
}

func FuzzDecodeBody(f *testing.F) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	f.Add(gz([]byte("<rss/>")), "x-gzip", "/feed.xml", "application/xml")
	f.Add(gz(gz(bytes.Repeat([]byte{'a'}, 1<<16))), "gzip", "/s.xml.gz", "application/gzip")
	f.Add([]byte("\x78\x9c\x01\x00\x00\xff\xff"), "deflate", "/p.html", "text/html")
	f.Add([]byte("plain"), "identity, br", "/", "")
	const max = 1 << 16
	f.Fuzz(func(t *testing.T, body []byte, encoding, path, contentType string) {
		u, err := url.Parse("http://x.test" + path)
		if err != nil {
			return
		}
		res := &http.Response{
			Header:  http.Header{"Content-Encoding": {encoding}, "Content-Type": {contentType}},
			Body:    io.NopCloser(bytes.NewReader(body)),
			Request: &http.Request{URL: u},
		}
		if err := decodeBody(res, max); err != nil {
			return
		}
		out, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if len(out) > max {
			t.Errorf("%d bytes out of a body capped at %d", len(out), max)
		}
	})
}

func FuzzCheckHost(f *testing.F) {
	for _, h := range []string{"127.0.0.1", "2130706433", "0x7f.1", "0177.0.0.01", "[::ffff:10.0.0.1]", "localhost.", "example.com", "1.2.3.4.5", "[[::"} {
		f.Add(h)
	}
	g := &guard{}
	f.Fuzz(func(t *testing.T, host string) {
		err := g.checkHost(host)
		// Whatever a dotted-quad parser reads as a private address must
		// be refused.
		if ip, perr := netip.ParseAddr(strings.Trim(host, "[]")); perr == nil && addressKind(ip) != "" && err == nil {
			t.Errorf("%q (%s) allowed", host, ip)
		}
		if ip, ok := parseLooseIPv4(strings.ToLower(strings.TrimSuffix(host, "."))); ok && addressKind(ip) != "" && err == nil {
			t.Errorf("%q (%s) allowed", host, ip)
		}
	})
}
