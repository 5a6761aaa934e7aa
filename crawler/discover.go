package crawler

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/vigie-news/vigie"
)

// Discovery is what one look at a source found.
type Discovery struct {
	Links       []vigie.Link // newest first when the source dates them, at most MaxItems
	Status      int          // HTTP status of the entry point
	NotModified bool         // the entry point answered 304: nothing new
	Validators  Validators   // to send next time
	Language    string       // what the feed says of its language
}

// Discover reads a source's entry point and returns the article links it
// lists. prev holds the validators of the last answer, for a conditional
// request; a feed that has not changed gives NotModified and no links.
func (c *Crawler) Discover(src vigie.Source, prev Validators) (Discovery, error) {
	var (
		d   Discovery
		err error
	)
	switch {
	case src.Kind.IsFeed():
		d, err = c.discoverFeed(src, prev)
	case src.Kind == vigie.KindHTMLListing:
		d, err = c.discoverListing(src, prev)
	case src.Kind == vigie.KindSitemap:
		d, err = c.discoverSitemap(src, prev)
	default:
		return d, &FetchError{URL: src.URL, Reason: "unknown source kind " + string(src.Kind)}
	}
	if err != nil {
		return d, err
	}
	d.Links = c.keep(src, d.Links)
	return d, nil
}

// keep drops duplicate and off-web links and keeps the newest MaxItems.
func (c *Crawler) keep(src vigie.Source, links []vigie.Link) []vigie.Link {
	seen := map[string]bool{}
	out := links[:0]
	for _, l := range links {
		if !isWebURL(l.URL) || seen[l.URL] {
			continue
		}
		seen[l.URL] = true
		l.Source = src.Name
		out = append(out, l)
	}
	slices.SortStableFunc(out, func(a, b vigie.Link) int { return newest(a).Compare(newest(b)) * -1 })
	max := src.MaxItems
	if max <= 0 {
		max = c.opts.MaxItems
	}
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// validators reads the validators of an answer.
func validators(h http.Header) Validators {
	return Validators{ETag: h.Get("ETag"), LastModified: h.Get("Last-Modified")}
}

// resolve makes href absolute against base; "" when it cannot.
func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return ""
	}
	u, err := base.Parse(href)
	if err != nil {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// entry fetches a source's entry point conditionally. A 304 comes back as
// a Discovery with NotModified set and no response.
func (c *Crawler) entry(src vigie.Source, prev Validators, accept func(string) bool) (*response, Discovery, error) {
	res, err := c.get(src.URL, prev.header(), accept)
	if err != nil {
		return nil, Discovery{}, err
	}
	d := Discovery{Status: res.status, Validators: validators(res.header)}
	if res.status == http.StatusNotModified {
		d.NotModified, d.Validators = true, prev
		return nil, d, nil
	}
	return res, d, nil
}
