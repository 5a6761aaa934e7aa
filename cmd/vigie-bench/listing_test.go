package main

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/store"
)

// TestListingMatchesIndex: the store's newest-first listing gives the
// pages, totals and facets the article index gives for the same filters,
// undated articles and equal dates included.
func TestListingMatchesIndex(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, store.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	x, err := index.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	g := newGenerator(7, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	as := make([]*vigie.Article, 300)
	for i := range as {
		as[i] = g.article()
		switch i % 10 {
		case 3:
			as[i].Published = vigie.Timestamp{} // undated: last
		case 4:
			as[i].Published = as[i-1-i%3].Published // a date another has
		case 5:
			as[i].Published = vigie.Day(as[i-2].Published.Time) // known to the day
		case 6:
			as[i].Lang = "DE" // the index lower-cases it
		}
	}
	if err := db.ImportArticles(ctx, as); err != nil {
		t.Fatal(err)
	}
	if err := x.IndexBatch(as); err != nil {
		t.Fatal(err)
	}
	from, to := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	filters := []vigie.ArticleFilter{
		{}, {Page: 2}, {Page: 4, Size: 100}, {Size: 7, Page: 3}, {Lang: "DE"}, {Lang: "it", Page: 2, Size: 5},
		{Site: "Le Dauphiné"}, {Site: as[0].Source}, {From: from}, {To: to}, {From: from, To: to, Lang: "fr"},
		{Lang: "xx"}, {Page: 1000},
	}
	assertListingMatches(t, db, x, filters)
	// facets kept for a listing are counted again after a write
	more := []*vigie.Article{g.article(), g.article(), g.article()}
	if err := db.ImportArticles(ctx, more); err != nil {
		t.Fatal(err)
	}
	if err := x.IndexBatch(more); err != nil {
		t.Fatal(err)
	}
	assertListingMatches(t, db, x, filters)
}

// assertListingMatches checks that the store's listing and the index agree
// on each filter.
func assertListingMatches(t *testing.T, db *store.DB, x *index.Index, filters []vigie.ArticleFilter) {
	t.Helper()
	ctx := context.Background()
	for _, f := range filters {
		want, err := x.Search(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		offset, size, err := index.Paging(f.Page, f.Size)
		if err != nil {
			t.Fatal(err)
		}
		got, err := db.ListArticles(ctx, f, offset, size, true)
		if err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		ids := []int64{}
		for _, a := range got.Articles {
			ids = append(ids, a.ID)
		}
		if got.Total != want.Total || !reflect.DeepEqual(ids, append([]int64{}, want.IDs...)) {
			t.Errorf("%+v: total %d, ids %v\nindex: total %d, ids %v", f, got.Total, ids, want.Total, want.IDs)
		}
		for name, counts := range want.Facets {
			wantCounts := []vigie.FacetCount{}
			for _, c := range counts {
				wantCounts = append(wantCounts, vigie.FacetCount{Value: c.Value, Count: c.Count})
			}
			if !reflect.DeepEqual(got.Facets[name], wantCounts) {
				t.Errorf("%+v: facet %s = %v, index %v", f, name, got.Facets[name], wantCounts)
			}
		}
	}
}

// TestListingErrors: bad dates are EINVALID, as in the index.
func TestListingErrors(t *testing.T) {
	db, err := store.Open(context.Background(), store.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	f := vigie.ArticleFilter{From: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), To: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := db.ListArticles(context.Background(), f, 0, 20, false); vigie.ErrorCode(err) != vigie.EINVALID {
		t.Errorf("from after to: %v, want EINVALID", err)
	}
}
