package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/store"
)

// syncBatch is how many queued articles one index batch takes.
const syncBatch = 200

// SyncIndex drains the store's index outbox into the article index: every
// article saved since the last drain, and any a crash kept from the index,
// read back from the store so that the index holds what the store holds.
// It returns how many articles it indexed or removed.
func (a *App) SyncIndex(ctx context.Context) (int, error) {
	a.syncMu.Lock()
	defer a.syncMu.Unlock()
	if a.Index == nil { // a crawl worker: the replicas index
		return 0, nil
	}
	if a.DB.Postgres() {
		return a.followChanges(ctx)
	}
	n := 0
	for {
		qs, err := a.DB.Pending(ctx, syncBatch)
		if err != nil || len(qs) == 0 {
			return n, err
		}
		ids := make([]int64, len(qs))
		for i, q := range qs {
			ids[i] = q.ArticleID
		}
		if err := a.indexStored(ctx, ids); err != nil {
			return n, err
		}
		if err := a.DB.Indexed(ctx, qs...); err != nil {
			return n, err
		}
		n += len(qs)
	}
}

// indexStored indexes the articles ids as the store holds them, and
// removes from the index those it no longer holds.
func (a *App) indexStored(ctx context.Context, ids []int64) error {
	var arts []*vigie.Article
	for _, id := range ids {
		art, err := a.DB.Article(ctx, id)
		switch {
		case vigie.ErrorCode(err) == vigie.ENOTFOUND:
			if err := a.Index.Delete(id); err != nil {
				return err
			}
		case err != nil:
			return err
		default:
			arts = append(arts, art)
		}
	}
	return a.Index.IndexBatch(arts)
}

// SyncIncidents rebuilds the incident index from the store when the store
// changed since the index was last built from it (a crash between the
// two, or a clustering whose index write failed), and reports whether it
// did.
func (a *App) SyncIncidents(ctx context.Context) (bool, error) {
	if a.IncidentIndex == nil { // a crawl worker: the replicas index
		return false, nil
	}
	fp, err := a.DB.IncidentsFingerprint(ctx)
	if err != nil {
		return false, err
	}
	if stamp, err := a.IncidentIndex.Stamp(); err != nil || stamp == fp {
		return false, err
	}
	incs, err := a.DB.Incidents(ctx)
	if err != nil {
		return false, err
	}
	if err := a.IncidentIndex.Replace(incs); err != nil {
		return false, err
	}
	return true, a.IncidentIndex.SetStamp(fp) // a store changed meanwhile leaves the stamp behind: rebuilt next time
}

// Reconcile brings the indexes level with the store, as at every start:
// cheap when they already are.
func (a *App) Reconcile(ctx context.Context) (articles int, incidents bool, err error) {
	if articles, err = a.SyncIndex(ctx); err != nil {
		return articles, false, fmt.Errorf("replay the index outbox: %w", err)
	}
	if incidents, err = a.SyncIncidents(ctx); err != nil {
		return articles, false, fmt.Errorf("reconcile the incident index: %w", err)
	}
	return articles, incidents, nil
}

// IndexCheck compares the store with the indexes.
type IndexCheck struct {
	Articles, Indexed, Pending  int
	Incidents, IndexedIncidents int
	IncidentsCurrent            bool // the incident index was built from the store as it is
}

// OK reports whether the store and the indexes agree.
func (c IndexCheck) OK() bool {
	return c.Articles == c.Indexed && c.Pending == 0 && c.Incidents == c.IndexedIncidents && c.IncidentsCurrent
}

func (c IndexCheck) String() string {
	verdict := "agree"
	if !c.OK() {
		verdict = "DISAGREE"
	}
	return fmt.Sprintf("store %d articles, index %d, %d queued for indexing; store %d incidents, index %d (%s): %s",
		c.Articles, c.Indexed, c.Pending, c.Incidents, c.IndexedIncidents, map[bool]string{true: "current", false: "behind"}[c.IncidentsCurrent], verdict)
}

// Check counts what the store and the indexes hold.
func (a *App) Check(ctx context.Context) (IndexCheck, error) {
	var c IndexCheck
	var err error
	if c.Articles, err = a.DB.CountArticles(ctx); err != nil {
		return c, err
	}
	if c.Pending, err = a.pending(ctx); err != nil {
		return c, err
	}
	n, err := a.Index.Count()
	if err != nil {
		return c, err
	}
	c.Indexed = int(n)
	incs, err := a.DB.Incidents(ctx)
	if err != nil {
		return c, err
	}
	c.Incidents = len(incs)
	m, err := a.IncidentIndex.Count()
	if err != nil {
		return c, err
	}
	c.IndexedIncidents = int(m)
	fp, err := a.DB.IncidentsFingerprint(ctx)
	if err != nil {
		return c, err
	}
	stamp, err := a.IncidentIndex.Stamp()
	c.IncidentsCurrent = stamp == fp
	return c, err
}

// OpenStore opens the store alone, for the commands that only read it
// (export, check): they run beside serve and crawl, which hold the
// indexes' locks.
func OpenStore(ctx context.Context, dir string) (*App, error) { return OpenStoreAt(ctx, At(dir)) }

// renewIncidentIndex removes the incident index when it was built with
// another mapping (an older Vigie): it holds nothing the store does not,
// and Reconcile rebuilds it. It reports whether it did; the caller holds
// the writer's lock.
func renewIncidentIndex(dir string, log *slog.Logger) bool {
	path := IncidentIndexPath(dir)
	ix, err := index.OpenIncidents(path)
	if err == nil {
		ix.Close()
		return false
	}
	if !errors.Is(err, index.ErrOtherMapping) {
		return false
	}
	log.Warn("the incident index was built by another version: rebuilding it from the store", "path", path)
	if err := os.RemoveAll(path); err != nil {
		log.Error("remove the old incident index", "path", path, "err", err)
		return false
	}
	return true
}

// StampIncidents records in ix that it holds the store's incidents as
// they are.
func StampIncidents(ctx context.Context, db *store.DB, ix *index.Incidents) error {
	fp, err := db.IncidentsFingerprint(ctx)
	if err != nil {
		return err
	}
	return ix.SetStamp(fp)
}

// OpenWriter takes the data folder's lock and opens the store and the
// indexes, reconciling them as at every start, and logs what the check
// finds.
func OpenWriter(ctx context.Context, dir string, log *slog.Logger) (*App, error) {
	return openWriter(ctx, At(dir), log)
}

func openWriter(ctx context.Context, d Data, log *slog.Logger) (*App, error) {
	unlock, err := LockFolder(d.Dir, "writer")
	if err != nil {
		return nil, err
	}
	a, err := OpenAt(ctx, d)
	if err != nil && renewIncidentIndex(d.Dir, log) {
		a, err = OpenAt(ctx, d) // the new, empty incident index is filled from the store by Reconcile
	}
	if err != nil {
		unlock()
		return nil, err
	}
	a.unlock = unlock
	if c, err := a.Check(ctx); err != nil {
		log.Warn("check store and index", "err", err)
	} else if !c.OK() {
		log.Warn("store and index disagree; run vigie reindex", "check", c.String())
	}
	return a, nil
}
