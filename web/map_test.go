package web

import (
	"encoding/json"
	"html"
	"regexp"
	"testing"
)

// regionsLayer is static/regions.geojson as the test reads it.
type regionsLayer struct {
	Features []struct {
		Properties struct{ Layer, Country, Code, Name string }
		Geometry   struct {
			Type        string
			Coordinates [][][][2]float64
		}
	}
}

// TestRegionsLayer: the bundled layer has the 96 départements of
// metropolitan France with their INSEE codes, its 13 régions, and the
// first-level regions of the neighbours, each a non-empty MultiPolygon.
func TestRegionsLayer(t *testing.T) {
	t.Parallel()
	b, err := staticFS.ReadFile("static/regions.geojson")
	if err != nil {
		t.Fatal(err)
	}
	var g regionsLayer
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	count, codes := map[string]int{}, map[string]bool{}
	for _, f := range g.Features {
		p := f.Properties
		count[p.Layer+"/"+p.Country]++
		if p.Layer == "department" {
			codes[p.Code] = true
		}
		if f.Geometry.Type != "MultiPolygon" || len(f.Geometry.Coordinates) == 0 || len(f.Geometry.Coordinates[0][0]) < 4 {
			t.Errorf("%s %s: geometry %s with %d polygons", p.Country, p.Name, f.Geometry.Type, len(f.Geometry.Coordinates))
		}
	}
	want := map[string]int{"department/FR": 96, "region/FR": 13, "region/BE": 3, "region/LU": 1, "region/DE": 16,
		"region/CH": 26, "region/IT": 20, "region/ES": 18, "region/GB": 4, "region/NL": 12, "region/AT": 9}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%s: %d shapes, want %d", k, count[k], n)
		}
	}
	for _, code := range []string{"01", "2A", "2B", "59", "73", "75", "95"} {
		if !codes[code] {
			t.Errorf("no département %s", code)
		}
	}
}

// TestMapCounts: the map page gives its script the incidents of the
// search per département and region, keyed as the layer codes and names
// its shapes.
func TestMapCounts(t *testing.T) {
	t.Parallel()
	h, _ := mustPages(t)
	body := get(t, h, "/map?in_scope=all").Body.String()
	m := regexp.MustCompile(`data-counts="([^"]*)"`).FindStringSubmatch(body)
	if m == nil || !regexp.MustCompile(`data-regions="/static/regions.geojson"`).MatchString(body) {
		t.Fatal("the map page gives no counts or no layer of regions")
	}
	var c regionCounts
	if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &c); err != nil {
		t.Fatal(err)
	}
	if c.Department["FR/73"] != 1 || c.Department["FR/59"] != 1 || c.Region["FR/Auvergne-Rhône-Alpes"] != 1 {
		t.Errorf("counts %+v", c)
	}
	b, _ := staticFS.ReadFile("static/regions.geojson")
	var g regionsLayer
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	shapes := map[string]bool{}
	for _, f := range g.Features {
		p := f.Properties
		if p.Layer == "department" {
			shapes["d/"+p.Country+"/"+p.Code] = true
		} else {
			shapes["r/"+p.Country+"/"+p.Name] = true
		}
	}
	for k := range c.Department {
		if !shapes["d/"+k] {
			t.Errorf("département %s counted, not in the layer", k)
		}
	}
	for k := range c.Region {
		if !shapes["r/"+k] {
			t.Errorf("region %s counted, not in the layer", k)
		}
	}
	for _, asset := range []string{"/static/regions.geojson", "/static/regions.LICENSE"} {
		if rec := get(t, h, asset); rec.Code != 200 || rec.Body.Len() == 0 {
			t.Errorf("%s: %d", asset, rec.Code)
		}
	}
}
