package server

import (
	"net/http"
	"strings"
)

// Pages are the researchers' HTML pages (package web), mounted at / by
// routes.go. Each method is a handler.
type Pages interface {
	Home(http.ResponseWriter, *http.Request)
	IncidentSearch(http.ResponseWriter, *http.Request)
	IncidentPage(http.ResponseWriter, *http.Request)
	ArticleSearch(http.ResponseWriter, *http.Request)
	ArticlePage(http.ResponseWriter, *http.Request)
	MapPage(http.ResponseWriter, *http.Request)
	SourcesPage(http.ResponseWriter, *http.Request)
	SourcesOPML(http.ResponseWriter, *http.Request)
	Dictionary(http.ResponseWriter, *http.Request)
	Static(http.ResponseWriter, *http.Request)
	CorrectForm(http.ResponseWriter, *http.Request)
	// NotFound answers a path no route serves, for a browser.
	NotFound(http.ResponseWriter, *http.Request)
}

// handleNotFoundPage answers a path no route serves: a page for a browser
// outside /api/, JSON otherwise.
func (s *Server) handleNotFoundPage(w http.ResponseWriter, r *http.Request) {
	if s.Pages != nil && !strings.HasPrefix(r.URL.Path, "/api/") && strings.Contains(r.Header.Get("Accept"), "text/html") {
		s.Pages.NotFound(w, r)
		return
	}
	s.handleNotFound(w, r)
}
