package main

import (
	"context"
	"errors"

	"github.com/vigie-news/vigie/config"
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

// errAllSourcesFailed makes vigie crawl exit with status 3: every source
// it tried failed, so that cron and CI notice.
var errAllSourcesFailed = errors.New("every source failed")
