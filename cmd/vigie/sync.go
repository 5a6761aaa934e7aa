package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/store"
)

// syncBatch is how many queued articles one index batch takes.
const syncBatch = 200

// syncIndex drains the store's index outbox into the article index: every
// article saved since the last drain, and any a crash kept from the index,
// read back from the store so that the index holds what the store holds.
// It returns how many articles it indexed or removed.
func (a *app) syncIndex(ctx context.Context) (int, error) {
	a.syncMu.Lock()
	defer a.syncMu.Unlock()
	n := 0
	for {
		qs, err := a.db.Pending(ctx, syncBatch)
		if err != nil || len(qs) == 0 {
			return n, err
		}
		var arts []*vigie.Article
		for _, q := range qs {
			art, err := a.db.Article(ctx, q.ArticleID)
			switch {
			case vigie.ErrorCode(err) == vigie.ENOTFOUND:
				if err := a.ix.Delete(q.ArticleID); err != nil {
					return n, err
				}
			case err != nil:
				return n, err
			default:
				arts = append(arts, art)
			}
		}
		if err := a.ix.IndexBatch(arts); err != nil {
			return n, err
		}
		if err := a.db.Indexed(ctx, qs...); err != nil {
			return n, err
		}
		n += len(qs)
	}
}

// syncIncidents rebuilds the incident index from the store when the store
// changed since the index was last built from it (a crash between the
// two, or a clustering whose index write failed), and reports whether it
// did.
func (a *app) syncIncidents(ctx context.Context) (bool, error) {
	fp, err := a.db.IncidentsFingerprint(ctx)
	if err != nil {
		return false, err
	}
	if stamp, err := a.incs.Stamp(); err != nil || stamp == fp {
		return false, err
	}
	incs, err := a.db.Incidents(ctx)
	if err != nil {
		return false, err
	}
	if err := a.incs.Replace(incs); err != nil {
		return false, err
	}
	return true, a.incs.SetStamp(fp) // a store changed meanwhile leaves the stamp behind: rebuilt next time
}

// reconcile brings the indexes level with the store, as at every start:
// cheap when they already are.
func (a *app) reconcile(ctx context.Context) (articles int, incidents bool, err error) {
	if articles, err = a.syncIndex(ctx); err != nil {
		return articles, false, fmt.Errorf("replay the index outbox: %w", err)
	}
	if incidents, err = a.syncIncidents(ctx); err != nil {
		return articles, false, fmt.Errorf("reconcile the incident index: %w", err)
	}
	return articles, incidents, nil
}

// storeIndexCheck compares the store with the indexes.
type storeIndexCheck struct {
	Articles, Indexed, Pending  int
	Incidents, IndexedIncidents int
	IncidentsCurrent            bool // the incident index was built from the store as it is
}

// ok reports whether the store and the indexes agree.
func (c storeIndexCheck) ok() bool {
	return c.Articles == c.Indexed && c.Pending == 0 && c.Incidents == c.IndexedIncidents && c.IncidentsCurrent
}

func (c storeIndexCheck) String() string {
	verdict := "agree"
	if !c.ok() {
		verdict = "DISAGREE"
	}
	return fmt.Sprintf("store %d articles, index %d, %d queued for indexing; store %d incidents, index %d (%s): %s",
		c.Articles, c.Indexed, c.Pending, c.Incidents, c.IndexedIncidents, map[bool]string{true: "current", false: "behind"}[c.IncidentsCurrent], verdict)
}

// check counts what the store and the indexes hold.
func (a *app) check(ctx context.Context) (storeIndexCheck, error) {
	var c storeIndexCheck
	var err error
	if c.Articles, err = a.db.CountArticles(ctx); err != nil {
		return c, err
	}
	if c.Pending, err = a.db.CountPending(ctx); err != nil {
		return c, err
	}
	n, err := a.ix.Count()
	if err != nil {
		return c, err
	}
	c.Indexed = int(n)
	incs, err := a.db.Incidents(ctx)
	if err != nil {
		return c, err
	}
	c.Incidents = len(incs)
	m, err := a.incs.Count()
	if err != nil {
		return c, err
	}
	c.IndexedIncidents = int(m)
	fp, err := a.db.IncidentsFingerprint(ctx)
	if err != nil {
		return c, err
	}
	stamp, err := a.incs.Stamp()
	c.IncidentsCurrent = stamp == fp
	return c, err
}

// openStore opens the store alone, for the commands that only read it
// (export, check): they run beside serve and crawl, which hold the
// indexes' locks.
func openStore(ctx context.Context, dir string) (*app, error) {
	db, err := store.Open(ctx, filepath.Join(dir, "vigie.db"))
	if err != nil {
		return nil, err
	}
	return &app{dir: dir, db: db}, nil
}

// stampIncidents records in ix that it holds the store's incidents as
// they are.
func stampIncidents(ctx context.Context, db *store.DB, ix *index.Incidents) error {
	fp, err := db.IncidentsFingerprint(ctx)
	if err != nil {
		return err
	}
	return ix.SetStamp(fp)
}

// openWriter takes the data folder's lock and opens the store and the
// indexes, reconciling them as at every start, and logs what the check
// finds.
func openWriter(ctx context.Context, dir string, e *env) (*app, error) {
	unlock, err := lockFolder(dir, "writer")
	if err != nil {
		return nil, err
	}
	a, err := openApp(ctx, dir)
	if err != nil {
		unlock()
		return nil, err
	}
	a.unlock = unlock
	if c, err := a.check(ctx); err != nil {
		e.log.Warn("check store and index", "err", err)
	} else if !c.ok() {
		e.log.Warn("store and index disagree; run vigie reindex", "check", c.String())
	}
	return a, nil
}

// applyAllowPrivate adds the -allow-private prefixes to the settings.
func (c *common) applyAllowPrivate(cfg *config.File) error {
	ps, err := config.ParsePrefixes(c.allowPrivate)
	if err != nil {
		return vigie.Errorf(vigie.EINVALID, "-allow-private: %v", err)
	}
	cfg.Settings.AllowPrivate = append(cfg.Settings.AllowPrivate, ps...)
	return nil
}
