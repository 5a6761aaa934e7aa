package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/vigie-news/vigie"
)

// setKeys makes keys the report keys of an article.
func setKeys(ctx context.Context, tx *sql.Tx, articleID int64, keys []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM report_keys WHERE article_id = ?`, articleID); err != nil {
		return err
	}
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, `INSERT INTO report_keys (key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, k, articleID); err != nil {
			return err
		}
	}
	return nil
}

// SetReportKeys records the keys of many reports at once (after a full
// recluster, which computes every report's keys anew).
func (db *DB) SetReportKeys(ctx context.Context, keys map[int64][]string) error {
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		for _, id := range slices.Sorted(maps.Keys(keys)) {
			if err := setKeys(ctx, tx, id, keys[id]); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, `UPDATE reports SET keyed = 1 WHERE keyed = 0`)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: set report keys: %w", err)
	}
	return nil
}

// UnkeyedReports counts the reports whose keys are not recorded (stored
// before keys were): incremental clustering needs a full recluster first.
func (db *DB) UnkeyedReports(ctx context.Context) (int, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM reports WHERE keyed = 0`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count unkeyed reports: %w", err)
	}
	return n, nil
}

// ReportsOf returns the stored reports of the articles ids, by article id.
func (db *DB) ReportsOf(ctx context.Context, ids []int64) ([]vigie.Report, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return db.reports(ctx, `SELECT report FROM reports WHERE article_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?)) ORDER BY article_id`, int64List(ids))
}

// ArticlesWithKeys returns the ids of the articles whose reports have any
// of keys.
func (db *DB) ArticlesWithKeys(ctx context.Context, keys []string) ([]int64, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	list, _ := json.Marshal(keys) // cannot fail on strings
	return db.ids(ctx, `SELECT DISTINCT article_id FROM report_keys WHERE key IN (SELECT value FROM json_each(?)) ORDER BY article_id`, string(list))
}

// ArticlesOfIncidentsOf returns the ids of the articles that share an
// incident with any of the articles ids, those included.
func (db *DB) ArticlesOfIncidentsOf(ctx context.Context, ids []int64) ([]int64, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return db.ids(ctx, `SELECT DISTINCT b.article_id FROM incident_articles a JOIN incident_articles b ON b.incident_id = a.incident_id
		WHERE a.article_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?)) ORDER BY b.article_id`, int64List(ids))
}

// IncidentsOfArticles returns the incidents that any of the articles ids
// reports.
func (db *DB) IncidentsOfArticles(ctx context.Context, ids []int64) ([]*vigie.Incident, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return db.incidents(ctx, `SELECT data FROM incidents WHERE id IN (SELECT incident_id FROM incident_articles
		WHERE article_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?))) ORDER BY start, id`, int64List(ids))
}

// HasIncident reports whether an incident has the id.
func (db *DB) HasIncident(ctx context.Context, id string) (bool, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM incidents WHERE id = ?`, id).Scan(&n); err != nil {
		return false, fmt.Errorf("store: has incident %s: %w", id, err)
	}
	return n > 0, nil
}

// UpdateIncidents replaces the incidents old with incs, in one
// transaction, and records on the articles concerned the incidents they
// report. The other incidents stay as they are.
func (db *DB) UpdateIncidents(ctx context.Context, old []string, incs []*vigie.Incident) error {
	oldList, _ := json.Marshal(old) // cannot fail on strings
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		touched, err := txIDs(ctx, tx, `SELECT DISTINCT article_id FROM incident_articles WHERE incident_id IN (SELECT value FROM json_each(?))`, string(oldList))
		if err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM incident_articles WHERE incident_id IN (SELECT value FROM json_each(?))`,
			`DELETE FROM incidents WHERE id IN (SELECT value FROM json_each(?))`} {
			if _, err := tx.ExecContext(ctx, q, string(oldList)); err != nil {
				return err
			}
		}
		for _, in := range incs {
			if err := insertIncident(ctx, tx, in); err != nil {
				return err
			}
			for _, s := range in.Sources {
				touched = append(touched, s.ArticleID)
			}
		}
		_, err = tx.ExecContext(ctx, `UPDATE articles SET incidents = (SELECT json_group_array(incident_id) FROM
			(SELECT incident_id FROM incident_articles WHERE article_id = articles.id ORDER BY incident_id) AS ids)
			WHERE id IN (SELECT CAST(value AS BIGINT) FROM json_each(?))`, int64List(touched))
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, followedRelevance+` AND id IN (SELECT CAST(value AS BIGINT) FROM json_each(?))`, int64List(touched))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: update incidents: %w", err)
	}
	return nil
}

func int64List(ids []int64) string {
	b, _ := json.Marshal(ids) // cannot fail on integers
	return string(b)
}

func (db *DB) ids(ctx context.Context, query string, args ...any) ([]int64, error) {
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return scanIDs(rows)
}

func txIDs(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return scanIDs(rows)
}

func scanIDs(rows *sql.Rows) ([]int64, error) {
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}
