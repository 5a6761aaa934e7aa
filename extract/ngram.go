package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// ngramSearch walks a text the way go-dateparser's n-gram search does
// (Parser.Search with SearchStrategy "ngram", v1.4.7): from each word, the
// longest run of up to seven words that parses is a date, and the walk
// resumes after it. It differs in three ways, for speed:
//   - it yields the dates one at a time, so the reader stops at the date
//     it keeps and the one after it (the library parses the whole text);
//   - it parses only the runs shaped like a date with its year and day:
//     runs with a digit, and at most two words without one before the
//     first number. A run without digits ("jeudi", "hier") is never a
//     publication date, and the runs that start with three words that are
//     not numbers ("Marco Revelli · Pubblicato il 15 marzo") are most of
//     the parsing and do not parse. The words after the last number are
//     all kept: the library reads "16.06.2023, 11:00 Uhr Ein Jahr" as a
//     year ago, and so must this search;
//   - it parses each run once with the locales in the given order, where
//     the library first moves the language it detects in the whole text to
//     the front. Whether a run parses does not depend on that order; what
//     it parses to may, so exact says whether every locale agrees.
//
// Of the runs it may parse, those with a word none of the locales knows
// cannot parse and are not parsed (foreignRun), and each run is parsed
// without the library's step for the caller's layouts (parseRun); neither
// changes a date. Parsing runs without digits is what makes the library's
// search costly (each run is parsed in every locale); the tests compare
// both searches on every byline of the test corpora.
type ngramSearch struct {
	parse  *dps.Configuration // the search's configuration with its locales in order
	text   string
	tokens [][]int
	digits []bool // whether each word has a digit
	index  int    // the next word the walk starts from
	run    string // the run the last date was parsed from
}

// ngramToken and ngramBadCandidate are the library's word and
// never-a-date patterns (ngram-search.go).
var (
	ngramToken        = regexp.MustCompile(`[^\s\p{Z}\x{0085},|()@]+`)
	ngramBadCandidate = regexp.MustCompile(`^(\p{Nd}{1,3}|#\p{Nd}+|[-/.]+|[\p{L}\p{N}_]\.?|an)$`)
)

// ngramLongest is the longest run of words the search parses.
const ngramLongest = 7

// dateLead is the most words without a digit a date has before its
// first number.
const dateLead = 2

// newNgramSearch prepares the search of text with cfg, whose Languages
// are the locales to parse in, most likely first.
func newNgramSearch(cfg *dps.Configuration, text string) *ngramSearch {
	p := cfg.Clone()
	p.Locales, p.Languages = slices.Clone(cfg.Languages), nil
	p.UseGivenOrder, p.TryPreviousLocales = true, false
	s := &ngramSearch{parse: p, text: text}
	for _, at := range ngramToken.FindAllStringIndex(text, -1) {
		switch text[at[0]:at[1]] {
		case "on", "at", "of", "a":
			continue
		}
		s.tokens = append(s.tokens, at)
		s.digits = append(s.digits, hasDigit(text[at[0]:at[1]]))
	}
	return s
}

// next returns the next date of the text, or false at its end.
func (s *ngramSearch) next() (dps.SearchResult, bool) {
	for ; s.index < len(s.tokens); s.index++ {
		for size := min(ngramLongest, len(s.tokens)-s.index); size > 0; size-- {
			words := s.tokens[s.index : s.index+size]
			if !s.dateShaped(s.index, size) {
				continue
			}
			run := s.join(words)
			if ngramBadCandidate.MatchString(run) {
				continue
			}
			d, ok := s.parseIn(s.parse.Locales, run)
			if !ok {
				continue
			}
			s.index += size
			s.run = run
			found := s.text[words[0][0]:words[size-1][1]]
			return dps.SearchResult{Date: d, Text: strings.Trim(found, " .,:()[]-'")}, true
		}
	}
	return dps.SearchResult{}, false
}

// parseIn parses run with the search's configuration in locales, or in
// those of them that may read it (readers): the same date, without asking
// the others. A run none of them may read does not parse.
func (s *ngramSearch) parseIn(locales []string, run string) (date.Date, bool) {
	locales = readers(locales, run)
	if len(locales) == 0 {
		return date.Date{}, false
	}
	cfg := *s.parse
	cfg.Locales = locales
	return parseRun(&cfg, run)
}

// dateShaped says whether the run of size words from word i may be a
// date: it has a word with a digit, and at most dateLead words without
// one before the first ("le mercredi 8 mars 2023").
func (s *ngramSearch) dateShaped(i, size int) bool {
	for j := i; j < i+size && j <= i+dateLead; j++ {
		if s.digits[j] {
			return true
		}
	}
	return false
}

// join is the run of words as the library parses it: joined by spaces.
func (s *ngramSearch) join(words [][]int) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.text[w[0]:w[1]])
	}
	return b.String()
}

// exact says whether the last date found is what the library would have
// found whatever language it detected first: every locale after the one
// that read it either does not parse the run or parses it to the same time
// and precision. Each parse finds the next locale that reads the run.
func (s *ngramSearch) exact(r dps.SearchResult) bool {
	rest, by := s.parse.Locales, r.Date.Locale
	for {
		i := slices.Index(rest, by)
		if i < 0 {
			return false // a locale the search was not given: let the library decide
		}
		if rest = rest[i+1:]; len(rest) == 0 {
			return true
		}
		d, ok := s.parseIn(rest, s.run)
		if !ok {
			return true
		}
		if d.Period != r.Date.Period || !sameInstant(d.Time, r.Date.Time) {
			return false
		}
		by = d.Locale
	}
}

// sameInstant says whether a and b are the same instant written with the
// same offset (a day is read from its wall clock).
func sameInstant(a, b time.Time) bool {
	return a.Format(time.RFC3339Nano) == b.Format(time.RFC3339Nano)
}

func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
