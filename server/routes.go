package server

import "net/http"

// routes lists every route of the API.
func (s *Server) routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", s.handleHealth)
	mux.HandleFunc("GET /readyz", s.handleReady)
	mux.HandleFunc("GET /metrics", s.handleMetrics)
	mux.HandleFunc("POST /admin/reindex", s.handleReindex)
	mux.HandleFunc("GET /api/articles", s.handleArticles)
	mux.HandleFunc("GET /api/articles/{id}", s.handleArticle)
	mux.HandleFunc("GET /api/incidents", s.handleIncidents)
	mux.HandleFunc("GET /api/incidents/{id}", s.handleIncident)
	mux.HandleFunc("GET /api/sources", s.handleSources)
	for _, path := range []string{"/healthz", "/api/articles", "/api/articles/{id}", "/api/incidents", "/api/incidents/{id}", "/api/sources"} {
		mux.HandleFunc(path, s.handleMethodNotAllowed)
	}
	mux.HandleFunc("/", s.handleNotFound)
}
