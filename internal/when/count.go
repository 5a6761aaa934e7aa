package when

import (
	"strconv"
	"time"
)

// Count reads a count written in figures (under 100) or in the words of
// the language lang ("deux", "zwei", "a" in "a year ago"); false when the
// word is none.
func Count(word, lang string) (int, bool) {
	if n, err := strconv.Atoi(word); err == nil {
		if n <= 0 || n >= 100 {
			return 0, false
		}
		return n, true
	}
	compiled() // indexes every language's words
	for _, l := range languages {
		if l.code == lang {
			n, ok := l.numberOf[normWord(word)]
			return n, ok && n > 0
		}
	}
	return 0, false
}

// UnitDays is about how many days the unit a word names lasts: 1 for
// "jours", 7 for "weeks", 30 for "Monate", 365 for "años"; false when the
// word names none.
func UnitDays(word string) (int, bool) {
	u, ok := units[normWord(word)]
	return unitDays[u], ok
}

var unitDays = map[unit]int{unitDay: 1, unitWeek: 7, unitMonth: 30, unitYear: 365}

// Month reads a month's name in the language lang ("November",
// "noviembre", "nov."); false when the word names none.
func Month(word, lang string) (time.Month, bool) {
	compiled()
	for _, l := range languages {
		if l.code == lang {
			m, ok := l.monthOf[normWord(word)]
			return time.Month(m), ok && m > 0
		}
	}
	return 0, false
}
