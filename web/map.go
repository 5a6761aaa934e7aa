package web

import (
	"encoding/json"
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
	Counts     regionCounts
}

// regionCounts are the incidents of the map's search per shape of its
// layers of regions: by département ("FR/73") and by region
// ("FR/Auvergne-Rhône-Alpes", "CH/Vaud"), as static/regions.geojson codes
// and names them after the gazetteer.
type regionCounts struct {
	Department map[string]int `json:"department"`
	Region     map[string]int `json:"region"`
}

// JSON returns c as the map's script reads it, from a data attribute.
func (c regionCounts) JSON() string {
	b, _ := json.Marshal(c) // maps of strings to ints always marshal
	return string(b)
}

// countRegions counts incs by their victim's département and region.
func countRegions(incs []*vigie.Incident) regionCounts {
	c := regionCounts{Department: map[string]int{}, Region: map[string]int{}}
	for _, in := range incs {
		p := in.Victim.Place
		if p.Country == "" {
			continue
		}
		if p.Department != "" {
			c.Department[p.Country+"/"+p.Department]++
		}
		if p.Region != "" {
			c.Region[p.Country+"/"+p.Region]++
		}
	}
	return c
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
		v.Incidents, v.Chart, v.Counts = incs, monthChart(incs, pageLang(r)), countRegions(incs)
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
