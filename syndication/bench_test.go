package syndication

import (
	"fmt"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// BenchmarkIncidentFeed writes a page of 100 incidents in each format.
func BenchmarkIncidentFeed(b *testing.B) {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	var list vigie.IncidentList
	for i := range 100 {
		list.Incidents = append(list.Incidents, &vigie.Incident{ID: fmt.Sprintf("2026-12-%d", i), Title: "Attaque contre une mairie",
			Summary: "La mairie a été visée par un rançongiciel; les services sont coupés.", Victim: vigie.Body{Official: "Mairie"},
			Attack: vigie.AttackRansomware, FirstReported: at, LastUpdated: at,
			Sources: []vigie.IncidentSource{{URL: "https://news.example/a", Site: "News"}, {URL: "https://news.example/b", Site: "Other"}}})
	}
	for _, format := range Formats {
		b.Run(string(format), func(b *testing.B) {
			for b.Loop() {
				f := Incidents(list, Meta{Title: "t", BaseURL: "https://vigie.example", Path: "/feeds/incidents"})
				if _, err := Render(f, format, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
