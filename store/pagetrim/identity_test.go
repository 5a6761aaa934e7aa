package pagetrim

import (
	"encoding/json"
	"fmt"
	"reflect"
	"runtime"
	"testing"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/extract"
)

// TestTrimKeepsExtraction is the gate of trimming: every page of the test
// corpora extracts to the same article, field for field, and the same
// error from its trimmed page as from the page itself, as `vigie
// reprocess` extracts a stored page (pipeline.App.reextract).
func TestTrimKeepsExtraction(t *testing.T) {
	t.Parallel()
	pages := corpusPages(t)
	n := runtime.GOMAXPROCS(0)
	for i := range n { // in parallel: the gate extracts 2,000 pages
		t.Run(fmt.Sprintf("part%d", i), func(t *testing.T) {
			t.Parallel()
			assertSameExtraction(t, everyNth(pages, n, i))
		})
	}
}

// TestTrimKeepsExtractionReal is the same gate on Readability's 130 real
// news and blog pages, where there is much to trim; it is skipped where
// ../shared is absent (CI) and in -short, and reads one page in four under
// the race detector (all of them in go test ./store/pagetrim).
func TestTrimKeepsExtractionReal(t *testing.T) {
	if testing.Short() {
		t.Skip("real pages: slow; skipped in -short")
	}
	t.Parallel()
	pages := realPages(t)
	if raceEnabled {
		pages = everyNth(pages, 4, 0)
	}
	assertSameExtraction(t, pages)
}

// everyNth returns pages i, i+n, i+2n…
func everyNth(pages []testPage, n, i int) []testPage {
	var out []testPage
	for ; i < len(pages); i += n {
		out = append(out, pages[i])
	}
	return out
}

// assertSameExtraction extracts every page whole and trimmed, and checks
// that trimming shrank most pages.
func assertSameExtraction(t *testing.T, pages []testPage) {
	trimmed, before, after := 0, 0, 0
	for _, p := range pages {
		body := Trim(p.page.ContentType, p.page.Body)
		if len(body) < len(p.page.Body) {
			trimmed++
		}
		before, after = before+len(p.page.Body), after+len(body)
		want, wantErr := extractPage(p.page, p.src, p.page.Body)
		got, gotErr := extractPage(p.page, p.src, body)
		if !reflect.DeepEqual(got, want) || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("%s: trimmed page extracts to\n%s (%v)\nwant\n%s (%v)", p.name, asJSON(got), gotErr, asJSON(want), wantErr)
		}
	}
	t.Logf("%d pages, %d trimmed; %d bytes before, %d after", len(pages), trimmed, before, after)
	if trimmed < len(pages)/2 {
		t.Errorf("%d of %d pages trimmed, want most: the gate would test nothing", trimmed, len(pages))
	}
}

// extractPage extracts body as the page p from src.
func extractPage(p vigie.Page, src vigie.Source, body []byte) (vigie.Article, error) {
	p.Body = body
	return extract.Extract(p, extract.Hint{Source: src})
}

func asJSON(a vigie.Article) string {
	b, _ := json.MarshalIndent(a, "", "  ")
	return string(b)
}
