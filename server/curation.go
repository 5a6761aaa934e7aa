package server

import (
	"crypto/subtle"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/vigie-news/vigie"
)

// maxCorrectionBytes bounds the body of a correction.
const maxCorrectionBytes = 64 << 10

// correctionJSON is the body of a curation request.
type correctionJSON struct {
	Field     string `json:"field"`
	Value     string `json:"value"`
	Into      string `json:"into"`
	ArticleID int64  `json:"article_id"`
	Who       string `json:"who"`
	Why       string `json:"why"`
}

// handleHistory lists the corrections of an incident:
// GET /api/incidents/{id}/history
func (s *Server) handleHistory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := checkIncidentID(id); err != nil {
		s.writeError(w, r, err)
		return
	}
	if s.Curation == nil {
		writeJSON(w, http.StatusOK, map[string]any{"incident": id, "corrections": []vigie.Correction{}})
		return
	}
	cs, err := s.Curation.History(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"incident": id, "corrections": orEmpty(cs)})
}

// handleCorrect records a correction of kind on the incident or article
// of the path: POST /api/incidents/{id}/corrections (field, value),
// /api/incidents/{id}/merge (into), /api/incidents/{id}/split
// (article_id), /api/articles/{id}/not-relevant. Each needs the admin
// token as a bearer token, and who and why.
func (s *Server) handleCorrect(kind vigie.CorrectionKind) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.authorized(w, r) {
			return
		}
		var body correctionJSON
		dec := json.NewDecoder(io.LimitReader(r.Body, maxCorrectionBytes))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&body); err != nil {
			s.writeError(w, r, vigie.Errorf(vigie.EINVALID, "the body must be a JSON object with field, value, into, article_id, who and why: %v", err))
			return
		}
		c := vigie.Correction{Kind: kind, Field: body.Field, Value: body.Value, Into: body.Into, ArticleID: body.ArticleID, Who: body.Who, Why: body.Why}
		if kind == vigie.CorrectNotRelevant {
			id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
			if err != nil || id <= 0 {
				s.writeError(w, r, vigie.Errorf(vigie.EINVALID, "article id %q is not a positive integer", r.PathValue("id")))
				return
			}
			c.ArticleID = id
		} else if c.IncidentID = r.PathValue("id"); checkIncidentID(c.IncidentID) != nil {
			s.writeError(w, r, checkIncidentID(c.IncidentID))
			return
		}
		c, err := s.Curation.Correct(r.Context(), c)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		writeJSON(w, http.StatusCreated, c)
	}
}

// authorized answers 404 when curation is off (no admin token) and 401
// unless the request carries the token; it reports whether to go on.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	if s.AdminToken == "" || s.Curation == nil {
		s.writeError(w, r, vigie.Errorf(vigie.ENOTFOUND, "curation is off: set VIGIE_ADMIN_TOKEN to turn it on"))
		return false
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.AdminToken)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="vigie curation"`)
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "curation needs the admin token: Authorization: Bearer <VIGIE_ADMIN_TOKEN>"})
		return false
	}
	return true
}

// redirectMerged answers 301 to the surviving incident when the incident
// of the path was merged into another; else it calls next.
func (s *Server) redirectMerged(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.Curation != nil {
			if into, err := s.Curation.MergedInto(r.Context(), r.PathValue("id")); err == nil && into != "" {
				u := *r.URL
				u.Path = strings.TrimSuffix(u.Path, r.PathValue("id")) + into
				http.Redirect(w, r, u.String(), http.StatusMovedPermanently)
				return
			}
		}
		next(w, r)
	}
}
