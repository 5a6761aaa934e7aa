package pagetrim

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// partNames are the kinds of bytes partsOf sorts a page into, in the order
// BenchmarkPageParts reports them.
var partNames = []string{"script", "json-ld", "style", "svg", "comment", "noscript",
	"attr-style", "attr-data", "attr-srcset", "attr-class-id", "attr-href-src", "attr-other",
	"whitespace", "text", "markup"}

// partsOf counts the bytes of page by what they are: the content of inline
// scripts (JSON-LD apart), styles and noscripts, whole SVG elements,
// comments, attributes by kind (about their key, value, quotes and space),
// white space between tags, text, and the rest of the markup.
func partsOf(page []byte) map[string]int {
	out := map[string]int{}
	z := html.NewTokenizer(bytes.NewReader(page))
	var inRaw string // the raw-text element the text is in
	svg := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		raw := len(z.Raw())
		tok := z.Token()
		switch {
		case svg > 0 || tt == html.StartTagToken && tok.Data == "svg":
			out["svg"] += raw
			if tok.Data == "svg" && tt == html.StartTagToken {
				svg++
			} else if tok.Data == "svg" && tt == html.EndTagToken {
				svg--
			}
		case tt == html.CommentToken:
			out["comment"] += raw
		case tt == html.TextToken && inRaw != "":
			out[inRaw] += raw
		case tt == html.TextToken && strings.TrimSpace(tok.Data) == "":
			out["whitespace"] += raw
		case tt == html.TextToken:
			out["text"] += raw
		case tt == html.StartTagToken || tt == html.SelfClosingTagToken:
			out["markup"] += raw - attrParts(tok.Attr, out)
		default:
			out["markup"] += raw
		}
		inRaw = rawKind(tt, tok)
	}
}

// rawKind is the part the text after tok belongs to, or "".
func rawKind(tt html.TokenType, tok html.Token) string {
	if tt != html.StartTagToken {
		return ""
	}
	switch tok.Data {
	case "script":
		for _, a := range tok.Attr {
			if a.Key == "type" && strings.Contains(strings.ToLower(a.Val), "ld+json") {
				return "json-ld"
			}
		}
		return "script"
	case "style", "noscript":
		return tok.Data
	}
	return ""
}

// attrParts adds the bytes of attrs to out by kind and returns their sum.
func attrParts(attrs []html.Attribute, out map[string]int) int {
	sum := 0
	for _, a := range attrs {
		n := len(a.Key) + len(a.Val) + 4
		sum += n
		switch {
		case a.Key == "style":
			out["attr-style"] += n
		case strings.HasPrefix(a.Key, "data-"):
			out["attr-data"] += n
		case a.Key == "srcset" || a.Key == "sizes":
			out["attr-srcset"] += n
		case a.Key == "class" || a.Key == "id":
			out["attr-class-id"] += n
		case a.Key == "href" || a.Key == "src":
			out["attr-href-src"] += n
		default:
			out["attr-other"] += n
		}
	}
	return sum
}
