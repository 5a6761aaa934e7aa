package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"mime/quotedprintable"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/pipeline"
)

// lockedBuffer is a bytes.Buffer safe to write and read at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServePublishing serves with a mail-less configuration: the feeds and
// embeds answer, with the configured frame-ancestors, and a subscription
// writes its confirmation email to the outbox.
func TestServePublishing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cfg, err := config.Parse("feeds.yaml", []byte("sources:\n  - {name: A, url: 'https://a.example/rss', kind: rss}\nsite:\n  frame_ancestors: ['https://news.example']\n"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	a, err := pipeline.Open(ctx, filepath.Join(dir, "data"))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	out := &lockedBuffer{}
	e := &env{stdout: out, stderr: io.Discard, log: slog.New(slog.DiscardHandler)}
	done := make(chan error, 1)
	go func() { done <- serveAndCrawl(ctx, a, cfg, "127.0.0.1:0", e, nil, 0, &pipeline.Status{}) }()
	defer func() { cancel(); <-done }()
	var base string
	for i := 0; i < 200 && base == ""; i++ {
		if m := regexp.MustCompile(`http://[0-9.:]+`).FindString(out.String()); m != "" {
			base = m
		}
		time.Sleep(10 * time.Millisecond)
	}
	if base == "" {
		t.Fatal("the server never listened")
	}
	res, err := http.Post(base+"/api/subscriptions", "application/json", strings.NewReader(`{"email":"anne@example.org","lang":"en"}`))
	if err != nil || res.StatusCode != http.StatusAccepted {
		t.Fatalf("subscribe: %v %v", res, err)
	}
	res.Body.Close()
	if files, _ := filepath.Glob(filepath.Join(dir, "data", "outbox", "*.eml")); len(files) != 1 {
		t.Errorf("outbox %v", files)
	} else if b, _ := os.ReadFile(files[0]); !bytes.Contains(must(io.ReadAll(quotedprintable.NewReader(bytes.NewReader(b)))), []byte("/subscriptions/confirm?token=")) {
		t.Errorf("confirmation email:\n%s", b)
	}
	for path, want := range map[string]string{"/feeds/incidents.atom": "application/atom+xml", "/embed/incidents": "text/html"} {
		res, err := http.Get(base + path)
		if err != nil || res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), want) {
			t.Fatalf("%s: %v %v", path, res, err)
		}
		res.Body.Close()
		if path == "/embed/incidents" && !strings.Contains(res.Header.Get("Content-Security-Policy"), "frame-ancestors https://news.example") {
			t.Errorf("CSP %q", res.Header.Get("Content-Security-Policy"))
		}
	}
}

// must returns v, or panics: for readers of in-memory bytes, which do not fail.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
