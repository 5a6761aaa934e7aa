package pagetrim

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// shortCode is the length, white space collapsed, up to which a script or
// style is kept as it is. Extraction reads the text of byline-like elements
// up to 300 bytes, scripts included (extract.maxSnippet); a longer code makes
// such a text too long with or without its mask, which is as long as it.
const shortCode = 300

// maskText returns the text of a script or style as it is stored: its code,
// when longer than shortCode, replaced by as many "x" between the same
// leading and trailing white space, so that every text length extraction
// measures stays the same.
func maskText(s string) string {
	body := strings.TrimSpace(s)
	if len(body) <= shortCode || collapsedLen(body) <= shortCode {
		return s
	}
	lead := strings.Index(s, body)
	return s[:lead] + strings.Repeat("x", len(body)) + s[lead+len(body):]
}

// collapsedLen is the length of s trimmed, its white space collapsed to
// one space, as extraction cleans a text: len(strings.Join(strings.Fields(s),
// " ")), without building it.
func collapsedLen(s string) int {
	n, space := 0, false
	s = strings.TrimSpace(s)
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			n++
			space = false
		}
		n += size
	}
	return n
}

// isCode tells the elements whose text maskText may replace: scripts, except
// JSON-LD which extraction reads, and styles.
func isCode(tag, typ string) bool {
	return tag == "style" || tag == "script" && !strings.Contains(strings.ToLower(typ), "ld+json")
}

// keepsAll are the HTML elements whose attributes all stay: readability
// reads any attribute of images and figures for a lazy image's URL and of
// embeds for a video's, and meta, link and time carry metadata.
var keepsAll = map[string]bool{"img": true, "picture": true, "figure": true, "source": true,
	"video": true, "audio": true, "iframe": true, "embed": true, "object": true, "param": true,
	"meta": true, "link": true, "time": true, "input": true, "base": true}

// svgKeeps are the attributes an SVG element keeps: those extraction or
// readability read on any element. Its geometry goes.
var svgKeeps = map[string]bool{"class": true, "id": true, "itemprop": true, "role": true,
	"hidden": true, "aria-hidden": true, "aria-modal": true, "href": true, "xlink:href": true,
	"lang": true, "rel": true}

// dropped are attributes of HTML elements no reader of the page looks at.
var dropped = map[string]bool{"srcset": true, "sizes": true, "title": true, "target": true,
	"tabindex": true, "loading": true, "decoding": true, "fetchpriority": true, "integrity": true,
	"nonce": true, "crossorigin": true, "referrerpolicy": true, "autocomplete": true}

// hides matches the styles readability reads to skip hidden elements.
var hides = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)

// keepAttrs returns the attributes of element tag (in SVG when svg) that
// are stored, with the values stored. It reuses attrs' array.
func keepAttrs(tag string, svg bool, attrs []html.Attribute) []html.Attribute {
	canonical := false // a link's target is read only when it is the canonical URL
	for _, a := range attrs {
		canonical = canonical || a.Key == "rel" && strings.Contains(strings.ToLower(a.Val), "canonical")
	}
	kept := attrs[:0]
	for _, a := range attrs {
		v, ok := keepAttr(tag, svg, a.Key, a.Val)
		if ok && (tag != "link" || a.Key != "href" || canonical) {
			a.Val = v
			kept = append(kept, a)
		}
	}
	return kept
}

// keepAttr returns what is stored of attribute key=val of element tag (in
// SVG when svg), and false when it is dropped.
func keepAttr(tag string, svg bool, key, val string) (string, bool) {
	key = strings.ToLower(key)
	switch {
	case tag == "a" && (key == "href" || key == "xlink:href"):
		return linkKind(val), true
	case keepsAll[tag] && !svg:
		return val, true
	case key == "style":
		return val, hides.MatchString(val)
	case svg:
		return val, svgKeeps[key]
	case tag == "script":
		return val, scriptKeeps[key]
	case key == "aria-hidden" || key == "aria-modal":
		return val, true
	case strings.HasPrefix(key, "data-"), strings.HasPrefix(key, "on"), strings.HasPrefix(key, "aria-"),
		strings.HasPrefix(key, "xmlns"):
		return val, false
	}
	return val, !dropped[key]
}

// scriptKeeps are the attributes a script keeps: its type tells JSON-LD,
// and extraction reads class, id and itemprop on any element.
var scriptKeeps = map[string]bool{"type": true, "class": true, "id": true, "itemprop": true}

// linkKind is what readability reads of a link's target, standing for it:
// a link to the same page ("#…") weighs less in its link density, and a
// javascript: link is replaced by its text.
func linkKind(href string) string {
	switch t := strings.TrimSpace(href); {
	case strings.HasPrefix(href, "javascript:"):
		return "javascript:"
	case len(t) > 1 && t[0] == '#':
		return "#_"
	}
	return ""
}
