package pipeline

import (
	"cmp"
	"context"
	"fmt"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/incident"
)

// incidentsLock is the lock (store.DB.Exclusive) of the processes that
// read, recluster and write the incidents.
const incidentsLock = "vigie incidents"

// SourcesByName indexes the configured sources; articles name theirs.
func SourcesByName(cfg *config.File) map[string]vigie.Source {
	m := map[string]vigie.Source{}
	if cfg != nil {
		for _, s := range cfg.Sources {
			m[s.Name] = s
		}
	}
	return m
}

// Analyze reads an article for incidents and stores what it found. A
// page that trips the analysis is reported, never allowed to stop a crawl.
func (a *App) Analyze(ctx context.Context, art *vigie.Article, src vigie.Source) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("analyze article %d: panic: %v", art.ID, v)
		}
	}()
	r := incident.Analyze(art, src)
	r.ArticleID = art.ID
	return a.DB.SaveReport(ctx, r, incident.Keys(r)...)
}

// Recluster rebuilds the incidents from every stored report, keeping the
// ids of the incidents that still exist, and records them with every
// report's keys.
func (a *App) Recluster(ctx context.Context) ([]*vigie.Incident, error) {
	reports, err := a.DB.Reports(ctx)
	if err != nil {
		return nil, err
	}
	articles, err := a.articlesOf(ctx, reports)
	if err != nil {
		return nil, err
	}
	previous, err := a.DB.Incidents(ctx)
	if err != nil {
		return nil, err
	}
	incs := incident.Cluster(reports, articles, previous)
	if incs, err = a.applyCorrections(ctx, incs); err != nil { // curators' corrections survive reclustering
		return nil, err
	}
	keys := make(map[int64][]string, len(reports))
	for _, r := range reports {
		keys[r.ArticleID] = incident.Keys(r)
	}
	if err := a.DB.SetReportKeys(ctx, keys); err != nil {
		return nil, err
	}
	if err := a.DB.ReplaceIncidents(ctx, incs); err != nil {
		return nil, fmt.Errorf("record incidents: %w", err)
	}
	if a.IncidentIndex == nil { // a crawl worker: the replicas index
		return incs, nil
	}
	if err := a.IncidentIndex.Replace(incs); err != nil {
		return incs, fmt.Errorf("index incidents (run vigie reindex): %w", err)
	}
	return incs, StampIncidents(ctx, a.DB, a.IncidentIndex)
}

// articlesOf reads the articles of reports, without their text:
// clustering needs none.
func (a *App) articlesOf(ctx context.Context, reports []vigie.Report) (map[int64]*vigie.Article, error) {
	ids := make([]int64, len(reports))
	for i, r := range reports {
		ids[i] = r.ArticleID
	}
	arts, err := a.DB.Articles(ctx, ids)
	if err != nil {
		return nil, err
	}
	articles := make(map[int64]*vigie.Article, len(arts))
	for _, art := range arts {
		articles[art.ID] = art
	}
	return articles, nil
}

// UpdateIncidents reclusters what the articles changed can affect: the
// reports that share a key with theirs, or an incident, transitively,
// and the incidents of those reports. It gives the incidents a full
// recluster would, reading and writing only those. A store whose
// reports have no keys yet is reclustered whole, once.
// On PostgreSQL, the processes that update the incidents take turns
// (incidentsLock).
func (a *App) UpdateIncidents(ctx context.Context, changed []int64) (n int, err error) {
	if len(changed) == 0 {
		return 0, nil
	}
	err = a.DB.Exclusive(ctx, incidentsLock, func() error {
		n, err = a.updateIncidents(ctx, changed)
		return err
	})
	return n, err
}

func (a *App) updateIncidents(ctx context.Context, changed []int64) (n int, err error) {
	if unkeyed, err := a.DB.UnkeyedReports(ctx); err != nil {
		return 0, err
	} else if unkeyed > 0 {
		incs, err := a.Recluster(ctx)
		return len(incs), err
	}
	reports, err := a.component(ctx, changed)
	if err != nil {
		return 0, err
	}
	ids := make([]int64, len(reports))
	for i, r := range reports {
		ids[i] = r.ArticleID
	}
	previous, err := a.DB.IncidentsOfArticles(ctx, append(ids, changed...))
	if err != nil {
		return 0, err
	}
	old := make([]string, len(previous))
	replaced := map[string]bool{}
	for i, p := range previous {
		old[i], replaced[p.ID] = p.ID, true
	}
	articles, err := a.articlesOf(ctx, reports)
	if err != nil {
		return 0, err
	}
	var lookup error
	taken := func(id string) bool { // by an incident this update leaves as it is
		found, err := a.DB.HasIncident(ctx, id)
		lookup = cmp.Or(lookup, err)
		return found && !replaced[id]
	}
	incs := incident.Group(reports, articles, previous, taken).Incidents
	if lookup != nil {
		return 0, lookup
	}
	if incs, err = a.applyCorrections(ctx, incs); err != nil {
		return 0, err
	}
	if err := a.DB.UpdateIncidents(ctx, old, incs); err != nil {
		return 0, fmt.Errorf("record incidents: %w", err)
	}
	if a.IncidentIndex == nil { // a crawl worker: the replicas index
		return len(incs), nil
	}
	if err := a.IncidentIndex.Update(old, incs); err != nil {
		return len(incs), fmt.Errorf("index incidents (run vigie reindex): %w", err)
	}
	return len(incs), StampIncidents(ctx, a.DB, a.IncidentIndex)
}

// component returns the reports of the articles ids and of every article
// linked to them, transitively, by a report key or a shared incident.
func (a *App) component(ctx context.Context, ids []int64) ([]vigie.Report, error) {
	seen := map[int64]bool{}
	keys := map[string]bool{}
	var out []vigie.Report
	for frontier := ids; len(frontier) > 0; {
		reports, err := a.DB.ReportsOf(ctx, frontier)
		if err != nil {
			return nil, err
		}
		for _, id := range frontier {
			seen[id] = true
		}
		var newKeys []string
		for _, r := range reports {
			out = append(out, r)
			for _, k := range incident.Reach(r) {
				if !keys[k] {
					keys[k] = true
					newKeys = append(newKeys, k)
				}
			}
		}
		byKey, err := a.DB.ArticlesWithKeys(ctx, newKeys)
		if err != nil {
			return nil, err
		}
		byIncident, err := a.DB.ArticlesOfIncidentsOf(ctx, frontier)
		if err != nil {
			return nil, err
		}
		frontier = nil
		for _, id := range append(byKey, byIncident...) {
			if !seen[id] {
				seen[id] = true
				frontier = append(frontier, id)
			}
		}
	}
	return out, nil
}
