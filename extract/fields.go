package extract

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/vigie-news/vigie"
	"golang.org/x/net/html"
)

// siteName is the outlet's name as the page gives it, else the source's.
func siteName(m meta, src vigie.Source, u *url.URL) string {
	for _, o := range m.jsonld {
		if s := ldString(o["publisher"]); s != "" {
			return s
		}
	}
	if s := firstNonEmpty(m.tag("og:site_name", "application-name"), src.Name); s != "" {
		return s
	}
	return u.Hostname()
}

// canonical is the page's declared canonical URL made absolute, or "".
func canonical(m meta, base *url.URL) string {
	for _, c := range []string{m.canonical, m.tag("og:url")} {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if u, err := base.Parse(c); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
			u.Fragment = ""
			return u.String()
		}
	}
	return ""
}

// excerpt is the page's description, else its first paragraph, cut at
// about 300 bytes.
func excerpt(m meta, text string) string {
	e := m.tag("og:description", "description", "twitter:description")
	if e == "" {
		e, _, _ = strings.Cut(text, "\n\n")
	}
	return truncate(e, 300)
}

// bylinePrefix is the word that introduces an author's name.
var bylinePrefix = regexp.MustCompile(`(?i)^(par|by|di|von|por|door|de)\s+`)

// authorSelector finds the elements that name an article's author.
const authorSelector = `[rel="author"], [itemprop~="author"] [itemprop="name"], [itemprop~="author"], .byline, .author, .authorname, .author-name, .auteur, .signature`

// bylineAuthor is the name in the first author element outside
// boilerplate, when it is short enough to be a name.
func bylineAuthor(doc *goquery.Document) string {
	var name string
	doc.Find(authorSelector).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t := clean(s.Text())
		if t == "" || len(t) > 80 || hasYear.MatchString(t) || inBoilerplate(s) {
			return true
		}
		name = t
		return false
	})
	return name
}

// authors reads JSON-LD, meta tags and the byline, in that order.
func authors(m meta, byline string) []string {
	var names []string
	for _, o := range m.jsonld {
		names = append(names, ldNames(o["author"])...)
	}
	if len(names) == 0 {
		if a := m.tag("author", "article:author", "article:author_name", "dc.creator", "byl", "sailthru.author", "parsely-author"); a != "" && !strings.Contains(a, "://") {
			names = append(names, a)
		}
	}
	if len(names) == 0 && byline != "" && len(byline) < 100 && !hasYear.MatchString(byline) {
		names = append(names, byline)
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(bylinePrefix.ReplaceAllString(clean(n), ""))
		if n != "" && !seen[strings.ToLower(n)] {
			seen[strings.ToLower(n)] = true
			out = append(out, n)
		}
	}
	return out
}

// cloneWithTwin deep-copies the tree at n and points *mark at the copy of
// the node it pointed at.
func cloneWithTwin(n *html.Node, mark **html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace,
		Attr: append([]html.Attribute(nil), n.Attr...)}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(cloneWithTwin(ch, mark))
	}
	if *mark == n {
		*mark = c
	}
	return c
}
