package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/vigie-news/vigie"
)

// SealedSubscriber is a subscriber of the digest as stored: its address
// sealed by the digest package and found by a keyed hash.
type SealedSubscriber struct {
	ID            int64
	AddressHash   []byte
	AddressSealed []byte
	Filter        vigie.DigestFilter
	CreatedAt     time.Time
	Bounces       int
}

// SaveSubscriber adds a subscriber, or replaces the filter of the one with
// the same address hash, and returns its id.
func (db *DB) SaveSubscriber(ctx context.Context, s SealedSubscriber) (int64, error) {
	f, err := json.Marshal(s.Filter)
	if err != nil {
		return 0, fmt.Errorf("store: save subscriber: %w", err)
	}
	var id int64
	err = db.inTx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `INSERT INTO subscribers (address_hash, address_sealed, filter, created_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (address_hash) DO UPDATE SET address_sealed = excluded.address_sealed, filter = excluded.filter
			RETURNING id`, s.AddressHash, s.AddressSealed, string(f), timeValue(db.now())).Scan(&id)
	})
	if err != nil {
		return 0, fmt.Errorf("store: save subscriber: %w", err)
	}
	return id, nil
}

// SetSubscriberFilter replaces the filter of subscriber id.
func (db *DB) SetSubscriberFilter(ctx context.Context, id int64, f vigie.DigestFilter) error {
	b, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("store: subscriber filter: %w", err)
	}
	res, err := db.exec(ctx, `UPDATE subscribers SET filter = ? WHERE id = ?`, string(b), id)
	return subscriberUpdated(res, err, id)
}

// DeleteSubscriber removes subscriber id and what was recorded of its
// digests.
func (db *DB) DeleteSubscriber(ctx context.Context, id int64) error {
	res, err := db.exec(ctx, `DELETE FROM subscribers WHERE id = ?`, id)
	return subscriberUpdated(res, err, id)
}

// AddBounce counts one more permanent delivery failure for subscriber id.
func (db *DB) AddBounce(ctx context.Context, id int64) error {
	res, err := db.exec(ctx, `UPDATE subscribers SET bounces = bounces + 1 WHERE id = ?`, id)
	return subscriberUpdated(res, err, id)
}

func subscriberUpdated(res sql.Result, err error, id int64) error {
	if err != nil {
		return fmt.Errorf("store: subscriber %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return vigie.Errorf(vigie.ENOTFOUND, "no subscriber %d", id)
	}
	return nil
}

// Subscriber returns subscriber id, or an ENOTFOUND error.
func (db *DB) Subscriber(ctx context.Context, id int64) (SealedSubscriber, error) {
	row := db.db.QueryRowContext(ctx, `SELECT `+subscriberColumns+` FROM subscribers WHERE id = ?`, id)
	s, err := scanSubscriber(row)
	if errors.Is(err, sql.ErrNoRows) {
		return s, vigie.Errorf(vigie.ENOTFOUND, "no subscriber %d", id)
	}
	return s, err
}

// Subscribers returns every subscriber, oldest first.
func (db *DB) Subscribers(ctx context.Context) ([]SealedSubscriber, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT `+subscriberColumns+` FROM subscribers ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: subscribers: %w", err)
	}
	defer rows.Close()
	var out []SealedSubscriber
	for rows.Next() {
		s, err := scanSubscriber(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

const subscriberColumns = `id, address_hash, address_sealed, filter, created_at, bounces`

func scanSubscriber(row scanner) (SealedSubscriber, error) {
	var s SealedSubscriber
	var f string
	if err := row.Scan(&s.ID, &s.AddressHash, &s.AddressSealed, &f, timeColumn{&s.CreatedAt}, &s.Bounces); err != nil {
		return s, err
	}
	if err := json.Unmarshal([]byte(f), &s.Filter); err != nil {
		return s, fmt.Errorf("store: subscriber %d filter: %w", s.ID, err)
	}
	return s, nil
}

// Secret returns the key called name, generating it with gen and keeping
// it the first time it is asked for.
func (db *DB) Secret(ctx context.Context, name string, gen func() ([]byte, error)) ([]byte, error) {
	var key []byte
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT key FROM secrets WHERE name = ?`, name).Scan(&key)
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if key, err = gen(); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO secrets (name, key) VALUES (?, ?)`, name, key)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: secret %s: %w", name, err)
	}
	return key, nil
}
