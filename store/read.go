package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"

	"github.com/vigie-news/vigie"
)

// articleColumns are the columns scanArticle reads, text included;
// listColumns leave the text out, for lookups and list views.
const (
	articleColumns = `id, url, canonical_url, source, site, title, published, lang,
		authors, text, excerpt, etag, last_modified, hash, fetched_at, updated_at,
		relevant, incidents`
	listColumns = `id, url, canonical_url, source, site, title, published, lang,
		authors, '', excerpt, etag, last_modified, hash, fetched_at, updated_at,
		relevant, incidents`
)

// Article returns the article with the given id, text included.
func (db *DB) Article(ctx context.Context, id int64) (*vigie.Article, error) {
	row := db.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigie.Errorf(vigie.ENOTFOUND, "article %d not found", id)
	} else if err != nil {
		return nil, fmt.Errorf("store: article %d: %w", id, err)
	}
	return a, nil
}

// LookupURL returns the article that url is known to lead to, whether as
// its final, canonical or requested URL, without its text. The crawler uses
// it to skip known pages and to send conditional requests.
func (db *DB) LookupURL(ctx context.Context, url string) (*vigie.Article, error) {
	id, err := lookupID(ctx, db.db, url)
	if err == nil {
		row := db.db.QueryRowContext(ctx, `SELECT `+listColumns+` FROM articles WHERE id = ?`, id)
		var a *vigie.Article
		if a, err = scanArticle(row); err == nil {
			return a, nil
		}
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigie.Errorf(vigie.ENOTFOUND, "no article at %s", url)
	}
	return nil, fmt.Errorf("store: lookup %s: %w", url, err)
}

// lookupID returns the id of the article url leads to, or sql.ErrNoRows.
func lookupID(ctx context.Context, q querier, url string) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT id FROM articles WHERE url = ?1
		UNION ALL SELECT article_id FROM article_urls WHERE url = ?1 LIMIT 1`, url).Scan(&id)
	return id, err
}

// Articles returns the articles with the given ids, without their text, in
// the order of ids. Missing and repeated ids are skipped.
func (db *DB) Articles(ctx context.Context, ids []int64) ([]*vigie.Article, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list, _ := json.Marshal(ids) // cannot fail on integers
	rows, err := db.db.QueryContext(ctx, `SELECT `+listColumns+` FROM articles
		WHERE id IN (SELECT CAST(value AS BIGINT) FROM json_each(?))`, string(list))
	if err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	byID := make(map[int64]*vigie.Article, len(ids))
	for a, err := range scanArticles(rows) {
		if err != nil {
			return nil, fmt.Errorf("store: articles: %w", err)
		}
		byID[a.ID] = a
	}
	found := make([]*vigie.Article, 0, len(byID))
	for _, id := range ids {
		if a, ok := byID[id]; ok {
			found = append(found, a)
			delete(byID, id)
		}
	}
	return found, nil
}

// AllArticles returns every article, text included, ordered by id. It
// streams them from the database, holding a connection until the loop ends.
// After an error it yields nothing more. A file database can be written
// during the loop; a Memory one cannot, as writers wait for the reader until
// their busy timeout.
func (db *DB) AllArticles(ctx context.Context) iter.Seq2[*vigie.Article, error] {
	return func(yield func(*vigie.Article, error) bool) {
		rows, err := db.db.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles ORDER BY id`)
		if err != nil {
			yield(nil, fmt.Errorf("store: all articles: %w", err))
			return
		}
		for a, err := range scanArticles(rows) {
			if err != nil {
				err = fmt.Errorf("store: all articles: %w", err)
			}
			if !yield(a, err) || err != nil {
				return
			}
		}
	}
}

// CountArticles returns the number of articles.
func (db *DB) CountArticles(ctx context.Context) (int, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count articles: %w", err)
	}
	return n, nil
}

// scanArticles yields the articles of rows, then closes it. It stops after
// the first error.
func scanArticles(rows *sql.Rows) iter.Seq2[*vigie.Article, error] {
	return func(yield func(*vigie.Article, error) bool) {
		defer rows.Close()
		for rows.Next() {
			a, err := scanArticle(rows)
			if !yield(a, err) || err != nil {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(nil, err)
		}
	}
}

// scanArticle reads the articleColumns or listColumns of a row.
func scanArticle(row scanner) (*vigie.Article, error) {
	a := new(vigie.Article)
	err := row.Scan(&a.ID, &a.URL, &a.CanonicalURL, &a.Source, &a.Site, &a.Title,
		timestampColumn{&a.Published}, &a.Lang, listColumn{&a.Authors}, &a.Text, &a.Excerpt,
		&a.ETag, &a.LastModified, &a.Hash, timeColumn{&a.FetchedAt}, timeColumn{&a.UpdatedAt},
		&a.Relevant, listColumn{&a.Incidents})
	if err != nil {
		return nil, err
	}
	return a, nil
}
