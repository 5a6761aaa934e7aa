package server

import (
	"bytes"
	"cmp"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/legacy"
)

func init() {
	openapi3filter.RegisterBodyDecoder("application/geo+json", openapi3filter.JSONBodyDecoder)
	openapi3filter.RegisterBodyDecoder("application/x-ndjson", openapi3filter.PlainBodyDecoder)
}

// mustOpenAPI loads and validates the served description.
func mustOpenAPI(tb testing.TB, h http.Handler) *openapi3.T {
	tb.Helper()
	res := serve(tb, h, "/api/openapi.json")
	doc, err := openapi3.NewLoader().LoadFromData(res.body)
	if err != nil {
		tb.Fatalf("load: %v", err)
	}
	if doc.OpenAPI != "3.1.0" {
		tb.Errorf("openapi %q, want 3.1.0", doc.OpenAPI)
	}
	if err := doc.Validate(context.Background()); err != nil {
		tb.Fatalf("validate: %v", err)
	}
	return doc
}

// TestOpenAPI sends real requests to the real handlers, and checks each
// request and answer against the description (kin-openapi), that every
// documented path is exercised and that every parameter the handlers
// accept is documented.
func TestOpenAPI(t *testing.T) {
	t.Parallel()
	lib := mustIncidentLibrary(t)
	h := lib.server().Handler()
	doc := mustOpenAPI(t, h)
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, tc := range []struct {
		target, accept string
		status         int
		method, body   string
	}{
		{"/api/incidents/" + idBourg + "/history", "", 200, "", ""},
		{"/api/incidents/" + idBourg + "/corrections", "", 404, "POST", `{"field":"group","value":"X","who":"a","why":"b"}`},
		{"/api/incidents/" + idBourg + "/merge", "", 404, "POST", `{"into":"x","who":"a","why":"b"}`},
		{"/api/incidents/" + idBourg + "/split", "", 404, "POST", `{"article_id":1,"who":"a","why":"b"}`},
		{"/api/articles/1/not-relevant", "", 404, "POST", `{"who":"a","why":"b"}`},
		{"/healthz", "", 200, "", ""},
		{"/api/incidents", "", 200, "", ""},
		{"/api/incidents?q=rancongiciel&in_scope=all&sort=relevance&size=2&page=1", "", 200, "", ""},
		{"/api/incidents?near=45.5646,5.9178&km=100&sort=distance&attack=ransomware&kind=commune&year=2021", "", 200, "", ""},
		{"/api/incidents?country=FR&region=Corse&department=2A&from=2020-01&to=2024-12-31", "", 200, "", ""},
		{"/api/incidents?format=csv", "", 200, "", ""},
		{"/api/incidents?format=jsonl", "", 200, "", ""},
		{"/api/incidents", "application/geo+json", 200, "", ""},
		{"/api/incidents?size=0", "", 400, "", ""},
		{"/api/incidents.csv?q=attack", "", 200, "", ""},
		{"/api/incidents.jsonl", "", 200, "", ""},
		{"/api/incidents.geojson", "", 200, "", ""},
		{"/api/incidents/" + idBourg, "", 200, "", ""},
		{"/api/incidents/no-such-incident", "", 404, "", ""},
		{"/api/articles?q=cyberattaque&lang=fr&site=Ouest-France&from=2025-01-01&to=2025-12-31&page=1&size=5", "", 200, "", ""},
		{"/api/articles?format=csv", "", 200, "", ""},
		{"/api/articles?format=jsonl", "", 200, "", ""},
		{"/api/articles/1", "", 200, "", ""},
		{"/api/articles/999", "", 404, "", ""},
		{"/api/sources", "", 200, "", ""},
		{"/api/openapi.json", "", 200, "", ""},
	} {
		method := cmp.Or(tc.method, "GET")
		req := httptest.NewRequest(method, tc.target, strings.NewReader(tc.body))
		if tc.body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		if tc.accept != "" {
			req.Header.Set("Accept", tc.accept)
		}
		route, params, err := router.FindRoute(req)
		if err != nil {
			t.Errorf("%s: not in the description: %v", tc.target, err)
			continue
		}
		seen[route.Method+" "+route.Path] = true
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
		if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil && tc.status < 400 {
			t.Errorf("%s: request: %v", tc.target, err)
		}
		req.Body = io.NopCloser(strings.NewReader(tc.body)) // read again by the handler
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tc.status {
			t.Errorf("%s: status %d, want %d: %s", tc.target, rec.Code, tc.status, rec.Body)
		}
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: rec.Code, Header: rec.Header(),
			Body: io.NopCloser(bytes.NewReader(rec.Body.Bytes()))}
		if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
			t.Errorf("%s: answer %d does not match the description: %v", tc.target, rec.Code, err)
		}
	}
	for _, path := range doc.Paths.InMatchingOrder() {
		for method := range doc.Paths.Value(path).Operations() {
			if !seen[method+" "+path] {
				t.Errorf("documented %s %s not exercised", method, path)
			}
		}
	}
	for path, names := range map[string][]string{"/api/incidents": incidentParams, "/api/articles": articleParams} {
		var documented []string
		for _, p := range doc.Paths.Value(path).Get.Parameters {
			documented = append(documented, p.Value.Name)
		}
		for _, n := range names {
			if !slices.Contains(documented, n) {
				t.Errorf("%s: parameter %s is accepted but not documented", path, n)
			}
		}
	}
}

// TestOpenAPIRoutes: every operation of the description has its route.
func TestOpenAPIRoutes(t *testing.T) {
	t.Parallel()
	doc := mustOpenAPI(t, mustLibrary(t).server().Handler())
	mux := http.NewServeMux()
	(&Server{}).routes(mux)
	for _, path := range doc.Paths.InMatchingOrder() {
		for method := range doc.Paths.Value(path).Operations() {
			_, pattern := mux.Handler(httptest.NewRequest(method, strings.ReplaceAll(path, "{id}", "1"), nil))
			if !strings.HasPrefix(pattern, method+" ") {
				t.Errorf("documented %s %s has no route (%q)", method, path, pattern)
			}
		}
	}
}
