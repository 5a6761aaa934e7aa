package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Webhook delivery states.
const (
	HookFailed    = "failed" // to try again
	HookDelivered = "delivered"
	HookGivenUp   = "given-up"
)

// HookDelivery is what is recorded of one incident pushed to one URL.
type HookDelivery struct {
	URL, IncidentID, State, Error string
	Attempts                      int
}

// HookExisting marks the incidents a webhook already knew of when it was
// registered: they are never pushed to it.
const HookExisting = "existing"

// RegisterWebhook records url the first time it is seen, with the
// incidents of existing marked HookExisting, and reports whether it was
// new.
func (db *DB) RegisterWebhook(ctx context.Context, url string, existing []string) (bool, error) {
	added := false
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO webhooks (url, since) VALUES (?, ?) ON CONFLICT DO NOTHING`, url, timeValue(db.now()))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		added = true
		for _, id := range existing {
			if _, err := tx.ExecContext(ctx, `INSERT INTO webhook_deliveries (url, incident_id, state, updated_at) VALUES (?, ?, ?, ?)`,
				url, id, HookExisting, timeValue(db.now())); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("store: register webhook %s: %w", url, err)
	}
	return added, nil
}

// HookDeliveries returns what was recorded for url, by incident id.
func (db *DB) HookDeliveries(ctx context.Context, url string) (map[string]HookDelivery, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT url, incident_id, state, error, attempts FROM webhook_deliveries WHERE url = ?`, url)
	if err != nil {
		return nil, fmt.Errorf("store: webhook deliveries: %w", err)
	}
	defer rows.Close()
	out := map[string]HookDelivery{}
	for rows.Next() {
		var d HookDelivery
		if err := rows.Scan(&d.URL, &d.IncidentID, &d.State, &d.Error, &d.Attempts); err != nil {
			return nil, fmt.Errorf("store: webhook deliveries: %w", err)
		}
		out[d.IncidentID] = d
	}
	return out, rows.Err()
}

// RecordHook records an attempt to push an incident to a URL.
func (db *DB) RecordHook(ctx context.Context, d HookDelivery) error {
	_, err := db.exec(ctx, `INSERT INTO webhook_deliveries (url, incident_id, state, error, attempts, updated_at) VALUES (?, ?, ?, ?, 1, ?)
		ON CONFLICT (url, incident_id) DO UPDATE SET state = excluded.state, error = excluded.error,
		attempts = webhook_deliveries.attempts + 1, updated_at = excluded.updated_at`, d.URL, d.IncidentID, d.State, d.Error, timeValue(db.now()))
	if err != nil {
		return fmt.Errorf("store: record webhook: %w", err)
	}
	return nil
}
