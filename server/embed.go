package server

import (
	"bytes"
	"net/http"
	"net/url"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/syndication"
	"github.com/vigie-news/vigie/widget"
)

// handleEmbedIncidents serves the latest incidents of a search as a page
// for an iframe (package widget):
// GET /embed/incidents?<the parameters of /api/incidents>&limit=5&lang=fr|en&theme=light|dark|auto&frame=
func (s *Server) handleEmbedIncidents(w http.ResponseWriter, r *http.Request) {
	if !s.incidentsAvailable(w, r) {
		return
	}
	q := r.URL.Query()
	opts, err := widget.ParseOptions(q)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	f, err := parseIncidentFilter(q, s.location())
	if err == nil {
		f.Page = 1
		f.Size, err = intParam(q, "limit", widget.DefaultLimit, 1, widget.MaxLimit)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	f.NoFacets = true // the widget shows none
	list, err := s.Incidents.FindIncidents(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	base, search := s.baseURL(r), searchQuery(q)
	p := widget.Page{Options: opts, BaseURL: base, MoreURL: base + "/incidents" + search}
	p.Discovery = syndication.DiscoveryLinks(base, "incidents", search[min(1, len(search)):], "Vigie") +
		widget.OEmbedLink(base, base+"/incidents"+search, "Vigie")
	s.writeEmbed(w, r, p, list.Incidents)
}

// handleEmbedIncident serves one incident as a page for an iframe:
// GET /embed/incidents/{id}?lang=&theme=&frame=
func (s *Server) handleEmbedIncident(w http.ResponseWriter, r *http.Request) {
	if !s.incidentsAvailable(w, r) {
		return
	}
	opts, err := widget.ParseOptions(r.URL.Query())
	id := r.PathValue("id")
	if err == nil {
		err = checkIncidentID(id)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	in, err := s.Incidents.FindIncident(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	base := s.baseURL(r)
	page := base + "/incidents/" + url.PathEscape(id)
	p := widget.Page{Options: opts, BaseURL: base, Title: in.Title, MoreURL: page, Discovery: widget.OEmbedLink(base, page, in.Title)}
	s.writeEmbed(w, r, p, []*vigie.Incident{in})
}

// searchQuery keeps of q the parameters of the search, as "?…" or "".
func searchQuery(q url.Values) string {
	out := url.Values{}
	for _, k := range []string{"q", "region", "country", "department", "attack", "kind", "in_scope", "from", "to", "near", "km"} {
		if v := q.Get(k); v != "" {
			out.Set(k, v)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "?" + out.Encode()
}

func (s *Server) writeEmbed(w http.ResponseWriter, r *http.Request, p widget.Page, incs []*vigie.Incident) {
	var b bytes.Buffer
	if err := widget.Render(&b, p, incs); err != nil {
		s.writeError(w, r, err)
		return
	}
	ancestors, err := widget.FrameAncestors(s.FrameAncestors)
	if err != nil {
		ancestors = "'none'"
	}
	widget.SetHeaders(w.Header(), ancestors)
	_, _ = w.Write(b.Bytes())
}

// handleEmbedStatic serves the embed's script for host pages, and the
// script and style of its iframe: GET /embed/{file}
func (s *Server) handleEmbedStatic(w http.ResponseWriter, r *http.Request) {
	if !widget.ServeStatic(w, r, r.PathValue("file")) {
		s.handleNotFound(w, r)
	}
}

// handleOEmbed answers oEmbed consumers about an incident or search URL:
// GET /oembed?url=&format=json&maxwidth=&maxheight=
func (s *Server) handleOEmbed(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if f := q.Get("format"); f != "" && f != "json" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		http.Error(w, "only format=json is implemented", http.StatusNotImplemented)
		return
	}
	base := s.baseURL(r)
	t, err := widget.ParseTarget(q.Get("url"), base)
	mw, errW := widget.Size(q, "maxwidth")
	mh, errH := widget.Size(q, "maxheight")
	if err = firstError(err, errW, errH); err != nil {
		s.writeError(w, r, err)
		return
	}
	title := "Vigie"
	if t.IncidentID != "" {
		in, err := s.findIncident(r, t.IncidentID)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		title = in.Title
	}
	writeJSON(w, http.StatusOK, widget.NewOEmbed(t, base, title, mw, mh))
}

func (s *Server) findIncident(r *http.Request, id string) (*vigie.Incident, error) {
	if s.Incidents == nil {
		return nil, vigie.Errorf(vigie.ENOTFOUND, "incidents are not available")
	}
	if err := checkIncidentID(id); err != nil {
		return nil, vigie.Errorf(vigie.ENOTFOUND, "no incident %q", id)
	}
	return s.Incidents.FindIncident(r.Context(), id)
}

func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
