package store

import (
	"sync"
	"time"

	"github.com/vigie-news/vigie"
)

// listFacetCacheSize bounds the listings whose facets are kept.
const listFacetCacheSize = 256

// listFacetKey is what the facets of a listing depend on.
type listFacetKey struct {
	lang, site string
	from, to   time.Time
}

// listFacetCache keeps the facets of recent listings counted at one
// generation of the store (DB.writes). The facets it returns are shared
// and must not be modified.
type listFacetCache struct {
	mu  sync.Mutex
	gen uint64
	m   map[listFacetKey]map[string][]vigie.FacetCount
}

// get returns the facets of key counted at generation gen, nil if none.
func (c *listFacetCache) get(gen uint64, key listFacetKey) map[string][]vigie.FacetCount {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return nil
	}
	return c.m[key]
}

// put keeps the facets of key counted at generation gen.
func (c *listFacetCache) put(gen uint64, key listFacetKey, facets map[string][]vigie.FacetCount) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen < c.gen {
		return
	}
	if gen > c.gen || c.m == nil || len(c.m) >= listFacetCacheSize {
		c.gen, c.m = gen, map[listFacetKey]map[string][]vigie.FacetCount{}
	}
	c.m[key] = facets
}
