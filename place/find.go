package place

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-news/vigie/internal/fold"
)

// MentionKind says what a mention names.
type MentionKind string

// Mention kinds.
const (
	KindDepartment MentionKind = "department"
	KindRegion     MentionKind = "region"
	KindCountry    MentionKind = "country"
)

// Mention is a département, region or country named in a text.
type Mention struct {
	Start, End int    // byte offsets of the name in the text
	Text       string // the name as written
	Kind       MentionKind
	Code       string // département code, region code ("84", "CH.VD") or ISO country code
	Name       string // official name
	Region     string // official name of the région (of a département) or region
	Country    string // ISO 3166-1 alpha-2
}

// target is what a phrase names.
type target struct {
	kind MentionKind
	i    int    // index in departments or regions
	code string // country code, for countries
}

// indexPhrases files the names Find looks for (each area's names are
// given by index): départements, then French régions, then countries,
// then the neighbours' regions. A name that is several ("Jura",
// "Luxembourg") is the first: what a French article most likely means.
func (g *Gazetteer) indexPhrases(deptNames, regionNames [][]string) {
	g.phrases = map[string]target{}
	g.prefixes = map[string]bool{}
	g.accents = map[string][]string{}
	add := func(name string, t target) {
		k := nameKey(name)
		if old, taken := g.phrases[k]; !taken || old == t {
			g.phrases[k] = t
			g.accents[k] = appendNew(g.accents[k], accentKey(name))
		}
		for i, r := range k {
			if r == ' ' {
				g.prefixes[k[:i]] = true
			}
		}
	}
	for i, names := range deptNames {
		for _, n := range names {
			add(n, target{kind: KindDepartment, i: i})
		}
	}
	for _, french := range []bool{true, false} {
		if !french {
			for _, code := range countries {
				for _, n := range countryNames[code] {
					add(n, target{kind: KindCountry, code: code})
				}
			}
		}
		for i, names := range regionNames {
			for _, n := range names {
				if (g.regions[i].Country == "FR") == french {
					add(n, target{kind: KindRegion, i: i})
				}
			}
		}
	}
}

// token is a word of a text.
type token struct {
	start, end int
	key        *string // folded, abbreviations spelled out; computed when needed
}

// fold returns the token's key.
func (t token) fold(text string) string {
	if *t.key == "" {
		*t.key = wordKey(text[t.start:t.end])
	}
	return *t.key
}

func tokenize(text string) []token {
	var toks []token
	start := -1
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			toks = append(toks, token{start: start, end: i})
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, token{start: start, end: len(text)})
	}
	keys := make([]string, len(toks))
	for i := range toks {
		toks[i].key = &keys[i]
	}
	return toks
}

// Find returns the départements, French régions, neighbouring countries'
// regions and countries (names in French, English, German, Italian and
// their own languages) named in text, in order, with their byte offsets:
// "(Val-de-Marne)", "en Savoie", "Bas-Rhin :", "in Sachsen-Anhalt", and
// "Annecy (74)" (a code in parentheses after a commune of the
// département). Communes are not looked for: too many are also words or
// people's names; look up the names you extract with Resolve.
//
// A name counts when its first word is capitalised, it is not part of a
// hyphenated compound (Nogent-sur-Marne names no Marne), and it does not
// follow a capitalised word that makes it part of a longer name (Angers
// Loire Métropole names no Loire; "Région Grand Est" and "In Savoie" are
// fine). One that is also a common word (Cher, Lot, Somme, Vienne) must
// not open a sentence, unless a colon follows it as in a headline
// ("Somme : …").
func (g *Gazetteer) Find(text string) []Mention {
	toks := tokenize(text)
	var out []Mention
	for i := 0; i < len(toks); {
		m, n := g.mentionAt(text, toks, i)
		if n == 0 {
			i++
			continue
		}
		out = append(out, m)
		i += n
	}
	return out
}

// mentionAt returns the longest mention starting at toks[i] and the number
// of words it spans, or 0.
func (g *Gazetteer) mentionAt(text string, toks []token, i int) (Mention, int) {
	if m, ok := g.codeAt(text, toks, i); ok {
		return m, 1
	}
	if !mayStart(text, toks[i]) {
		return Mention{}, 0
	}
	var keys []string
	for j, k := i, toks[i].fold(text); j < len(toks); j++ {
		if j > i {
			k += " " + toks[j].fold(text)
		}
		keys = append(keys, k)
		if !g.prefixes[k] {
			break
		}
	}
	for n := len(keys); n > 0; n-- {
		t, ok := g.phrases[keys[n-1]]
		if !ok || !acceptable(text, toks, i, n, keys[n-1]) || !g.accentsFit(text[toks[i].start:toks[i+n-1].end], keys[n-1]) {
			continue
		}
		return g.mention(text, toks[i].start, toks[i+n-1].end, t), n
	}
	return Mention{}, 0
}

// accentsFit reports whether a phrase is written with no accent that the
// names filed under its key lack: "Münster", the German city, does not
// name Munster, the Irish province, while "Zurich" and "Ile-de-France"
// name Zürich and Île-de-France.
func (g *Gazetteer) accentsFit(written, key string) bool {
	w := accentKey(written)
	return isASCII(w) || slices.Contains(g.accents[key], w)
}

// mayStart reports whether a name Find looks for may start with the word:
// one with a capital, or a minor word ("la Réunion"). Most words are
// neither, and are not folded.
func mayStart(text string, t token) bool {
	r, _ := utf8.DecodeRuneInString(text[t.start:])
	return unicode.IsUpper(r) || (t.end-t.start <= 4 && minor[strings.ToLower(text[t.start:t.end])])
}

// codeAt reads a département code in parentheses after the name of one
// of its communes: "Annecy (74)", "Bourg-Saint-Maurice (73)", but not
// "Commentaires (87)".
func (g *Gazetteer) codeAt(text string, toks []token, i int) (Mention, bool) {
	t := toks[i]
	if i == 0 || t.start == 0 || t.end >= len(text) || text[t.start-1] != '(' || text[t.end] != ')' ||
		t.end-t.start > 3 || !unicode.IsDigit(rune(text[t.start])) {
		return Mention{}, false
	}
	d, ok := g.deptIndex[strings.ToUpper(text[t.start:t.end])]
	if !ok || !g.communeBefore(text, toks[:i], t.start-1, g.departments[d].Code) {
		return Mention{}, false
	}
	return g.mention(text, t.start, t.end, target{kind: KindDepartment, i: d}), true
}

// communeBefore reports whether the last words of toks, right before the
// parenthesis at open, name a commune of the département.
func (g *Gazetteer) communeBefore(text string, toks []token, open int, dept string) bool {
	end := toks[len(toks)-1].end
	if strings.TrimSpace(text[end:open]) != "" {
		return false
	}
	for n := 1; n <= 6 && n <= len(toks); n++ {
		for _, m := range g.lookup(text[toks[len(toks)-n].start:end]) {
			if g.communes[m.id].Department == dept {
				return true
			}
		}
	}
	return false
}

func (g *Gazetteer) mention(text string, start, end int, t target) Mention {
	m := Mention{Start: start, End: end, Text: text[start:end], Kind: t.kind}
	switch t.kind {
	case KindDepartment:
		d := g.departments[t.i]
		m.Code, m.Name, m.Region, m.Country = d.Code, d.Name, d.Region, "FR"
	case KindRegion:
		r := g.regions[t.i]
		m.Code, m.Name, m.Region, m.Country = r.Code, r.Name, r.Name, r.Country
	case KindCountry:
		m.Code, m.Name, m.Country = t.code, countryNames[t.code][0], t.code
	}
	return m
}

// minor are the words a name may start with in lower case: "la Réunion",
// "de Bruxelles-Capitale".
var minor = setOf("le la les l de du des d et en sur sous")

// lead are the words that may come, capitalised, right before a name
// without making it part of a longer one: "Région Grand Est", "Le
// Val-de-Marne", headlines in title case ("Cyberattack In Savoie"), the
// German services of a canton or a Land ("Kantonspolizei Bern").
var lead = setOf(`le la les l de du des d et en sur sous a au aux dans pour par chez vers depuis jusqu entre
	region departement canton land kanton provincia regione comunidad county
	in of the at near from to and for on im aus bei von und nel nella di del della da
	dal dalla dallo dai dalle al alla allo ai alle nello nei nelle sul sulla tra fra verso per con
	desde hasta el los las por para con entre
	nach zum zur am vom uber zwischen
	kantons kantonspolizei landespolizei polizei staatsanwaltschaft kantonsregierung landesregierung regierungsrat landkreis bezirk
	naar van uit bij op tot tussen het`)

// acceptable applies Find's rules to the phrase of n words at toks[i].
func acceptable(text string, toks []token, i, n int, key string) bool {
	start, end := toks[i].start, toks[i+n-1].end
	if joined(text[:start], true) || joined(text[end:], false) {
		return false
	}
	head := toks[i]
	for _, t := range toks[i : i+n] {
		if !minor[t.fold(text)] {
			head = t
			break
		}
	}
	if r, _ := utf8.DecodeRuneInString(text[head.start:]); !unicode.IsUpper(r) {
		return false
	}
	if i > 0 && continues(text, toks[i-1], start) {
		return false
	}
	if commonWords[key] && opensSentence(text[:start]) && !strings.HasPrefix(strings.TrimSpace(text[end:]), ":") {
		return false
	}
	return true
}

// continues reports whether the phrase at start continues a proper name
// begun by the word before it: "Angers Loire Métropole" names no Loire,
// "Hôpital Nord Franche-Comté" no Franche-Comté.
func continues(text string, prev token, start int) bool {
	if strings.TrimSpace(text[prev.end:start]) != "" || lead[prev.fold(text)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[prev.start:])
	return unicode.IsUpper(r)
}

// joined reports whether a hyphen ties the text before (or after) a
// phrase to a word: "Nogent-sur-|Marne", "Marche|-en-Famenne".
func joined(s string, before bool) bool {
	if before {
		r, n := utf8.DecodeLastRuneInString(s)
		if !isHyphen(r) {
			return false
		}
		p, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
		return unicode.IsLetter(p) || unicode.IsDigit(p)
	}
	r, n := utf8.DecodeRuneInString(s)
	if !isHyphen(r) {
		return false
	}
	p, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsLetter(p) || unicode.IsDigit(p)
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// opensSentence reports whether a phrase after s starts a sentence, a
// line or the text.
func opensSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != '\n' })
	s = strings.TrimRight(s, "«\"“‘' \u00a0")
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\n", r)
}

// wordKey folds one word as nameKey does.
func wordKey(w string) string {
	if isASCII(w) {
		return expand(strings.ToLower(w))
	}
	return expand(fold.String(w))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
