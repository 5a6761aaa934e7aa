// Package fold reduces text to a form in which case, accents, apostrophes
// and punctuation no longer count, for comparing names and titles written
// by different hands.
package fold

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// String lowercases s, strips its accents (é→e, ç→c, ß→ss, œ→oe), and turns
// every run of characters that are neither letters nor digits into one
// space, trimmed at both ends.
func String(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			writeLower(&b, r)
		default:
			space = true
		}
	}
	return b.String()
}

// ligatures are letters that NFD does not decompose.
var ligatures = map[rune]string{'œ': "oe", 'æ': "ae", 'ß': "ss", 'ø': "o", 'ł': "l", 'đ': "d", 'ı': "i"}

func writeLower(b *strings.Builder, r rune) {
	r = unicode.ToLower(r)
	if s, ok := ligatures[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(r)
}

// Words returns the words of String(s).
func Words(s string) []string { return strings.Fields(String(s)) }
