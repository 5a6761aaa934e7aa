package place

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	vigie "github.com/vigie-news/vigie"
)

// Authority is a local authority with its official identity: a French
// commune, EPCI, département or région, a United Kingdom council, a
// German Gemeinde, Amt or Verbandsgemeinde, Kreis or Land, an Italian
// comune, provincia or regione, a Spanish municipio, a Belgian commune,
// province or région (see data/SOURCES.md for the registries and their
// codes).
type Authority struct {
	ID      string           // scheme:code, e.g. "insee:73054", "gss:E06000001", "ags:09162"
	Name    string           // official name
	Kind    vigie.VictimKind // commune, intercommunalite, departement or region
	Country string           // ISO 3166-1 alpha-2
	Region  string           // first-level region, official name
	// Seat is the municipality of its seat, for coordinates and region.
	// For the bodies whose registry gives no seat it is inferred (see
	// data/SOURCES.md).
	Seat Commune
	// SeatStandIn is set when the seat is a stand-in: neither the body's
	// own nor a place inside it, but a member's, its parent's or its
	// neighbours'.
	SeatStandIn bool
	// SeatGuessed is set when the registry gives no seat: the seat is a
	// place inside the body (the nearest its point, or its town by
	// GeoNames' codes), or a stand-in.
	SeatGuessed bool
	Aliases     []string // official short forms, former names, the usual press forms
}

// Place returns the place of the authority's seat, in its region.
func (a Authority) Place() vigie.Place {
	p := a.Seat.Place()
	if a.Region != "" {
		p.Region = a.Region
	}
	return p
}

// authRec is a stored authority outside France (France's are built from
// the communes, EPCIs, départements and régions).
type authRec struct {
	id, name string
	kind     vigie.VictimKind
	country  string
	parents  []int32 // indexes in auths, nearest first
	seat     int32   // commune id
	standIn  bool    // the seat is not the body's own nor a place inside it
	guessed  bool    // the seat is not the body's own
	pop      int
	aliases  []string
	official []string // name keys of its name, in each of its languages ("Bressanone/Brixen")
}

// authHit is an authority found under a name, with how well it matched.
type authHit struct {
	rec     int32 // index in auths, or -1 for a French one
	fr      Authority
	quality int // 0 official name, 1 alias, 2 core of the official name, 3 core of an alias (+1 without its article), +4 for the name's core only; firstOfPair
	pop     int
}

var kindCodes = map[string]vigie.VictimKind{"c": vigie.VictimCommune, "i": vigie.VictimIntercommunalty, "d": vigie.VictimDepartment, "r": vigie.VictimRegion}

// authorities reads authorities.tsv.gz: id, kind, country, name,
// parents, seat geonameid, how the seat was found (0 own, 1 a place inside
// it, 2 a stand-in), population, aliases.
func (l *loader) authorities() error {
	g := l.g
	g.authByID = make(map[string]int32, 35000)
	g.authBySeat = make(map[int32]int32, 25000)
	g.authNames = make(map[string]int32, 90000)
	g.authRefs = make([]authName, 0, 130000)
	var parents [][]string
	err := l.each("authorities.tsv.gz", 9, func(n int, f []string) error {
		kind, ok := kindCodes[f[1]]
		if !ok {
			return errData("authorities.tsv.gz", n, "kind %q", f[1])
		}
		seat, ok := l.byGeoID[f[5]]
		if !ok {
			return errData("authorities.tsv.gz", n, "unknown seat %q", f[5])
		}
		pop, err := strconv.Atoi(f[7])
		if err != nil {
			return errData("authorities.tsv.gz", n, "%v", err)
		}
		i := int32(len(g.auths))
		g.auths = append(g.auths, authRec{id: f[0], kind: kind, country: f[2], name: f[3], seat: seat, standIn: f[6] == "2", guessed: f[6] != "0", pop: pop, aliases: splitList(f[8])})
		g.authByID[f[0]] = i
		if f[6] == "0" && kind == vigie.VictimCommune {
			for _, n := range strings.Split(f[3], "/") {
				g.auths[i].official = append(g.auths[i].official, nameKey(n))
			}
			if j, taken := g.authBySeat[seat]; !taken || g.ownSeat(i, seat) && !g.ownSeat(j, seat) {
				g.authBySeat[seat] = i
			}
		}
		parents = append(parents, splitList(strings.ReplaceAll(f[4], ",", "|")))
		g.indexAuthority(i)
		return nil
	})
	if err != nil {
		return err
	}
	for i, ps := range parents {
		for _, p := range ps {
			j, ok := g.authByID[p]
			if !ok {
				return errData("authorities.tsv.gz", i+1, "unknown parent %q", p)
			}
			g.auths[i].parents = append(g.auths[i].parents, j)
		}
	}
	g.indexCouncilsByLat()
	return nil
}

// ownSeat: the place is called by the municipality's official name in
// GeoNames' main name. Two municipalities may be seated at one place by
// name, one of them by an alternate name GeoNames got wrong (Oppido Lucano
// among Potenza's): the place is its namesake's.
func (g *Gazetteer) ownSeat(i, seat int32) bool {
	return slices.Contains(g.auths[i].official, nameKey(g.communes[seat].Name))
}

// indexCouncilsByLat fills councilsByLat.
func (g *Gazetteer) indexCouncilsByLat() {
	g.councilsByLat = map[string][]int32{}
	for i := range g.auths {
		if r := &g.auths[i]; r.kind == vigie.VictimCommune && !r.standIn {
			g.councilsByLat[r.country] = append(g.councilsByLat[r.country], int32(i))
		}
	}
	for _, ids := range g.councilsByLat {
		slices.SortFunc(ids, func(a, b int32) int {
			return cmp.Compare(g.communes[g.auths[a].seat].Lat, g.communes[g.auths[b].seat].Lat)
		})
	}
}

// councilsNear are the municipal councils of a country whose seat lies
// within km kilometres north or south of lat, in the order of
// councilsByLat.
func (g *Gazetteer) councilsNear(country string, lat, km float64) []int32 {
	ids := g.councilsByLat[country]
	deg := km / 111.0 // a degree of latitude is 111 km everywhere
	lo, _ := slices.BinarySearchFunc(ids, lat-deg, func(id int32, l float64) int { return cmp.Compare(g.communes[g.auths[id].seat].Lat, l) })
	hi, _ := slices.BinarySearchFunc(ids, lat+deg, func(id int32, l float64) int { return cmp.Compare(g.communes[g.auths[id].seat].Lat, l) })
	return ids[lo:min(hi+1, len(ids))]
}

// authName is an authority filed under a key.
type authName struct {
	rec     int32
	next    int32 // 1 + index in authRefs of the next under the same key; 0 ends
	quality uint8 // as authHit's
}

// indexAuthority files an authority under its official name and aliases,
// and under their cores (without kind words).
func (g *Gazetteer) indexAuthority(i int32) {
	a := &g.auths[i]
	file := func(k string, q uint8) {
		for n, key := range [2]string{k, stripArticle(k)} {
			if n == 1 {
				if key == k {
					break
				}
				q++ // "Vaud" is the canton before Le Vaud
			}
			head := g.authNames[key]
			if head > 0 && g.authRefs[head-1].rec == i { // filed just before under another name
				g.authRefs[head-1].quality = min(g.authRefs[head-1].quality, q)
				continue
			}
			g.authRefs = append(g.authRefs, authName{rec: i, next: head, quality: q})
			g.authNames[key] = int32(len(g.authRefs))
		}
	}
	for n, name := range append([]string{a.name}, a.aliases...) {
		q := uint8(min(n, 1))
		p := parseAuthority(name)
		file(p.key, q)
		if p.core != p.key {
			file(p.core, q+2)
		}
	}
	if first, _, ok := strings.Cut(parseAuthority(a.name).core, " and "); ok && a.country == "GB" && a.kind == vigie.VictimCommune {
		file(first, firstOfPair) // "Folkestone council" for Folkestone and Hythe District Council
	}
}

// firstOfPair is the quality of a British council filed under the first
// town of its name's pair ("Folkestone" of Folkestone and Hythe), which
// the press writes alone: below every other name.
const firstOfPair = 15

// Authorities returns every local authority a written name can be, by
// its official name, an alias or a press form ("Landkreis Leipzig",
// "Adur District Council", "Mairie de Bourg-Saint-Maurice", "Comune di
// Roma"), in country (an ISO code or name; "" for any). Case, accents,
// hyphens and a leading article do not count. The kind words of the name,
// when it has any, keep only the bodies of that kind; the best comes
// first: the name written whole before its core alone, official names
// before aliases, the commune before the bodies above it, then the most
// populous.
func (g *Gazetteer) Authorities(name, country string) []Authority {
	p := parseAuthority(name)
	if p.key == "" {
		return nil
	}
	cc := ""
	if country != "" {
		if cc = countryCode(country); cc == "" {
			return nil
		}
	}
	var hits []authHit
	seen := map[int32]int{}
	add := func(key string, extra int) {
		if g.loadAuthorities() != nil {
			return
		}
		for ref := g.authNames[key]; ref != 0; ref = g.authRefs[ref-1].next {
			n := g.authRefs[ref-1]
			r := &g.auths[n.rec]
			if cc != "" && r.country != cc {
				continue
			}
			h := authHit{rec: n.rec, quality: int(n.quality) + extra, pop: cmp.Or(r.pop, g.communes[r.seat].Population)}
			if j, ok := seen[n.rec]; ok {
				hits[j].quality = min(hits[j].quality, h.quality)
				continue
			}
			seen[n.rec] = len(hits)
			hits = append(hits, h)
		}
	}
	// The names the gazetteer knows a municipality by in other languages
	// are its council's too: "Munich City Council", "Ville de Genf".
	bySeat := func(key string, extra int) {
		if g.loadAuthorities() != nil {
			return
		}
		for _, m := range g.lookup(key) {
			i, ok := g.authBySeat[m.id]
			if !ok || (cc != "" && g.auths[i].country != cc) {
				continue
			}
			if _, dup := seen[i]; dup {
				continue
			}
			seen[i] = len(hits)
			hits = append(hits, authHit{rec: i, quality: 1 + extra, pop: cmp.Or(g.auths[i].pop, g.communes[m.id].Population)})
		}
	}
	add(p.key, 0)
	add(p.core, 4)
	bySeat(p.key, 0)
	if p.core != p.key {
		bySeat(p.core, 4)
	}
	if cc == "" || cc == "FR" {
		hits = append(hits, g.frenchAuthorities(p)...)
	}
	// The kind words keep, among the bodies found by the name's core
	// alone, those of their kind; a body whose own name or alias is the
	// name as written stays ("Basel-Stadt" is a canton, not the Stadt
	// Basel).
	kindOK := func(h authHit) bool {
		return g.hitKind(h) == p.kind && (p.needs == "" || strings.Contains(nameKey(g.hitName(h)), p.needs))
	}
	if p.kind != "" && slices.ContainsFunc(hits, kindOK) {
		hits = slices.DeleteFunc(hits, func(h authHit) bool { return h.quality >= 4 && !kindOK(h) })
	}
	slices.SortStableFunc(hits, func(a, b authHit) int {
		return cmp.Or(cmp.Compare(a.quality, b.quality), cmp.Compare(kindRank(g.hitKind(a)), kindRank(g.hitKind(b))),
			cmp.Compare(b.pop, a.pop), strings.Compare(g.hitID(a), g.hitID(b)))
	})
	out := make([]Authority, 0, len(hits))
	done := map[string]bool{}
	for _, h := range hits {
		if id := g.hitID(h); !done[id] {
			done[id] = true
			out = append(out, g.hitAuthority(h))
		}
	}
	return out
}

func kindRank(k vigie.VictimKind) int {
	switch k {
	case vigie.VictimCommune:
		return 0
	case vigie.VictimIntercommunalty:
		return 1
	case vigie.VictimDepartment:
		return 2
	}
	return 3
}

func (g *Gazetteer) hitKind(h authHit) vigie.VictimKind {
	if h.rec < 0 {
		return h.fr.Kind
	}
	return g.auths[h.rec].kind
}

func (g *Gazetteer) hitName(h authHit) string {
	if h.rec < 0 {
		return h.fr.Name
	}
	return g.auths[h.rec].name
}

func (g *Gazetteer) hitID(h authHit) string {
	if h.rec < 0 {
		return h.fr.ID
	}
	return g.auths[h.rec].id
}

func (g *Gazetteer) hitAuthority(h authHit) Authority {
	if h.rec < 0 {
		return h.fr
	}
	return g.authority(h.rec)
}

// authority builds the Authority of a stored record, with its press
// forms.
func (g *Gazetteer) authority(i int32) Authority {
	r := &g.auths[i]
	seat := g.communes[r.seat]
	a := Authority{ID: r.id, Name: r.name, Kind: r.kind, Country: r.country, Region: seat.Region, Seat: seat, SeatStandIn: r.standIn, SeatGuessed: r.guessed}
	a.Aliases = append(slices.Clone(r.aliases), pressForms(r)...)
	a.Aliases = dedupeNames(a.Name, a.Aliases)
	return a
}

// pressForms are the usual ways the press names a body of that kind in
// that country, built on its short name (the alias that is its name
// without kind words).
func pressForms(r *authRec) []string {
	core, short := r.name, false
	if k := parseAuthority(r.name).core; k != nameKey(r.name) {
		for _, s := range r.aliases {
			if nameKey(s) == k {
				core, short = s, true
				break
			}
		}
	}
	switch r.country + "|" + string(r.kind) {
	case "GB|commune", "GB|departement":
		if !short {
			return nil
		}
		return []string{core + " Council"}
	case "DE|commune":
		return []string{"Stadtverwaltung " + core, "Gemeinde " + core, "Gemeindeverwaltung " + core}
	case "DE|departement":
		if strings.Contains(strings.ToLower(r.name), "kreis") {
			return []string{"Kreis " + core, "Landkreis " + core, "Kreisverwaltung " + core, "Landratsamt " + core}
		}
		return nil // a kreisfreie Stadt's administration is its Gemeinde's
	case "DE|region":
		return []string{"Land " + core}
	case "IT|commune":
		return []string{"Comune di " + core, "Città di " + core}
	case "IT|region":
		return []string{"Regione " + core}
	case "ES|commune":
		return []string{"Ayuntamiento de " + core}
	}
	return nil
}

// dedupeNames drops the names that fold like the first or an earlier one.
func dedupeNames(name string, names []string) []string {
	seen := map[string]bool{nameKey(name): true}
	out := names[:0]
	for _, n := range names {
		if k := nameKey(n); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// Authority returns the authority with that ID ("insee:73054",
// "siren:200066793", "insee-dep:73", "insee-reg:84", "gss:E06000001",
// "ags:09162"…).
func (g *Gazetteer) Authority(id string) (Authority, bool) {
	scheme, code, ok := strings.Cut(strings.TrimSpace(id), ":")
	if !ok {
		return Authority{}, false
	}
	switch scheme {
	case "insee":
		c, ok := g.Commune(code)
		if !ok {
			return Authority{}, false
		}
		return g.communeAuthority(c), true
	case "siren":
		for _, e := range g.epcis {
			if e.SIREN == code {
				return epciAuthority(e), true
			}
		}
		return Authority{}, false
	case "insee-dep":
		d, ok := g.Department(code)
		if !ok || d.Code != strings.ToUpper(code) {
			return Authority{}, false
		}
		return departmentAuthority(d), true
	case "insee-reg":
		i, ok := g.frRegions[code]
		if !ok {
			return Authority{}, false
		}
		return g.regionAuthority(g.regions[i]), true
	}
	if g.loadAuthorities() != nil {
		return Authority{}, false
	}
	i, ok := g.authByID[scheme+":"+code]
	if !ok {
		return Authority{}, false
	}
	return g.authority(i), true
}

// AuthorityOf returns the authority of that kind at a resolved place: for
// a commune kind the commune itself (insee:73054, ags:09162000), for
// intercommunalite its EPCI (France), Amt or Verbandsgemeinde (Germany)
// or combined authority (United Kingdom), for departement its département,
// Kreis, provincia, province or county council, for region its région,
// Land, regione or Belgian région. It reports false where the place has
// none of that kind or is not found (a Spanish municipio has no province
// in the data; an English unitary council has no county).
func (g *Gazetteer) AuthorityOf(kind vigie.VictimKind, p vigie.Place) (Authority, bool) {
	if p.Country == "FR" || p.INSEE != "" {
		return g.frenchAuthorityOf(kind, p)
	}
	i, ok := g.communeAuthorityAt(p)
	if !ok {
		return Authority{}, false
	}
	if g.auths[i].kind == kind {
		return g.authority(i), true
	}
	for _, j := range g.auths[i].parents {
		if g.auths[j].kind == kind {
			return g.authority(j), true
		}
	}
	return Authority{}, false
}

// communeAuthorityAt finds the commune-level authority of a place outside
// France: one named like the place (the nearest if several), else the one
// whose seat is nearest the place's point, within 10 km (without
// boundaries, a place further from every seat cannot be told).
func (g *Gazetteer) communeAuthorityAt(p vigie.Place) (int32, bool) {
	if g.loadAuthorities() != nil {
		return -1, false
	}
	best, bestKm := int32(-1), 1e9
	consider := func(i int32) {
		r := &g.auths[i]
		if r.kind != vigie.VictimCommune || r.country != p.Country {
			return
		}
		seat := g.communes[r.seat]
		d := 0.0
		if p.HasPoint() {
			d = distanceKm(vigie.Point{Lat: p.Lat, Lon: p.Lon}, vigie.Point{Lat: seat.Lat, Lon: seat.Lon})
		} else if p.Region != "" && seat.Region != p.Region {
			d = 500
		}
		if d < bestKm {
			best, bestKm = i, d
		}
	}
	// The municipality of the gazetteer at the place is the seat of its
	// council.
	for _, m := range g.lookup(p.Name) {
		c := g.communes[m.id]
		i, ok := g.authBySeat[m.id]
		if ok && c.Country == p.Country && (!p.HasPoint() || distanceKm(vigie.Point{Lat: p.Lat, Lon: p.Lon}, vigie.Point{Lat: c.Lat, Lon: c.Lon}) < 2) {
			return i, true
		}
	}
	for ref := g.authNames[nameKey(p.Name)]; ref != 0; ref = g.authRefs[ref-1].next {
		if n := g.authRefs[ref-1]; n.quality <= 1 || n.quality == firstOfPair {
			consider(n.rec)
		}
	}
	if best >= 0 && bestKm < 60 {
		return best, true
	}
	if !p.HasPoint() {
		return -1, false
	}
	best, bestKm = -1, 1e9
	near := slices.Clone(g.councilsNear(p.Country, p.Lat, 10)) // a seat further north or south than 10 km is further than 10 km
	slices.Sort(near)                                          // in the registry's order, as ties were always broken
	for _, i := range near {
		consider(i)
	}
	return best, best >= 0 && bestKm < 10
}

// AuthorityNamed returns the authority outside France whose official name
// or alias is name, written whole ("Comhairle nan Eilean Siar",
// "Rhein-Pfalz-Kreis"): a name that says which body it is without a kind
// word before it. A municipality named like its town is not returned: its
// name alone is a place. Case, accents and hyphens do not count.
func (g *Gazetteer) AuthorityNamed(name string) (Authority, bool) {
	if g.loadAuthorities() != nil {
		return Authority{}, false
	}
	key := nameKey(name)
	best, bestQ := int32(-1), uint8(2)
	for ref := g.authNames[key]; ref != 0; ref = g.authRefs[ref-1].next {
		n := g.authRefs[ref-1]
		if n.quality < bestQ {
			best, bestQ = n.rec, n.quality
		}
	}
	if best < 0 {
		return Authority{}, false
	}
	a := g.authority(best)
	if nameKey(a.Seat.Name) == key {
		return Authority{}, false // "Lochem" is the town before it is the gemeente
	}
	return a, true
}
