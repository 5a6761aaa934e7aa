package store

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

func TestRawPage(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	body := []byte("<html><body>" + strings.Repeat("<p>Cyberattaque à la mairie.</p>\n", 500) + "</body></html>")
	a := newArticle("https://example.com/a", "text")
	raw := vigie.RawPage{
		URL:         "http://example.com/a",
		ContentType: "text/html; charset=utf-8",
		Body:        body,
		FetchedAt:   time.Date(2025, 2, 28, 9, 1, 2, 5, time.UTC),
	}
	mustSave(t, db, a, raw)
	raw.ArticleID = a.ID
	assertRawPage(t, db, raw)

	var stored []byte
	if err := db.db.QueryRowContext(ctx, "SELECT body FROM raw_pages WHERE article_id = ?", a.ID).Scan(&stored); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(stored, zstdMagic) || len(stored) >= len(body)/10 {
		t.Errorf("stored body: %d bytes starting % x, want zstd, under a tenth of %d", len(stored), stored[:4], len(body))
	}

	// Saving without a body keeps the page; with one replaces it.
	mustSave(t, db, a, vigie.RawPage{})
	assertRawPage(t, db, raw)
	mustSave(t, db, a, vigie.RawPage{Body: []byte("new")})
	assertRawPage(t, db, vigie.RawPage{ArticleID: a.ID, URL: a.URL, Body: []byte("new"), FetchedAt: a.FetchedAt})
}

// assertRawPage fails the test unless db holds want.
func assertRawPage(tb testing.TB, db *DB, want vigie.RawPage) {
	tb.Helper()
	got, err := db.RawPage(context.Background(), want.ArticleID)
	if err != nil {
		tb.Fatal(err)
	}
	if !got.FetchedAt.Equal(want.FetchedAt) {
		tb.Errorf("FetchedAt = %v, want %v", got.FetchedAt, want.FetchedAt)
	}
	got.FetchedAt, want.FetchedAt = time.Time{}, time.Time{}
	if !reflect.DeepEqual(got, want) {
		tb.Errorf("raw page = %+.80v, want %+.80v", got, want)
	}
}

func TestArticleCascade(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	a := newArticle("https://example.com/a", "text")
	mustSave(t, db, a, vigie.RawPage{Body: []byte("page")}, "https://example.com/alias")
	if _, err := db.db.ExecContext(ctx, "DELETE FROM articles WHERE id = ?", a.ID); err != nil {
		t.Fatal(err)
	}
	var n int
	err := db.db.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM article_urls) + (SELECT count(*) FROM raw_pages)").Scan(&n)
	if err != nil || n != 0 {
		t.Errorf("%d URLs and raw pages left, %v; want 0", n, err)
	}
}
