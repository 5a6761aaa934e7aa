package index

import (
	"slices"
	"testing"
)

func TestAnalyzers(t *testing.T) {
	t.Parallel()
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, analyzer, in string
		want               []string
	}{
		{"fold accents and case", analyzerFold, "L’Hôpital de SÉEZ", []string{"hopital", "de", "seez"}},
		{"fold keeps stop words", analyzerFold, "qu’il était là", []string{"il", "etait", "la"}},
		{"fold elides Italian", analyzerFold, "dell'Italia un'ora", []string{"italia", "ora"}},
		{"fold ligatures", analyzerFold, "Œuvre", []string{"oeuvre"}},
		{"fold does not stem", analyzerFold, "rançongiciels attacks", []string{"rancongiciels", "attacks"}},
		{"fold splits compounds", analyzerFold, "Saint-Denis", []string{"saint", "denis"}},
		{"fr stems plurals", analyzerFR, "Rançongiciels", []string{"rancongiciel"}},
		{"fr same with or without accents", analyzerFR, "rancongiciels", []string{"rancongiciel"}},
		{"fr accented stop words", analyzerFR, "Les services étaient à Séez", []string{"servic", "seez"}},
		{"fr stop words typed without accents", analyzerFR, "etaient a", nil},
		{"fr elision", analyzerFR, "L'attaque d’une mairie", []string{"ataqu", "mair"}},
		{"en stems", analyzerEN, "attacks attacked attacking", []string{"attack", "attack", "attack"}},
		{"en possessive and stop words", analyzerEN, "The council’s systems", []string{"council", "system"}},
		{"en folds", analyzerEN, "Café", []string{"cafe"}},
		{"de stems and folds", analyzerDE, "Die Stadtverwaltungen von Köln", []string{"stadtverwaltung", "koln"}},
		{"de umlaut spelt out", analyzerDE, "Koeln", []string{"koln"}},
		{"it elides and stems", analyzerIT, "dell'attacco ai Comuni", []string{"attacc", "comun"}},
		{"es stems and folds", analyzerES, "los ayuntamientos de Málaga", []string{"ayuntamient", "malag"}},
		{"nl stems", analyzerNL, "de gemeenten en de gemeente", []string{"gemeent", "gemeent"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := m.AnalyzerNamed(tc.analyzer)
			if a == nil {
				t.Fatalf("no analyzer %s", tc.analyzer)
			}
			var got []string
			for _, tok := range a.Analyze([]byte(tc.in)) {
				got = append(got, string(tok.Term))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s(%q) = %q, want %q", tc.analyzer, tc.in, got, tc.want)
			}
		})
	}
}
