package fold

import "testing"

func TestString(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"Séez", "seez"},
		{"  Bourg-Saint-Maurice ", "bourg saint maurice"},
		{"L’hôpital d'Albertville-Moûtiers", "l hopital d albertville moutiers"},
		{"rançongiciel", "rancongiciel"},
		{"Cœur STRAßE", "coeur strasse"},
		{"« Grand Annecy » : 2020", "grand annecy 2020"},
		{"", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			if got := String(tc.in); got != tc.want {
				t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestASCIIPath: ASCII text folds as the Unicode path folds it.
func TestASCIIPath(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"", " ", "a", "A", "already folded 2020", " lead", "trail ", "two  spaces",
		"Mixed-Case, punct: x!", "\t\ntabs\r", "_under_score_", "a b c", "ABC-def GHI", "~`!@#$%^&*()", "x\x00y\x7f"} {
		if got, want := String(s), unicodeString(s); got != want {
			t.Errorf("String(%q) = %q, Unicode path %q", s, got, want)
		}
	}
}

func FuzzString(f *testing.F) {
	f.Add("Bourg-Saint-Maurice")
	f.Add("  two  spaces ")
	f.Fuzz(func(t *testing.T, s string) {
		if isASCII(s) {
			if got, want := String(s), unicodeString(s); got != want {
				t.Fatalf("String(%q) = %q, Unicode path %q", s, got, want)
			}
		}
	})
}

// TestLatinPath: text in Latin script folds as the Unicode path folds it,
// every rune alone and next to letters, spaces and signs.
func TestLatinPath(t *testing.T) {
	t.Parallel()
	var runes []rune
	for _, rg := range latinRanges {
		for r := rg.lo; r < rg.hi; r++ {
			runes = append(runes, r)
		}
	}
	check := func(s string) {
		if got, ok := latinString(s); ok && got != unicodeString(s) {
			t.Errorf("latinString(%q) = %q, Unicode path %q", s, got, unicodeString(s))
		}
	}
	some := []rune{'a', 'Z', '1', ' ', '-', 'é', 'É', 'ß', 'œ', '’', '\u00a0', 'ǅ', 'Ǖ', '€'}
	for _, a := range runes {
		check(string(a))
		for _, b := range some {
			check(string([]rune{a, b}))
			check(string([]rune{b, a}))
			check(string([]rune{b, a, b}))
		}
	}
	for _, s := range []string{"Séez", "L’hôpital", "1\u202f000\u00a0€ – «\u2009x\u2009» …", "x\u200by", "Cœur STRAßE", "«\u00a0Grand Annecy\u00a0»", "Ǆemal-Ǖber", "a\u0301b"} {
		check(s)
		if got, want := String(s), unicodeString(s); got != want {
			t.Errorf("String(%q) = %q, Unicode path %q", s, got, want)
		}
	}
	if _, ok := latinString("L’hôpital a payé 1 000 € – « rançon »"); !ok {
		t.Error("French is not read by the Latin path")
	}
}

func FuzzLatin(f *testing.F) {
	f.Add("Hôpital d'Albertville-Moûtiers")
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := latinString(s); ok && got != unicodeString(s) {
			t.Fatalf("latinString(%q) = %q, Unicode path %q", s, got, unicodeString(s))
		}
	})
}
