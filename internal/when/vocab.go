package when

import (
	"fmt"
	"strings"
	"time"

	"github.com/vigie-news/vigie/internal/fold"
)

// unit is what "il y a trois …" counts.
type unit uint8

const (
	unitDay unit = iota + 1
	unitWeek
	unitMonth
	unitYear
)

// units maps the normalized words for days, weeks, months and years that
// UnitDays answers for any language (incident reads them in every one).
var units = unitTable(map[unit]string{
	unitDay:   "jour jours day days tag tage tagen giorno giorni dia dias dag dagen",
	unitWeek:  "semaine semaines week weeks woche wochen settimana settimane semana semanas weken",
	unitMonth: "mois month months monat monate monaten mese mesi mes meses maand maanden",
	unitYear:  "an ans annee annees year years jahr jahre jahren anno anni ano anos jaar jaren",
})

// langUnits are the unit words of the languages read later, read only in
// their language's rules: Catalan "any" and "dies" are English and German
// words, Swedish "år" folds to "ar".
var langUnits = map[string]map[string]unit{
	"ca": unitTable(map[unit]string{unitDay: "dia dies", unitWeek: "setmana setmanes", unitMonth: "mes mesos", unitYear: "any anys"}),
	"pl": unitTable(map[unit]string{unitDay: "dni dzien dnia", unitWeek: "tygodni tydzien tygodnie", unitMonth: "miesiecy miesiac miesiace", unitYear: "lat rok lata"}),
	"sv": unitTable(map[unit]string{unitDay: "dag dagar", unitWeek: "vecka veckor", unitMonth: "manad manader", unitYear: "ar"}),
}

// unitTable maps each of the space-separated words to its unit.
func unitTable(words map[unit]string) map[string]unit {
	m := map[string]unit{}
	for u, ws := range words {
		for _, w := range strings.Fields(ws) {
			m[normWord(w)] = u
		}
	}
	return m
}

// normWord is the lookup key of a word as written in a text or a table:
// folded, and with the spellings wordPattern accepts for one letter made
// one ("März", "Maerz" and "Marz" all give "marz").
func normWord(s string) string {
	return collapse(fold.String(s))
}

// collapse writes "ae", "oe", "ue" and "ss" as their first letter.
func collapse(s string) string {
	i := 0
	for ; i+1 < len(s); i++ {
		if isPair(s[i], s[i+1]) {
			break
		}
	}
	if i+1 >= len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for i < len(s) {
		b = append(b, s[i])
		if i+1 < len(s) && isPair(s[i], s[i+1]) {
			i++
		}
		i++
	}
	return string(b)
}

func isPair(a, b byte) bool {
	return (b == 'e' && (a == 'a' || a == 'o' || a == 'u')) || (a == 's' && b == 's')
}

// index builds the lookup maps of the language's words. Two words with the
// same key and different values would make lookups depend on map order, so
// they are refused.
func (l *language) index() {
	l.monthOf = map[string]int{}
	for i, words := range l.months {
		for _, w := range words {
			put(l.monthOf, w, i+1, l.code)
		}
	}
	l.weekdayOf = map[string]time.Weekday{}
	for i, words := range l.weekdays {
		for _, w := range words {
			put(l.weekdayOf, w, time.Weekday(i), l.code)
		}
	}
	l.numberOf = map[string]int{}
	for i, words := range l.numbers {
		for _, w := range words {
			put(l.numberOf, w, i, l.code)
		}
	}
}

func put[V comparable](m map[string]V, word string, v V, code string) {
	k := normWord(strings.TrimPrefix(word, "="))
	if old, ok := m[k]; ok && old != v {
		panic(fmt.Sprintf("when: %s word %q means both %v and %v", code, word, old, v))
	}
	m[k] = v
}
