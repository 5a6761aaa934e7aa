package main

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/vigie-news/vigie/server"
)

// browser is a headless Chromium tab on the pages of a crawled corpus,
// recording every console error, uncaught exception and failed load.
type browser struct {
	ctx  context.Context
	base string
	mu   sync.Mutex
	errs []string
}

// newBrowser crawls the demo corpus, serves the pages over it and opens
// a Chromium tab. Chromium is Debian's chromium package, which .ci/run
// installs.
func newBrowser(t *testing.T) (*browser, *fixture) {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("chromium is needed by the browser tests: apt-get install chromium (.ci/run does)")
	}
	f := newFixture(t, corpusDir)
	f.crawl(t, false)
	e := &env{stdout: io.Discard, stderr: io.Discard, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	pages, err := newPages(f.app, f.cfg, e)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&server.Server{Articles: f.app, Incidents: f.app, Sources: f.app, Pages: pages, Logger: e.log}).Handler())
	t.Cleanup(srv.Close)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.WindowSize(1280, 900), chromedp.UserDataDir(t.TempDir()))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 5*time.Minute) // the race detector and a busy machine slow Chromium's pages down
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	b := &browser{ctx: ctx, base: srv.URL}
	b.listen()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	return b, f
}

// listen records console errors, exceptions and answers of 400 or more.
func (b *browser) listen() {
	console := chromedp.Events(b.ctx, runtime.ConsoleAPICalled)
	exceptions := chromedp.Events(b.ctx, runtime.ExceptionThrown)
	responses := chromedp.Events(b.ctx, network.ResponseReceived)
	go func() {
		for ev, err := range console {
			if err != nil {
				return
			}
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				b.record(fmt.Sprintf("console.%s: %v", ev.Type, ev.Args))
			}
		}
	}()
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			b.record((&chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails}).Error())
		}
	}()
	go func() {
		for ev, err := range responses {
			if err != nil {
				return
			}
			if ev.Response.Status >= 400 && !strings.Contains(ev.Response.URL, "attack=worm") {
				b.record(fmt.Sprintf("%s: %d", ev.Response.URL, ev.Response.Status))
			}
		}
	}()
}

func (b *browser) record(s string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.errs = append(b.errs, s)
}

func (b *browser) errors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errs...)
}

// do runs steps, failing the test on error.
func (b *browser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// click clicks sel and waits for the page it leads to.
func (b *browser) click(t *testing.T, sel string) {
	t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.CSS(sel)))); err != nil {
		t.Fatalf("click %s: %v", sel, err)
	}
}

func (b *browser) eval(t *testing.T, js string) string {
	t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return s
}

// screenshot captures the page, checks that it is not blank and writes
// it to dir (docs/screenshots for `make screenshots`, else a temporary
// folder).
func (b *browser) screenshot(t *testing.T, dir, name string) {
	t.Helper()
	buf, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		t.Fatal(err)
	}
	if share := inkShare(img); share < 0.01 {
		t.Errorf("screenshot %s is blank: %.4f of its pixels are not background", name, share)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// inkShare returns the share of pixels that differ from the top-left
// one, the background.
func inkShare(img image.Image) float64 {
	r := img.Bounds()
	br, bg, bb, _ := img.At(r.Min.X, r.Min.Y).RGBA()
	ink := 0
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			if cr, cg, cb, _ := img.At(x, y).RGBA(); cr != br || cg != bg || cb != bb {
				ink++
			}
		}
	}
	return float64(ink) / float64((r.Dx()/2)*(r.Dy()/2))
}

// a11yScript lists, in the page as the browser renders it, what breaks
// the accessibility basics: no lang, form fields without a label, a skipped
// heading level, text whose computed colour has a contrast below 4.5:1
// (WCAG AA) against the page's background.
const a11yScript = `(() => {
  const problems = [];
  if (!document.documentElement.lang) problems.push("no lang");
  for (const f of document.querySelectorAll("input:not([type=hidden]), select, textarea")) {
    if (!f.labels || f.labels.length === 0) problems.push("no label for #" + f.id);
  }
  let last = 0;
  for (const h of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    const level = +h.tagName[1];
    if (level > last + 1) problems.push(h.tagName + " after h" + last);
    last = level;
  }
  const rgb = s => s.match(/[\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const bg = lum(rgb(getComputedStyle(document.body).backgroundColor));
  for (const el of document.querySelectorAll("main p, main a, main li, main th, main td, nav a, h1, h2, h3, label, .meta, .count")) {
    if (!el.offsetParent || getComputedStyle(el).backgroundColor !== "rgba(0, 0, 0, 0)") continue;
    const fg = lum(rgb(getComputedStyle(el).color));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < 4.5) problems.push("contrast " + ratio.toFixed(2) + " of " + el.tagName + "." + el.className);
  }
  return [...new Set(problems)].join("; ");
})()`

// a11y fails the test when the current page breaks the basics.
func (b *browser) a11y(t *testing.T, page string) {
	t.Helper()
	if problems := b.eval(t, a11yScript); problems != "" {
		t.Errorf("%s: %s", page, problems)
	}
}

// mapRegions checks the map's layers of regions: the départements and
// the neighbours' regions drawn, the départements of the corpus's
// incidents shaded, the régions drawn once switched on.
func (b *browser) mapRegions(t *testing.T) {
	t.Helper()
	count := func(sel string) int {
		var n int
		fmt.Sscan(b.eval(t, `String(document.querySelectorAll("#map `+sel+`").length)`), &n)
		return n
	}
	if n := count("path.vigie-department"); n < 90 {
		t.Errorf("%d départements drawn, want 96", n)
	}
	if n := count("path.vigie-neighbour"); n < 100 {
		t.Errorf("%d regions of the neighbours drawn, want 109", n)
	}
	if n := count("path.vigie-department[fill='#a4000f']"); n == 0 {
		t.Error("no département shaded by its incidents")
	}
	if n := count("path.vigie-region"); n != 0 {
		t.Errorf("%d régions drawn before they are switched on", n)
	}
	b.do(t, "switch the régions on", chromedp.Click(chromedp.CSS(".leaflet-control-layers-overlays label:nth-child(2) input")))
	if n := count("path.vigie-region"); n != 13 {
		t.Errorf("%d régions drawn once switched on, want 13", n)
	}
}

// TestBrowser drives the pages in headless Chromium over the demo corpus:
// search, click a facet, open an incident, follow an evidence link, switch
// language, load the map; each step's screenshot must not be blank, each
// page must pass the accessibility basics (a11yScript), and no page may
// log an error. VIGIE_SCREENSHOTS=dir keeps the screenshots
// (make screenshots).
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	t.Parallel()
	b, _ := newBrowser(t)
	shots := os.Getenv("VIGIE_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	b.do(t, "search", chromedp.Navigate(b.base+"/?hl=en"), chromedp.SendKeys(chromedp.ID("q"), "rançongiciel"))
	b.click(t, "form.search button")
	if got := b.eval(t, `location.search`); !strings.Contains(got, "q=ran%C3%A7ongiciel") {
		t.Errorf("search URL %q", got)
	}
	if n := b.eval(t, `String(document.querySelectorAll("ol.list li").length)`); n == "0" {
		t.Fatal("the search found nothing")
	}
	b.screenshot(t, shots, "search")
	b.a11y(t, "search")
	before := b.eval(t, `document.querySelector("#results-h").textContent`)
	b.click(t, "#facet-department li a")
	after := b.eval(t, `document.querySelector("#results-h").textContent`)
	if !strings.Contains(b.eval(t, `location.search`), "department=") || after == before {
		t.Errorf("the facet did not filter: %q then %q", before, after)
	}
	b.do(t, "incident", chromedp.Navigate(b.base+"/incidents/2021-04-bourg-saint-maurice"))
	if n := b.eval(t, `String(document.querySelectorAll("blockquote.evidence").length)`); n == "0" {
		t.Error("the incident page shows no evidence")
	}
	b.screenshot(t, shots, "incident")
	b.a11y(t, "incident")
	b.click(t, "a.evidence-link")
	if got := b.eval(t, `location.pathname + location.hash`); !strings.HasPrefix(got, "/articles/") || !strings.HasSuffix(got, "#text") {
		t.Errorf("evidence link led to %q", got)
	}
	b.screenshot(t, shots, "article")
	b.a11y(t, "article")
	b.click(t, "#switch-lang")
	if lang := b.eval(t, `document.documentElement.lang`); lang != "fr" {
		t.Errorf("after the switch, lang %q", lang)
	}
	if h := b.eval(t, `document.querySelector("#text-h").textContent`); h != "Texte extrait" {
		t.Errorf("French heading %q", h)
	}
	b.do(t, "map", chromedp.Navigate(b.base+"/map?in_scope=all"), chromedp.WaitReady(chromedp.CSS("#map[data-loaded][data-regions-loaded]")))
	if n := b.eval(t, `String(document.querySelectorAll("#map .leaflet-incidents-pane .leaflet-interactive").length)`); n == "0" {
		t.Error("no incident on the map")
	}
	b.screenshot(t, shots, "map")
	b.a11y(t, "map")
	b.mapRegions(t)
	b.do(t, "sources", chromedp.Navigate(b.base+"/sources"))
	b.screenshot(t, shots, "sources")
	b.a11y(t, "sources")
	if errs := b.errors(); len(errs) > 0 {
		t.Errorf("the pages logged errors:\n%s", strings.Join(errs, "\n"))
	}
}
