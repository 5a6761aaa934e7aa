package index

import (
	"context"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/vigie-news/vigie"
)

// TestFacetTerms: the facets counted in one field are those bleve counts
// in the six, value for value and in the same order.
func TestFacetTerms(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	mustReplace(t, x, benchIncidents(300)...)
	yes := true
	for _, f := range []vigie.IncidentFilter{{}, {Query: "rançongiciel mairie"}, {Country: "FR", InScope: &yes}, {Near: chambery, Km: 100}, {Query: "nothing-matches-this"}} {
		got, err := x.countFacets(context.Background(), f, false)
		if err != nil {
			t.Fatal(err)
		}
		req, err := x.request(f, false)
		if err != nil {
			t.Fatal(err)
		}
		for name, field := range incidentFacets { // as bleve counts them, a field each
			req.AddFacet(name, bleve.NewFacetRequest(field, incidentFacetSize))
		}
		res, err := x.idx.SearchInContext(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if want := facetCounts(res.Facets); !reflect.DeepEqual(got, want) {
			t.Errorf("%+v:\n got %v\nwant %v", f, got, want)
		}
	}
}
