package topojson

import (
	"encoding/json"
	"reflect"
	"testing"
)

// TestRing: quantized, delta-encoded arcs decode to positions, and a ring
// of an arc and another reversed joins them without repeating the point
// they share.
func TestRing(t *testing.T) {
	t.Parallel()
	var topo Topology
	src := `{"transform":{"scale":[0.5,0.5],"translate":[10,40]},
		"arcs":[[[0,0],[2,0],[0,2]],[[0,0],[0,2],[2,0]]],
		"objects":{"x":{"geometries":[{"type":"Polygon","id":"a","arcs":[[0,-2]],"properties":{"name":"A"}}]}}}`
	if err := json.Unmarshal([]byte(src), &topo); err != nil {
		t.Fatal(err)
	}
	arcs := topo.Positions()
	if want := []Point{{10, 40}, {11, 40}, {11, 41}}; !reflect.DeepEqual(arcs[0], want) {
		t.Errorf("arc 0: %v, want %v", arcs[0], want)
	}
	g := topo.Objects["x"].Geometries[0]
	polys, err := g.Polygons()
	if err != nil || len(polys) != 1 || g.Name() != "A" {
		t.Fatalf("polygons %v, %v, name %q", polys, err, g.Name())
	}
	want := []Point{{10, 40}, {11, 40}, {11, 41}, {10, 41}, {10, 40}}
	if got := Ring(arcs, polys[0][0]); !reflect.DeepEqual(got, want) {
		t.Errorf("ring %v, want %v", got, want)
	}
	if _, err := (Geometry{Type: "Point"}).Polygons(); err == nil {
		t.Error("a point was read as polygons")
	}
}
