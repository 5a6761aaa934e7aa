package index

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
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

func BenchmarkIncidentsSearch(b *testing.B) { benchIncidentsSearch(b, false) }

// benchIncidentCount is how many incidents the search benchmarks index:
// 2,000, or VIGIE_BENCH_INCIDENTS (a store of a million articles of which
// one in twenty reports an attack holds some 50,000).
func benchIncidentCount() int {
	if n, err := strconv.Atoi(os.Getenv("VIGIE_BENCH_INCIDENTS")); err == nil && n > 0 {
		return n
	}
	return 2000
}

// BenchmarkIncidentsSearchUncached is BenchmarkIncidentsSearch with the
// cache of facets and pages emptied before each search, as after a write:
// what bleve and the table cost.
func BenchmarkIncidentsSearchUncached(b *testing.B) { benchIncidentsSearch(b, true) }

func benchIncidentsSearch(b *testing.B, uncached bool) {
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
			mustReplace(b, x, benchIncidents(benchIncidentCount())...)
			var lat []time.Duration
			ctx := context.Background()
			for b.Loop() {
				f := filters[len(lat)%len(filters)]
				if uncached {
					x.facets.changed()
				}
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

// BenchmarkIncidentsIndexSize indexes 2,000 incidents into a new index on
// disk in one batch and reports its bytes per incident once closed.
func BenchmarkIncidentsIndexSize(b *testing.B) {
	incs := benchIncidents(2000)
	var size int64
	for b.Loop() {
		path := filepath.Join(b.TempDir(), "incidents.bleve")
		x, err := OpenIncidents(path)
		if err != nil {
			b.Fatal(err)
		}
		mustReplace(b, x, incs...)
		if err := x.Close(); err != nil {
			b.Fatal(err)
		}
		size = dirSize(b, path)
	}
	b.ReportMetric(float64(size)/float64(len(incs)), "B/incident")
	b.ReportMetric(float64(b.N*len(incs))/b.Elapsed().Seconds(), "incidents/s")
}

// dirSize returns the bytes of the files under dir.
func dirSize(tb testing.TB, dir string) int64 {
	tb.Helper()
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}
