package pipeline

import (
	"context"
	"fmt"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/curation"
)

// applyCorrections applies every stored correction to freshly clustered
// incidents, so that curators' work survives reprocessing and recrawls.
func (a *App) applyCorrections(ctx context.Context, incs []*vigie.Incident) ([]*vigie.Incident, error) {
	cs, err := a.DB.Corrections(ctx)
	if err != nil || len(cs) == 0 {
		return incs, err
	}
	out, _ := curation.Apply(incs, cs)
	return out, nil
}

// Correct checks and stores a correction, then applies it to the stored
// incidents and the index at once. On PostgreSQL it takes its turn with the
// crawl workers' incident updates.
func (a *App) Correct(ctx context.Context, c vigie.Correction) (out vigie.Correction, err error) {
	if err := curation.Check(c); err != nil {
		return c, err
	}
	err = a.DB.Exclusive(ctx, incidentsLock, func() error {
		out, err = a.correct(ctx, c)
		return err
	})
	return out, err
}

func (a *App) correct(ctx context.Context, c vigie.Correction) (vigie.Correction, error) {
	incs, err := a.DB.Incidents(ctx)
	if err != nil {
		return c, err
	}
	for _, id := range []string{c.IncidentID, c.Into} {
		if id != "" && !hasIncident(incs, id) {
			return c, vigie.Errorf(vigie.ENOTFOUND, "incident %q not found", id)
		}
	}
	if err := a.DB.AddCorrection(ctx, &c); err != nil {
		return c, err
	}
	incs, _ = curation.Apply(incs, []vigie.Correction{c})
	if err := a.DB.ReplaceIncidents(ctx, incs); err != nil {
		return c, fmt.Errorf("record corrected incidents: %w", err)
	}
	if err := a.IncidentIndex.Replace(incs); err != nil {
		return c, err
	}
	return c, StampIncidents(ctx, a.DB, a.IncidentIndex)
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
func (a *App) History(ctx context.Context, id string) ([]vigie.Correction, error) {
	var articles []int64
	if in, err := a.DB.Incident(ctx, id); err == nil {
		for _, s := range in.Sources {
			articles = append(articles, s.ArticleID)
		}
	}
	return a.DB.CorrectionsOf(ctx, id, articles)
}

// MergedInto returns the incident id now lives in after merges, "" when
// it was never merged.
func (a *App) MergedInto(ctx context.Context, id string) (string, error) {
	cs, err := a.DB.Corrections(ctx)
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
