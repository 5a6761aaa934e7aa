package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Most runs of words the n-gram search parses do not parse: the date and
// the words around it ("18.11.2022 Kreisverwaltung weiter lahmgelegt").
// go-dateparser parses a run only in a locale that is "applicable" to it:
// once the run is normalised (lower case, accents off), simplified
// (numbers written as words, "12h30") and split on the locale's words,
// each token must be a number or a word the locale knows
// (language.IsApplicablePrepared, v1.4.7). A run none of whose locales is
// applicable does not parse, and that is most runs: 70 % of the date
// reader's parsing time.
//
// foreignRun finds them without parsing. A word of the normalised run (a
// longest stretch of letters) that is in no piece of text the locale
// knows cannot be a token it knows, nor part of one: the locale's
// simplifications and combined phrases match their own words between
// non-letters only (TestDateVocabularyShape checks their patterns), a
// known word is split out of a token only between non-letters, and the
// dictionary is read by whole tokens. The run's time zone is popped in
// another copy of it, which can join letters only across a non-ASCII
// letter; runs with one are left to the parser.

// dateVocabularies are, for each locale of dateLanguages, every piece of
// text its data holds, lower case, separated by zero bytes: its words,
// phrases, abbreviations and the words of its patterns, with those of the
// time zones and the skipped token "t" that every locale shares.
var dateVocabularies = sync.OnceValue(func() map[string]string {
	lds, err := dpsGetLocales(dateLanguages, nil, "", true, false)
	if err != nil {
		return nil
	}
	shared := []string{"t"}
	if dpsTimezones != nil && dpsTimezones.rx != nil {
		shared = append(shared, patternWords(dpsTimezones.rx)...)
	}
	out := map[string]string{}
	for _, ld := range lds {
		var words []string
		for k := range ld.Translations {
			words = append(words, k)
		}
		for k := range ld.RelativeType {
			words = append(words, k)
		}
		words = append(words, ld.KnownWords...)
		words = append(words, ld.Abbreviations...)
		for _, rx := range ld.patterns() {
			words = append(words, patternWords(rx)...)
		}
		for _, r := range append(ld.Simplifications, ld.RelativeTypeRegexes...) {
			words = append(words, r.Replacement)
		}
		out[ld.Name] = "\x00" + strings.ToLower(strings.Join(append(words, shared...), "\x00")) + "\x00"
	}
	return out
})

// patternWords are the stretches of ASCII letters of a pattern's source,
// escapes ("\d", "\pL") included: more words than it matches, never fewer.
func patternWords(rx *regexp.Regexp) []string {
	return asciiWord.FindAllString(strings.ToLower(rx.String()), -1)
}

var asciiWord = regexp.MustCompile(`[a-z]+`)

// foreignRun says whether run has a word that none of locales knows, so
// that go-dateparser cannot parse it (see above).
func foreignRun(locales []string, run string) bool {
	return len(readers(locales, run)) == 0
}

// readers are the locales of locales that may read run, in order: those
// that know each of its words. The others are not applicable to it, so
// the library, which tries its locales in order and skips those, reads
// run with these alone as with all. All of them when its letters go
// beyond ASCII.
func readers(locales []string, run string) []string {
	vocab := dateVocabularies()
	if vocab == nil {
		return locales
	}
	s := dpsNormalizeDigits(dpsNormalizeString(dpsNormalizeString(dpsSanitizeDate(run))))
	for _, r := range s {
		if r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsMark(r)) {
			return locales // a popped time zone could join two words across it
		}
	}
	out := locales
	for i := 0; i < len(s) && len(out) > 0; {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		w := strings.ToLower(s[i:j])
		if slices.ContainsFunc(out, func(l string) bool { return !knows(vocab, l, w) }) {
			out = slices.DeleteFunc(slices.Clone(out), func(l string) bool { return !knows(vocab, l, w) })
		}
		i = j
	}
	return out
}

// knows says whether a word may be part of a token locale l knows: it is
// in a piece of the locale's text, or it is one with an "s" its patterns
// may add ("(year|month)s?"). A locale not read above knows every word.
func knows(vocab map[string]string, l, w string) bool {
	v, ok := vocab[l]
	return !ok || strings.Contains(v, w) || strings.HasSuffix(w, "s") && strings.Contains(v, w[:len(w)-1])
}

// knownByAny says whether one of locales knows the word w.
func knownByAny(vocab map[string]string, locales []string, w string) bool {
	w = strings.ToLower(w)
	return slices.ContainsFunc(locales, func(l string) bool { return knows(vocab, l, w) })
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
