package main

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/vigie-news/vigie/internal/fold"
)

// skippedCodes are GeoNames feature codes that are not municipalities:
// sections of a city (PPLX), historical, abandoned or destroyed places.
var skippedCodes = map[string]bool{"PPLX": true, "PPLH": true, "PPLQ": true, "PPLW": true, "PPLCH": true}

// place is a neighbouring country's municipality.
type place struct {
	*city
	names []string // official name first, then the alternates kept
}

// keepPlace reports whether a cities500 line is a municipality of a
// neighbouring country worth keeping.
func keepPlace(c *city) bool {
	_, ok := admin1[c.country]
	return ok && c.class == "P" && !skippedCodes[c.code] && !skippedAdmin1[c.country+"."+c.admin[0]] &&
		c.population >= minPopulation[c.country]
}

// minPopulation is, by country, the population under which a place is left
// out (cities500 lists places of 500 inhabitants or more). Poland and
// Sweden keep only their towns, of 5,000 inhabitants or more in Poland and
// 2,000 or more in Sweden, to limit homonyms with common words of the
// other languages Vigie reads: their villages are named Bardo, Brody or
// Dobra (six of them), Lit, Rot, Horn or Berg, and articles Vigie reads
// hardly ever name a Polish or Swedish village. The other countries keep
// every place.
var minPopulation = map[string]int{"PL": 5000, "SE": 2000}

func buildWorld(rows []*city) ([]place, error) {
	var out []place
	for _, c := range rows {
		if !keepPlace(c) {
			continue
		}
		if _, ok := admin1[c.country][c.admin[0]]; !ok {
			return nil, fmt.Errorf("gen: %s (%s) has admin1 code %s.%s, missing from the admin1 table", c.name, c.id, c.country, c.admin[0])
		}
		out = append(out, place{city: c, names: placeNames(c)})
	}
	// Stable: places of equal population keep cities500's order, whatever
	// the other countries kept.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].country != out[j].country {
			return out[i].country < out[j].country
		}
		return out[i].population > out[j].population
	})
	return out, nil
}

var parenthesis = regexp.MustCompile(`\s*\([^)]*\)`)

// placeNames returns the official name, its parts when it is written
// "Biel/Bienne" or "Köthen (Anhalt)", and the Latin-script alternate names
// that look like names rather than codes or romanisations.
func placeNames(c *city) []string {
	names := []string{c.name}
	seen := map[string]bool{fold.String(c.name): true}
	add := func(n string) {
		n = strings.TrimSpace(n)
		if k := fold.String(n); k != "" && !seen[k] {
			seen[k] = true
			names = append(names, n)
		}
	}
	for _, part := range strings.Split(c.name, "/") {
		add(part)
		add(parenthesis.ReplaceAllString(part, ""))
	}
	for _, alt := range c.alternates {
		if goodAlternate(alt) && !slices.Contains(droppedAlternates[c.country+"|"+c.name], alt) {
			add(alt)
		}
	}
	return names
}

// droppedAlternates are alternate names GeoNames gives a big city that are
// the own names of other municipalities and that no writer Vigie reads
// uses for the city: as alternates of a city 20 times larger they would
// take the smaller one's name (Bienne is Biel/Bienne, Haag a town of
// Lower Austria; in German The Hague is Den Haag).
var droppedAlternates = map[string][]string{
	"AT|Vienna":    {"Bienne"},
	"NL|The Hague": {"Haag"},
}

// goodAlternate keeps alternate names in Latin script that start with a
// capital and are not codes (MUC, QLS), romanised transcriptions (written
// in lower case in GeoNames: "mi lan") or "Lungsod ng …" phrases.
func goodAlternate(s string) bool {
	if len(s) < 3 || strings.ContainsAny(s, "0123456789,;\t") || strings.HasPrefix(s, "Lungsod ") {
		return false
	}
	first := true
	upper := 0
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
		if first && !unicode.IsUpper(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
		first = false
	}
	return upper < len([]rune(s)) // all capitals: a code
}

// worldRegion is a neighbouring country's first-level region.
type worldRegion struct {
	country, code string // code: country + "." + admin1 code
	area
	capital string // geonameid of its seat
}

// buildWorldRegions lists the regions of the neighbouring countries with
// their seats: the one regionSeats names, else the country's capital when
// it is in the region, else the region's PPLA (seat of a first-order
// division), else its most populous place.
func buildWorldRegions(rows []*city) ([]worldRegion, error) {
	bestIn := map[string]*city{}
	for _, c := range rows {
		if !keepPlace(c) {
			continue
		}
		key := c.country + "." + c.admin[0]
		if seat, ok := regionSeats[key]; ok && c.name != seat {
			continue
		}
		if b := bestIn[key]; b == nil || seatRank(c) < seatRank(b) || (seatRank(c) == seatRank(b) && c.population > b.population) {
			bestIn[key] = c
		}
	}
	var out []worldRegion
	for country, areas := range admin1 {
		for code, ar := range areas {
			key := country + "." + code
			b := bestIn[key]
			if b == nil {
				return nil, fmt.Errorf("gen: region %s (%s) has no place%s", key, ar.name, seatNote(key))
			}
			out = append(out, worldRegion{country: country, code: key, area: ar, capital: b.id})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].code < out[j].code })
	return out, nil
}

func seatRank(c *city) int {
	switch c.code {
	case "PPLC":
		return 0
	case "PPLA":
		return 1
	}
	return 2
}

// seatNote completes the error of a region without a seat.
func seatNote(key string) string {
	if seat, ok := regionSeats[key]; ok {
		return fmt.Sprintf(" named %q (regionSeats)", seat)
	}
	return ""
}
