package main

import (
	"math"

	"github.com/vigie-news/vigie/web/internal/topojson"
)

// point is a position, longitude then latitude, in degrees.
type point = topojson.Point

// polygon is a polygon as arc indices (topojson.Polygon).
type polygon = topojson.Polygon

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

// merge dissolves polys into the polygons of their union: the arcs that
// two of them share are inner borders, left out; the others are joined
// end to end into rings, the rings turning the way outer rings turn are
// outer rings, and the others holes of the outer ring around them.
func merge(arcs [][]point, polys []polygon) [][][]point {
	used := map[int]int{}
	for _, p := range polys {
		for _, r := range p {
			for _, i := range r {
				used[topojson.Index(i)]++
			}
		}
	}
	var outer, largest float64 // the sign of outer rings' area, that of the largest
	starts := map[point][]int{}
	var order []int
	for _, p := range polys {
		if a := signedArea(topojson.Ring(arcs, p[0])); math.Abs(a) > largest {
			outer, largest = math.Copysign(1, a), math.Abs(a)
		}
		for _, r := range p {
			for _, i := range r {
				if used[topojson.Index(i)] == 1 {
					s := topojson.Arc(arcs, i)[0]
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
			a := topojson.Arc(arcs, i)
			i, ok = next(starts[a[len(a)-1]], done)
		}
		rings = append(rings, topojson.Ring(arcs, r))
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
