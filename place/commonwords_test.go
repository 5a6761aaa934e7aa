package place

import (
	"slices"
	"testing"
)

// TestCommonWordsAreCommunes checks that the places the common-word rule
// is for are caught by it, and that the gold places are not.
func TestCommonWordsAreCommunes(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, name := range []string{"Orange", "Tours", "Nice", "Vire", "Y", "Bar", "Sées", "Sens", "Mars", "Avril", "Die", "Gap", "Lens", "Le Blanc", "Villé", "Rue", "Essen", "Reading", "Fuentes", "März", "Maggio", "Sonntag"} {
		if !isCommonWord(name) {
			t.Errorf("isCommonWord(%q) = false", name)
		}
		if len(g.Communes(name)) == 0 {
			t.Errorf("%q is in the common words but names no place", name)
		}
	}
	for _, inc := range mustGold(t) {
		if isCommonWord(inc.Place) {
			t.Errorf("gold place %q is taken for a common word", inc.Place)
		}
	}
	var places []string
	for w := range commonWords {
		if len(g.Communes(w)) > 0 {
			places = append(places, w)
		}
	}
	slices.Sort(places)
	t.Logf("%d of %d common words name places: %v", len(places), len(commonWords), places)
}
