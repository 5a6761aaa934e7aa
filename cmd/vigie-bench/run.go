package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/store"
)

// searchCase is one search measured: the article filter, how Vigie answers
// it, the goal at 1M articles, and the FTS5 peer's query ("" when none).
type searchCase struct {
	name   string
	filter vigie.ArticleFilter
	how    string // "bleve": index then store, as with a query; "list": the store's listing
	goal   string
	fts    string // MATCH expression of the peer
	ftsFac bool   // the peer counts languages and sites too
	vary   string // "filter": a new filter each time, the facets counted anew; "page": the next page each time
}

// cases are the searches of the README's table.
func cases() []searchCase {
	noFacets := func(f vigie.ArticleFilter) vigie.ArticleFilter { f.NoFacets = true; return f }
	one := vigie.ArticleFilter{Query: "cyberattaque"}
	two := vigie.ArticleFilter{Query: "ransomware council"}
	phrase := vigie.ArticleFilter{Query: `"conseil municipal"`}
	filtered := vigie.ArticleFilter{Query: "attacco", Lang: "it", From: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	latest := vigie.ArticleFilter{}
	latestLang := vigie.ArticleFilter{Lang: "de", Page: 3}
	return []searchCase{
		{"one term, facets counted", one, "bleve", "p99 ≤ 30 ms", "cyberattaque", true, "filter"},
		{"one term, facets kept, next page", one, "bleve", "p99 ≤ 30 ms", "cyberattaque", true, "page"},
		{"one term, no facets", noFacets(one), "bleve", "p99 ≤ 30 ms", "cyberattaque", false, ""},
		{"two terms, facets counted", two, "bleve", "p99 ≤ 30 ms", "ransomware council", true, "filter"},
		{"two terms, no facets", noFacets(two), "bleve", "p99 ≤ 30 ms", "ransomware council", false, ""},
		{"phrase, no facets", noFacets(phrase), "bleve", "p99 ≤ 30 ms", `"conseil municipal"`, false, ""},
		{"term + lang + date, no facets", noFacets(filtered), "bleve", "p99 ≤ 30 ms", "", false, ""},
		{"newest first, bleve (before), facets counted", latest, "bleve", "p99 ≤ 5 ms", "", false, "filter"},
		{"newest first, bleve, no facets", noFacets(latest), "bleve", "p99 ≤ 5 ms", "", false, ""},
		{"newest first, store (after), facets counted", latest, "list", "p99 ≤ 5 ms", "", false, "filter"},
		{"newest first, store (after), facets kept, next page", latest, "list", "p99 ≤ 5 ms", "", false, "page"},
		{"newest first, store (after), no facets", noFacets(latest), "list", "p99 ≤ 5 ms", "", false, ""},
		{"newest, lang, page 3, bleve (before)", noFacets(latestLang), "bleve", "p99 ≤ 5 ms", "", false, ""},
		{"newest, lang, page 3, store (after)", noFacets(latestLang), "list", "p99 ≤ 5 ms", "", false, ""},
	}
}

// run measures every case on dir's store and index, iter times each, and
// prints a table: aligned text, or Markdown (BENCH.md) when md is set.
// Only the cases whose name contains only are run.
func run(ctx context.Context, dir string, iter int, md bool, only string, w io.Writer) error {
	db, err := store.Open(ctx, filepath.Join(dir, "vigie.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	x, err := index.Open(filepath.Join(dir, "index.bleve"))
	if err != nil {
		return err
	}
	defer x.Close()
	var fts *sql.DB
	if _, err := os.Stat(filepath.Join(dir, "fts5.db")); err == nil {
		if fts, err = sql.Open("sqlite", filepath.Join(dir, "fts5.db")+"?mode=ro"); err != nil {
			return err
		}
		defer fts.Close()
	}
	n, err := db.CountArticles(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d articles, %d searches per case (after 5 to warm up), library calls on one goroutine\n\n", n, iter)
	var tw io.Writer = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	if md {
		tw = &markdown{w: w}
	}
	fmt.Fprintln(tw, "search\ttotal\tp50 ms\tp99 ms\tFTS5 p50 ms\tFTS5 p99 ms\tgoal at 1M\t")
	for _, c := range cases() {
		if !strings.Contains(c.name, only) {
			continue
		}
		total, i := 0, 0
		lat, err := measure(iter, func() error {
			var err error
			i++
			total, err = find(ctx, db, x, c.varied(i))
			return err
		})
		if err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		peer := "\t"
		if fts != nil && c.fts != "" {
			flat, err := measure(iter, func() error { return peerSearch(ctx, fts, c) })
			if err != nil {
				return fmt.Errorf("%s, FTS5: %w", c.name, err)
			}
			peer = ms(pct(flat, 50)) + "\t" + ms(pct(flat, 99))
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t\n", c.name, total, ms(pct(lat, 50)), ms(pct(lat, 99)), peer, c.goal)
	}
	if t, ok := tw.(*tabwriter.Writer); ok {
		return t.Flush()
	}
	return nil
}

// markdown turns the tab-separated lines written to it into the rows of a
// Markdown table, the first one its header.
type markdown struct {
	w     io.Writer
	lines int
}

// Write implements io.Writer; each call is one line ending in "\t\n".
func (m *markdown) Write(p []byte) (int, error) {
	cells := strings.Split(strings.TrimSuffix(strings.TrimSuffix(string(p), "\n"), "\t"), "\t")
	fmt.Fprintf(m.w, "| %s |\n", strings.Join(cells, " | "))
	if m.lines++; m.lines == 1 {
		fmt.Fprintf(m.w, "|%s\n", strings.Repeat(" --- |", len(cells)))
	}
	return len(p), nil
}

// varied returns c's i-th search: with a new upper date bound, past every
// article, so that no facets are kept from an earlier one; or a page on.
func (c searchCase) varied(i int) searchCase {
	switch c.vary {
	case "filter":
		c.filter.To = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Second)
	case "page":
		c.filter.Page = 1 + i%50
	}
	return c
}

// find answers c as Vigie's server does, the articles of the page read
// from the store, and returns the total.
func find(ctx context.Context, db *store.DB, x *index.Index, c searchCase) (int, error) {
	if c.how == "list" {
		from, size, err := index.Paging(c.filter.Page, c.filter.Size)
		if err != nil {
			return 0, err
		}
		list, err := db.ListArticles(ctx, c.filter, from, size, !c.filter.NoFacets)
		return list.Total, err
	}
	res, err := x.Search(ctx, c.filter)
	if err != nil {
		return 0, err
	}
	_, err = db.Articles(ctx, res.IDs)
	return res.Total, err
}

// peerSearch answers c with FTS5: the page by bm25, the total, and the
// language and site counts when c has facets.
func peerSearch(ctx context.Context, fts *sql.DB, c searchCase) error {
	rows, err := fts.QueryContext(ctx, `SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 20`, c.fts)
	if err != nil {
		return err
	}
	for rows.Next() {
	}
	rows.Close()
	var total int
	if err := fts.QueryRowContext(ctx, `SELECT count(*) FROM docs WHERE docs MATCH ?`, c.fts).Scan(&total); err != nil {
		return err
	}
	if !c.ftsFac {
		return nil
	}
	for _, col := range []string{"lang", "site"} {
		rows, err := fts.QueryContext(ctx, `SELECT `+col+`, count(*) AS n FROM docs WHERE docs MATCH ? GROUP BY 1 ORDER BY n DESC LIMIT 20`, c.fts)
		if err != nil {
			return err
		}
		for rows.Next() {
		}
		rows.Close()
	}
	return nil
}

// measure runs fn 5 times, then iter times, and returns the sorted
// latencies of the latter.
func measure(iter int, fn func() error) ([]time.Duration, error) {
	for range 5 {
		if err := fn(); err != nil {
			return nil, err
		}
	}
	lat := make([]time.Duration, iter)
	for i := range lat {
		start := time.Now()
		if err := fn(); err != nil {
			return nil, err
		}
		lat[i] = time.Since(start)
	}
	slices.Sort(lat)
	return lat, nil
}

// pct returns the p-th percentile of sorted latencies.
func pct(lat []time.Duration, p int) time.Duration {
	return lat[min(len(lat)-1, len(lat)*p/100)]
}

// ms formats d in milliseconds.
func ms(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d.Microseconds())/1000) }
