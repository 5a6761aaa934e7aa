package place

import (
	"strings"
	"unicode"

	"github.com/vigie-news/vigie/internal/fold"
)

// EPCIsByAcronym returns the intercommunalities whose official name's
// initials are the acronym the press writes for them: "CAPH" is the CA de
// la Porte du Hainaut, "CUCM" the CU Le Creusot Montceau-les-Mines,
// "2CCAM" the CC Cluses-Arve et Montagnes ("2C" for "CC"), "MNCA" the
// Métropole Nice Côte d'Azur. A hyphenated word gives its first initial,
// or one per part ("Cluses-Arve": CA; "Montceau-les-Mines": M). The
// registry's names carry no acronym of their own for most: these are
// derived, so several EPCIs may share one; callers choose by place.
func (g *Gazetteer) EPCIsByAcronym(written string) []EPCI {
	a := expandAcronym(written)
	if len(a) < 3 {
		return nil
	}
	g.acronymOnce.Do(g.indexAcronyms)
	var out []EPCI
	for _, i := range g.epciByAcr[a] {
		out = append(out, g.epcis[i])
	}
	return out
}

// expandAcronym reads an acronym as written: capitals, a digit doubling
// the capital after it ("2CCAM" is CCCAM); "" for anything else.
func expandAcronym(w string) string {
	var b strings.Builder
	rs := []rune(w)
	for k := 0; k < len(rs); k++ {
		r := rs[k]
		switch {
		case r >= '2' && r <= '4' && k+1 < len(rs) && unicode.IsUpper(rs[k+1]):
			b.WriteString(strings.Repeat(string(rs[k+1]), int(r-'0')))
			k++
		case unicode.IsUpper(r) && r < unicode.MaxASCII:
			b.WriteRune(r)
		default:
			return ""
		}
	}
	return b.String()
}

// indexAcronyms indexes each EPCI under the initials of its official name.
func (g *Gazetteer) indexAcronyms() {
	g.epciByAcr = map[string][]int{}
	for i, e := range g.epcis {
		for _, a := range nameInitials(e.Name) {
			if len(a) >= 3 {
				g.epciByAcr[a] = append(g.epciByAcr[a], i)
			}
		}
	}
}

// nameInitials are the acronyms an EPCI's official name may be written
// as: its type's letters ("CA", "CC", "CU"; "M" for a Métropole), then
// each word's initial, articles and prepositions aside.
func nameInitials(name string) []string {
	words := strings.Fields(strings.NewReplacer("'", " ", "’", " ").Replace(name))
	if len(words) == 0 {
		return nil
	}
	out := []string{""}
	for k, w := range words {
		var alts []string
		switch {
		case k == 0 && (w == "CC" || w == "CA" || w == "CU"):
			alts = []string{w}
		case k == 0 && fold.String(w) == "metropole":
			alts = []string{"M"}
		case acronymSkips[fold.String(w)] || w == "-":
			continue
		default:
			alts = wordInitials(w)
		}
		var next []string
		for _, o := range out {
			for _, a := range alts {
				next = append(next, o+a)
			}
		}
		out = next
	}
	return out
}

// wordInitials are a word's initial, and for a hyphenated one also one
// per part ("Cluses-Arve": C and CA).
func wordInitials(w string) []string {
	first := initial(w)
	if first == "" {
		return []string{""}
	}
	out := []string{first}
	if strings.Contains(w, "-") {
		parts := ""
		for _, p := range strings.Split(w, "-") {
			if !acronymSkips[fold.String(p)] {
				parts += initial(p)
			}
		}
		if parts != first {
			out = append(out, parts)
		}
	}
	return out
}

// initial is the word's first letter, folded and in capitals.
func initial(w string) string {
	f := fold.String(w)
	if f == "" {
		return ""
	}
	return strings.ToUpper(f[:1])
}

// acronymSkips are the words an acronym leaves out.
var acronymSkips = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "l": true, "d": true,
	"et": true, "en": true, "sur": true, "sous": true, "aux": true, "au": true, "a": true, "lez": true}
