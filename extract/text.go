package extract

import (
	"log/slog"
	"net/url"
	"regexp"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/vigie-news/vigie/internal/fold"
	"golang.org/x/net/html"
)

// noiseToken matches one class or id token of a block that is not the
// article's own text: comments, related links, share bars and the like.
var noiseToken = regexp.MustCompile(`(?i)(^|[-_])(comments?|commentaires?|reactions?|kommentare?|commenti|comentarios?|related|similaires?|lire-?aussi|a-?lire|voir-?aussi|read-?more|more-?on|also-?read|sidebar|widgets?|trending|popular|plus-?lus|most-?read|newsletter|share|sharing|partage|social|cookies?|consent|promo|sponsored?|advert|ads?|outbrain|taboola|breadcrumbs?|fil-?ariane|tags|menu|subscribe|abonnement)($|[-_])`)

// noiseTag are elements that never hold article text.
var noiseTag = map[string]bool{"aside": true, "nav": true, "footer": true, "form": true, "script": true,
	"style": true, "noscript": true, "iframe": true, "button": true, "template": true, "svg": true}

// removeNoise deletes boilerplate from doc, sparing the elements that hold
// the headline or most of the page's text, in case a class is misleading.
func removeNoise(doc *html.Node, keep *html.Node, total int) {
	var doomed []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && isNoise(c) && !isDescendant(keep, c) && textLen(c)*2 < total {
				doomed = append(doomed, c)
				continue
			}
			walk(c)
		}
	}
	walk(doc)
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

// consentWord names a cookie or consent banner inside a compound class
// ("cookiebar", "cookieNotice", "gdprBanner").
var consentWord = regexp.MustCompile(`(?i)^(cookie|consent|gdpr|rgpd)`)

func isNoise(n *html.Node) bool {
	if noiseTag[n.Data] {
		return true
	}
	if n.Data == "body" || n.Data == "html" || n.Data == "main" || n.Data == "article" {
		return false
	}
	if uiBox(n) {
		return true
	}
	for _, tok := range strings.Fields(attr(n, "class") + " " + attr(n, "id")) {
		low := strings.ToLower(tok)
		if strings.HasPrefix(low, "has-") || strings.HasPrefix(low, "no-") || strings.HasPrefix(low, "with-") {
			continue
		}
		if noiseToken.MatchString(tok) || consentWord.MatchString(tok) {
			return true
		}
	}
	return false
}

// uiBox: a short block holding a control ("Nous utilisons des traceurs…
// <button>Accepter</button>", "Recevez notre lettre <input>"): a consent
// banner or a sign-up box whatever its class, never the story's prose.
func uiBox(n *html.Node) bool {
	if n.Data != "div" && n.Data != "section" && n.Data != "p" {
		return false
	}
	text, control := 0, false
	return shortControl(n, &text, &control) && control
}

// shortControl walks n until its text reaches 300 bytes (false: no short
// block), noting whether a button, a text field or a list box stands
// under it. It stops early, as every block of a page is asked.
func shortControl(n *html.Node, text *int, control *bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if *text += len(strings.TrimSpace(c.Data)); *text >= 300 {
				return false
			}
		case c.Type == html.ElementNode && (c.Data == "button" || c.Data == "input" && attr(c, "type") != "hidden" || c.Data == "select" || c.Data == "textarea"):
			*control = true
		}
		if c.FirstChild != nil && !shortControl(c, text, control) {
			return false
		}
	}
	return true
}

func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += textLen(c)
	}
	return total
}

// mainText runs readability on doc and renders its result as paragraphs;
// density is the share of that text inside links. With own, doc is a copy
// readability may change; otherwise it reads a copy of its own.
func mainText(doc *html.Node, pageURL *url.URL, own bool) (text, byline string, density float64) {
	p := readability.NewParser()
	p.Logger = quiet
	var art readability.Article
	var err error
	if own {
		art, err = p.ParseAndMutate(doc, pageURL)
	} else {
		art, err = p.ParseDocument(doc, pageURL)
	}
	if err != nil || art.Node == nil {
		return "", "", 0
	}
	if total := textLen(art.Node); total > 0 {
		density = float64(linkTextLen(art.Node)) / float64(total)
	}
	return paragraphs(art.Node), art.Byline(), density
}

// quiet drops readability's debug log, which its default logger formats
// to throw away (1 % of the analysis).
var quiet = slog.New(slog.DiscardHandler)

// linkTextLen is the length of the text inside links under n.
func linkTextLen(n *html.Node) int {
	if n.Type == html.ElementNode && n.Data == "a" {
		return textLen(n)
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += linkTextLen(c)
	}
	return total
}

// block elements end a paragraph.
var block = map[string]bool{"p": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "pre": true, "td": true, "th": true,
	"section": true, "article": true, "figure": true, "figcaption": true, "ul": true, "ol": true,
	"table": true, "tr": true, "dd": true, "dt": true, "header": true, "br": true, "hr": true}

// paragraphs renders n's text, one paragraph per block, blank lines
// between them. A paragraph seen before (a scraped copy that repeats the
// whole story) is left out.
func paragraphs(n *html.Node) string {
	var (
		out  []string
		cur  strings.Builder
		seen = map[string]bool{}
	)
	flush := func() {
		p := clean(cur.String())
		cur.Reset()
		if p == "" {
			return
		}
		key := fold.String(p)
		if seen[key] && strings.Count(key, " ") >= 3 || len(p) < 160 && (strings.Contains(p, "©") || copyrightLine(key)) {
			return // a scraped copy's paragraph; the site's copyright line
		}
		seen[key] = true
		out = append(out, p)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
		case n.Type == html.ElementNode && noiseTag[n.Data]:
			return
		case n.Type == html.ElementNode && block[n.Data]:
			flush()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			flush()
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return strings.Join(dropBylines(out), "\n\n")
}

// copyrightLine: a folded paragraph is a site's copyright notice ("The
// County Hall Courier All rights reserved", "Tous droits réservés"), as
// one holding "©" is: never the story's.
func copyrightLine(folded string) bool {
	for _, w := range copyrightWords {
		if strings.Contains(folded, w) {
			return true
		}
	}
	return false
}

var copyrightWords = []string{"all rights reserved", "tous droits reserves", "alle rechte vorbehalten", "riproduzione riservata",
	"tutti i diritti riservati", "todos los derechos reservados", "alle rechten voorbehouden"}

// dateLine: a short line giving a day and a year, a page's date.
func dateLine(p string) bool { return len(p) < 100 && hasYear.MatchString(p) && hasDay.MatchString(p) }

// dropBylines removes the byline and date lines that open a text: they
// are metadata, read elsewhere, not the story.
func dropBylines(ps []string) []string {
	for len(ps) > 1 && (len(ps[0]) < 100 && bylinePrefix.MatchString(ps[0]) || dateLine(ps[0])) {
		ps = ps[1:]
	}
	return ps
}

// standfirst is the sentence a page sets right under its headline, as a
// heading of its own ("<h2 class=\"sommario\">Via libera del consiglio
// comunale di Udine: la somma copre le spese…</h2>"), when readability
// left it out of text: the story's summary, often the only line naming
// its body. Two elements at most are looked at after the headline, in
// document order; one whose text is already in text ends the search.
func standfirst(h1 *html.Node, text string) string {
	if h1 == nil {
		return ""
	}
	folded := "" // text folded, once, when a raw comparison does not settle it
	n := h1
	for range 2 {
		n = nextElement(n)
		if n == nil {
			return ""
		}
		p := clean(nodeText(n))
		if p == "" {
			continue
		}
		if len(p) > 600 || strings.Contains(text, p) {
			return "" // the body has begun
		}
		if folded == "" {
			folded = fold.String(text)
		}
		if strings.Contains(folded, fold.String(p)) {
			return "" // the same, but for quotes and punctuation
		}
		if isNoise(n) || dateLine(p) {
			continue // a byline or a date line
		}
		if (n.Data == "h2" || n.Data == "h3" || n.Data == "p" || n.Data == "div") && len(p) >= 40 && strings.Count(p, " ") >= 6 {
			if !strings.ContainsAny(p[len(p)-1:], ".!?…»\"") {
				p += "."
			}
			return p
		}
	}
	return ""
}

// nextElement is the element after n in document order, its own
// children aside: its next sibling, or its parent's.
func nextElement(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode {
				return s
			}
		}
	}
	return nil
}

// nodeText is the text under n.
func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c))
		if c.Type == html.ElementNode && block[c.Data] {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
