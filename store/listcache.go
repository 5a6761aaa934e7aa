package store

import (
	"sync"
	"time"

	"github.com/vigie-news/vigie"
)

// listCacheSize bounds the listings whose counts are kept.
const listCacheSize = 256

// listKey is what the counts of a listing depend on: its filter, not its
// page.
type listKey struct {
	lang, site string
	from, to   time.Time
}

// listCounts are what a listing counts over every article its filter
// selects: the total, and the facets once asked (nil until then).
type listCounts struct {
	total  int
	facets map[string][]vigie.FacetCount
}

// listCache keeps the counts of recent listings made at one generation of
// the store (DB.writes). The facets it returns are shared and must not be
// modified.
type listCache struct {
	mu  sync.Mutex
	gen uint64
	m   map[listKey]listCounts
}

// get returns the counts of key made at generation gen, and whether there
// are any.
func (c *listCache) get(gen uint64, key listKey) (listCounts, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return listCounts{}, false
	}
	n, ok := c.m[key]
	return n, ok
}

// put keeps the counts of key made at generation gen.
func (c *listCache) put(gen uint64, key listKey, n listCounts) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen < c.gen {
		return
	}
	if gen > c.gen || c.m == nil || len(c.m) >= listCacheSize {
		c.gen, c.m = gen, map[listKey]listCounts{}
	}
	c.m[key] = n
}
