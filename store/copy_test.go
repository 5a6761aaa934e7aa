package store

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// TestCopyTo: a SQLite store copied into a new store (PostgreSQL when the
// store's tests run there) gives the same articles, raw pages, reports,
// incidents, subscribers and corrections; the copy's ids go on past the
// copied ones; a store that holds articles is refused.
func TestCopyTo(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src, err := Open(ctx, filepath.Join(t.TempDir(), "vigie.db")) // SQLite whatever the engine under test
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	var ids []int64
	for i := range 3 {
		a := newArticle(fmt.Sprintf("https://example.com/%d", i), fmt.Sprintf("text %d", i))
		mustSave(t, src, a, vigie.RawPage{Body: []byte(fmt.Sprintf("<html>%d</html>", i)), ContentType: "text/html"})
		ids = append(ids, a.ID)
		if err := src.SaveReport(ctx, vigie.Report{ArticleID: a.ID, Relevant: true, Names: []string{"rijnland"}}, "word:rijnland"); err != nil {
			t.Fatal(err)
		}
	}
	in := &vigie.Incident{ID: "2022-09-rijnland", InScope: true, Start: vigie.Day(time.Date(2022, 9, 22, 0, 0, 0, 0, time.UTC)),
		Victim:  vigie.Body{Official: "Hoogheemraadschap van Rijnland", Kind: vigie.VictimLocalPublicBody},
		Sources: []vigie.IncidentSource{{ArticleID: ids[0], Role: vigie.RoleFirstReport}, {ArticleID: ids[2], Role: vigie.RoleFollowUp}}}
	if err := src.ReplaceIncidents(ctx, []*vigie.Incident{in}); err != nil {
		t.Fatal(err)
	}
	if _, err := src.SaveSubscriber(ctx, SealedSubscriber{AddressHash: []byte{1, 2}, AddressSealed: []byte{3}}); err != nil {
		t.Fatal(err)
	}
	if err := src.AddCorrection(ctx, &vigie.Correction{Kind: vigie.CorrectNotRelevant, ArticleID: ids[1], Who: "ed", Why: "a scam"}); err != nil {
		t.Fatal(err)
	}

	dst := mustOpen(t, Memory)
	copied := map[string]int{}
	if err := src.CopyTo(ctx, dst, func(table string, n int) { copied[table] = n }); err != nil {
		t.Fatal(err)
	}
	if copied["articles"] != 3 || copied["raw_pages"] != 3 || copied["reports"] != 3 || copied["incidents"] != 1 || copied["corrections"] != 1 {
		t.Errorf("rows copied %v", copied)
	}
	same := func(what string, get func(*DB) (any, error)) {
		t.Helper()
		a, err := get(src)
		if err != nil {
			t.Fatal(err)
		}
		b, err := get(dst)
		if err != nil {
			t.Fatal(err)
		}
		if ja, jb := mustJSON(t, a), mustJSON(t, b); ja != jb {
			t.Errorf("%s differ:\n%s\n%s", what, ja, jb)
		}
	}
	same("articles", func(db *DB) (any, error) { return db.Articles(ctx, ids) })
	same("raw page", func(db *DB) (any, error) { return db.RawPage(ctx, ids[1]) })
	same("reports", func(db *DB) (any, error) { return db.Reports(ctx) })
	same("incidents", func(db *DB) (any, error) { return db.Incidents(ctx) })
	same("corrections", func(db *DB) (any, error) { return db.Corrections(ctx) })
	same("incident of an article", func(db *DB) (any, error) { return db.Article(ctx, ids[2]) })

	next := newArticle("https://example.com/next", "next")
	mustSave(t, dst, next, vigie.RawPage{})
	if next.ID <= ids[2] {
		t.Errorf("a new article after the copy has id %d, not past %d", next.ID, ids[2])
	}
	if err := src.CopyTo(ctx, dst, nil); vigie.ErrorCode(err) != vigie.ECONFLICT {
		t.Errorf("copy into a store with articles: %v", err)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
