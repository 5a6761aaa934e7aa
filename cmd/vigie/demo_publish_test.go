package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDemoPublishing crawls the demo corpus and checks what make demo
// adds: the digest of the corpus's latest week with an incident, as .eml,
// and a host page of another origin that embeds the widget.
func TestDemoPublishing(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls the corpus")
	}
	t.Parallel()
	f := newFixture(t, filepath.Join("..", "..", "testdata", "corpus"))
	f.crawl(t, false)
	out := t.TempDir()
	var stdout strings.Builder
	e := &env{stdout: &stdout, stderr: io.Discard, log: slog.New(slog.DiscardHandler)}
	stop, err := demoPublishing(context.Background(), f.app, f.cfg, "127.0.0.1:8080", "127.0.0.1:0", out, e)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	files, _ := filepath.Glob(filepath.Join(out, "digest", "*.eml"))
	if len(files) != 1 {
		t.Fatalf("digest files %v", files)
	}
	b, _ := os.ReadFile(files[0])
	if !strings.Contains(string(b), "multipart/alternative") || !strings.Contains(string(b), "http://127.0.0.1:8080/incidents/") {
		t.Errorf("digest:\n%s", b)
	}
	host := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(stdout.String())
	res, err := http.Get(host)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	page, _ := io.ReadAll(res.Body)
	if !strings.Contains(string(page), `<script async src="http://127.0.0.1:8080/embed/widget.js"></script>`) || strings.Count(string(page), "data-vigie-incidents") != 2 {
		t.Errorf("host page:\n%s", page)
	}
}
