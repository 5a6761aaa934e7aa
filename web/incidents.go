package web

import (
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/curation"
	"github.com/vigie-news/vigie/server"
)

// facetOrder is the order facets are shown in, with their parameter.
var facetOrder = []string{"country", "region", "department", "attack", "kind", "year", "in_scope"}

// facetView is one facet as a page shows it.
type facetView struct {
	Name   string
	Values []facetValue
}

type facetValue struct {
	Value, Label string
	Count        int
	URL          string
	Active       bool
}

// searchView is a search page's state.
type searchView struct {
	Q         url.Values
	Total     int
	Page      int
	Pages     int
	Prev      string
	Next      string
	Facets    []facetView
	Error     string
	Downloads []download
	Items     any
	Fuzzy     bool
}

type download struct{ Label, URL string }

// incidentItem is an incident of a result list.
type incidentItem struct {
	*vigie.Incident
	Distance string        // km from near=, "" without it
	Snippet  template.HTML // the passage matching q=, words in <mark>
}

// IncidentSearch renders the incident search: GET /incidents (and /).
func (p *Pages) IncidentSearch(w http.ResponseWriter, r *http.Request) {
	v, status := p.searchIncidents(r)
	p.render(w, r, status, "incidents", translate(pageLang(r), "search.incidents"), v)
}

// Home renders the home page: the incident search with a lead.
func (p *Pages) Home(w http.ResponseWriter, r *http.Request) {
	v, status := p.searchIncidents(r)
	p.render(w, r, status, "home", "Vigie", v)
}

// searchIncidents runs the search of r's query; a bad parameter is shown
// in the page, with a 400.
func (p *Pages) searchIncidents(r *http.Request) (searchView, int) {
	q := r.URL.Query()
	q.Del("hl")
	v := searchView{Q: q, Page: 1}
	f, err := p.incidentFilter(q)
	if err == nil {
		var list vigie.IncidentList
		if list, err = p.Incidents.FindIncidents(r.Context(), f); err == nil {
			p.fillIncidents(&v, r.URL, f, list)
			return v, http.StatusOK
		}
	}
	if vigie.ErrorCode(err) != vigie.EINVALID {
		p.logger().Error("incident search", "err", err)
	}
	v.Error = vigie.ErrorMessage(err)
	return v, statusOf(err)
}

// incidentFilter reads the search parameters, a commune name in near=
// turned into its point.
func (p *Pages) incidentFilter(q url.Values) (vigie.IncidentFilter, error) {
	q = cloneQuery(q)
	if near := strings.TrimSpace(q.Get("near")); near != "" && p.Geocode != nil && !strings.Contains(near, ",") {
		pt, ok := p.Geocode(near)
		if !ok {
			return vigie.IncidentFilter{}, vigie.Errorf(vigie.EINVALID, "near: no commune named %q", near)
		}
		q.Set("near", strconv.FormatFloat(pt.Lat, 'f', 4, 64)+","+strconv.FormatFloat(pt.Lon, 'f', 4, 64))
	}
	for k, vs := range q { // an empty form field means no filter
		if len(vs) == 1 && vs[0] == "" {
			q.Del(k)
		}
	}
	return server.ParseIncidentQuery(q, p.location()) // as the API reads it: a page and its downloads agree
}

func (p *Pages) fillIncidents(v *searchView, u *url.URL, f vigie.IncidentFilter, list vigie.IncidentList) {
	v.Total, v.Page, v.Fuzzy = list.Total, list.Page, list.Fuzzy
	items := make([]incidentItem, 0, len(list.Incidents))
	words := server.QueryWords(f.Query)
	for _, in := range list.Incidents {
		it := incidentItem{Incident: in, Snippet: template.HTML(server.Snippet(in, words))} // escaped by Snippet
		if f.Near != nil && in.Victim.Place.HasPoint() {
			it.Distance = strconv.FormatFloat(vigie.Distance(*f.Near, vigie.Point{Lat: in.Victim.Place.Lat, Lon: in.Victim.Place.Lon}), 'f', 1, 64)
		}
		items = append(items, it)
	}
	v.Items = items
	paging(v, u, list.Total, list.Page, list.Size)
	v.Facets = facetViews(u, list.Facets, facetOrder)
	v.Downloads = downloads(apiQuery(u.Query(), f), "/api/incidents", []string{"csv", "jsonl", "geojson", "json"})
}

// paging sets the page count and the previous and next links.
func paging(v *searchView, u *url.URL, total, pg, size int) {
	if size <= 0 {
		size = 20
	}
	v.Pages = (total + size - 1) / size
	if pg > 1 {
		v.Prev = withParam(u, "page", strconv.Itoa(pg-1))
	}
	if pg < v.Pages {
		v.Next = withParam(u, "page", strconv.Itoa(pg+1))
	}
}

// facetViews lists the facets in order, each value a link that sets (or,
// when active, removes) its filter.
func facetViews(u *url.URL, facets map[string][]vigie.FacetCount, order []string) []facetView {
	q := u.Query()
	var out []facetView
	for _, name := range order {
		counts := facets[name]
		if len(counts) == 0 {
			continue
		}
		param := name
		if name == "year" {
			param = "year"
		}
		fv := facetView{Name: name}
		for _, c := range counts {
			active := q.Get(param) == c.Value
			link := withParam(u, param, c.Value)
			if active {
				link = withParam(u, param, "")
			}
			fv.Values = append(fv.Values, facetValue{Value: c.Value, Label: c.Value, Count: c.Count, URL: link, Active: active})
		}
		out = append(out, fv)
	}
	return out
}

// apiQuery returns the parameters of a page's search as the API reads
// them: a commune in near= becomes the point the page found for it.
func apiQuery(q url.Values, f vigie.IncidentFilter) url.Values {
	q = cloneQuery(q)
	if f.Near != nil {
		q.Set("near", strconv.FormatFloat(f.Near.Lat, 'f', 4, 64)+","+strconv.FormatFloat(f.Near.Lon, 'f', 4, 64))
	}
	return q
}

// downloads links the same search in each format, every page of it.
func downloads(q url.Values, api string, formats []string) []download {
	q = cloneQuery(q)
	for _, k := range []string{"page", "size", "hl"} {
		q.Del(k)
	}
	for k, vs := range q {
		if len(vs) == 1 && vs[0] == "" {
			q.Del(k)
		}
	}
	var out []download
	for _, f := range formats {
		qq := cloneQuery(q)
		if f != "json" {
			qq.Set("format", f)
		}
		out = append(out, download{strings.ToUpper(f), pathQuery(api, qq)})
	}
	return out
}

func statusOf(err error) int {
	switch vigie.ErrorCode(err) {
	case vigie.EINVALID:
		return http.StatusBadRequest
	case vigie.ENOTFOUND:
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

// fieldRow is a field of an incident with the sentences it was read from.
type fieldRow struct {
	Key      string // i18n key
	Values   []string
	Facet    string // for labels, "" when shown as is
	Evidence []vigie.Evidence
}

// incidentView is the incident page's data.
type incidentView struct {
	*vigie.Incident
	Fields      []fieldRow
	Timeline    []vigie.IncidentSource
	Cite        citation
	PlaceLine   string
	Corrections []vigie.Correction
	CurationOn  bool
	Correctable []string // the fields a correction may set
}

// IncidentPage renders one incident: GET /incidents/{id}.
func (p *Pages) IncidentPage(w http.ResponseWriter, r *http.Request) {
	in, err := p.Incidents.FindIncident(r.Context(), r.PathValue("id"))
	if err != nil {
		p.fail(w, r, err)
		return
	}
	v := incidentView{Incident: in, Fields: incidentFields(in), Timeline: timeline(in), PlaceLine: placeLine(in.Victim.Place),
		CurationOn: p.curationOn(), Correctable: curation.Fields}
	v.Cite = cite(in, baseURL(r)+"/incidents/"+url.PathEscape(in.ID), p.now())
	if p.History != nil {
		if v.Corrections, err = p.History(r.Context(), in.ID); err != nil {
			p.fail(w, r, err)
			return
		}
	}
	p.render(w, r, http.StatusOK, "incident", in.Title, v)
}

// incidentFields lists the fields of in, each with its evidence.
func incidentFields(in *vigie.Incident) []fieldRow {
	ev := map[string][]vigie.Evidence{}
	for _, e := range in.Evidence {
		ev[e.Field] = append(ev[e.Field], e)
	}
	names := func(bs []vigie.Body) []string {
		var out []string
		for _, b := range bs {
			out = append(out, firstNonEmpty(b.Official, b.Name))
		}
		return out
	}
	ransom := strings.TrimSpace(strings.Join(nonEmpty(in.Ransom, in.RansomAmount), " — "))
	rows := []fieldRow{
		{Key: "f.victim", Values: nonEmpty(firstNonEmpty(in.Victim.Official, in.Victim.Name)), Evidence: ev["victim"]},
		{Key: "f.kind", Values: nonEmpty(string(in.Victim.Kind)), Facet: "kind"},
		{Key: "f.identity", Values: nonEmpty(in.Victim.Place.INSEE)},
		{Key: "f.place", Values: nonEmpty(placeLine(in.Victim.Place)), Evidence: ev["place"]},
		{Key: "f.start", Values: nonEmpty(stamp(in.Start)), Evidence: ev["start"]},
		{Key: "f.discovered", Values: nonEmpty(stamp(in.Discovered)), Evidence: ev["discovered"]},
		{Key: "f.attack", Values: nonEmpty(string(in.Attack)), Facet: "attack", Evidence: ev["attack"]},
		{Key: "f.group", Values: nonEmpty(in.Group), Evidence: ev["group"]},
		{Key: "f.ransom", Values: nonEmpty(ransom), Evidence: ev["ransom"]},
		{Key: "f.impact", Values: in.Impacts, Facet: "impact", Evidence: ev["impact"]},
		{Key: "f.response", Values: in.Responses, Facet: "response", Evidence: ev["response"]},
		{Key: "f.also_affected", Values: names(in.AlsoAffected), Evidence: ev["also_affected"]},
		{Key: "f.mention", Values: in.Mentions, Evidence: ev["mention"]},
	}
	return rows
}

func placeLine(p vigie.Place) string {
	return strings.Join(nonEmpty(p.Name, p.DepartmentName, p.Region, p.Country), ", ")
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// timeline returns the incident's articles, earliest first.
func timeline(in *vigie.Incident) []vigie.IncidentSource {
	out := slices.Clone(in.Sources)
	slices.SortStableFunc(out, func(a, b vigie.IncidentSource) int { return a.Published.Time.Compare(b.Published.Time) })
	return out
}
