package jobs

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// leasesTable holds the host leases: a host is fetched by the worker that
// holds its lease, and by no other until the lease is released or runs
// out (a worker that died).
const leasesTable = `CREATE TABLE IF NOT EXISTS vigie_host_leases (
	host   TEXT PRIMARY KEY,
	worker TEXT NOT NULL,
	until  TIMESTAMPTZ NOT NULL
)`

// Leases are the host leases of one worker.
type Leases struct {
	pool   *pgxpool.Pool
	worker string
	hold   time.Duration // how long a lease lasts past each request: longer than one request
	gap    time.Duration // how long a released host waits for another worker: the politeness delay
}

// leaseWait bounds the wait for a host another worker holds.
const leaseWait = 10 * time.Minute

// Acquire waits until this worker holds host's lease, and extends it by
// hold. A lease is taken when it is free, run out, or already this
// worker's, in one statement: two workers never both get it.
func (l *Leases) Acquire(ctx context.Context, host string) error {
	ctx, cancel := context.WithTimeout(ctx, leaseWait)
	defer cancel()
	wait := 10 * time.Millisecond
	for {
		tag, err := l.pool.Exec(ctx, `INSERT INTO vigie_host_leases AS l (host, worker, until)
			VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
			ON CONFLICT (host) DO UPDATE SET worker = excluded.worker, until = excluded.until
			WHERE l.worker = excluded.worker OR l.until < clock_timestamp()`,
			host, l.worker, l.hold.Milliseconds())
		if err != nil {
			return fmt.Errorf("jobs: lease %s: %w", host, err)
		}
		if tag.RowsAffected() == 1 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("jobs: lease %s: another worker holds it: %w", host, ctx.Err())
		case <-time.After(wait):
			wait = min(2*wait, 500*time.Millisecond)
		}
	}
}

// ReleaseAll releases this worker's hosts: another worker may take each
// after the politeness delay.
func (l *Leases) ReleaseAll(ctx context.Context) error {
	_, err := l.pool.Exec(ctx, `UPDATE vigie_host_leases SET until = clock_timestamp() + $2 * interval '1 millisecond'
		WHERE worker = $1`, l.worker, l.gap.Milliseconds())
	if err != nil {
		return fmt.Errorf("jobs: release leases: %w", err)
	}
	return nil
}

// Proxy wraps a crawler's proxy function: before each request, the
// request's host is leased to this worker.
func (l *Leases) Proxy(next func(*http.Request) (*url.URL, error)) func(*http.Request) (*url.URL, error) {
	return func(r *http.Request) (*url.URL, error) {
		if err := l.Acquire(r.Context(), r.URL.Hostname()); err != nil {
			return nil, err
		}
		return next(r)
	}
}
