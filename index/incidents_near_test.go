package index

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/geo"
	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"

	"github.com/vigie-news/vigie"
)

// nearCircles are the centres and distances the near tests draw points
// around: in France, across the date line, around a pole, the whole Earth.
var nearCircles = []struct {
	center vigie.Point
	km     float64
}{
	{*chambery, 1}, {*chambery, 20}, {*chambery, 150}, {vigie.Point{Lat: 43.9298, Lon: 2.148}, 73.5},
	{vigie.Point{Lat: -21.1151, Lon: 55.5364}, 40}, {vigie.Point{Lat: 64.1, Lon: -21.9}, 120},
	{vigie.Point{Lat: -16.5, Lon: 179.9}, 60}, {vigie.Point{Lat: 52, Lon: -179.95}, 30},
	{vigie.Point{Lat: 89.7, Lon: 10}, 80}, {vigie.Point{Lat: -89.9, Lon: -120}, 25},
	{vigie.Point{Lat: 0, Lon: 0.001}, 5}, {vigie.Point{Lat: 70, Lon: 25}, 1500}, {*chambery, 20000},
}

// edgePoints returns points drawn by r around the circle of c and km:
// on its edge by geo.Haversin (to the precision of the index), on the
// edges of its bounding box, and anywhere near. Far north, the edge of a
// wide circle passes its box: there bleve's cells decide.
func edgePoints(r *rand.Rand, c vigie.Point, km float64, n int) []vigie.Point {
	dist := func(p vigie.Point) float64 { // as bleve measures the indexed point
		h := geo.MortonHash(p.Lon, p.Lat)
		return geo.Haversin(geo.MortonUnhashLon(h), geo.MortonUnhashLat(h), c.Lon, c.Lat)
	}
	at := func(bearing, t float64) vigie.Point { // t in degrees along the bearing
		lat := c.Lat + t*math.Cos(bearing)
		lon := c.Lon + t*math.Sin(bearing)/math.Max(math.Cos(c.Lat*math.Pi/180), 0.01)
		return vigie.Point{Lat: math.Max(-90, math.Min(90, lat)), Lon: math.Mod(lon+540, 360) - 180}
	}
	var ps []vigie.Point
	left, top, right, bottom, err := geo.RectFromPointDistance(c.Lon, c.Lat, km*1000)
	if err != nil {
		panic(err)
	}
	for len(ps) < n {
		bearing := r.Float64() * 2 * math.Pi
		switch r.IntN(3) {
		case 0: // the edge, found by bisection, then a step of the index either way
			lo, hi := 0.0, math.Min(km/100, 180)
			for range 60 {
				if mid := (lo + hi) / 2; dist(at(bearing, mid)) <= km {
					lo = mid
				} else {
					hi = mid
				}
			}
			p := at(bearing, lo)
			step := 180 / float64(uint64(1)<<32) * float64(r.IntN(5)-2)
			ps = append(ps, vigie.Point{Lat: p.Lat + step, Lon: p.Lon + step})
		case 1: // the box's edges, give or take a few of bleve's smallest cells
			cell := 0.02 * (r.Float64()*6 - 3)
			ps = append(ps, []vigie.Point{
				{Lat: top + cell, Lon: c.Lon + r.Float64() - 0.5}, {Lat: bottom + cell, Lon: c.Lon + r.Float64() - 0.5},
				{Lat: c.Lat + r.Float64() - 0.5, Lon: left + cell}, {Lat: c.Lat + r.Float64() - 0.5, Lon: right + cell},
			}[r.IntN(4)])
		default:
			ps = append(ps, at(bearing, r.Float64()*km/50))
		}
	}
	for i, p := range ps {
		ps[i].Lat, ps[i].Lon = math.Max(-90, math.Min(90, p.Lat)), math.Mod(p.Lon+540, 360)-180
		if !validPoint(ps[i].Lat, ps[i].Lon) || (ps[i].Lat == 0 && ps[i].Lon == 0) {
			ps[i] = c
		}
	}
	return ps
}

// TestNearTest_asBleve: nearTest finds a point exactly when one of the
// terms bleve indexes for it is one of the cells bleve's distance query
// searches (searcher.ComputeGeoRange, every cell kept) and geo.Haversin
// puts it within the distance.
func TestNearTest_asBleve(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(5, 6))
	for _, c := range nearCircles {
		if c.km > 5000 {
			continue // every cell of the Earth is too many to list
		}
		t.Run(fmt.Sprintf("%v,%v %v km", c.center.Lat, c.center.Lon, c.km), func(t *testing.T) {
			q, err := nearQuery(&c.center, c.km)
			if err != nil {
				t.Fatal(err)
			}
			gq := q.(*query.GeoDistanceQuery)
			n, err := newNearTest(gq)
			if err != nil {
				t.Fatal(err)
			}
			cells := bleveCells(t, gq)
			in := 0
			for _, p := range edgePoints(r, c.center, c.km, 2000) {
				h := geo.MortonHash(p.Lon, p.Lat)
				want := false
				for shift := uint(0); shift < 64; shift += document.GeoPrecisionStep {
					want = want || cells[string(numeric.MustNewPrefixCodedInt64(int64(h), shift))]
				}
				dist, _ := geo.ParseDistance(gq.Distance)
				want = want && geo.Haversin(geo.MortonUnhashLon(h), geo.MortonUnhashLat(h), c.center.Lon, c.center.Lat) <= dist/1000
				if got := n.contains(h); got != want {
					t.Errorf("point %v,%v: %v, bleve %v", p.Lat, p.Lon, got, want)
				}
				if want {
					in++
				}
			}
			if in < 200 || in > 1800 {
				t.Errorf("%d points of 2000 within: too few on either side to tell", in)
			}
		})
	}
}

// bleveCells returns the terms bleve's distance query q searches, every
// cell of its bounding box kept (no index to leave out those not indexed).
func bleveCells(t *testing.T, q *query.GeoDistanceQuery) map[string]bool {
	t.Helper()
	dist, err := geo.ParseDistance(q.Distance)
	if err != nil {
		t.Fatal(err)
	}
	left, top, right, bottom, err := geo.RectFromPointDistance(q.Location[0], q.Location[1], dist)
	if err != nil {
		t.Fatal(err)
	}
	boxes := [][4]float64{{left, bottom, right, top}}
	if right < left {
		boxes = [][4]float64{{-180, bottom, right, top}, {left, bottom, 180, top}}
	}
	cells := map[string]bool{}
	for _, b := range boxes {
		on, off, err := searcher.ComputeGeoRange(context.Background(), 0, searcher.GeoBitsShift1Minus1, b[0], b[1], b[2], b[3], false, nil, incGeo)
		if err != nil {
			t.Fatal(err)
		}
		for _, term := range append(on, off...) {
			cells[string(term)] = true
		}
	}
	return cells
}

// TestIncidentTable_nearAsBleve: incidents around the edges of circles,
// searched within them with and without words and other filters, are
// found by the table as by bleve alone, on disk and read back.
func TestIncidentTable_nearAsBleve(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(7, 8))
	var points []vigie.Point
	for _, c := range nearCircles {
		points = append(points, edgePoints(r, c.center, c.km, 60)...)
	}
	incs := randomIncidents(r, len(points)+20)
	for i, p := range points { // the last 20 keep their places, some with no point
		incs[i].Victim.Place.Lat, incs[i].Victim.Place.Lon = p.Lat, p.Lon
	}
	var filters []vigie.IncidentFilter
	for _, c := range nearCircles {
		f := randomIncidentFilter(r)
		f.Near, f.Km, f.Sort = &c.center, c.km, ""
		g := vigie.IncidentFilter{Near: &c.center, Km: c.km, Size: MaxSize}
		h := g
		h.Query, h.Sort = "la mairie", "date"
		filters = append(filters, f, g, h)
	}
	path := filepath.Join(t.TempDir(), "incidents.bleve")
	x, err := OpenIncidents(path) // closed below, to be opened again
	if err != nil {
		t.Fatal(err)
	}
	mustReplace(t, x, incs...)
	checkFindAsBleve(t, x, filters)
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	checkFindAsBleve(t, mustOpenIncidents(t, path), filters)
}
