package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/vigie-news/vigie"
)

// stored is what SaveArticle needs to know of an article already stored.
type stored struct {
	id        int64
	hash      string
	updatedAt time.Time
	published string // as written: a new reading of the same text may date it
	lang      string
}

// SaveArticle stores a and the page it was extracted from, and records
// a.URL, a.CanonicalURL (when on a.URL's site) and aliases (such as the URL requested before
// redirects) as leading to it. It reports whether the article is new or its
// Hash changed.
//
// An article already stored under any of those URLs (a.URL first, then
// a.CanonicalURL, then aliases) is updated rather than stored twice:
// entirely, URL included, when its hash changed; otherwise only its
// FetchedAt, ETag and LastModified, keeping its stored URL. A URL already
// leading to another article is left to it. raw replaces the stored page
// when its Body is not empty. SaveArticle sets a.ID and a.UpdatedAt.
func (db *DB) SaveArticle(ctx context.Context, a *vigie.Article, raw vigie.RawPage, aliases ...string) (changed bool, err error) {
	if a.URL == "" {
		return false, vigie.Errorf(vigie.EINVALID, "the article has no URL")
	}
	urls := articleURLs(a, aliases)
	body := storedBody(raw) // trimmed and compressed outside the write transaction
	var s stored
	err = db.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		if s, changed, err = saveArticle(ctx, tx, a, db.now().UTC(), urls); err != nil {
			return err
		}
		if err := addURLs(ctx, tx, s.id, urls); err != nil {
			return err
		}
		if changed { // the index follows, through the outbox
			if err := db.queueIndex(ctx, tx, s.id); err != nil {
				return err
			}
		}
		if len(raw.Body) > 0 {
			return saveRawPage(ctx, tx, s.id, a, raw, body)
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("store: save article %s: %w", a.URL, err)
	}
	a.ID, a.UpdatedAt = s.id, s.updatedAt
	return changed, nil
}

// articleURLs lists the URLs that lead to a, without blanks or repeats,
// a.URL first as it takes precedence in finding a stored article.
func articleURLs(a *vigie.Article, aliases []string) []string {
	urls := make([]string, 0, 2+len(aliases))
	canonical := a.CanonicalURL
	if !trustedCanonical(a.URL, canonical) {
		canonical = "" // another site's URL: recorded, never identity
	}
	for _, u := range append([]string{a.URL, canonical}, aliases...) {
		if u != "" && !slices.Contains(urls, u) {
			urls = append(urls, u)
		}
	}
	return urls
}

// saveArticle inserts or updates a and returns the stored row.
func saveArticle(ctx context.Context, tx *sql.Tx, a *vigie.Article, now time.Time, urls []string) (stored, bool, error) {
	s, err := findArticle(ctx, tx, urls)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		s, err = insertArticle(ctx, tx, a, now)
		return s, true, err
	case err != nil:
		return s, false, err
	case s.hash != a.Hash || s.published != a.Published.String() || s.lang != a.Lang:
		s.updatedAt = now
		_, err = tx.ExecContext(ctx, `UPDATE articles SET `+updateAll+` WHERE id = :id`,
			append(articleArgs(a, now), sql.Named("id", s.id))...)
		return s, true, err
	}
	_, err = tx.ExecContext(ctx, `UPDATE articles
		SET fetched_at = ?, etag = ?, last_modified = ? WHERE id = ?`,
		timeValue(a.FetchedAt), a.ETag, a.LastModified, s.id)
	return s, false, err
}

// findArticle returns the article the first of urls known leads to, or
// sql.ErrNoRows.
func findArticle(ctx context.Context, tx *sql.Tx, urls []string) (stored, error) {
	for _, u := range urls {
		id, err := lookupID(ctx, tx, u)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		} else if err != nil {
			return stored{}, err
		}
		s := stored{id: id}
		err = tx.QueryRowContext(ctx, `SELECT hash, updated_at, published, lang FROM articles WHERE id = ?`, id).
			Scan(&s.hash, timeColumn{&s.updatedAt}, &s.published, &s.lang)
		return s, err
	}
	return stored{}, sql.ErrNoRows
}

// updateAll sets every column articleArgs gives, but created_at.
const updateAll = `url = :url, canonical_url = :canonical_url, source = :source,
	site = :site, title = :title, published = :published,
	published_unix = :published_unix, precision = :precision, lang = :lang,
	authors = :authors, text = :text, excerpt = :excerpt, etag = :etag,
	last_modified = :last_modified, hash = :hash, fetched_at = :fetched_at,
	updated_at = :now, relevant = :relevant, incidents = :incidents`

// insertArticle stores a as a new article.
func insertArticle(ctx context.Context, tx *sql.Tx, a *vigie.Article, now time.Time) (stored, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO articles (url, canonical_url, source,
			site, title, published, published_unix, precision, lang, authors, text,
			excerpt, etag, last_modified, hash, fetched_at, created_at, updated_at,
			relevant, incidents)
		VALUES (:url, :canonical_url, :source, :site, :title, :published,
			:published_unix, :precision, :lang, :authors, :text, :excerpt, :etag,
			:last_modified, :hash, :fetched_at, :now, :now, :relevant, :incidents)
		RETURNING id`,
		articleArgs(a, now)...).Scan(&id)
	return stored{id: id, hash: a.Hash, updatedAt: now}, err
}

// articleArgs are the named values of a's columns, with now as :now.
func articleArgs(a *vigie.Article, now time.Time) []any {
	precision := a.Published.Precision
	if a.Published.IsZero() {
		precision = vigie.PrecisionNone
	}
	return []any{
		sql.Named("url", a.URL), sql.Named("canonical_url", a.CanonicalURL),
		sql.Named("source", a.Source), sql.Named("site", a.Site),
		sql.Named("title", a.Title), sql.Named("published", a.Published.String()),
		sql.Named("published_unix", publishedUnix(a.Published)),
		sql.Named("precision", int64(precision)), sql.Named("lang", a.Lang),
		sql.Named("authors", listValue(a.Authors)), sql.Named("text", a.Text),
		sql.Named("excerpt", a.Excerpt), sql.Named("etag", a.ETag),
		sql.Named("last_modified", a.LastModified), sql.Named("hash", a.Hash),
		sql.Named("fetched_at", timeValue(a.FetchedAt)), sql.Named("now", timeValue(now)),
		sql.Named("relevant", a.Relevant), sql.Named("incidents", listValue(a.Incidents)),
	}
}

// addURLs records urls as leading to article id, leaving alone those that
// already lead somewhere.
func addURLs(ctx context.Context, tx *sql.Tx, id int64, urls []string) error {
	for _, u := range urls {
		_, err := tx.ExecContext(ctx, `INSERT INTO article_urls (url, article_id)
			VALUES (?, ?) ON CONFLICT (url) DO NOTHING`, u, id)
		if err != nil {
			return fmt.Errorf("add url %s: %w", u, err)
		}
	}
	return nil
}

// TouchArticle records that article id was fetched again at fetchedAt and
// found unchanged, as after a 304 answer.
func (db *DB) TouchArticle(ctx context.Context, id int64, fetchedAt time.Time) error {
	res, err := db.exec(ctx, `UPDATE articles SET fetched_at = ? WHERE id = ?`,
		timeValue(fetchedAt), id)
	return checkUpdated(res, err, id, "touch")
}

// SetRelevance records whether article id reports an attack on a local
// authority, and the ids of the incidents it reports.
func (db *DB) SetRelevance(ctx context.Context, id int64, relevant bool, incidents []string) error {
	res, err := db.exec(ctx, `UPDATE articles SET relevant = ?, incidents = ? WHERE id = ?`,
		relevant, listValue(incidents), id)
	return checkUpdated(res, err, id, "set relevance of")
}

// checkUpdated turns the result of an update of article id into an error,
// ENOTFOUND when there was no such article.
func checkUpdated(res sql.Result, err error, id int64, action string) error {
	var n int64
	if err == nil {
		n, err = res.RowsAffected()
	}
	if err != nil {
		return fmt.Errorf("store: %s article %d: %w", action, id, err)
	} else if n == 0 {
		return vigie.Errorf(vigie.ENOTFOUND, "article %d not found", id)
	}
	return nil
}
