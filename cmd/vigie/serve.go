package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"sync"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/jobs"
	"github.com/vigie-news/vigie/pipeline"
	"github.com/vigie-news/vigie/server"
)

// runServe serves the API and crawls the sources that are due, checking
// every minute, until interrupted. On PostgreSQL it is a replica, its
// indexes following the store, and crawls as one of the workers (jobs).
func runServe(ctx context.Context, args []string, e *env) error {
	var c common
	fs := e.flags("serve")
	c.register(fs, true, true)
	interval := fs.Duration("interval", 0, "crawl each source this often (default: feeds.yaml's interval)")
	noCrawl := fs.Bool("no-crawl", false, "serve only, never crawl (on PostgreSQL: leave the crawl to the workers)")
	follow := fs.Duration("follow", 2*time.Second, "with a PostgreSQL -data: how often the indexes read what other processes wrote")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := config.Load(c.config)
	if err != nil {
		return err
	}
	if *interval < 0 {
		return vigie.Errorf(vigie.EINVALID, "-interval must be positive")
	}
	if err := c.applyAllowPrivate(cfg); err != nil {
		return err
	}
	a, err := pipeline.OpenWriterAt(ctx, c.where(), e.log)
	if err != nil {
		return err
	}
	defer a.Close()
	if a.DB.Postgres() { // a replica: its indexes follow the store
		fctx, stop := context.WithCancel(ctx)
		var wg sync.WaitGroup
		defer wg.Wait()
		defer stop()
		wg.Go(func() { a.Follow(fctx, max(*follow, 10*time.Millisecond), e.log) })
		if !*noCrawl { // and a crawl worker among the others
			w := &jobs.Worker{App: a, Config: cfg, Out: e.stdout, Log: e.log, Due: pipeline.DueEvery(*interval)}
			wg.Go(func() {
				if err := w.Run(fctx); err != nil {
					e.log.Error("crawl worker", "err", err)
				}
			})
		}
	}
	st := &pipeline.Status{}
	var crawl func(context.Context)
	if !*noCrawl && !a.DB.Postgres() {
		crawl = func(ctx context.Context) {
			(&pipeline.Cycle{App: a, Config: cfg, Out: e.stdout, Log: e.log, Due: pipeline.DueEvery(*interval), Status: st}).Run(ctx)
		}
	}
	return serveAndCrawl(ctx, a, cfg, c.addr, e, crawl, time.Minute, st)
}

// serveAndCrawl serves the API on addr and, when crawl is not nil, runs it
// at once and then every tick, one cycle at a time, until ctx is done.
func serveAndCrawl(ctx context.Context, a *pipeline.App, cfg *config.File, addr string, e *env, crawl func(context.Context), tick time.Duration, st *pipeline.Status) error {
	srv := &server.Server{Articles: a, Incidents: a, Sources: a, Logger: e.log, Health: a.Health, TimeZone: cfg.Settings.TimeZone,
		Ready: a.Ready(st), AdminToken: os.Getenv(adminTokenEnv), Reindex: a.Rebuild}
	jobs, err := publishing(ctx, srv, a, cfg, addr, e) // digest, feeds, embeds, webhooks: publish.go
	if err != nil {
		return err
	}
	pages, err := newPages(a, cfg, e)
	if err != nil {
		return err
	}
	srv.Pages = pages
	srv.Curation = a // no admin token: curation off
	pages.Curation, pages.AdminToken = a.Correct, srv.AdminToken
	var wg sync.WaitGroup
	defer wg.Wait()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for _, job := range jobs {
		wg.Go(func() { job(ctx) })
	}
	if crawl != nil {
		wg.Go(func() {
			t := time.NewTicker(tick)
			defer t.Stop()
			for crawl(ctx); ; {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
					crawl(ctx)
				}
			}
		})
	}
	err = srv.ListenAndServe(ctx, addr, func(ad net.Addr) {
		fmt.Fprintf(e.stdout, "vigie: pages on http://%[1]s/, API on http://%[1]s/api/articles\n", ad)
	})
	cancel()
	return err
}

// proxyTo sends every request through the proxy at u.
func proxyTo(u *url.URL) func(*http.Request) (*url.URL, error) { return http.ProxyURL(u) }
