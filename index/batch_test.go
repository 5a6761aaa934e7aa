package index

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/vigie-news/vigie"
)

// TestIndexBatch_parts checks that a batch written in parts, at once, is
// indexed whole, an article given twice as given last.
func TestIndexBatch_parts(t *testing.T) {
	t.Parallel()
	x := mustOpen(t, filepath.Join(t.TempDir(), "articles.bleve"))
	n := batchParts*minPart + 7
	as := make([]*vigie.Article, 0, n+1)
	for i := range n {
		as = append(as, &vigie.Article{ID: int64(i + 1), Lang: "fr", Title: fmt.Sprintf("Article %d", i+1), Text: "Rien à signaler."})
	}
	// the first article again, last, with another title: the last one wins
	as = append(as, &vigie.Article{ID: 1, Lang: "fr", Title: "Cyberattaque à Séez", Text: "Un rançongiciel."})
	mustIndex(t, x, as...)
	if got := mustCount(t, x); got != uint64(n) {
		t.Errorf("Count = %d, want %d", got, n)
	}
	if got := searchIDs(t, x, "seez rancongiciel"); len(got) != 1 || got[0] != 1 {
		t.Errorf("search of the article given twice = %v, want [1]", got)
	}
	if got := mustSearch(t, x, vigie.ArticleFilter{Query: "signaler", NoFacets: true}).Total; got != n-1 {
		t.Errorf("search of the others = %d articles, want %d", got, n-1)
	}
}

func TestIndexBatch_refusesAWholeBatch(t *testing.T) {
	t.Parallel()
	x := mustOpen(t, "")
	as := []*vigie.Article{{ID: 1, Title: "Séez"}, {ID: 0, Title: "sans id"}}
	if err := x.IndexBatch(as); err == nil {
		t.Fatal("IndexBatch of an article without id: no error")
	}
	if got := mustCount(t, x); got != 0 {
		t.Errorf("Count = %d after a refused batch, want 0", got)
	}
}
