package store

import (
	"context"

	"database/sql"
	"errors"
	"fmt"
	"strconv"
)

// The index outbox keeps the search index in step with the store. Every
// article SaveArticle changes is queued in the same transaction as the
// change, and stays queued until the caller has indexed it (Indexed). A
// crash between the two leaves the article queued, and the next start
// indexes it (Pending): the store and the index never disagree for long.

// queueIndex queues article id for indexing, in tx. On PostgreSQL, where
// the indexes follow the change sequence (changes.go), it numbers the
// change instead.
func (db *DB) queueIndex(ctx context.Context, tx *sql.Tx, id int64) error {
	if db.postgres {
		return recordChange(ctx, tx, id)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO index_outbox (article_id) VALUES (?)
		ON CONFLICT (article_id) DO UPDATE SET version = index_outbox.version + 1`, id)
	if err != nil {
		return fmt.Errorf("queue for indexing: %w", err)
	}
	return nil
}

// Queued is an article waiting to be indexed, as of one change.
type Queued struct {
	ArticleID int64
	Version   int64
}

// Pending returns up to limit articles queued for indexing, by id.
func (db *DB) Pending(ctx context.Context, limit int) ([]Queued, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT article_id, version FROM index_outbox ORDER BY article_id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: pending index: %w", err)
	}
	defer rows.Close()
	var out []Queued
	for rows.Next() {
		var q Queued
		if err := rows.Scan(&q.ArticleID, &q.Version); err != nil {
			return nil, fmt.Errorf("store: pending index: %w", err)
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// CountPending returns how many articles are queued for indexing: the lag
// of the index behind the store.
func (db *DB) CountPending(ctx context.Context) (int, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM index_outbox`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count pending index: %w", err)
	}
	return n, nil
}

// Indexed records that the index has the articles qs as they were when
// Pending listed them; one changed since stays queued.
func (db *DB) Indexed(ctx context.Context, qs ...Queued) error {
	if len(qs) == 0 {
		return nil
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		for _, q := range qs {
			if _, err := tx.ExecContext(ctx, `DELETE FROM index_outbox WHERE article_id = ? AND version = ?`, q.ArticleID, q.Version); err != nil {
				return fmt.Errorf("store: indexed %d: %w", q.ArticleID, err)
			}
		}
		return nil
	})
}

// QueuedVersion returns the queued version of article id, 0 when it is not
// queued: what to pass to Indexed after indexing it at once.
func (db *DB) QueuedVersion(ctx context.Context, id int64) (int64, error) {
	var v int64
	err := db.db.QueryRowContext(ctx, `SELECT version FROM index_outbox WHERE article_id = ?`, id).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	} else if err != nil {
		return 0, fmt.Errorf("store: queued version of %d: %w", id, err)
	}
	return v, nil
}

// IncidentsFingerprint names the state of the stored incidents and the
// articles that report them: a version that triggers bump at every write,
// whoever writes. The incident index records the one it was built from,
// so that a start can tell whether it is behind.
func (db *DB) IncidentsFingerprint(ctx context.Context) (string, error) {
	var v int64
	if err := db.db.QueryRowContext(ctx, `SELECT version FROM incidents_version`).Scan(&v); err != nil {
		return "", fmt.Errorf("store: incidents version: %w", err)
	}
	return "v" + strconv.FormatInt(v, 10), nil
}
