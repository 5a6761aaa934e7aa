package server

import (
	"net/http"
	"time"

	"github.com/vigie-news/vigie"
)

// incidentJSON is an incident as a list shows it: vigie.Incident without
// its evidence, lists never null.
type incidentJSON struct {
	ID            string                 `json:"id"`
	Title         string                 `json:"title"`
	Summary       string                 `json:"summary"`
	Victim        vigie.Body             `json:"victim"`
	Attack        vigie.AttackType       `json:"attack"`
	Group         string                 `json:"group,omitempty"`
	Start         vigie.Timestamp        `json:"start"`
	Discovered    vigie.Timestamp        `json:"discovered"`
	AlsoAffected  []vigie.Body           `json:"also_affected"`
	Impacts       []string               `json:"impacts"`
	Responses     []string               `json:"responses"`
	Ransom        string                 `json:"ransom,omitempty"`
	RansomAmount  string                 `json:"ransom_amount,omitempty"`
	Mentions      []string               `json:"mentions"`
	InScope       bool                   `json:"in_scope"`
	Confidence    float64                `json:"confidence"`
	FirstReported time.Time              `json:"first_reported"`
	LastUpdated   time.Time              `json:"last_updated"`
	Sources       []vigie.IncidentSource `json:"sources"`
	DistanceKm    *float64               `json:"distance_km,omitempty"` // with near=
	Snippet       string                 `json:"snippet,omitempty"`     // with q=: the matched passage, words in <mark>
}

// incidentDetailJSON is an incident as GET /api/incidents/{id} shows it,
// with its evidence.
type incidentDetailJSON struct {
	incidentJSON
	Evidence []vigie.Evidence `json:"evidence"`
}

func toIncidentJSON(in *vigie.Incident) incidentJSON {
	return incidentJSON{
		ID: in.ID, Title: in.Title, Summary: in.Summary, Victim: in.Victim, Attack: in.Attack, Group: in.Group,
		Start: in.Start, Discovered: in.Discovered, AlsoAffected: orEmpty(in.AlsoAffected), Impacts: orEmpty(in.Impacts),
		Responses: orEmpty(in.Responses), Ransom: in.Ransom, RansomAmount: in.RansomAmount, Mentions: orEmpty(in.Mentions),
		InScope: in.InScope, Confidence: Round2(in.Confidence), FirstReported: in.FirstReported, LastUpdated: in.LastUpdated,
		Sources: orEmpty(in.Sources),
	}
}

// orEmpty returns vs, or an empty list when nil, so that JSON shows [].
func orEmpty[T any](vs []T) []T {
	if vs == nil {
		return []T{}
	}
	return vs
}

// handleIncident returns one incident with its sources and evidence:
// GET /api/incidents/{id}
func (s *Server) handleIncident(w http.ResponseWriter, r *http.Request) {
	if !s.incidentsAvailable(w, r) {
		return
	}
	id := r.PathValue("id")
	if err := checkIncidentID(id); err != nil {
		s.writeError(w, r, err)
		return
	}
	in, err := s.Incidents.FindIncident(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, incidentDetailJSON{toIncidentJSON(in), orEmpty(in.Evidence)})
}

// incidentsAvailable answers 404 and reports false when the server has no
// incident service.
func (s *Server) incidentsAvailable(w http.ResponseWriter, r *http.Request) bool {
	if s.Incidents == nil {
		s.writeError(w, r, vigie.Errorf(vigie.ENOTFOUND, "incidents are not available"))
		return false
	}
	return true
}
