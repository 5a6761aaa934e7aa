package index

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/vigie-news/vigie"
)

// mustOpen opens the index at path and closes it at the end of the test.
func mustOpen(tb testing.TB, path string) *Index {
	tb.Helper()
	x, err := Open(path)
	if err != nil {
		tb.Fatalf("Open(%q): %v", path, err)
	}
	tb.Cleanup(func() { _ = x.Close() })
	return x
}

// mustIndex indexes articles in x in one batch.
func mustIndex(tb testing.TB, x *Index, as ...*vigie.Article) {
	tb.Helper()
	if err := x.IndexBatch(as); err != nil {
		tb.Fatalf("IndexBatch: %v", err)
	}
}

// mustSearch searches x for f.
func mustSearch(tb testing.TB, x *Index, f vigie.ArticleFilter) Result {
	tb.Helper()
	r, err := x.Search(context.Background(), f)
	if err != nil {
		tb.Fatalf("Search(%+v): %v", f, err)
	}
	return r
}

// mustCount returns the number of documents of x.
func mustCount(tb testing.TB, x *Index) uint64 {
	tb.Helper()
	n, err := x.Count()
	if err != nil {
		tb.Fatalf("Count: %v", err)
	}
	return n
}

// searchIDs returns the sorted ids of the articles matching q.
func searchIDs(tb testing.TB, x *Index, q string) []int64 {
	tb.Helper()
	ids := mustSearch(tb, x, vigie.ArticleFilter{Query: q, Size: MaxSize}).IDs
	slices.Sort(ids)
	return ids
}

func TestOpen_reopenKeepsDocuments(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "articles.bleve")
	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mustIndex(t, x, corpus()...)
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}

	x = mustOpen(t, path)
	if n, want := mustCount(t, x), uint64(len(corpus())); n != want {
		t.Errorf("Count after reopen = %d, want %d", n, want)
	}
	if got := searchIDs(t, x, "seez rancongiciel"); !slices.Equal(got, []int64{1}) {
		t.Errorf("search after reopen = %v, want [1]", got)
	}
}

func TestOpen_versionMismatch(t *testing.T) {
	t.Parallel()
	for name, version := range map[string]string{"older": "vigie-articles-0", "none": ""} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "articles.bleve")
			idx, err := bleve.New(path, bleve.NewIndexMapping())
			if err != nil {
				t.Fatal(err)
			}
			if version != "" {
				if err := idx.SetInternal(versionKey, []byte(version)); err != nil {
					t.Fatal(err)
				}
			}
			if err := idx.Close(); err != nil {
				t.Fatal(err)
			}
			x, err := Open(path)
			if err == nil {
				_ = x.Close()
				t.Fatal("Open succeeded, want a mapping version error")
			}
			if !strings.Contains(vigie.ErrorMessage(err), "vigie reindex") {
				t.Errorf("error %q does not say to run vigie reindex", vigie.ErrorMessage(err))
			}
			// the index must have been closed: it opens again
			idx, err = bleve.Open(path)
			if err != nil {
				t.Fatalf("reopen after refusal: %v", err)
			}
			_ = idx.Close()
		})
	}
}

func TestOpen_lockedIndex(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "articles.bleve")
	mustOpen(t, path)
	if x, err := Open(path); err == nil {
		_ = x.Close()
		t.Fatal("second Open of an index in use succeeded")
	}
}

func TestOpen_notAnIndex(t *testing.T) {
	t.Parallel()
	if x, err := Open(t.TempDir()); err == nil {
		_ = x.Close()
		t.Fatal("Open of an empty directory succeeded")
	}
}

func TestIndex_replaceAndDelete(t *testing.T) {
	t.Parallel()
	x := mustOpen(t, "")
	a := &vigie.Article{ID: 42, Lang: "fr", Title: "Première version", Text: "Un texte sur Chambéry."}
	if err := x.Index(a); err != nil {
		t.Fatal(err)
	}
	b := *a
	b.Text = "Un texte sur Albertville."
	if err := x.Index(&b); err != nil {
		t.Fatal(err)
	}
	if n := mustCount(t, x); n != 1 {
		t.Errorf("Count after replace = %d, want 1", n)
	}
	if got := searchIDs(t, x, "chambery"); len(got) != 0 {
		t.Errorf("old text still found: %v", got)
	}
	if got := searchIDs(t, x, "albertville"); !slices.Equal(got, []int64{42}) {
		t.Errorf("new text found in %v, want [42]", got)
	}
	if err := x.Delete(42); err != nil {
		t.Fatal(err)
	}
	if err := x.Delete(43); err != nil {
		t.Errorf("Delete of a missing article: %v", err)
	}
	if n := mustCount(t, x); n != 0 {
		t.Errorf("Count after delete = %d, want 0", n)
	}
	if err := x.IndexBatch(nil); err != nil {
		t.Errorf("IndexBatch of nothing: %v", err)
	}
}

func TestIndex_refusesArticlesWithoutID(t *testing.T) {
	t.Parallel()
	x := mustOpen(t, "")
	for name, a := range map[string]*vigie.Article{"nil": nil, "no id": {Title: "Sans id"}} {
		t.Run(name, func(t *testing.T) {
			if err := x.Index(a); err == nil {
				t.Error("Index succeeded")
			}
			if err := x.IndexBatch([]*vigie.Article{{ID: 1}, a}); err == nil {
				t.Error("IndexBatch succeeded")
			}
		})
	}
	if n := mustCount(t, x); n != 0 {
		t.Errorf("Count = %d, want 0: a failed batch indexes nothing", n)
	}
}

func TestSearch_canceledContext(t *testing.T) {
	t.Parallel()
	x := mustOpen(t, "")
	mustIndex(t, x, corpus()...)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := x.Search(ctx, vigie.ArticleFilter{Query: "seez"})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Search with a canceled context: %v, want context.Canceled", err)
	}
}
