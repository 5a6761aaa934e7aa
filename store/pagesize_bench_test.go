package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/extract"
)

// storeGoalKB is issue 10's goal for the store's bytes per article, raw
// pages included.
const storeGoalKB = 8

// pagedArticle is an article with the page it was extracted from.
type pagedArticle struct {
	art  vigie.Article
	page []byte
}

// BenchmarkStoreBytesPerArticle saves the articles of the test corpora's
// pages and, where ../shared is, of Readability's real pages, each with its
// page, in a SQLite file, and reports its bytes per article after VACUUM:
// as stored now (trimmed pages), and with every page stored whole as before
// (zstd of the whole page); the page's share and the rest (the article's
// row, its URLs, indexes) beside the goal.
func BenchmarkStoreBytesPerArticle(b *testing.B) {
	for _, set := range []struct {
		name  string
		pages func(testing.TB) [][]byte
	}{{"testdata", mustCorpusPages}, {"real", mustRealPages}} {
		b.Run(set.name, func(b *testing.B) {
			arts := mustExtract(b, set.pages(b))
			var after, before, pages, n float64
			for b.Loop() {
				after, before, pages, n = storeSizes(b, arts)
			}
			b.ReportMetric(n, "articles")
			b.ReportMetric(after, "KB/article")
			b.ReportMetric(before, "KB/article-before")
			b.ReportMetric(pages, "page-KB/article")
			b.ReportMetric(after-pages, "rest-KB/article")
			b.ReportMetric(storeGoalKB, "goal-KB/article")
		})
	}
}

// mustExtract extracts the articles of pages, leaving out the pages that
// are not articles, as the crawl cycle does.
func mustExtract(tb testing.TB, pages [][]byte) []pagedArticle {
	tb.Helper()
	var out []pagedArticle
	for i, p := range pages {
		u := fmt.Sprintf("https://site%d.example/news/article-%d", i%40, i)
		page := vigie.Page{URL: u, FinalURL: u, Status: 200, ContentType: utf8HTML, Body: p}
		if a, err := extract.Extract(page, extract.Hint{Source: vigie.Source{Name: "bench"}}); err == nil {
			out = append(out, pagedArticle{a, p})
		}
	}
	if len(out) == 0 {
		tb.Fatal("no article among the pages")
	}
	return out
}

// storeSizes saves arts with their pages in a new SQLite file and returns
// its KB per article, the same with every page stored whole, the stored
// pages' KB per article and the number of articles.
func storeSizes(tb testing.TB, arts []pagedArticle) (after, before, pages, n float64) {
	db := mustOpenFile(tb)
	for _, pa := range arts {
		a := pa.art
		mustSave(tb, db, &a, vigie.RawPage{ContentType: utf8HTML, Body: pa.page})
	}
	n = float64(mustCount(tb, db))
	var body int64
	if err := db.db.QueryRow("SELECT sum(length(body)) FROM raw_pages").Scan(&body); err != nil {
		tb.Fatal(err)
	}
	after, pages = float64(mustFileBytes(tb, db))/n/1024, float64(body)/n/1024
	storeWhole(tb, db, arts)
	return after, float64(mustFileBytes(tb, db)) / n / 1024, pages, n
}

// storeWhole stores every page of db whole, zstd-compressed, as before
// trimming.
func storeWhole(tb testing.TB, db *DB, arts []pagedArticle) {
	ctx := context.Background()
	whole := map[string][]byte{}
	for _, pa := range arts {
		whole[pa.art.URL] = pa.page
	}
	var ids []int64
	for art, err := range db.AllArticles(ctx) {
		if err != nil {
			tb.Fatal(err)
		}
		ids = append(ids, art.ID)
	}
	for _, id := range ids { // not while iterating: the loop writes
		raw, err := db.RawPage(ctx, id)
		if err != nil || whole[raw.URL] == nil {
			tb.Fatalf("raw page of article %d (%s): %v", id, raw.URL, err)
		}
		mustSetRawBody(tb, db, id, encodePage(whole[raw.URL]))
	}
}

// mustFileBytes is the size of db's file once vacuumed.
func mustFileBytes(tb testing.TB, db *DB) int64 {
	tb.Helper()
	var pages, size int64
	_, err := db.db.Exec("VACUUM")
	if err == nil {
		err = db.db.QueryRow("SELECT page_count, page_size FROM pragma_page_count(), pragma_page_size()").Scan(&pages, &size)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return pages * size
}
