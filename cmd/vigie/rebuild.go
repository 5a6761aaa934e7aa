package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/vigie-news/vigie"
)

// adminTokenEnv holds the token of the admin endpoints; unset, they are off.
const adminTokenEnv = "VIGIE_ADMIN_TOKEN"

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
