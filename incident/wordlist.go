package incident

import "strings"

// wordList finds the words of a list in text exactly where the regular
// expression \b(?:w1|w2|…)\b, each "*" read as [a-z0-9]*, finds them
// (leftmost match first, the earliest word of the list winning at one
// position, matches not overlapping), in one pass over the text's word
// boundaries instead of a regexp run: the incident reader asks dozens of
// lists about every sentence, and the regexp engine was a quarter of its
// time. compileWords returns nil for a list it cannot match exactly that
// way (see exact); the caller keeps the regexp then.
type wordList struct {
	first   [2]uint64          // the bytes a word of the list starts with, one bit each
	byFirst [128][]wordPattern // by first byte, in list order
}

// wordPattern is one word of a list: literal parts with a star between
// each two, and the second byte of the word when its first part has one
// (0 if not), which rules out most words of a list before match is called.
type wordPattern struct {
	parts  []string
	second byte
}

func compileWords(list []string) *wordList {
	wl := &wordList{}
	for _, w := range list {
		p := wordPattern{parts: strings.Split(w, "*")}
		if !p.exact() {
			return nil
		}
		if len(p.parts[0]) > 1 {
			p.second = p.parts[0][1]
		}
		wl.byFirst[w[0]] = append(wl.byFirst[w[0]], p)
		wl.first[w[0]>>6] |= 1 << (w[0] & 63)
	}
	return wl
}

// exact says whether matching p part by part, each star taking every
// [a-z0-9] byte it can, finds what the regexp finds: p is ASCII, starts
// with a literal, and a star never gives back bytes (what follows it
// cannot start with [a-z0-9]; one that ends p follows a word byte, so no
// shorter run of it ends at a word boundary).
func (p wordPattern) exact() bool {
	if p.parts[0] == "" {
		return false
	}
	for i, part := range p.parts {
		for j := 0; j < len(part); j++ {
			if part[j] >= 0x80 {
				return false
			}
		}
		if i == 0 {
			continue
		}
		switch {
		case part == "" && i < len(p.parts)-1: // "**"
			return false
		case part == "":
			prev := p.parts[i-1]
			if !isWordByte(prev[len(prev)-1]) {
				return false
			}
		case isStarByte(part[0]):
			return false
		}
	}
	return true
}

// match returns the end of p matched at i in s, or -1.
func (p wordPattern) match(s string, i int) int {
	for k, part := range p.parts {
		if k > 0 {
			for i < len(s) && isStarByte(s[i]) {
				i++
			}
		}
		if !strings.HasPrefix(s[i:], part) {
			return -1
		}
		i += len(part)
	}
	if !wordBoundary(s, i) {
		return -1
	}
	return i
}

// at returns the end of the first word of the list that matches at i,
// or -1.
func (wl *wordList) at(s string, i int) int {
	b := s[i]
	if !wl.starts(b) || !wordBoundary(s, i) {
		return -1 // most bytes: the bits are read before the patterns' slice
	}
	var next byte // the byte after s[i], 0 at the end (no word holds a 0 byte)
	if i+1 < len(s) {
		next = s[i+1]
	}
	for _, p := range wl.byFirst[b] {
		if p.second != 0 && p.second != next {
			continue
		}
		if end := p.match(s, i); end >= 0 {
			return end
		}
	}
	return -1
}

// starts says whether a word of the list starts with b; in and all ask it
// before calling at, which is not inlined.
func (wl *wordList) starts(b byte) bool { return b < 0x80 && wl.first[b>>6]&(1<<(b&63)) != 0 }

// in reports whether s holds a word of the list.
func (wl *wordList) in(s string) bool {
	for i := 0; i < len(s); i = nextStart(s, i) {
		if wl.starts(s[i]) && wl.at(s, i) >= 0 {
			return true
		}
	}
	return false
}

// all returns the byte ranges of the words of the list in s.
func (wl *wordList) all(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		if !wl.starts(s[i]) {
			i = nextStart(s, i)
			continue
		}
		if end := wl.at(s, i); end >= 0 {
			out = append(out, []int{i, end})
			i = end
			continue
		}
		i = nextStart(s, i)
	}
	return out
}

// nextStart is the next position after i where a word of a list may
// start: inside a run of word bytes there is no word boundary.
func nextStart(s string, i int) int {
	if !isWordByte(s[i]) {
		return i + 1
	}
	for i++; i < len(s) && isWordByte(s[i]); i++ {
	}
	return i
}

// wordBoundary is the regexp's \b: a word byte ([0-9A-Za-z_]) on one side
// of i only.
func wordBoundary(s string, i int) bool {
	before := i > 0 && isWordByte(s[i-1])
	after := i < len(s) && isWordByte(s[i])
	return before != after
}

func isWordByte(b byte) bool { return wordBytes[b] }

// wordBytes are the bytes of \w: [0-9A-Za-z_].
var wordBytes = func() (t [256]bool) {
	for b := range t {
		t[b] = b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
	}
	return t
}()

// isStarByte is what a star takes: [a-z0-9].
func isStarByte(b byte) bool { return '0' <= b && b <= '9' || 'a' <= b && b <= 'z' }
