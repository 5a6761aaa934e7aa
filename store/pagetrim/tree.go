package pagetrim

import (
	"bytes"
	"slices"

	"golang.org/x/net/html"
)

// sameTree tells whether trimmed parses, as extraction parses a page, to
// the tree of page but for what Trim means to drop: the same nodes in the
// same places, the same text but in long code, which is masked, the same
// attributes but those keepAttr drops, and comments emptied.
func sameTree(page, trimmed []byte) bool {
	a, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return false
	}
	b, err := html.Parse(bytes.NewReader(trimmed))
	if err != nil {
		return false
	}
	return sameNode(a, b, false)
}

// sameNode compares the subtrees of a (the page) and b (trimmed); code says
// that a's text is a script's or a style's.
func sameNode(a, b *html.Node, code bool) bool {
	if a.Type != b.Type {
		return false
	}
	switch a.Type {
	case html.CommentNode:
		return b.Data == "" || b.Data == a.Data
	case html.TextNode:
		return code && b.Data == maskText(a.Data) || !code && b.Data == a.Data
	case html.ElementNode:
		code = a.Namespace == "" && isCode(a.Data, attrVal(a, "type"))
	}
	if a.Data != b.Data || a.Namespace != b.Namespace || a.DataAtom != b.DataAtom ||
		!slices.Equal(keptAttrs(a), flatAttrs(b.Attr)) {
		return false
	}
	ca, cb := a.FirstChild, b.FirstChild
	for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
		if !sameNode(ca, cb, code) {
			return false
		}
	}
	return ca == nil && cb == nil
}

// keptAttrs are the attributes of n that Trim keeps, as it keeps them;
// outside elements, all of them (a doctype's).
func keptAttrs(n *html.Node) []html.Attribute {
	if n.Type != html.ElementNode {
		return n.Attr
	}
	return keepAttrs(n.Data, n.Namespace == "svg", flatAttrs(n.Attr))
}

// flatAttrs copies attrs with their namespace back in their key, as the
// tokenizer reads them: the parser splits xlink:href and the like.
func flatAttrs(attrs []html.Attribute) []html.Attribute {
	out := make([]html.Attribute, len(attrs))
	for i, a := range attrs {
		if a.Namespace != "" {
			a.Key, a.Namespace = a.Namespace+":"+a.Key, ""
		}
		out[i] = a
	}
	return out
}

// attrVal is the value of n's attribute key, or "".
func attrVal(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
