package place

import (
	"slices"
	"testing"
)

// TestCountries checks that every country Find files has names, and that
// every country with names is filed.
func TestCountries(t *testing.T) {
	t.Parallel()
	for _, code := range countries {
		if len(countryNames[code]) == 0 {
			t.Errorf("country %s has no names", code)
		}
	}
	for code := range countryNames {
		if !slices.Contains(countries, code) {
			t.Errorf("country %s is not in countries", code)
		}
	}
}

func TestCountryCode(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Pays-Bas": "NL", "Netherlands": "NL", "Niederlande": "NL", "Paesi Bassi": "NL", "Nederland": "NL", "Países Bajos": "NL",
		"Autriche": "AT", "Österreich": "AT", "Portogallo": "PT", "Irlande": "IE", "Irland": "IE",
		"Irlanda": "IE", "Ierland": "IE", "Monaco": "MC", "Andorre": "AD", "Andorra": "AD", "nl": "NL", "UK": "GB",
		"Pologne": "PL", "Polen": "PL", "Polska": "PL", "Suède": "SE", "Sverige": "SE", "Zweden": "SE", "se": "SE",
		"Suisse": "CH", "Narnia": "",
	} {
		if got := countryCode(in); got != want {
			t.Errorf("countryCode(%q) = %q, want %q", in, got, want)
		}
	}
}
