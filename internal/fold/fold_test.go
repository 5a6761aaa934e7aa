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
