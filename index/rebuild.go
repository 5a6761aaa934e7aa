package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
)

// Rebuild builds a new index at path (which must not exist) with fill, and
// then swaps it in for the current one through a bleve IndexAlias: searches
// read the old index until the new one is complete, never a half-built
// one, and the swap waits for the searches in flight. Writes (Index,
// IndexBatch, Delete) wait while it builds, then go to the new index, so
// that nothing written meanwhile is lost. The old index is closed; its
// folder is the caller's to remove.
func (x *Index) Rebuild(path string, fill func(*Index) error) error {
	defer x.facets.changed()
	x.mu.Lock()
	defer x.mu.Unlock()
	nx, err := Open(path)
	if err != nil {
		return err
	}
	if err := fill(nx); err != nil {
		_ = nx.idx.Close()
		return fmt.Errorf("index: rebuild: %w", err)
	}
	old := x.idx
	x.alias.Swap([]bleve.Index{nx.idx}, []bleve.Index{old})
	x.idx = nx.idx
	if err := old.Close(); err != nil {
		return fmt.Errorf("index: rebuild: close the old index: %w", err)
	}
	return nil
}
