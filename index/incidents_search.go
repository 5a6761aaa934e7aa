package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vigie-news/vigie"
)

// Limits of incident searches.
const (
	DefaultKm         = 50.0 // radius of a Near search when the filter gives none
	incidentFacetSize = 30   // values per incident facet
)

// Facet names of IncidentResult.Facets.
const (
	FacetCountry    = "country"
	FacetRegion     = "region"
	FacetDepartment = "department"
	FacetAttack     = "attack"
	FacetKind       = "kind"
	FacetYear       = "year" // of the start
)

// incidentFacets are the facets of an incident search and their fields.
var incidentFacets = map[string]string{
	FacetCountry: incCountry, FacetRegion: incRegion, FacetDepartment: incDepartment,
	FacetAttack: incAttack, FacetKind: incKind, FacetYear: incStartYear,
}

// IncidentResult is a page of incidents found by a search.
type IncidentResult struct {
	Total  int      // incidents matching, over all pages
	IDs    []string // of the incidents of the page, best first
	Facets map[string][]FacetCount
	Fuzzy  bool // the words as typed found too little: typos were forgiven
}

// Search returns the page of incidents matching f, best matches first when
// f has a query, latest start first otherwise (see the package
// documentation). A malformed filter or query gives a *vigie.Error with
// code EINVALID.
func (x *Incidents) Search(ctx context.Context, f vigie.IncidentFilter) (IncidentResult, error) {
	r, err := x.search(ctx, f, false)
	if err != nil || f.Query == "" || r.Total >= FuzzyBelow {
		return r, err
	}
	if fr, err := x.search(ctx, f, true); err == nil && fr.Total > r.Total {
		return fr, nil
	}
	return r, nil
}

// search runs f, forgiving typos when fuzzy is set. The facets of a filter
// searched since the last write are kept, and so is the window of
// windowPages pages around the page asked: the same page asked again, or
// the next one, costs no search. What is not kept is found in one pass
// (find).
func (x *Incidents) search(ctx context.Context, f vigie.IncidentFilter, fuzzy bool) (IncidentResult, error) {
	from, size, err := paging(f.Page, f.Size)
	if err != nil {
		return IncidentResult{}, err
	}
	gen, wkey := x.facets.generation(), newIncidentWindowKey(f, fuzzy, from, size)
	facets, fhit := x.facets.get(gen, wkey.facets)
	window, whit := x.facets.get(gen, wkey)
	if count := !f.NoFacets && !fhit; count || !whit {
		w, fs, err := x.find(ctx, f, fuzzy, wkey.from, size*windowPages, count)
		if err != nil {
			return IncidentResult{}, err
		}
		if count {
			facets = fs
			x.facets.put(gen, wkey.facets, fs)
		}
		if !whit {
			window = w
			x.facets.put(gen, wkey, w)
		}
	}
	return pageOf(window.(IncidentResult), from-wkey.from, size, facets, f.NoFacets), nil
}

// window returns the ids of the n incidents matching f from the result
// from on, and the total; none when fuzzy is set and no word of the query
// can be fuzzy.
func (x *Incidents) window(ctx context.Context, f vigie.IncidentFilter, fuzzy bool, from, n int) (IncidentResult, error) {
	req, err := x.request(f, fuzzy)
	if err != nil || req == nil {
		return IncidentResult{}, err
	}
	req.From, req.Size = from, n
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return IncidentResult{}, fmt.Errorf("index: search incidents %q: %w", f.Query, err)
	}
	w := IncidentResult{Total: int(res.Total), IDs: make([]string, len(res.Hits)), Fuzzy: fuzzy}
	for i, h := range res.Hits {
		w.IDs[i] = h.ID
	}
	return w, nil
}

// countFacets returns the facets of the incidents matching f. It finds
// no page and sorts nothing, and counts one field holding every facet's
// values (facetTerms): one visit per match instead of six.
func (x *Incidents) countFacets(ctx context.Context, f vigie.IncidentFilter, fuzzy bool) (map[string][]FacetCount, error) {
	req, err := x.request(f, fuzzy)
	if err != nil || req == nil {
		return splitFacetTerms(nil), err
	}
	req.From, req.Size = 0, 0
	req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}})
	req.AddFacet(incFacetTerms, bleve.NewFacetRequest(incFacetTerms, math.MaxInt32))
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: count facets of %q: %w", f.Query, err)
	}
	return splitFacetTerms(res.Facets[incFacetTerms]), nil
}

// pageOf returns the size ids from off of the window w, with facets (none
// when noFacets is set). The ids are copied: w is kept in the cache.
func pageOf(w IncidentResult, off, size int, facets any, noFacets bool) IncidentResult {
	r := w
	r.IDs = slices.Clone(w.IDs[min(off, len(w.IDs)):min(off+size, len(w.IDs))])
	r.Facets = map[string][]FacetCount{}
	if fs, ok := facets.(map[string][]FacetCount); ok && !noFacets {
		r.Facets = fs
	}
	return r
}

// request returns the bleve request of f's page, without facets (see
// countFacets), nil when fuzzy is set and no word of the query can be
// fuzzy.
func (x *Incidents) request(f vigie.IncidentFilter, fuzzy bool) (*bleve.SearchRequest, error) {
	from, size, err := paging(f.Page, f.Size)
	if err != nil {
		return nil, err
	}
	q, err := x.query(f, fuzzy)
	if err != nil || q == nil {
		return nil, err
	}
	order, err := incidentSort(f, q)
	if err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(q, size, from, false)
	req.SortByCustom(order)
	return req, nil
}

// query returns the query of f's text and filters.
func (x *Incidents) query(f vigie.IncidentFilter, fuzzy bool) (query.Query, error) {
	text, ok, err := x.textQuery(f, fuzzy)
	if err != nil || (fuzzy && !ok) {
		return nil, err
	}
	filter, err := x.filterQuery(f)
	if err != nil {
		return nil, err
	}
	switch {
	case text == nil && filter == nil:
		return bleve.NewMatchAllQuery(), nil
	case text == nil:
		text = bleve.NewBooleanQuery()
	}
	text.AddFilter(filter)
	return text, nil
}

// textQuery returns the query of f's text, nil when it has no word, and
// false when fuzzy is set and no word can be fuzzy (incidentTextQuery).
func (x *Incidents) textQuery(f vigie.IncidentFilter, fuzzy bool) (*query.BooleanQuery, bool, error) {
	terms, err := parseQuery(f.Query)
	if err != nil {
		return nil, false, err
	}
	return incidentTextQuery(terms, x.fold, x.fields, fuzzy)
}

// filterQuery returns the query of f's filters, nil when it has none.
func (x *Incidents) filterQuery(f vigie.IncidentFilter) (query.Query, error) {
	var qs []query.Query
	for field, v := range map[string]string{
		incCountry: upper(f.Country), incDepartment: upper(f.Department),
		incAttack: strings.ToLower(strings.TrimSpace(string(f.Attack))), incKind: strings.ToLower(strings.TrimSpace(string(f.Kind))),
	} {
		if v != "" {
			qs = append(qs, exactQuery(v, field))
		}
	}
	if strings.TrimSpace(f.Region) != "" {
		qs = append(qs, exactQuery(x.foldKey(f.Region), incRegionKey))
	}
	if f.InScope != nil {
		qs = append(qs, exactQuery(strconv.FormatBool(*f.InScope), incInScope))
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		q, err := dateQuery(incStart, f.From, f.To)
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	near, err := nearQuery(f.Near, f.Km)
	if err != nil {
		return nil, err
	} else if near != nil {
		qs = append(qs, near)
	}
	if len(qs) == 0 {
		return nil, nil
	}
	return bleve.NewConjunctionQuery(qs...), nil
}

// nearQuery matches incidents whose victim is within km kilometres of p
// (DefaultKm when km is 0); nil when p is nil.
func nearQuery(p *vigie.Point, km float64) (query.Query, error) {
	switch {
	case p == nil && km != 0:
		return nil, vigie.Errorf(vigie.EINVALID, "A distance needs a point to be measured from.")
	case p == nil:
		return nil, nil
	case !validPoint(p.Lat, p.Lon):
		return nil, vigie.Errorf(vigie.EINVALID, "The point %v,%v is not on Earth: latitude goes from -90 to 90, longitude from -180 to 180.", p.Lat, p.Lon)
	case km < 0 || math.IsNaN(km) || math.IsInf(km, 0):
		return nil, vigie.Errorf(vigie.EINVALID, "The distance must be a positive number of kilometres, not %v.", km)
	case km == 0:
		km = DefaultKm
	}
	q := bleve.NewGeoDistanceQuery(p.Lon, p.Lat, strconv.FormatFloat(km, 'f', -1, 64)+"km")
	q.SetField(incGeo)
	return q, nil
}

// incidentOrder sorts by score when q searches text, then by start, latest
// first, undated last, and by id so that pages are stable.
func incidentOrder(q query.Query) search.SortOrder {
	byStart := search.SortOrder{
		&search.SortField{Field: incStartKey, Type: search.SortFieldAsString, Desc: true},
		&search.SortDocID{},
	}
	if b, ok := q.(*query.BooleanQuery); ok && b.Must != nil {
		return append(search.SortOrder{&search.SortScore{Desc: true}}, byStart...)
	}
	return byStart
}
