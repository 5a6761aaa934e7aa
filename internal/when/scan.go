package when

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-news/vigie/internal/fold"
)

// Go's regexp has no DFA, and running every rule over a whole article
// costs milliseconds. So the text is cut into tokens, and a rule is tried,
// anchored, only at the tokens that may begin one of its matches (its
// first words) and that have one of its anchors (words every match holds)
// a few tokens ahead; a match counts only if it holds an anchor. Tests
// check that this finds what a plain scan finds.

// digitKey is the key of a token that starts with a digit.
const digitKey = "#"

// maxTokens bounds the tokens of one expression ("over the weekend of
// Wednesday, April 24, 2021 and Thursday, April 25, 2021" has 13).
const maxTokens = 24

// prefixMin is the length from which a key also matches the start of a
// token: "freitag" finds "Freitagabend", but "mai" does not find "mairie".
const prefixMin = 4

// stopWords are too common to anchor a rule on; templates have better words.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`le la les de du des en au aux et il un une ce dans pour par avec sur
		the and of to in on at from this that with
		am im der die das dem den und von vom zum auf vor
		lo di da del dal nel della una uno tra fra per con
		el los las que por para este esta het een van em no na ha`) {
		m[w] = true
	}
	return m
}()

// token is a run of letters and digits: rules begin and end on their edges.
type token struct {
	start, end int
	key        string
}

// tokenize splits text into tokens keyed by normWord, or digitKey.
func tokenize(text string) []token {
	var toks []token
	start := -1
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsNumber(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			toks = append(toks, newToken(text, start, i))
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, newToken(text, start, len(text)))
	}
	return toks
}

func newToken(text string, start, end int) token {
	if r, _ := utf8.DecodeRuneInString(text[start:]); unicode.IsNumber(r) {
		return token{start, end, digitKey}
	}
	return token{start, end, tokenKey(text[start:end])}
}

// tokenKey is normWord of a token, with a fast path for the Latin letters.
func tokenKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(unicode.ToLower(r)))
		case r < rune(len(latinKeys)) && latinKeys[r] != "":
			b.WriteString(latinKeys[r])
		default:
			return normWord(s)
		}
	}
	return collapse(b.String())
}

// latinKeys holds fold.String of the Latin-1 and Latin Extended-A letters.
var latinKeys = func() []string {
	keys := make([]string, 0x180)
	for r := range keys {
		keys[r] = strings.ReplaceAll(fold.String(string(rune(r))), " ", "")
	}
	return keys
}()

// keyIndex finds the rules a token key stands for, exactly or as a prefix.
type keyIndex struct {
	exact, prefix map[string][]int
	longest       int // bytes of the longest prefix key
}

func (x *keyIndex) add(rule int, keys []string) {
	for _, k := range keys {
		x.exact[k] = appendOnce(x.exact[k], rule)
		if utf8.RuneCountInString(k) >= prefixMin {
			x.prefix[k] = appendOnce(x.prefix[k], rule)
			x.longest = max(x.longest, len(k))
		}
	}
}

// lookup calls f for each rule of key, perhaps more than once.
func (x *keyIndex) lookup(key string, f func(rule int)) {
	for _, r := range x.exact[key] {
		f(r)
	}
	for l := prefixMin; l < len(key) && l <= x.longest; l++ {
		for _, r := range x.prefix[key[:l]] {
			f(r)
		}
	}
}

func appendOnce(xs []int, x int) []int {
	if len(xs) > 0 && xs[len(xs)-1] == x {
		return xs
	}
	return append(xs, x)
}

// ruleSet is the rules of a language with the keys that let scan skip them.
type ruleSet struct {
	rules   []*rule
	firsts  keyIndex // first words
	anchors keyIndex
}

func newRuleSet(rules []*rule) *ruleSet {
	s := &ruleSet{rules: rules}
	s.firsts = keyIndex{exact: map[string][]int{}, prefix: map[string][]int{}}
	s.anchors = keyIndex{exact: map[string][]int{}, prefix: map[string][]int{}}
	for i, r := range rules {
		s.firsts.add(i, r.firsts)
		s.anchors.add(i, r.anchors)
	}
	return s
}

// tokensOf returns, for each rule, the tokens that may start it and the
// tokens that anchor it, in text order.
func (s *ruleSet) tokensOf(toks []token) (starts, hits [][]int) {
	starts, hits = make([][]int, len(s.rules)), make([][]int, len(s.rules))
	for ti, tk := range toks {
		s.firsts.lookup(tk.key, func(r int) { starts[r] = appendOnce(starts[r], ti) })
		s.anchors.lookup(tk.key, func(r int) { hits[r] = appendOnce(hits[r], ti) })
	}
	for i, r := range s.rules {
		if r.firsts == nil { // may start anywhere
			starts[i] = make([]int, len(toks))
			for ti := range toks {
				starts[i][ti] = ti
			}
		}
	}
	return starts, hits
}

// scan calls add for each match of each rule.
func (s *ruleSet) scan(text string, add func(int, *match)) {
	toks := tokenize(text)
	starts, hits := s.tokensOf(toks)
	for i, r := range s.rules {
		r.scanTokens(text, toks, starts[i], hits[i], func(m *match) { add(i, m) })
	}
}

// scanTokens tries r at each start token with an anchor close ahead, and
// goes on after each match, as a plain scan would.
func (r *rule) scanTokens(text string, toks []token, starts, hits []int, add func(*match)) {
	next, h := 0, 0
	for _, t := range starts {
		if t < next {
			continue
		}
		if r.anchors != nil {
			for h < len(hits) && hits[h] < t {
				h++
			}
			if h == len(hits) {
				return
			}
			if hits[h] > t+maxTokens {
				continue
			}
		}
		from, to := toks[t].start, searchEnd(text, toks, t+maxTokens)
		idx := r.anchored.FindStringSubmatchIndex(text[from:to])
		if idx == nil || from+idx[3] > to-1 && to < len(text) {
			continue
		}
		for i := range idx {
			if idx[i] >= 0 {
				idx[i] += from
			}
		}
		if r.anchors != nil && !covers(toks, hits[h:], idx[2], idx[3]) {
			continue
		}
		add(&match{text: text, idx: idx, rule: r})
		for next = t + 1; next < len(toks) && toks[next].start < idx[3]; next++ {
		}
	}
}

// searchEnd returns where a search from a token may stop: past the
// punctuation after token k ("01." ends a German date), one rune into the
// token after it, so that the regexp still sees a word boundary there.
func searchEnd(text string, toks []token, k int) int {
	if k+1 >= len(toks) {
		return len(text)
	}
	_, n := utf8.DecodeRuneInString(text[toks[k+1].start:])
	return toks[k+1].start + n
}

// covers reports whether one of the anchor tokens starts in [start, end).
func covers(toks []token, anchors []int, start, end int) bool {
	i, _ := slices.BinarySearchFunc(anchors, start, func(a, start int) int { return cmp.Compare(toks[a].start, start) })
	return i < len(anchors) && toks[anchors[i]].start < end
}
