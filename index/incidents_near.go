package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/geo"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vigie-news/vigie"
)

// nearTest is a distance filter (nearQuery) as bleve applies it to the
// point an incident's index holds, its Morton hash (incidentRow.point),
// with bleve's own functions (searcher.NewGeoPointDistanceSearcher): the
// point is in a cell of the terms bleve searches for the bounding box of
// the circle, and within the distance by geo.Haversin. The table then
// answers a search within a distance as it answers the other filters,
// where bleve read the point of every candidate back from the index.
type nearTest struct {
	lon, lat, km float64
	boxes        [][4]float64 // min lon, min lat, max lon, max lat
}

// newPointFilter returns the test of f's point and distance, nil when f
// has no point.
func newPointFilter(f vigie.IncidentFilter) (*nearTest, error) {
	q, err := nearQuery(f.Near, f.Km)
	if err != nil || q == nil {
		return nil, err
	}
	return newNearTest(q.(*query.GeoDistanceQuery))
}

// newNearTest returns the test of q, a query of nearQuery.
func newNearTest(q *query.GeoDistanceQuery) (*nearTest, error) {
	dist, err := geo.ParseDistance(q.Distance)
	if err != nil {
		return nil, fmt.Errorf("index: distance %q: %w", q.Distance, err)
	}
	lon, lat := q.Location[0], q.Location[1]
	left, top, right, bottom, err := geo.RectFromPointDistance(lon, lat, dist)
	if err != nil {
		return nil, fmt.Errorf("index: distance from %v,%v: %w", lat, lon, err)
	}
	n := &nearTest{lon: lon, lat: lat, km: dist / 1000, boxes: [][4]float64{{left, bottom, right, top}}}
	if right < left { // across the date line, as searcher.boxSearcher splits it
		n.boxes = [][4]float64{{-180, bottom, right, top}, {left, bottom, 180, top}}
	}
	return n, nil
}

// detailShift is the shift of the smallest cells bleve searches for a
// box (searcher.ComputeGeoRange, which recurses down to them through the
// cells meeting the box): the bits of a Morton hash below a cell's.
var detailShift = document.GeoPrecisionStep * 4

// contains reports whether the point of Morton hash h passes the test.
// Bleve finds a point when one of its cells is a term of the box, a cell
// within the box or one of the smallest meeting it; cells within a box
// meet it, and hold the smaller cells, which then meet it too: so when
// the smallest cell of the point meets the box.
func (n *nearTest) contains(h uint64) bool {
	start := h &^ (1<<detailShift - 1)
	end := start | (1<<detailShift - 1)
	minLon, minLat := geo.MortonUnhashLon(start), geo.MortonUnhashLat(start)
	maxLon, maxLat := geo.MortonUnhashLon(end), geo.MortonUnhashLat(end)
	in := false
	for _, b := range n.boxes {
		in = in || geo.RectIntersects(minLon, minLat, maxLon, maxLat, b[0], b[1], b[2], b[3])
	}
	return in && geo.Haversin(geo.MortonUnhashLon(h), geo.MortonUnhashLat(h), n.lon, n.lat) <= n.km
}
