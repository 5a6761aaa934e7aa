package main

import (
	"strconv"
	"strings"
)

// deFederations are the text marks (Textkennzeichen) of the
// Gemeindeverbände that are bodies of their own: Amt, Samtgemeinde,
// Verbandsgemeinde, Verwaltungsgemeinschaft, Kirchspielslandgemeinde,
// Verwaltungsverband, Verwaltungsgemeinschaft nach dem Trägermodell. 50
// (a Gemeinde belonging to none) and 58 (a Gemeinde doing the work for
// others) are not.
var deFederations = map[string]string{
	"51": "Amt", "52": "Samtgemeinde", "53": "Verbandsgemeinde", "54": "Verwaltungsgemeinschaft",
	"55": "Kirchspielslandgemeinde", "56": "Verwaltungsverband", "57": "Verwaltungsgemeinschaft",
}

// readDE reads Destatis' Gemeindeverzeichnis (GV-ISys extract, CSV with
// the columns satzart, textkennzeichen, land, rb, kreis, vb, gemeinde,
// gemeindename, flaeche, bevoelkerung, …, laengengrad, breitengrad): the
// Länder (ags 2 digits), Kreise and kreisfreie Städte (5), the
// Gemeindeverbände (ars 9) and the Gemeinden (ags 8), uninhabited
// gemeindefreie Gebiete left out.
func readDE(path string) ([]*authority, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	var out []*authority
	byID := map[string]*authority{}
	add := func(a *authority) {
		out = append(out, a)
		byID[a.id] = a
	}
	for _, r := range rows {
		land, kreis := r["land"], r["land"]+r["rb"]+r["kreis"]
		name, title, _ := strings.Cut(r["gemeindename"], ", ")
		tk := r["textkennzeichen"]
		switch r["satzart"] {
		case "10":
			add(&authority{id: "ags:" + land, kind: "r", country: "DE", name: name, region: name,
				aliases: []string{"Land " + name, "Bundesland " + name, "Landesregierung " + name}})
		case "40":
			add(deKreis(kreis, tk, name, title, byID["ags:"+land]))
		case "50":
			if typ, ok := deFederations[tk]; ok {
				a := &authority{id: "ars:" + kreis + r["vb"], kind: "i", country: "DE", name: typ + " " + name,
					parents: []string{"ags:" + kreis, "ags:" + land}, region: byID["ags:"+land].name}
				a.aliases = []string{name}
				add(a)
			}
		case "60":
			if tk == "65" || tk == "66" {
				continue
			}
			add(deGemeinde(r, kreis, name, title, byID))
		}
	}
	sumPopulations(out)
	return out, nil
}

// deKreis is a Kreis-level body: a kreisfreie Stadt or Stadtkreis (41,
// 42), a Kreis (43), a Landkreis (44) or the Regionalverband Saarbrücken
// (45).
func deKreis(ags, tk, name, title string, land *authority) *authority {
	a := &authority{id: "ags:" + ags, kind: "d", country: "DE", parents: []string{land.id}, region: land.name}
	core := name
	switch {
	case tk == "41" || tk == "42":
		a.name = name
		// "Stadt X" and "Landeshauptstadt X" name the Gemeinde, which
		// is the same body: the Kreis level is found as such.
		a.aliases = []string{"kreisfreie Stadt " + name, "Stadtkreis " + name}
		a.seatNames = []string{name, parenthesis.ReplaceAllString(name, "")}
	case strings.Contains(strings.ToLower(name), "kreis") || strings.HasPrefix(name, "Region") || tk == "45":
		a.name = name
	case tk == "43":
		a.name = "Kreis " + name
	default:
		a.name = "Landkreis " + name
	}
	if a.name != core {
		a.aliases = append(a.aliases, core)
	}
	return a
}

// deGemeinde is a Gemeinde: a Markt (60), a kreisfreie Stadt (61), a
// Stadtkreis (62), a Stadt (63), a Gemeinde (64) or a große Kreisstadt
// (67).
func deGemeinde(r map[string]string, kreis, name, title string, byID map[string]*authority) *authority {
	land := byID["ags:"+r["land"]]
	a := &authority{id: "ags:" + kreis + r["gemeinde"], kind: "c", country: "DE", name: name, region: land.name}
	if _, ok := deFederations[byIDType(byID, "ars:"+kreis+r["vb"])]; ok {
		a.parents = append(a.parents, "ars:"+kreis+r["vb"])
	}
	a.parents = append(a.parents, "ags:"+kreis, land.id)
	tk := r["textkennzeichen"]
	switch {
	case tk == "60":
		a.aliases = append(a.aliases, "Markt "+name)
	case tk == "61" || tk == "62" || tk == "63" || tk == "67" || strings.Contains(strings.ToLower(title), "stadt"):
		a.aliases = append(a.aliases, "Stadt "+name)
	}
	if title != "" && title != "Stadt" {
		a.aliases = append(a.aliases, title+" "+name)
	}
	if short := parenthesis.ReplaceAllString(name, ""); short != name {
		a.aliases = append(a.aliases, short)
	}
	a.seatNames = []string{name, parenthesis.ReplaceAllString(name, "")}
	a.pop, _ = strconv.Atoi(strings.ReplaceAll(strings.TrimSpace(r["bevoelkerung"]), " ", ""))
	lat, err1 := strconv.ParseFloat(strings.Replace(r["breitengrad"], ",", ".", 1), 64)
	lon, err2 := strconv.ParseFloat(strings.Replace(r["laengengrad"], ",", ".", 1), 64)
	if err1 == nil && err2 == nil {
		a.lat, a.lon, a.hasPoint = lat, lon, true
	}
	return a
}

// byIDType returns the federation type word of a Gemeindeverband's
// authority, as its text mark, or "" when it is none.
func byIDType(byID map[string]*authority, id string) string {
	a, ok := byID[id]
	if !ok {
		return ""
	}
	for tk, typ := range deFederations {
		if strings.HasPrefix(a.name, typ+" ") {
			return tk
		}
	}
	return ""
}

// sumPopulations gives the authorities without a population the sum of
// their members' (Gemeinden only, so that nothing counts twice).
func sumPopulations(all []*authority) {
	sums := map[string]int{}
	for _, a := range all {
		if a.kind != "c" {
			continue
		}
		for _, p := range a.parents {
			sums[p] += a.pop
		}
	}
	for _, a := range all {
		if a.pop == 0 {
			a.pop = sums[a.id]
		}
	}
}
