package store

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/vigie-news/vigie"
)

func TestSaveArticleConcurrent(t *testing.T) {
	t.Parallel()
	// Two handles on one file stand for two processes: they do not share
	// DB's write lock, only SQLite's busy timeout. One goroutine each, as
	// SQLite does not queue waiters: a handle whose goroutines wrote back to
	// back could keep the other out past the timeout.
	tests := []struct{ handles, workers, each int }{
		{1, 8, 10},
		{2, 2, 20},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d handles", tt.handles), func(t *testing.T) {
			t.Parallel()
			path := testPath(t, filepath.Join(t.TempDir(), "vigie.db"))
			var dbs []*DB
			for range tt.handles {
				dbs = append(dbs, mustOpen(t, path))
			}
			for err := range saveConcurrently(dbs, tt.workers, tt.each) {
				t.Error(err)
			}
			if n, want := mustCount(t, dbs[0]), tt.workers*tt.each+tt.each; n != want {
				t.Errorf("%d articles, want %d", n, want)
			}
		})
	}
}

// saveConcurrently has workers goroutines, spread over dbs, each save each
// articles of its own and each articles they all save, and returns the
// errors they met.
func saveConcurrently(dbs []*DB, workers, each int) chan error {
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, workers*each*3)
	for w := range workers {
		db := dbs[w%len(dbs)]
		wg.Go(func() {
			for i := range each {
				own := newArticle(fmt.Sprintf("https://example.com/%d/%d", w, i), "text")
				shared := newArticle(fmt.Sprintf("https://example.com/shared/%d", i), "text")
				for _, a := range []*vigie.Article{own, shared} {
					if _, err := db.SaveArticle(ctx, a, vigie.RawPage{Body: []byte("<html>")}); err != nil {
						errs <- err
					}
				}
				if _, err := db.LookupURL(ctx, own.URL); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	return errs
}
