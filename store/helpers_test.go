package store

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// mustOpen opens the database at path (see testPath), closed when the
// test ends, with a clock that moves a second at each reading.
func mustOpen(tb testing.TB, path string) *DB {
	tb.Helper()
	path = testPath(tb, path)
	db, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("Open(%q): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	db.now = tick(time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC))
	return db
}

// mustOpenFile opens a new database file in a temporary folder.
func mustOpenFile(tb testing.TB) *DB {
	tb.Helper()
	return mustOpen(tb, filepath.Join(tb.TempDir(), "vigie.db"))
}

// tick returns a clock that starts at t and moves a second at each reading.
func tick(t time.Time) func() time.Time {
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}

// mustSave saves a, failing the test on error, and returns changed.
func mustSave(tb testing.TB, db *DB, a *vigie.Article, raw vigie.RawPage, aliases ...string) bool {
	tb.Helper()
	changed, err := db.SaveArticle(context.Background(), a, raw, aliases...)
	if err != nil {
		tb.Fatalf("SaveArticle(%s): %v", a.URL, err)
	}
	return changed
}

// mustCount returns the number of articles.
func mustCount(tb testing.TB, db *DB) int {
	tb.Helper()
	n, err := db.CountArticles(context.Background())
	if err != nil {
		tb.Fatalf("CountArticles: %v", err)
	}
	return n
}

// mustLookup returns the article url leads to.
func mustLookup(tb testing.TB, db *DB, url string) *vigie.Article {
	tb.Helper()
	a, err := db.LookupURL(context.Background(), url)
	if err != nil {
		tb.Fatalf("LookupURL(%s): %v", url, err)
	}
	return a
}

// newArticle returns an article at url with every field set.
func newArticle(url, text string) *vigie.Article {
	paris := time.FixedZone("CET", 3600)
	return &vigie.Article{
		URL:          url,
		CanonicalURL: strings.Replace(url, "https://", "https://canonical.", 1),
		Source:       "Le Dauphiné",
		Site:         "ledauphine.com",
		Title:        "Cyberattaque à la mairie",
		Published:    vigie.At(time.Date(2025, 2, 27, 18, 5, 7, 0, paris)),
		Lang:         "fr",
		Authors:      []string{"Anne Dupré", "J. Martin"},
		Text:         text,
		Excerpt:      "La mairie est paralysée.",
		ETag:         `"abc"`,
		LastModified: "Thu, 27 Feb 2025 17:05:07 GMT",
		Hash:         hashOf(text),
		FetchedAt:    time.Date(2025, 2, 28, 9, 1, 2, 123456789, paris),
		Relevant:     true,
		Incidents:    []string{"2025-02-27-annecy"},
	}
}

func hashOf(text string) string { return fmt.Sprintf("h%d:%s", len(text), text) }

// assertArticle fails the test unless got equals want, times compared as
// instants and published timestamps by their stored form.
func assertArticle(tb testing.TB, got, want *vigie.Article) {
	tb.Helper()
	if g, w := got.Published.String(), want.Published.String(); g != w || got.Published.Precision != want.Published.Precision {
		tb.Errorf("Published = %q (%d), want %q (%d)", g, got.Published.Precision, w, want.Published.Precision)
	}
	if !got.FetchedAt.Equal(want.FetchedAt) {
		tb.Errorf("FetchedAt = %v, want %v", got.FetchedAt, want.FetchedAt)
	}
	if !got.UpdatedAt.Equal(want.UpdatedAt) {
		tb.Errorf("UpdatedAt = %v, want %v", got.UpdatedAt, want.UpdatedAt)
	}
	g, w := *got, *want
	g.Published, w.Published = vigie.Timestamp{}, vigie.Timestamp{}
	g.FetchedAt, w.FetchedAt, g.UpdatedAt, w.UpdatedAt = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	if !reflect.DeepEqual(g, w) {
		tb.Errorf("article =\n%+v\nwant\n%+v", g, w)
	}
}

// assertCode fails the test unless err has the given code.
func assertCode(tb testing.TB, err error, code string) {
	tb.Helper()
	if got := vigie.ErrorCode(err); got != code {
		tb.Errorf("error %v has code %q, want %q", err, got, code)
	}
}
