package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/pipeline"
	"github.com/vigie-news/vigie/server"
)

// TestReindexThroughTheServer: beside a running server, vigie reindex asks
// the server, which rebuilds its index in a new folder and swaps it in;
// searches find the same before and after, and after a restart.
func TestReindexThroughTheServer(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls the corpus")
	}
	f := newFixture(t, corpusDir)
	f.crawl(t, false)
	ctx := context.Background()
	unlock, err := pipeline.LockFolder(f.app.Dir, "serve") // as serve holds it
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	srv := httptest.NewServer((&server.Server{Articles: f.app, Sources: f.app, AdminToken: "s3cret", Reindex: f.app.Rebuild}).Handler())
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	query := vigie.ArticleFilter{Query: "seez rancongiciel"}
	before, err := f.app.FindArticles(ctx, query)
	if err != nil || before.Total == 0 {
		t.Fatalf("search before: %d, %v", before.Total, err)
	}

	code, _, stderr := runCLI(t, "reindex", "-data", f.app.Dir, "-addr", u.Host)
	if code != 1 || !strings.Contains(stderr, adminTokenEnv) {
		t.Errorf("reindex beside a server without the token: exit %d, %q", code, stderr)
	}
	res, err := http.Post(srv.URL+"/admin/reindex", "", nil)
	if err != nil || res.StatusCode != http.StatusUnauthorized {
		t.Errorf("POST /admin/reindex without the token: %v %v", res.Status, err)
	}
	t.Setenv(adminTokenEnv, "s3cret")
	code, out, stderr := runCLI(t, "reindex", "-data", f.app.Dir, "-addr", u.Host)
	if code != 0 || !strings.Contains(out, "53 articles") {
		t.Fatalf("reindex through the server: exit %d, %q %q", code, out, stderr)
	}
	if _, err := os.Stat(filepath.Join(f.app.Dir, "index.bleve")); !os.IsNotExist(err) {
		t.Errorf("the old index folder is still there: %v", err)
	}
	after, err := f.app.FindArticles(ctx, query)
	if err != nil || after.Total != before.Total {
		t.Errorf("search after: %d (%v), before %d", after.Total, err, before.Total)
	}
	unlock()
	f.app.Close()
	a, err := pipeline.Open(ctx, f.app.Dir)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if c, err := a.Check(ctx); err != nil || !c.OK() || c.Indexed != 53 {
		t.Errorf("after a restart: %s, %v", c, err)
	}
}
