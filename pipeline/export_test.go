package pipeline

import (
	"context"
	"fmt"
	"testing"

	"github.com/vigie-news/vigie"
)

// TestExportMatchesPaging: an export from one search gives the articles,
// in the order, that paging through the search gives, for text searches,
// the listing, filters and a limit; a malformed query is an error.
func TestExportMatchesPaging(t *testing.T) {
	t.Parallel()
	f := newFixture(t, "../testdata/devcorpus")
	f.crawl(t, false)
	ctx := context.Background()
	paged := func(flt vigie.ArticleFilter, limit int) string {
		var ids []int64
		flt.Size, flt.NoFacets = 7, true // pages that do not divide the totals
		for flt.Page = 1; len(ids) < limit; flt.Page++ {
			list, err := f.app.FindArticles(ctx, flt)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range list.Articles {
				ids = append(ids, a.ID)
			}
			if len(list.Articles) < flt.Size {
				break
			}
		}
		return fmt.Sprint(ids[:min(len(ids), limit)])
	}
	for _, flt := range []vigie.ArticleFilter{
		{Query: "cyberattaque"}, {Query: "mairie -rançon", Lang: "fr"}, {Query: "cybrattaque"}, // a typo forgiven
		{}, {Lang: "fr"}, {Site: "le quotidien romand"}, {Query: "attaque", Site: "Le Quotidien romand"},
	} {
		for _, limit := range []int{1000, 5} {
			var ids []int64
			if err := f.app.ExportArticles(ctx, flt, limit, func(a *vigie.Article) error { ids = append(ids, a.ID); return nil }); err != nil {
				t.Fatal(err)
			}
			if got, want := fmt.Sprint(ids), paged(flt, limit); got != want || len(ids) == 0 {
				t.Errorf("%+v, limit %d: export %s, pages %s", flt, limit, got, want)
			}
		}
	}
	if err := f.app.ExportArticles(ctx, vigie.ArticleFilter{Query: `"unclosed`}, 10, func(*vigie.Article) error { return nil }); vigie.ErrorCode(err) != vigie.EINVALID {
		t.Errorf("malformed query: %v", err)
	}
}
