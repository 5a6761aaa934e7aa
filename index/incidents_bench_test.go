package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// benchPlaces are the places synthetic incidents happen in.
var benchPlaces = []vigie.Place{placeBourg, placeAlbertville, placeAix, placeParis, placeAjaccio, placeLeeds, placeSaintDenis}

// benchIncidents returns n synthetic incidents with French evidence.
func benchIncidents(n int) []*vigie.Incident {
	r := rand.New(rand.NewPCG(3, 4))
	attacks := []vigie.AttackType{vigie.AttackRansomware, vigie.AttackDDoS, vigie.AttackDataBreach, vigie.AttackPhishing, vigie.AttackUnknown}
	kinds := []vigie.VictimKind{vigie.VictimCommune, vigie.VictimIntercommunalty, vigie.VictimLocalPublicBody, vigie.VictimHospital, vigie.VictimCompany}
	start := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	incs := make([]*vigie.Incident, n)
	for i := range incs {
		p := benchPlaces[r.IntN(len(benchPlaces))]
		p.Lat, p.Lon = p.Lat+r.Float64()/10, p.Lon+r.Float64()/10
		kind := kinds[r.IntN(len(kinds))]
		src, ev := sourcesAndEvidence(int64(i+1), "fr", benchText(r, benchWordsFR, 25), benchText(r, benchWordsFR, 25))
		incs[i] = &vigie.Incident{
			ID: fmt.Sprintf("%d-%s", i, p.Name), Title: benchText(r, benchWordsEN, 8), Summary: benchText(r, benchWordsEN, 30),
			Victim: vigie.Body{Name: "la mairie de " + p.Name, Official: "Commune de " + p.Name, Kind: kind, Place: p},
			Attack: attacks[r.IntN(len(attacks))], Start: vigie.Day(start.AddDate(0, 0, r.IntN(6*365))),
			InScope: kind.InScope(), Sources: src, Evidence: ev,
		}
	}
	return incs
}

func BenchmarkIncidentsReplace(b *testing.B) {
	incs := benchIncidents(1000)
	for _, engine := range []string{"memory", "disk"} {
		b.Run(engine, func(b *testing.B) {
			path := ""
			if engine == "disk" {
				path = filepath.Join(b.TempDir(), "incidents.bleve")
			}
			x := mustOpenIncidents(b, path)
			n := 0
			for b.Loop() {
				// each clustering drops a tenth of the incidents and keeps the rest
				keep := incs[n%10*len(incs)/10:]
				mustReplace(b, x, keep...)
				n++
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "replaces/s")
		})
	}
}

func BenchmarkIncidentsSearch(b *testing.B) {
	yes := true
	filters := []vigie.IncidentFilter{
		{Query: "ransomware council", InScope: &yes},
		{Query: "rançongiciel mairie"},
		{Query: `"conseil municipal" -budget`},
		{Country: "FR", Region: "auvergne-rhone-alpes", Attack: vigie.AttackRansomware},
		{Department: "73", From: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC)},
		{Near: chambery, Km: 50, InScope: &yes},
		{Near: chambery, Km: 500, Query: "cyberatta*", Page: 2},
		{InScope: &yes},
		{},
	}
	for _, engine := range []string{"memory", "disk"} {
		b.Run(engine, func(b *testing.B) {
			path := ""
			if engine == "disk" {
				path = filepath.Join(b.TempDir(), "incidents.bleve")
			}
			x := mustOpenIncidents(b, path)
			mustReplace(b, x, benchIncidents(2000)...)
			var lat []time.Duration
			ctx := context.Background()
			for b.Loop() {
				f := filters[len(lat)%len(filters)]
				start := time.Now()
				if _, err := x.Search(ctx, f); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds()), "p50-ns")
			b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds()), "p99-ns")
		})
	}
}
