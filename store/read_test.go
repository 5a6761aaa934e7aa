package store

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/vigie-news/vigie"
)

// mustSaveN saves n articles and returns their ids in order.
func mustSaveN(tb testing.TB, db *DB, n int) []int64 {
	tb.Helper()
	var ids []int64
	for i := range n {
		a := newArticle(fmt.Sprintf("https://example.com/%d", i), fmt.Sprintf("text %d", i))
		mustSave(tb, db, a, vigie.RawPage{})
		ids = append(ids, a.ID)
	}
	return ids
}

func TestArticles(t *testing.T) {
	t.Parallel()
	db := mustOpen(t, Memory)
	ids := mustSaveN(t, db, 4)
	missing := ids[3] + 100
	tests := []struct {
		name string
		ids  []int64
		want []int64
	}{
		{"in the order asked", []int64{ids[2], ids[0], ids[3]}, []int64{ids[2], ids[0], ids[3]}},
		{"missing skipped", []int64{missing, ids[1]}, []int64{ids[1]}},
		{"repeats skipped", []int64{ids[1], ids[1]}, []int64{ids[1]}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			list, err := db.Articles(context.Background(), tt.ids)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, a := range list {
				got = append(got, a.ID)
				if a.Text != "" || a.Title == "" {
					t.Errorf("article %d: text %q, title %q; want no text, a title", a.ID, a.Text, a.Title)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ids = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAllArticles(t *testing.T) {
	t.Parallel()
	db := mustOpenFile(t)
	ids := mustSaveN(t, db, 5)
	var got []int64
	for a, err := range db.AllArticles(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("text %d", len(got)); a.Text != want {
			t.Errorf("article %d: text %q, want %q", a.ID, a.Text, want)
		}
		got = append(got, a.ID)
	}
	if !slices.Equal(got, ids) {
		t.Errorf("ids = %v, want %v", got, ids)
	}

	n := 0
	for range db.AllArticles(context.Background()) {
		if n++; n == 2 {
			break
		}
	}
	if inUse := db.db.Stats().InUse; inUse != 0 {
		t.Errorf("after breaking out of the loop, %d connections in use, want 0", inUse)
	}
}

func TestAllArticlesCanceled(t *testing.T) {
	t.Parallel()
	db := mustOpen(t, Memory)
	mustSaveN(t, db, 2)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	errs := 0
	for _, err := range db.AllArticles(ctx) {
		if err != nil {
			errs++
		}
	}
	if errs != 1 {
		t.Errorf("canceled listing yielded %d errors, want 1", errs)
	}
}
