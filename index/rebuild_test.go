package index

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// TestRebuildSwapsAtomically searches all the while a rebuild fills a new
// index in small batches: every search sees the old index whole or the new
// one whole, never a half-built one; writes made during the rebuild land
// in the new index.
func TestRebuildSwapsAtomically(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	x, err := Open(filepath.Join(dir, "old.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	arts := benchArticles(60)
	if err := x.IndexBatch(arts[:20]); err != nil {
		t.Fatal(err)
	}
	var (
		stop    atomic.Bool
		wg      sync.WaitGroup
		mu      sync.Mutex
		totals  = map[int]int{}
		written = make(chan error, 1)
	)
	wg.Go(func() {
		for !stop.Load() {
			res, err := x.Search(context.Background(), vigie.ArticleFilter{Size: 1})
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			totals[res.Total]++
			mu.Unlock()
		}
	})
	started := make(chan struct{})
	err = x.Rebuild(filepath.Join(dir, "new.bleve"), func(nx *Index) error {
		close(started)
		go func() { written <- x.Index(arts[59]) }() // waits for the swap
		for i := 0; i < 50; i += 5 {
			if err := nx.IndexBatch(arts[i : i+5]); err != nil {
				return err
			}
			time.Sleep(5 * time.Millisecond)
		}
		return nil
	})
	<-started
	if err != nil {
		t.Fatal(err)
	}
	if err := <-written; err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond)
	stop.Store(true)
	wg.Wait()
	for total := range totals {
		if total != 20 && total != 50 && total != 51 {
			t.Errorf("a search saw %d articles: a half-built index (counts %v)", total, totals)
		}
	}
	if totals[20] == 0 || totals[50]+totals[51] == 0 {
		t.Errorf("the searches did not see both indexes: %v", totals)
	}
	if n, _ := x.Count(); n != 51 {
		t.Errorf("after the rebuild: %d articles, want 50 and the one written meanwhile", n)
	}
	failed := x.Rebuild(filepath.Join(dir, "bad.bleve"), func(*Index) error { return errors.New("store unreadable") })
	if n, _ := x.Count(); failed == nil || n != 51 {
		t.Errorf("a failed rebuild: err %v, %d articles; want an error and the index as it was", failed, n)
	}
}
