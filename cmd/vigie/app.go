package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/store"
)

// app is Vigie's data: the store, system of record, and the index that
// follows it.
type app struct {
	dir string
	db  *store.DB
	ix  *index.Index
}

// openApp opens (creating them if needed) the store and index in dir.
func openApp(ctx context.Context, dir string) (*app, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	db, err := store.Open(ctx, filepath.Join(dir, "vigie.db"))
	if err != nil {
		return nil, err
	}
	ix, err := index.Open(indexPath(dir))
	if err != nil {
		db.Close()
		return nil, err
	}
	return &app{dir: dir, db: db, ix: ix}, nil
}

func indexPath(dir string) string { return filepath.Join(dir, "index.bleve") }

// Close closes the index and the store.
func (a *app) Close() error {
	return errors.Join(a.ix.Close(), a.db.Close())
}

// FindArticles searches the index and reads the articles found from the
// store, in the index's order.
func (a *app) FindArticles(ctx context.Context, f vigie.ArticleFilter) (vigie.ArticleList, error) {
	res, err := a.ix.Search(ctx, f)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	arts, err := a.db.Articles(ctx, res.IDs)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	list := vigie.ArticleList{Total: res.Total, Page: max(f.Page, 1), Size: f.Size, Articles: arts, Facets: map[string][]vigie.FacetCount{}}
	if list.Size <= 0 {
		list.Size = index.DefaultSize
	}
	for name, counts := range res.Facets {
		list.Facets[name] = []vigie.FacetCount{}
		for _, c := range counts {
			list.Facets[name] = append(list.Facets[name], vigie.FacetCount{Value: c.Value, Count: c.Count})
		}
	}
	return list, nil
}

// FindArticle reads one article from the store.
func (a *app) FindArticle(ctx context.Context, id int64) (*vigie.Article, error) {
	return a.db.Article(ctx, id)
}

// SourceStates reports the sources' fetch state.
func (a *app) SourceStates(ctx context.Context) ([]vigie.SourceState, error) {
	return a.db.SourceStates(ctx)
}

// health checks that the store answers.
func (a *app) health(ctx context.Context) error {
	_, err := a.db.CountArticles(ctx)
	return err
}
