package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/vigie-news/vigie/internal/metrics"
)

// status is what the process knows of its own health, for /readyz: the
// last cycle that crawled any source, and whether one is running.
type status struct {
	mu       sync.Mutex
	last     tally
	lastAt   time.Time
	crawling bool
}

// record keeps the totals of a finished cycle, for /readyz and /metrics.
func (c *cycle) record(t tally) {
	metrics.Articles("new", t.added)
	metrics.Articles("updated", t.updated)
	metrics.Articles("unchanged", t.unchanged)
	metrics.Articles("known", t.skipped)
	metrics.Articles("not_article", t.notArticle)
	metrics.Articles("failed", t.failed)
	if c.incidents > 0 {
		metrics.Incidents(c.incidents)
	}
	if t.sources > 0 {
		metrics.Cycle(t.sources-t.failedSources, t.failedSources)
	}
	if c.status == nil || t.sources == 0 {
		return
	}
	c.status.mu.Lock()
	defer c.status.mu.Unlock()
	c.status.last, c.status.lastAt = t, time.Now()
}

// ready reports, for /readyz, whether Vigie works as it should: nil, or why
// it is degraded — every source failed in the last cycle, or the index
// lags the store while no crawl is running.
func (a *app) ready(st *status) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		if err := a.health(ctx); err != nil {
			return err
		}
		pending, err := a.db.CountPending(ctx)
		if err != nil {
			return err
		}
		metrics.IndexLag(pending)
		st.mu.Lock()
		last, crawling := st.last, st.crawling
		st.mu.Unlock()
		switch {
		case last.sources > 0 && last.failedSources == last.sources:
			return fmt.Errorf("every source failed in the last crawl (%d of %d)", last.failedSources, last.sources)
		case pending > 0 && !crawling:
			return fmt.Errorf("the index lags the store by %d articles", pending)
		}
		return nil
	}
}

// observeFetch counts the crawler's requests.
func observeFetch(status, bytes int, refused bool) { metrics.Fetch(status, bytes, refused) }
