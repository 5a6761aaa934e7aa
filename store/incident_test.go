package store

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

func TestReportsAndIncidents(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	a, b := newArticle("https://example.com/a", "a"), newArticle("https://example.com/b", "b")
	mustSave(t, db, a, vigie.RawPage{})
	mustSave(t, db, b, vigie.RawPage{})
	rep := vigie.Report{ArticleID: a.ID, Relevant: true, Findings: []vigie.Finding{{
		Victim: vigie.Body{Name: "la mairie de Séez", Official: "Mairie de Séez", Kind: vigie.VictimCommune},
		Attack: vigie.AttackRansomware, InScope: true,
	}}}
	if err := db.SaveReport(ctx, rep); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveReport(ctx, vigie.Report{ArticleID: 999}); vigie.ErrorCode(err) != vigie.ENOTFOUND {
		t.Errorf("report of a missing article: %v", err)
	}
	reps, err := db.Reports(ctx)
	if err != nil || len(reps) != 1 || reps[0].Findings[0].Victim.Official != "Mairie de Séez" {
		t.Fatalf("reports = %+v, %v", reps, err)
	}
	in := &vigie.Incident{ID: "2021-04-seez", Victim: rep.Findings[0].Victim, InScope: true,
		Start:   vigie.Day(time.Date(2021, 4, 24, 0, 0, 0, 0, time.UTC)),
		Sources: []vigie.IncidentSource{{ArticleID: a.ID, Role: vigie.RoleFirstReport}, {ArticleID: b.ID, Role: vigie.RoleFollowUp}}}
	for range 2 { // replacing twice leaves one copy
		if err := db.ReplaceIncidents(ctx, []*vigie.Incident{in}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.Incident(ctx, "2021-04-seez")
	if err != nil || got.Start.String() != "2021-04-24" || len(got.Sources) != 2 {
		t.Errorf("incident = %+v, %v", got, err)
	}
	if art, _ := db.Article(ctx, b.ID); !slices.Equal(art.Incidents, []string{"2021-04-seez"}) {
		t.Errorf("article incidents = %q", art.Incidents)
	}
	if err := db.ReplaceIncidents(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Incident(ctx, "2021-04-seez"); vigie.ErrorCode(err) != vigie.ENOTFOUND {
		t.Errorf("after replacing with none: %v", err)
	}
	if art, _ := db.Article(ctx, b.ID); len(art.Incidents) != 0 {
		t.Errorf("article keeps incidents %q", art.Incidents)
	}
}

// TestPlaceKeysMigration: the migrations that gave reports new keys
// (where their victims sit, then their official names, then the words of
// their names) mark every report
// stored before as unkeyed, so that the next crawl cycle reclusters them
// whole, once.
func TestPlaceKeysMigration(t *testing.T) {
	t.Parallel()
	for _, suffix := range []string{"_place_keys.sql", "_name_keys.sql", "_word_keys.sql"} {
		t.Run(suffix, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			db := mustOpen(t, Memory)
			a := newArticle("https://example.com/a", "a")
			mustSave(t, db, a, vigie.RawPage{})
			if err := db.SaveReport(ctx, vigie.Report{ArticleID: a.ID}, "insee:73284"); err != nil {
				t.Fatal(err)
			}
			if n, err := db.UnkeyedReports(ctx); err != nil || n != 0 {
				t.Fatalf("unkeyed reports = %d, %v; want 0", n, err)
			}
			ms, _, err := db.schema()
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(ms, func(m migration) bool { return strings.HasSuffix(m.name, suffix) })
			if i < 0 {
				t.Fatal("no migration *" + suffix)
			}
			if _, err := db.db.ExecContext(ctx, ms[i].sql); err != nil {
				t.Fatal(err)
			}
			if n, err := db.UnkeyedReports(ctx); err != nil || n != 1 {
				t.Errorf("unkeyed reports after the migration = %d, %v; want 1", n, err)
			}
		})
	}
}

// TestFollowedRelevance: an article whose report found no attack is
// relevant while clustering puts it in an in-scope incident (a follow-up
// tracked by name), and not once it leaves it or the incident is out of
// scope, whether the incidents are replaced whole or updated; an article
// whose report is relevant stays so.
func TestFollowedRelevance(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	a, b := newArticle("https://example.com/a", "a"), newArticle("https://example.com/b", "b")
	mustSave(t, db, a, vigie.RawPage{})
	mustSave(t, db, b, vigie.RawPage{})
	for _, r := range []vigie.Report{{ArticleID: a.ID, Relevant: true}, {ArticleID: b.ID, Names: []string{"rijnland"}}} {
		if err := db.SaveReport(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	incident := func(inScope bool, ids ...int64) []*vigie.Incident {
		in := &vigie.Incident{ID: "2022-09-rijnland", InScope: inScope}
		for _, id := range ids {
			in.Sources = append(in.Sources, vigie.IncidentSource{ArticleID: id, Role: vigie.RoleFollowUp})
		}
		return []*vigie.Incident{in}
	}
	want := func(step string, wa, wb bool) {
		t.Helper()
		for id, w := range map[int64]bool{a.ID: wa, b.ID: wb} {
			if art, err := db.Article(ctx, id); err != nil || art.Relevant != w {
				t.Errorf("%s: article %d relevant = %v, %v; want %v", step, id, art.Relevant, err, w)
			}
		}
	}
	steps := []struct {
		name   string
		write  func() error
		wa, wb bool
	}{
		{"replaced, followed", func() error { return db.ReplaceIncidents(ctx, incident(true, a.ID, b.ID)) }, true, true},
		{"replaced, left", func() error { return db.ReplaceIncidents(ctx, incident(true, a.ID)) }, true, false},
		{"updated, followed", func() error { return db.UpdateIncidents(ctx, []string{"2022-09-rijnland"}, incident(true, a.ID, b.ID)) }, true, true},
		{"updated, out of scope", func() error {
			return db.UpdateIncidents(ctx, []string{"2022-09-rijnland"}, incident(false, a.ID, b.ID))
		}, true, false},
	}
	for _, s := range steps {
		if err := s.write(); err != nil {
			t.Fatal(s.name, err)
		}
		want(s.name, s.wa, s.wb)
	}
}
