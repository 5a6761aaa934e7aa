package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/vigie-news/vigie"
)

// SaveReport stores what the incident analysis read in an article,
// whether the article is relevant, and the report's keys (the identities
// of the bodies it says were hit, which incremental clustering follows).
func (db *DB) SaveReport(ctx context.Context, r vigie.Report, keys ...string) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("store: save report of article %d: %w", r.ArticleID, err)
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE articles SET relevant = ? WHERE id = ?`, r.Relevant, r.ArticleID)
		if err := checkUpdated(res, err, r.ArticleID, "save report of"); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO reports (article_id, relevant, report, analyzed_at, keyed) VALUES (?, ?, ?, ?, 1)
			ON CONFLICT (article_id) DO UPDATE SET relevant = excluded.relevant, report = excluded.report,
			analyzed_at = excluded.analyzed_at, keyed = 1`,
			r.ArticleID, r.Relevant, string(b), timeValue(db.now())); err != nil {
			return fmt.Errorf("store: save report of article %d: %w", r.ArticleID, err)
		}
		if err := setKeys(ctx, tx, r.ArticleID, keys); err != nil {
			return fmt.Errorf("store: save report of article %d: %w", r.ArticleID, err)
		}
		return nil
	})
}

// Reports returns every stored report, by article id.
func (db *DB) Reports(ctx context.Context) ([]vigie.Report, error) {
	return db.reports(ctx, `SELECT report FROM reports ORDER BY article_id`)
}

func (db *DB) reports(ctx context.Context, query string, args ...any) ([]vigie.Report, error) {
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: reports: %w", err)
	}
	defer rows.Close()
	var out []vigie.Report
	for rows.Next() {
		var s string
		var r vigie.Report
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("store: reports: %w", err)
		}
		if err := json.Unmarshal([]byte(s), &r); err != nil {
			return nil, fmt.Errorf("store: report: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// followedRelevance makes relevant the articles whose report found no
// attack on a local authority but that clustering joined to an in-scope
// incident (a follow-up tracked by the names it spells), and not relevant
// again those it no longer joins. Articles whose report is relevant stay so.
const followedRelevance = `UPDATE articles SET relevant = CASE WHEN EXISTS (SELECT 1 FROM incident_articles ia
	JOIN incidents i ON i.id = ia.incident_id WHERE ia.article_id = articles.id AND i.in_scope = 1) THEN 1 ELSE 0 END
	WHERE id IN (SELECT article_id FROM reports WHERE relevant = 0)`

// ReplaceIncidents makes incs the whole set of incidents, in one
// transaction, and records on each article the incidents it reports.
func (db *DB) ReplaceIncidents(ctx context.Context, incs []*vigie.Incident) error {
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{`DELETE FROM incident_articles`, `DELETE FROM incidents`, `UPDATE articles SET incidents = '[]'`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		byArticle := map[int64][]string{}
		for _, in := range incs {
			if err := insertIncident(ctx, tx, in); err != nil {
				return err
			}
			for _, s := range in.Sources {
				byArticle[s.ArticleID] = append(byArticle[s.ArticleID], in.ID)
			}
		}
		for id, ids := range byArticle {
			slices.Sort(ids)
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET incidents = ? WHERE id = ?`, listValue(ids), id); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, followedRelevance)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: replace incidents: %w", err)
	}
	return nil
}

func insertIncident(ctx context.Context, tx *sql.Tx, in *vigie.Incident) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO incidents (id, start, in_scope, first_reported, last_updated, data) VALUES (?, ?, ?, ?, ?, ?)`,
		in.ID, in.Start.String(), in.InScope, timeValue(in.FirstReported), timeValue(in.LastUpdated), string(b)); err != nil {
		return err
	}
	if err := insertResearchRows(ctx, tx, in); err != nil {
		return err
	}
	for _, s := range in.Sources {
		if _, err := tx.ExecContext(ctx, `INSERT INTO incident_articles (incident_id, article_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
			in.ID, s.ArticleID, string(s.Role)); err != nil {
			return err
		}
	}
	return nil
}

// Incidents returns every incident, earliest start first.
func (db *DB) Incidents(ctx context.Context) ([]*vigie.Incident, error) {
	return db.incidents(ctx, `SELECT data FROM incidents ORDER BY start, id`)
}

// IncidentsByID returns the incidents of ids, in that order, skipping
// unknown ones.
func (db *DB) IncidentsByID(ctx context.Context, ids []string) ([]*vigie.Incident, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list, _ := json.Marshal(ids) // cannot fail on strings
	found, err := db.incidents(ctx, `SELECT data FROM incidents WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, err
	}
	byID := map[string]*vigie.Incident{}
	for _, in := range found {
		byID[in.ID] = in
	}
	var out []*vigie.Incident
	for _, id := range ids {
		if in, ok := byID[id]; ok {
			out = append(out, in)
		}
	}
	return out, nil
}

// Incident returns one incident, or an ENOTFOUND error.
func (db *DB) Incident(ctx context.Context, id string) (*vigie.Incident, error) {
	incs, err := db.incidents(ctx, `SELECT data FROM incidents WHERE id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(incs) == 0 {
		return nil, vigie.Errorf(vigie.ENOTFOUND, "incident %q not found", id)
	}
	return incs[0], nil
}

func (db *DB) incidents(ctx context.Context, query string, args ...any) ([]*vigie.Incident, error) {
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: incidents: %w", err)
	}
	defer rows.Close()
	var out []*vigie.Incident
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("store: incidents: %w", err)
		}
		in := &vigie.Incident{}
		if err := json.Unmarshal([]byte(s), in); err != nil {
			return nil, fmt.Errorf("store: incident: %w", err)
		}
		out = append(out, in)
	}
	if err := rows.Err(); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: incidents: %w", err)
	}
	return out, nil
}
