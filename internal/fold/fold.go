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
	if isASCII(s) {
		return asciiString(s)
	}
	if f, ok := latinString(s); ok {
		return f
	}
	return unicodeString(s)
}

// foldEntry is what String makes of one rune: its letters, lowercased and
// without accents, or a separator. ok is false for a rune whose
// decomposition mixes the two or starts with a mark.
type foldEntry struct {
	out     string
	sep, ok bool
}

// latinRanges are the blocks latinString reads from a table: Latin-1,
// Latin Extended-A and -B, general punctuation (’ « – …) and currency
// signs (€).
var latinRanges = [...]struct{ lo, hi rune }{{0, 0x250}, {0x2000, 0x20D0}}

var latinFold = func() (t [2][]foldEntry) {
	for i, rg := range latinRanges {
		t[i] = make([]foldEntry, rg.hi-rg.lo)
		for r := rg.lo; r < rg.hi; r++ {
			t[i][r-rg.lo] = foldRune(r)
		}
	}
	return t
}()

func foldRune(r rune) foldEntry {
	e := foldEntry{ok: norm.NFD.PropertiesString(string(r)).LeadCCC() == 0} // no mark of it reorders with the rune before
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		switch {
		case unicode.Is(unicode.Mn, d):
		case unicode.IsLetter(d) || unicode.IsDigit(d):
			writeLower(&b, d)
			e.ok = e.ok && !e.sep
		default:
			e.sep = true
			e.ok = e.ok && b.Len() == 0
		}
	}
	e.out = b.String()
	return e
}

func latinEntry(r rune) *foldEntry {
	for i, rg := range latinRanges {
		if rg.lo <= r && r < rg.hi {
			return &latinFold[i][r-rg.lo]
		}
	}
	return nil
}

// latinString is String for text in Latin script (every rune in
// latinRanges), one rune at a time from a table: NFD decomposes each of
// these runes alone, and none starts with a mark that would reorder.
func latinString(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	space := false
	for _, r := range s {
		e := latinEntry(r)
		if e == nil || !e.ok {
			return "", false
		}
		switch {
		case e.out != "":
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, e.out...)
		case e.sep:
			space = true
		}
	}
	return string(b), true
}

// unicodeString is String for any text.
func unicodeString(s string) string {
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

// asciiString is String for ASCII text, where NFD changes nothing and
// letters and digits are [A-Za-z0-9]: one pass over the bytes, and no copy
// when s is folded already (most words are).
func asciiString(s string) string {
	folded := true
	for i := 0; i < len(s) && folded; i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			folded = false
		case isAlnum(c):
		case c != ' ' || i == 0 || i == len(s)-1 || s[i-1] == ' ':
			folded = false
		}
	}
	if folded {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isAlnum(c) {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
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
