package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ukKinds maps mySociety's local-authority-type to a kind: districts,
// boroughs, cities and unitary councils are the communes' level, counties
// the départements', combined authorities group councils like an
// intercommunality, and the Greater London Authority is a region.
var ukKinds = map[string]string{
	"NMD": "c", "UA": "c", "MD": "c", "LBO": "c", "SCO": "c", "WPA": "c", "NID": "c", "CC": "c", "COI": "c",
	"CTY": "d", "COMB": "i", "SRA": "r",
}

// readUK reads mySociety's uk_local_authorities.csv: the current councils
// with their GSS codes, and the former councils' names as aliases of the
// one council that replaced them.
func readUK(path string) ([]*authority, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	byCode := map[string]*authority{}
	var out []*authority
	var former []map[string]string
	for _, r := range rows {
		if r["current-authority"] != "True" {
			former = append(former, r)
			continue
		}
		kind, ok := ukKinds[r["local-authority-type"]]
		if !ok {
			return nil, fmt.Errorf("gen: %s: unknown local-authority-type %q", path, r["local-authority-type"])
		}
		if r["gss-code"] == "" {
			return nil, fmt.Errorf("gen: %s: %s has no GSS code", path, r["official-name"])
		}
		a := &authority{id: "gss:" + r["gss-code"], kind: kind, country: "GB", name: r["official-name"],
			region: r["nation"]}
		// alt-names is not used: its names are joined by commas that
		// some names hold ("Bristol, City of"); lookup_name_to_registry.csv
		// has them one a line.
		a.aliases = []string{r["nice-name"]}
		if kind == "c" { // a county's or combined authority's name is rarely a town's
			a.seatNames = []string{r["nice-name"], strings.TrimPrefix(r["nice-name"], "City of ")}
		}
		a.pop, _ = strconv.Atoi(strings.TrimSuffix(r["pop-2020"], ".0"))
		ukArea(a, r)
		// Counties' points are not all theirs (Kent's is in London): their
		// seat is their most populous district's.
		if lat, err := strconv.ParseFloat(r["lat"], 64); err == nil && kind == "c" {
			a.lat, a.hasPoint = lat, true
			a.lon, _ = strconv.ParseFloat(r["long"], 64)
		}
		byCode[r["local-authority-code"]] = a
		out = append(out, a)
	}
	for _, r := range rows {
		a := byCode[r["local-authority-code"]]
		if a == nil {
			continue
		}
		for _, p := range []string{r["county-la"], r["combined-authority"]} {
			if pa := byCode[p]; pa != nil {
				a.parents = append(a.parents, pa.id)
			}
		}
	}
	for _, r := range former {
		if to := byCode[r["replaced-by"]]; to != nil {
			to.aliases = append(to.aliases, r["official-name"], r["nice-name"])
			if r["snac"] != "" && to.onsCodes != nil {
				to.onsCodes = append(to.onsCodes, r["snac"]) // Dorset's towns still carry West Dorset's code
			}
			byCode[r["local-authority-code"]] = to
		}
	}
	// mySociety's lookup_name_to_registry.csv, beside it, gathers the
	// names the councils go by in other registers.
	names := filepath.Join(filepath.Dir(path), "lookup_name_to_registry.csv")
	if _, err := os.Stat(names); err != nil {
		return out, nil
	}
	rows, err = readCSV(names)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if to := byCode[r["local-authority-code"]]; to != nil {
			to.aliases = append(to.aliases, r["la-name"])
		}
	}
	return out, nil
}

// ukUnitary are the types of the councils of one tier outside London
// (unitary, metropolitan, Scottish and Welsh councils), whose area may be
// a GeoNames admin2 code of its own.
var ukUnitary = map[string]bool{"UA": true, "MD": true, "SCO": true, "WPA": true}

// ukArea notes how GeoNames' codes tell the council's area: its ONS code
// (snac: 37UC, 00HA, a county's 29), which begins the admin3 code of its
// places in England and Wales, whether it is a council of one tier, and
// for Northern Ireland's councils their GSS code, GeoNames' admin2 there.
// London's boroughs and the City get none: GeoNames gives most London
// districts no population to find a town by.
func ukArea(a *authority, r map[string]string) {
	typ := r["local-authority-type"]
	switch {
	case typ == "NID":
		a.admin2 = r["gss-code"]
	case typ == "LBO" || typ == "CC" || a.kind == "i" || a.kind == "r":
	default:
		a.onsCodes = []string{} // not nil: the councils it replaced add theirs
		if r["snac"] != "" {    // none for the councils formed since 2009
			a.onsCodes = append(a.onsCodes, r["snac"])
		}
		a.unitary = ukUnitary[typ]
	}
}

// readCSV reads a CSV file with a header into maps.
func readCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("gen: %s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("gen: %s is empty", path)
	}
	head := recs[0]
	head[0] = strings.TrimPrefix(head[0], "\ufeff")
	out := make([]map[string]string, 0, len(recs)-1)
	for _, rec := range recs[1:] {
		m := make(map[string]string, len(head))
		for i, h := range head {
			if i < len(rec) {
				m[h] = rec[i]
			}
		}
		out = append(out, m)
	}
	return out, nil
}
