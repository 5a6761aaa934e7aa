package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/vigie-news/vigie/internal/fold"
)

// city is one line of GeoNames cities500.txt.
type city struct {
	id               string
	name, ascii      string
	alternates       []string
	lat, lon         float64
	class, code      string // feature class and code: P, PPLA…
	country          string
	admin            [4]string // admin1 to admin4 codes
	population       int
	latText, lonText string
}

// readCities reads cities500.txt, keeping the columns the gazetteer uses.
func readCities(path string) ([]*city, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	var rows []*city
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for n := 1; sc.Scan(); n++ {
		c, err := parseCity(sc.Text())
		if err != nil {
			return nil, fmt.Errorf("gen: %s:%d: %w", path, n, err)
		}
		rows = append(rows, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gen: read %s: %w", path, err)
	}
	return rows, nil
}

func parseCity(line string) (*city, error) {
	f := strings.Split(line, "\t")
	if len(f) != 19 {
		return nil, fmt.Errorf("%d fields, want 19", len(f))
	}
	c := &city{id: f[0], name: f[1], ascii: f[2], class: f[6], code: f[7], country: f[8],
		admin: [4]string{f[10], f[11], f[12], f[13]}, latText: f[4], lonText: f[5]}
	if f[3] != "" {
		c.alternates = strings.Split(f[3], ",")
	}
	var err error
	if c.lat, err = strconv.ParseFloat(f[4], 64); err != nil {
		return nil, err
	}
	if c.lon, err = strconv.ParseFloat(f[5], 64); err != nil {
		return nil, err
	}
	if f[14] != "" {
		if c.population, err = strconv.Atoi(f[14]); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// overseas maps the GeoNames country codes of France's overseas
// départements and collectivités to their département codes.
var overseas = map[string]string{
	"GP": "971", "MQ": "972", "GF": "973", "RE": "974", "PM": "975", "YT": "976",
	"BL": "977", "MF": "978", "WF": "986", "PF": "987", "NC": "988",
}

var inseeCode = regexp.MustCompile(`^(\d[\dAB]\d{3})$`)

// frenchIndex indexes the GeoNames places of France by INSEE code and by
// folded name within a département.
type frenchIndex struct {
	byCode map[string][]*city
	byName map[string][]*city // département code + "|" + folded name
}

func indexFrench(rows []*city) frenchIndex {
	ix := frenchIndex{byCode: map[string][]*city{}, byName: map[string][]*city{}}
	for _, c := range rows {
		dep, ok := overseas[c.country]
		switch {
		case c.country == "FR":
			dep = c.admin[1]
		case !ok:
			continue
		}
		if c.class != "P" {
			continue
		}
		codes := map[string]bool{}
		for i, a := range c.admin {
			if inseeCode.MatchString(a) && (c.country != "FR" || i == 3) {
				codes[a] = true
			}
		}
		for code := range codes {
			ix.byCode[code] = append(ix.byCode[code], c)
		}
		ix.byName[dep+"|"+fold.String(c.name)] = append(ix.byName[dep+"|"+fold.String(c.name)], c)
	}
	return ix
}

// rank orders GeoNames features for a commune: seats of administrations
// first, neighbourhoods (PPLX) last.
func rank(code string) int {
	switch {
	case code == "PPLC":
		return 0
	case strings.HasPrefix(code, "PPLA"):
		return 1
	case code == "PPLX":
		return 3
	}
	return 2
}

// best picks the place among candidates that stands for a commune named
// name: one bearing the name, else the highest-ranked and most populous.
func best(cands []*city, name string) *city {
	var b *city
	key := fold.String(name)
	better := func(c *city) bool {
		if (fold.String(c.name) == key) != (fold.String(b.name) == key) {
			return fold.String(c.name) == key
		}
		if rank(c.code) != rank(b.code) {
			return rank(c.code) < rank(b.code)
		}
		return c.population > b.population
	}
	for _, c := range cands {
		if b == nil || better(c) {
			b = c
		}
	}
	return b
}

// locateCommunes gives every current commune coordinates: the GeoNames
// place with its INSEE code, or with one of its former codes, or with its
// name in its département; failing those, the mean of the communes that
// share a postcode with it, of its EPCI's members, and last its
// département's chef-lieu. It returns a summary of where they came from.
func locateCommunes(fr *france, rows []*city) string {
	ix := indexFrench(rows)
	former := map[string][]string{}
	for _, a := range fr.aliases {
		if a.kind != 'm' {
			former[a.insee] = append(former[a.insee], a.oldCode)
		}
	}
	var exact, byName int
	var rest []*commune
	for _, c := range fr.communes {
		g := lookupGeoNames(ix, c, former[c.Code])
		if g == nil {
			g = lookupCollectivity(rows, c)
		}
		switch {
		case g == nil:
			rest = append(rest, c)
			continue
		case g.byName:
			byName++
		default:
			exact++
		}
	}
	postal, epci, chef := estimate(fr, rest)
	return fmt.Sprintf("coordinates: %d by INSEE code, %d by name, %d from postcode neighbours, %d from EPCI members, %d from the département's chef-lieu",
		exact, byName, postal, epci, chef)
}

// lookupCollectivity places the single commune of Saint-Barthélemy or
// Saint-Martin, which GeoNames files under their chief towns (Gustavia,
// Marigot) with no INSEE code, at the capital of their GeoNames country.
func lookupCollectivity(rows []*city, c *commune) *found {
	for country, dep := range overseas {
		if dep != c.Departement || (dep != "977" && dep != "978") {
			continue
		}
		for _, r := range rows {
			if r.country == country && r.code == "PPLC" {
				c.lat, c.lon = r.lat, r.lon
				return &found{byName: true}
			}
		}
	}
	return nil
}

// found says how lookupGeoNames found a commune.
type found struct{ byName bool }

func lookupGeoNames(ix frenchIndex, c *commune, former []string) *found {
	codes := append(append([]string{c.Code}, c.AnciensCodes...), former...)
	var cands []*city
	for _, code := range codes {
		cands = append(cands, ix.byCode[code]...)
	}
	byName := false
	if len(cands) == 0 {
		cands, byName = ix.byName[c.Departement+"|"+fold.String(c.Nom)], true
	}
	if len(cands) == 0 {
		return nil
	}
	g := best(cands, c.Nom)
	c.lat, c.lon = g.lat, g.lon
	return &found{byName: byName}
}

// estimate places the communes GeoNames lacks (most under 500 inhabitants)
// at the mean position of the located communes sharing a postcode with
// them, else of their EPCI's members, else at their département's
// chef-lieu, and marks them approximate.
func estimate(fr *france, rest []*commune) (postal, epci, chef int) {
	located := func(code string) (*commune, bool) {
		c, ok := fr.byCode[code]
		return c, ok && (c.lat != 0 || c.lon != 0) && !c.approx
	}
	byPostcode := map[string][]string{}
	for _, c := range fr.communes {
		for _, p := range c.CodesPostaux {
			byPostcode[p] = append(byPostcode[p], c.Code)
		}
	}
	epciOf := map[string][]string{}
	for _, e := range fr.epcis {
		if e.Type == "EPT" {
			continue
		}
		for _, m := range e.Membres {
			epciOf[m.Code] = membersCodes(e)
		}
	}
	for _, c := range rest {
		var near []string
		for _, p := range c.CodesPostaux {
			near = append(near, byPostcode[p]...)
		}
		c.approx = true
		switch {
		case mean(c, near, located):
			postal++
		case mean(c, epciOf[c.Code], located):
			epci++
		default:
			chef++
			d, _ := fr.department(c.Departement)
			if cl, ok := located(d.ChefLieu); ok && cl.Departement == c.Departement {
				c.lat, c.lon = cl.lat, cl.lon
			}
		}
	}
	return postal, epci, chef
}

func membersCodes(e jsonEPCI) []string {
	codes := make([]string, len(e.Membres))
	for i, m := range e.Membres {
		codes[i] = m.Code
	}
	return codes
}

// mean sets c's position to the mean of the located communes among codes,
// reporting whether there was any.
func mean(c *commune, codes []string, located func(string) (*commune, bool)) bool {
	var lat, lon float64
	n := 0
	for _, code := range codes {
		if o, ok := located(code); ok && o != c {
			lat, lon, n = lat+o.lat, lon+o.lon, n+1
		}
	}
	if n == 0 {
		return false
	}
	c.lat, c.lon = lat/float64(n), lon/float64(n)
	return true
}
