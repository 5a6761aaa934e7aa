package incident

import (
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	t.Parallel()
	var got []string
	for _, tok := range tokenize("La mairie d’Albertville-Moûtiers (Savoie) : l'hôpital, 2020.") {
		got = append(got, tok.Fold)
	}
	want := []string{"la", "mairie", "d'", "albertville moutiers", "(", "savoie", ")", ":", "l'", "hopital", ",", "2020", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokens %q, want %q", got, want)
	}
}
