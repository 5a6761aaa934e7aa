package when

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

// Expr is a date expression found in a text.
type Expr struct {
	Text       string          // as written
	Start, End int             // byte offsets in the text
	Date       vigie.Timestamp // resolved, Day or Month precision, as seen in the location given
	Relative   bool            // the day or month was read from the reference time ("jeudi dernier"); not when only the year was ("le 24 avril")
	Night      bool            // "la nuit du 26 au 27": Date is the first day (see NightDate)
	Vague      bool            // "la semaine dernière", "il y a quelques jours": approximate
	Weekend    bool            // "le week-end dernier": Date is its Saturday, and may be its Sunday
	Since      bool            // introduced by depuis, dès, since, seit, ab, da, desde…: a start ("dal 6 al 8 marzo" too)
	Until      bool            // introduced by until, tot, bis, jusqu'à, hasta, fino a…: an end or a deadline, never a start
}

// Find returns the expressions in text, in order, resolved against ref (the
// publication time) in loc: "aujourd'hui" is ref's calendar day in loc.
// lang is the text's language code ("fr", "en-GB"); when it is empty or
// unknown every language's rules are tried, and words such as "hier" (French
// yesterday, German here) may be misread. A nil loc means ref's location.
// Overlapping matches keep the longest, so "dans la nuit du mercredi 26 au
// jeudi 27 octobre" is one night, not two dates.
func Find(text, lang string, ref time.Time, loc *time.Location) []Expr {
	return find(text, lang, ref, loc, false)
}

// find is Find; full runs every rule over the whole text instead of around
// its anchors, for tests to compare.
func find(text, lang string, ref time.Time, loc *time.Location, full bool) []Expr {
	if loc == nil {
		loc = ref.Location()
	}
	today := civil(ref.In(loc))
	var cands []candidate
	add := func(i int, m *match) {
		if exprs, ok := m.resolve(today); ok {
			cands = append(cands, candidate{m.start(), m.end(), i, exprs})
		}
	}
	set := rulesFor(lang)
	if full {
		for i, r := range set.rules {
			for idx := range r.matches(text) {
				add(i, &match{text: text, idx: idx, rule: r})
			}
		}
	} else {
		set.scan(text, add)
	}
	var out []Expr
	for _, c := range choose(cands) {
		for _, e := range c.exprs {
			if e.Relative && likened(text[:e.Start]) {
				continue // "travaillent comme il y a trente ans": a likeness, not a date
			}
			e.Text = text[e.Start:e.End]
			e.Since = since(text, e)
			e.Until = until(text, e)
			out = append(out, lastYear(text, e, today))
		}
	}
	return out
}

// candidate is what one match gives, with the bytes it covers.
type candidate struct {
	start, end int
	order      int // rule order, to break ties
	exprs      []Expr
}

// matches yields the submatch offsets of r's matches in text, left to
// right: the plain scan that scanTokens stands for. Each search starts
// where the last expression ended, as the boundary character a match
// consumes may begin the next one.
func (r *rule) matches(text string) func(yield func([]int) bool) {
	return func(yield func([]int) bool) {
		for pos := 0; pos < len(text); {
			idx := r.plain().FindStringSubmatchIndex(text[pos:])
			if idx == nil {
				return
			}
			for i := range idx {
				if idx[i] >= 0 {
					idx[i] += pos
				}
			}
			if !yield(idx) {
				return
			}
			pos = max(idx[3], pos+1)
		}
	}
}

// choose keeps the longest candidates that do not overlap, in text order.
func choose(cands []candidate) []candidate {
	slices.SortStableFunc(cands, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.end-b.start, a.end-a.start), cmp.Compare(a.start, b.start), cmp.Compare(a.order, b.order))
	})
	var kept []candidate
	for _, c := range cands {
		if !slices.ContainsFunc(kept, func(k candidate) bool { return c.start < k.end && k.start < c.end }) {
			kept = append(kept, c)
		}
	}
	slices.SortFunc(kept, func(a, b candidate) int { return cmp.Compare(a.start, b.start) })
	return kept
}

// likened: the text before a date ends on a word of likeness ("comme il
// y a trente ans", "like twenty years ago", "wie vor dreißig Jahren"):
// the time it counts back compares, it dates nothing.
func likened(before string) bool {
	end := len(before)
	for end > 0 && before[end-1] == ' ' {
		end--
	}
	start := strings.LastIndexAny(before[:end], " \t\n(,;:«\"") + 1
	return likeWords[strings.ToLower(before[start:end])]
}

var likeWords = map[string]bool{"comme": true, "like": true, "wie": true, "come": true, "como": true, "zoals": true}
