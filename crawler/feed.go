package crawler

import (
	"bytes"
	"mime"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/vigie-news/vigie"
)

// discoverFeed fetches a feed, conditionally, and lists its items. gofeed
// has no conditional GET, so the request goes through the collector and
// gofeed only parses the body.
func (c *Crawler) discoverFeed(src vigie.Source, prev Validators) (Discovery, error) {
	res, d, err := c.entry(src, prev, isFeedType)
	if err != nil || d.NotModified {
		return d, err
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(decodeXML(res.body, res.contentType)))
	if err != nil {
		return Discovery{}, &FetchError{URL: src.URL, Status: res.status, Reason: "malformed feed: " + err.Error(), Err: err}
	}
	base, _ := url.Parse(res.url)
	d.Language = feed.Language
	d.Links = feedLinks(base, feed)
	return d, nil
}

// feedLinks converts gofeed's items into links: the one place where the
// feed format meets Vigie's types.
func feedLinks(base *url.URL, feed *gofeed.Feed) []vigie.Link {
	var links []vigie.Link
	for _, it := range feed.Items {
		href := it.Link
		if href == "" && len(it.Links) > 0 {
			href = it.Links[0]
		}
		if href == "" && isWebURL(it.GUID) {
			href = it.GUID // some feeds carry the article's URL only there
		}
		if href = unwrap(resolve(base, href)); href == "" {
			continue
		}
		l := vigie.Link{URL: href, Title: strings.TrimSpace(it.Title), Language: feed.Language}
		if it.PublishedParsed != nil {
			l.Published = withOffset(*it.PublishedParsed, it.Published)
		}
		if it.UpdatedParsed != nil {
			l.Updated = withOffset(*it.UpdatedParsed, it.Updated)
		}
		if it.DublinCoreExt != nil && len(it.DublinCoreExt.Language) > 0 {
			l.Language = it.DublinCoreExt.Language[0]
		}
		for _, p := range it.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				l.Authors = append(l.Authors, strings.TrimSpace(p.Name))
			}
		}
		links = append(links, l)
	}
	return links
}

// withOffset is the time gofeed parsed, in UTC, at the offset the feed
// wrote it with ("2024-07-10T10:20:00+01:00", "Wed, 10 Jul 2024 10:20:00
// +0100"): the offset tells where the newsroom's clock is, which dates a
// page that shows its time alone.
func withOffset(parsed time.Time, raw string) time.Time {
	raw = strings.TrimSpace(raw)
	for _, layout := range []string{time.RFC3339, time.RFC1123Z, time.RFC822Z, "Mon, 2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, raw); err == nil && t.Equal(parsed) {
			return t
		}
	}
	return parsed
}

// isWebURL reports whether s is an absolute http(s) URL.
func isWebURL(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// unwrap returns the article behind a search engine's click-tracking link
// (https://www.bing.com/news/apiclick.aspx?...&url=https%3a%2f%2f...): the
// url parameter when it points to another host.
func unwrap(href string) string {
	u, err := url.Parse(href)
	if err != nil {
		return href
	}
	for _, key := range []string{"url", "u"} {
		if target := u.Query().Get(key); isWebURL(target) {
			if t, _ := url.Parse(target); t.Host != u.Host {
				return target
			}
		}
	}
	return href
}

// isFeedType accepts the types feeds are served with, including the
// generic ones servers often use.
func isFeedType(contentType string) bool {
	if contentType == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return strings.Contains(mt, "xml") || strings.Contains(mt, "json") || strings.HasPrefix(mt, "text/") ||
		mt == "application/octet-stream" || strings.Contains(mt, "gzip") // sitemap.xml.gz, inflated by the transport
}

// newest is the latest date a link carries.
func newest(l vigie.Link) time.Time {
	if l.Updated.After(l.Published) {
		return l.Updated
	}
	return l.Published
}
