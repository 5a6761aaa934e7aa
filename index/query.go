package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-news/vigie"
)

// maxQueryLen bounds the length of a query in bytes.
const maxQueryLen = 1000

// termKind says how a query term matches.
type termKind uint8

// The kinds of term of the query language.
const (
	kindWord   termKind = iota // word: folded or stemmed
	kindPhrase                 // "quoted phrase": folded words in a row
	kindPrefix                 // prefix*: folded words starting so
)

// term is one element of a parsed query.
type term struct {
	Kind    termKind
	Text    string // as typed, without quotes, leading - or trailing *
	Exclude bool   // prefixed with -
}

// parseQuery splits q into terms (see the package documentation). It checks
// only the syntax: terms may still hold no word once analyzed, or be empty.
func parseQuery(q string) ([]term, error) {
	if len(q) > maxQueryLen {
		return nil, vigie.Errorf(vigie.EINVALID, "The query is too long (%d bytes, at most %d).", len(q), maxQueryLen)
	} else if !utf8.ValidString(q) {
		return nil, vigie.Errorf(vigie.EINVALID, "The query is not valid UTF-8.")
	}
	var terms []term
	for s := q; ; {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			return terms, nil
		}
		t, rest, err := nextTerm(s)
		if err != nil {
			return nil, err
		}
		terms = append(terms, t)
		s = rest
	}
}

// nextTerm reads the term s starts with and returns it with the rest of s.
func nextTerm(s string) (term, string, error) {
	var t term
	if len(s) > 1 && s[0] == '-' {
		t.Exclude, s = true, s[1:]
	}
	if s[0] == '"' {
		end := strings.IndexByte(s[1:], '"')
		if end < 0 {
			return t, "", vigie.Errorf(vigie.EINVALID, "The query has an unbalanced quote.")
		}
		t.Kind, t.Text = kindPhrase, strings.TrimSpace(s[1:1+end])
		return t, s[end+2:], nil
	}
	end := strings.IndexFunc(s, func(r rune) bool { return r == '"' || unicode.IsSpace(r) })
	if end < 0 {
		end = len(s)
	}
	t.Text = s[:end]
	if w := strings.TrimRight(t.Text, "*"); w != t.Text {
		t.Kind, t.Text = kindPrefix, w
		if w == "" {
			return t, "", vigie.Errorf(vigie.EINVALID, "The query has a * with no prefix before it.")
		}
	}
	return t, s[end:], nil
}
