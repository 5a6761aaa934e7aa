// Package browsertest starts headless Chromium for tests, through
// github.com/chromedp/chromedp. Tests that need it are skipped, with the
// reason, under -short or when no Chromium is installed (Debian: apt-get
// install chromium; .ci/run installs it).
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Path returns the Chromium to use: $CHROMIUM, or the first of the usual
// names on PATH; "" when there is none.
func Path() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// New returns the context of a new headless browser tab, closed when the
// test ends, or skips the test.
func New(tb testing.TB) context.Context {
	tb.Helper()
	if testing.Short() {
		tb.Skip("headless Chromium test: skipped with -short")
	}
	path := Path()
	if path == "" {
		tb.Skip("no Chromium found (apt-get install chromium, or set CHROMIUM): browser test skipped")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.WindowSize(1024, 900), chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-dev-shm-usage", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	tb.Cleanup(func() { cancel(); cancelAlloc() })
	// start the browser on a context without a deadline, which would end it
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("start Chromium %s: %v", path, err)
	}
	return ctx
}

// Within returns ctx limited to d, for one step.
func Within(tb testing.TB, ctx context.Context, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(ctx, d)
	tb.Cleanup(cancel)
	return ctx
}
