package crawler

import (
	"bytes"
	"encoding/xml"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

// sitemapDoc is a sitemap or a sitemap index; element names are matched
// whatever their namespace, so Google News extensions come along.
type sitemapDoc struct {
	XMLName  xml.Name
	URLs     []sitemapURL `xml:"url"`
	Sitemaps []sitemapRef `xml:"sitemap"`
}

// sitemapRef is a child sitemap of an index.
type sitemapRef struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	News    struct {
		Title       string `xml:"title"`
		Published   string `xml:"publication_date"`
		Publication struct {
			Language string `xml:"language"`
		} `xml:"publication"`
	} `xml:"news"`
}

// discoverSitemap reads a sitemap, following a sitemap index to its child
// sitemaps (at most MaxPages of them, most recently modified first).
func (c *Crawler) discoverSitemap(src vigie.Source, prev Validators) (Discovery, error) {
	res, d, err := c.entry(src, prev, isFeedType)
	if err != nil || d.NotModified {
		return d, err
	}
	doc, err := parseSitemap(res)
	if err != nil {
		return Discovery{}, err
	}
	base, _ := url.Parse(res.url)
	d.Links = sitemapLinks(base, doc)
	max := src.MaxPages
	if max <= 0 {
		max = c.opts.MaxPages
	}
	slices.SortStableFunc(doc.Sitemaps, func(a, b sitemapRef) int { return w3cTime(b.LastMod).Compare(w3cTime(a.LastMod)) })
	for i, child := range doc.Sitemaps {
		if i >= max {
			break
		}
		if links, err := c.childSitemap(resolve(base, child.Loc)); err == nil {
			d.Links = append(d.Links, links...)
		}
	}
	return d, nil
}

// childSitemap reads one sitemap of an index; nested indexes are not
// followed further, as the protocol forbids them.
func (c *Crawler) childSitemap(u string) ([]vigie.Link, error) {
	if u == "" {
		return nil, nil
	}
	res, err := c.get(u, nil, isFeedType)
	if err != nil {
		return nil, err
	}
	doc, err := parseSitemap(res)
	if err != nil {
		return nil, err
	}
	base, _ := url.Parse(res.url)
	return sitemapLinks(base, doc), nil
}

func parseSitemap(res *response) (*sitemapDoc, error) {
	var doc sitemapDoc
	if err := xml.NewDecoder(bytes.NewReader(decodeXML(res.body, res.contentType))).Decode(&doc); err != nil {
		return nil, &FetchError{URL: res.url, Status: res.status, Reason: "malformed sitemap: " + err.Error(), Err: err}
	}
	if name := doc.XMLName.Local; name != "urlset" && name != "sitemapindex" {
		return nil, &FetchError{URL: res.url, Status: res.status, Reason: "not a sitemap: root element <" + name + ">"}
	}
	return &doc, nil
}

// sitemapLinks converts a sitemap's entries into links.
func sitemapLinks(base *url.URL, doc *sitemapDoc) []vigie.Link {
	var links []vigie.Link
	for _, e := range doc.URLs {
		href := resolve(base, e.Loc)
		if href == "" {
			continue
		}
		links = append(links, vigie.Link{
			URL: href, Title: strings.TrimSpace(e.News.Title), Language: e.News.Publication.Language,
			Published: w3cTime(e.News.Published), Updated: w3cTime(e.LastMod),
		})
	}
	return links
}

// w3cTime parses the W3C datetime forms sitemaps use; zero when it cannot.
func w3cTime(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", time.DateOnly, "2006-01"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
