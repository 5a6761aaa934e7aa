package main

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/vigie-news/vigie/internal/fold"
)

// authority is a local authority of a country other than France (France's
// are built by the gazetteer from communes, EPCIs, départements and
// régions): one line of authorities.tsv.gz.
type authority struct {
	id      string   // scheme:code
	kind    string   // c commune, i intercommunality, d département level, r region level
	country string   // ISO 3166-1 alpha-2
	name    string   // official name
	parents []string // ids of the authorities it lies in, nearest first
	aliases []string // official short forms, former names, other languages
	pop     int      // 0 when the registry gives none
	// Where it is, to find its seat: its coordinates when the registry
	// gives them, and the names a seat may have, first preferred.
	lat, lon  float64
	hasPoint  bool
	seatNames []string
	region    string // first-level region's name when known, to check a seat by name
	group     string // where no parent is listed, a key shared with its neighbours (a Spanish province's code) whose seat stands in for its own
	seat      string // geonameid, set by placeSeats
	seatPop   int    // the seat's population
	approx    bool   // no municipality of the gazetteer is the body's own seat
	nearest   bool   // … but a place inside it (the nearest its point, or its town by GeoNames' codes), not a stand-in
	// How GeoNames' codes tell a British council's area (see
	// councilPlaces): its ONS codes and those of the councils it
	// replaced (37UC, for a county 29), whether it is a council of one
	// tier outside London, and Northern Ireland's admin2 code.
	onsCodes []string
	unitary  bool
	admin2   string
}

// worldPlace is a line of world.tsv.gz, the municipalities the seats are
// chosen among.
type worldPlace struct {
	id, country, region string
	pop                 int
	lat, lon            float64
	names               []string
}

// readGzipTSV calls fn with the fields of every line of a gzipped TSV file.
func readGzipTSV(path string, fn func(f []string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	defer file.Close()
	zr, err := gzip.NewReader(file)
	if err != nil {
		return fmt.Errorf("gen: %s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if err := fn(strings.Split(sc.Text(), "\t")); err != nil {
			return fmt.Errorf("gen: %s: %w", path, err)
		}
	}
	return sc.Err()
}

// readWorld reads the generated world.tsv.gz and the region names of
// areas.tsv.gz.
// regionNames are the gazetteer's region names by code (AT.09: Wien),
// set by readWorld for the registries that give codes only.
var regionNames = map[string]string{}

func readWorld(dataDir string) ([]worldPlace, map[string]string, error) {
	regions := regionNames
	capitals := map[string]string{} // country|folded region name → geonameid of its seat
	err := readGzipTSV(filepath.Join(dataDir, "areas.tsv.gz"), func(f []string) error {
		if f[0] == "R" {
			regions[f[2]] = f[3]
			for _, n := range append([]string{f[3]}, splitNames(f[6])...) {
				if k := f[1] + "|" + fold.String(n); capitals[k] == "" {
					capitals[k] = f[5]
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	var out []worldPlace
	err = readGzipTSV(filepath.Join(dataDir, "world.tsv.gz"), func(f []string) error {
		p := worldPlace{id: f[0], country: f[1], region: regions[f[2]], names: strings.Split(f[6], "|")}
		var err error
		if p.pop, err = strconv.Atoi(f[3]); err != nil {
			return err
		}
		if p.lat, err = strconv.ParseFloat(f[4], 64); err != nil {
			return err
		}
		p.lon, err = strconv.ParseFloat(f[5], 64)
		out = append(out, p)
		return err
	})
	return out, capitals, err
}

func splitNames(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// seatIndex finds the municipalities of the gazetteer by country and
// folded name.
type seatIndex struct {
	byName    map[string][]*worldPlace // country + "|" + folded name
	byCountry map[string][]*worldPlace
	ruled     map[string]ruledSeat // by authority id: the seats GeoNames' codes give (ruledSeats)
}

func indexSeats(world []worldPlace) seatIndex {
	ix := seatIndex{byName: map[string][]*worldPlace{}, byCountry: map[string][]*worldPlace{}}
	for i := range world {
		p := &world[i]
		ix.byCountry[p.country] = append(ix.byCountry[p.country], p)
		seen := map[string]bool{}
		for _, n := range p.names {
			k := p.country + "|" + fold.String(n)
			if !seen[k] {
				seen[k] = true
				ix.byName[k] = append(ix.byName[k], p)
			}
		}
	}
	return ix
}

// km is the distance between two points, by the equirectangular
// approximation (good to a few percent at these distances).
func km(lat1, lon1, lat2, lon2 float64) float64 {
	x := (lon2 - lon1) * math.Cos((lat1+lat2)/2*math.Pi/180)
	y := lat2 - lat1
	return 111.2 * math.Hypot(x, y)
}

// seatFor picks an authority's seat among the gazetteer's municipalities:
// a place bearing one of its seat names (nearest its point, else in its
// region, else the most populous), else, given a point, the nearest place.
// A name match further than 40 km from the point does not count.
func (ix seatIndex) seatFor(a *authority) (*worldPlace, bool) {
	for _, n := range a.seatNames {
		cands := ix.byName[a.country+"|"+fold.String(n)]
		var best *worldPlace
		bestScore := math.Inf(1)
		for _, p := range cands {
			var score float64
			switch {
			case a.hasPoint:
				score = km(a.lat, a.lon, p.lat, p.lon)
				if score > 40 {
					continue
				}
			case a.region != "" && p.region != a.region:
				continue
			default:
				score = -float64(p.pop)
			}
			if score < bestScore {
				best, bestScore = p, score
			}
		}
		if best != nil {
			return best, true
		}
	}
	if !a.hasPoint {
		return nil, false
	}
	var best *worldPlace
	bestKm := math.Inf(1)
	for _, p := range ix.byCountry[a.country] {
		if d := km(a.lat, a.lon, p.lat, p.lon); d < bestKm {
			best, bestKm = p, d
		}
	}
	return best, false
}

// placeSeats sets every authority's seat: the region's seat for a
// region; the seat GeoNames' codes give (ix.ruled), unless it bears its
// own name and is not dwarfed by a place inside it; its own municipality
// when the gazetteer has it; else its member named like it; else, flagged
// approximate, the nearest place to its point, its most populous member's
// seat, its parent's, or its group's.
func placeSeats(all []*authority, ix seatIndex, capitals map[string]string) error {
	byID := map[string]*authority{}
	members := map[string][]*authority{}
	for _, a := range all {
		byID[a.id] = a
		for _, p := range a.parents {
			members[p] = append(members[p], a)
		}
	}
	var pending []*authority
	for _, a := range all {
		if id, ok := capitals[a.country+"|"+fold.String(a.region)]; ok && a.kind == "r" {
			a.seat = id
			continue
		}
		p, exact := ix.seatFor(a)
		if r, ok := ix.ruled[a.id]; ok && (!exact || r.top > namedTownShare*p.pop && r.place.id != p.id) {
			a.seat, a.seatPop, a.approx, a.nearest = r.place.id, r.place.pop, !r.own, !r.own
			continue
		}
		switch {
		case p != nil && exact:
			a.seat, a.seatPop = p.id, p.pop
		case p != nil:
			a.seat, a.approx, a.nearest, a.seatPop = p.id, true, true, p.pop
			pending = append(pending, a) // a named member beats the nearest place
		default:
			pending = append(pending, a)
		}
	}
	for _, a := range pending {
		if m := namedMember(a, members[a.id]); m != nil {
			a.seat, a.approx, a.nearest, a.seatPop = m.seat, false, false, m.seatPop
			continue
		}
		if a.seat != "" {
			continue
		}
		if ms := seated(members[a.id]); len(ms) > 0 {
			m := slices.MaxFunc(ms, func(x, y *authority) int { return cmp.Or(cmp.Compare(x.pop, y.pop), cmp.Compare(x.seatPop, y.seatPop)) })
			a.seat, a.approx, a.seatPop = m.seat, true, m.seatPop
			continue
		}
		for _, pid := range a.parents {
			if pa, ok := byID[pid]; ok && pa.seat != "" {
				a.seat, a.approx = pa.seat, true
				break
			}
		}
		if a.seat == "" && a.group != "" {
			if g := groupSeat(all, a.group); g != nil {
				a.seat, a.approx = g.seat, true
			}
		}
		if id, ok := capitals[a.country+"|"+fold.String(a.region)]; ok && a.seat == "" {
			a.seat, a.approx = id, true
		}
		if a.seat == "" {
			return fmt.Errorf("gen: authority %s (%s) has no seat", a.id, a.name)
		}
	}
	return nil
}

// seated keeps the authorities with a seat of their own.
func seated(as []*authority) []*authority {
	var out []*authority
	for _, a := range as {
		if a.seat != "" && !a.approx {
			out = append(out, a)
		}
	}
	return out
}

// namedMember is the member commune whose name is in the authority's
// name, word for word ("Kreis Pinneberg": Pinneberg), the longest if
// several are.
func namedMember(a *authority, members []*authority) *authority {
	name := " " + fold.String(a.name) + " "
	var best *authority
	for _, m := range seated(members) {
		if m.kind == "c" && strings.Contains(name, " "+fold.String(m.name)+" ") && (best == nil || len(m.name) > len(best.name)) {
			best = m
		}
	}
	return best
}

// groupSeat is the authority of a group with the most populous seat of
// its own.
func groupSeat(all []*authority, group string) *authority {
	var best *authority
	for _, a := range all {
		if a.group == group && a.seat != "" && !a.approx && (best == nil || a.seatPop > best.seatPop) {
			best = a
		}
	}
	return best
}

// authoritiesTable: id, kind, country, name, parents (","), seat
// geonameid, how the seat was found (0 its own, 1 a place inside it: the
// nearest its point, or its town by GeoNames' codes; 2 a stand-in: a
// member's, its parent's or its neighbours'), population, aliases ("|").
func authoritiesTable(all []*authority) *table {
	t := &table{}
	for _, a := range all {
		seat := "0"
		switch {
		case a.nearest:
			seat = "1"
		case a.approx:
			seat = "2"
		}
		t.row(a.id, a.kind, a.country, a.name, strings.Join(a.parents, ","), a.seat, seat,
			strconv.Itoa(a.pop), strings.Join(dedupe(a.name, a.aliases), "|"))
	}
	return t
}

// dedupe drops the aliases that fold like the name or an earlier alias.
func dedupe(name string, aliases []string) []string {
	seen := map[string]bool{fold.String(name): true}
	var out []string
	for _, s := range aliases {
		s = strings.TrimSpace(s)
		if k := fold.String(s); k != "" && !seen[k] && !strings.ContainsAny(s, "|\t") {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}
