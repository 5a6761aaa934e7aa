package pipeline

import (
	"context"
	"errors"
	"io"
	"os"

	"github.com/schollz/progressbar/v3"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/store"
)

// reindexBatch is how many articles go into one index batch: the size
// the index builds fastest with (25-30 % faster than 200, BENCH.md).
const reindexBatch = index.BuildBatch

// ReindexIncidents rebuilds the incident index from the store.
func ReindexIncidents(ctx context.Context, db *store.DB, path string) (int, error) {
	incs, err := db.Incidents(ctx)
	if err != nil {
		return 0, err
	}
	if err := os.RemoveAll(path); err != nil {
		return 0, err
	}
	ix, err := index.OpenIncidents(path)
	if err != nil {
		return 0, err
	}
	err = ix.Replace(incs)
	if err == nil {
		err = StampIncidents(ctx, db, ix)
	}
	return len(incs), errors.Join(err, ix.Close())
}

// Reindex rebuilds the article index at path from db: into a new folder,
// which replaces the old one only once complete. A progress bar goes to
// progress.
func Reindex(ctx context.Context, db *store.DB, path string, progress io.Writer) (int, error) {
	total, err := db.CountArticles(ctx)
	if err != nil {
		return 0, err
	}
	tmp := path + ".new"
	if err := os.RemoveAll(tmp); err != nil {
		return 0, err
	}
	ix, err := index.Open(tmp)
	if err != nil {
		return 0, err
	}
	bar := progressbar.NewOptions(total, progressbar.OptionSetWriter(progress), progressbar.OptionSetDescription("reindex"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	n, err := fill(ctx, db, ix, bar)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.RemoveAll(tmp)
		return n, err
	}
	if err := os.RemoveAll(path); err != nil {
		return n, err
	}
	return n, os.Rename(tmp, path)
}

// fill indexes every stored article in batches, showing them on bar
// unless it is nil.
func fill(ctx context.Context, db *store.DB, ix *index.Index, bar *progressbar.ProgressBar) (int, error) {
	// on PostgreSQL, the changes written during the fill are read again
	// after it (the index's cursor; SQLite's outbox needs none)
	var seq int64
	if db.Postgres() {
		var err error
		if seq, err = db.LastChange(ctx); err != nil {
			return 0, err
		}
	}
	var batch []*vigie.Article
	n := 0
	flush := func() error {
		if err := ix.IndexBatch(batch); err != nil {
			return err
		}
		n += len(batch)
		if bar != nil {
			_ = bar.Add(len(batch))
		}
		batch = batch[:0]
		return nil
	}
	for a, err := range db.AllArticles(ctx) {
		if err != nil {
			return n, err
		}
		if batch = append(batch, a); len(batch) == reindexBatch {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	if len(batch) > 0 {
		if err := flush(); err != nil {
			return n, err
		}
	}
	if bar != nil {
		_ = bar.Finish()
	}
	if !db.Postgres() {
		return n, nil
	}
	return n, ix.SetCursor(seq)
}
