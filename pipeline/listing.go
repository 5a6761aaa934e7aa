package pipeline

import (
	"context"
	"slices"

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

// exportChunk is how many articles an export reads from the store at once.
const exportChunk = 500

// ExportArticles calls each with the first limit articles matching f, in
// the order FindArticles pages them, f's page and size aside. A text
// search is run once for all of them (paging would search again for each
// page, and at a million articles a broad export would outlast the
// server's write timeout); the articles are read from the store in chunks.
func (a *App) ExportArticles(ctx context.Context, f vigie.ArticleFilter, limit int, each func(*vigie.Article) error) error {
	f.Site = a.siteName(ctx, f.Site)
	f.NoFacets = true
	if f.Query == "" {
		for from := 0; from < limit; from += exportChunk {
			list, err := a.DB.ListArticles(ctx, f, from, min(exportChunk, limit-from), false)
			if err != nil {
				return err
			}
			if err := eachOf(list.Articles, each); err != nil || len(list.Articles) < exportChunk {
				return err
			}
		}
		return nil
	}
	res, err := a.Index.SearchAll(ctx, f, limit)
	if err != nil {
		return err
	}
	for ids := range slices.Chunk(res.IDs, exportChunk) {
		arts, err := a.DB.Articles(ctx, ids)
		if err != nil {
			return err
		}
		if err := eachOf(arts, each); err != nil {
			return err
		}
	}
	return nil
}

func eachOf(arts []*vigie.Article, each func(*vigie.Article) error) error {
	for _, art := range arts {
		if err := each(art); err != nil {
			return err
		}
	}
	return nil
}

// siteName is the outlet's name as stored for a site= given as a host or
// a name in any case, or site as given.
func (a *App) siteName(ctx context.Context, site string) string {
	if site == "" {
		return ""
	}
	if name, err := a.DB.SiteName(ctx, site); err == nil && name != "" {
		return name
	}
	return site
}
