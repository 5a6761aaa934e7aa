package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-news/vigie/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestCLIPostgres: -data postgres://… keeps the store in PostgreSQL and
// the indexes in the -index folder; crawl, check and export work on it.
func TestCLIPostgres(t *testing.T) {
	t.Parallel()
	dsn := pgtest.DSN(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(cfg, []byte("settings:\n  timeout: 2s\nsources:\n  - name: Down\n    url: http://127.0.0.1:1/feed.xml\n    kind: rss\n"), 0o644)
	index := filepath.Join(dir, "index")
	if code, out, stderr := runCLI(t, "crawl", "-config", cfg, "-data", dsn, "-index", index); code != 3 || !strings.Contains(out, "(1 failed)") {
		t.Fatalf("crawl: exit %d, %q %q", code, out, stderr)
	}
	if _, err := os.Stat(filepath.Join(index, "index.bleve")); err != nil {
		t.Errorf("no index in the -index folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(index, "vigie.db")); err == nil {
		t.Error("a SQLite store was made beside the index")
	}
	if code, out, stderr := runCLI(t, "check", "-data", dsn, "-index", index); code != 0 || !strings.Contains(out, "store 0 articles") {
		t.Errorf("check: exit %d, %q %q", code, out, stderr)
	}
	if code, _, stderr := runCLI(t, "export", "-data", dsn, "-what", "incidents"); code != 0 {
		t.Errorf("export: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "check", "-data", "postgres://vigie@/none?host="+dir, "-index", index); code != 1 || !strings.Contains(stderr, "postgres vigie@") {
		t.Errorf("check of a server that is not there: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "crawl", "-worker", "-config", cfg, "-data", filepath.Join(dir, "sqlite")); code != 2 || !strings.Contains(stderr, "needs a PostgreSQL store") {
		t.Errorf("crawl -worker on SQLite: exit %d, %q", code, stderr)
	}
}
