package main

import (
	"context"

	"github.com/vigie-news/vigie/config"
)

// runCrawl runs one crawl cycle. Sources that fail are reported and do not
// change the exit status; a bad configuration does.
func runCrawl(ctx context.Context, args []string, e *env) error {
	var c common
	fs := e.flags("crawl")
	c.register(fs, true, false)
	refresh := fs.Bool("refresh", false, "fetch known articles again (conditionally) to pick up changes")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := config.Load(c.config)
	if err != nil {
		return err
	}
	a, err := openApp(ctx, c.data)
	if err != nil {
		return err
	}
	defer a.Close()
	cy := &cycle{app: a, cfg: cfg, out: e.stdout, log: e.log, refresh: *refresh}
	cy.run(ctx)
	return ctx.Err()
}
