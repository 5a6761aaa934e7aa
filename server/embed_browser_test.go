package server

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"github.com/vigie-news/vigie/internal/browsertest"
	"github.com/vigie-news/vigie/widget"
)

// TestWidgetInBrowser loads a newsroom page served from another origin
// that embeds the widget twice, in headless Chromium: both iframes load,
// take the height of their content, link out in new tabs, and the dark
// one is dark; nothing is requested beyond the two origins and no cookie
// is set.
func TestWidgetInBrowser(t *testing.T) {
	ctx := browsertest.New(t)
	l := mustIncidentLibrary(t)
	vigie := httptest.NewServer(l.server().Handler())
	defer vigie.Close()
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, widget.HostPage(vigie.URL))
	}))
	defer host.Close()
	if vigie.URL == host.URL {
		t.Fatal("same origin")
	}
	var mu sync.Mutex
	var requested []string
	chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requested = append(requested, e.Request.URL)
			mu.Unlock()
		}
	})
	step := browsertest.Within(t, ctx, 30*time.Second)
	if _, err := chromedp.Call(step, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(step, chromedp.Navigate(host.URL)); err != nil {
		t.Fatal(err)
	}
	// resized: both iframes leave their initial 160px for their content's height
	heights, err := chromedp.Run(step, chromedp.Poll[[]float64](`(() => {
		const h = [...document.querySelectorAll("iframe")].map(f => f.getBoundingClientRect().height);
		return h.length === 2 && h.every(x => x !== 160) ? h : null; })()`, chromedp.WithPollingInterval(50*time.Millisecond)))
	if err != nil {
		t.Fatalf("the iframes were never resized: %v", err)
	}
	frames, err := chromedp.Run(step, chromedp.Nodes(chromedp.CSSAll("iframe"), chromedp.AtLeast(2)))
	if err != nil || len(frames) != 2 {
		t.Fatalf("iframes: %d %v", len(frames), err)
	}
	for i, f := range frames {
		checkFrame(t, step, f, heights[i], []int{5, 3}[i])
	}
	checkTheme(t, step, frames[0], "rgb(255, 255, 255)")
	checkTheme(t, step, frames[1], "rgb(17, 24, 39)")
	checkNewTab(t, step, frames[0], vigie.URL)

	cookies, err := chromedp.CallBrowser(step, storage.GetCookies, storage.GetCookiesParams{})
	if err != nil || len(cookies.Cookies) != 0 {
		t.Errorf("cookies %v %v", cookies, err)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, u := range requested {
		if !strings.HasPrefix(u, vigie.URL+"/") && !strings.HasPrefix(u, host.URL+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("requested %s, neither Vigie nor the host page", u)
		}
	}
}

// checkFrame checks that the iframe f shows n incidents, links out in new
// tabs, and is as tall as its content.
func checkFrame(t *testing.T, ctx context.Context, f *chromedp.Node, height float64, n int) {
	t.Helper()
	links, err := chromedp.Run(ctx, chromedp.AttributesAll(chromedp.CSSAll("main a"), chromedp.FromNode(f)))
	if err != nil {
		t.Fatal(err)
	}
	titles := 0
	for _, a := range links {
		if a["target"] != "_blank" || !strings.Contains(a["rel"], "noopener") {
			t.Errorf("link %v does not open a new tab without opener", a)
		}
		if a["class"] == "title" {
			titles++
		}
	}
	if titles != n {
		t.Errorf("%d incidents shown, want %d", titles, n)
	}
	content, err := chromedp.Run(ctx, chromedp.JavascriptAttribute[float64](chromedp.CSS("main"), "offsetHeight", chromedp.FromNode(f)))
	if err != nil {
		t.Fatal(err)
	}
	if d := height - content; d < -1 || d > 1 {
		t.Errorf("iframe %.0fpx tall for %.0fpx of content", height, content)
	}
}

// checkTheme checks the background of the iframe's body.
func checkTheme(t *testing.T, ctx context.Context, f *chromedp.Node, want string) {
	t.Helper()
	style, err := chromedp.Run(ctx, chromedp.ComputedStyle(chromedp.CSS("body"), chromedp.FromNode(f)))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range style {
		if p.Name == "background-color" && p.Value != want {
			t.Errorf("background %s, want %s", p.Value, want)
		}
	}
}

// checkNewTab clicks the first incident of the iframe f and checks that
// its page opens in a new tab.
func checkNewTab(t *testing.T, ctx context.Context, f *chromedp.Node, base string) {
	t.Helper()
	opened := chromedp.WaitNewTarget(ctx, func(info *target.Info) bool {
		u, err := url.Parse(info.URL)
		return err == nil && strings.HasPrefix(info.URL, base+"/incidents/") && u.Path != ""
	})
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("a.title"), chromedp.FromNode(f))); err != nil {
		t.Fatal(err)
	}
	select {
	case id, ok := <-opened:
		if !ok || id == "" {
			t.Error("no new tab")
		}
	case <-time.After(10 * time.Second):
		t.Error("clicking an incident opened no new tab")
	}
}
