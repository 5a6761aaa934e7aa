package store

import (
	"context"
	"testing"

	"github.com/vigie-news/vigie"
)

// TestIndexOutbox: a saved article is queued in the same transaction; an
// unchanged save queues nothing; Indexed of an old version leaves a newer
// change queued.
func TestIndexOutbox(t *testing.T) {
	t.Parallel()
	sqliteOnly(t) // PostgreSQL's indexes follow the change sequence (TestChanges)
	ctx := context.Background()
	db := mustOpenFile(t)
	a := newArticle("https://example.com/a", "text")
	mustSave(t, db, a, vigie.RawPage{})
	qs, err := db.Pending(ctx, 10)
	if err != nil || len(qs) != 1 || qs[0].ArticleID != a.ID {
		t.Fatalf("Pending = %+v, %v; want article %d", qs, err, a.ID)
	}
	a.Text, a.Hash = "text, changed", "h2"
	mustSave(t, db, a, vigie.RawPage{}) // changed while the first version is being indexed
	if err := db.Indexed(ctx, qs...); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.CountPending(ctx); n != 1 {
		t.Errorf("%d queued after indexing an old version, want the newer one queued", n)
	}
	qs, _ = db.Pending(ctx, 10)
	if err := db.Indexed(ctx, qs...); err != nil {
		t.Fatal(err)
	}
	mustSave(t, db, a, vigie.RawPage{}) // unchanged
	if n, _ := db.CountPending(ctx); n != 0 {
		t.Errorf("%d queued after an unchanged save, want 0", n)
	}
}
