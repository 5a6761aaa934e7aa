package main

import (
	"context"
	"fmt"
	"os"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/pipeline"
	"github.com/vigie-news/vigie/store"
)

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
	d := c.where()
	unlock, err := pipeline.LockFolder(d.Dir, "reindex")
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
	db, err := store.Open(ctx, d.StorePath())
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := pipeline.Reindex(ctx, db, pipeline.IndexPath(d.Dir), e.progress())
	if err != nil {
		return err
	}
	m, err := pipeline.ReindexIncidents(ctx, db, pipeline.IncidentIndexPath(d.Dir))
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "reindex: %d articles and %d incidents indexed\n", n, m)
	return nil
}
