package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/store"
)

// app is Vigie's data: the store, system of record, and the index that
// follows it.
type app struct {
	dir  string
	db   *store.DB
	ix   *index.Index
	incs *index.Incidents

	syncMu sync.Mutex   // held while the index outbox drains
	unlock func() error // releases the data folder's lock; nil when not held
	closed bool         // Close was called
}

// openApp opens (creating them if needed) the store and index in dir, and
// brings the indexes level with the store (see reconcile).
func openApp(ctx context.Context, dir string) (*app, error) {
	a, err := openAppNoReconcile(ctx, dir)
	if err != nil {
		return nil, err
	}
	if _, _, err := a.reconcile(ctx); err != nil {
		a.Close()
		return nil, err
	}
	return a, nil
}

// openAppNoReconcile opens the store and indexes as they are.
func openAppNoReconcile(ctx context.Context, dir string) (*app, error) {
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
	incs, err := index.OpenIncidents(incidentIndexPath(dir))
	if err != nil {
		ix.Close()
		db.Close()
		return nil, err
	}
	return &app{dir: dir, db: db, ix: ix, incs: incs}, nil
}

// indexPath is the article index's folder: the one index.current names
// after a rebuild by a running server (see rebuild), else index.bleve.
func indexPath(dir string) string {
	if b, err := os.ReadFile(filepath.Join(dir, currentIndexFile)); err == nil {
		if name := strings.TrimSpace(string(b)); name != "" && filepath.Base(name) == name {
			return filepath.Join(dir, name)
		}
	}
	return filepath.Join(dir, "index.bleve")
}

func incidentIndexPath(dir string) string { return filepath.Join(dir, "incidents.bleve") }

// Close closes the indexes and the store.
func (a *app) Close() error {
	if a.closed {
		return nil
	}
	a.closed = true
	err := errors.Join(a.incs.Close(), a.ix.Close(), a.db.Close())
	if a.unlock != nil {
		err = errors.Join(err, a.unlock())
	}
	return err
}

// FindIncidents searches the incident index and reads the incidents found
// from the store, in the index's order (snippets are cut from their evidence).
func (a *app) FindIncidents(ctx context.Context, f vigie.IncidentFilter) (vigie.IncidentList, error) {
	res, err := a.incs.Search(ctx, f)
	if err != nil {
		return vigie.IncidentList{}, err
	}
	incs, err := a.db.IncidentsByID(ctx, res.IDs)
	if err != nil {
		return vigie.IncidentList{}, err
	}
	list := vigie.IncidentList{Total: res.Total, Page: max(f.Page, 1), Size: f.Size, Incidents: []*vigie.Incident{}, Facets: facets(res.Facets), Fuzzy: res.Fuzzy}
	if list.Size <= 0 {
		list.Size = index.DefaultSize
	}
	list.Incidents = append(list.Incidents, incs...)
	return list, nil
}

// FindIncident reads one incident, with its sources and evidence.
func (a *app) FindIncident(ctx context.Context, id string) (*vigie.Incident, error) {
	return a.db.Incident(ctx, id)
}

// facets converts the index's facet counts.
func facets(in map[string][]index.FacetCount) map[string][]vigie.FacetCount {
	out := map[string][]vigie.FacetCount{}
	for name, counts := range in {
		out[name] = []vigie.FacetCount{}
		for _, c := range counts {
			out[name] = append(out[name], vigie.FacetCount{Value: c.Value, Count: c.Count})
		}
	}
	return out
}

// FindArticles searches the index and reads the articles found from the
// store, in the index's order.
func (a *app) FindArticles(ctx context.Context, f vigie.ArticleFilter) (vigie.ArticleList, error) {
	if name, err := a.db.SiteName(ctx, f.Site); err == nil && name != "" && f.Site != "" {
		f.Site = name // site= is a host or a name in any case
	}
	if f.Query == "" {
		return a.listArticles(ctx, f)
	}
	res, err := a.ix.Search(ctx, f)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	arts, err := a.db.Articles(ctx, res.IDs)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	list := vigie.ArticleList{Total: res.Total, Page: max(f.Page, 1), Size: f.Size, Articles: arts, Facets: facets(res.Facets), Fuzzy: res.Fuzzy}
	if list.Size <= 0 {
		list.Size = index.DefaultSize
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
