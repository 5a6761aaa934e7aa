package index

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vigie-news/vigie"
)

// find returns the window of n ids from the result from on of f's search,
// its total, and its facets when facets is set, in one pass. The table
// tests f's filters, point included (newRowFilter); without words it
// answers alone; otherwise bleve finds the hits of the words and filters
// but the point (hitsQuery), with no page and no facet, and the table
// keeps those near the point, orders them and counts their facets. A sort
// by distance, and a hit the table does not know yet (a write in between),
// are left to bleve (findBleve).
func (x *Incidents) find(ctx context.Context, f vigie.IncidentFilter, fuzzy bool, from, n int, facets bool) (IncidentResult, map[string][]FacetCount, error) {
	req, err := x.request(f, fuzzy) // checks f
	if err != nil || req == nil {
		return IncidentResult{}, splitFacetTerms(nil), err
	}
	if f.Sort == "distance" {
		return x.findBleve(ctx, f, fuzzy, from, n, facets)
	}
	text, err := x.hitsQuery(f, fuzzy)
	if err != nil {
		return IncidentResult{}, nil, err
	}
	keep, err := x.newRowFilter(f)
	if err != nil {
		return IncidentResult{}, nil, err
	}
	_, byScore := req.Sort[0].(*search.SortScore)
	t := x.table
	t.mu.RLock()
	defer t.mu.RUnlock()
	buf := hitsPool.Get().(*[]tableHit)
	defer func() { hitsPool.Put(buf) }()
	hits := (*buf)[:0]
	if text == nil {
		hits = t.filter(hits, keep)
	} else {
		var ok bool
		if hits, ok, err = x.hits(ctx, t, text, byScore, keep, hits); err != nil {
			return IncidentResult{}, nil, fmt.Errorf("index: search incidents %q: %w", f.Query, err)
		} else if !ok {
			return x.findBleve(ctx, f, fuzzy, from, n, facets)
		}
	}
	*buf = hits // grown, for the next search
	w := IncidentResult{Total: len(hits), IDs: []string{}, Fuzzy: fuzzy}
	var fs map[string][]FacetCount
	if facets {
		fs = t.facets(hits) // before top reorders hits
	}
	if byScore {
		hits = top(hits, from+n, func(a, b tableHit) bool { return a.score > b.score || a.score == b.score && a.row < b.row })
	} else if text != nil { // bleve's hits come in its order
		hits = top(hits, from+n, func(a, b tableHit) bool { return a.row < b.row })
	}
	for _, h := range hits[min(from, len(hits)):min(from+n, len(hits))] {
		w.IDs = append(w.IDs, t.rows[h.row].id)
	}
	return w, fs, nil
}

// hitsQuery returns the query find asks bleve for f's words: the words
// and f's filters but its point, which the table tests cheaper (nearTest;
// bleve reads every candidate's point back from the index); nil when f
// has no word. Bleve tests the others faster than the table, which would
// look up every match of the words alone.
func (x *Incidents) hitsQuery(f vigie.IncidentFilter, fuzzy bool) (query.Query, error) {
	text, _, err := x.textQuery(f, fuzzy)
	if err != nil || text == nil {
		return nil, err
	}
	f.Near, f.Km = nil, 0
	filter, err := x.filterQuery(f)
	if err != nil {
		return nil, err
	}
	text.AddFilter(filter)
	return text, nil
}

// top returns the k first of hits in the order of less (all of them when
// they are fewer), in order; it reorders hits. A heap of k (k is at most
// a window past MaxOffset) saves sorting every match.
func top(hits []tableHit, k int, less func(a, b tableHit) bool) []tableHit {
	if k >= len(hits)/2 {
		slices.SortFunc(hits, func(a, b tableHit) int {
			if less(a, b) {
				return -1
			} else if less(b, a) {
				return 1
			}
			return 0
		})
		return hits[:min(k, len(hits))]
	}
	h := hits[:k] // a heap whose root is the last of the k best so far
	down := func(i int) {
		for {
			c := 2*i + 1
			if c >= len(h) {
				return
			}
			if c+1 < len(h) && less(h[c], h[c+1]) {
				c++
			}
			if !less(h[i], h[c]) {
				return
			}
			h[i], h[c] = h[c], h[i]
			i = c
		}
	}
	for i := len(h)/2 - 1; i >= 0; i-- {
		down(i)
	}
	for _, x := range hits[k:] {
		if len(h) > 0 && less(x, h[0]) {
			h[0] = x
			down(0)
		}
	}
	return top(h, k, less)
}

// findBleve is find by bleve alone: the window in one search, the facets
// in another beside it, on another core.
func (x *Incidents) findBleve(ctx context.Context, f vigie.IncidentFilter, fuzzy bool, from, n int, facets bool) (IncidentResult, map[string][]FacetCount, error) {
	var fs map[string][]FacetCount
	var ferr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		if facets {
			fs, ferr = x.countFacets(ctx, f, fuzzy)
		}
	}()
	w, err := x.window(ctx, f, fuzzy, from, n)
	<-done
	return w, fs, cmp.Or(err, ferr)
}

// tableHit is a match of a search: its row in the table and its score.
type tableHit struct {
	row   int32
	score float64
}

// hitsPool keeps the hits of searches done for the next: at 10,000
// matches they are 160 KB a search.
var hitsPool = sync.Pool{New: func() any { return new([]tableHit) }}

// hits appends to hits those of q that keep keeps, in no order, each with
// its row in t and its score when byScore is set; false when a hit has no
// row in t. Bleve reads only the id of each match: no page, no facet, no
// field.
func (x *Incidents) hits(ctx context.Context, t *incidentTable, q query.Query, byScore bool, keep func(*incidentRow) bool, hits []tableHit) ([]tableHit, bool, error) {
	r := bleve.NewSearchRequestOptions(q, 0, 0, false)
	r.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}}) // needs no field
	if !byScore {
		r.Score = bleve.ScoreNone
	}
	known := true
	collect := search.MakeDocumentMatchHandler(func(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
		return func(d *search.DocumentMatch) error {
			if d == nil {
				return nil
			}
			if row, ok := t.pos[d.ID]; !ok {
				known = false
			} else if keep(&t.rows[row]) {
				hits = append(hits, tableHit{row, d.Score})
			}
			sc.DocumentMatchPool.Put(d)
			return nil
		}, true, nil // the ids are loaded
	})
	if _, err := x.idx.SearchInContext(context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, collect), r); err != nil {
		return nil, false, err
	}
	return hits, known, nil
}

// filter appends to hits the rows keep keeps, in the date order.
func (t *incidentTable) filter(hits []tableHit, keep func(*incidentRow) bool) []tableHit {
	for i := range t.rows {
		if keep(&t.rows[i]) {
			hits = append(hits, tableHit{row: int32(i)})
		}
	}
	return hits
}

// facets returns the facets of hits, as splitFacetTerms returns those
// bleve counts.
func (t *incidentTable) facets(hits []tableHit) map[string][]FacetCount {
	var counts [len(facetOrder)][]int
	for f := range facetOrder {
		counts[f] = make([]int, len(t.values[f]))
	}
	for _, h := range hits {
		for f, c := range t.rows[h.row].codes {
			counts[f][c]++
		}
	}
	out := make(map[string][]FacetCount, len(facetOrder))
	for f, name := range facetOrder {
		fc := []FacetCount{}
		for c, n := range counts[f][1:] {
			if n > 0 {
				fc = append(fc, FacetCount{Value: t.values[f][c+1], Count: n})
			}
		}
		slices.SortFunc(fc, func(a, b FacetCount) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Value, b.Value))
		})
		out[name] = fc[:min(len(fc), incidentFacetSize)]
	}
	return out
}

// newRowFilter returns the test of f's filters on a row, as filterQuery
// asks bleve, f's point included (nearTest). f has been checked.
func (x *Incidents) newRowFilter(f vigie.IncidentFilter) (func(*incidentRow) bool, error) {
	type eq struct {
		field func(*incidentRow) string
		want  string
	}
	var eqs []eq
	for _, e := range []struct {
		field func(*incidentRow) string
		want  string
		set   bool
	}{
		{func(r *incidentRow) string { return r.facets[colCountry] }, upper(f.Country), upper(f.Country) != ""},
		{func(r *incidentRow) string { return r.facets[colDepartment] }, upper(f.Department), upper(f.Department) != ""},
		{func(r *incidentRow) string { return r.facets[colAttack] }, lowerTrim(string(f.Attack)), lowerTrim(string(f.Attack)) != ""},
		{func(r *incidentRow) string { return r.facets[colKind] }, lowerTrim(string(f.Kind)), lowerTrim(string(f.Kind)) != ""},
		{func(r *incidentRow) string { return r.regionKey }, x.foldKey(f.Region), strings.TrimSpace(f.Region) != ""},
		{func(r *incidentRow) string { return r.inScope }, strconv.FormatBool(f.InScope != nil && *f.InScope), f.InScope != nil},
	} {
		if e.set {
			eqs = append(eqs, eq{e.field, e.want})
		}
	}
	near, err := newPointFilter(f)
	if err != nil {
		return nil, err
	}
	dated := !f.From.IsZero() || !f.To.IsZero()
	from, to := clampTime(f.From), clampTime(f.To)
	return func(r *incidentRow) bool {
		for _, e := range eqs {
			if v := e.field(r); v == "" || v != e.want {
				return false
			}
		}
		switch {
		case near != nil && (!r.hasPoint || !near.contains(r.point)):
			return false
		case !dated:
			return true
		case r.startKey == "":
			return false
		case !from.IsZero() && r.start < from.UnixNano():
			return false
		}
		return to.IsZero() || r.start <= to.UnixNano()
	}, nil
}

// lowerTrim returns s trimmed, in lower case.
func lowerTrim(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
