package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

func getRaw(t *testing.T, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

func TestEmbedIncidents(t *testing.T) {
	l := mustIncidentLibrary(t)
	h := l.server().Handler()
	rec := getRaw(t, h, "/embed/incidents?region="+url.QueryEscape("Auvergne-Rhône-Alpes")+"&limit=2&lang=en&theme=dark&frame=f1")
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	body := rec.Body.String()
	csp := rec.Header().Get("Content-Security-Policy")
	for _, want := range []string{"frame-ancestors *", "default-src 'none'", "script-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if c := rec.Header().Get("Set-Cookie"); c != "" {
		t.Errorf("sets a cookie: %s", c)
	}
	if got := strings.Count(body, `<a class="title"`); got != 2 {
		t.Errorf("%d items, want 2 (limit)", got)
	}
	for _, want := range []string{`<html lang="en" class="dark">`, `data-frame="f1"`, `href="http://example.com/incidents/` + idAix + `" target="_blank" rel="noopener"`,
		`target="_blank" rel="noopener noreferrer"`, `type="application/json+oembed"`, `type="application/atom+xml"`, "data breach"} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s:\n%s", want, body)
		}
	}
	// every resource the page loads is Vigie's own, by a relative URL
	for _, m := range regexp.MustCompile(`<(?:script|img|iframe)[^>]*src="([^"]*)"|<link rel="stylesheet" href="([^"]*)"`).FindAllStringSubmatch(body, -1) {
		if u := m[1] + m[2]; !strings.HasPrefix(u, "/embed/") {
			t.Errorf("the page loads %s", u)
		}
	}
}

func TestEmbedOptions(t *testing.T) {
	l := mustIncidentLibrary(t)
	s := l.server()
	s.FrameAncestors = []string{"https://news.example", "https://*.journal.example"}
	h := s.Handler()
	rec := getRaw(t, h, "/embed/incidents/"+idAjaccio+"?lang=fr")
	if rec.Code != http.StatusOK || !strings.Contains(rec.Header().Get("Content-Security-Policy"), "frame-ancestors https://news.example https://*.journal.example") {
		t.Fatalf("%d CSP %q", rec.Code, rec.Header().Get("Content-Security-Policy"))
	}
	if body := rec.Body.String(); !strings.Contains(body, `class="light"`) || !strings.Contains(body, "hameçonnage") {
		t.Errorf("defaults not applied:\n%s", body)
	}
	for target, status := range map[string]int{
		"/embed/incidents?theme=pink":      http.StatusBadRequest,
		"/embed/incidents?lang=de":         http.StatusBadRequest,
		"/embed/incidents?limit=50":        http.StatusBadRequest,
		"/embed/incidents?frame=%3Cscript": http.StatusBadRequest,
		"/embed/incidents/2099-01-nowhere": http.StatusNotFound,
		"/embed/widget.js":                 http.StatusOK,
		"/embed/frame.js":                  http.StatusOK,
		"/embed/widget.css":                http.StatusOK,
		"/embed/secret.txt":                http.StatusNotFound,
		"/embed/incidents?region=Nowhere":  http.StatusOK,
	} {
		if rec := getRaw(t, h, target); rec.Code != status {
			t.Errorf("%s: %d, want %d", target, rec.Code, status)
		}
	}
	s.FrameAncestors = []string{"https://x.example; script-src *"}
	if rec := getRaw(t, s.Handler(), "/embed/incidents"); !strings.Contains(rec.Header().Get("Content-Security-Policy"), "frame-ancestors 'none'") {
		t.Errorf("a bad allowlist went into the CSP: %q", rec.Header().Get("Content-Security-Policy"))
	}
}

func TestOEmbed(t *testing.T) {
	l := mustIncidentLibrary(t)
	h := l.server().Handler()
	type answer struct {
		Version, Type, Title, HTML string
		ProviderName               string `json:"provider_name"`
		Width, Height              int
	}
	ask := func(target string) (int, answer) {
		rec := getRaw(t, h, target)
		var a answer
		if rec.Code == http.StatusOK {
			if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
				t.Fatalf("%s: %v", target, err)
			}
		}
		return rec.Code, a
	}
	incident := url.QueryEscape("http://example.com/incidents/" + idAjaccio)
	code, a := ask("/oembed?format=json&maxwidth=300&url=" + incident)
	if code != http.StatusOK || a.Version != "1.0" || a.Type != "rich" || a.ProviderName != "Vigie" || a.Width != 300 || a.Title != "Phishing campaign on Commune d'Ajaccio" ||
		!strings.Contains(a.HTML, `<iframe src="http://example.com/embed/incidents/`+idAjaccio+`"`) {
		t.Errorf("incident: %d %+v", code, a)
	}
	code, a = ask("/oembed?url=" + url.QueryEscape("http://example.com/incidents?region=Corse&theme=dark&utm_source=x"))
	if code != http.StatusOK || !strings.Contains(a.HTML, `src="http://example.com/embed/incidents?region=Corse&amp;theme=dark"`) {
		t.Errorf("search: %d %+v", code, a)
	}
	for target, want := range map[string]int{
		"/oembed?format=xml&url=" + incident:                                             http.StatusNotImplemented,
		"/oembed?url=" + url.QueryEscape("https://elsewhere.example/incidents/x"):        http.StatusNotFound,
		"/oembed?url=" + url.QueryEscape("http://example.com/api/articles"):              http.StatusNotFound,
		"/oembed?url=" + url.QueryEscape("http://example.com/incidents/2099-01-nowhere"): http.StatusNotFound,
		"/oembed?maxwidth=wide&url=" + incident:                                          http.StatusBadRequest,
		"/oembed":                                                                        http.StatusNotFound,
	} {
		if code, _ := ask(target); code != want {
			t.Errorf("%s: %d, want %d", target, code, want)
		}
	}
}

// TestNoDigest: a server without a digest lists its routes and answers 404.
func TestNoDigest(t *testing.T) {
	h := mustIncidentLibrary(t).server().Handler()
	for _, target := range []string{"/subscribe", "/subscriptions/confirm?token=x"} {
		if rec := getRaw(t, h, target); rec.Code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", target, rec.Code)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/subscriptions", strings.NewReader(`{"email":"a@example.org"}`)))
	if rec.Code != http.StatusNotFound {
		t.Errorf("POST /api/subscriptions: %d, want 404", rec.Code)
	}
}
