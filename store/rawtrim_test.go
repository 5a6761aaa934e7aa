package store

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"testing"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/extract"
)

// TestRawPageTrimmed: a UTF-8 HTML page is stored trimmed, smaller, and
// `vigie reprocess` extracts from it the article extracted from the page.
func TestRawPageTrimmed(t *testing.T) {
	t.Parallel()
	body, err := os.ReadFile("pagetrim/testdata/scripts.html")
	if err != nil {
		t.Fatal(err)
	}
	db := mustOpen(t, Memory)
	page := vigie.Page{URL: "https://www.example.fr/2024/03/cyberattaque", FinalURL: "https://www.example.fr/2024/03/cyberattaque",
		Status: 200, ContentType: utf8HTML, Body: body}
	want, err := extract.Extract(page, extract.Hint{})
	if err != nil {
		t.Fatal(err)
	}
	a := want
	mustSave(t, db, &a, vigie.RawPage{ContentType: utf8HTML, Body: body})
	raw, err := db.RawPage(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(raw.Body) >= len(body) || raw.ContentType != utf8HTML {
		t.Fatalf("stored page: %d bytes of %s, want fewer than %d of %s", len(raw.Body), raw.ContentType, len(body), utf8HTML)
	}
	page.Body, page.ContentType = raw.Body, raw.ContentType // as pipeline.App.reextract reads it
	if got, err := extract.Extract(page, extract.Hint{}); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("extracted from the stored page: %+v, %v\nwant %+v", got, err, want)
	}
}

// TestRawPageKeptWhole: a body that is not UTF-8 HTML is stored byte for
// byte, and a page stored whole before trimming existed reads as it was.
func TestRawPageKeptWhole(t *testing.T) {
	t.Parallel()
	body := []byte("<html><head><script>" + string(bytes.Repeat([]byte("var x = 1; "), 100)) +
		"</script></head><body><!-- c --><p>Cyberattaque \xe0 la mairie.</p></body></html>")
	for _, tc := range []struct{ name, contentType string }{
		{"windows-1252", "text/html; charset=windows-1252"},
		{"no charset", "text/html"},
		{"no type", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			db := mustOpen(t, Memory)
			a := newArticle("https://example.com/a", "text")
			mustSave(t, db, a, vigie.RawPage{ContentType: tc.contentType, Body: body})
			assertRawPage(t, db, vigie.RawPage{ArticleID: a.ID, URL: a.URL, ContentType: tc.contentType, Body: body, FetchedAt: a.FetchedAt})
		})
	}
	t.Run("stored whole before", func(t *testing.T) {
		t.Parallel()
		db := mustOpen(t, Memory)
		a := newArticle("https://example.com/a", "text")
		mustSave(t, db, a, vigie.RawPage{ContentType: utf8HTML, Body: body})
		mustSetRawBody(t, db, a.ID, encodePage(body))
		assertRawPage(t, db, vigie.RawPage{ArticleID: a.ID, URL: a.URL, ContentType: utf8HTML, Body: body, FetchedAt: a.FetchedAt})
	})
}
