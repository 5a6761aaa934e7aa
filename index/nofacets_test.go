package index

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/vigie-news/vigie"
)

// TestSearch_noFacets: a filter asking for no facets gets the same page
// and total, and no facet.
func TestSearch_noFacets(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, x *Index) {
		for _, f := range []vigie.ArticleFilter{{Size: 2, Page: 2}, {Query: "seez"}, {Lang: "en"}, {Query: "ransomware"}} {
			with := mustSearch(t, x, f)
			f.NoFacets = true
			without := mustSearch(t, x, f)
			if len(with.Facets) == 0 {
				t.Fatalf("%+v: no facets when asked", f)
			}
			if without.Total != with.Total || !slices.Equal(without.IDs, with.IDs) || len(without.Facets) != 0 {
				t.Errorf("%+v: without facets %+v, with %+v", f, without, with)
			}
		}
	})
}

// TestIncidentSearch_noFacets: likewise for incidents.
func TestIncidentSearch_noFacets(t *testing.T) {
	t.Parallel()
	forEachIncidentEngine(t, func(t *testing.T, x *Incidents) {
		for _, f := range []vigie.IncidentFilter{{Size: 2, Page: 2}, {Near: chambery}, {Query: "ransomware"}} {
			with := mustSearchIncidents(t, x, f)
			f.NoFacets = true
			without := mustSearchIncidents(t, x, f)
			if len(with.Facets) == 0 {
				t.Fatalf("%+v: no facets when asked", f)
			}
			if without.Total != with.Total || !slices.Equal(without.IDs, with.IDs) || len(without.Facets) != 0 {
				t.Errorf("%+v: without facets %+v, with %+v", f, without, with)
			}
		}
	})
}

// TestSearch_facetsFollowWrites: facets kept for a filter serve its other
// pages, and are counted again once the index changes.
func TestSearch_facetsFollowWrites(t *testing.T) {
	t.Parallel()
	x := mustCorpusIndex(t)
	en := func(page int) Result { return mustSearch(t, x, vigie.ArticleFilter{Lang: "en", Size: 1, Page: page}) }
	want := map[string][]FacetCount{FacetLang: {{"en", 2}}, FacetSite: {{"BBC", 2}}}
	for page := 1; page <= 3; page++ {
		if got := en(page).Facets; !reflect.DeepEqual(got, want) {
			t.Errorf("page %d: facets %v, want %v", page, got, want)
		}
	}
	mustIndex(t, x, &vigie.Article{ID: 8, Lang: "en", Site: "Leeds Live", Title: "Council", Text: "Council news."})
	want = map[string][]FacetCount{FacetLang: {{"en", 3}}, FacetSite: {{"BBC", 2}, {"Leeds Live", 1}}}
	if got := en(2).Facets; !reflect.DeepEqual(got, want) {
		t.Errorf("after indexing: facets %v, want %v", got, want)
	}
	if err := x.Delete(8); err != nil {
		t.Fatal(err)
	}
	if got := en(1).Facets[FacetLang]; !reflect.DeepEqual(got, []FacetCount{{"en", 2}}) {
		t.Errorf("after deleting: lang facet %v, want en 2", got)
	}
}

// TestIncidentSearch_facetsFollowWrites: likewise for incidents, through
// Replace and Update.
func TestIncidentSearch_facetsFollowWrites(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	incs := incidentCorpus()
	mustReplace(t, x, incs...)
	country := func(page int) []FacetCount {
		return mustSearchIncidents(t, x, vigie.IncidentFilter{Size: 1, Page: page}).Facets[FacetCountry]
	}
	all := country(1)
	if got := country(3); !reflect.DeepEqual(got, all) {
		t.Errorf("page 3: %v, page 1: %v", got, all)
	}
	mustReplace(t, x, incs[1:]...)
	fewer := country(2)
	if reflect.DeepEqual(fewer, all) {
		t.Errorf("after Replace: country facet still %v", fewer)
	}
	if err := x.Update(nil, incs[:1]); err != nil {
		t.Fatal(err)
	}
	if got := country(1); !reflect.DeepEqual(got, all) {
		t.Errorf("after Update: %v, want %v", got, all)
	}
}

// TestIncidentSearch_pagesFollowWrites: a page asked again, or the next
// one, comes from the window kept, with or without facets, until the index
// changes; a page out of range is refused every time.
func TestIncidentSearch_pagesFollowWrites(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	incs := incidentCorpus()
	mustReplace(t, x, incs...)
	f := vigie.IncidentFilter{Size: 2}
	first := mustSearchIncidents(t, x, f)
	again := mustSearchIncidents(t, x, f)
	if !slices.Equal(again.IDs, first.IDs) || again.Total != first.Total || !reflect.DeepEqual(again.Facets, first.Facets) {
		t.Errorf("asked again: %+v, first %+v", again, first)
	}
	again.IDs[0] = "changed by the caller"
	f.NoFacets = true
	if bare := mustSearchIncidents(t, x, f); bare.IDs[0] != first.IDs[0] || len(bare.Facets) != 0 {
		t.Errorf("without facets: %+v, first %+v", bare, first)
	}
	var paged []string
	for page := 1; page <= 4; page++ {
		paged = append(paged, mustSearchIncidents(t, x, vigie.IncidentFilter{Size: 1, Page: page}).IDs...)
	}
	if whole := mustSearchIncidents(t, x, vigie.IncidentFilter{Size: 4}).IDs; !slices.Equal(paged, whole) {
		t.Errorf("pages of 1: %v, one page of 4: %v", paged, whole)
	}
	mustReplace(t, x, incs[1:]...)
	if after := mustSearchIncidents(t, x, f); after.Total != first.Total-1 {
		t.Errorf("after Replace: total %d, want %d", after.Total, first.Total-1)
	}
	if _, err := x.Search(context.Background(), vigie.IncidentFilter{Page: -1}); vigie.ErrorCode(err) != vigie.EINVALID {
		t.Errorf("page -1: %v, want EINVALID", err)
	}
}
