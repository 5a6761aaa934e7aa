package vigie

import (
	"context"
	"time"
)

// CorrectionKind is what a curator's correction does.
type CorrectionKind string

// Correction kinds.
const (
	CorrectField       CorrectionKind = "field"        // set Field of IncidentID to Value
	CorrectNotRelevant CorrectionKind = "not-relevant" // ArticleID reports no attack: out of every incident
	CorrectMerge       CorrectionKind = "merge"        // IncidentID is the same attack as Into
	CorrectSplit       CorrectionKind = "split"        // ArticleID reports another attack than IncidentID
)

// Correction is a curator's fix of the record, kept with who made it, when
// and why. Corrections are applied after every clustering, so that they
// survive reprocessing and recrawls.
type Correction struct {
	ID         int64          `json:"id"`
	Kind       CorrectionKind `json:"kind"`
	IncidentID string         `json:"incident_id,omitempty"`
	Field      string         `json:"field,omitempty"`
	Value      string         `json:"value,omitempty"`
	ArticleID  int64          `json:"article_id,omitempty"`
	Into       string         `json:"into,omitempty"` // merge: the surviving incident
	Who        string         `json:"who"`
	Why        string         `json:"why"`
	At         time.Time      `json:"at"`
}

// CurationService records corrections and answers for them.
type CurationService interface {
	// Correct checks, stores and applies c, returning it with its id and time.
	Correct(ctx context.Context, c Correction) (Correction, error)
	// History returns the corrections of an incident, oldest first.
	History(ctx context.Context, incidentID string) ([]Correction, error)
	// MergedInto returns the incident id was merged into, "" when none.
	MergedInto(ctx context.Context, id string) (string, error)
}
