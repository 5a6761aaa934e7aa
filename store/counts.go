package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"slices"
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
// name in any case, or the host ("www.example.org" or "example.org") of
// an outlet's articles; "" when none matches. It reads the indexes of
// site and source only, never every article: it runs on each search
// that names a site.
func (db *DB) SiteName(ctx context.Context, s string) (string, error) {
	site, err := db.siteName(ctx, s)
	if err != nil {
		return "", fmt.Errorf("store: site name: %w", err)
	}
	return site, nil
}

func (db *DB) siteName(ctx context.Context, s string) (string, error) {
	for _, q := range []string{`SELECT site FROM articles WHERE site = ? LIMIT 1`, `SELECT site FROM articles WHERE source = ? LIMIT 1`} {
		if site, err := db.oneString(ctx, q, s); err != nil || site != "" {
			return site, err
		}
	}
	sites, err := column(ctx, db.db, `SELECT DISTINCT site FROM articles`)
	if err != nil {
		return "", err
	}
	if i := slices.IndexFunc(sites, func(site string) bool { return strings.EqualFold(site, s) }); i >= 0 {
		return sites[i], nil
	}
	sources, err := column(ctx, db.db, `SELECT DISTINCT source FROM articles`)
	if err != nil {
		return "", err
	}
	if i := slices.IndexFunc(sources, func(src string) bool { return strings.EqualFold(src, s) }); i >= 0 {
		return db.oneString(ctx, `SELECT site FROM articles WHERE source = ? LIMIT 1`, sources[i])
	}
	if !strings.Contains(s, ".") {
		return "", nil
	}
	host := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "www.")
	for _, site := range sites { // an outlet's host, as one of its articles gives it
		u, err := db.oneString(ctx, `SELECT url FROM articles WHERE site = ? LIMIT 1`, site)
		if err != nil {
			return "", err
		}
		if p, err := url.Parse(u); err == nil && strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.") == host {
			return site, nil
		}
	}
	return "", nil
}

// oneString returns the first column of the first row q gives, "" for none.
func (db *DB) oneString(ctx context.Context, q string, args ...any) (string, error) {
	var v string
	if err := db.db.QueryRowContext(ctx, q, args...).Scan(&v); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	return v, nil
}

// column returns the first column of every row query gives.
func column(ctx context.Context, q querier, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
