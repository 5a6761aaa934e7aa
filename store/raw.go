package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/vigie-news/vigie"
)

// saveRawPage stores raw, gzip-compressed, as the page of article id,
// replacing any other. Its URL and FetchedAt default to a's.
func saveRawPage(ctx context.Context, tx *sql.Tx, id int64, a *vigie.Article, raw vigie.RawPage) error {
	if raw.URL == "" {
		raw.URL = a.URL
	}
	if raw.FetchedAt.IsZero() {
		raw.FetchedAt = a.FetchedAt
	}
	body, err := compress(raw.Body)
	if err != nil {
		return fmt.Errorf("compress raw page: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO raw_pages (article_id, url, content_type, body, fetched_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (article_id) DO UPDATE SET url = excluded.url,
			content_type = excluded.content_type, body = excluded.body, fetched_at = excluded.fetched_at`,
		id, raw.URL, raw.ContentType, body, timeValue(raw.FetchedAt))
	if err != nil {
		return fmt.Errorf("save raw page: %w", err)
	}
	return nil
}

// RawPage returns the page article articleID was extracted from.
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
	if p.Body, err = decompress(body); err != nil {
		return vigie.RawPage{}, fmt.Errorf("store: raw page %d: %w", articleID, err)
	}
	return p, nil
}

// gzipWriters are reused, as each allocates close to a megabyte.
var gzipWriters = sync.Pool{New: func() any { return gzip.NewWriter(nil) }}

// compress gzips b.
func compress(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	zw.Reset(&buf)
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decompress gunzips b.
func decompress(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}
