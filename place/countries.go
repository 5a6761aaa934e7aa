package place

import "strings"

// countries are the codes of France and the countries the gazetteer
// knows, in the order Find files their names (the first to claim a name
// keeps it).
var countries = []string{"FR", "CH", "BE", "DE", "IT", "ES", "LU", "GB", "NL", "AT", "PT", "IE", "MC", "AD", "PL", "SE"}

// countryNames are the names of France and its neighbours in French,
// English, German, Italian and their own languages, and for the countries
// added later also in Dutch and Spanish.
var countryNames = map[string][]string{
	"FR": {"France", "Frankreich", "Francia"},
	"CH": {"Suisse", "Switzerland", "Schweiz", "Svizzera", "Confédération suisse"},
	"BE": {"Belgique", "Belgium", "Belgien", "Belgio", "België"},
	"DE": {"Allemagne", "Germany", "Deutschland", "Germania"},
	"IT": {"Italie", "Italy", "Italien", "Italia"},
	"ES": {"Espagne", "Spain", "Spanien", "Spagna", "España"},
	"LU": {"Luxembourg", "Luxemburg", "Lussemburgo", "Grand-Duché de Luxembourg"},
	"GB": {"Royaume-Uni", "United Kingdom", "Grande-Bretagne", "Great Britain", "Britain",
		"Vereinigtes Königreich", "Großbritannien", "Regno Unito", "Gran Bretagna"},
	"NL": {"Pays-Bas", "Netherlands", "Niederlande", "Paesi Bassi", "Nederland", "Países Bajos"},
	"AT": {"Autriche", "Austria", "Österreich", "Oostenrijk"},
	"PT": {"Portugal", "Portogallo"},
	"IE": {"Irlande", "Ireland", "Irland", "Irlanda", "Ierland", "Éire", "République d'Irlande", "Republic of Ireland"},
	"MC": {"Monaco", "Mónaco", "Principauté de Monaco"},
	"AD": {"Andorre", "Andorra", "Principauté d'Andorre"},
	"PL": {"Pologne", "Poland", "Polen", "Polonia", "Polska"},
	"SE": {"Suède", "Sweden", "Schweden", "Svezia", "Suecia", "Sverige", "Zweden"},
}

// countryByKey maps the folded country names to their codes.
var countryByKey = func() map[string]string {
	m := map[string]string{}
	for code, names := range countryNames {
		for _, n := range names {
			m[nameKey(n)] = code
		}
	}
	return m
}()

// CountryNamed returns the ISO code of the country a name names
// ("Suisse", "Oostenrijk"), or "" for any other name.
func CountryNamed(name string) string { return countryByKey[nameKey(name)] }

// countryCode returns the ISO code of a country given by code or name
// (one of France and its neighbours), or "".
func countryCode(s string) string {
	up := strings.ToUpper(strings.TrimSpace(s))
	if _, ok := countryNames[up]; ok {
		return up
	}
	if up == "UK" {
		return "GB"
	}
	return countryByKey[nameKey(s)]
}
