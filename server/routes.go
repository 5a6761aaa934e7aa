package server

import (
	"net/http"

	"github.com/vigie-news/vigie"
)

// routes lists every route of the API.
func (s *Server) routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", s.handleHealth)
	mux.HandleFunc("GET /readyz", s.handleReady)
	mux.HandleFunc("GET /metrics", s.handleMetrics)
	mux.HandleFunc("POST /admin/reindex", s.handleReindex)
	mux.HandleFunc("GET /api/articles", cached("60", s.handleArticles))
	mux.HandleFunc("GET /api/articles/{id}", cached("60", s.handleArticle))
	mux.HandleFunc("GET /api/incidents", cached("60", s.handleIncidents))
	mux.HandleFunc("GET /api/incidents.csv", s.handleIncidentsAs(FormatCSV))
	mux.HandleFunc("GET /api/incidents.jsonl", s.handleIncidentsAs(FormatJSONL))
	mux.HandleFunc("GET /api/incidents.geojson", s.handleIncidentsAs(FormatGeoJSON))
	mux.HandleFunc("GET /api/incidents/{id}", s.redirectMerged(cached("60", s.handleIncident)))
	mux.HandleFunc("GET /api/incidents/{id}/history", cached("60", s.handleHistory))
	mux.HandleFunc("POST /api/incidents/{id}/corrections", s.handleCorrect(vigie.CorrectField))
	mux.HandleFunc("POST /api/incidents/{id}/merge", s.handleCorrect(vigie.CorrectMerge))
	mux.HandleFunc("POST /api/incidents/{id}/split", s.handleCorrect(vigie.CorrectSplit))
	mux.HandleFunc("POST /api/articles/{id}/not-relevant", s.handleCorrect(vigie.CorrectNotRelevant))
	mux.HandleFunc("GET /api/sources", cached("60", s.handleSources))
	mux.HandleFunc("GET /api/openapi.json", cached("3600", s.handleOpenAPI))
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
	for _, path := range []string{"/healthz", "/api/articles", "/api/articles/{id}", "/api/incidents", "/api/incidents/{id}", "/api/sources",
		"/api/incidents.csv", "/api/incidents.jsonl", "/api/incidents.geojson", "/api/openapi.json"} {
		mux.HandleFunc(path, s.handleMethodNotAllowed)
	}
	if p := s.Pages; p != nil { // the researchers' pages (package web)
		mux.HandleFunc("GET /{$}", cached("0", p.Home))
		mux.HandleFunc("GET /incidents", cached("0", p.IncidentSearch))
		mux.HandleFunc("GET /incidents/{id}", s.redirectMerged(cached("0", p.IncidentPage)))
		mux.HandleFunc("GET /articles", cached("0", p.ArticleSearch))
		mux.HandleFunc("GET /articles/{id}", cached("0", p.ArticlePage))
		mux.HandleFunc("GET /map", cached("0", p.MapPage))
		mux.HandleFunc("GET /sources", cached("0", p.SourcesPage))
		mux.HandleFunc("GET /sources.opml", cached("0", p.SourcesOPML))
		mux.HandleFunc("GET /dictionary", cached("3600", p.Dictionary))
		mux.HandleFunc("GET /static/", p.Static)
		mux.HandleFunc("POST /incidents/{id}/correct", p.CorrectForm)
	}
	mux.HandleFunc("/", s.handleNotFoundPage)
}
