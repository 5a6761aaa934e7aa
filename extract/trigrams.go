package extract

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
	_ "unsafe" // go:linkname, for whatlanggo's profiles

	"github.com/abadojack/whatlanggo"
)

// latinProfiles are whatlanggo's trigram profiles of the languages written
// in Latin script, most frequent trigram first (its unexported latinLangs,
// v1.0.1, which the module pins): the detector below reads them as its own
// detectLangInProfiles does.
//
//go:linkname latinProfiles github.com/abadojack/whatlanggo.latinLangs
var latinProfiles map[whatlanggo.Lang][]string

// trigram is three runes packed in one number, 21 bits each, so that
// numbers sort as whatlanggo sorts the trigrams' strings.
type trigram uint64

const (
	maxTrigramDistance = 300   // whatlanggo's maxTrigramDistance
	maxTotalDistance   = 90000 // whatlanggo's maxTotalDistance
	noTrigram          = trigram(1<<64 - 1)
)

func pack(a, b, c rune) trigram {
	return trigram(a)<<42 | trigram(b)<<21 | trigram(c)
}

// profiles are the trigram profiles of the detectable languages in Latin
// script, in a fixed order (whatlanggo's comes from a map), with where
// each trigram stands in them.
type profiles struct {
	langs []whatlanggo.Lang
	sizes []int                 // trigrams in each language's profile
	at    map[trigram][]profPos // where a trigram stands in the profiles
}

// profPos is a trigram's place in the profile of langs[lang].
type profPos struct{ lang, pos int }

var latinDetectable = sync.OnceValue(func() profiles {
	var p profiles
	for lang := range latinProfiles {
		if detectable[lang] {
			p.langs = append(p.langs, lang)
		}
	}
	slices.Sort(p.langs)
	p.at = map[trigram][]profPos{}
	for i, lang := range p.langs {
		tgs := latinProfiles[lang]
		p.sizes = append(p.sizes, len(tgs))
		for pos, s := range tgs {
			if tg := packString(s); tg != noTrigram {
				p.at[tg] = append(p.at[tg], profPos{i, pos})
			}
		}
	}
	return p
})

// packString packs a trigram of a profile; one that is not three runes
// matches no trigram of a text.
func packString(s string) trigram {
	var r [3]rune
	n := 0
	for _, c := range s {
		if n == 3 {
			return noTrigram
		}
		r[n] = c
		n++
	}
	if n != 3 {
		return noTrigram
	}
	return pack(r[0], r[1], r[2])
}

// detectLatin is whatlanggo.DetectWithOptions(text, {Whitelist:
// detectable}) for text its DetectScript finds in Latin script: the
// language whose profile is nearest the ranks of the text's trigrams, and
// the confidence whatlanggo gives it. It counts trigrams in a sorted slice
// of numbers where whatlanggo builds a map of strings, and looks up the
// text's trigrams in the profiles rather than the profiles' trigrams in
// the text (the sum is the same); the answers are the
// same (TestDetectLatinAsWhatlanggo, FuzzDetectLatin), except which of two
// languages at the same distance wins: whatlanggo's pick depends on a
// map's order, this one on the languages' order, both with confidence 0.
func detectLatin(text string) (whatlanggo.Lang, float64) {
	keys, ranks := trigramRanks(text)
	type distance struct {
		lang whatlanggo.Lang
		dist int
	}
	p := latinDetectable()
	dists := make([]distance, len(p.langs))
	for i, lang := range p.langs {
		dists[i] = distance{lang, maxTrigramDistance * p.sizes[i]} // no trigram of the profile in the text
	}
	for k, tg := range keys {
		for _, at := range p.at[tg] {
			dists[at.lang].dist += abs(ranks[k]-at.pos) - maxTrigramDistance
		}
	}
	switch len(dists) {
	case 0:
		return -1, 0
	case 1:
		return dists[0].lang, 1
	}
	slices.SortStableFunc(dists, func(a, b distance) int { return a.dist - b.dist })
	score1, score2 := maxTotalDistance-dists[0].dist, maxTotalDistance-dists[1].dist
	switch {
	case score1 == 0:
		return -1, 0
	case score2 == 0:
		return dists[0].lang, min(float64(score1/500), 1) // whatlanggo divides integers here
	}
	rate := float64(score1-score2) / float64(score2)
	confidentRate := 12.0/float64(len(keys)) + 0.05
	if rate > confidentRate {
		return dists[0].lang, 1
	}
	return dists[0].lang, rate / confidentRate
}

// trigramRanks returns the distinct trigrams of text and the rank of
// each: 0 for the most frequent, ties broken by the greater trigram first
// (whatlanggo's getTrigramsWithPositions). Punctuation, symbols, digits
// and spaces count as spaces, letters are lowercased, and a trigram
// centred on a space next to another is not counted.
func trigramRanks(text string) (keys []trigram, ranks []int) {
	runes := make([]rune, 0, utf8.RuneCountInString(text)+1)
	for _, r := range text {
		if isStopRune(r) {
			r = ' '
		}
		runes = append(runes, unicode.ToLower(r))
	}
	runes = append(runes, ' ')
	all := make([]trigram, 0, len(runes))
	r1, r2 := ' ', runes[0]
	for _, r3 := range runes[1:] {
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			all = append(all, pack(r1, r2, r3))
		}
		r1, r2 = r2, r3
	}
	slices.Sort(all)
	type counted struct {
		tg trigram
		n  int
	}
	uniq := make([]counted, 0, len(all)/2)
	most := 0
	for _, tg := range all {
		if len(uniq) > 0 && uniq[len(uniq)-1].tg == tg {
			uniq[len(uniq)-1].n++
			most = max(most, uniq[len(uniq)-1].n)
			continue
		}
		uniq = append(uniq, counted{tg, 1})
		most = max(most, 1)
	}
	// Ranked by count, a counting sort: each count's trigrams start where
	// those of the greater counts end, and uniq read backwards puts the
	// greater trigram first among equal counts.
	at := make([]int, most+2)
	for _, u := range uniq {
		at[u.n]++
	}
	for n, from := most, 0; n >= 1; n-- {
		at[n], from = from, from+at[n]
	}
	keys, ranks = make([]trigram, len(uniq)), make([]int, len(uniq))
	for i := len(uniq) - 1; i >= 0; i-- {
		u := uniq[i]
		keys[at[u.n]] = u.tg
		at[u.n]++
	}
	for i := range ranks {
		ranks[i] = i
	}
	return keys, ranks
}

// isStopRune is whatlanggo's isStopChar.
func isStopRune(r rune) bool {
	return unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
