package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/store/pagetrim"
)

// storedBody is raw's body as saveRawPage stores it: trimmed to what
// extraction reads of it (pagetrim.Trim, which keeps the article `vigie
// reprocess` extracts from it the same), then zstd-compressed; nil when
// raw has no body.
func storedBody(raw vigie.RawPage) []byte {
	if len(raw.Body) == 0 {
		return nil
	}
	return encodePage(pagetrim.Trim(raw.ContentType, raw.Body))
}

// saveRawPage stores raw, its body stored as body (storedBody), as the page
// of article id, replacing any other. Its URL and FetchedAt default to a's.
func saveRawPage(ctx context.Context, tx *sql.Tx, id int64, a *vigie.Article, raw vigie.RawPage, body []byte) error {
	if raw.URL == "" {
		raw.URL = a.URL
	}
	if raw.FetchedAt.IsZero() {
		raw.FetchedAt = a.FetchedAt
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO raw_pages (article_id, url, content_type, body, fetched_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (article_id) DO UPDATE SET url = excluded.url,
			content_type = excluded.content_type, body = excluded.body, fetched_at = excluded.fetched_at`,
		id, raw.URL, raw.ContentType, body, timeValue(raw.FetchedAt))
	if err != nil {
		return fmt.Errorf("save raw page: %w", err)
	}
	return nil
}

// RawPage returns the page article articleID was extracted from, as
// saveRawPage stored it: an HTML page in UTF-8 without what extraction never
// reads (the code of long scripts and styles, comments, some attributes),
// any other body byte for byte.
func (db *DB) RawPage(ctx context.Context, articleID int64) (vigie.RawPage, error) {
	p := vigie.RawPage{ArticleID: articleID}
	var body []byte
	err := db.db.QueryRowContext(ctx, `SELECT url, content_type, body, fetched_at
		FROM raw_pages WHERE article_id = ?`, articleID).
		Scan(&p.URL, &p.ContentType, &body, timeColumn{&p.FetchedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return vigie.RawPage{}, vigie.Errorf(vigie.ENOTFOUND, "raw page of article %d not found", articleID)
	} else if err != nil {
		return vigie.RawPage{}, fmt.Errorf("store: raw page %d: %w", articleID, err)
	}
	if p.Body, err = decodePage(body); err != nil {
		return vigie.RawPage{}, fmt.Errorf("store: raw page %d: %w", articleID, err)
	}
	return p, nil
}
