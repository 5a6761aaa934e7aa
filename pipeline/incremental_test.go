package pipeline

import (
	"context"
	"slices"
	"testing"
)

// TestIncrementalMatchesFullRecluster feeds a crawled corpus's reports to
// the incremental update a few articles at a time, newest first, so that
// each update reclusters only what its articles can join; the incidents
// must be those of a full recluster, ids included.
func TestIncrementalMatchesFullRecluster(t *testing.T) {
	t.Parallel()
	f := newFixture(t, "../testdata/devcorpus")
	f.crawl(t, false)
	ctx := context.Background()
	export := func() string { return mustIncidentsJSON(t, f.app) }
	if _, err := f.app.Recluster(ctx); err != nil {
		t.Fatal(err)
	}
	full := export()
	if err := f.app.DB.ReplaceIncidents(ctx, nil); err != nil {
		t.Fatal(err)
	}
	reports, err := f.app.DB.Reports(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, r := range slices.Backward(reports) {
		ids = append(ids, r.ArticleID)
	}
	updates := 0
	for chunk := range slices.Chunk(ids, 3) {
		n, err := f.app.UpdateIncidents(ctx, chunk)
		if err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			updates++
		}
	}
	if updates < 5 {
		t.Fatalf("only %d updates rewrote incidents", updates)
	}
	if got := export(); got != full {
		t.Errorf("incremental incidents differ from a full recluster:\n%s\nwant\n%s", got, full)
	}
}
