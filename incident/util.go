package incident

import (
	"regexp"
	"strings"

	"github.com/vigie-news/vigie/internal/fold"
)

// foldJoin folds words and joins them with spaces.
func foldJoin(words []string) string { return foldProse(strings.Join(words, " ")) }

// foldProse folds a sentence for the word lists, keeping apart what
// folding alone would merge: the Spanish verb "deja" ("Un ciberataque deja
// sin servicio al Ayuntamiento") is not the French "déjà" the lists read
// as a recall, and an "apagón digital" is the systems going dark, not a
// power cut.
func foldProse(s string) string {
	if strings.Contains(s, "eja") {
		s = spanishDeja.ReplaceAllString(s, "${1}ejó")
	}
	f := fold.String(s)
	if strings.Contains(f, "apagon") || strings.Contains(f, "blackout") {
		f = figurativeOutages.Replace(f)
	}
	return f
}

// spanishDeja is "deja" written without accents: Spanish, or no French.
var spanishDeja = regexp.MustCompile(`\b([Dd])eja\b`)

// figurativeOutages are a power cut's words said of computers.
var figurativeOutages = strings.NewReplacer("apagon digital", "caida digital", "apagon informatico", "caida informatica",
	"blackout informatico", "caduta informatica", "blackout digitale", "caduta digitale")
