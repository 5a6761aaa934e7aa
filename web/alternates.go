package web

import (
	"html/template"
	"net/url"
	"strings"
)

// feedParams are the search parameters a page passes on to its feeds: the
// filters the feeds accept, not the page's own (language, paging, sort).
var feedParams = map[string][]string{
	"incidents": {"q", "country", "region", "department", "attack", "kind", "year", "from", "to", "near", "km", "in_scope"},
	"articles":  {"q", "lang", "site", "from", "to"},
}

// feedTypes are the feeds every search has, as feed readers discover them.
var feedTypes = []struct{ ext, mime, name string }{
	{"atom", "application/atom+xml", "Atom"}, {"rss", "application/rss+xml", "RSS"}, {"json", "application/feed+json", "JSON Feed"},
}

// Alternates are the page's <link rel="alternate">: its search as Atom,
// RSS and JSON Feed (what a feed reader discovers from the page), and on
// an incident page its oEmbed answer (what a CMS discovers from the URL).
func (pg page) Alternates() template.HTML {
	var b strings.Builder
	kind := map[string]string{"/": "incidents", "/incidents": "incidents", "/map": "incidents", "/articles": "articles"}[pg.Path]
	if kind != "" {
		q := url.Values{}
		for _, k := range feedParams[kind] {
			if v := pg.r.URL.Query().Get(k); v != "" {
				q.Set(k, v)
			}
		}
		for _, f := range feedTypes {
			href := "/feeds/" + kind + "." + f.ext
			if len(q) > 0 {
				href += "?" + q.Encode()
			}
			b.WriteString(`<link rel="alternate" type="` + f.mime + `" title="Vigie, ` + kind + ` (` + f.name + `)" href="` +
				template.HTMLEscapeString(href) + "\">\n")
		}
	}
	if strings.HasPrefix(pg.Path, "/incidents/") {
		scheme := "http"
		if pg.r.TLS != nil {
			scheme = "https"
		}
		href := "/oembed?" + url.Values{"url": {scheme + "://" + pg.r.Host + pg.Path}, "format": {"json"}}.Encode()
		b.WriteString(`<link rel="alternate" type="application/json+oembed" title="` + template.HTMLEscapeString(pg.Title) +
			`" href="` + template.HTMLEscapeString(href) + "\">\n")
	}
	return template.HTML(b.String())
}
