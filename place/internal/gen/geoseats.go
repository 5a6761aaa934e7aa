package main

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strings"
)

// geoPlace is a municipality of the gazetteer with what cities500 says
// of it beyond world.tsv.gz: its feature code (PPLA2 marks the seat of a
// second-order division, PPLA3 of a third-order one) and its admin2 and
// admin3 codes.
type geoPlace struct {
	*worldPlace
	code, admin2, admin3 string
}

// ruledSeat is the seat GeoNames' codes give an authority.
type ruledSeat struct {
	place *worldPlace
	own   bool // GeoNames marks it as the seat of the body's own division
	top   int  // population of the most populous place inside the body, to weigh a place bearing its name against; 0 when not counted
}

// namedTownShare: a place bearing a council's name is not its town when
// a place inside the council has this many times its population
// (Gedling: Arnold; Rushmoor: a hamlet of Surrey beside Aldershot).
const namedTownShare = 4

// geoPlaces joins cities500's lines for Germany and the United Kingdom
// to the gazetteer's municipalities, by country, most populous first
// (ties in the gazetteer's order).
func geoPlaces(world []worldPlace, rows []*city) []geoPlace {
	byID := map[string]*city{}
	for _, c := range rows {
		if c.country == "DE" || c.country == "GB" {
			byID[c.id] = c
		}
	}
	var out []geoPlace
	for i := range world {
		if c, ok := byID[world[i].id]; ok {
			out = append(out, geoPlace{worldPlace: &world[i], code: c.code, admin2: c.admin[1], admin3: c.admin[2]})
		}
	}
	slices.SortStableFunc(out, func(x, y geoPlace) int {
		return cmp.Or(strings.Compare(x.country, y.country), cmp.Compare(y.pop, x.pop))
	})
	return out
}

// ruledSeats are the seats GeoNames' codes give, by authority id: the
// German Kreise's and the British councils'.
func ruledSeats(all []*authority, places []geoPlace) map[string]ruledSeat {
	out := map[string]ruledSeat{}
	kreisSeats(all, places, out)
	councilSeats(all, places, out)
	return out
}

// kreisSeats gives each German Kreis the place GeoNames marks as its
// seat: feature code PPLA3 with the Kreis's AGS as admin3 (Korbach,
// 06635, for Landkreis Waldeck-Frankenberg), the most populous if
// several. A Kreis seated outside itself (Breisgau-Hochschwarzwald in
// Freiburg) has none, nor has a kreisfreie Stadt.
func kreisSeats(all []*authority, places []geoPlace, out map[string]ruledSeat) {
	seats := map[string]*worldPlace{}
	for i := range places {
		if p := &places[i]; p.country == "DE" && p.code == "PPLA3" && seats[p.admin3] == nil {
			seats[p.admin3] = p.worldPlace
		}
	}
	for _, a := range all {
		ags, ok := strings.CutPrefix(a.id, "ags:")
		if p := seats[ags]; ok && a.kind == "d" && p != nil {
			out[a.id] = ruledSeat{place: p, own: true}
		}
	}
}

// onsCode is the shape of an ONS local authority code as GeoNames gives
// English and Welsh places' admin3 (37UC a district, 00HA a unitary
// council, 18UH035 a parish of 18UH). Other admin3 codes (London's
// boroughs, a few geonameids) say nothing of the council.
var onsCode = regexp.MustCompile(`^[0-9]{2}[A-Z]{2}`)

// councilSeats gives the United Kingdom's councils and counties the
// places inside them (councilPlaces) and among them their seat
// (seatAmong).
func councilSeats(all []*authority, places []geoPlace, out map[string]ruledSeat) {
	var gb []*geoPlace
	for i := range places {
		if places[i].country == "GB" {
			gb = append(gb, &places[i])
		}
	}
	areas := councilAreas(all, gb)
	for _, a := range all {
		if a.country != "GB" {
			continue
		}
		ms := councilPlaces(a, gb, areas[a])
		if len(ms) == 0 {
			continue
		}
		out[a.id] = ruledSeat{place: seatAmong(ms).worldPlace, top: ms[0].pop}
	}
}

// councilPlaces are the places inside a council, most populous first:
// those of its area when it has one (councilAreas), else those whose
// admin3 begins with one of its ONS codes, in the admin2 area most of
// them are in (a town GeoNames gives a neighbour's code, Leicester in
// Charnwood's, lies in another).
func councilPlaces(a *authority, gb []*geoPlace, area string) []*geoPlace {
	var ms []*geoPlace
	if area != "" {
		for _, p := range gb {
			if p.admin2 == area {
				ms = append(ms, p)
			}
		}
		return ms
	}
	count := map[string]int{}
	var areas []string
	for _, p := range gb {
		if a.hasONSCode(p.admin3) {
			ms = append(ms, p)
			if count[p.admin2]++; count[p.admin2] == 1 {
				areas = append(areas, p.admin2)
			}
		}
	}
	if len(ms) == 0 {
		return nil
	}
	most := slices.MaxFunc(areas, func(x, y string) int { return count[x] - count[y] })
	return slices.DeleteFunc(ms, func(p *geoPlace) bool { return p.admin2 != most })
}

// hasONSCode reports whether a GeoNames admin3 code is one of the
// council's ONS codes or begins with one (a parish's, or for a county
// its districts').
func (a *authority) hasONSCode(admin3 string) bool {
	if !onsCode.MatchString(admin3) {
		return false
	}
	for _, c := range a.onsCodes {
		if strings.HasPrefix(admin3, c) {
			return true
		}
	}
	return false
}

// councilAreas finds the GeoNames admin2 area of the councils of one
// tier: Northern Ireland's is their GSS code; a unitary council's,
// metropolitan district's, Scottish or Welsh council's is the admin2 of
// the place nearest its point (Scotland's places carry no ONS code),
// unless most of that area's places carry other councils' ONS codes (a
// county's area, in which a council's point sits near its border) or
// another council's point lies in it whose codes more of its places carry.
func councilAreas(all []*authority, gb []*geoPlace) map[*authority]string {
	out := map[*authority]string{}
	near := map[*authority]string{}
	points := map[string][]*authority{}
	for _, a := range all {
		switch {
		case a.country != "GB":
		case a.admin2 != "":
			out[a] = a.admin2
		case a.unitary && a.hasPoint:
			near[a] = nearestGeo(a, gb).admin2
			points[near[a]] = append(points[near[a]], a)
		}
	}
	for a, area := range near {
		own, others, total := areaCodes(a, area, gb)
		ok := 2*others <= total
		for _, b := range points[area] {
			if bOwn, _, _ := areaCodes(b, area, gb); b != a && (own == 0 || bOwn >= own) {
				ok = false
			}
		}
		if ok {
			out[a] = area
		}
	}
	return out
}

// areaCodes counts the places of an admin2 area that carry one of the
// council's ONS codes, those that carry another's, and all.
func areaCodes(a *authority, area string, gb []*geoPlace) (own, others, total int) {
	for _, p := range gb {
		if p.admin2 != area {
			continue
		}
		total++
		switch {
		case a.hasONSCode(p.admin3):
			own++
		case onsCode.MatchString(p.admin3):
			others++
		}
	}
	return own, others, total
}

// nearestGeo is the place nearest the authority's point.
func nearestGeo(a *authority, ps []*geoPlace) *geoPlace {
	var best *geoPlace
	bestKm := math.Inf(1)
	for _, p := range ps {
		if d := km(a.lat, a.lon, p.lat, p.lon); d < bestKm {
			best, bestKm = p, d
		}
	}
	return best
}

// seatAmong picks a seat among a body's places, most populous first: the
// most populous of those GeoNames marks as the seat of a county or
// unitary area (PPLA2: Dorchester in Dorset, Matlock in Derbyshire Dales)
// with at least a tenth of the most populous place's population, else the
// most populous place.
func seatAmong(ms []*geoPlace) *geoPlace {
	for _, p := range ms {
		if p.code == "PPLA2" && 10*p.pop >= ms[0].pop {
			return p
		}
	}
	return ms[0]
}
