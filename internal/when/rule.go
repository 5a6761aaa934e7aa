package when

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// kind says how a rule's match becomes dates. Captures are named d1 m1 y1 w1
// for a first date (day, month, year, weekday) and d2 m2 y2 w2 for a second.
type kind uint8

const (
	kindDate      kind = iota // a calendar date: d1 m1 [y1] [w1], or w1 d1
	kindNumeric               // 24/04/2021, 24.04.21, 2021-04-24
	kindMonth                 // a month, m1 [y1]: needs a word before it or a year
	kindMonthRel              // ref's month plus arg months
	kindWeekday               // w1, with groups last, next and night
	kindOffset                // ref plus arg days
	kindAgo                   // n units before ref (groups n, unit, approx, exact: that very day)
	kindFew                   // a few units before ref (group unit)
	kindWeek                  // Monday of ref's week plus arg weeks, Vague
	kindWeekend               // Saturday of the latest weekend; arg -1: the one before when ref is in a weekend
	kindWeekendOf             // the weekend of the dates given: the first
	kindNight                 // the night between two days, or of one; arg 1: the early hours (the second day, no Night)
	kindSpan                  // two dates, each an Expr
)

// ruleDef is a rule as a language file writes it.
type ruleDef struct {
	kind  kind
	arg   int
	night bool // kindOffset: the expression names a night ("last night")
	tmpl  string
}

// language holds the words of one language and its rules.
type language struct {
	code     string
	months   [12][]string // full names first; abbreviations end with "."
	weekdays [7][]string  // indexed by time.Weekday
	numbers  [32][]string // numbers[n]: the words for n
	few      []string     // "quelques", "a few"
	ordinal  string       // regexp after a day number: "(?:er|re)?"
	to       []string     // words joining the ends of a range ("au", "and")
	// dayIdioms are day counts that mean weeks: "il y a huit jours" is a
	// week ago.
	dayIdioms map[int]int
	rules     []ruleDef

	monthOf   map[string]int
	weekdayOf map[string]time.Weekday
	numberOf  map[string]int
}

// rule is a compiled ruleDef.
type rule struct {
	ruleDef
	lang     *language
	anchored *regexp.Regexp        // matches at the start of the text only
	plain    func() *regexp.Regexp // matches anywhere: the plain scan tests compare with
	names    map[string][]int      // capture indexes by name; a name may repeat
	anchors  []string              // keys of the words every match holds one of; nil: none known
	firsts   []string              // keys of the words a match may begin with; nil: any
}

// Text pieces the templates expand to.
const (
	space  = `[\s\x{a0}\x{202f}]+`
	apos   = `['’ʼ]`
	hyphen = `(?:[-‐‑–]|[\s\x{a0}\x{202f}]+)?` // "week-end", "week end", "weekend"
	dash   = `[\s\x{a0}\x{202f}]*[-‐‑–/][\s\x{a0}\x{202f}]*`
	// edge stands for the word boundary at each end of a match: Go's \b
	// knows only ASCII letters, and "lunedì" ends with a letter.
	edge = `(?:^|[^\p{L}\p{N}])`
	tail = `(?:[^\p{L}\p{N}]|$)`
)

// languages lists the tables by code, in the order used when the language
// of a text is unknown.
var languages = []*language{&french, &english, &german, &italian, &spanish, &dutch, &portuguese, &catalan, &polish, &swedish}

// compiled builds every language's rules once; "" holds them all.
var compiled = sync.OnceValue(func() map[string]*ruleSet {
	out := map[string]*ruleSet{}
	numeric := compileNumeric()
	all := slices.Clone(numeric)
	for _, l := range languages {
		l.index()
		rs := slices.Clone(numeric)
		for _, d := range l.rules {
			rs = append(rs, compileRule(d, l))
		}
		out[l.code] = newRuleSet(rs)
		all = append(all, rs[len(numeric):]...)
	}
	out[""] = newRuleSet(all)
	return out
})

// rulesFor returns the rules for a language code ("fr", "en-GB"), or those
// of every language when the code is unknown.
func rulesFor(lang string) *ruleSet {
	lang = strings.ToLower(lang)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	rs, ok := compiled()[lang]
	if !ok {
		rs = compiled()[""]
	}
	return rs
}

// placeholderRe finds the placeholders of a template.
var placeholderRe = regexp.MustCompile(`\{([a-z]+)(?::[a-z0-9]+)?\}`)

func compileRule(d ruleDef, l *language) *rule {
	r := newRule(d, l, l.expand(d.tmpl))
	r.anchors, r.firsts = l.analyze(d.tmpl)
	return r
}

// words returns the table words a placeholder stands for.
func (l *language) words(name string) []string {
	switch name {
	case "month", "monthname":
		return slices.Concat(l.months[:]...)
	case "wday":
		return slices.Concat(l.weekdays[:]...)
	case "num":
		return slices.Concat(l.numbers[:]...)
	case "few":
		return l.few
	}
	return nil
}

// newRule compiles a pattern; group 1 is the expression, without the
// boundary characters around it.
func newRule(d ruleDef, l *language, pattern string) *rule {
	compile := func(prefix string) *regexp.Regexp {
		re := regexp.MustCompile(`(?i)` + prefix + `(` + pattern + `)` + tail)
		re.Longest()
		return re
	}
	r := &rule{ruleDef: d, lang: l, anchored: compile(`^`), names: map[string][]int{}}
	r.plain = sync.OnceValue(func() *regexp.Regexp { return compile(edge) })
	for i, n := range r.anchored.SubexpNames() {
		if n != "" {
			r.names[n] = append(r.names[n], i)
		}
	}
	return r
}

// compileNumeric returns the all-digit date rules every language shares.
// A two-digit year needs a two-digit day and month: "1.10.12" is a version.
func compileNumeric() []*rule {
	const iso = `(?P<y1>(?:19|20)[0-9]{2})-(?P<m1>[0-9]{2})-(?P<d1>[0-9]{2})(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?`
	var rs []*rule
	for _, p := range []string{
		`(?P<d1>[0-9]{1,2})/(?P<m1>[0-9]{1,2})/(?P<y1>(?:19|20)[0-9]{2})`,
		`(?P<d1>[0-9]{1,2})\.(?P<m1>[0-9]{1,2})\.(?P<y1>(?:19|20)[0-9]{2})`,
		`(?P<d1>[0-9]{1,2})-(?P<m1>[0-9]{1,2})-(?P<y1>(?:19|20)[0-9]{2})`,
		`(?P<d1>[0-9]{2})[/.](?P<m1>[0-9]{2})[/.](?P<y1>[0-9]{2})`,
		iso,
	} {
		r := newRule(ruleDef{kind: kindNumeric}, nil, p)
		r.anchors, r.firsts = []string{digitKey}, []string{digitKey}
		rs = append(rs, r)
	}
	return rs
}

// expand turns a template into a regexp. Outside {placeholders}, a space
// stands for any run of spaces, "'" for any apostrophe, "-" for a hyphen,
// a space or nothing, an accented letter for itself or its plain form, and
// everything else is regexp syntax.
func (l *language) expand(tmpl string) string {
	var b strings.Builder
	for i := 0; i < len(tmpl); {
		c := tmpl[i]
		switch {
		case c == '{' && i+1 < len(tmpl) && isASCIILetter(tmpl[i+1]):
			j := strings.IndexByte(tmpl[i:], '}')
			b.WriteString(l.placeholder(tmpl[i+1 : i+j]))
			i += j + 1
			continue
		case c == '\\' && i+1 < len(tmpl):
			b.WriteString(tmpl[i : i+2])
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(tmpl[i:])
		if p, ok := letterPattern(r); ok {
			b.WriteString(p)
		} else {
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// placeholder expands {name} or {name:group}.
func (l *language) placeholder(p string) string {
	name, group, _ := strings.Cut(p, ":")
	named := func(alts string) string {
		if group == "" {
			return `(?:` + alts + `)`
		}
		return `(?P<` + group + `>` + alts + `)`
	}
	switch name {
	case "day":
		return named(`3[01]|[12][0-9]|0?[1-9]`) + l.ordinal
	case "year":
		return named(`(?:19|20)[0-9]{2}`)
	case "month":
		return named(wordsPattern(slices.Concat(l.months[:]...)))
	case "monthname":
		return named(wordsPattern(fullNames(l.months[:])))
	case "wday":
		return named(wordsPattern(slices.Concat(l.weekdays[:]...)))
	case "num":
		return named(`[0-9]{1,2}|` + wordsPattern(slices.Concat(l.numbers[:]...)))
	case "few":
		return named(wordsPattern(l.few))
	case "to":
		return l.connector()
	}
	panic(fmt.Sprintf("when: unknown placeholder {%s} in %s", p, l.code))
}

// connector matches what joins the two ends of a range: a dash or slash,
// or one of the language's words ("au", "et le", "dall'").
func (l *language) connector() string {
	var spaced, elided []string
	for _, w := range l.to {
		if strings.HasSuffix(w, "'") {
			elided = append(elided, wordPattern(w))
		} else {
			spaced = append(spaced, wordPattern(w))
		}
	}
	alts := []string{dash, space + `(?:` + strings.Join(spaced, "|") + `)` + space}
	if len(elided) > 0 {
		alts = append(alts, space+`(?:`+strings.Join(elided, "|")+`)`)
	}
	return `(?:` + strings.Join(alts, "|") + `)`
}

func fullNames(lists [][]string) []string {
	var out []string
	for _, l := range lists {
		for _, w := range l {
			if !strings.HasSuffix(w, ".") {
				out = append(out, w)
			}
		}
	}
	return out
}

// wordsPattern is an alternation of words, longest first.
func wordsPattern(words []string) string {
	words = slices.Clone(words)
	slices.SortStableFunc(words, func(a, b string) int { return len(b) - len(a) })
	ps := make([]string, len(words))
	for i, w := range words {
		ps[i] = wordPattern(w)
	}
	return strings.Join(ps, "|")
}

// wordPattern matches a table word however it is written: without its
// accents, with "ae" for "ä", with or without an abbreviation's dot. A word
// starting with "=" keeps its case ("=May" is not the verb "may").
func wordPattern(w string) string {
	exact := strings.HasPrefix(w, "=")
	w = strings.TrimPrefix(w, "=")
	abbr := strings.HasSuffix(w, ".")
	w = strings.TrimSuffix(w, ".")
	var b strings.Builder
	for _, r := range w {
		if p, ok := letterPattern(r); ok {
			b.WriteString(p)
		} else {
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	p := b.String()
	if abbr {
		p += `\.?`
	}
	if exact {
		p = `(?-i:` + p + `)`
	}
	return p
}

// expansions are the letters written more than one way.
var expansions = map[rune]string{
	' ': space, '\'': apos, '’': apos, '-': hyphen,
	'ä': `(?:ä|ae|a)`, 'ö': `(?:ö|oe|o)`, 'ü': `(?:ü|ue|u)`, 'ß': `(?:ß|ss)`, 'œ': `(?:œ|oe)`,
}

// letterPattern returns the pattern for a template rune that is not plain
// ASCII regexp syntax.
func letterPattern(r rune) (string, bool) {
	if p, ok := expansions[r]; ok {
		return p, true
	}
	if r < utf8.RuneSelf {
		return "", false
	}
	base, _ := utf8.DecodeRuneInString(norm.NFD.String(string(r)))
	if base == r || base >= utf8.RuneSelf {
		return regexp.QuoteMeta(string(r)), true
	}
	return `(?:` + string(r) + `|` + string(base) + `)`, true
}
