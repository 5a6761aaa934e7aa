package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
)

// currentIndexFile names, in the data folder, the article index's folder
// once a running server has rebuilt it.
const currentIndexFile = "index.current"

// adminTokenEnv holds the token of the admin endpoints; unset, they are off.
const adminTokenEnv = "VIGIE_ADMIN_TOKEN"

// rebuild rebuilds the search indexes of a running app from the store:
// the article index in a new folder, swapped in atomically (searches never
// see a half-built index), then named in index.current, the old folder
// removed; the incident index in one batch.
func (a *app) rebuild(ctx context.Context) (map[string]int, error) {
	name := fmt.Sprintf("index-%d.bleve", time.Now().UnixNano())
	path, old := filepath.Join(a.dir, name), indexPath(a.dir)
	n := 0
	err := a.ix.Rebuild(path, func(nx *index.Index) error {
		var err error
		n, err = fill(ctx, a.db, nx, nil)
		return err
	})
	if err != nil {
		os.RemoveAll(path)
		return nil, err
	}
	if err := writeFileAtomic(filepath.Join(a.dir, currentIndexFile), []byte(name+"\n")); err != nil {
		return nil, err
	}
	if err := os.RemoveAll(old); err != nil {
		return nil, err
	}
	incs, err := a.db.Incidents(ctx)
	if err != nil {
		return nil, err
	}
	if err := a.incs.Replace(incs); err != nil {
		return nil, err
	}
	if err := stampIncidents(ctx, a.db, a.incs); err != nil {
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

// reindexThroughServer asks the server on addr, which holds the data
// folder, to rebuild its indexes.
func reindexThroughServer(ctx context.Context, addr, token string, e *env) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr+"/admin/reindex", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("ask the running server to reindex: %w", err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	var out struct {
		Articles, Incidents int
		Error               string
	}
	_ = json.NewDecoder(bytes.NewReader(body)).Decode(&out)
	if res.StatusCode != http.StatusOK {
		return vigie.Errorf(vigie.ECONFLICT, "the running server refused to reindex: %s %s", res.Status, out.Error)
	}
	fmt.Fprintf(e.stdout, "reindex: %d articles and %d incidents indexed by the running server\n", out.Articles, out.Incidents)
	return nil
}
