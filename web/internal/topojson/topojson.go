// Package topojson reads the TopoJSON files the web package's vendoring
// generators turn into GeoJSON: arcs delta-encoded and quantized, polygons
// as lists of arc indices. It runs at `go generate` time only.
package topojson

import (
	"encoding/json"
	"fmt"
)

// Point is a position, longitude then latitude, in degrees.
type Point = [2]float64

// Topology is a TopoJSON file.
type Topology struct {
	Arcs      [][][2]float64
	Transform struct{ Scale, Translate [2]float64 }
	Objects   map[string]struct{ Geometries []Geometry }
}

// Geometry is a polygon or multipolygon of a topology.
type Geometry struct {
	Type       string
	ID         string
	Arcs       json.RawMessage
	Properties map[string]any
}

// Polygon is a polygon as arc indices: its outer ring, then its holes; an
// index ~i is arc i reversed.
type Polygon [][]int

// Positions returns the arcs decoded: deltas summed, quantization undone.
func (t Topology) Positions() [][]Point {
	out := make([][]Point, len(t.Arcs))
	s, tr := t.Transform.Scale, t.Transform.Translate
	for i, arc := range t.Arcs {
		var x, y float64
		for _, d := range arc {
			x, y = x+d[0], y+d[1]
			out[i] = append(out[i], Point{x*s[0] + tr[0], y*s[1] + tr[1]})
		}
	}
	return out
}

// Polygons returns the polygons of g, one for a Polygon.
func (g Geometry) Polygons() ([]Polygon, error) {
	switch g.Type {
	case "Polygon":
		var p Polygon
		if err := json.Unmarshal(g.Arcs, &p); err != nil {
			return nil, err
		}
		return []Polygon{p}, nil
	case "MultiPolygon":
		var ps []Polygon
		err := json.Unmarshal(g.Arcs, &ps)
		return ps, err
	}
	return nil, fmt.Errorf("topojson: geometry %s of type %q", g.ID, g.Type)
}

// Name returns the name property of g, "" without one.
func (g Geometry) Name() string {
	s, _ := g.Properties["name"].(string)
	return s
}

// Ring joins the arcs idx of a ring into its positions.
func Ring(arcs [][]Point, idx []int) []Point {
	var out []Point
	for _, i := range idx {
		a := Arc(arcs, i)
		if len(out) > 0 {
			a = a[1:] // the first point repeats the last one
		}
		out = append(out, a...)
	}
	return out
}

// Arc returns arc i, reversed when i is negative (~i).
func Arc(arcs [][]Point, i int) []Point {
	if i >= 0 {
		return arcs[i]
	}
	src := arcs[^i]
	out := make([]Point, len(src))
	for j := range src {
		out[j] = src[len(src)-1-j]
	}
	return out
}

// Index returns the index of the arc i names, reversed or not.
func Index(i int) int {
	if i < 0 {
		return ^i
	}
	return i
}
