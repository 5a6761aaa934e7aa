package main

import (
	"math"
	"testing"
)

// TestMerge: two squares sharing a side dissolve into one rectangle, and a
// ring around a hole keeps its hole.
func TestMerge(t *testing.T) {
	t.Parallel()
	arcs := [][]point{
		{{1, 0}, {1, 1}},                 // 0: the shared side, upwards
		{{1, 1}, {0, 1}, {0, 0}, {1, 0}}, // 1: the left square's other sides
		{{1, 0}, {2, 0}, {2, 1}, {1, 1}}, // 2: the right square's other sides
	}
	left, right := polygon{{0, 1}}, polygon{{2, ^0}}
	got := merge(arcs, []polygon{left, right})
	if len(got) != 1 || len(got[0]) != 1 || math.Abs(signedArea(got[0][0])) != 2 {
		t.Fatalf("merged %v, want one ring of area 2", got)
	}
	if !sameArea(got, arcs, []polygon{left, right}) {
		t.Error("sameArea: the rectangle does not cover the squares")
	}
	holed := [][]point{
		{{0, 0}, {0, 4}, {4, 4}, {4, 0}, {0, 0}}, // clockwise: outer
		{{1, 1}, {2, 1}, {2, 2}, {1, 2}, {1, 1}}, // counter-clockwise: hole
		{{5, 5}, {5, 6}, {6, 6}, {6, 5}, {5, 5}}, // another outer ring
	}
	polys := nest(holed, math.Copysign(1, signedArea(holed[0])))
	if len(polys) != 2 || len(polys[0]) != 2 || len(polys[1]) != 1 {
		t.Errorf("nested %v, want the hole in the first polygon", polys)
	}
}

// TestSimplify: points within the tolerance of the line go, the ends and
// the corners stay.
func TestSimplify(t *testing.T) {
	t.Parallel()
	got := simplify([][]point{{{0, 0}, {1, 0.001}, {2, 0}, {2, 1}, {2.001, 2}, {2, 3}}}, 0.01)[0]
	want := []point{{0, 0}, {2, 0}, {2, 3}}
	if len(got) != len(want) {
		t.Fatalf("simplified to %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("point %d: %v, want %v", i, got[i], want[i])
		}
	}
}
