package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// Words the synthetic articles are made of.
var (
	benchWordsFR = strings.Fields(`la le les de des du une un et à en pour sur dans par avec commune mairie
		conseil municipal département région préfecture cyberattaque rançongiciel attaque informatique
		services paralysés données personnelles hôpital école collège lycée élus maire adjoint habitants
		piratage serveurs messagerie sauvegardes enquête gendarmerie plainte rançon pirates réseau
		Séez Annecy Chambéry Albertville Grenoble Lyon Rennes Caen Alençon Orne Savoie Isère budget
		réunion travaux route été hiver élection association sport culture marché festival`)
	benchWordsEN = strings.Fields(`the a of to in and for on with by council county city hospital school
		ransomware attack attacked attacks hackers systems data breach services disrupted police
		investigation ransom servers email backups residents mayor officials network outage Leeds
		Manchester Bristol Norfolk Kent budget meeting roads election sport festival market weather`)
)

// benchArticles returns n synthetic articles, alternately French and
// English, with ids from 1.
func benchArticles(n int) []*vigie.Article {
	r := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	as := make([]*vigie.Article, n)
	for i := range as {
		lang, words := "fr", benchWordsFR
		if i%2 == 1 {
			lang, words = "en", benchWordsEN
		}
		as[i] = &vigie.Article{
			ID: int64(i + 1), Lang: lang, URL: fmt.Sprintf("https://example.org/%d", i+1),
			Site: fmt.Sprintf("Site %d", i%7), Source: fmt.Sprintf("source-%d", i%11),
			Title:     benchText(r, words, 8),
			Text:      benchText(r, words, 300+r.IntN(500)),
			Published: vigie.At(start.Add(time.Duration(r.IntN(365*24)) * time.Hour)),
		}
	}
	return as
}

// benchText returns n words drawn from words, in sentences.
func benchText(r *rand.Rand, words []string, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 && i%12 == 0 {
			b.WriteString(". ")
		} else if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[r.IntN(len(words))])
	}
	return b.String()
}

func BenchmarkIndex(b *testing.B) {
	as := benchArticles(500)
	for _, bc := range []struct {
		name  string
		disk  bool
		batch int
	}{{"memory/one", false, 1}, {"memory/batch100", false, 100}, {"disk/one", true, 1}, {"disk/batch100", true, 100}} {
		b.Run(bc.name, func(b *testing.B) {
			path := ""
			if bc.disk {
				path = filepath.Join(b.TempDir(), "articles.bleve")
			}
			x := mustOpen(b, path)
			n := 0
			for b.Loop() {
				batch := make([]*vigie.Article, bc.batch)
				for i := range batch {
					a := *as[n%len(as)]
					a.ID = int64(n + 1) // a new document each time
					batch[i], n = &a, n+1
				}
				mustIndex(b, x, batch...)
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	filters := []vigie.ArticleFilter{
		{Query: "rançongiciel mairie"},
		{Query: "ransomware attacks council"},
		{Query: `"conseil municipal" -budget`},
		{Query: "cyberatta*", Lang: "fr"},
		{Query: "seez", Site: "Site 3", Page: 2},
		{From: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)},
		{},
	}
	for _, engine := range []string{"memory", "disk"} {
		b.Run(engine, func(b *testing.B) {
			path := ""
			if engine == "disk" {
				path = filepath.Join(b.TempDir(), "articles.bleve")
			}
			x := mustOpen(b, path)
			mustIndex(b, x, benchArticles(500)...)
			benchSearch(b, x, filters)
		})
	}
}

// benchSearch runs filters in turn on x and reports latency percentiles.
func benchSearch(b *testing.B, x *Index, filters []vigie.ArticleFilter) {
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
}
