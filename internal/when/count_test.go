package when

import (
	"testing"
	"time"
)

func TestCountAndUnitDays(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		word, lang string
		want       int
		ok         bool
	}{
		{"deux", "fr", 2, true}, {"zwei", "de", 2, true}, {"a", "en", 1, true}, {"een", "nl", 1, true},
		{"eine", "de", 1, true}, {"zweieinhalb", "de", 2, true}, {"drei", "de", 3, true}, {"fünf", "de", 5, true}, // a half rounded down
		{"anderhalf", "nl", 1, true}, {"drie", "nl", 3, true},
		{"14", "fr", 14, true}, {"a", "fr", 0, false}, {"deux", "en", 0, false}, {"2019", "en", 0, false},
	} {
		if n, ok := Count(tc.word, tc.lang); n != tc.want || ok != tc.ok {
			t.Errorf("Count(%q, %q) = %d, %t; want %d, %t", tc.word, tc.lang, n, ok, tc.want, tc.ok)
		}
	}
	for w, want := range map[string]int{"jours": 1, "weeks": 7, "Monate": 30, "años": 365, "jaar": 365} {
		if n, ok := UnitDays(w); n != want || !ok {
			t.Errorf("UnitDays(%q) = %d, %t; want %d", w, n, ok, want)
		}
	}
	for _, w := range []string{"dies", "any", "ar", "lat"} { // German and English words; Catalan, Swedish and Polish units only in their rules
		if _, ok := UnitDays(w); ok {
			t.Errorf("UnitDays(%q) names a unit", w)
		}
	}
	if _, ok := UnitDays("mairie"); ok {
		t.Error(`UnitDays("mairie") names a unit`)
	}
}

func TestMonth(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		word, lang string
		want       time.Month
		ok         bool
	}{
		{"November", "en", time.November, true}, {"noviembre", "es", time.November, true}, {"février", "fr", time.February, true},
		{"Mai", "de", time.May, true}, {"Blois", "fr", 0, false}, {"noviembre", "en", 0, false},
	} {
		if m, ok := Month(tc.word, tc.lang); m != tc.want || ok != tc.ok {
			t.Errorf("Month(%q, %q) = %v, %t; want %v, %t", tc.word, tc.lang, m, ok, tc.want, tc.ok)
		}
	}
}
