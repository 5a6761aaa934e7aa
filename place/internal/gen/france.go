package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/vigie-news/vigie/internal/fold"
)

// jsonCommune is one entry of communes.json.
type jsonCommune struct {
	Code         string   `json:"code"`
	Nom          string   `json:"nom"`
	Type         string   `json:"type"`
	Departement  string   `json:"departement"`
	Region       string   `json:"region"`
	Population   int      `json:"population"`
	ChefLieu     string   `json:"chefLieu"` // delegated and associated communes: their current commune
	Commune      string   `json:"commune"`  // municipal arrondissements: their city
	AnciensCodes []string `json:"anciensCodes"`
	CodesPostaux []string `json:"codesPostaux"`
}

// jsonArea is one entry of departements.json or regions.json.
type jsonArea struct {
	Code     string `json:"code"`
	Nom      string `json:"nom"`
	Region   string `json:"region"`
	ChefLieu string `json:"chefLieu"`
}

// jsonEPCI is one entry of epci.json or ept.json.
type jsonEPCI struct {
	Code    string `json:"code"`
	Nom     string `json:"nom"`
	Type    string `json:"type"`
	Membres []struct {
		Code       string `json:"code"`
		Nom        string `json:"nom"`
		Population int    `json:"populationMunicipale"`
	} `json:"membres"`
}

// commune is a current French commune with what the generator learns of it.
type commune struct {
	jsonCommune
	lat, lon float64
	approx   bool // coordinates estimated from neighbours, not read from GeoNames
}

// alias is another name a current commune is known by.
type alias struct {
	name, insee string
	kind        byte // d: commune déléguée, a: commune associée, m: arrondissement municipal
	oldCode     string
}

// france is everything read from @etalab/decoupage-administratif.
type france struct {
	communes    []*commune // current communes, by code
	byCode      map[string]*commune
	aliases     []alias
	departments []jsonArea
	regions     []jsonArea
	epcis       []jsonEPCI
}

func readJSON(dir, name string, v any) error {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("gen: parse %s: %w", name, err)
	}
	return nil
}

func readFrance(dir string) (*france, error) {
	var all []jsonCommune
	fr := &france{byCode: map[string]*commune{}}
	var ept []jsonEPCI
	for name, v := range map[string]any{
		"communes.json": &all, "departements.json": &fr.departments, "regions.json": &fr.regions,
		"epci.json": &fr.epcis, "ept.json": &ept,
	} {
		if err := readJSON(dir, name, v); err != nil {
			return nil, err
		}
	}
	fr.epcis = append(fr.epcis, ept...)
	for _, c := range all {
		if c.Type == "commune-actuelle" {
			cc := &commune{jsonCommune: c}
			fr.communes = append(fr.communes, cc)
			fr.byCode[c.Code] = cc
		}
	}
	if err := fr.collectAliases(all); err != nil {
		return nil, err
	}
	sort.Slice(fr.communes, func(i, j int) bool { return fr.communes[i].Code < fr.communes[j].Code })
	sort.Slice(fr.epcis, func(i, j int) bool { return fr.epcis[i].Code < fr.epcis[j].Code })
	return fr, nil
}

// collectAliases keeps the delegated and associated communes and the
// municipal arrondissements whose name differs from their commune's.
func (fr *france) collectAliases(all []jsonCommune) error {
	kinds := map[string]byte{"commune-deleguee": 'd', "commune-associee": 'a', "arrondissement-municipal": 'm'}
	for _, c := range all {
		kind, ok := kinds[c.Type]
		if !ok {
			continue
		}
		target := c.ChefLieu
		if kind == 'm' {
			target = c.Commune
		}
		cur, ok := fr.byCode[target]
		if !ok {
			return fmt.Errorf("gen: %s %s (%s) points to unknown commune %q", c.Type, c.Nom, c.Code, target)
		}
		if fold.String(cur.Nom) == fold.String(c.Nom) {
			continue
		}
		fr.aliases = append(fr.aliases, alias{name: c.Nom, insee: target, kind: kind, oldCode: c.Code})
	}
	sort.Slice(fr.aliases, func(i, j int) bool { return fr.aliases[i].oldCode < fr.aliases[j].oldCode })
	return nil
}

// department returns the département with that code.
func (fr *france) department(code string) (jsonArea, bool) {
	for _, d := range fr.departments {
		if d.Code == code {
			return d, true
		}
	}
	return jsonArea{}, false
}
