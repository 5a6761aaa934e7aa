package main

import (
	"context"
	"fmt"
	"os"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/pipeline"
	"github.com/vigie-news/vigie/store"
)

// runCopy copies a SQLite data folder's store into a new PostgreSQL store
// (-data postgres://…): how an installation moves past one machine. The
// folder is locked while it is read, so no crawl writes to it meanwhile.
// The search indexes are not copied: each API replica builds its own
// (`vigie reindex -data postgres://… -index DIR`).
func runCopy(ctx context.Context, args []string, e *env) error {
	var c common
	fs := e.flags("copy")
	c.register(fs, false, false)
	from := fs.String("from", "", "the SQLite data folder to copy (required)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *from == "" || store.IsPostgres(*from) {
		return vigie.Errorf(vigie.EINVALID, "-from must name a SQLite data folder")
	}
	if _, err := os.Stat(pipeline.At(*from).StorePath()); err != nil {
		return vigie.Errorf(vigie.EINVALID, "no store in %s: %v", *from, err)
	}
	if !store.IsPostgres(c.data) {
		return vigie.Errorf(vigie.EINVALID, "-data must be a PostgreSQL store (postgres://…) to copy into")
	}
	unlock, err := pipeline.LockFolder(*from, "copy")
	if err != nil {
		return err
	}
	defer unlock()
	src, err := store.Open(ctx, pipeline.At(*from).StorePath())
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := store.Open(ctx, c.data)
	if err != nil {
		return err
	}
	defer dst.Close()
	err = src.CopyTo(ctx, dst, func(table string, n int) { fmt.Fprintf(e.stdout, "%s: %d rows\n", table, n) })
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "copied %s; build each replica's indexes with: vigie reindex -data postgres://… -index DIR\n", *from)
	return nil
}
