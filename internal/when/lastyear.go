package when

import (
	"regexp"
	"strings"
)

// lastYearPhrases, right after a date written without its year, put it
// in the year before the reference's: "discovered in February last year",
// "im Februar vergangenen Jahres", "a febbraio dell'anno scorso".
var lastYearPhrases = []string{"last year", "of last year", "the previous year", "l an dernier", "l année dernière",
	"de l année dernière", "de l an dernier", "letzten jahres", "vergangenen jahres", "des vorjahres", "im vorjahr",
	"dell anno scorso", "lo scorso anno", "dello scorso anno", "l anno scorso", "del año pasado", "el año pasado",
	"vorig jaar", "van vorig jaar", "vorige jaar", "afgelopen jaar", "van het afgelopen jaar"}

var yearWritten = regexp.MustCompile(`\b(?:1[89]|2[01])\d\d\b`)

// lastYear moves e a year back when the words after it say "last year"
// and it writes no year of its own, and it was read in the reference's
// year (today is the civil day of the reference).
func lastYear(text string, e Expr, today day) Expr {
	if e.Date.IsZero() || yearWritten.MatchString(e.Text) || e.Date.Time.Year() != today.Year() {
		return e
	}
	if lastYearAfter(text[e.End:]) {
		e.Date.Time = e.Date.Time.AddDate(-1, 0, 0)
	}
	return e
}

// lastYearAfter: the text after a date opens with words saying "last
// year".
func lastYearAfter(rest string) bool {
	after := strings.Join(wordsOf(firstWords(rest, 5)), " ")
	for _, p := range lastYearPhrases {
		if after == p || strings.HasPrefix(after, p+" ") {
			return true
		}
	}
	return false
}

// firstWords is the start of s holding its first n words.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}
