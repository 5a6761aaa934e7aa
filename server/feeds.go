package server

import (
	"net/http"
	"slices"
	"strings"

	"github.com/gorilla/feeds"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/syndication"
)

// handleFeed serves a search as a feed (package syndication):
// GET /feeds/incidents.{atom,rss,json}?<the parameters of /api/incidents>
// GET /feeds/articles.{atom,rss,json}?<the parameters of /api/articles>
func (s *Server) handleFeed(w http.ResponseWriter, r *http.Request) {
	kind, ext, _ := strings.Cut(r.PathValue("name"), ".")
	format, err := syndication.ParseFormat(ext)
	if err != nil {
		s.writeError(w, r, vigie.Errorf(vigie.ENOTFOUND, "no feed %q: try /feeds/incidents.atom or /feeds/articles.json", r.PathValue("name")))
		return
	}
	m := syndication.Meta{BaseURL: s.baseURL(r), Path: r.URL.Path, Query: r.URL.RawQuery}
	var feed *feeds.Feed
	switch kind {
	case "incidents":
		feed, err = s.incidentFeed(r, m)
	case "articles":
		feed, err = s.articleFeed(r, m)
	default:
		err = vigie.Errorf(vigie.ENOTFOUND, "no feed of %q: incidents or articles", kind)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	body, err := syndication.Render(feed, format, m.BaseURL+r.URL.RequestURI())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	syndication.Serve(w, r, body, format, feed.Updated)
}

func (s *Server) incidentFeed(r *http.Request, m syndication.Meta) (*feeds.Feed, error) {
	if s.Incidents == nil {
		return nil, vigie.Errorf(vigie.ENOTFOUND, "incidents are not available")
	}
	f, err := parseIncidentFilter(r.URL.Query(), s.location())
	if err != nil {
		return nil, err
	}
	f.NoFacets = true // a feed shows none
	list, err := s.Incidents.FindIncidents(r.Context(), f)
	if err != nil {
		return nil, err
	}
	m.Title, m.Page = feedTitle("Vigie: incidents", r), "/incidents"
	return syndication.Incidents(list, m), nil
}

func (s *Server) articleFeed(r *http.Request, m syndication.Meta) (*feeds.Feed, error) {
	f, err := parseArticleFilter(r.URL.Query(), s.location())
	if err != nil {
		return nil, err
	}
	f.NoFacets = true // a feed shows none
	list, err := s.Articles.FindArticles(r.Context(), f)
	if err != nil {
		return nil, err
	}
	m.Title, m.Page = feedTitle("Vigie: articles", r), "/api/articles"
	return syndication.Articles(list, m), nil
}

// feedTitle names a feed after its search.
func feedTitle(title string, r *http.Request) string {
	var parts []string
	for k, vs := range r.URL.Query() {
		if k != "page" && k != "size" && len(vs) > 0 && vs[0] != "" {
			parts = append(parts, k+"="+vs[0])
		}
	}
	if len(parts) == 0 {
		return title
	}
	slices.Sort(parts)
	return title + " (" + strings.Join(parts, ", ") + ")"
}

// baseURL is the configured public URL, or that of the request.
func (s *Server) baseURL(r *http.Request) string {
	if s.BaseURL != "" {
		return s.BaseURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}
