package index

import (
	"sync"
	"sync/atomic"

	"github.com/vigie-news/vigie"
)

// searchCacheSize bounds the entries a searchCache keeps.
const searchCacheSize = 512

// searchCache keeps what recent searches computed while the index does not
// change: the facets of a filter (they depend on the filter, not on the
// page, its size or the order: a researcher paging through results, or the
// same listing asked by many, costs the counting over every match once)
// and, for incidents, the page of ids found (a page asked again, from a
// shared link, the back button or the next visitor of the home page, costs
// no search). Each write to the index bumps the generation, which empties
// the cache. It is safe for concurrent use; the values it returns are
// shared and must not be modified.
type searchCache struct {
	gen atomic.Uint64 // bumped after each write to the index

	mu     sync.Mutex
	cached uint64 // the generation of m
	m      map[any]any
}

// changed records a write to the index, once it is done: a search that
// began before it stores its facets under the old generation, never to be
// read again.
func (c *searchCache) changed() { c.gen.Add(1) }

// generation returns the generation to read and store facets under, read
// before the search.
func (c *searchCache) generation() uint64 { return c.gen.Load() }

// get returns the value of key kept at generation gen.
func (c *searchCache) get(gen uint64, key any) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cached != gen {
		return nil, false
	}
	f, ok := c.m[key]
	return f, ok
}

// put keeps the value of key computed at generation gen.
func (c *searchCache) put(gen uint64, key any, v any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen < c.cached {
		return
	}
	if gen > c.cached || c.m == nil || len(c.m) >= searchCacheSize {
		c.cached, c.m = gen, map[any]any{}
	}
	c.m[key] = v
}

// articleFacetKey is what the facets of an article search depend on.
type articleFacetKey struct {
	f     vigie.ArticleFilter // without page, size or NoFacets
	fuzzy bool
}

// newArticleFacetKey returns the facet key of f.
func newArticleFacetKey(f vigie.ArticleFilter, fuzzy bool) articleFacetKey {
	f.Page, f.Size, f.NoFacets = 0, 0, false
	return articleFacetKey{f, fuzzy}
}

// incidentFacetKey is what the facets of an incident search depend on.
type incidentFacetKey struct {
	f                   vigie.IncidentFilter // without page, size, order, NoFacets or pointers
	near                vigie.Point
	hasNear             bool
	inScope, hasInScope bool
	fuzzy               bool
}

// newIncidentFacetKey returns the facet key of f.
func newIncidentFacetKey(f vigie.IncidentFilter, fuzzy bool) incidentFacetKey {
	k := incidentFacetKey{fuzzy: fuzzy}
	if f.Near != nil {
		k.near, k.hasNear = *f.Near, true
	}
	if f.InScope != nil {
		k.inScope, k.hasInScope = *f.InScope, true
	}
	f.Page, f.Size, f.Sort, f.NoFacets, f.Near, f.InScope = 0, 0, "", false, nil, nil
	k.f = f
	return k
}

// windowPages is how many pages of an incident search one search finds
// and keeps: paging through the first five costs one search.
const windowPages = 5

// incidentWindowKey is what a window of pages of an incident search
// depends on.
type incidentWindowKey struct {
	facets     incidentFacetKey
	size, from int // of the window: the pages are of size results
	sort       string
}

// newIncidentWindowKey returns the key of the window holding the page of f
// starting at result from, of size results.
func newIncidentWindowKey(f vigie.IncidentFilter, fuzzy bool, from, size int) incidentWindowKey {
	return incidentWindowKey{newIncidentFacetKey(f, fuzzy), size, from / (size * windowPages) * size * windowPages, f.Sort}
}
