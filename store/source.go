package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/vigie-news/vigie"
)

const sourceColumns = `name, etag, last_modified, last_fetch, last_success,
	last_status, last_error, failures, items, retry_at, disabled`

// SourceState returns what is remembered of the source called name: a zero
// state with only Source set when nothing is.
func (db *DB) SourceState(ctx context.Context, name string) (vigie.SourceState, error) {
	row := db.db.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources WHERE name = ?`, name)
	s, err := scanSourceState(row)
	if errors.Is(err, sql.ErrNoRows) {
		return vigie.SourceState{Source: name}, nil
	} else if err != nil {
		return vigie.SourceState{}, fmt.Errorf("store: source state %s: %w", name, err)
	}
	return s, nil
}

// SaveSourceState records s, replacing what was remembered of s.Source.
func (db *DB) SaveSourceState(ctx context.Context, s vigie.SourceState) error {
	if s.Source == "" {
		return vigie.Errorf(vigie.EINVALID, "the source state has no source name")
	}
	_, err := db.exec(ctx, `INSERT INTO sources (`+sourceColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET etag = excluded.etag,
			last_modified = excluded.last_modified, last_fetch = excluded.last_fetch,
			last_success = excluded.last_success, last_status = excluded.last_status,
			last_error = excluded.last_error, failures = excluded.failures, items = excluded.items,
			retry_at = excluded.retry_at, disabled = excluded.disabled`,
		s.Source, s.ETag, s.LastModified, timeValue(s.LastFetch), timeValue(s.LastSuccess),
		s.LastStatus, s.LastError, s.Failures, s.Items, timeValue(s.RetryAt), s.Disabled)
	if err != nil {
		return fmt.Errorf("store: save source state %s: %w", s.Source, err)
	}
	return nil
}

// SourceStates returns every remembered source state, ordered by name.
func (db *DB) SourceStates(ctx context.Context) ([]vigie.SourceState, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT `+sourceColumns+` FROM sources ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("store: source states: %w", err)
	}
	defer rows.Close()
	var states []vigie.SourceState
	for rows.Next() {
		s, err := scanSourceState(rows)
		if err != nil {
			return nil, fmt.Errorf("store: source states: %w", err)
		}
		states = append(states, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: source states: %w", err)
	}
	return states, nil
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scanSourceState reads the sourceColumns of a row.
func scanSourceState(row scanner) (vigie.SourceState, error) {
	var s vigie.SourceState
	err := row.Scan(&s.Source, &s.ETag, &s.LastModified, timeColumn{&s.LastFetch},
		timeColumn{&s.LastSuccess}, &s.LastStatus, &s.LastError, &s.Failures, &s.Items,
		timeColumn{&s.RetryAt}, &s.Disabled)
	return s, err
}
