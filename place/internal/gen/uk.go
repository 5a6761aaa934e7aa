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
