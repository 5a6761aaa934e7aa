package store

import (
	"context"
	"database/sql"
	"fmt"
)

// A Change is the last change of one article, numbered in the change
// sequence: Seq counts up across the store in the order the writes
// committed, so that a reader that has seen every change up to Seq has
// only to read those after it.
type Change struct {
	Seq       int64
	ArticleID int64
}

// recordChange numbers the change of article id, in tx (PostgreSQL only:
// SQLite has no changes table). Writers take
// turns (DB.lock, and the advisory lock on PostgreSQL), so max+1 is
// taken by one writer only, and numbers commit in order.
func recordChange(ctx context.Context, tx *sql.Tx, id int64) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO changes (article_id, seq)
		VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM changes))
		ON CONFLICT (article_id) DO UPDATE SET seq = excluded.seq`, id)
	if err != nil {
		return fmt.Errorf("record change: %w", err)
	}
	return nil
}

// ChangesAfter returns up to limit changes numbered after seq, in order.
func (db *DB) ChangesAfter(ctx context.Context, seq int64, limit int) ([]Change, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT seq, article_id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?`, seq, limit)
	if err != nil {
		return nil, fmt.Errorf("store: changes: %w", err)
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		if err := rows.Scan(&c.Seq, &c.ArticleID); err != nil {
			return nil, fmt.Errorf("store: changes: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// LastChange returns the number of the last change, 0 when none.
func (db *DB) LastChange(ctx context.Context) (int64, error) {
	var seq int64
	if err := db.db.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM changes`).Scan(&seq); err != nil {
		return 0, fmt.Errorf("store: last change: %w", err)
	}
	return seq, nil
}

// CountChangesAfter returns how many changes are numbered after seq: the
// lag of a reader that has seen those up to seq.
func (db *DB) CountChangesAfter(ctx context.Context, seq int64) (int, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM changes WHERE seq > ?`, seq).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count changes: %w", err)
	}
	return n, nil
}
