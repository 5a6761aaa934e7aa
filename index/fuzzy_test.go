package index

import (
	"slices"
	"testing"

	"github.com/vigie-news/vigie"
)

// TestIncidents_fuzzy: misspelt words and place names find their
// incidents, but only when the words as typed find too little.
func TestIncidents_fuzzy(t *testing.T) {
	t.Parallel()
	forEachIncidentEngine(t, func(t *testing.T, x *Incidents) {
		mustReplace(t, x, incidentCorpus()...)
		for _, tc := range []struct {
			q     string
			want  string
			fuzzy bool
		}{
			{"rançongicel", "2021-04-bourg-saint-maurice", true},
			{"Albertvile", "2022-01-albertville", false}, // its stem is found exactly
			{"Bourg-Saint-Mauric lokbit", "2021-04-bourg-saint-maurice", true},
			{"denial-of-servise", "2022-01-albertville", true},
			{"rançongiciel", "2021-04-bourg-saint-maurice", false},
		} {
			r := mustSearchIncidents(t, x, vigie.IncidentFilter{Query: tc.q})
			if !slices.Contains(r.IDs, tc.want) || r.Fuzzy != tc.fuzzy {
				t.Errorf("%q: %v (fuzzy %v), want %s (fuzzy %v)", tc.q, r.IDs, r.Fuzzy, tc.want, tc.fuzzy)
			}
		}
		// A word found exactly is not loosened: "mairie" does not bring "marie".
		if r := mustSearchIncidents(t, x, vigie.IncidentFilter{Query: "zzzz"}); r.Total != 0 {
			t.Errorf("nonsense found %v", r.IDs)
		}
	})
}
