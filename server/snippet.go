package server

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/vigie-news/vigie"
)

// fold returns s without accents, in lower case, dashes and apostrophes
// read as spaces: how the index compares words.
func fold(s string) string {
	out := s
	if !isASCII(s) { // most words: no accent to remove, no transformer to build
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		var err error
		if out, _, err = transform.String(t, s); err != nil {
			out = s
		}
	}
	return strings.ToLower(strings.Join(strings.FieldsFunc(out, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " "))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldEqual reports whether a and b are the same words but for case,
// accents and punctuation: "Île-de-France" and "ile de france".
func foldEqual(a, b string) bool { return fold(a) == fold(b) }

// QueryWords returns the folded words of a query that must match: not
// excluded, without quotes or a trailing *.
func QueryWords(q string) []string {
	var out []string
	for _, w := range strings.Fields(q) {
		if strings.HasPrefix(w, "-") {
			continue
		}
		w = strings.Trim(w, `"*`)
		out = append(out, strings.Fields(fold(w))...)
	}
	return out
}

// Snippet returns the first passage of in (title, summary, then its
// articles' titles) holding a word of the query, HTML-escaped with the
// words that start with a query word in <mark>; "" when none does.
func Snippet(in *vigie.Incident, words []string) string {
	if len(words) == 0 {
		return ""
	}
	passages := []string{in.Summary, in.Title}
	for _, e := range in.Evidence {
		passages = append(passages, e.Sentence)
	}
	for _, s := range in.Sources {
		passages = append(passages, s.Title)
	}
	for _, p := range passages {
		if out, ok := mark(p, words); ok {
			return out
		}
	}
	return ""
}

// mark escapes s and wraps in <mark> each of its words whose folded form
// starts with one of words; false when none does.
func mark(s string, words []string) (string, bool) {
	var b strings.Builder
	found := false
	for _, tok := range splitWords(s) {
		hit := false
		if f := fold(tok); f != "" {
			for _, w := range words {
				if strings.HasPrefix(f, w) || strings.HasPrefix(w, f) && len(f) >= 4 {
					hit = true
					break
				}
			}
		}
		if hit {
			found = true
			b.WriteString("<mark>" + html.EscapeString(tok) + "</mark>")
		} else {
			b.WriteString(html.EscapeString(tok))
		}
	}
	return b.String(), found
}

// splitWords cuts s into runs of letters and digits and runs of anything
// else, so that joining them gives s back.
func splitWords(s string) []string {
	var out []string
	start, inWord := 0, false
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if i > 0 && w != inWord {
			out = append(out, s[start:i])
			start = i
		}
		inWord = w
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
