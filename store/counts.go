package store

import (
	"context"
	"fmt"
)

// ArticleCounts returns how many articles each source led to, by
// Source.Name.
func (db *DB) ArticleCounts(ctx context.Context) (map[string]int, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT source, count(*) FROM articles GROUP BY source`)
	if err != nil {
		return nil, fmt.Errorf("store: article counts: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var name string
		var n int
		if err := rows.Scan(&name, &n); err != nil {
			return nil, fmt.Errorf("store: article counts: %w", err)
		}
		out[name] = n
	}
	return out, rows.Err()
}
