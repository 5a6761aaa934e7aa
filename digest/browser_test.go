package digest_test

import (
	"bytes"
	"context"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/vigie-news/vigie/digest"
	"github.com/vigie-news/vigie/internal/browsertest"
	"github.com/vigie-news/vigie/store"
)

// TestHTMLPartInBrowser renders the HTML part of a digest in headless
// Chromium, light and dark, on a phone's width and a desktop's, and takes
// screenshots (kept in $VIGIE_SCREENSHOTS when set): it fits the width, and
// its text keeps its own colours whatever the reader's theme.
func TestHTMLPartInBrowser(t *testing.T) {
	ctx := browsertest.New(t)
	db := mustOpen(t, store.Memory)
	mustSeed(t, db)
	svc := must[*digest.Service](t)(digest.New(context.Background(), db, digest.Options{Mail: mailConfig(t, "127.0.0.1:1", "none"), BaseURL: "https://vigie.test"}))
	dir := t.TempDir()
	must[int](t)(svc.Preview(context.Background(), week49, digest.Dir(dir), "fr"))
	files := must[[]string](t)(filepath.Glob(filepath.Join(dir, "*.eml")))
	e := parseEmail(t, must[[]byte](t)(os.ReadFile(files[0])))
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'") // as strict as a mail client
		io.WriteString(w, e.HTML)
	}))
	defer ts.Close()
	for _, tc := range []struct {
		name   string
		width  int64
		scheme string
	}{{"phone-light", 375, "light"}, {"desktop-dark", 1024, "dark"}} {
		t.Run(tc.name, func(t *testing.T) {
			step := browsertest.Within(t, ctx, 30*time.Second)
			if _, err := chromedp.Call(step, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: tc.scheme}}}); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(step, chromedp.EmulateViewport(tc.width, 800), chromedp.Navigate(ts.URL)); err != nil {
				t.Fatal(err)
			}
			overflow := must[bool](t)(chromedp.Run(step, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`)))
			if overflow {
				t.Errorf("the email is wider than a %dpx screen", tc.width)
			}
			colors := must[[]string](t)(chromedp.Run(step, chromedp.Evaluate[[]string](`(() => {
				const a = document.querySelector("a[href*='/incidents/']");
				let bg = a, c = getComputedStyle(a).color;
				while (bg && getComputedStyle(bg).backgroundColor === "rgba(0, 0, 0, 0)") bg = bg.parentElement;
				return [c, getComputedStyle(bg).backgroundColor, document.scripts.length + ""]; })()`)))
			if colors[0] != "rgb(29, 78, 216)" || colors[1] != "rgb(255, 255, 255)" || colors[2] != "0" {
				t.Errorf("link %s on %s, %s scripts", colors[0], colors[1], colors[2])
			}
			shot := must[[]byte](t)(chromedp.Run(step, chromedp.FullScreenshot(100)))
			img, err := png.Decode(bytes.NewReader(shot))
			if err != nil {
				t.Fatalf("screenshot: %v", err)
			}
			if b := img.Bounds(); b.Dx() != int(tc.width) || b.Dy() < 400 {
				t.Errorf("screenshot %v", b)
			}
			if d := os.Getenv("VIGIE_SCREENSHOTS"); d != "" {
				os.WriteFile(filepath.Join(d, "digest-"+tc.name+".png"), shot, 0o644)
			}
		})
	}
}
