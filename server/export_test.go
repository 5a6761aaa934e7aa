package server

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// TestIncidentDownloads: every format of the same search holds the same
// incidents, parsed back; format= and Accept agree.
func TestIncidentDownloads(t *testing.T) {
	t.Parallel()
	h := mustIncidentLibrary(t).server().Handler()
	want := []string{idAix, idAjaccio, idAlbertville, idBourg} // in scope, in Savoie or Corse, dated
	slices.Sort(want)
	search := "country=FR&in_scope=true&from=2021-01-01"
	t.Run("csv", func(t *testing.T) {
		res := rawServe(h, httptest.NewRequest("GET", "/api/incidents.csv?"+search, nil))
		recs, err := csv.NewReader(bytes.NewReader(res.body)).ReadAll()
		if err != nil || res.status != 200 || !strings.HasPrefix(res.header.Get("Content-Type"), "text/csv") {
			t.Fatalf("status %d, %v: %s", res.status, err, res.body)
		}
		if strings.Join(recs[0], ",") != strings.Join(IncidentColumns, ",") {
			t.Errorf("header %v", recs[0])
		}
		var ids []string
		for _, r := range recs[1:] {
			ids = append(ids, r[0])
			if len(r) != len(IncidentColumns) {
				t.Errorf("%d fields in %v", len(r), r)
			}
		}
		slices.Sort(ids)
		if !slices.Equal(ids, want) {
			t.Errorf("CSV ids %v, want %v", ids, want)
		}
	})
	t.Run("geojson", func(t *testing.T) {
		req := httptest.NewRequest("GET", "/api/incidents?"+search, nil)
		req.Header.Set("Accept", "application/geo+json")
		res := rawServe(h, req)
		var fc struct {
			Type     string
			Features []struct {
				ID       string
				Geometry *struct {
					Type        string
					Coordinates []float64
				}
				Properties map[string]any
			}
		}
		if err := json.Unmarshal(res.body, &fc); err != nil || fc.Type != "FeatureCollection" {
			t.Fatalf("%v: %s", err, res.body)
		}
		var ids []string
		for _, f := range fc.Features {
			ids = append(ids, f.ID)
			if f.ID == idBourg && (f.Geometry == nil || f.Geometry.Coordinates[0] != placeBourg.Lon || f.Geometry.Coordinates[1] != placeBourg.Lat) {
				t.Errorf("Bourg geometry %+v", f.Geometry)
			}
			if len(f.Properties) != len(IncidentColumns) {
				t.Errorf("%s: %d properties, want every one of %d", f.ID, len(f.Properties), len(IncidentColumns))
			}
		}
		slices.Sort(ids)
		if !slices.Equal(ids, want) {
			t.Errorf("GeoJSON ids %v, want %v", ids, want)
		}
	})
	t.Run("jsonl", func(t *testing.T) {
		res := rawServe(h, httptest.NewRequest("GET", "/api/incidents?format=jsonl&"+search, nil))
		sc := bufio.NewScanner(bytes.NewReader(res.body))
		n := 0
		for sc.Scan() {
			var m map[string]any
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				t.Fatal(err)
			}
			n++
			if _, ok := m["group"]; !ok || len(m) != len(IncidentColumns) {
				t.Errorf("line %d has %d fields, want all %d, null when unknown", n, len(m), len(IncidentColumns))
			}
			if m["confidence"] != 0.8 {
				t.Errorf("confidence %v", m["confidence"])
			}
		}
		if n != len(want) {
			t.Errorf("%d lines, want %d", n, len(want))
		}
	})
	t.Run("empty geojson", func(t *testing.T) {
		res := rawServe(h, httptest.NewRequest("GET", "/api/incidents.geojson?country=DE", nil))
		var fc map[string]any
		if err := json.Unmarshal(res.body, &fc); err != nil || res.status != 200 {
			t.Fatalf("status %d %v: %s", res.status, err, res.body)
		}
	})
}

// TestRound2: confidence without float noise.
func TestRound2(t *testing.T) {
	t.Parallel()
	b, _ := json.Marshal(Round2(0.1 + 0.8))
	if string(b) != "0.9" {
		t.Errorf("0.1+0.8 gives %s, want 0.9", b)
	}
}

// TestSearchErrors: unknown parameters and facet values are 400s that
// list the valid ones.
func TestSearchErrors(t *testing.T) {
	t.Parallel()
	h := mustIncidentLibrary(t).server().Handler()
	for _, tc := range []struct{ target, want string }{
		{"/api/incidents?regoin=Corse", `unknown parameter "regoin"; valid parameters are q, country, region`},
		{"/api/incidents?region=Savoie", `region "Savoie" is not in the record; valid values are `},
		{"/api/incidents?country=DE", `country "DE" is not in the record; valid values are`},
		{"/api/incidents?sort=distance", "sort=distance needs near"},
		{"/api/incidents?sort=size", `sort "size" is not one of date, relevance, distance`},
		{"/api/incidents?format=xml", `format "xml" is not one of json, csv, jsonl, geojson`},
		{"/api/incidents?year=20", `year "20" is not a year`},
		{"/api/articles?lnag=fr", `unknown parameter "lnag"; valid parameters are q, lang, site`},
		{"/api/articles?q=a&q=b", "parameter q is given 2 times"},
	} {
		res := serve(t, h, tc.target)
		if msg := errorMessage(t, res); res.status != http.StatusBadRequest || !strings.Contains(msg, tc.want) {
			t.Errorf("%s: %d %q, want 400 containing %q", tc.target, res.status, msg, tc.want)
		}
	}
	// A known region that merely has no match is an empty answer.
	if res := serve(t, h, "/api/incidents?region=Corse&attack=ddos"); res.status != 200 {
		t.Errorf("known region without match: %d %s", res.status, res.body)
	}
}

// TestIncidentSearchExtras: sort by distance with the distance shown,
// year=, next/prev links and snippets.
func TestIncidentSearchExtras(t *testing.T) {
	t.Parallel()
	h := mustIncidentLibrary(t).server().Handler()
	list := mustDecode[map[string]any](t, serve(t, h, "/api/incidents?near=45.5646,5.9178&km=100&sort=distance"))
	var ids []string
	var dists []float64
	for _, in := range list["incidents"].([]any) {
		m := in.(map[string]any)
		ids = append(ids, m["id"].(string))
		dists = append(dists, m["distance_km"].(float64))
	}
	if !slices.Equal(ids, []string{idAix, idAlbertville, idBourg}) || !slices.IsSorted(dists) || dists[0] < 13 || dists[0] > 15 {
		t.Errorf("by distance: %v %v", ids, dists)
	}
	page := mustDecode[map[string]any](t, serve(t, h, "/api/incidents?in_scope=all&size=2&page=2"))
	if page["prev"] != "/api/incidents?in_scope=all&page=1&size=2" || page["next"] != "/api/incidents?in_scope=all&page=3&size=2" {
		t.Errorf("prev %v, next %v", page["prev"], page["next"])
	}
	last := mustDecode[map[string]any](t, serve(t, h, "/api/incidents?in_scope=all&size=2&page=4"))
	if last["next"] != nil {
		t.Errorf("last page has next %v", last["next"])
	}
	year := mustDecode[incidentList](t, serve(t, h, "/api/incidents?year=2022"))
	if got := year.ids(); !slices.Equal(got, []string{idAjaccio, idAlbertville}) {
		t.Errorf("year=2022: %v", got)
	}
	snip := mustDecode[incidentList](t, serve(t, h, "/api/incidents?q=rancongiciel"))
	if len(snip.Incidents) == 0 || !strings.Contains(snip.Incidents[0]["snippet"].(string), "<mark>rançongiciel</mark>") {
		t.Errorf("snippet: %v", snip.Incidents)
	}
}

// TestETag: a second request with the ETag gets a 304 with no body; a
// changed query gets another tag.
func TestETag(t *testing.T) {
	t.Parallel()
	h := mustIncidentLibrary(t).server().Handler()
	first := serve(t, h, "/api/incidents/"+idBourg)
	tag := first.header.Get("ETag")
	if tag == "" || !strings.Contains(first.header.Get("Cache-Control"), "max-age=") {
		t.Fatalf("no ETag or Cache-Control: %v", first.header)
	}
	req := httptest.NewRequest("GET", "/api/incidents/"+idBourg, nil)
	req.Header.Set("If-None-Match", tag)
	if res := rawServe(h, req); res.status != http.StatusNotModified || len(res.body) != 0 {
		t.Errorf("If-None-Match: %d %q", res.status, res.body)
	}
	if other := serve(t, h, "/api/incidents/"+idAix).header.Get("ETag"); other == tag {
		t.Error("two incidents share an ETag")
	}
	if res := serve(t, h, "/api/incidents/nope"); res.header.Get("ETag") != "" {
		t.Error("a 404 has an ETag")
	}
}

// rawServe sends r to h, whatever the answer's type.
func rawServe(h http.Handler, r *http.Request) response {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return response{rec.Code, rec.Header(), rec.Body.Bytes()}
}
