package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

// listFacetSize is how many values of a facet ListArticles counts, as many
// as the index's article search does.
const listFacetSize = 20

// ListArticles returns the articles matching f's filters, latest
// published first (undated last, then by id, latest first), without their
// text: the listing of an article search with no query, answered from the
// store's indexes instead of sorting every article in the full-text index.
// f.Query is ignored. from and size page the list; the total counts every
// match. With facets, it also counts the matches per language and site,
// as the index does: the 20 most frequent values, ties by value, empty ones
// left out. The total and the facets are kept per filter until the next
// write to the store (this process is its only writer: the data folder is
// locked), so that paging, or many readers of the same listing, count
// them once.
func (db *DB) ListArticles(ctx context.Context, f vigie.ArticleFilter, from, size int, facets bool) (vigie.ArticleList, error) {
	where, args, err := listWhere(f)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	list := vigie.ArticleList{Articles: []*vigie.Article{}}
	// Counts depend on the filter, not the page: kept until the next write.
	// On PostgreSQL other processes write too: counted each time.
	key := listKey{strings.ToLower(strings.TrimSpace(f.Lang)), f.Site, f.From, f.To}
	gen := db.writes.Load()
	counts, kept := db.counts.get(gen, key)
	if !kept || db.postgres {
		counts = listCounts{}
		if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`+where, args...).Scan(&counts.total); err != nil {
			return vigie.ArticleList{}, fmt.Errorf("store: list articles: %w", err)
		}
	}
	if facets && counts.facets == nil {
		if counts.facets, err = db.listFacets(ctx, where, args); err != nil {
			return vigie.ArticleList{}, err
		}
	}
	db.counts.put(gen, key, counts)
	list.Total = counts.total
	if facets {
		list.Facets = counts.facets
	}
	if list.Total > from {
		rows, err := db.db.QueryContext(ctx, `SELECT `+listColumns+` FROM articles`+where+`
			ORDER BY published_unix DESC, id DESC LIMIT ? OFFSET ?`, append(args, size, from)...)
		if err != nil {
			return vigie.ArticleList{}, fmt.Errorf("store: list articles: %w", err)
		}
		for a, err := range scanArticles(rows) {
			if err != nil {
				return vigie.ArticleList{}, fmt.Errorf("store: list articles: %w", err)
			}
			list.Articles = append(list.Articles, a)
		}
	}
	return list, nil
}

// listWhere returns the WHERE clause of f's filters and its arguments. The
// language is compared in any case, as the index lower-cases it; the site
// is a site name or a source name.
func listWhere(f vigie.ArticleFilter) (string, []any, error) {
	var conds []string
	var args []any
	if lang := strings.ToLower(strings.TrimSpace(f.Lang)); lang != "" {
		conds, args = append(conds, "lang = ? COLLATE NOCASE"), append(args, lang)
	}
	if f.Site != "" {
		conds, args = append(conds, "(site = ? OR source = ?)"), append(args, f.Site, f.Site)
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.From.After(f.To) {
		return "", nil, vigie.Errorf(vigie.EINVALID, "The start date %s is after the end date %s.",
			f.From.Format(time.RFC3339), f.To.Format(time.RFC3339))
	}
	if !f.From.IsZero() {
		from := f.From.Unix()
		if f.From.Nanosecond() > 0 {
			from++ // published_unix counts whole seconds
		}
		conds, args = append(conds, "published_unix >= ?"), append(args, from)
	}
	if !f.To.IsZero() {
		conds, args = append(conds, "published_unix <= ?"), append(args, f.To.Unix())
	}
	if len(conds) == 0 {
		return "", nil, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}

// listFacets counts the articles matching where per language and site.
func (db *DB) listFacets(ctx context.Context, where string, args []any) (map[string][]vigie.FacetCount, error) {
	facets := map[string][]vigie.FacetCount{}
	// each is grouped in the order of an index that covers it: the lang
	// column's ignores case, as the index's facet does
	for name, c := range map[string]struct{ value, group string }{
		"lang": {"lower(lang)", "lang COLLATE NOCASE"}, "site": {"site", "site"},
	} {
		cond := " WHERE "
		if where != "" {
			cond = where + " AND "
		}
		rows, err := db.db.QueryContext(ctx, `SELECT `+c.value+` AS v, count(*) AS n FROM articles`+cond+name+` != ''
			GROUP BY `+c.group+` ORDER BY n DESC, v LIMIT ?`, append(args, listFacetSize)...)
		if err != nil {
			return nil, fmt.Errorf("store: list facets: %w", err)
		}
		counts := []vigie.FacetCount{}
		for rows.Next() {
			var c vigie.FacetCount
			if err := rows.Scan(&c.Value, &c.Count); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: list facets: %w", err)
			}
			counts = append(counts, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: list facets: %w", err)
		}
		facets[name] = counts
	}
	return facets, nil
}
