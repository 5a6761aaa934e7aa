package index

import (
	"context"
	"fmt"
	"math"
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

// search runs f, forgiving typos when fuzzy is set.
func (x *Incidents) search(ctx context.Context, f vigie.IncidentFilter, fuzzy bool) (IncidentResult, error) {
	key, gen := newIncidentFacetKey(f, fuzzy), x.facets.generation()
	cached, hit := x.facets.get(gen, key)
	g := f
	g.NoFacets = f.NoFacets || hit
	req, err := x.request(g, fuzzy)
	if err != nil || req == nil {
		return IncidentResult{}, err
	}
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return IncidentResult{}, fmt.Errorf("index: search incidents %q: %w", f.Query, err)
	}
	r := IncidentResult{Total: int(res.Total), IDs: make([]string, len(res.Hits)), Facets: facetCounts(res.Facets), Fuzzy: fuzzy}
	for i, h := range res.Hits {
		r.IDs[i] = h.ID
	}
	switch {
	case f.NoFacets:
	case hit:
		r.Facets = cached
	default:
		x.facets.put(gen, key, r.Facets)
	}
	return r, nil
}

// request returns the bleve request of f, nil when fuzzy is set and no
// word of the query can be fuzzy.
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
	for name, field := range incidentFacets {
		if !f.NoFacets { // six facets over every match cost more than the page
			req.AddFacet(name, bleve.NewFacetRequest(field, incidentFacetSize))
		}
	}
	return req, nil
}

// query returns the query of f's text and filters.
func (x *Incidents) query(f vigie.IncidentFilter, fuzzy bool) (query.Query, error) {
	terms, err := parseQuery(f.Query)
	if err != nil {
		return nil, err
	}
	var text *query.BooleanQuery
	if fuzzy {
		var ok bool
		if text, ok, err = fuzzyQueryIn(terms, x.fold, incidentFields); !ok || err != nil {
			return nil, err
		}
	} else if text, err = buildQueryIn(terms, x.fold, incidentFields); err != nil {
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
		&search.SortField{Field: incStart, Type: search.SortFieldAsDate, Desc: true},
		&search.SortDocID{},
	}
	if b, ok := q.(*query.BooleanQuery); ok && b.Must != nil {
		return append(search.SortOrder{&search.SortScore{Desc: true}}, byStart...)
	}
	return byStart
}
