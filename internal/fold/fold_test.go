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
