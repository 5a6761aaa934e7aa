package main

import (
	"context"
	"fmt"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/incident"
)

// sourcesByName indexes the configured sources; articles name theirs.
func sourcesByName(cfg *config.File) map[string]vigie.Source {
	m := map[string]vigie.Source{}
	if cfg != nil {
		for _, s := range cfg.Sources {
			m[s.Name] = s
		}
	}
	return m
}

// analyze reads an article for incidents and stores what it found. A
// page that trips the analysis is reported, never allowed to stop a crawl.
func (a *app) analyze(ctx context.Context, art *vigie.Article, src vigie.Source) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("analyze article %d: panic: %v", art.ID, v)
		}
	}()
	r := incident.Analyze(art, src)
	r.ArticleID = art.ID
	return a.db.SaveReport(ctx, r)
}

// recluster rebuilds the incidents from every stored report, keeping the
// ids of the incidents that still exist, and records them.
func (a *app) recluster(ctx context.Context) ([]*vigie.Incident, error) {
	reports, err := a.db.Reports(ctx)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(reports))
	for i, r := range reports {
		ids[i] = r.ArticleID
	}
	arts, err := a.db.Articles(ctx, ids) // without their text: clustering needs none
	if err != nil {
		return nil, err
	}
	articles := make(map[int64]*vigie.Article, len(arts))
	for _, art := range arts {
		articles[art.ID] = art
	}
	previous, err := a.db.Incidents(ctx)
	if err != nil {
		return nil, err
	}
	incs := incident.Cluster(reports, articles, previous)
	if incs, err = a.applyCorrections(ctx, incs); err != nil { // curators' corrections survive reclustering
		return nil, err
	}
	if err := a.db.ReplaceIncidents(ctx, incs); err != nil {
		return nil, fmt.Errorf("record incidents: %w", err)
	}
	if err := a.incs.Replace(incs); err != nil {
		return incs, fmt.Errorf("index incidents (run vigie reindex): %w", err)
	}
	return incs, nil
}
