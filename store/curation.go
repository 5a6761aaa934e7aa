package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/vigie-news/vigie"
)

const correctionColumns = `id, kind, incident_id, field, value, article_id, into_id, who, why, at`

// AddCorrection stores c, setting its id and, when zero, its time.
func (db *DB) AddCorrection(ctx context.Context, c *vigie.Correction) error {
	if c.At.IsZero() {
		c.At = db.now()
	}
	err := db.db.QueryRowContext(ctx, `INSERT INTO corrections (kind, incident_id, field, value, article_id, into_id, who, why, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, string(c.Kind), c.IncidentID, c.Field, c.Value, c.ArticleID, c.Into, c.Who, c.Why, timeValue(c.At)).Scan(&c.ID)
	if err != nil {
		return fmt.Errorf("store: add correction: %w", err)
	}
	return nil
}

// Corrections returns every correction, oldest first.
func (db *DB) Corrections(ctx context.Context) ([]vigie.Correction, error) {
	return db.corrections(ctx, `SELECT `+correctionColumns+` FROM corrections ORDER BY id`)
}

// CorrectionsOf returns the corrections that name an incident, as the
// one corrected or the one merged into, or that touch one of its
// articles, oldest first.
func (db *DB) CorrectionsOf(ctx context.Context, id string, articles []int64) ([]vigie.Correction, error) {
	list, _ := json.Marshal(articles) // cannot fail on integers
	return db.corrections(ctx, `SELECT `+correctionColumns+` FROM corrections
		WHERE incident_id = ?1 OR into_id = ?1 OR (kind = 'not-relevant' AND article_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?2)))
		ORDER BY id`, id, string(list))
}

func (db *DB) corrections(ctx context.Context, query string, args ...any) ([]vigie.Correction, error) {
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: corrections: %w", err)
	}
	defer rows.Close()
	var out []vigie.Correction
	for rows.Next() {
		var c vigie.Correction
		var kind string
		if err := rows.Scan(&c.ID, &kind, &c.IncidentID, &c.Field, &c.Value, &c.ArticleID, &c.Into, &c.Who, &c.Why, timeColumn{&c.At}); err != nil {
			return nil, fmt.Errorf("store: corrections: %w", err)
		}
		c.Kind = vigie.CorrectionKind(kind)
		out = append(out, c)
	}
	return out, rows.Err()
}
