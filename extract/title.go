package extract

import (
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/vigie-news/vigie/internal/fold"
	"golang.org/x/net/html"
)

// titleSeparators split a <title> into the headline and the site's name.
var titleSeparators = regexp.MustCompile(`\s+(\||-|–|—|·|•|»|::)\s+`)

// title returns the headline a reader sees and the <h1> that shows it:
// the first <h1> that the metadata's titles confirm (an <h2> on a page
// without <h1>); else the first <h1> that
// reads like a headline and is not the site's name; else the metadata's
// title without the site's name. The <h1> is nil when none was chosen.
func title(doc *goquery.Document, m meta, siteNames []string) (string, *html.Node) {
	metas := nonEmpty(m.ld("headline"), m.tag("og:title", "twitter:title"), m.title)
	h1s := headlines(doc, "h1")
	candidates := h1s
	if len(h1s) == 0 {
		candidates = headlines(doc, "h2") // a page whose headline is an <h2>, which the metadata confirm
	}
	for _, h := range candidates {
		fh := fold.String(textOf(h))
		if namesSite(textOf(h), siteNames) && len(strings.Fields(fh)) <= 4 {
			continue // a logo, which the <title> names too
		}
		for _, t := range metas {
			if fh != "" && strings.Contains(fold.String(t), fh) && len(strings.Fields(fh)) >= 3 {
				return clean(textOf(h)), h
			}
		}
	}
	for _, h := range h1s {
		if t := clean(textOf(h)); (len(strings.Fields(t)) >= 4 || len(metas) == 0) && !namesSite(t, siteNames) {
			return t, h
		}
	}
	for _, t := range metas {
		if t = stripSiteName(t, siteNames); t != "" {
			return t, nil
		}
	}
	if len(h1s) > 0 {
		return clean(textOf(h1s[0])), h1s[0]
	}
	return "", nil
}

// namesSite tells a logo in an <h1> ("Archive of Our Own beta") from a
// headline: it holds the site's name.
func namesSite(t string, siteNames []string) bool {
	ft := " " + fold.String(t) + " "
	for _, n := range siteNames {
		if fn := fold.String(n); len(fn) >= 3 && strings.Contains(ft, " "+fn+" ") {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string { return goquery.NewDocumentFromNode(n).Text() }

// stripSiteName removes the site's name from the start or the end of a
// title; when neither names the site, a title split in two keeps its first
// part if it reads like a headline.
func stripSiteName(t string, siteNames []string) string {
	seps := titleSeparators.FindAllStringIndex(t, -1)
	if len(seps) == 0 {
		return t
	}
	first, last := seps[0], seps[len(seps)-1]
	switch {
	case isSiteName(t[last[1]:], siteNames):
		return strings.TrimSpace(t[:last[0]])
	case isSiteName(t[:first[0]], siteNames):
		return strings.TrimSpace(t[first[1]:])
	case len(strings.Fields(t[:last[0]])) >= 4:
		return strings.TrimSpace(t[:last[0]])
	}
	return t
}

func isSiteName(part string, siteNames []string) bool {
	fp := strings.ReplaceAll(fold.String(part), " ", "")
	for _, n := range siteNames {
		fn := strings.ReplaceAll(fold.String(n), " ", "")
		if fn != "" && (fp == fn || strings.TrimPrefix(fp, "the") == strings.TrimPrefix(fn, "the") ||
			strings.TrimPrefix(fp, "www") == fn) {
			return true
		}
	}
	return false
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = clean(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
