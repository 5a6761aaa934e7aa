package web

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/vigie-news/vigie"
)

// mapView is the map page's data.
type mapView struct {
	Query      string // of the search shown, for the GeoJSON download
	Chart      template.HTML
	Incidents  []*vigie.Incident
	TileURL    string
	Error      string
	GeoJSONURL string
}

// MapPage renders the map of incidents and the chart per month: GET /map. The
// map is drawn by static/map.js from the search's GeoJSON; the chart and
// the list are drawn here, for readers without JavaScript.
func (p *Pages) MapPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	q.Del("hl")
	q.Del("page")
	q.Del("size")
	v := mapView{TileURL: p.TileURL}
	f, err := p.incidentFilter(q)
	var incs []*vigie.Incident
	if err == nil {
		incs, err = allIncidents(r.Context(), p.Incidents, f)
	}
	status := http.StatusOK
	if err != nil {
		v.Error, status = vigie.ErrorMessage(err), statusOf(err)
	} else {
		v.Incidents, v.Chart = incs, monthChart(incs, pageLang(r))
	}
	gq := apiQuery(q, f)
	for k, vs := range gq {
		if len(vs) == 1 && vs[0] == "" {
			delete(gq, k)
		}
	}
	gq.Set("format", "geojson")
	v.GeoJSONURL = pathQuery("/api/incidents", gq)
	v.Query = strings.TrimPrefix(pathQuery("", q), "?")
	p.render(w, r, status, "map", translate(pageLang(r), "map.title"), v)
}

// Dictionary renders the data dictionary: GET /dictionary.
func (p *Pages) Dictionary(w http.ResponseWriter, r *http.Request) {
	p.render(w, r, http.StatusOK, "dictionary", translate(pageLang(r), "dictionary.title"), dictionary)
}
