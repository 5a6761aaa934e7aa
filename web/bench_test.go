package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/server"
	"github.com/vigie-news/vigie/store"
)

// benchN is the number of incidents of the benchmarks.
var benchN = 10000

// benchPlaces are the victims' towns of the benchmark's incidents.
var benchPlaces = []vigie.Place{
	{Name: "Bourg-Saint-Maurice", INSEE: "73054", Department: "73", DepartmentName: "Savoie", Region: "Auvergne-Rhône-Alpes", Country: "FR", Lat: 45.6186, Lon: 6.7697},
	{Name: "Gravelines", INSEE: "59273", Department: "59", DepartmentName: "Nord", Region: "Hauts-de-France", Country: "FR", Lat: 50.9865, Lon: 2.1281},
	{Name: "Albi", INSEE: "81004", Department: "81", DepartmentName: "Tarn", Region: "Occitanie", Country: "FR", Lat: 43.9298, Lon: 2.148},
	{Name: "Angers", INSEE: "49007", Department: "49", DepartmentName: "Maine-et-Loire", Region: "Pays de la Loire", Country: "FR", Lat: 47.4784, Lon: -0.5632},
	{Name: "Lausanne", Region: "Vaud", Country: "CH", Lat: 46.5197, Lon: 6.6323},
}

// mustBenchPages returns the pages over n incidents in a real store and
// incident index, and the index.
func mustBenchPages(b *testing.B, n int) (http.Handler, *index.Incidents) {
	ctx := context.Background()
	dir := b.TempDir() // files, as vigie serve has them: bleve's memory index is another engine
	db, err := store.Open(ctx, filepath.Join(dir, "vigie.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	ix, _ := index.Open(filepath.Join(dir, "index.bleve"))
	incs, _ := index.OpenIncidents(filepath.Join(dir, "incidents.bleve"))
	b.Cleanup(func() { ix.Close(); incs.Close() })
	attacks := []vigie.AttackType{vigie.AttackRansomware, vigie.AttackDDoS, vigie.AttackDataBreach, vigie.AttackPhishing, vigie.AttackUnknown}
	all := make([]*vigie.Incident, n)
	for i := range all {
		p := benchPlaces[i%len(benchPlaces)]
		start := vigie.Day(time.Date(2015+i%10, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC))
		victim := vigie.Body{Official: fmt.Sprintf("Mairie %d de %s", i, p.Name), Kind: vigie.VictimCommune, Place: p}
		all[i] = &vigie.Incident{ID: fmt.Sprintf("%s-%05d", start.Time.Format("2006-01"), i), Title: fmt.Sprintf("Attack %d on %s", i, victim.Official),
			Summary: "Cyberattaque contre la mairie de " + p.Name + ", services paralysés par un rançongiciel.", Victim: victim,
			Attack: attacks[i%len(attacks)], Start: start, InScope: true, Confidence: 0.9,
			Evidence: []vigie.Evidence{{Field: "victim", Value: victim.Official, Sentence: "La mairie de " + p.Name + " a été victime d'une cyberattaque."}}}
	}
	if err := db.ReplaceIncidents(ctx, all); err != nil {
		b.Fatal(err)
	}
	if err := incs.Replace(all); err != nil {
		b.Fatal(err)
	}
	l := &library{db: db, ix: ix, incs: incs}
	p := &Pages{Incidents: l, Articles: l, States: l, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if err := p.Init(); err != nil {
		b.Fatal(err)
	}
	return (&server.Server{Articles: l, Sources: l, Incidents: l, Pages: p, Logger: p.Logger}).Handler(), incs
}

// pageGoal is the goal for the search page's 99th percentile.
const pageGoal = 50 * time.Millisecond

// BenchmarkIncidentSearchPage measures the incident search page over
// 10,000 incidents: four searches as a researcher sends them (words with a
// region, an attack and a year, a misspelt word on page 3, the listing).
// The index keeps the facets of a filter and a window of pages until its
// next write, so there are three cases, each starting after a write:
//   - after-write: each request is the first since a write to the index
//     (a crawl cycle), nothing kept: the worst case;
//   - paging: each request asks the next page of one of the searches, up
//     to page 50, then the index is written: the facets are kept, one page
//     in windowPages costs a search;
//   - repeat: the four pages asked again and again (a shared link, the
//     home page): after the first four, everything is kept.
//
// Each reports the 50th and 99th percentiles next to the goal (with fewer
// than 100 requests, the 99th is the slowest), and the page's weight (HTML
// and stylesheet, everything a page without the map loads).
func BenchmarkIncidentSearchPage(b *testing.B) {
	h, incs := mustBenchPages(b, benchN)
	targets := []string{"/incidents?q=cyberattaque+mairie&region=Occitanie", "/incidents?attack=ransomware&year=2020",
		"/incidents?q=rancongiciel&page=3", "/incidents"}
	css := get(b, h, "/static/style.css").Body.Len() + get(b, h, "/static/favicon.svg").Body.Len()
	write := func(b *testing.B) {
		if err := incs.Update(nil, nil); err != nil { // a cycle that changed nothing still empties what was kept
			b.Fatal(err)
		}
	}
	const pages = 50 // of paging, for each search
	cases := []struct {
		name   string
		target func(i int) string
		before func(b *testing.B, i int) // untimed
	}{
		{"after-write", func(i int) string { return targets[i%len(targets)] }, func(b *testing.B, i int) { write(b) }},
		{"paging", func(i int) string {
			page := 1 + i/len(targets)%pages
			return withParam(mustParse(b, targets[i%len(targets)]), "page", strconv.Itoa(page))
		}, func(b *testing.B, i int) {
			if i%(pages*len(targets)) == 0 {
				write(b)
			}
		}},
		{"repeat", func(i int) string { return targets[i%len(targets)] }, func(b *testing.B, i int) {
			if i == 0 {
				write(b)
			}
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			weight := 0
			var times []time.Duration
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				c.before(b, i)
				b.StartTimer()
				target := c.target(i)
				start := time.Now()
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
				times = append(times, time.Since(start))
				if rec.Code != 200 {
					b.Fatalf("%s: %d", target, rec.Code)
				}
				weight = max(weight, rec.Body.Len()+css)
			}
			reportLatency(b, times, pageGoal)
			b.ReportMetric(float64(weight)/1024, "page-KB")
		})
	}
}

// reportLatency reports the 50th and 99th percentiles of times in
// milliseconds, and the goal of the 99th beside them.
func reportLatency(b *testing.B, times []time.Duration, goal time.Duration) {
	slices.Sort(times)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(times[len(times)/2]), "p50-ms")
	b.ReportMetric(ms(times[len(times)*99/100]), "p99-ms")
	b.ReportMetric(ms(goal), "goal-p99-ms")
}

func mustParse(tb testing.TB, s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		tb.Fatal(err)
	}
	return u
}
