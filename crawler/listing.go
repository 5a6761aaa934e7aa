package crawler

import (
	"bytes"
	"net/http"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/vigie-news/vigie"
)

// discoverListing reads a paginated HTML listing: the links that match the
// source's Links selector on each page, following its Next selector. Only
// the first page is asked for conditionally: when it has not changed,
// neither have the pages after it.
func (c *Crawler) discoverListing(src vigie.Source, prev Validators) (Discovery, error) {
	var d Discovery
	max := src.MaxPages
	if max <= 0 {
		max = c.opts.MaxPages
	}
	seen := map[string]bool{}
	next, hdr := src.URL, prev.header()
	for page := 0; next != "" && page < max && !seen[next]; page++ {
		seen[next] = true
		res, err := c.get(next, hdr, isHTML)
		if err != nil {
			if page > 0 {
				break // keep what the first pages gave
			}
			return Discovery{}, err
		}
		if page == 0 {
			d.Status, d.Validators = res.status, validators(res.header)
			if res.status == http.StatusNotModified {
				d.NotModified, d.Validators = true, prev
				return d, nil
			}
		}
		links, after, err := listingPage(src, res)
		if err != nil {
			return Discovery{}, err
		}
		d.Links = append(d.Links, links...)
		next, hdr = after, nil
	}
	return d, nil
}

// listingPage returns the article links of one listing page and the URL of
// the next page, "" on the last.
func listingPage(src vigie.Source, res *response) ([]vigie.Link, string, error) {
	if !isHTML(res.contentType) || !looksLikeHTML(res.body) {
		return nil, "", &FetchError{URL: res.url, Status: res.status, Reason: "not an HTML page: " + quoteType(res.contentType)}
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(DecodeHTML(res.body, res.contentType)))
	if err != nil {
		return nil, "", &FetchError{URL: res.url, Status: res.status, Reason: "malformed HTML: " + err.Error(), Err: err}
	}
	base := documentBase(doc, res.url)
	var links []vigie.Link
	doc.Find(src.Links).Each(func(_ int, s *goquery.Selection) {
		if href := resolve(base, attrOfLink(s)); href != "" {
			links = append(links, vigie.Link{URL: href, Title: strings.Join(strings.Fields(s.Text()), " ")})
		}
	})
	next := ""
	if src.Next != "" {
		next = resolve(base, attrOfLink(doc.Find(src.Next).First()))
	}
	return links, next, nil
}

// attrOfLink is the href of s, or of the first link inside it when the
// selector names a container.
func attrOfLink(s *goquery.Selection) string {
	if href, ok := s.Attr("href"); ok {
		return href
	}
	href, _ := s.Find("a[href]").First().Attr("href")
	return href
}

// documentBase is the URL relative links are resolved against: <base href>
// when the page has one, else the page's own final URL.
func documentBase(doc *goquery.Document, pageURL string) *url.URL {
	base, err := url.Parse(pageURL)
	if err != nil {
		base = &url.URL{}
	}
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := base.Parse(strings.TrimSpace(href)); err == nil {
			return b
		}
	}
	return base
}
