package pipeline

import (
	"context"
	"fmt"
	"io"
	"strings"
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

// TestReprocessKeepsTheFeedsDate: a page that shows no date keeps the
// date its feed gave it at the crawl.
func TestReprocessKeepsTheFeedsDate(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	page := []byte(`<html><head><title>La mairie visée par une cyberattaque</title></head><body><article>
<h1>La mairie visée par une cyberattaque</h1>
<p>Les services de la mairie sont paralysés depuis lundi après une cyberattaque qui a chiffré les serveurs de la commune.</p>
<p>Les agents travaillent sur papier et la municipalité a porté plainte auprès de la gendarmerie.</p>
<p>Le maire a indiqué que la commune ne paierait aucune rançon aux pirates.</p>
<p>L'état civil, l'urbanisme et les inscriptions scolaires sont suspendus jusqu'à nouvel ordre, et les habitants sont priés de reporter leurs démarches non urgentes.</p>
<p>Des spécialistes mandatés par l'assureur de la commune analysent les serveurs afin de déterminer comment les pirates sont entrés dans le réseau.</p>
<p>La préfecture a été informée et l'Agence nationale de la sécurité des systèmes d'information accompagne les services municipaux.</p>
</article></body></html>`)
	fed, err := vigie.ParseTimestamp("2024-03-05T10:00:00+01:00")
	if err != nil {
		t.Fatal(err)
	}
	art := vigie.Article{URL: "http://news.test/2024/03/05/mairie-cyberattaque.html", Source: "News", Title: "La mairie visée par une cyberattaque",
		Text: "Les services de la mairie sont paralysés.", Lang: "fr", Published: fed, Hash: "crawl"}
	if _, err := a.DB.SaveArticle(ctx, &art, vigie.RawPage{URL: art.URL, ContentType: "text/html", Body: page}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.Reprocess(ctx, nil, io.Discard); err != nil {
		t.Fatal(err)
	}
	got, err := a.DB.Article(ctx, art.ID)
	if err != nil || got.Published.String() != fed.String() || got.Title != art.Title || got.Text == art.Text {
		t.Errorf("after reprocess: %q published %q, text %q (%v); want the page read again, published %q", got.Title, got.Published, got.Text, err, fed)
	}
}

// TestReprocessKeepsTheFeedsOffset: a page read again keeps the offset
// its feed gave its time at the crawl, whether the page shows that time
// without a zone or shows none.
func TestReprocessKeepsTheFeedsOffset(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	body := strings.Repeat("<p>The council said its systems had been taken offline after a cyber incident and that residents should expect delays to services.</p>\n", 6)
	fed, err := vigie.ParseTimestamp("2024-03-05T10:00:00+00:00")
	if err != nil {
		t.Fatal(err)
	}
	for i, shown := range []string{`<p class="timestamp">Tuesday 5 March 2024, 10.00am</p>`, ""} {
		page := []byte(`<html><head><title>Council systems down</title></head><body><article><h1>Council systems down after cyber incident</h1>` + shown + body + `</article></body></html>`)
		art := vigie.Article{URL: fmt.Sprintf("http://news.test/2024/03/05/council-%d", i), Source: "News", Title: "Council systems down after cyber incident",
			Text: "The council said its systems had been taken offline.", Lang: "en", Published: fed, Hash: "crawl"}
		if _, err := a.DB.SaveArticle(ctx, &art, vigie.RawPage{URL: art.URL, ContentType: "text/html", Body: page}); err != nil {
			t.Fatal(err)
		}
		if _, _, err := a.Reprocess(ctx, nil, io.Discard); err != nil {
			t.Fatal(err)
		}
		got, err := a.DB.Article(ctx, art.ID)
		if err != nil || got.Published.String() != fed.String() {
			t.Errorf("page %d after reprocess: published %q (%v), want %q", i, got.Published, err, fed)
		}
	}
}
