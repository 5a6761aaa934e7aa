// Command vendorboundaries writes web/static/boundaries.geojson, the map's
// offline layer: the outlines of France and its neighbours, in Europe,
// from world-atlas's Natural Earth 1:50m countries (TopoJSON, ISC licence;
// Natural Earth is in the public domain), the tarball checked against the
// integrity the npm registry published. It is run by `go generate ./web`;
// its output is committed.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/vigie-news/vigie/web/internal/npmtar"
	"github.com/vigie-news/vigie/web/internal/topojson"
)

const (
	tarball   = "https://registry.npmjs.org/world-atlas/-/world-atlas-2.0.2.tgz"
	integrity = "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
)

// countries are the ISO 3166-1 numeric codes kept: France and the
// countries whose local authorities Vigie follows.
var countries = map[string]string{
	"250": "FR", "056": "BE", "442": "LU", "276": "DE", "756": "CH", "380": "IT", "724": "ES",
	"020": "AD", "492": "MC", "528": "NL", "040": "AT", "620": "PT", "372": "IE", "826": "GB",
}

// europe is the box a polygon's first point must fall in: overseas
// territories are left out.
var europe = [4]float64{-11, 34, 20, 61} // west, south, east, north

func main() {
	out := "static/boundaries.geojson"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	if err := run(out); err != nil {
		fmt.Fprintln(os.Stderr, "vendorboundaries:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	body, err := npmtar.Fetch(tarball, integrity)
	if err != nil {
		return err
	}
	files, err := npmtar.Files(body, "package/countries-50m.json", "package/LICENSE")
	if err != nil {
		return err
	}
	var topo topojson.Topology
	if err := json.Unmarshal(files["package/countries-50m.json"], &topo); err != nil {
		return err
	}
	fc, err := collection(topo)
	if err != nil {
		return err
	}
	b, err := json.Marshal(fc)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	notice := "static/boundaries.geojson: Natural Earth 1:50m countries (public domain, naturalearthdata.com),\nthrough world-atlas 2.0.2 (" + tarball + "), whose licence follows.\nWritten by `go generate ./web`; do not edit.\n\n"
	return os.WriteFile(filepath.Join(filepath.Dir(out), "boundaries.LICENSE"), append([]byte(notice), files["package/LICENSE"]...), 0o644)
}

// collection decodes the kept countries into a GeoJSON FeatureCollection,
// coordinates rounded to 3 decimals (about 100 m).
func collection(topo topojson.Topology) (map[string]any, error) {
	arcs := topo.Positions()
	var features []map[string]any
	for _, g := range topo.Objects["countries"].Geometries {
		code, ok := countries[g.ID]
		if !ok {
			continue
		}
		polys, err := g.Polygons()
		if err != nil {
			return nil, err
		}
		var coords [][][][2]float64
		for _, p := range polys {
			var rings [][][2]float64
			for _, ring := range p {
				rings = append(rings, round3(topojson.Ring(arcs, ring)))
			}
			if first := rings[0][0]; first[0] >= europe[0] && first[0] <= europe[2] && first[1] >= europe[1] && first[1] <= europe[3] {
				coords = append(coords, rings)
			}
		}
		features = append(features, map[string]any{"type": "Feature", "id": code,
			"properties": map[string]string{"country": code, "name": g.Name()},
			"geometry":   map[string]any{"type": "MultiPolygon", "coordinates": coords}})
	}
	if len(features) != len(countries) {
		return nil, fmt.Errorf("%d of %d countries found", len(features), len(countries))
	}
	return map[string]any{"type": "FeatureCollection", "features": features}, nil
}

// round3 rounds the positions of r to 3 decimals.
func round3(r []topojson.Point) [][2]float64 {
	out := make([][2]float64, len(r))
	for i, p := range r {
		out[i] = [2]float64{math.Round(p[0]*1000) / 1000, math.Round(p[1]*1000) / 1000}
	}
	return out
}
