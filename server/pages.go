package server

import "net/http"

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
}
