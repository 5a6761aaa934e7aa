package place

import (
	"strings"
	"testing"

	"github.com/vigie-news/vigie/internal/fold"
)

func TestNameKey(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"Bourg-Saint-Maurice", "bourg saint maurice"},
		{"BOURG-ST-MAURICE", "bourg saint maurice"},
		{"Bourg St Maurice", "bourg saint maurice"},
		{"Ste-Marie", "sainte marie"},
		{"L'Haÿ-les-Roses", "l hay les roses"},
		{"L’Île-Saint-Denis", "l ile saint denis"},
		{"Saint-Étienne", "saint etienne"},
		{"  St. Gallen ", "saint gallen"},
		{"Köthen (Anhalt)", "kothen anhalt"},
		{"Onet-le-Château", "onet le chateau"},
		{"Stes-Maries", "saintes maries"},
		{"Strasbourg", "strasbourg"},
		{"", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			if got := nameKey(tc.in); got != tc.want {
				t.Errorf("nameKey(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestASCIIKeyMatchesFold checks the ASCII fast path against the general one.
func TestASCIIKeyMatchesFold(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"Saint-Cloud", " St Albans ", "L'Abergement", "A--B", "x", "Halle (Saale)", "Biel/Bienne", "42nd Street", "", "  ", "ST-MALO"} {
		got, ok := asciiKey(in)
		w := fold.Words(in)
		for i := range w {
			w[i] = expand(w[i])
		}
		if want := strings.Join(w, " "); !ok || got != want {
			t.Errorf("asciiKey(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := asciiKey("Genève"); ok {
		t.Error(`asciiKey("Genève") took the ASCII path`)
	}
}

func TestStripArticle(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"les mureaux": "mureaux", "le mans": "mans", "la baule escoublac": "baule escoublac",
		"l hay les roses": "hay les roses", "lens": "lens", "la": "la", "leman": "leman",
	} {
		if got := stripArticle(in); got != want {
			t.Errorf("stripArticle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseEPCI(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want epciName
	}{
		{"CC de Haute-Tarentaise", epciName{"haute tarentaise", "haute tarentaise", "CC", true}},
		{"Communauté de communes de Haute Tarentaise", epciName{"haute tarentaise", "haute tarentaise", "CC", true}},
		{"communauté de communes de Haute-Tarentaise", epciName{"haute tarentaise", "haute tarentaise", "CC", true}},
		{"CC Haute-Tarentaise", epciName{"haute tarentaise", "haute tarentaise", "CC", true}},
		{"la Communauté de communes de Haute-Tarentaise", epciName{"haute tarentaise", "haute tarentaise", "CC", true}},
		{"CA du Grand Annecy", epciName{"grand annecy", "grand annecy", "CA", true}},
		{"Communauté d'agglomération du Grand Annecy", epciName{"grand annecy", "grand annecy", "CA", true}},
		{"Grand Annecy", epciName{"grand annecy", "grand annecy", "", false}},
		{"le Grand Annecy", epciName{"grand annecy", "grand annecy", "", false}},
		{"CU Angers Loire Métropole", epciName{"angers loire metropole", "angers loire", "CU", true}},
		{"Angers Loire Métropole", epciName{"angers loire metropole", "angers loire", "METRO", true}},
		{"Métropole d'Aix-Marseille-Provence", epciName{"aix marseille provence", "aix marseille provence", "METRO", true}},
		{"Communauté urbaine Caen la Mer", epciName{"caen la mer", "caen la mer", "CU", true}},
		{"CA L'Agglo Foix-Varilhes", epciName{"foix varilhes", "foix varilhes", "CA", true}},
		{"Vichy Communauté", epciName{"vichy communaute", "vichy", "", true}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			if got := parseEPCI(tc.in); got != tc.want {
				t.Errorf("parseEPCI(%q) = %+v, want %+v", tc.in, got, tc.want)
			}
		})
	}
}
