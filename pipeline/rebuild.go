package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/vigie-news/vigie/index"
)

// CurrentIndexFile names, in the data folder, the article index's folder
// once a running server has rebuilt it.
const CurrentIndexFile = "index.current"

// Rebuild rebuilds the search indexes of a running App from the store:
// the article index in a new folder, swapped in atomically (searches never
// see a half-built index), then named in index.current, the old folder
// removed; the incident index in one batch.
func (a *App) Rebuild(ctx context.Context) (map[string]int, error) {
	name := fmt.Sprintf("index-%d.bleve", time.Now().UnixNano())
	path, old := filepath.Join(a.Dir, name), IndexPath(a.Dir)
	n := 0
	err := a.Index.Rebuild(path, func(nx *index.Index) error {
		var err error
		n, err = fill(ctx, a.DB, nx, nil)
		return err
	})
	if err != nil {
		os.RemoveAll(path)
		return nil, err
	}
	if err := writeFileAtomic(filepath.Join(a.Dir, CurrentIndexFile), []byte(name+"\n")); err != nil {
		return nil, err
	}
	if err := os.RemoveAll(old); err != nil {
		return nil, err
	}
	incs, err := a.DB.Incidents(ctx)
	if err != nil {
		return nil, err
	}
	if err := a.IncidentIndex.Replace(incs); err != nil {
		return nil, err
	}
	if err := StampIncidents(ctx, a.DB, a.IncidentIndex); err != nil {
		return nil, err
	}
	return map[string]int{"articles": n, "incidents": len(incs)}, nil
}

// writeFileAtomic replaces the file at path with data, or leaves it.
func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
