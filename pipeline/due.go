package pipeline

import (
	"context"

	"github.com/vigie-news/vigie"
)

// DueSources lists the sources Run would crawl now: enabled, due, and
// neither disabled nor backing off (unless RetryAll). The scheduler of the
// crawl workers on PostgreSQL queues one job for each.
func (c *Cycle) DueSources(ctx context.Context) []vigie.Source {
	var due []vigie.Source
	for _, src := range c.Config.Sources {
		if src.Enabled && ctx.Err() == nil && c.isDue(ctx, src) && c.mayTry(ctx, src) {
			due = append(due, src)
		}
	}
	return due
}
