package place

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"fmt"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// loader fills a Gazetteer from the data files.
type loader struct {
	g          *Gazetteer
	fsys       fs.FS
	deptChef   []string // chef-lieu INSEE code, by département
	regionChef []string // chef-lieu INSEE code or geonameid, by region
	byGeoID    map[string]int32

	deptNames, regionNames [][]string // official name and aliases, by index
}

// each calls fn with the fields of every line of a gzipped TSV file,
// checking their number.
func (l *loader) each(name string, nfields int, fn func(line int, f []string) error) error {
	file, err := l.fsys.Open(name)
	if err != nil {
		return fmt.Errorf("place: %w", err)
	}
	defer file.Close()
	zr, err := gzip.NewReader(file)
	if err != nil {
		return fmt.Errorf("place: %s: %w", name, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != nfields {
			return errData(name, n, "%d fields, want %d", len(f), nfields)
		}
		if err := fn(n, f); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("place: read %s: %w", name, err)
	}
	return nil
}

// areas reads the régions (French and neighbouring) and the départements.
func (l *loader) areas() error {
	var depts [][]string
	err := l.each("areas.tsv.gz", 7, func(n int, f []string) error {
		switch f[0] {
		case "D":
			depts = append(depts, f)
		case "R":
			l.addRegion(f)
		default:
			return errData("areas.tsv.gz", n, "kind %q", f[0])
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range depts {
		if err := l.addDepartment(f); err != nil {
			return err
		}
	}
	return nil
}

// addRegion: R, country, code, name, -, chef-lieu, aliases.
func (l *loader) addRegion(f []string) {
	g := l.g
	i := len(g.regions)
	g.regions = append(g.regions, Region{Code: f[2], Name: f[3], Country: f[1]})
	l.regionChef = append(l.regionChef, f[5])
	l.regionNames = append(l.regionNames, append([]string{f[3]}, splitList(f[6])...))
	if f[1] == "FR" {
		g.frRegions[f[2]] = i
	}
	g.regionIndex[strings.ToUpper(f[2])] = i
	for _, name := range l.regionNames[i] {
		for _, k := range []string{nameKey(name), stripArticle(nameKey(name))} {
			if _, taken := g.regionIndex[k]; !taken { // French régions come first and win
				g.regionIndex[k] = i
			}
		}
	}
}

// addDepartment: D, FR, code, name, région code, chef-lieu, aliases.
func (l *loader) addDepartment(f []string) error {
	g := l.g
	r, ok := g.frRegions[f[4]]
	if !ok {
		return fmt.Errorf("place: département %s: unknown région %q", f[2], f[4])
	}
	i := len(g.departments)
	g.departments = append(g.departments, Department{Code: f[2], Name: f[3], Region: g.regions[r].Name, RegionCode: f[4]})
	l.deptChef = append(l.deptChef, f[5])
	l.deptNames = append(l.deptNames, append([]string{f[3]}, splitList(f[6])...))
	g.deptIndex[f[2]] = i
	for _, name := range l.deptNames[i] {
		g.deptIndex[nameKey(name)] = i
		g.deptIndex[stripArticle(nameKey(name))] = i
	}
	return nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// communes reads the French communes: INSEE, name, département, région
// code, population, lat, lon, approximate.
func (l *loader) communes() error {
	g := l.g
	return l.each("communes.tsv.gz", 8, func(n int, f []string) error {
		di, ok := g.deptIndex[f[2]]
		if !ok {
			return errData("communes.tsv.gz", n, "unknown département %q", f[2])
		}
		d := g.departments[di]
		c := Commune{Name: f[1], INSEE: f[0], Department: d.Code, DepartmentName: d.Name, Region: d.Region,
			Country: "FR", Approximate: f[7] == "1"}
		if err := parseNumbers(f[4], f[5], f[6], &c); err != nil {
			return errData("communes.tsv.gz", n, "%v", err)
		}
		id := l.addCommune(c)
		g.byINSEE[c.INSEE] = id
		return nil
	})
}

func parseNumbers(pop, lat, lon string, c *Commune) error {
	var err error
	if c.Population, err = strconv.Atoi(pop); err != nil {
		return err
	}
	if c.Lat, err = strconv.ParseFloat(lat, 64); err != nil {
		return err
	}
	c.Lon, err = strconv.ParseFloat(lon, 64)
	return err
}

// addCommune stores a commune and indexes its own name.
func (l *loader) addCommune(c Commune) int32 {
	id := int32(len(l.g.communes))
	l.g.communes = append(l.g.communes, c)
	l.index(c.Name, id, "")
	return id
}

// index files a commune under a name, and under the name without its
// leading article.
func (l *loader) index(name string, id int32, alias string) {
	k := nameKey(name)
	l.g.file(k, nameRef{id: id, alias: alias})
	if s := stripArticle(k); s != k {
		l.g.file(s, nameRef{id: id, alias: alias, loose: true})
	}
}

// file adds a commune to the list under a key.
func (g *Gazetteer) file(k string, r nameRef) {
	r.next = g.names[k]
	g.refs = append(g.refs, r)
	g.names[k] = int32(len(g.refs))
}

// aliases reads the other names of French communes: name, INSEE, kind.
func (l *loader) aliases() error {
	return l.each("aliases.tsv.gz", 3, func(n int, f []string) error {
		id, ok := l.g.byINSEE[f[1]]
		if !ok {
			return errData("aliases.tsv.gz", n, "unknown commune %q", f[1])
		}
		l.index(f[0], id, f[0])
		if f[2] != "m" {
			l.g.formerNames[id] = append(l.g.formerNames[id], f[0])
		}
		return nil
	})
}

// world reads the neighbouring countries' municipalities: geonameid,
// country, region code, population, lat, lon, names.
func (l *loader) world() error {
	l.byGeoID = map[string]int32{}
	return l.each("world.tsv.gz", 7, func(n int, f []string) error {
		ri, ok := l.g.regionIndex[f[2]]
		if !ok {
			return errData("world.tsv.gz", n, "unknown region %q", f[2])
		}
		names := splitList(f[6])
		c := Commune{Name: localName(f[1], names[0]), GeonameID: f[0], Region: l.g.regions[ri].Name, Country: f[1]}
		if err := parseNumbers(f[3], f[4], f[5], &c); err != nil {
			return errData("world.tsv.gz", n, "%v", err)
		}
		id := l.addCommune(c)
		l.byGeoID[f[0]] = id
		if c.Name != names[0] {
			l.index(names[0], id, names[0])
		}
		for _, alt := range names[1:] {
			l.index(alt, id, alt)
		}
		return nil
	})
}

// shortHeads files a Spanish or Portuguese municipality under its name's
// head, the name the press gives it, when no other place of that name
// comes near it in size: "Sant Boi" for Sant Boi de Llobregat, "Las
// Rozas" for Las Rozas de Madrid. A head of one word may be a common noun
// ("Câmara" of Câmara de Lobos) and is left alone.
func (l *loader) shortHeads() error {
	type cand struct {
		id   int32
		pop  int
		head string // "" for a place of that very name
	}
	heads := map[string][]cand{}
	for id, c := range l.g.communes {
		if c.Country != "ES" && c.Country != "PT" {
			continue
		}
		if h := nameHead(c.Name); strings.Contains(h, " ") { // "Sant Boi", not "Câmara" of Câmara de Lobos
			k := nameKey(h)
			heads[k] = append(heads[k], cand{int32(id), c.Population, h})
		}
	}
	for _, k := range slices.Sorted(maps.Keys(heads)) {
		cs := heads[k]
		for r := l.g.names[k]; r != 0; r = l.g.refs[r-1].next {
			id := l.g.refs[r-1].id
			cs = append(cs, cand{id, l.g.communes[id].Population, ""}) // places of that very name
		}
		best := slices.MaxFunc(cs, func(a, b cand) int { return cmp.Compare(a.pop, b.pop) })
		if best.head != "" && best.pop >= 20000 && !slices.ContainsFunc(cs, func(c cand) bool { return c.id != best.id && c.pop*5 > best.pop }) {
			l.index(best.head, best.id, best.head)
		}
	}
	return nil
}

// nameHead is a name's head before " de ", " del ", " da ", " do ": "Sant
// Boi" of Sant Boi de Llobregat, "Vila Nova" of Vila Nova de Gaia; else "".
func nameHead(name string) string {
	for _, sep := range []string{" de ", " del ", " da ", " do ", " dos ", " das "} {
		if head, _, ok := strings.Cut(name, sep); ok && len(head) >= 4 {
			return head
		}
	}
	return ""
}

// officialNames reads official.tsv.gz: a neighbouring country's
// municipality by its geonameid, and the name its registry gives it where
// GeoNames' differs (written by place/internal/gen: "Sanremo" for San
// Remo, "St. Gallen" for Sankt Gallen). See OfficialName.
func (l *loader) officialNames() error {
	return l.each("official.tsv.gz", 2, func(n int, f []string) error {
		id, ok := l.byGeoID[f[0]]
		if !ok {
			return errData("official.tsv.gz", n, "unknown place %q", f[0])
		}
		name, _, _ := strings.Cut(f[1], " / ") // "Kamenz / Kamjenc": the press and the maps write the German name alone
		if name != l.g.communes[id].Name {
			l.g.official[id] = name
		}
		return nil
	})
}

// chefLieux sets the chef-lieu of every département and region.
func (l *loader) chefLieux() error {
	g := l.g
	for i, code := range l.deptChef {
		id, ok := g.byINSEE[code]
		if !ok {
			return fmt.Errorf("place: département %s: unknown chef-lieu %q", g.departments[i].Code, code)
		}
		g.departments[i].ChefLieu = g.communes[id]
		if short := shortForm(g.communes[id].Name); short != "" {
			l.index(short, id, short) // "au Puy": the préfecture Le Puy-en-Velay
		}
	}
	for i, code := range l.regionChef {
		id, ok := g.byINSEE[code]
		if g.regions[i].Country != "FR" {
			id, ok = l.byGeoID[code]
		}
		if !ok {
			return fmt.Errorf("place: region %s: unknown chef-lieu %q", g.regions[i].Code, code)
		}
		g.regions[i].ChefLieu = g.communes[id]
	}
	return nil
}

// shortForm is the name the press gives a préfecture whose name says
// where it lies: "Le Puy" for Le Puy-en-Velay, "Châlons" for
// Châlons-en-Champagne, "La Roche" for La Roche-sur-Yon; else "".
func shortForm(name string) string {
	for _, sep := range []string{"-en-", "-sur-", "-le-"} {
		if head, _, ok := strings.Cut(name, sep); ok && !strings.Contains(head, "-") {
			return head
		}
	}
	return ""
}

// epcis reads the intercommunalities: SIREN, type, name, seat, seat named,
// members.
func (l *loader) epcis() error {
	g := l.g
	return l.each("epci.tsv.gz", 6, func(n int, f []string) error {
		seat, ok := g.byINSEE[f[3]]
		if !ok {
			return errData("epci.tsv.gz", n, "unknown seat %q", f[3])
		}
		e := EPCI{SIREN: f[0], Type: f[1], Name: f[2], Members: strings.Split(f[5], ","), Seat: g.communes[seat]}
		for _, m := range e.Members {
			id, ok := g.byINSEE[m]
			if !ok {
				return errData("epci.tsv.gz", n, "unknown member %q", m)
			}
			e.Population += g.communes[id].Population
		}
		g.addEPCI(e)
		return nil
	})
}

var (
	acronym = regexp.MustCompile(`\s*\(([^)]*)\)`)
	quoted  = regexp.MustCompile(`\s*(?:''|"|«)\s*([^'"»]+?)\s*(?:''|"|»)`)
)

// addEPCI stores an intercommunality and indexes its names: the official
// one without its type words, and the acronym or quoted name it may carry
// ("CC de l'Est Lyonnais (CCEL)"; the CA de Blois is Agglopolys in
// quotes). A key
// that is also a commune's name ("Métropole de Lyon": lyon) only answers
// queries that say the type.
func (g *Gazetteer) addEPCI(e EPCI) {
	i := len(g.epcis)
	g.epcis = append(g.epcis, e)
	plain := quoted.ReplaceAllString(acronym.ReplaceAllString(e.Name, ""), "")
	n := parseEPCI(plain)
	if _, isCommune := g.names[n.key]; isCommune {
		g.epciTyped[n.key] = append(g.epciTyped[n.key], i)
	} else {
		g.epciIndex[n.key] = append(g.epciIndex[n.key], i)
	}
	if n.core != n.key {
		g.epciTyped[n.core] = append(g.epciTyped[n.core], i)
	}
	for _, m := range append(acronym.FindAllStringSubmatch(e.Name, -1), quoted.FindAllStringSubmatch(e.Name, -1)...) {
		k := nameKey(m[1])
		g.epciIndex[k] = append(g.epciIndex[k], i)
	}
	k := nameKey(e.Seat.Name)
	g.epciBySeat[k] = append(g.epciBySeat[k], i)
}

// exonyms are the English (or German) names GeoNames gives some towns as
// their main name (for Bielsko-Biała, its name without diacritics); a
// municipality's official name is in its own language. For Ireland it is
// the other way round: GeoNames names a few towns in Irish, and their
// English name is the one the law and articles use. Some
// entries name the municipality rather than the town GeoNames lists
// (Almere Stad is the town of Almere; les Escaldes, of the parish of
// Escaldes-Engordany). Every name here is among the place's alternates.
var exonyms = map[string]string{
	"IT|Rome": "Roma", "IT|Milan": "Milano", "IT|Naples": "Napoli", "IT|Turin": "Torino", "IT|Genoa": "Genova",
	"IT|Florence": "Firenze", "IT|Venice": "Venezia", "IT|Padua": "Padova", "IT|Syracuse": "Siracusa",
	"IT|Mantua": "Mantova", "DE|Munich": "München", "DE|Cologne": "Köln", "DE|Nuremberg": "Nürnberg",
	"BE|Brussels": "Bruxelles", "CH|Sitten": "Sion", "CH|Geneva": "Genève", "CH|Zurich": "Zürich",
	"ES|Seville": "Sevilla", "ES|Saragossa": "Zaragoza",
	"AT|Vienna": "Wien", "AT|St. Martin of Tennengebirge": "Sankt Martin am Tennengebirge",
	"PT|Lisbon": "Lisboa", "NL|The Hague": "Den Haag", "NL|Almere Stad": "Almere",
	"IE|Gaillimh": "Galway", "IE|Droichead Nua": "Newbridge", "IE|An Muileann gCearr": "Mullingar",
	"IE|Cluain Meala": "Clonmel", "IE|Cill Airne": "Killarney", "IE|Trá Mhór": "Tramore", "IE|An Ros": "Rush",
	"AD|les Escaldes": "Escaldes-Engordany", "AD|la Massana": "La Massana",
	"PL|Warsaw": "Warszawa", "PL|Bielsko-Biala": "Bielsko-Biała",
}

// localName is a municipality's name in its own language.
func localName(country, name string) string {
	if n, ok := exonyms[country+"|"+name]; ok {
		return n
	}
	return name
}
