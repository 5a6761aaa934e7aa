package store

import (
	"context"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

func TestArticleRoundTrip(t *testing.T) {
	t.Parallel()
	paris := time.FixedZone("CET", 3600)
	tests := []struct {
		name   string
		edit   func(a *vigie.Article)
		unix   any // published_unix
		precis int
	}{
		{"minute", func(a *vigie.Article) {}, int64(1740675907), 3},
		{"day", func(a *vigie.Article) {
			a.Published = vigie.Day(time.Date(2025, 2, 27, 23, 30, 0, 0, paris))
		}, int64(1740614400), 2},
		{"month", func(a *vigie.Article) {
			a.Published = vigie.Timestamp{Time: time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC), Precision: vigie.PrecisionMonth}
		}, int64(1738368000), 1},
		{"empty", func(a *vigie.Article) {
			*a = vigie.Article{URL: a.URL}
		}, nil, 0},
		{"one author, no incident", func(a *vigie.Article) {
			a.Authors, a.Incidents, a.Relevant = []string{"Zoé « Z » O'Brien"}, nil, false
		}, int64(1740675907), 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			db := mustOpen(t, Memory)
			want := newArticle("https://example.com/"+tt.name, "Première ligne.\n\nSeconde.")
			tt.edit(want)
			if !mustSave(t, db, want, vigie.RawPage{}) {
				t.Error("SaveArticle of a new article reported no change")
			}
			if want.ID == 0 || want.UpdatedAt.IsZero() {
				t.Errorf("SaveArticle set ID %d and UpdatedAt %v", want.ID, want.UpdatedAt)
			}
			got, err := db.Article(ctx, want.ID)
			if err != nil {
				t.Fatal(err)
			}
			assertArticle(t, got, want)

			var unix any
			var precision int
			err = db.db.QueryRowContext(ctx, "SELECT published_unix, precision FROM articles WHERE id = ?", want.ID).Scan(&unix, &precision)
			if err != nil || unix != tt.unix || precision != tt.precis {
				t.Errorf("published_unix, precision = %v, %d, %v; want %v, %d", unix, precision, err, tt.unix, tt.precis)
			}
		})
	}
}

func TestSaveArticleTwice(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	first := newArticle("https://example.com/a", "text")
	mustSave(t, db, first, vigie.RawPage{})

	again := newArticle("https://example.com/a", "text")
	again.ETag, again.LastModified = `"def"`, "Fri, 28 Feb 2025 10:00:00 GMT"
	again.FetchedAt = first.FetchedAt.Add(time.Hour)
	again.Title = "ignored, as the hash is the same"
	if mustSave(t, db, again, vigie.RawPage{}) {
		t.Error("saving the same article again reported a change")
	}
	if n := mustCount(t, db); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
	if again.ID != first.ID || !again.UpdatedAt.Equal(first.UpdatedAt) {
		t.Errorf("second save gave ID %d, UpdatedAt %v; want %d, %v", again.ID, again.UpdatedAt, first.ID, first.UpdatedAt)
	}
	want := *first
	want.ETag, want.LastModified, want.FetchedAt = again.ETag, again.LastModified, again.FetchedAt
	got, err := db.Article(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	assertArticle(t, got, &want)
}

func TestSaveArticleChanged(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	first := newArticle("https://example.com/a", "text")
	mustSave(t, db, first, vigie.RawPage{})

	changed := newArticle("https://example.com/a", "corrected text")
	changed.Title, changed.Authors, changed.Relevant = "Corrected", nil, false
	if !mustSave(t, db, changed, vigie.RawPage{}) {
		t.Error("saving a changed article reported no change")
	}
	if changed.ID != first.ID {
		t.Errorf("changed article got ID %d, want %d", changed.ID, first.ID)
	}
	if !changed.UpdatedAt.After(first.UpdatedAt) {
		t.Errorf("UpdatedAt = %v, want after %v", changed.UpdatedAt, first.UpdatedAt)
	}
	got, err := db.Article(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	assertArticle(t, got, changed)
	if n := mustCount(t, db); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
}

func TestSaveArticleMoved(t *testing.T) {
	t.Parallel()
	db := mustOpen(t, Memory)
	old := newArticle("https://example.com/old", "text")
	old.CanonicalURL = ""
	mustSave(t, db, old, vigie.RawPage{})

	// The page answers a 301 to its new address, unchanged.
	moved := newArticle("https://example.com/new", "text")
	moved.CanonicalURL = ""
	if mustSave(t, db, moved, vigie.RawPage{}, "https://example.com/old") {
		t.Error("saving a moved, unchanged article reported a change")
	}
	if moved.ID != old.ID {
		t.Errorf("moved article got ID %d, want %d", moved.ID, old.ID)
	}
	for _, u := range []string{"https://example.com/old", "https://example.com/new"} {
		a := mustLookup(t, db, u)
		if a.ID != old.ID || a.URL != "https://example.com/old" {
			t.Errorf("LookupURL(%s) = article %d at %s, want %d at the stored URL", u, a.ID, a.URL, old.ID)
		}
	}
	if n := mustCount(t, db); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}

	// Changed at its new address, it takes that address.
	changed := newArticle("https://example.com/new", "new text")
	changed.CanonicalURL = ""
	if !mustSave(t, db, changed, vigie.RawPage{}) || changed.ID != old.ID {
		t.Errorf("saving the moved article changed: got ID %d, want %d and a change", changed.ID, old.ID)
	}
	if a := mustLookup(t, db, "https://example.com/old"); a.URL != changed.URL || a.Hash != changed.Hash {
		t.Errorf("LookupURL(old) = %s with hash %s, want %s with %s", a.URL, a.Hash, changed.URL, changed.Hash)
	}
}

func TestSaveArticleAlias(t *testing.T) {
	t.Parallel()
	db := mustOpen(t, Memory)
	a := newArticle("https://example.com/final", "text")
	mustSave(t, db, a, vigie.RawPage{}, "http://example.com/short", "")
	for _, u := range []string{a.URL, a.CanonicalURL, "http://example.com/short"} {
		got := mustLookup(t, db, u)
		if got.ID != a.ID {
			t.Errorf("LookupURL(%s) = article %d, want %d", u, got.ID, a.ID)
		}
		if got.Text != "" || got.Title != a.Title || got.ETag != a.ETag {
			t.Errorf("LookupURL(%s) = text %q, title %q, etag %q; want no text, %q, %q", u, got.Text, got.Title, got.ETag, a.Title, a.ETag)
		}
	}

	// Reached through the alias, the same article is not stored again.
	again := newArticle("https://example.com/final", "text")
	again.CanonicalURL = ""
	mustSave(t, db, again, vigie.RawPage{}, "http://example.com/short")
	if n := mustCount(t, db); n != 1 || again.ID != a.ID {
		t.Errorf("%d articles, ID %d; want 1, %d", n, again.ID, a.ID)
	}
}

func TestSaveArticleCanonical(t *testing.T) {
	t.Parallel()
	db := mustOpen(t, Memory)
	a := newArticle("https://example.com/a?utm_source=rss", "text")
	a.CanonicalURL = "https://example.com/a"
	mustSave(t, db, a, vigie.RawPage{})

	amp := newArticle("https://example.com/amp/a", "text")
	amp.CanonicalURL = "https://example.com/a"
	if mustSave(t, db, amp, vigie.RawPage{}) {
		t.Error("saving the same article under another URL reported a change")
	}
	if amp.ID != a.ID || mustCount(t, db) != 1 {
		t.Errorf("article under its canonical URL got ID %d, want %d and one row", amp.ID, a.ID)
	}
	if got := mustLookup(t, db, "https://example.com/amp/a"); got.ID != a.ID {
		t.Errorf("LookupURL(amp) = %d, want %d", got.ID, a.ID)
	}
}

func TestSaveArticleURLOfAnother(t *testing.T) {
	t.Parallel()
	db := mustOpen(t, Memory)
	a := newArticle("https://example.com/a", "text a")
	a.CanonicalURL = ""
	mustSave(t, db, a, vigie.RawPage{})
	b := newArticle("https://example.com/b", "text b")
	b.CanonicalURL = ""
	mustSave(t, db, b, vigie.RawPage{})

	// b now claims a's URL as its canonical: b is found by its own URL
	// first, and a's URL keeps leading to a.
	b.CanonicalURL = a.URL
	mustSave(t, db, b, vigie.RawPage{})
	if b.ID == a.ID {
		t.Fatalf("b was saved as a")
	}
	if got := mustLookup(t, db, a.URL); got.ID != a.ID {
		t.Errorf("LookupURL(a) = %d, want %d", got.ID, a.ID)
	}
	if n := mustCount(t, db); n != 2 {
		t.Errorf("%d articles, want 2", n)
	}
}

func TestSaveArticleInvalid(t *testing.T) {
	t.Parallel()
	db := mustOpen(t, Memory)
	_, err := db.SaveArticle(context.Background(), &vigie.Article{Title: "no URL"}, vigie.RawPage{})
	assertCode(t, err, vigie.EINVALID)
}

func TestNotFound(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	a := newArticle("https://example.com/a", "text")
	mustSave(t, db, a, vigie.RawPage{})
	missing := a.ID + 1
	tests := []struct {
		name string
		err  error
	}{
		{"Article", second(db.Article(ctx, missing))},
		{"LookupURL", second(db.LookupURL(ctx, "https://example.com/unknown"))},
		{"RawPage", second(db.RawPage(ctx, a.ID))},
		{"TouchArticle", db.TouchArticle(ctx, missing, time.Now())},
		{"SetRelevance", db.SetRelevance(ctx, missing, true, nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertCode(t, tt.err, vigie.ENOTFOUND)
		})
	}
}

// second returns the error of a two-result call.
func second[T any](_ T, err error) error { return err }

func TestTouchArticle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	a := newArticle("https://example.com/a", "text")
	mustSave(t, db, a, vigie.RawPage{})
	at := a.FetchedAt.Add(24*time.Hour + time.Nanosecond)
	if err := db.TouchArticle(ctx, a.ID, at); err != nil {
		t.Fatal(err)
	}
	got := mustLookup(t, db, a.URL)
	if !got.FetchedAt.Equal(at) || !got.UpdatedAt.Equal(a.UpdatedAt) {
		t.Errorf("after touch: FetchedAt %v, UpdatedAt %v; want %v, %v", got.FetchedAt, got.UpdatedAt, at, a.UpdatedAt)
	}
}

func TestSetRelevance(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	a := newArticle("https://example.com/a", "text")
	a.Relevant, a.Incidents = false, nil
	mustSave(t, db, a, vigie.RawPage{})
	steps := []struct {
		relevant  bool
		incidents []string
	}{
		{true, []string{"i1", "i2"}},
		{false, nil},
	}
	for _, s := range steps {
		if err := db.SetRelevance(ctx, a.ID, s.relevant, s.incidents); err != nil {
			t.Fatal(err)
		}
		want := *a
		want.Relevant, want.Incidents = s.relevant, s.incidents
		got, err := db.Article(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		assertArticle(t, got, &want)
	}
}
