package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/schollz/progressbar/v3"
	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/store"
)

// reindexBatch is how many articles go into one index batch.
const reindexBatch = 200

// runReindex rebuilds the search index from the store: into a new folder,
// which replaces the old one only once complete. Beside a running serve it
// asks the server (POST /admin/reindex, with VIGIE_ADMIN_TOKEN), which
// swaps the new index in atomically; without the token it refuses.
func runReindex(ctx context.Context, args []string, e *env) error {
	var c common
	fs := e.flags("reindex")
	c.register(fs, false, true)
	if err := parse(fs, args); err != nil {
		return err
	}
	unlock, err := lockFolder(c.data, "reindex")
	if err != nil {
		// A running server holds the folder: it rebuilds its own indexes
		// when asked with its admin token.
		if token := os.Getenv(adminTokenEnv); token != "" && vigie.ErrorCode(err) == vigie.ECONFLICT {
			return reindexThroughServer(ctx, c.addr, token, e)
		}
		if vigie.ErrorCode(err) == vigie.ECONFLICT {
			return vigie.Errorf(vigie.ECONFLICT, "%s; or set %s for both serve and reindex, and reindex asks the server", vigie.ErrorMessage(err), adminTokenEnv)
		}
		return err
	}
	defer unlock()
	db, err := store.Open(ctx, filepath.Join(c.data, "vigie.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := reindex(ctx, db, indexPath(c.data), e)
	if err != nil {
		return err
	}
	m, err := reindexIncidents(ctx, db, incidentIndexPath(c.data))
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "reindex: %d articles and %d incidents indexed\n", n, m)
	return nil
}

// reindexIncidents rebuilds the incident index from the store.
func reindexIncidents(ctx context.Context, db *store.DB, path string) (int, error) {
	incs, err := db.Incidents(ctx)
	if err != nil {
		return 0, err
	}
	if err := os.RemoveAll(path); err != nil {
		return 0, err
	}
	ix, err := index.OpenIncidents(path)
	if err != nil {
		return 0, err
	}
	err = ix.Replace(incs)
	if err == nil {
		err = stampIncidents(ctx, db, ix)
	}
	return len(incs), errors.Join(err, ix.Close())
}

func reindex(ctx context.Context, db *store.DB, path string, e *env) (int, error) {
	total, err := db.CountArticles(ctx)
	if err != nil {
		return 0, err
	}
	tmp := path + ".new"
	if err := os.RemoveAll(tmp); err != nil {
		return 0, err
	}
	ix, err := index.Open(tmp)
	if err != nil {
		return 0, err
	}
	bar := progressbar.NewOptions(total, progressbar.OptionSetWriter(e.progress()), progressbar.OptionSetDescription("reindex"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	n, err := fill(ctx, db, ix, bar)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.RemoveAll(tmp)
		return n, err
	}
	if err := os.RemoveAll(path); err != nil {
		return n, err
	}
	return n, os.Rename(tmp, path)
}

// fill indexes every stored article in batches, showing them on bar
// unless it is nil.
func fill(ctx context.Context, db *store.DB, ix *index.Index, bar *progressbar.ProgressBar) (int, error) {
	var batch []*vigie.Article
	n := 0
	flush := func() error {
		if err := ix.IndexBatch(batch); err != nil {
			return err
		}
		n += len(batch)
		if bar != nil {
			_ = bar.Add(len(batch))
		}
		batch = batch[:0]
		return nil
	}
	for a, err := range db.AllArticles(ctx) {
		if err != nil {
			return n, err
		}
		if batch = append(batch, a); len(batch) == reindexBatch {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	if len(batch) > 0 {
		if err := flush(); err != nil {
			return n, err
		}
	}
	if bar != nil {
		_ = bar.Finish()
	}
	return n, nil
}
