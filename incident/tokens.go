package incident

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-news/vigie/internal/fold"
)

// token is a word or a punctuation mark of a sentence.
type token struct {
	Text       string // as written
	Fold       string // folded: lower case, no accents
	Start, End int    // byte offsets in the sentence
	Upper      bool   // starts with a capital letter or a digit
	Punct      bool
}

// tokenize cuts s into words (letters, digits and inner hyphens) and
// punctuation. An elided article or preposition ("d'", "l'", "qu'") is a
// word of its own, apostrophe included.
func tokenize(s string) []token {
	out := make([]token, 0, len(s)/6+2) // a word and its space are six bytes on average
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := wordEnd(s, i)
			out = append(out, word(s, i, j))
			i = j
		default:
			out = append(out, token{Text: s[i : i+size], Fold: s[i : i+size], Start: i, End: i + size, Punct: true})
			i += size
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordEnd finds where the word starting at i ends: letters and digits,
// with inner hyphens; an apostrophe ends the word and stays with it.
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case isWordRune(r):
			j += size
		case r == '-' || r == '‑':
			if k := j + size; k < len(s) {
				if n, _ := utf8.DecodeRuneInString(s[k:]); isWordRune(n) {
					j = k
					continue
				}
			}
			return j
		case r == '\'' || r == '’':
			if possessive(s[j+size:]) {
				return j // "county's": the word is "county"
			}
			return j + size
		case r == '.' && abbreviatedSaint[s[i:j]] && capitalAfterSpace(s[j+1:]):
			return j + 1 // "St. Gallen": the abbreviation's dot is part of the name
		default:
			return j
		}
	}
	return j
}

// abbreviatedSaint are the abbreviations of saint that place names carry
// with a dot ("St. Pölten", "Ste. Foy").
var abbreviatedSaint = map[string]bool{"St": true, "Ste": true, "Sta": true, "Sto": true}

// capitalAfterSpace: rest starts with one space and a capital letter.
func capitalAfterSpace(rest string) bool {
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsUpper(r)
}

// possessive reports whether rest, after an apostrophe, is the "s" of an
// English possessive.
func possessive(rest string) bool {
	if rest == "" || (rest[0] != 's' && rest[0] != 'S') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return len(rest) == 1 || !isWordRune(r)
}

func word(s string, i, j int) token {
	t := s[i:j]
	r, _ := utf8.DecodeRuneInString(t)
	f := fold.String(strings.TrimRight(t, "'’"))
	if strings.HasSuffix(t, "'") || strings.HasSuffix(t, "’") {
		f += "'"
	}
	return token{Text: t, Fold: f, Start: i, End: j, Upper: unicode.IsUpper(r) || unicode.IsDigit(r)}
}
