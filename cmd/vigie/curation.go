package main

import (
	"context"
	"fmt"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/curation"
)

// applyCorrections applies every stored correction to freshly clustered
// incidents, so that curators' work survives reprocessing and recrawls.
func (a *app) applyCorrections(ctx context.Context, incs []*vigie.Incident) ([]*vigie.Incident, error) {
	cs, err := a.db.Corrections(ctx)
	if err != nil || len(cs) == 0 {
		return incs, err
	}
	out, _ := curation.Apply(incs, cs)
	return out, nil
}

// Correct checks and stores a correction, then applies it to the stored
// incidents and the index at once.
func (a *app) Correct(ctx context.Context, c vigie.Correction) (vigie.Correction, error) {
	if err := curation.Check(c); err != nil {
		return c, err
	}
	incs, err := a.db.Incidents(ctx)
	if err != nil {
		return c, err
	}
	for _, id := range []string{c.IncidentID, c.Into} {
		if id != "" && !hasIncident(incs, id) {
			return c, vigie.Errorf(vigie.ENOTFOUND, "incident %q not found", id)
		}
	}
	if err := a.db.AddCorrection(ctx, &c); err != nil {
		return c, err
	}
	incs, _ = curation.Apply(incs, []vigie.Correction{c})
	if err := a.db.ReplaceIncidents(ctx, incs); err != nil {
		return c, fmt.Errorf("record corrected incidents: %w", err)
	}
	if err := a.incs.Replace(incs); err != nil {
		return c, err
	}
	return c, stampIncidents(ctx, a.db, a.incs)
}

func hasIncident(incs []*vigie.Incident, id string) bool {
	for _, in := range incs {
		if in.ID == id {
			return true
		}
	}
	return false
}

// History returns the corrections of an incident, oldest first.
func (a *app) History(ctx context.Context, id string) ([]vigie.Correction, error) {
	var articles []int64
	if in, err := a.db.Incident(ctx, id); err == nil {
		for _, s := range in.Sources {
			articles = append(articles, s.ArticleID)
		}
	}
	return a.db.CorrectionsOf(ctx, id, articles)
}

// MergedInto returns the incident id now lives in after merges, "" when
// it was never merged.
func (a *app) MergedInto(ctx context.Context, id string) (string, error) {
	cs, err := a.db.Corrections(ctx)
	if err != nil {
		return "", err
	}
	merged := map[string]string{}
	for _, c := range cs {
		if c.Kind == vigie.CorrectMerge {
			merged[c.IncidentID] = c.Into
		}
	}
	into, ok := merged[id]
	for i := 0; ok && i < len(merged); i++ {
		next, more := merged[into]
		if !more {
			break
		}
		into = next
	}
	return into, nil
}
