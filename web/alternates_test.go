package web

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// TestAlternates: a search page names its feeds with its filters, an
// incident page its oEmbed answer.
func TestAlternates(t *testing.T) {
	t.Parallel()
	r := httptest.NewRequest("GET", "http://vigie.test/incidents?region=Bretagne&hl=fr&page=2", nil)
	got := string(page{Path: "/incidents", r: r}.Alternates())
	for _, want := range []string{`type="application/atom+xml"`, `type="application/rss+xml"`, `type="application/feed+json"`,
		`href="/feeds/incidents.atom?region=Bretagne"`} {
		if !strings.Contains(got, want) {
			t.Errorf("search page links %s\nwant %s", got, want)
		}
	}
	r = httptest.NewRequest("GET", "http://vigie.test/incidents/2021-04-x", nil)
	got = string(page{Path: "/incidents/2021-04-x", Title: "X", r: r}.Alternates())
	if !strings.Contains(got, `type="application/json+oembed"`) || !strings.Contains(got, "url=http%3A%2F%2Fvigie.test%2Fincidents%2F2021-04-x") {
		t.Errorf("incident page links %s", got)
	}
}
