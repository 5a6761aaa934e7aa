package syndication

import (
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// TestHostileContent feeds what a hostile page could put in an incident
// and checks no format carries markup that runs.
func TestHostileContent(t *testing.T) {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	list := vigie.IncidentList{Incidents: []*vigie.Incident{{
		ID: "2026-12-x", Title: `Attaque <script>alert(1)</script> à X`, Summary: `<img src=x onerror="alert(2)">Résumé & "suite"`,
		Victim: vigie.Body{Official: `<b onmouseover=alert(3)>Mairie</b>`}, Attack: vigie.AttackRansomware,
		FirstReported: at, LastUpdated: at,
		Sources: []vigie.IncidentSource{{URL: "javascript:alert(4)", Site: "evil"}, {URL: "https://news.example/a", Site: "<i>News</i>"}},
	}}}
	f := Incidents(list, Meta{Title: "t", BaseURL: "https://vigie.example", Path: "/feeds/incidents.atom"})
	for _, format := range Formats {
		b, err := Render(f, format, "https://vigie.example/feeds/incidents."+string(format))
		if err != nil {
			t.Fatal(err)
		}
		s := strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&quot;", `"`, "&amp;", "&").Replace(string(b))
		for _, bad := range []string{"<script", "onerror", "onmouseover", "javascript:", "<img"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s feed holds %q:\n%s", format, bad, b)
			}
		}
		if !strings.Contains(s, "https://news.example/a") || !strings.Contains(s, "urn:vigie:incident:2026-12-x") {
			t.Errorf("%s feed lost the safe link or the id:\n%s", format, b)
		}
	}
}

func TestDiscoveryLinks(t *testing.T) {
	got := string(DiscoveryLinks("https://vigie.example", "incidents", "region=Bretagne&attack=ddos", `Incidents "Bretagne"`))
	for _, want := range []string{
		`<link rel="alternate" type="application/atom+xml" title="Incidents &#34;Bretagne&#34; (Atom)" href="https://vigie.example/feeds/incidents.atom?region=Bretagne&amp;attack=ddos">`,
		`type="application/rss+xml"`, `type="application/feed+json"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %s in\n%s", want, got)
		}
	}
}
