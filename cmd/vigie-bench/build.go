package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/store"
)

// Batch size of the generator.
const genBatch = 5000

// gen stores n new synthetic articles in dir's store.
func gen(ctx context.Context, dir string, n int, seed uint64, w io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(dir, "vigie.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	g := newGenerator(seed, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC))
	start := time.Now()
	for done := 0; done < n; {
		batch := make([]*vigie.Article, min(genBatch, n-done))
		for i := range batch {
			batch[i] = g.article()
		}
		if err := db.ImportArticles(ctx, batch); err != nil {
			return err
		}
		done += len(batch)
	}
	took := time.Since(start)
	total, err := db.CountArticles(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "gen: %d articles in %s (%.0f/s); store %d articles, %.1f KB/article (no raw pages)\n",
		n, took.Round(time.Millisecond), rate(n, took), total, float64(diskBytes(path)+diskBytes(path+"-wal"))/float64(total)/1000)
	return nil
}

// buildIndex builds dir's article index anew from its store, in batches
// of indexBatch articles.
func buildIndex(ctx context.Context, dir string, indexBatch int, w io.Writer) error {
	db, err := store.Open(ctx, filepath.Join(dir, "vigie.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	path := filepath.Join(dir, "index.bleve")
	if err := os.RemoveAll(path); err != nil {
		return err
	}
	x, err := index.Open(path)
	if err != nil {
		return err
	}
	start, n := time.Now(), 0
	var batch []*vigie.Article
	for a, err := range db.AllArticles(ctx) {
		if err != nil {
			x.Close()
			return err
		}
		if batch = append(batch, a); len(batch) == indexBatch {
			if err := x.IndexBatch(batch); err != nil {
				x.Close()
				return err
			}
			n, batch = n+len(batch), batch[:0]
		}
	}
	if err := x.IndexBatch(batch); err != nil {
		x.Close()
		return err
	}
	n += len(batch)
	if err := x.Close(); err != nil {
		return err
	}
	took := time.Since(start)
	fmt.Fprintf(w, "index: %d articles in %s (%.0f/s, batches of %d), %.1f KB/article\n",
		n, took.Round(time.Millisecond), rate(n, took), indexBatch, float64(diskBytes(path))/float64(max(n, 1))/1000)
	return nil
}

// buildFTS builds the FTS5 peer: the same articles in an FTS5 table with
// their language and site, accents folded as Vigie folds them.
func buildFTS(ctx context.Context, dir string, w io.Writer) error {
	db, err := store.Open(ctx, filepath.Join(dir, "vigie.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	path := filepath.Join(dir, "fts5.db")
	if err := os.RemoveAll(path); err != nil {
		return err
	}
	fts, err := sql.Open("sqlite", path)
	if err != nil {
		return err
	}
	defer fts.Close()
	if _, err := fts.ExecContext(ctx, `CREATE VIRTUAL TABLE docs USING fts5(title, text, lang UNINDEXED,
		site UNINDEXED, published UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`); err != nil {
		return err
	}
	start, n := time.Now(), 0
	tx, err := fts.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for a, err := range db.AllArticles(ctx) {
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO docs (rowid, title, text, lang, site, published) VALUES (?, ?, ?, ?, ?, ?)`,
			a.ID, a.Title, a.Text, a.Lang, a.Site, a.Published.Time.Unix()); err != nil {
			return err
		}
		n++
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	took := time.Since(start)
	fmt.Fprintf(w, "fts: %d articles in %s (%.0f/s), %.1f KB/article\n",
		n, took.Round(time.Millisecond), rate(n, took), float64(diskBytes(path))/float64(max(n, 1))/1000)
	return nil
}
