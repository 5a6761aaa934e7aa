package place

import "strings"

// countryNames are the names of France and its neighbours in French,
// English, German, Italian and their own languages.
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
