package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/vigie-news/vigie/pipeline"
)

// errDisagree makes vigie check exit with status 1.
var errDisagree = errors.New("the store and the indexes disagree")

// runCheck compares the store with the indexes and prints the counts. It
// writes nothing: a lagging index is reconciled by the next start of a
// writer (serve, crawl), or by vigie reindex. It reads the indexes only
// when no writer holds the data folder; beside a running serve it reports
// the store and the index outbox, the index's lag.
func runCheck(ctx context.Context, args []string, e *env) error {
	var c common
	fs := e.flags("check")
	c.register(fs, false, false)
	if err := parse(fs, args); err != nil {
		return err
	}
	unlock, err := pipeline.LockFolder(c.where().Dir, "check")
	if err != nil { // a writer runs: the store alone can be read
		return checkStoreOnly(ctx, c.where(), e)
	}
	defer unlock()
	a, err := pipeline.OpenAsIsAt(ctx, c.where())
	if err != nil {
		return err
	}
	defer a.Close()
	res, err := a.Check(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "check:", res)
	if !res.OK() {
		fmt.Fprintln(e.stdout, "check: the next start of vigie serve or crawl reconciles them; vigie reindex rebuilds the indexes")
		return errDisagree
	}
	return nil
}

// checkStoreOnly reports what can be known without the indexes, which a
// running writer holds.
func checkStoreOnly(ctx context.Context, d pipeline.Data, e *env) error {
	a, err := pipeline.OpenStoreAt(ctx, d)
	if err != nil {
		return err
	}
	defer a.DB.Close()
	n, err := a.DB.CountArticles(ctx)
	if err != nil {
		return err
	}
	p, err := a.DB.CountPending(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "check: store %d articles, %d queued for indexing (a running vigie holds the indexes; its /readyz says more)\n", n, p)
	return nil
}
