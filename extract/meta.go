package extract

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// meta is what a page says of itself in its markup.
type meta struct {
	tags      map[string]string // meta name/property/itemprop (lowercased) -> first content
	jsonld    []map[string]any  // objects of an article type, outermost first
	htmlLang  string
	canonical string
	title     string // <title>
}

// articleTypes are the schema.org types that describe an article.
var articleTypes = []string{"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
	"blogposting", "liveblogposting", "socialmediaposting", "discussionforumposting", "scholarlyarticle",
	"techarticle", "report", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
	"askpublicnewsarticle", "satiricalarticle", "advertisercontentarticle"}

func readMeta(doc *goquery.Document) meta {
	m := meta{tags: map[string]string{}}
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		content, ok := s.Attr("content")
		if !ok {
			return
		}
		for _, attr := range []string{"property", "name", "itemprop", "http-equiv"} {
			if k, ok := s.Attr(attr); ok {
				k = strings.ToLower(strings.TrimSpace(k))
				if _, dup := m.tags[k]; !dup && strings.TrimSpace(content) != "" {
					m.tags[k] = strings.TrimSpace(content)
				}
			}
		}
	})
	m.htmlLang, _ = doc.Find("html").First().Attr("lang")
	m.canonical, _ = doc.Find(`link[rel~="canonical"]`).First().Attr("href")
	m.title = clean(doc.Find("head title").First().Text())
	if m.title == "" {
		m.title = clean(doc.Find("title").First().Text())
	}
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(stripCDATA(s.Text())), &v) == nil {
			m.jsonld = append(m.jsonld, articleObjects(v)...)
		}
	})
	return m
}

// articleObjects finds the JSON-LD objects of an article type in v, through
// arrays and @graph.
func articleObjects(v any) []map[string]any {
	var out []map[string]any
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			out = append(out, articleObjects(e)...)
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			out = append(out, x)
		}
		if g, ok := x["@graph"]; ok {
			out = append(out, articleObjects(g)...)
		}
	}
	return out
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		for _, a := range articleTypes {
			if strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(x, "http://schema.org/"), "https://schema.org/"), a) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// cdata matches the wrappers some pages put around a script's content.
var cdata = regexp.MustCompile(`^\s*(/\*\s*|//\s*)?<!\[CDATA\[(\s*\*/)?|(/\*\s*|//\s*)?\]\]>(\s*\*/)?\s*$`)

func stripCDATA(s string) string { return strings.TrimSpace(cdata.ReplaceAllString(s, "")) }

// ld returns the first string value of key among the article objects.
func (m meta) ld(key string) string {
	for _, o := range m.jsonld {
		if s := ldString(o[key]); s != "" {
			return s
		}
	}
	return ""
}

// ldString reads a JSON-LD value that may be a string, an object with a
// name or @value, or a list of them.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return clean(x)
	case map[string]any:
		for _, k := range []string{"name", "@value", "alternateName"} {
			if s := ldString(x[k]); s != "" {
				return s
			}
		}
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldNames reads every name in a JSON-LD value (authors).
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if s := clean(x); s != "" {
			return []string{s}
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}

// tag returns the first non-empty tag among keys.
func (m meta) tag(keys ...string) string {
	for _, k := range keys {
		if v := m.tags[k]; v != "" {
			return v
		}
	}
	return ""
}

// clean collapses white space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
