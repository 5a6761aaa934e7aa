package pipeline

import (
	"context"
	"io"
	"testing"

	"github.com/vigie-news/vigie"
)

// TestReprocessDatesAnew: an article stored without its date by an older
// reading of its page is dated when reprocessed, though its text is the
// same.
func TestReprocessDatesAnew(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t, corpusDir)
	f.crawl(t, false)
	var dated *vigie.Article
	for a, err := range f.app.DB.AllArticles(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if !a.Published.IsZero() {
			dated = a
			break
		}
	}
	if dated == nil {
		t.Fatal("no dated article in the corpus")
	}
	want, hash := dated.Published.String(), dated.Hash
	undated := *dated
	undated.Published, undated.Hash = vigie.Timestamp{}, "an older reading"
	for _, h := range []string{"an older reading", hash} { // stored undated, with the text's own hash
		undated.Hash = h
		if _, err := f.app.DB.SaveArticle(ctx, &undated, vigie.RawPage{}); err != nil {
			t.Fatal(err)
		}
	}
	if a, err := f.app.DB.Article(ctx, dated.ID); err != nil || !a.Published.IsZero() {
		t.Fatalf("set-up: article %v, %v; want it stored undated", a, err)
	}
	if _, _, err := f.app.Reprocess(ctx, SourcesByName(f.cfg), io.Discard); err != nil {
		t.Fatal(err)
	}
	if a, err := f.app.DB.Article(ctx, dated.ID); err != nil || a.Published.String() != want {
		t.Errorf("after reprocess: published %q (%v), want %q", a.Published, err, want)
	}
}
