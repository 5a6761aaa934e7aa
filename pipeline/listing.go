package pipeline

import (
	"context"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
)

// listArticles answers an article search with no query, latest first,
// from the store's indexes: sorting every hit of the full-text index by
// date cost time in proportion to the whole store.
func (a *App) listArticles(ctx context.Context, f vigie.ArticleFilter) (vigie.ArticleList, error) {
	from, size, err := index.Paging(f.Page, f.Size)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	list, err := a.DB.ListArticles(ctx, f, from, size, !f.NoFacets)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	list.Page, list.Size = max(f.Page, 1), f.Size
	if list.Size <= 0 {
		list.Size = index.DefaultSize
	}
	if list.Facets == nil {
		list.Facets = map[string][]vigie.FacetCount{}
	}
	return list, nil
}
