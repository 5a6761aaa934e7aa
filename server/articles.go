package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/vigie-news/vigie"
)

// articleJSON is an article as the API shows it.
type articleJSON struct {
	ID           int64           `json:"id"`
	URL          string          `json:"url"`
	CanonicalURL string          `json:"canonical_url,omitempty"`
	Title        string          `json:"title"`
	Published    vigie.Timestamp `json:"published"`
	Lang         string          `json:"lang"`
	Site         string          `json:"site"`
	Source       string          `json:"source"`
	Authors      []string        `json:"authors"`
	Excerpt      string          `json:"excerpt,omitempty"`
	Text         string          `json:"text,omitempty"`
	Relevant     bool            `json:"relevant"`
	Incidents    []string        `json:"incidents"`
	FetchedAt    time.Time       `json:"fetched_at"`
	UpdatedAt    time.Time       `json:"updated_at"`
}

func toJSON(a *vigie.Article) articleJSON {
	j := articleJSON{
		ID: a.ID, URL: a.URL, CanonicalURL: a.CanonicalURL, Title: a.Title, Published: a.Published,
		Lang: a.Lang, Site: a.Site, Source: a.Source, Authors: a.Authors, Excerpt: a.Excerpt, Text: a.Text,
		Relevant: a.Relevant, Incidents: a.Incidents, FetchedAt: a.FetchedAt, UpdatedAt: a.UpdatedAt,
	}
	if j.Authors == nil {
		j.Authors = []string{}
	}
	if j.Incidents == nil {
		j.Incidents = []string{}
	}
	return j
}

// handleArticles searches articles: GET /api/articles?q=&lang=&site=&from=&to=&page=&size=&format=
func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := ParseArticleQuery(q, s.location())
	format := FormatJSON
	if err == nil {
		format, err = negotiate(q.Get("format"), r.Header.Get("Accept"), []string{FormatJSON, FormatCSV, FormatJSONL})
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if format != FormatJSON {
		s.exportArticles(w, r, f, format, q.Has("page") || q.Has("size"))
		return
	}
	list, err := s.Articles.FindArticles(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := struct {
		Total    int                           `json:"total"`
		Page     int                           `json:"page"`
		Size     int                           `json:"size"`
		Next     *string                       `json:"next"`
		Prev     *string                       `json:"prev"`
		Fuzzy    bool                          `json:"fuzzy"`
		Articles []articleJSON                 `json:"articles"`
		Facets   map[string][]vigie.FacetCount `json:"facets"`
	}{Total: list.Total, Page: list.Page, Size: list.Size, Articles: []articleJSON{}, Facets: list.Facets, Fuzzy: list.Fuzzy}
	out.Prev, out.Next = pageLinks(r.URL, list.Total, list.Page, list.Size)
	for _, a := range list.Articles {
		j := toJSON(a)
		j.Text = ""
		out.Articles = append(out.Articles, j)
	}
	writeJSON(w, http.StatusOK, out)
}

// handleArticle returns one article with its text: GET /api/articles/{id}
func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.writeError(w, r, vigie.Errorf(vigie.EINVALID, "article id %q is not a positive integer", r.PathValue("id")))
		return
	}
	a, err := s.Articles.FindArticle(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, toJSON(a))
}

// handleSources lists the sources' fetch state: GET /api/sources
func (s *Server) handleSources(w http.ResponseWriter, r *http.Request) {
	states, err := s.Sources.SourceStates(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	type sourceJSON struct {
		Name        string     `json:"name"`
		LastFetch   *time.Time `json:"last_fetch"`
		LastSuccess *time.Time `json:"last_success"`
		LastStatus  int        `json:"last_status"`
		LastError   string     `json:"last_error,omitempty"`
		Failures    int        `json:"consecutive_failures"`
		Items       int        `json:"items"`
		RetryAt     *time.Time `json:"retry_at,omitempty"` // back-off after failures
		Disabled    string     `json:"disabled,omitempty"` // why it is no longer crawled
	}
	out := []sourceJSON{}
	for _, st := range states {
		out = append(out, sourceJSON{st.Source, timePtr(st.LastFetch), timePtr(st.LastSuccess), st.LastStatus, st.LastError, st.Failures, st.Items,
			timePtr(st.RetryAt), st.Disabled})
	}
	writeJSON(w, http.StatusOK, map[string]any{"sources": out})
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// handleHealth answers GET /healthz.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	if s.Health != nil {
		if err := s.Health(r.Context()); err != nil {
			s.logger().Error("health check failed", "err", err)
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable"})
			return
		}
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// handleMethodNotAllowed answers a known path asked with another method.
func (s *Server) handleMethodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "method " + r.Method + " not allowed; use GET"})
}

func (s *Server) handleNotFound(w http.ResponseWriter, r *http.Request) {
	s.writeError(w, r, vigie.Errorf(vigie.ENOTFOUND, "no route %s %s", r.Method, r.URL.Path))
}
