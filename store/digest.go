package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Digest send states.
const (
	SendSending = "sending" // claimed; the outcome is unknown until marked
	SendSent    = "sent"
	SendFailed  = "failed"  // a temporary failure: to try again
	SendBounced = "bounced" // a permanent failure: never tried again
)

// DigestSend is what is recorded of one subscriber's digest of one week.
type DigestSend struct {
	SubscriberID int64
	Week         string // ISO week, e.g. 2026-W49
	State        string
	MessageID    string
	Attempts     int
	Error        string
	UpdatedAt    time.Time
}

// ClaimDigest records that the digest of week is about to be sent to
// subscriber id, unless it was sent or bounced already. It returns
// whether to send, and the Message-ID to send it with: the same one on
// every attempt, messageID on the first.
func (db *DB) ClaimDigest(ctx context.Context, id int64, week, messageID string) (bool, string, error) {
	claimed := false
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var state, mid string
		err := tx.QueryRowContext(ctx, `SELECT state, message_id FROM digest_sends WHERE subscriber_id = ? AND week = ?`, id, week).Scan(&state, &mid)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			claimed = true
			_, err = tx.ExecContext(ctx, `INSERT INTO digest_sends (subscriber_id, week, state, message_id, attempts, updated_at) VALUES (?, ?, ?, ?, 1, ?)`,
				id, week, SendSending, messageID, timeValue(db.now()))
			return err
		case err != nil:
			return err
		case state == SendSent || state == SendBounced:
			return nil
		}
		claimed, messageID = true, mid
		_, err = tx.ExecContext(ctx, `UPDATE digest_sends SET state = ?, attempts = attempts + 1, updated_at = ? WHERE subscriber_id = ? AND week = ?`,
			SendSending, timeValue(db.now()), id, week)
		return err
	})
	if err != nil {
		return false, "", fmt.Errorf("store: claim digest %s of subscriber %d: %w", week, id, err)
	}
	return claimed, messageID, nil
}

// MarkDigest records the outcome of a claimed send: SendSent, SendFailed
// or SendBounced, with the reason of a failure.
func (db *DB) MarkDigest(ctx context.Context, id int64, week, state, reason string) error {
	_, err := db.exec(ctx, `UPDATE digest_sends SET state = ?, error = ?, updated_at = ? WHERE subscriber_id = ? AND week = ?`,
		state, reason, timeValue(db.now()), id, week)
	if err != nil {
		return fmt.Errorf("store: mark digest %s of subscriber %d: %w", week, id, err)
	}
	return nil
}

// DigestSends returns what is recorded of the digests of week.
func (db *DB) DigestSends(ctx context.Context, week string) ([]DigestSend, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT subscriber_id, week, state, message_id, attempts, error, updated_at
		FROM digest_sends WHERE week = ? ORDER BY subscriber_id`, week)
	if err != nil {
		return nil, fmt.Errorf("store: digest sends: %w", err)
	}
	defer rows.Close()
	var out []DigestSend
	for rows.Next() {
		var d DigestSend
		if err := rows.Scan(&d.SubscriberID, &d.Week, &d.State, &d.MessageID, &d.Attempts, &d.Error, timeColumn{&d.UpdatedAt}); err != nil {
			return nil, fmt.Errorf("store: digest sends: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
