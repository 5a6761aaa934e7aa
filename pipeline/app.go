package pipeline

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

// App is Vigie's data: the store, system of record, and the indexes that
// follow it. The commands and the servers share one per data folder.
type App struct {
	Dir           string           // the data folder
	Store         string           // the PostgreSQL store's URL; "" for Dir's SQLite file
	DB            *store.DB        // the record
	Index         *index.Index     // articles; nil when opened by OpenStore (crawl workers, export)
	IncidentIndex *index.Incidents // incidents; nil when opened by OpenStore

	follow follower     // Follow's last success, on PostgreSQL
	syncMu sync.Mutex   // held while the index outbox drains
	unlock func() error // releases the data folder's lock; nil when not held
	closed bool         // Close was called
}

// Open opens (creating them if needed) the store and index in dir, and
// brings the indexes level with the store (see Reconcile).
func Open(ctx context.Context, dir string) (*App, error) { return OpenAt(ctx, At(dir)) }

// OpenAsIs opens the store and indexes as they are.
func OpenAsIs(ctx context.Context, dir string) (*App, error) { return OpenAsIsAt(ctx, At(dir)) }

// OpenAsIsAt is OpenAsIs for data whose store may be elsewhere.
func OpenAsIsAt(ctx context.Context, d Data) (*App, error) {
	dir := d.Dir
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	db, err := store.Open(ctx, d.StorePath())
	if err != nil {
		return nil, err
	}
	ix, err := index.Open(IndexPath(dir))
	if err != nil {
		db.Close()
		return nil, err
	}
	incs, err := index.OpenIncidents(IncidentIndexPath(dir))
	if err != nil {
		ix.Close()
		db.Close()
		return nil, err
	}
	return &App{Dir: dir, Store: d.Store, DB: db, Index: ix, IncidentIndex: incs}, nil
}

// IndexPath is the article index's folder: the one index.current names
// after a rebuild by a running server (see Rebuild), else index.bleve.
func IndexPath(dir string) string {
	if b, err := os.ReadFile(filepath.Join(dir, CurrentIndexFile)); err == nil {
		if name := strings.TrimSpace(string(b)); name != "" && filepath.Base(name) == name {
			return filepath.Join(dir, name)
		}
	}
	return filepath.Join(dir, "index.bleve")
}

// IncidentIndexPath is the incident index's folder.
func IncidentIndexPath(dir string) string { return filepath.Join(dir, "incidents.bleve") }

// Close closes the indexes and the store.
func (a *App) Close() error {
	if a.closed {
		return nil
	}
	a.closed = true
	var err error
	if a.Index != nil { // nil when opened by OpenStore: the store alone
		err = errors.Join(a.IncidentIndex.Close(), a.Index.Close())
	}
	err = errors.Join(err, a.DB.Close())
	if a.unlock != nil {
		err = errors.Join(err, a.unlock())
	}
	return err
}

// FindIncidents searches the incident index and reads the incidents found
// from the store, in the index's order (snippets are cut from their evidence).
func (a *App) FindIncidents(ctx context.Context, f vigie.IncidentFilter) (vigie.IncidentList, error) {
	res, err := a.IncidentIndex.Search(ctx, f)
	if err != nil {
		return vigie.IncidentList{}, err
	}
	incs, err := a.DB.IncidentsByID(ctx, res.IDs)
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
func (a *App) FindIncident(ctx context.Context, id string) (*vigie.Incident, error) {
	return a.DB.Incident(ctx, id)
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
func (a *App) FindArticles(ctx context.Context, f vigie.ArticleFilter) (vigie.ArticleList, error) {
	f.Site = a.siteName(ctx, f.Site)
	if f.Query == "" {
		return a.listArticles(ctx, f)
	}
	res, err := a.Index.Search(ctx, f)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	arts, err := a.DB.Articles(ctx, res.IDs)
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
func (a *App) FindArticle(ctx context.Context, id int64) (*vigie.Article, error) {
	return a.DB.Article(ctx, id)
}

// SourceStates reports the sources' fetch state.
func (a *App) SourceStates(ctx context.Context) ([]vigie.SourceState, error) {
	return a.DB.SourceStates(ctx)
}

// Health checks that the store answers.
func (a *App) Health(ctx context.Context) error {
	_, err := a.DB.CountArticles(ctx)
	return err
}
