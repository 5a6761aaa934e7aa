package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
)

// atStatus are the titles of Statistik Austria's status column:
// Statutarstadt, Stadt, Marktgemeinde.
var atStatus = map[string]string{"SR": "Stadt", "ST": "Stadt", "M": "Marktgemeinde"}

// readAT reads Statistik Austria's Gemeindeliste (gemliste_knz.csv:
// Gemeindekennziffer;Gemeindename;Gemeindecode;Status;PLZ…): the
// Gemeinden (gkz: 5 digits) and the Länder (gkz: their first digit, named
// as the gazetteer's regions AT.0N, GeoNames' codes for the same
// numbering). Vienna is listed once per Bezirk under one code. The
// list names no Bezirke, so they are not listed.
func readAT(path string, regionNames map[string]string) ([]*authority, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = ';'
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("gen: %s: %w", path, err)
	}
	var out, gemeinden []*authority
	byID := map[string]*authority{}
	for _, rec := range recs[1:] {
		gkz, name, status := rec[0], strings.TrimSpace(rec[1]), rec[3]
		if len(gkz) != 5 {
			return nil, fmt.Errorf("gen: %s: Gemeindekennziffer %q", path, gkz)
		}
		land := gkz[:1]
		landName, ok := regionNames["AT.0"+land]
		if !ok {
			return nil, fmt.Errorf("gen: %s: no region AT.0%s", path, land)
		}
		if byID["gkz:"+land] == nil {
			la := &authority{id: "gkz:" + land, kind: "r", country: "AT", name: landName, region: landName,
				aliases: []string{"Land " + landName, "Bundesland " + landName, "Landesregierung " + landName}}
			byID[la.id] = la
			out = append(out, la)
		}
		if a := byID["gkz:"+gkz]; a != nil { // Vienna's Bezirke: "Wien-Floridsdorf"
			if base, _, ok := strings.Cut(a.name, "-"); ok {
				a.name, a.seatNames = base, []string{base}
			}
			continue
		}
		a := &authority{id: "gkz:" + gkz, kind: "c", country: "AT", name: name, region: landName, parents: []string{"gkz:" + land}}
		a.seatNames = []string{name, parenthesis.ReplaceAllString(name, "")}
		a.aliases = []string{"Gemeinde " + name}
		if title, ok := atStatus[status]; ok {
			a.aliases = append(a.aliases, title+" "+name)
		}
		if status == "SR" {
			a.aliases = append(a.aliases, "Magistrat "+name)
		}
		byID[a.id] = a
		gemeinden = append(gemeinden, a)
	}
	if len(gemeinden) < 2000 {
		return nil, fmt.Errorf("gen: %s: only %d Gemeinden read", path, len(gemeinden))
	}
	return append(out, gemeinden...), nil
}
