package server

import "testing"

// TestFold: ASCII words take the short way, the others lose their accents;
// both come out the same as the index compares them.
func TestFold(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Gravelines":           "gravelines",
		"rançongiciel":         "rancongiciel",
		"Île-de-France":        "ile de france",
		"l'Hôtel de Ville":     "l hotel de ville",
		"Bourg-Saint-Maurice,": "bourg saint maurice",
		"":                     "",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}
