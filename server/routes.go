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
	mux.HandleFunc("GET /feeds/{name}", s.handleFeed) // incidents|articles . atom|rss|json
	mux.HandleFunc("GET /embed/incidents", s.handleEmbedIncidents)
	mux.HandleFunc("GET /embed/incidents/{id}", s.handleEmbedIncident)
	mux.HandleFunc("GET /embed/{file}", s.handleEmbedStatic) // widget.js, frame.js, widget.css
	mux.HandleFunc("GET /oembed", s.handleOEmbed)
	// The weekly digest (package digest).
	mux.HandleFunc("POST /api/subscriptions", s.Digest.Subscribe)
	mux.HandleFunc("GET /subscribe", s.Digest.Form)
	mux.HandleFunc("POST /subscribe", s.Digest.SubmitForm)
	mux.HandleFunc("GET /subscriptions/confirm", s.Digest.Confirm)
	mux.HandleFunc("GET /subscriptions/unsubscribe", s.Digest.AskUnsubscribe)
	mux.HandleFunc("POST /subscriptions/unsubscribe", s.Digest.Unsubscribe)
	mux.HandleFunc("GET /subscriptions/manage", s.Digest.Manage)
	mux.HandleFunc("POST /subscriptions/manage", s.Digest.SaveManage)
	for _, path := range []string{"/healthz", "/api/articles", "/api/articles/{id}", "/api/incidents", "/api/incidents/{id}", "/api/sources"} {
		mux.HandleFunc(path, s.handleMethodNotAllowed)
	}
	mux.HandleFunc("/", s.handleNotFound)
}
