package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/vigie-news/vigie"
)

// TestChanges: every change of an article takes the next number of the
// change sequence; a reader after seq N reads the articles changed since,
// each once, at its last change.
func TestChanges(t *testing.T) {
	t.Parallel()
	if !onPostgres {
		t.Skip("PostgreSQL only: SQLite's index follows the outbox (TestIndexOutbox)")
	}
	ctx := context.Background()
	db := mustOpen(t, Memory)
	if seq, err := db.LastChange(ctx); err != nil || seq != 0 {
		t.Fatalf("LastChange of an empty store = %d, %v", seq, err)
	}
	a, b := newArticle("https://example.com/a", "a"), newArticle("https://example.com/b", "b")
	mustSave(t, db, a, vigie.RawPage{})
	mustSave(t, db, b, vigie.RawPage{})
	mustSave(t, db, a, vigie.RawPage{}) // unchanged: no change
	seen, err := db.LastChange(ctx)
	if err != nil || seen != 2 {
		t.Fatalf("LastChange = %d, %v; want 2", seen, err)
	}
	a.Text, a.Hash = "a2", hashOf("a2")
	mustSave(t, db, a, vigie.RawPage{})
	cs, err := db.ChangesAfter(ctx, 1, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(cs), fmt.Sprintf("[{2 %d} {3 %d}]", b.ID, a.ID); got != want {
		t.Errorf("ChangesAfter(1) = %s, want %s", got, want)
	}
	if n, err := db.CountChangesAfter(ctx, seen); err != nil || n != 1 {
		t.Errorf("CountChangesAfter(%d) = %d, %v; want 1", seen, n, err)
	}
}
