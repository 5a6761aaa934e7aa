package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/vigie-news/vigie"
)

// querier is what *sql.DB, *sql.Conn and *sql.Tx have in common.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// timeValue is how a time is stored: RFC 3339 UTC text with nanoseconds so
// that it reads back equal, or NULL for the zero time.
func timeValue(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// timeColumn scans what timeValue stores.
type timeColumn struct{ t *time.Time }

// Scan implements sql.Scanner.
func (c timeColumn) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*c.t = time.Time{}
		return nil
	case string:
		t, err := time.Parse(time.RFC3339Nano, v)
		*c.t = t
		return err
	}
	return fmt.Errorf("time column holds a %T", v)
}

// listValue stores a list of strings as a JSON array.
func listValue(l []string) string {
	if len(l) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(l) // cannot fail on strings
	return string(b)
}

// listColumn scans what listValue stores; an empty array gives nil.
type listColumn struct{ l *[]string }

// Scan implements sql.Scanner.
func (c listColumn) Scan(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("list column holds a %T", v)
	}
	*c.l = nil
	if err := json.Unmarshal([]byte(s), c.l); err != nil {
		return err
	}
	if len(*c.l) == 0 {
		*c.l = nil
	}
	return nil
}

// publishedUnix is the start of t in Unix seconds, for ordering and ranges:
// midnight UTC of the day for a day, of the first of the month for a month.
// It is nil when t is zero.
func publishedUnix(t vigie.Timestamp) any {
	if t.IsZero() {
		return nil
	}
	y, m, d := t.Time.Date()
	switch t.Precision {
	case vigie.PrecisionMonth:
		d = 1
	case vigie.PrecisionMinute:
		return t.Time.Unix()
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
}

// timestampColumn scans a published column. The form String wrote gives
// back the precision; the precision column is there for SQL.
type timestampColumn struct{ t *vigie.Timestamp }

// Scan implements sql.Scanner.
func (c timestampColumn) Scan(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("timestamp column holds a %T", v)
	}
	t, err := vigie.ParseTimestamp(s)
	*c.t = t
	return err
}
