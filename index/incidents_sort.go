package index

import (
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vigie-news/vigie"
)

// incidentSort returns the order f asks: "date" latest start first,
// "relevance" best score first, "distance" nearest to f.Near first; ""
// is relevance with a text query and date without (incidentOrder). Ties
// are broken by start, then id, so that pages are stable.
func incidentSort(f vigie.IncidentFilter, q query.Query) (search.SortOrder, error) {
	byStart := search.SortOrder{
		&search.SortField{Field: incStartKey, Type: search.SortFieldAsString, Desc: true},
		&search.SortDocID{},
	}
	switch f.Sort {
	case "":
		return incidentOrder(q), nil
	case "date":
		return byStart, nil
	case "relevance":
		return append(search.SortOrder{&search.SortScore{Desc: true}}, byStart...), nil
	case "distance":
		if f.Near == nil {
			return nil, vigie.Errorf(vigie.EINVALID, "Sorting by distance needs a point to measure from.")
		}
		geo, err := search.NewSortGeoDistance(incGeo, "km", f.Near.Lon, f.Near.Lat, false)
		if err != nil {
			return nil, vigie.Errorf(vigie.EINVALID, "Cannot sort by distance from %v,%v.", f.Near.Lat, f.Near.Lon)
		}
		return append(search.SortOrder{geo}, byStart...), nil
	}
	return nil, vigie.Errorf(vigie.EINVALID, "Sort %q is not date, relevance or distance.", f.Sort)
}
