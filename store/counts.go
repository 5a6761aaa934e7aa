package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
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

// SiteName returns the outlet's name as stored for s: a site or source
// name in any case, or a host ("www.example.org" or "example.org") of its
// articles' URLs; "" when none matches.
func (db *DB) SiteName(ctx context.Context, s string) (string, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT DISTINCT site, source FROM articles`)
	if err != nil {
		return "", fmt.Errorf("store: site name: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var site, source string
		if err := rows.Scan(&site, &source); err != nil {
			return "", fmt.Errorf("store: site name: %w", err)
		}
		if strings.EqualFold(site, s) || strings.EqualFold(source, s) {
			return site, nil
		}
	}
	if err := rows.Err(); err != nil || !strings.Contains(s, ".") {
		return "", err
	}
	host := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "www.")
	var site string
	err = db.db.QueryRowContext(ctx, `SELECT site FROM articles WHERE url LIKE 'http://' || ?1 || '/%' OR url LIKE 'https://' || ?1 || '/%'
		OR url LIKE 'http://www.' || ?1 || '/%' OR url LIKE 'https://www.' || ?1 || '/%' LIMIT 1`, host).Scan(&site)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return site, err
}
