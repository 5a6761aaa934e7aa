package when

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A rule's anchors are found in its template's syntax tree: a
// concatenation needs all its parts, so the cheapest part's words will do;
// an alternation needs one of its branches, so the words of all of them;
// an optional part needs nothing. Placeholders are replaced by marker
// runes standing for their table words.

// markers stand for placeholders in the template given to the parser.
const (
	markVocab = '\uE000' // + index in vocabMarkers
	markDigit = '\uE0F0' // {day}, {year}: digits
	markGap   = '\uE0F1' // {to}: nothing to anchor on
	// markBranch and the runes after it start alternation branches.
	markBranch = '\uE100'
)

var vocabMarkers = []string{"month", "monthname", "wday", "num", "few"}

// markBranches starts each branch of each alternation with a rune of its
// own, so that the parser cannot factor "matin|midi" into "m(?:atin|idi)",
// whose pieces are no words.
func markBranches(tmpl string) string {
	var b strings.Builder
	next := markBranch
	mark := func() {
		b.WriteRune(next)
		next++
	}
	mark()
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		b.WriteByte(c)
		switch {
		case c == '\\' && i+1 < len(tmpl):
			i++
			b.WriteByte(tmpl[i])
		case c == '|':
			mark()
		case c == '(':
			if strings.HasPrefix(tmpl[i+1:], "?") {
				j := strings.IndexAny(tmpl[i:], ":>")
				b.WriteString(tmpl[i+1 : i+j+1])
				i += j
			}
			mark()
		}
	}
	return b.String()
}

// need is a set of anchor keys any match contains one of, and its cost:
// roughly how often such words occur.
type need struct {
	keys []string
	cost int
}

// noNeed is what a part that may match without any word needs.
var noNeed = need{cost: -1}

func (n need) ok() bool { return n.cost >= 0 }

// analyze returns the anchor keys of a template (nil when a match may hold
// no word worth anchoring on) and the keys of the words its matches may
// begin with (nil when they may begin with anything).
func (l *language) analyze(tmpl string) (anchors, firsts []string) {
	marked := placeholderRe.ReplaceAllStringFunc(tmpl, func(p string) string {
		name := placeholderRe.FindStringSubmatch(p)[1]
		if i := slices.Index(vocabMarkers, name); i >= 0 {
			return string(rune(markVocab + i))
		}
		if name == "to" {
			return string(markGap)
		}
		return string(markDigit)
	})
	re, err := syntax.Parse(markBranches(marked), syntax.Perl|syntax.FoldCase)
	if err != nil {
		panic("when: " + err.Error())
	}
	if n := l.required(re, false, false); n.ok() {
		anchors = n.keys
	}
	if f, _ := l.first(re, false); f.ok() {
		firsts = f.keys
	}
	return anchors, firsts
}

// first returns the keys of the words a match of re may begin with, and
// whether re may match nothing (then what follows may begin the match).
// rightOpen says whether a letter may be glued to re's end.
func (l *language) first(re *syntax.Regexp, rightOpen bool) (need, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return l.literalFirst(re.Rune, rightOpen)
	case syntax.OpCapture, syntax.OpPlus:
		return l.first(re.Sub[0], rightOpen)
	case syntax.OpRepeat:
		n, empty := l.first(re.Sub[0], rightOpen)
		return n, empty || re.Min == 0
	case syntax.OpQuest, syntax.OpStar:
		n, _ := l.first(re.Sub[0], rightOpen)
		return n, true
	case syntax.OpAlternate:
		all, empty := need{}, false
		for _, sub := range re.Sub {
			n, e := l.first(sub, rightOpen)
			if !n.ok() {
				return noNeed, false
			}
			all.keys, empty = append(all.keys, n.keys...), empty || e
		}
		return all, empty
	case syntax.OpConcat:
		all := need{}
		for i, sub := range re.Sub {
			n, e := l.first(sub, !separated(re.Sub[i+1:], false, !rightOpen))
			if !n.ok() {
				return noNeed, false
			}
			all.keys = append(all.keys, n.keys...)
			if !e {
				return all, false
			}
		}
		return all, true
	}
	return noNeed, false
}

// literalFirst returns the first word of a literal. A word that runs to
// the end of the literal may go on in the next part: it is kept only when
// long enough to match as a prefix.
func (l *language) literalFirst(runes []rune, rightOpen bool) (need, bool) {
	runes = slices.DeleteFunc(slices.Clone(runes), func(r rune) bool { return r >= markBranch })
	switch {
	case len(runes) == 0:
		return need{}, true
	case runes[0] >= markVocab && runes[0] < markDigit:
		return l.vocabFirst(vocabMarkers[runes[0]-markVocab]), false
	case runes[0] == markDigit:
		return need{keys: []string{digitKey}}, false
	case !unicode.IsLetter(runes[0]):
		return noNeed, false
	}
	end := slices.IndexFunc(runes, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(runes)
	}
	k := normWord(string(runes[:end]))
	if end == len(runes) && rightOpen && utf8.RuneCountInString(k) < prefixMin {
		return noNeed, false
	}
	return need{keys: []string{k}}, false
}

// vocabFirst returns the first words of a placeholder's table words.
func (l *language) vocabFirst(name string) need {
	var keys []string
	for _, w := range l.words(name) {
		k, _, _ := strings.Cut(normWord(strings.TrimPrefix(w, "=")), " ")
		keys = append(keys, k)
	}
	if name == "num" {
		keys = append(keys, digitKey)
	}
	return need{keys: keys}
}

// required returns what node needs. leftOpen and rightOpen say whether a
// letter may be glued to its ends by its neighbours.
func (l *language) required(re *syntax.Regexp, leftOpen, rightOpen bool) need {
	switch re.Op {
	case syntax.OpLiteral:
		return l.literalNeed(re.Rune, leftOpen, rightOpen)
	case syntax.OpCapture, syntax.OpPlus:
		return l.required(re.Sub[0], leftOpen, rightOpen)
	case syntax.OpRepeat:
		if re.Min > 0 {
			return l.required(re.Sub[0], leftOpen, rightOpen)
		}
	case syntax.OpAlternate:
		all := need{}
		for _, sub := range re.Sub {
			n := l.required(sub, leftOpen, rightOpen)
			if !n.ok() {
				return noNeed
			}
			all.keys, all.cost = append(all.keys, n.keys...), all.cost+n.cost
		}
		return all
	case syntax.OpConcat:
		return l.concatNeed(re.Sub, leftOpen, rightOpen)
	}
	return noNeed
}

// concatNeed picks the cheapest part of a concatenation.
func (l *language) concatNeed(subs []*syntax.Regexp, leftOpen, rightOpen bool) need {
	best := noNeed
	for i, sub := range subs {
		lo := !separated(subs[:i], true, !leftOpen)
		ro := !separated(subs[i+1:], false, !rightOpen)
		if n := l.required(sub, lo, ro); n.ok() && (!best.ok() || n.cost < best.cost) {
			best = n
		}
	}
	return best
}

// separated reports whether a non-letter surely stands between a part and
// its neighbours: before it (the last of subs) or after it (the first).
// Optional neighbours are looked through; outer says what lies beyond subs.
func separated(subs []*syntax.Regexp, before, outer bool) bool {
	for k := range subs {
		s := subs[k]
		if before {
			s = subs[len(subs)-1-k]
		}
		if !edgeIsSeparator(s, before) {
			return false
		}
		if !optional(s) {
			return true
		}
	}
	return outer
}

// optional reports whether re may match nothing; branch marks do.
func optional(re *syntax.Regexp) bool {
	return re.Op == syntax.OpQuest || re.Op == syntax.OpStar || (re.Op == syntax.OpRepeat && re.Min == 0) || isMark(re)
}

func isMark(re *syntax.Regexp) bool {
	return re.Op == syntax.OpLiteral && !slices.ContainsFunc(re.Rune, func(r rune) bool { return r < markBranch })
}

// edgeIsSeparator reports whether re surely ends (last) or begins with a
// character that is not a letter.
func edgeIsSeparator(re *syntax.Regexp, last bool) bool {
	switch re.Op {
	case syntax.OpLiteral:
		runes := slices.DeleteFunc(slices.Clone(re.Rune), func(r rune) bool { return r >= markBranch })
		if len(runes) == 0 {
			return true // a branch mark: nothing, looked through
		}
		r := runes[0]
		if last {
			r = runes[len(runes)-1]
		}
		return !unicode.IsLetter(r) && r < markVocab
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat, syntax.OpCapture:
		return edgeIsSeparator(re.Sub[0], last)
	case syntax.OpAlternate:
		return !slices.ContainsFunc(re.Sub, func(s *syntax.Regexp) bool { return !edgeIsSeparator(s, last) })
	case syntax.OpConcat:
		if last {
			return separated(re.Sub, true, false)
		}
		return separated(re.Sub, false, false)
	}
	return false
}

// literalNeed picks the cheapest word of a literal. A word glued to what
// comes before it ("end" in "week-end", which may be written "weekend", or
// the tail of a factored alternation) cannot anchor; one glued to what
// follows anchors only as a prefix, so it needs prefixMin letters.
func (l *language) literalNeed(runes []rune, leftOpen, rightOpen bool) need {
	best := noNeed
	consider := func(n need) {
		if n.ok() && (!best.ok() || n.cost < best.cost) {
			best = n
		}
	}
	var word []rune
	gluedLeft := leftOpen
	for i := 0; i <= len(runes); i++ {
		var r rune = ' '
		if i < len(runes) {
			r = runes[i]
		}
		switch {
		case r >= markBranch:
			continue
		case r >= markVocab && r < markDigit:
			consider(l.vocabNeed(vocabMarkers[r-markVocab]))
		case r == markDigit:
			consider(need{keys: []string{digitKey}, cost: 100})
		case unicode.IsLetter(r):
			word = append(word, r)
			continue
		}
		if len(word) > 0 {
			glued := r == '-' || (i == len(runes) && rightOpen)
			if !gluedLeft {
				consider(wordNeed(string(word), glued))
			}
			word = word[:0]
		}
		gluedLeft = r == '-'
	}
	return best
}

// wordCost is the cost of a word by its length: short words are common.
var wordCost = []int{0, 0, 30, 8, 3, 1}

// wordNeed is what one literal word needs.
func wordNeed(w string, prefixOnly bool) need {
	k := normWord(w)
	n := utf8.RuneCountInString(k)
	if n < 2 || stopWords[k] || strings.Contains(k, " ") || (prefixOnly && n < prefixMin) {
		return noNeed
	}
	return need{keys: []string{k}, cost: wordCost[min(n, len(wordCost)-1)]}
}

// vocabNeed is what a placeholder of table words needs.
func (l *language) vocabNeed(name string) need {
	var keys []string
	for _, w := range l.words(name) {
		// "vingt et un", "segunda-feira": the first word, which may be
		// glued to the rest.
		k, _, _ := strings.Cut(normWord(strings.TrimPrefix(w, "=")), " ")
		if utf8.RuneCountInString(k) < 2 {
			return noNeed
		}
		keys = append(keys, k)
	}
	cost := len(keys) + 1
	if name == "num" { // digits too
		keys, cost = append(keys, digitKey), cost+100
	}
	return need{keys: keys, cost: cost}
}
