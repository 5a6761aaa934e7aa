package crawler

import (
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

// Validators are what a server said of the last copy we have, for a
// conditional request.
type Validators struct {
	ETag         string
	LastModified string
}

func (v Validators) header() http.Header {
	h := http.Header{}
	if v.ETag != "" {
		h.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		h.Set("If-Modified-Since", v.LastModified)
	}
	return h
}

// Fetch gets an HTML page, conditionally when v holds validators: a page
// that has not changed comes back with Status 304 and no body. The body of
// a fetched page is UTF-8 and its ContentType says so. A body that is not
// HTML is refused before it is downloaded.
func (c *Crawler) Fetch(rawURL string, v Validators) (vigie.Page, error) {
	res, err := c.get(rawURL, v.header(), isHTML)
	if err != nil {
		return vigie.Page{}, err
	}
	p := vigie.Page{
		URL: rawURL, FinalURL: res.url, Status: res.status, FetchedAt: time.Now().UTC(),
		ETag: res.header.Get("ETag"), LastModified: res.header.Get("Last-Modified"),
	}
	if res.status == http.StatusNotModified {
		return p, nil
	}
	if !isHTML(res.contentType) || !looksLikeHTML(res.body) {
		return vigie.Page{}, &FetchError{URL: rawURL, Status: res.status, Reason: "not an HTML page: " + quoteType(res.contentType)}
	}
	p.Body = DecodeHTML(res.body, res.contentType)
	p.ContentType = "text/html; charset=utf-8"
	return p, nil
}

// isHTML accepts HTML and XHTML, and a missing type (sniffed later).
func isHTML(contentType string) bool {
	if contentType == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml")
}

// looksLikeHTML rejects bodies that claim to be HTML but are binary.
func looksLikeHTML(body []byte) bool {
	ct := http.DetectContentType(body)
	return strings.HasPrefix(ct, "text/") || strings.Contains(ct, "xml")
}
