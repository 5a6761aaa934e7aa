package pipeline

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/corpus"
)

// The crash tests run a crawl of the offline corpus in a child process (this
// test binary again, running TestCrashChild) and kill it with SIGKILL: from
// inside, at the worst moment, between the store's commit of an article and
// the index write; and from outside, at a moment the parent picks. The next
// start must reconcile the store and the indexes without vigie reindex.

const (
	crashDirEnv   = "VIGIE_CRASH_DIR"   // the child's data folder
	crashAfterEnv = "VIGIE_CRASH_AFTER" // kill -9 after this many articles stored, before indexing; 0: never
)

// TestCrashChild is the child: it does nothing unless run by a crash test.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("run by the crash tests only")
	}
	after, _ := strconv.Atoi(os.Getenv(crashAfterEnv))
	web, err := corpus.New(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(web)
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	cfg, err := config.Load(filepath.Join(corpusDir, "sources.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Settings.Delay = 20 * time.Millisecond // slow enough for the parent to strike mid-crawl
	a, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	var stored atomic.Int32
	cy := &Cycle{App: a, Config: cfg, Proxy: http.ProxyURL(u), Out: io.Discard, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	cy.AfterStore = func(int64) {
		if n := stored.Add(1); after > 0 && int(n) == after {
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {} // the kernel ends us here
		}
	}
	cy.Run(context.Background())
	a.Close()
}

// startChild runs the crawl in a child process with data folder dir.
func startChild(t *testing.T, dir string, after int) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashDirEnv+"="+dir, crashAfterEnv+"="+strconv.Itoa(after))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// killed reports whether the child died of SIGKILL.
func killed(err error) bool {
	ee, ok := err.(*exec.ExitError)
	if !ok {
		return false
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL
}

// reconciled opens the data folder as a start does, after checking that
// the crash did leave the index behind (so that the test can fail), and
// checks that the store and the indexes agree.
func reconciled(t *testing.T, dir string) (before, after IndexCheck) {
	t.Helper()
	ctx := context.Background()
	a, err := OpenAsIs(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if before, err = a.Check(ctx); err != nil {
		t.Fatal(err)
	}
	a.Close()
	if a, err = Open(ctx, dir); err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if after, err = a.Check(ctx); err != nil {
		t.Fatal(err)
	}
	if !after.OK() {
		t.Errorf("after the restart: %s", after)
	}
	return before, after
}

// TestCrashBetweenStoreAndIndex kills the crawl with SIGKILL right after the
// store committed an article and before the index had it.
func TestCrashBetweenStoreAndIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a crawl in a child process")
	}
	t.Parallel()
	dir := t.TempDir()
	err := startChild(t, dir, 12).Wait()
	if !killed(err) {
		t.Fatalf("the child was not killed: %v", err)
	}
	before, after := reconciled(t, dir)
	t.Logf("kill -9 between store and index: before the restart %s; after %s", before, after)
	if before.Pending == 0 || before.Articles == before.Indexed {
		t.Errorf("the crash left nothing to reconcile: %s", before)
	}
	if after.Articles < 12 {
		t.Errorf("%d articles stored, want the 12 committed before the crash", after.Articles)
	}
}

// TestKillMidCrawl kills the crawl with SIGKILL from outside, once it has
// stored some articles, then crawls again to the end: nothing is lost from
// search, nothing doubled.
func TestKillMidCrawl(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a crawl in a child process")
	}
	t.Parallel()
	dir := t.TempDir()
	cmd := startChild(t, dir, 0)
	ctx := context.Background()
	deadline := time.Now().Add(time.Minute)
	for {
		time.Sleep(50 * time.Millisecond)
		if s, err := OpenStore(ctx, dir); err == nil {
			n, _ := s.DB.CountArticles(ctx)
			s.DB.Close()
			if n >= 5 {
				break
			}
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the child stored nothing in a minute")
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	if err := cmd.Wait(); !killed(err) {
		t.Logf("the child ended before the kill: %v", err)
	}
	before, after := reconciled(t, dir)
	t.Logf("kill -9 mid-crawl: before the restart %s; after %s", before, after)
	if err := startChild(t, dir, 0).Wait(); err != nil {
		t.Fatalf("the second crawl: %v", err)
	}
	_, final := reconciled(t, dir)
	if final.Articles != 53 {
		t.Errorf("after crawling again: %s, want 53 articles", final)
	}
}
