package main

import (
	"fmt"
	"strconv"
	"strings"
)

// beProvince is the REFNIS code of the province of a commune, from the
// first digits of the commune's code: the arrondissements 23 and 24 are
// in Vlaams-Brabant (20001), 25 in Brabant wallon (20002), 21 (Brussels)
// in none; elsewhere the first digit and four zeros.
func beProvince(nis string) string {
	switch nis[:2] {
	case "21":
		return ""
	case "23", "24":
		return "20001"
	case "25":
		return "20002"
	}
	return nis[:1] + "0000"
}

// beRegions are REFNIS' codes of the three regions, by their names in the
// data.
var beRegions = map[string]string{"Vlaams Gewest": "02000", "Région wallonne": "03000", "Brussels Hoofdstedelijk Gewest": "04000"}

// readBE reads vandenbroucke/belgian_municipalities'
// belgian_municipalities.csv (Statbel's Découpages géographiques and
// legal populations): communes (nis: 5 digits), provinces and regions
// (their REFNIS codes).
func readBE(path string) ([]*authority, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	var out, communes []*authority
	seen := map[string]bool{}
	for _, r := range rows {
		nis := r["NIS_code"]
		if len(nis) != 5 {
			return nil, fmt.Errorf("gen: %s: NIS code %q", path, nis)
		}
		reg, ok := beRegions[r["region_NL"]]
		if !ok {
			reg, ok = beRegions[r["region_FR"]]
		}
		if !ok {
			return nil, fmt.Errorf("gen: %s: unknown region %q", path, r["region_NL"])
		}
		regionName := beRegionName(reg)
		if !seen[reg] {
			seen[reg] = true
			out = append(out, &authority{id: "nis:" + reg, kind: "r", country: "BE", name: regionName, region: regionName,
				aliases: []string{r["region_NL"], r["region_FR"]}})
		}
		parents := []string{"nis:" + reg}
		if prov := beProvince(nis); prov != "" {
			parents = []string{"nis:" + prov, "nis:" + reg}
			if !seen[prov] {
				seen[prov] = true
				nl, fr := r["province_NL"], r["province_FR"]
				a := &authority{id: "nis:" + prov, kind: "d", country: "BE", region: regionName, parents: []string{"nis:" + reg}}
				a.name = "Provincie " + nl
				a.aliases = []string{nl, fr, elide("Province ", fr)}
				if reg == "03000" {
					a.name = "Province de " + fr
				}
				out = append(out, a)
			}
		}
		nl, fr := r["municipality_NL"], r["municipality_FR"]
		a := &authority{id: "nis:" + nis, kind: "c", country: "BE", name: nl, region: regionName, parents: parents}
		if reg == "03000" {
			a.name = fr
		}
		a.aliases = []string{nl, fr, "Gemeente " + nl, "Stad " + nl, elide("Commune ", fr), elide("Ville ", fr)}
		a.seatNames = []string{a.name, nl, fr}
		a.pop, _ = strconv.Atoi(strings.TrimSpace(r["inhabitants"]))
		communes = append(communes, a)
	}
	out = append(out, communes...)
	sumPopulations(out)
	return out, nil
}

// elide writes "de X" as French does: "d'Anvers", "de Namur".
func elide(prefix, name string) string {
	first := []rune(strings.ToLower(name))[0]
	if strings.ContainsRune("aeiouyhéèêîô", first) {
		return prefix + "d'" + name
	}
	return prefix + "de " + name
}

// beRegionName is a Belgian region's name as GeoNames' admin1 (the
// gazetteer's region) names it.
func beRegionName(code string) string {
	switch code {
	case "02000":
		return "Vlaams Gewest"
	case "03000":
		return "Région wallonne"
	}
	return "Bruxelles-Capitale"
}
