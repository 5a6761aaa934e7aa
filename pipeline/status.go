package pipeline

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/vigie-news/vigie/internal/metrics"
)

// Status is what the process knows of its own health, for /readyz: the
// last cycle that crawled any source, and whether one is running.
type Status struct {
	mu       sync.Mutex
	last     Tally
	lastAt   time.Time
	crawling bool
}

// record keeps the totals of a finished cycle, for /readyz and /metrics.
func (c *Cycle) record(t Tally) {
	metrics.Articles("new", t.Added)
	metrics.Articles("updated", t.Updated)
	metrics.Articles("unchanged", t.Unchanged)
	metrics.Articles("known", t.Skipped)
	metrics.Articles("not_article", t.NotArticle)
	metrics.Articles("failed", t.Failed)
	if c.incidents > 0 {
		metrics.Incidents(c.incidents)
	}
	if t.Sources > 0 {
		metrics.Cycle(t.Sources-t.FailedSources, t.FailedSources)
	}
	if c.Status == nil || t.Sources == 0 {
		return
	}
	c.Status.mu.Lock()
	defer c.Status.mu.Unlock()
	c.Status.last, c.Status.lastAt = t, time.Now()
}

// Ready reports, for /readyz, whether Vigie works as it should: nil, or why
// it is degraded — every source failed in the last cycle, or the index
// lags the store while no crawl is running and, on PostgreSQL, while it
// does not follow the store (a replica a few seconds behind the workers
// stays ready).
func (a *App) Ready(st *Status) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		if err := a.Health(ctx); err != nil {
			return err
		}
		pending, err := a.pending(ctx)
		if err != nil {
			return err
		}
		metrics.IndexLag(pending)
		st.mu.Lock()
		last, crawling := st.last, st.crawling
		st.mu.Unlock()
		switch {
		case last.Sources > 0 && last.FailedSources == last.Sources:
			return fmt.Errorf("every source failed in the last crawl (%d of %d)", last.FailedSources, last.Sources)
		case pending > 0 && !crawling && !a.following():
			return fmt.Errorf("the index lags the store by %d articles", pending)
		}
		return nil
	}
}

// observeFetch counts the crawler's requests.
func observeFetch(status, bytes int, refused bool) { metrics.Fetch(status, bytes, refused) }
