package place

import (
	"strings"
	"unicode"

	"github.com/vigie-news/vigie/internal/fold"
	"golang.org/x/text/unicode/norm"
)

// nameKey folds a name (case, accents, hyphens, apostrophes: see
// internal/fold) and spells out St and Ste, so that "St-Cloud",
// "Saint Cloud" and "SAINT-CLOUD" give the same key.
func nameKey(s string) string {
	if strings.Contains(s, "&") {
		s = strings.ReplaceAll(s, "&", " and ") // "Folkestone & Hythe", "Brighton & Hove"
	}
	if k, ok := asciiKey(s); ok {
		return k
	}
	w := fold.Words(s)
	for i, x := range w {
		w[i] = expand(x)
	}
	return strings.Join(w, " ")
}

// asciiKey is nameKey for pure ASCII names, which most alternate names
// are, without fold's Unicode normalisation: it halves the load time.
func asciiKey(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s) + 6)
	start, space := 0, false
	flush := func(end int) {
		if start < end {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(expand(strings.ToLower(s[start:end])))
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			if space {
				start, space = i, false
			}
		default:
			if !space {
				flush(i)
				space = true
			}
		}
	}
	if !space {
		flush(len(s))
	}
	return b.String(), true
}

// expand spells out the abbreviations of a folded word.
func expand(w string) string {
	switch w {
	case "st":
		return "saint"
	case "ste":
		return "sainte"
	case "sts":
		return "saints"
	case "stes":
		return "saintes"
	}
	return w
}

// articles are the leading articles a French name may be written with or
// without: "Les Mureaux", "la mairie des Mureaux".
var articles = []string{"le ", "la ", "les ", "l "}

// stripArticle removes a leading article from a key.
func stripArticle(k string) string {
	for _, a := range articles {
		if rest, ok := strings.CutPrefix(k, a); ok && rest != "" {
			return rest
		}
	}
	return k
}

// epciPrefixes are the ways the type of an intercommunality is written
// before its name, folded, longest first.
var epciPrefixes = []struct{ words, family string }{
	{"communaute de communes", "CC"},
	{"communaute des communes", "CC"},
	{"communaute de l agglomeration", "CA"},
	{"communaute d agglomeration", "CA"},
	{"communaute d agglo", "CA"},
	{"communaute urbaine", "CU"},
	{"etablissement public territorial", "EPT"},
	{"metropole", "METRO"},
	{"agglomeration", "CA"},
	{"agglo", "CA"},
	{"cc", "CC"},
	{"ca", "CA"},
	{"cu", "CU"},
	{"ept", "EPT"},
}

// epciSuffixes are type words written after a name: "Angers Loire
// Métropole", "Vichy Communauté", "Flers Agglo".
var epciSuffixes = []struct{ words, family string }{
	{"metropole", "METRO"},
	{"agglomeration", "CA"},
	{"agglo", "CA"},
	{"communaute", ""},
}

// connectors are the words between a type and a name: "CC de la …",
// "CA du …", "Métropole d'…".
var connectors = []string{"de la ", "de l ", "des ", "du ", "de ", "d "}

// epciName is a name of an intercommunality taken apart.
type epciName struct {
	key    string // without the type prefix: "grand annecy", "angers loire metropole"
	core   string // also without a type suffix: "angers loire"
	family string // CC, CA, CU, METRO or EPT when the name says so
	typed  bool   // the name carries a type word, before or after
}

// parseEPCI takes the type words off an intercommunality's name:
// "Communauté d'agglomération du Grand Annecy", "CA du Grand Annecy" and
// "Grand Annecy" all give the key "grand annecy".
func parseEPCI(s string) epciName {
	k := nameKey(s)
	var n epciName
	for changed := true; changed; {
		changed = false
		k = stripArticle(k)
		for _, p := range epciPrefixes {
			if rest, ok := strings.CutPrefix(k, p.words+" "); ok {
				k, n.family, n.typed, changed = stripConnector(rest), p.family, true, true
				break
			}
		}
	}
	n.key, n.core = k, k
	for _, s := range epciSuffixes {
		if rest, ok := strings.CutSuffix(k, " "+s.words); ok && rest != "" {
			n.core, n.typed = rest, true
			if n.family == "" {
				n.family = s.family
			}
			break
		}
	}
	return n
}

func stripConnector(k string) string {
	for _, c := range connectors {
		if rest, ok := strings.CutPrefix(k, c); ok && rest != "" {
			return rest
		}
	}
	return k
}

// family groups EPCI types as articles name them: the Métropole de Lyon
// (MET69) is a métropole.
func family(typ string) string {
	if typ == "MET69" {
		return "METRO"
	}
	return typ
}

// accentKey is nameKey without the accent folding, and without a leading
// article: what tells Viré from Vire once nameKey has matched them.
func accentKey(s string) string {
	w := strings.FieldsFunc(strings.ToLower(norm.NFC.String(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
	for i, x := range w {
		w[i] = expand(x)
	}
	return stripArticle(strings.Join(w, " "))
}
