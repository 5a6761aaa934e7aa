package server

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/vigie-news/vigie"
)

// maxExport bounds the incidents one download writes.
const maxExport = 100000

// incidentListJSON is the answer of GET /api/incidents.
type incidentListJSON struct {
	Total     int                           `json:"total"`
	Page      int                           `json:"page"`
	Size      int                           `json:"size"`
	Next      *string                       `json:"next"` // the next page's URL, null on the last
	Prev      *string                       `json:"prev"`
	Fuzzy     bool                          `json:"fuzzy"` // typos were forgiven: the words as typed found too little
	Incidents []incidentJSON                `json:"incidents"`
	Facets    map[string][]vigie.FacetCount `json:"facets"`
}

// handleIncidents searches incidents:
// GET /api/incidents?q=&country=&region=&department=&attack=&kind=&year=&from=&to=&near=lat,lon&km=&in_scope=&sort=&page=&size=&format=
//
// in_scope is true when absent: only attacks on local authorities and
// local public bodies; false gives only the others, all gives both.
// format= (or Accept) csv, jsonl or geojson downloads every match.
func (s *Server) handleIncidents(w http.ResponseWriter, r *http.Request) {
	s.searchIncidents(w, r, "")
}

// handleIncidentsAs serves GET /api/incidents.{csv,jsonl,geojson}.
func (s *Server) handleIncidentsAs(format string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { s.searchIncidents(w, r, format) }
}

func (s *Server) searchIncidents(w http.ResponseWriter, r *http.Request, format string) {
	if !s.incidentsAvailable(w, r) {
		return
	}
	q := r.URL.Query()
	f, err := ParseIncidentQuery(q, s.location())
	if err == nil && format == "" {
		format, err = negotiate(q.Get("format"), r.Header.Get("Accept"), formats)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if format != FormatJSON {
		s.exportIncidents(w, r, f, format, q.Has("page") || q.Has("size"))
		return
	}
	list, err := s.Incidents.FindIncidents(r.Context(), f)
	if err == nil && list.Total == 0 {
		err = s.checkFacetValues(r.Context(), f)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s.incidentList(r, f, list))
}

func (s *Server) incidentList(r *http.Request, f vigie.IncidentFilter, list vigie.IncidentList) incidentListJSON {
	out := incidentListJSON{Total: list.Total, Page: list.Page, Size: list.Size, Fuzzy: list.Fuzzy, Incidents: []incidentJSON{}, Facets: list.Facets}
	terms := QueryWords(f.Query)
	for _, in := range list.Incidents {
		j := toIncidentJSON(in)
		if rec := NewIncidentRecord(in, f.Near); f.Near != nil {
			j.DistanceKm = rec.DistanceKm
		}
		j.Snippet = Snippet(in, terms)
		out.Incidents = append(out.Incidents, j)
	}
	if out.Facets == nil {
		out.Facets = map[string][]vigie.FacetCount{}
	}
	out.Prev, out.Next = pageLinks(r.URL, list.Total, list.Page, list.Size)
	return out
}

// pageLinks returns the URLs of the previous and next pages, nil when
// there is none.
func pageLinks(u *url.URL, total, page, size int) (prev, next *string) {
	link := func(p int) *string {
		q := u.Query()
		q.Set("page", strconv.Itoa(p))
		s := u.Path + "?" + q.Encode()
		return &s
	}
	if page > 1 {
		prev = link(page - 1)
	}
	if size > 0 && page*size < total && page < maxPage {
		next = link(page + 1)
	}
	return prev, next
}

// exportIncidents writes every incident matching f (only f's page when
// paged) in format.
func (s *Server) exportIncidents(w http.ResponseWriter, r *http.Request, f vigie.IncidentFilter, format string, paged bool) {
	if !paged {
		f.Page, f.Size = 1, maxSize
	}
	f.NoFacets = true // an export writes none
	first, err := s.Incidents.FindIncidents(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", contentTypes[format])
	w.Header().Set("Content-Disposition", `attachment; filename="vigie-incidents.`+format+`"`)
	w.Header().Set("Access-Control-Allow-Origin", "*")
	iw := NewIncidentWriter(w, format, f.Near)
	for list, n := first, 0; ; {
		for _, in := range list.Incidents {
			if err := iw.Write(in); err != nil {
				return // the client left
			}
			n++
		}
		if paged || len(list.Incidents) == 0 || n >= list.Total || n >= maxExport || f.Page >= maxPage {
			break
		}
		f.Page++
		if list, err = s.Incidents.FindIncidents(r.Context(), f); err != nil {
			s.logger().Error("export incidents", "page", f.Page, "err", err)
			return
		}
	}
	iw.Close()
}

// checkFacetValues, after a search found nothing, tells a country,
// region or département the record does not know from one that merely
// has no match: the first is an EINVALID error listing the known values.
func (s *Server) checkFacetValues(ctx context.Context, f vigie.IncidentFilter) error {
	if f.Country == "" && f.Region == "" && f.Department == "" {
		return nil
	}
	all, err := s.Incidents.FindIncidents(ctx, vigie.IncidentFilter{Page: 1, Size: 1})
	if err != nil {
		return err
	}
	for _, c := range []struct{ param, value, facet string }{
		{"country", f.Country, "country"}, {"region", f.Region, "region"}, {"department", f.Department, "department"},
	} {
		if c.value == "" {
			continue
		}
		known := all.Facets[c.facet]
		var values []string
		found := false
		for _, v := range known {
			values = append(values, v.Value)
			found = found || foldEqual(v.Value, c.value)
		}
		if !found && len(values) > 0 {
			return vigie.Errorf(vigie.EINVALID, "%s %q is not in the record; valid values are %s", c.param, c.value, strings.Join(values, ", "))
		}
	}
	return nil
}
