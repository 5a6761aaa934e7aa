package pipeline

import (
	"context"
	"slices"
	"testing"
)

// TestIncrementalMatchesFullRecluster feeds a crawled corpus's reports to
// the incremental update a few articles at a time, newest first, so that
// each update reclusters only what its articles can join; the incidents
// must be those of a full recluster, ids included. The twenty-fourth blind
// corpus has follow-ups that join their incident by the names they spell,
// the thirty-fourth local papers' follow-ups that call their council by its
// kind alone.
func TestIncrementalMatchesFullRecluster(t *testing.T) {
	t.Parallel()
	for _, dir := range []string{"../testdata/devcorpus", "../testdata/blindcorpus24", "../testdata/blindcorpus34"} {
		t.Run(dir, func(t *testing.T) {
			t.Parallel()
			incrementalMatchesFull(t, dir)
		})
	}
}

func incrementalMatchesFull(t *testing.T, dir string) {
	f := newFixture(t, dir)
	f.crawl(t, false)
	ctx := context.Background()
	export := func() string { return mustIncidentsJSON(t, f.app) }
	if _, err := f.app.Recluster(ctx); err != nil {
		t.Fatal(err)
	}
	full := export()
	if followed := followedReports(t, f); dir != "../testdata/devcorpus" && followed == 0 {
		t.Error("no follow-up joined an incident: the case this corpus is here for")
	}
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

// followedReports counts the articles whose report names no victim but
// that are in an incident.
func followedReports(t *testing.T, f *fixture) int {
	t.Helper()
	ctx := context.Background()
	reports, err := f.app.DB.Reports(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range reports {
		if len(r.Findings) > 0 || len(r.Names) == 0 {
			continue
		}
		if a, err := f.app.DB.Article(ctx, r.ArticleID); err == nil && len(a.Incidents) > 0 && a.Relevant {
			n++
		}
	}
	return n
}
