package index

import (
	"sync"
	"sync/atomic"

	"github.com/vigie-news/vigie"
)

// facetCacheSize bounds the searches whose facets a facetCache keeps.
const facetCacheSize = 512

// facetCache keeps the facets of recent searches while the index does not
// change. Facets depend on the filter, not on the page, its size or the
// order: a researcher paging through results, or the same listing asked by
// many, costs the counting over every match once. Each write to the index
// bumps the generation, which empties the cache. It is safe for concurrent
// use; the facets it returns are shared and must not be modified.
type facetCache struct {
	gen atomic.Uint64 // bumped after each write to the index

	mu     sync.Mutex
	cached uint64 // the generation of m
	m      map[any]map[string][]FacetCount
}

// changed records a write to the index, once it is done: a search that
// began before it stores its facets under the old generation, never to be
// read again.
func (c *facetCache) changed() { c.gen.Add(1) }

// generation returns the generation to read and store facets under, read
// before the search.
func (c *facetCache) generation() uint64 { return c.gen.Load() }

// get returns the facets of key kept at generation gen.
func (c *facetCache) get(gen uint64, key any) (map[string][]FacetCount, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cached != gen {
		return nil, false
	}
	f, ok := c.m[key]
	return f, ok
}

// put keeps the facets of key counted at generation gen.
func (c *facetCache) put(gen uint64, key any, facets map[string][]FacetCount) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen < c.cached {
		return
	}
	if gen > c.cached || c.m == nil || len(c.m) >= facetCacheSize {
		c.cached, c.m = gen, map[any]map[string][]FacetCount{}
	}
	c.m[key] = facets
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
