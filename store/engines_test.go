package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// TestListArticlesOrder: the newest-first listing puts undated articles
// last, compares languages in any case and counts facets alike on both
// engines (PostgreSQL sorts NULLs and compares text otherwise).
func TestListArticlesOrder(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	for i, lang := range []string{"fr", "FR", "en", "fr"} {
		a := newArticle(fmt.Sprintf("https://example.com/%d", i), "text")
		a.Lang = lang
		a.Published = vigie.At(time.Date(2025, 1, 1+i, 0, 0, 0, 0, time.UTC))
		if i == 0 {
			a.Published = vigie.Timestamp{}
		}
		mustSave(t, db, a, vigie.RawPage{})
	}
	list, err := db.ListArticles(ctx, vigie.ArticleFilter{Lang: "Fr"}, 0, 10, true)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, a := range list.Articles {
		urls = append(urls, a.URL)
	}
	if got, want := fmt.Sprint(urls), "[https://example.com/3 https://example.com/1 https://example.com/0]"; got != want || list.Total != 3 {
		t.Errorf("listing = %s (total %d), want %s (3)", got, list.Total, want)
	}
	if got, want := fmt.Sprint(list.Facets["lang"]), "[{fr 3}]"; got != want {
		t.Errorf("lang facet = %s, want %s", got, want)
	}
}

// TestListTotalsAfterWrites: a listing's total and facets, kept for the
// next page, follow every write of the store: a new article, and one
// whose language changes; a filter keeps its own total.
func TestListTotalsAfterWrites(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	list := func(lang string, facets bool) vigie.ArticleList {
		t.Helper()
		l, err := db.ListArticles(ctx, vigie.ArticleFilter{Lang: lang}, 0, 1, facets)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	a := newArticle("https://example.com/a", "text")
	a.Lang = "fr"
	mustSave(t, db, a, vigie.RawPage{})
	if all, fr := list("", true), list("fr", false); all.Total != 1 || fr.Total != 1 || fmt.Sprint(all.Facets["lang"]) != "[{fr 1}]" {
		t.Fatalf("totals %d and %d, facets %v; want 1, 1, [{fr 1}]", all.Total, fr.Total, all.Facets["lang"])
	}
	b := newArticle("https://example.com/b", "text")
	b.Lang = "de"
	mustSave(t, db, b, vigie.RawPage{})
	if all, fr := list("", true), list("fr", false); all.Total != 2 || fr.Total != 1 || fmt.Sprint(all.Facets["lang"]) != "[{de 1} {fr 1}]" {
		t.Errorf("after a new article: totals %d and %d, facets %v; want 2, 1, [{de 1} {fr 1}]", all.Total, fr.Total, all.Facets["lang"])
	}
	b.Lang = "fr"
	mustSave(t, db, b, vigie.RawPage{})
	if fr := list("fr", true); fr.Total != 2 || fmt.Sprint(fr.Facets["lang"]) != "[{fr 2}]" {
		t.Errorf("after a change: total %d, facets %v; want 2, [{fr 2}]", fr.Total, fr.Facets["lang"])
	}
}

// TestNewsroomTables: subscribers, digest sends, secrets, webhooks and
// corrections on both engines.
func TestNewsroomTables(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	id, err := db.SaveSubscriber(ctx, SealedSubscriber{AddressHash: []byte{1, 2}, AddressSealed: []byte{3}})
	if err != nil {
		t.Fatal(err)
	}
	if again, err := db.SaveSubscriber(ctx, SealedSubscriber{AddressHash: []byte{1, 2}, AddressSealed: []byte{4}}); err != nil || again != id {
		t.Errorf("SaveSubscriber again = %d, %v; want %d", again, err, id)
	}
	if err := db.AddBounce(ctx, id); err != nil {
		t.Fatal(err)
	}
	if s, err := db.Subscriber(ctx, id); err != nil || s.Bounces != 1 || string(s.AddressSealed) != "\x04" {
		t.Errorf("Subscriber = %+v, %v", s, err)
	}
	if claimed, _, err := db.ClaimDigest(ctx, id, "2025-W10", "m1"); err != nil || !claimed {
		t.Errorf("ClaimDigest = %v, %v", claimed, err)
	}
	if err := db.MarkDigest(ctx, id, "2025-W10", SendSent, ""); err != nil {
		t.Fatal(err)
	}
	if claimed, _, err := db.ClaimDigest(ctx, id, "2025-W10", "m2"); err != nil || claimed {
		t.Errorf("ClaimDigest of a sent digest = %v, %v", claimed, err)
	}
	key, err := db.Secret(ctx, "k", func() ([]byte, error) { return []byte("s1"), nil })
	if err != nil || string(key) != "s1" {
		t.Errorf("Secret = %q, %v", key, err)
	}
	if added, err := db.RegisterWebhook(ctx, "https://hook", []string{"i1"}); err != nil || !added {
		t.Errorf("RegisterWebhook = %v, %v", added, err)
	}
	if added, err := db.RegisterWebhook(ctx, "https://hook", nil); err != nil || added {
		t.Errorf("RegisterWebhook again = %v, %v", added, err)
	}
	for range 2 {
		if err := db.RecordHook(ctx, HookDelivery{URL: "https://hook", IncidentID: "i2", State: HookFailed}); err != nil {
			t.Fatal(err)
		}
	}
	if ds, err := db.HookDeliveries(ctx, "https://hook"); err != nil || len(ds) != 2 || ds["i2"].Attempts != 2 {
		t.Errorf("HookDeliveries = %+v, %v", ds, err)
	}
	c := &vigie.Correction{Kind: "not-relevant", ArticleID: 7, Who: "a", Why: "b"}
	if err := db.AddCorrection(ctx, c); err != nil || c.ID == 0 {
		t.Fatalf("AddCorrection: id %d, %v", c.ID, err)
	}
	if cs, err := db.CorrectionsOf(ctx, "x", []int64{7}); err != nil || len(cs) != 1 {
		t.Errorf("CorrectionsOf = %+v, %v", cs, err)
	}
}

// TestUpdateIncidentsArticles: UpdateIncidents records on each article
// the incidents it reports, sorted, and none left as [].
func TestUpdateIncidentsArticles(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	a, b := newArticle("https://example.com/a", "a"), newArticle("https://example.com/b", "b")
	mustSave(t, db, a, vigie.RawPage{})
	mustSave(t, db, b, vigie.RawPage{})
	in := func(id string, arts ...int64) *vigie.Incident {
		inc := &vigie.Incident{ID: id}
		for _, art := range arts {
			inc.Sources = append(inc.Sources, vigie.IncidentSource{ArticleID: art})
		}
		return inc
	}
	if err := db.UpdateIncidents(ctx, nil, []*vigie.Incident{in("z", a.ID), in("y", a.ID, b.ID)}); err != nil {
		t.Fatal(err)
	}
	if err := db.UpdateIncidents(ctx, []string{"y"}, nil); err != nil {
		t.Fatal(err)
	}
	got := map[int64][]string{}
	for _, id := range []int64{a.ID, b.ID} {
		art, err := db.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		got[id] = art.Incidents
	}
	if fmt.Sprint(got[a.ID]) != "[z]" || got[b.ID] != nil {
		t.Errorf("incidents of the articles = %v, %v; want [z], []", got[a.ID], got[b.ID])
	}
}
