package server

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestNosniffEverywhere: every answer, error or not, says nosniff.
func TestNosniffEverywhere(t *testing.T) {
	t.Parallel()
	h := mustFixture(t).lib.server().Handler()
	for _, target := range []string{"/healthz", "/api/articles", "/api/articles/999999", "/nope", "/api/articles?size=-1"} {
		res := serve(t, h, target)
		if got := res.header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options = %q, want nosniff", target, got)
		}
		if got := res.header.Get("Content-Security-Policy"); got != "frame-ancestors 'self'" {
			t.Errorf("GET %s: Content-Security-Policy = %q, want frame-ancestors 'self' outside the embeds", target, got)
		}
	}
}

// TestCORSPreflight: a preflight for the read-only API is answered, for GET
// only; a plain OPTIONS is still refused.
func TestCORSPreflight(t *testing.T) {
	t.Parallel()
	h := mustFixture(t).lib.server().Handler()
	r := httptest.NewRequest(http.MethodOptions, "/api/articles?q=x", nil)
	r.Header.Set("Origin", "https://newsroom.example")
	r.Header.Set("Access-Control-Request-Method", "GET")
	r.Header.Set("Access-Control-Request-Headers", "Accept, X-Evil")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	hd := rec.Header()
	if rec.Code != http.StatusNoContent || hd.Get("Access-Control-Allow-Origin") != "*" ||
		!strings.Contains(hd.Get("Access-Control-Allow-Methods"), "GET") || strings.Contains(hd.Get("Access-Control-Allow-Methods"), "POST") ||
		hd.Get("Access-Control-Allow-Headers") != "accept" || hd.Get("Access-Control-Max-Age") == "" {
		t.Errorf("preflight: %d %v", rec.Code, hd)
	}
	plain := serveRequest(t, h, httptest.NewRequest(http.MethodOptions, "/api/articles", nil))
	if plain.status != http.StatusMethodNotAllowed {
		t.Errorf("OPTIONS without preflight headers: %d, want 405", plain.status)
	}
}

// TestReadyz: 200 when ready, 503 "degraded" with the reason otherwise,
// while /healthz stays 200.
func TestReadyz(t *testing.T) {
	t.Parallel()
	lib := mustFixture(t).lib
	var reason error
	s := lib.server()
	s.Ready = func(context.Context) error { return reason }
	h := s.Handler()
	if res := serve(t, h, "/readyz"); res.status != 200 || !strings.Contains(string(res.body), `"ok"`) {
		t.Errorf("ready: %d %s", res.status, res.body)
	}
	reason = errors.New("every source failed in the last crawl (3 of 3)")
	res := serve(t, h, "/readyz")
	body := mustDecode[map[string]string](t, res)
	if res.status != http.StatusServiceUnavailable || body["status"] != "degraded" || body["reason"] != reason.Error() {
		t.Errorf("degraded: %d %s", res.status, res.body)
	}
	if res := serve(t, h, "/healthz"); res.status != 200 {
		t.Errorf("healthz while degraded: %d, want 200", res.status)
	}
}

// TestMetrics: /metrics speaks Prometheus's text format and counts the
// API's requests by route.
func TestMetrics(t *testing.T) {
	t.Parallel()
	h := mustFixture(t).lib.server().Handler()
	serve(t, h, "/api/articles?q=x")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	if rec.Code != 200 || !strings.Contains(string(body), `vigie_http_request_duration_seconds_count{code="200",route="GET /api/articles"}`) ||
		!strings.Contains(string(body), "go_goroutines") {
		t.Errorf("metrics: %d\n%s", rec.Code, body)
	}
}
