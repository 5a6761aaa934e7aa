package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/jobs"
	"github.com/vigie-news/vigie/pipeline"
)

// runCrawl runs one crawl cycle. Sources that fail are reported; when every
// source crawled failed, the exit status is 3 (errAllSourcesFailed); a bad
// configuration gives 2.
func runCrawl(ctx context.Context, args []string, e *env) error {
	var c common
	fs := e.flags("crawl")
	c.register(fs, true, false)
	refresh := fs.Bool("refresh", false, "fetch known articles again (conditionally) to pick up changes")
	retry := fs.Bool("retry-disabled", false, "crawl disabled and backing-off sources too; a success enables them again")
	worker := fs.Bool("worker", false, "with a PostgreSQL -data: crawl as one of many workers, sources shared as jobs, until interrupted")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := config.Load(c.config)
	if err != nil {
		return err
	}
	if err := c.applyAllowPrivate(cfg); err != nil {
		return err
	}
	if *worker {
		return runWorker(ctx, c.where(), cfg, e)
	}
	a, err := pipeline.OpenWriterAt(ctx, c.where(), e.log)
	if err != nil {
		return err
	}
	defer a.Close()
	cy := &pipeline.Cycle{App: a, Config: cfg, Out: e.stdout, Log: e.log, Refresh: *refresh, RetryAll: *retry}
	t := cy.Run(ctx)
	if err := ctx.Err(); err != nil {
		return err
	}
	if t.Sources > 0 && t.FailedSources == t.Sources {
		return errAllSourcesFailed
	}
	return nil
}

// runWorker crawls as one of the workers sharing a PostgreSQL store until
// ctx is done. A worker keeps no indexes: the replicas (serve) do.
func runWorker(ctx context.Context, d pipeline.Data, cfg *config.File, e *env) error {
	if !d.Postgres() {
		return vigie.Errorf(vigie.EINVALID, "-worker needs a PostgreSQL store: -data postgres://…")
	}
	a, err := pipeline.OpenStoreAt(ctx, d)
	if err != nil {
		return err
	}
	defer a.Close()
	fmt.Fprintf(e.stdout, "vigie: crawl worker on the %d sources of the configuration\n", len(cfg.Sources))
	return (&jobs.Worker{App: a, Config: cfg, Out: e.stdout, Log: e.log}).Run(ctx)
}

// errAllSourcesFailed makes vigie crawl exit with status 3: every source
// it tried failed, so that cron and CI notice.
var errAllSourcesFailed = errors.New("every source failed")
