package server

import "net/http"

// routes lists every route of the API.
func (s *Server) routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", s.handleHealth)
	mux.HandleFunc("GET /api/articles", s.handleArticles)
	mux.HandleFunc("GET /api/articles/{id}", s.handleArticle)
	mux.HandleFunc("GET /api/sources", s.handleSources)
	mux.HandleFunc("/", s.handleNotFound)
}
