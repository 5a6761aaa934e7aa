package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/pipeline"
)

// articlePage is an HTML page the extractor takes for an article.
func articlePage(title, canonical, text string) string {
	link := ""
	if canonical != "" {
		link = `<link rel="canonical" href="` + canonical + `">`
	}
	var paras strings.Builder
	for i := range 8 {
		fmt.Fprintf(&paras, "<p>Paragraphe %d. %s Les agents ont été informés le %d mars et le maire a porté plainte.</p>", i+1, text, i+2)
	}
	return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>` + title + `</title>` + link +
		`<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-05T10:00:00+01:00"></head><body><article><h1>` + title + `</h1>` +
		paras.String() + `</article></body></html>`
}

// TestHostileSourcesEndToEnd crawls, through a proxy on loopback, a hostile
// source whose feed points at an internal service in several spellings and
// at a page that claims another site's article as its canonical, beside an
// honest source: nothing internal is fetched or stored, the honest site's
// article is never replaced, whichever is crawled first, and the honest
// source is crawled as usual.
func TestHostileSourcesEndToEnd(t *testing.T) {
	t.Parallel()
	var internalHits atomic.Int32
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		internalHits.Add(1)
		fmt.Fprint(w, articlePage("Secret interne", "", "Ceci est un document interne qui ne doit jamais sortir du réseau de la mairie."))
	}))
	t.Cleanup(internal.Close)
	_, port, _ := net.SplitHostPort(internal.Listener.Addr().String())
	victimText := "La mairie de Séez a été victime d'une cyberattaque par rançongiciel, les services municipaux sont perturbés."
	evilText := "Texte trompeur publié par un site malveillant qui veut se faire passer pour un autre journal régional."
	pages := map[string]string{
		"victim.test/feed.xml":   rss("http://victim.test/story.html"),
		"victim.test/story.html": articlePage("Cyberattaque à Séez", "http://victim.test/story.html", victimText),
		"evil.test/feed.xml": rss("http://127.0.0.1:"+port+"/secret", "http://localhost:"+port+"/secret",
			"http://2130706433:"+port+"/secret", "http://169.254.169.254/latest/meta-data/", "http://evil.test/jump", "http://evil.test/hijack.html"),
		"evil.test/hijack.html": articlePage("Cyberattaque à Séez (copie)", "http://victim.test/story.html", evilText),
	}
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Host+r.URL.Path == "evil.test/jump" {
			http.Redirect(w, r, "http://127.0.0.1:"+port+"/secret", http.StatusFound)
			return
		}
		body, ok := pages[r.URL.Host+r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if strings.HasSuffix(r.URL.Path, ".xml") {
			w.Header().Set("Content-Type", "application/rss+xml")
		} else {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		fmt.Fprint(w, body)
	}))
	t.Cleanup(proxy.Close)
	pu, _ := url.Parse(proxy.URL)
	victim := vigie.Source{Name: "Victim", URL: "http://victim.test/feed.xml", Kind: vigie.KindRSS, Enabled: true, Language: "fr", MaxItems: 10, MaxPages: 1, Interval: time.Hour}
	evil := vigie.Source{Name: "Evil", URL: "http://evil.test/feed.xml", Kind: vigie.KindRSS, Enabled: true, Language: "fr", MaxItems: 10, MaxPages: 1, Interval: time.Hour}
	for _, order := range [][]vigie.Source{{victim, evil}, {evil, victim}} {
		t.Run("first "+order[0].Name, func(t *testing.T) {
			ctx := context.Background()
			a, err := pipeline.Open(ctx, t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			s := config.DefaultSettings()
			s.Delay = 0
			log := slog.New(slog.NewTextHandler(io.Discard, nil))
			for _, src := range order {
				cfg := &config.File{Settings: s, Sources: []vigie.Source{src}}
				(&pipeline.Cycle{App: a, Config: cfg, Proxy: proxyTo(pu), Out: io.Discard, Log: log, Refresh: true}).Run(ctx)
			}
			art, err := a.DB.LookupURL(ctx, "http://victim.test/story.html")
			if err != nil {
				t.Fatalf("the victim's article is not stored: %v", err)
			}
			full, err := a.DB.Article(ctx, art.ID)
			if err != nil || full.URL != "http://victim.test/story.html" || !strings.Contains(full.Text, "rançongiciel") || strings.Contains(full.Text, "trompeur") {
				t.Errorf("the victim's article was replaced: %+v, %v", full, err)
			}
			n, _ := a.DB.CountArticles(ctx)
			if n != 2 {
				t.Errorf("%d articles stored, want the victim's and the hijacker's own", n)
			}
			if vs, _ := a.DB.SourceState(ctx, "Victim"); vs.Failures != 0 || vs.LastSuccess.IsZero() {
				t.Errorf("the honest source was not crawled as usual: %+v", vs)
			}
			for _, u := range []string{"http://127.0.0.1:" + port + "/secret", "http://localhost:" + port + "/secret"} {
				if _, err := a.DB.LookupURL(ctx, u); err == nil {
					t.Errorf("%s was stored", u)
				}
			}
		})
	}
	if n := internalHits.Load(); n != 0 {
		t.Errorf("the internal service received %d requests", n)
	}
}

func rss(links ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><language>fr</language>`)
	for i, l := range links {
		fmt.Fprintf(&b, "<item><title>Article %d</title><link>%s</link><pubDate>Tue, 05 Mar 2024 10:0%d:00 +0100</pubDate></item>", i, l, i)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}
