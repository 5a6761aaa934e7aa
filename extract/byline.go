package extract

import (
	"iter"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/vigie-news/vigie"
	"golang.org/x/net/html"
)

// bylineClass matches the class, id or itemprop of elements that hold a
// byline, a date or a dateline, in the languages of our sources.
var bylineClass = regexp.MustCompile(`(?i)date|time|byline|posted|publi|meta|signature|dateline|edition|info|auteur|author|datum|data|fecha|autore`)

// maxSnippet bounds the text read for one byline candidate.
const maxSnippet = 300

// bylineDate finds the publication date a reader sees: in <time> elements,
// in elements whose class says they hold a byline or a date, then in the
// words that follow the headline (a dateline). Boilerplate is skipped.
func bylineDate(doc *goquery.Document, h1 *html.Node, lang string, loc *time.Location) (vigie.Timestamp, bool) {
	for _, snippet := range bylineSnippets(doc, h1) {
		if t, ok := visibleDate(snippet, lang, loc); ok {
			return t, true
		}
	}
	return vigie.Timestamp{}, false
}

// updatedDate is the date a page shows only as its update ("Aktualisiert:
// 07.03.2023, 17:20 Uhr"), when it shows no other: the closest a reader
// gets to when it came out.
func updatedDate(doc *goquery.Document, h1 *html.Node, lang string, loc *time.Location) (vigie.Timestamp, bool) {
	for _, snippet := range bylineSnippets(doc, h1) {
		if t, ok := visibleDate(updatedWords.ReplaceAllString(snippet, ""), lang, loc); ok {
			return t, true
		}
	}
	return vigie.Timestamp{}, false
}

// bylineSnippets returns the texts that may hold the publication date:
// <time> elements and byline-like elements, nearest the headline first
// (those above it count double their distance), then the words right
// after the headline.
func bylineSnippets(doc *goquery.Document, h1 *html.Node) []string {
	type cand struct {
		text string
		dist int
	}
	var cands []cand
	h1pos, last := -1, 0
	doc.Find("body *").Each(func(i int, s *goquery.Selection) {
		last = i
		if h1pos < 0 && s.Nodes[0] == h1 {
			h1pos = i
		}
		if !isBylineElement(s) || isModified(s) || inBoilerplate(s) {
			return
		}
		if t := spacedText(s.Nodes[0]); len(t) <= maxSnippet && hasYear.MatchString(t) {
			cands = append(cands, cand{t, i})
		}
	})
	switch {
	case h1 == nil:
		h1pos = 0
	case h1pos < 0: // a headline outside <body>: the walk ends at the last element
		h1pos = last
	}
	for i := range cands {
		if d := cands[i].dist - h1pos; d >= 0 {
			cands[i].dist = d
		} else {
			cands[i].dist = -2 * d
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return a.dist - b.dist })
	var out []string
	for _, c := range cands {
		out = append(out, c.text)
	}
	if h1 != nil {
		if t := firstBlockAfter(h1); len(t) <= maxSnippet && hasYear.MatchString(t) {
			out = append(out, t) // "Lena Hoffmann – Veröffentlicht: 29.01.2024, 16:40 Uhr" alone: the lead after it is no part of its time
		}
		out = append(out, truncate(textAfter(h1, maxSnippet), maxSnippet))
	}
	return out
}

// firstBlockAfter is the text of the element holding the first words
// after node, in document order.
func firstBlockAfter(node *html.Node) string {
	for t := range textNodesAfter(node) {
		if strings.TrimSpace(t.Data) != "" && t.Parent != nil {
			return spacedText(t.Parent)
		}
	}
	return ""
}

func isBylineElement(s *goquery.Selection) bool {
	if goquery.NodeName(s) == "time" {
		return true
	}
	cls, _ := s.Attr("class")
	id, _ := s.Attr("id")
	prop, _ := s.Attr("itemprop")
	return bylineClass.MatchString(cls + " " + id + " " + prop)
}

// inBoilerplate reports whether s sits in a block that is not the article.
func inBoilerplate(s *goquery.Selection) bool {
	inHeader, inArticle := false, false
	for n := s.Nodes[0]; n != nil; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "header":
			inHeader = inHeader || isSiteHeader(n)
		case "article", "main":
			inArticle = true
		case "form": // some sites wrap the whole page in one
			continue
		}
		if isNoise(n) {
			return true
		}
	}
	// A site header (today's date, the menu) is not the article's header.
	return inHeader && !inArticle
}

// headlines are the page's elements of the tag (h1, h2) outside
// boilerplate.
func headlines(doc *goquery.Document, tag string) []*html.Node {
	var out []*html.Node
	doc.Find(tag).Each(func(_ int, s *goquery.Selection) {
		if clean(s.Text()) != "" && !inBoilerplate(s) {
			out = append(out, s.Nodes[0])
		}
	})
	return out
}

// textAfter collects up to n bytes of the text that follows node in
// document order, one space between text nodes.
func textAfter(node *html.Node, n int) string {
	var b strings.Builder
	for t := range textNodesAfter(node) {
		if b.Len() >= n {
			break
		}
		b.WriteString(t.Data)
		b.WriteByte(' ')
	}
	return b.String()
}

// textNodesAfter yields the text nodes that follow node in document
// order, outside scripts and styles.
func textNodesAfter(node *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		for cur := next(node, true); cur != nil; cur = next(cur, false) {
			if cur.Type == html.ElementNode && (cur.Data == "script" || cur.Data == "style") {
				cur = skip(cur)
				continue
			}
			if cur.Type == html.TextNode && !yield(cur) {
				return
			}
		}
	}
}

// next walks the tree in document order; skipChildren leaves n's subtree.
func next(n *html.Node, skipChildren bool) *html.Node {
	if !skipChildren && n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// skip returns the last node of n's subtree, so that next goes past it.
func skip(n *html.Node) *html.Node {
	for n.LastChild != nil {
		n = n.LastChild
	}
	return n
}

// spacedText is the text of n with a space between its text nodes, so
// that "16:47<br>Bijgewerkt" does not read as "16:47Bijgewerkt".
func spacedText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return clean(b.String())
}

// isSiteHeader tells the page's banner from an article's header: it sits
// right under <body> or holds the navigation.
func isSiteHeader(n *html.Node) bool {
	if n.Parent != nil && n.Parent.Data == "body" {
		return true
	}
	for c := next(n, false); c != nil && c != n && isDescendant(c, n); c = next(c, false) {
		if c.Type == html.ElementNode && c.Data == "nav" {
			return true
		}
	}
	return false
}

func isDescendant(c, n *html.Node) bool {
	for ; c != nil; c = c.Parent {
		if c == n {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func truncate(s string, n int) string {
	s = clean(s)
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
