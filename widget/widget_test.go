package widget

import (
	"strings"
	"testing"
)

func TestFrameAncestors(t *testing.T) {
	for in, want := range map[string]string{
		"":                                   "*",
		"https://news.example":               "https://news.example",
		"'self' https://*.news.example:8443": "'self' https://*.news.example:8443",
	} {
		got, err := FrameAncestors(strings.Fields(in))
		if err != nil || got != want {
			t.Errorf("%q: %q %v, want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"news.example", "https://a.example;", "'unsafe-inline'", "javascript:x", "https://a.example/path"} {
		if _, err := FrameAncestors([]string{bad}); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestParseTarget(t *testing.T) {
	base := "https://vigie.example"
	for raw, want := range map[string]string{
		"https://vigie.example/incidents/2026-12-x":             "2026-12-x|",
		"https://vigie.example/incidents?region=Bretagne&foo=1": "|region=Bretagne",
		"https://vigie.example/embed/incidents?limit=3":         "|limit=3",
	} {
		got, err := ParseTarget(raw, base)
		if err != nil || got.IncidentID+"|"+got.Query.Encode() != want {
			t.Errorf("%s: %+v %v, want %s", raw, got, err, want)
		}
	}
	for _, raw := range []string{"https://other.example/incidents/x", "/incidents/x", "https://vigie.example/api/incidents", "::"} {
		if _, err := ParseTarget(raw, base); err == nil {
			t.Errorf("%s accepted", raw)
		}
	}
}
