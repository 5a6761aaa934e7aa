package main

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
)

// corpusArticles crawls the offline corpus once and returns its articles.
func corpusArticles(b *testing.B) (*fixture, []*vigie.Article) {
	b.Helper()
	f := newFixture(b, corpusDir)
	f.crawl(b, false)
	var arts []*vigie.Article
	for a, err := range f.app.DB.AllArticles(context.Background()) {
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	return f, arts
}

// BenchmarkIndexCorpus indexes the corpus's articles into a new on-disk
// index, in one batch, as vigie reindex does.
func BenchmarkIndexCorpus(b *testing.B) {
	_, arts := corpusArticles(b)
	n := 0
	for b.Loop() {
		b.StopTimer()
		ix, err := index.Open(filepath.Join(b.TempDir(), "ix"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := ix.IndexBatch(arts); err != nil {
			b.Fatal(err)
		}
		n += len(arts)
		b.StopTimer()
		ix.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkSearchCorpus runs API searches (index, then store) over the
// crawled corpus and reports the latency percentiles.
func BenchmarkSearchCorpus(b *testing.B) {
	f, _ := corpusArticles(b)
	queries := []vigie.ArticleFilter{
		{Query: "seez rancongiciel"}, {Query: "cyberattaque mairie", Lang: "fr"}, {Query: "ransomware town hall"},
		{Query: `"hôtel de ville"`}, {Query: "cyber*", From: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)},
		{}, {Site: "France Dépêche", Page: 2, Size: 5}, {Query: "attacco informatico"},
	}
	var lat []time.Duration
	ctx := context.Background()
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := f.app.FindArticles(ctx, queries[i%len(queries)]); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}
