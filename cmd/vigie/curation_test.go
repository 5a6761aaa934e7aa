package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/pipeline"
	"github.com/vigie-news/vigie/server"
)

// TestCurationSurvivesReprocess corrects the demo corpus's incidents
// through the API (a field, a merge, a split, an article not relevant),
// then reprocesses every page and reclusters: the corrections hold, each
// with who, when and why in the history, and the merged id redirects.
func TestCurationSurvivesReprocess(t *testing.T) {
	t.Parallel()
	f := newFixture(t, corpusDir)
	f.crawl(t, false)
	checkExportGeoJSON(t, f) // one crawl of the corpus for both
	ctx := context.Background()
	e := &env{stdout: io.Discard, stderr: io.Discard, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	pages, err := newPages(f.app, f.cfg, e)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&server.Server{Articles: f.app, Incidents: f.app, Sources: f.app, Curation: f.app, AdminToken: "s3cret", Logger: e.log, Pages: pages}).Handler())
	t.Cleanup(srv.Close)
	post := func(path, token, body string) (int, string) {
		req, _ := http.NewRequest("POST", srv.URL+path, strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	const bourg, gravelines, albi = "2021-04-bourg-saint-maurice", "2024-04-gravelines", "2024-04-albi"
	in, err := f.app.FindIncident(ctx, bourg)
	if err != nil || len(in.Sources) < 2 {
		t.Fatalf("%s: %v", bourg, err)
	}
	splitOff := in.Sources[len(in.Sources)-1].ArticleID
	grav, _ := f.app.FindIncident(ctx, gravelines)
	dropped := grav.Sources[len(grav.Sources)-1].ArticleID
	if code, body := post("/api/incidents/"+bourg+"/corrections", "", `{"field":"group","value":"LockBit","who":"ana","why":"claimed"}`); code != 401 {
		t.Errorf("without the token: %d %s", code, body)
	}
	for _, c := range []struct{ path, body string }{
		{"/api/incidents/" + bourg + "/corrections", `{"field":"group","value":"LockBit","who":"ana","why":"claimed on the group's site"}`},
		{"/api/incidents/" + albi + "/merge", `{"into":"` + gravelines + `","who":"ben","why":"test merge"}`},
		{"/api/incidents/" + bourg + "/split", `{"article_id":` + itoa(splitOff) + `,"who":"ana","why":"another attack"}`},
		{"/api/articles/" + itoa(dropped) + "/not-relevant", `{"who":"ana","why":"an opinion piece"}`},
	} {
		if code, body := post(c.path, "s3cret", c.body); code != 201 {
			t.Fatalf("%s: %d %s", c.path, code, body)
		}
	}
	if code, body := post("/api/incidents/"+bourg+"/corrections", "s3cret", `{"field":"attack","value":"worm","who":"a","why":"b"}`); code != 400 || !strings.Contains(body, "ransomware") {
		t.Errorf("bad value: %d %s", code, body)
	}
	check := func(when string) {
		t.Helper()
		b, err := f.app.FindIncident(ctx, bourg)
		if err != nil || b.Group != "LockBit" || slices.ContainsFunc(b.Sources, func(s vigie.IncidentSource) bool { return s.ArticleID == splitOff }) {
			t.Errorf("%s: bourg %v group %q", when, err, b.Group)
		}
		if _, err := f.app.FindIncident(ctx, bourg+"-"+itoa(splitOff)); err != nil {
			t.Errorf("%s: split-off incident: %v", when, err)
		}
		if _, err := f.app.FindIncident(ctx, albi); vigie.ErrorCode(err) != vigie.ENOTFOUND {
			t.Errorf("%s: albi still there (%v)", when, err)
		}
		g, _ := f.app.FindIncident(ctx, gravelines)
		if g == nil || slices.ContainsFunc(g.Sources, func(s vigie.IncidentSource) bool { return s.ArticleID == dropped }) {
			t.Errorf("%s: gravelines keeps the article marked not relevant", when)
		}
	}
	check("after the corrections")
	var stderr strings.Builder
	if _, _, err := f.app.Reprocess(ctx, pipeline.SourcesByName(f.cfg), &stderr); err != nil {
		t.Fatal(err)
	}
	if _, err := f.app.Recluster(ctx); err != nil {
		t.Fatal(err)
	}
	check("after reprocess")
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Get(srv.URL + "/api/incidents/" + albi)
	if err != nil || res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/api/incidents/"+gravelines {
		t.Errorf("merged id: %v %d %q", err, res.StatusCode, res.Header.Get("Location"))
	}
	res, _ = http.Get(srv.URL + "/api/incidents/" + bourg + "/history")
	var h struct{ Corrections []vigie.Correction }
	json.NewDecoder(res.Body).Decode(&h)
	res.Body.Close()
	if len(h.Corrections) != 2 || h.Corrections[0].Who != "ana" || h.Corrections[0].Why != "claimed on the group's site" || h.Corrections[0].At.IsZero() {
		t.Errorf("history: %+v", h.Corrections)
	}
	res, _ = http.Get(srv.URL + "/incidents/" + bourg)
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(page), "claimed on the group&#39;s site") {
		t.Error("the incident page does not show its corrections")
	}
	off := httptest.NewServer((&server.Server{Articles: f.app, Incidents: f.app, Sources: f.app, Curation: f.app, Logger: e.log}).Handler())
	defer off.Close()
	req, _ := http.NewRequest("POST", off.URL+"/api/articles/1/not-relevant", strings.NewReader(`{}`))
	req.Header.Set("Authorization", "Bearer ")
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != 404 {
		t.Errorf("curation without a token should be off: %v %v", err, res.StatusCode)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// checkExportGeoJSON: vigie export -what incidents -format geojson writes
// every incident of the crawled corpus, parsed back.
func checkExportGeoJSON(t *testing.T, f *fixture) {
	t.Helper()
	var buf bytes.Buffer
	if err := exportIncidents(context.Background(), f.app, &buf, "geojson"); err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Type     string
		Features []struct {
			Geometry   *struct{ Coordinates []float64 }
			Properties map[string]any
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	incs, _ := f.app.DB.Incidents(context.Background())
	if fc.Type != "FeatureCollection" || len(fc.Features) != len(incs) || len(incs) == 0 {
		t.Fatalf("%s with %d features for %d incidents", fc.Type, len(fc.Features), len(incs))
	}
	for _, ft := range fc.Features {
		if ft.Geometry != nil && (ft.Geometry.Coordinates[0] != ft.Properties["lon"] || ft.Geometry.Coordinates[1] != ft.Properties["lat"]) {
			t.Errorf("%v: geometry %v", ft.Properties["id"], ft.Geometry.Coordinates)
		}
	}
}
