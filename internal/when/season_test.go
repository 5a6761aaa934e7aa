package when

import (
	"testing"
	"time"
)

// TestSeasons: seasons placed by a year or by "last"/"this", against the
// publication day; a bare season dates nothing.
func TestSeasons(t *testing.T) {
	t.Parallel()
	ref := time.Date(2022, 3, 12, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"the ransomware attack of last spring cost millions", "2021-03"},
		{"seit dem Angriff im Sommer 2021 arbeitet die Verwaltung", "2021-06"},
		{"depuis la cyberattaque de l'été dernier", "2021-06"},
		{"dopo l'attacco dell'estate scorsa", "2021-06"},
		{"quanto accaduto la scorsa primavera, quando il sito", "2021-03"},
		{"el ataque de la pasada primavera", "2021-03"},
		{"el ciberataque del verano de 2020", "2020-06"},
		{"the attack in the winter of 2021", "2020-12"},
		{"cet hiver, la mairie a été attaquée", "2021-12"},
		{"in the summer the pool opens", ""},
		{"la facture laissée par l'attaque informatique de l'été", "2021-06"},
		{"die Kosten des Angriffs vom Herbst", "2021-09"},
		{"Spring Hill council said", ""},
	} {
		got := ""
		if es := Seasons(tc.text, ref); len(es) > 0 {
			got = es[0].Date.String()
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
