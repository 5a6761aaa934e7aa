package pipeline

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/incident"
)

// benchVictims is how many bodies the synthetic store's attacks hit.
const benchVictims = 10_000

// syntheticArticle stores article n of a synthetic stream and its
// report: body n%benchVictims, hit twice two years apart, five articles
// about each attack, the first dated, the others follow-ups.
func syntheticArticle(ctx context.Context, tb testing.TB, a *App, n int) int64 {
	tb.Helper()
	v, round := n%benchVictims, n/benchVictims
	attack := time.Date(2021+2*(round/5), 3, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(v%300) * 24 * time.Hour)
	pub := attack.Add(time.Duration(1+round%5*20) * 24 * time.Hour)
	art := &vigie.Article{URL: "http://bench.test/" + strconv.Itoa(n), Title: fmt.Sprintf("Cyberattaque %d", n),
		Text: "La mairie a été victime d'une cyberattaque.", Lang: "fr", Site: "bench.test", Source: "bench",
		Published: vigie.At(pub), FetchedAt: pub}
	if _, err := a.DB.SaveArticle(ctx, art, vigie.RawPage{}); err != nil {
		tb.Fatal(err)
	}
	body := vigie.Body{Official: fmt.Sprintf("Mairie de Ville %d", v), Kind: vigie.VictimCommune,
		Place: vigie.Place{Name: fmt.Sprintf("Ville %d", v), INSEE: fmt.Sprintf("9%04d", v), Country: "FR"}}
	f := vigie.Finding{Victim: body, Attack: vigie.AttackRansomware, InScope: true}
	if round%5 == 0 {
		f.Start = vigie.Timestamp{Time: attack, Precision: vigie.PrecisionDay}
	}
	r := vigie.Report{ArticleID: art.ID, Relevant: true, Findings: []vigie.Finding{f}}
	if err := a.DB.SaveReport(ctx, r, incident.Keys(r)...); err != nil {
		tb.Fatal(err)
	}
	return art.ID
}

// BenchmarkIncrementalCycle adds 100 articles to a store of 100,000
// (VIGIE_BENCH_ARTICLES to change it) and updates the incidents as a
// crawl cycle does. Goal: under 2 s and 300 MB a cycle. It reports the
// time of a cycle's incident work and the heap it allocated.
func BenchmarkIncrementalCycle(b *testing.B) {
	size := 100_000
	if s, err := strconv.Atoi(os.Getenv("VIGIE_BENCH_ARTICLES")); err == nil {
		size = s
	}
	ctx := context.Background()
	a, err := Open(ctx, b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	for n := range size {
		syntheticArticle(ctx, b, a, n)
	}
	start := time.Now()
	incs, err := a.Recluster(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d articles, %d incidents; full recluster in %s", size, len(incs), time.Since(start).Round(time.Millisecond))
	n := size
	var before, after runtime.MemStats
	var alloc uint64
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		changed := make([]int64, 100)
		for i := range changed {
			changed[i] = syntheticArticle(ctx, b, a, n)
			n++
		}
		runtime.ReadMemStats(&before)
		b.StartTimer()
		if _, err := a.UpdateIncidents(ctx, changed); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.ReadMemStats(&after)
		alloc += after.TotalAlloc - before.TotalAlloc
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/cycle")
	b.ReportMetric(float64(alloc)/float64(b.N)/(1<<20), "MB-alloc/cycle")
}
