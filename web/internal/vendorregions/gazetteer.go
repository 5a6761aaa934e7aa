package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// area is a département or region of the gazetteer.
type area struct {
	Country, Code, Name, Region string // Region: a département's region code
}

// gazetteer is place/data/areas.tsv.gz: départements by code, regions by
// country and code, and regions by country and folded name or alias.
type gazetteer struct {
	departments map[string]area
	regions     map[string]area // "FR/84"
	byName      map[string]area // "CH/vaud"
}

// readAreas reads the gazetteer's areas: kind (D or R), country, code,
// name, region code, chief town, aliases separated by |.
func readAreas(path string) (gazetteer, error) {
	gz := gazetteer{departments: map[string]area{}, regions: map[string]area{}, byName: map[string]area{}}
	b, err := os.ReadFile(path)
	if err != nil {
		return gz, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return gz, fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 7 {
			return gz, fmt.Errorf("%s: %q has %d columns, want 7", path, sc.Text(), len(cols))
		}
		a := area{Country: cols[1], Code: cols[2], Name: cols[3], Region: cols[4]}
		if cols[0] == "D" {
			gz.departments[a.Code] = a
			continue
		}
		gz.regions[a.Country+"/"+a.Code] = a
		for _, n := range append([]string{a.Name}, strings.Split(cols[6], "|")...) {
			if n != "" {
				gz.byName[a.Country+"/"+fold(n)] = a
			}
		}
	}
	return gz, sc.Err()
}

// franceFeatures returns the départements of metropolitan France (their
// INSEE code from GeoNames' admin2 code, FR.73) and the régions they make.
func franceFeatures(arcs [][]point, polys [][]polygon, props []neProps, gz gazetteer) ([]feature, error) {
	depts, regions := map[string]*group{}, map[string]*group{}
	for i, p := range props {
		code := strings.TrimPrefix(p.GNA1Code, "FR.")
		if code == "" || strings.HasPrefix(code, "97") {
			continue // overseas
		}
		d, ok := gz.departments[code]
		if !ok {
			return nil, fmt.Errorf("département %s (%s) not in the gazetteer", code, deref(p.Name))
		}
		r, ok := gz.regions["FR/"+d.Region]
		if !ok {
			return nil, fmt.Errorf("région %s of %s not in the gazetteer", d.Region, code)
		}
		depts[code] = &group{props: map[string]string{"layer": "department", "country": "FR", "code": code, "name": d.Name}, members: polys[i]}
		if regions[r.Code] == nil {
			regions[r.Code] = &group{props: map[string]string{"layer": "region", "country": "FR", "code": r.Code, "name": r.Name}}
		}
		regions[r.Code].members = append(regions[r.Code].members, polys[i]...)
	}
	fd, err := build(arcs, depts)
	if err != nil {
		return nil, err
	}
	fr, err := build(arcs, regions)
	return append(fd, fr...), err
}

// regionNames names the regions Natural Earth spells unlike the
// gazetteer, and the Belgian regions it names by their people.
var regionNames = map[string]string{
	"BE/capital region": "BE.BRU", "BE/flemish": "BE.VLG", "BE/walloon": "BE.WAL",
	"ES/madrid": "ES.29", "ES/valenciana": "ES.60", "ES/foral de navarra": "ES.32", "ES/canary is": "ES.53",
}

// regionFeatures returns the first-level regions of a neighbouring
// country, dissolving the provinces of Belgium, Italy and Spain into their
// regions and the British districts into nations. Luxembourg's three
// districts, of no use since 2015, are kept as one country-wide shape.
func regionFeatures(country string, arcs [][]point, polys [][]polygon, props []neProps, gz gazetteer) ([]feature, error) {
	groups := map[string]*group{}
	for i, p := range props {
		name := deref(p.Name)
		switch country {
		case "BE", "IT", "ES":
			name = deref(p.Region)
		case "GB":
			name = cmpOr(deref(p.GeoUnit), "England") // the one district without (North West) is English
		case "LU":
			name = "Luxembourg"
		}
		if name == "" || !inEuropeAny(arcs, polys[i]) {
			continue // minor islands, the Caribbean Netherlands
		}
		a, ok := gz.byName[country+"/"+fold(name)]
		if code, fixed := regionNames[country+"/"+fold(name)]; fixed {
			a, ok = gz.regions[country+"/"+code]
		}
		props := map[string]string{"layer": "region", "country": country, "code": a.Code, "name": a.Name}
		switch {
		case country == "LU":
			props["code"], props["name"] = "", "Luxembourg" // a country, not a region: no count
		case !ok:
			return nil, fmt.Errorf("region %q of %s not in the gazetteer", name, country)
		}
		if groups[props["code"]] == nil {
			groups[props["code"]] = &group{props: props}
		}
		groups[props["code"]].members = append(groups[props["code"]].members, polys[i]...)
	}
	return build(arcs, groups)
}

// fold returns s in lower case without accents or punctuation.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(strings.Join(strings.FieldsFunc(out, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " "))
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
