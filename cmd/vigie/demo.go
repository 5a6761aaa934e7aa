package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/corpus"
	"github.com/vigie-news/vigie/pipeline"
)

// runDemo serves the bundled offline corpus through an in-process proxy,
// crawls it, and serves the API on it, all on loopback.
func runDemo(ctx context.Context, args []string, e *env) error {
	var c common
	fs := e.flags("demo")
	c.register(fs, false, true)
	dir := fs.String("corpus", "testdata/corpus", "offline corpus: sites/ and sources.yaml")
	out := fs.String("out", "demo-out", "folder of the digest written and of the widget's host page")
	hostAddr := fs.String("host-addr", "127.0.0.1:8081", "address of the newsroom page that embeds the widget")
	if err := parse(fs, args); err != nil {
		return err
	}
	if !isSet(fs, "data") {
		tmp, err := os.MkdirTemp("", "vigie-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		c.data = tmp
	}
	proxy, stop, err := startCorpus(*dir)
	if err != nil {
		return err
	}
	defer stop()
	cfg, err := config.Load(filepath.Join(*dir, "sources.yaml"))
	if err != nil {
		return err
	}
	cfg.Settings.Delay = 10 * time.Millisecond // the corpus is on loopback
	a, err := pipeline.OpenWriter(ctx, c.data, e.log)
	if err != nil {
		return err
	}
	defer a.Close()
	st := &pipeline.Status{}
	// The corpus is reached through its proxy on loopback, trusted as any
	// configured proxy is: the demo needs no allow_private.
	(&pipeline.Cycle{App: a, Config: cfg, Proxy: proxyTo(proxy), Out: e.stdout, Log: e.log, Status: st}).Run(ctx)
	stopHost, err := demoPublishing(ctx, a, cfg, c.addr, *hostAddr, *out, e) // demo_publish.go
	if err != nil {
		return err
	}
	defer stopHost()
	printExamples(e, c.addr)
	return serveAndCrawl(ctx, a, cfg, c.addr, e, nil, 0, st)
}

// startCorpus serves the corpus in dir on a loopback port.
func startCorpus(dir string) (*url.URL, func(), error) {
	cs, err := corpus.New(dir)
	if err != nil {
		return nil, nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, nil, err
	}
	srv := &http.Server{Handler: cs, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	u := &url.URL{Scheme: "http", Host: ln.Addr().String()}
	return u, func() { srv.Close() }, nil
}

func printExamples(e *env, addr string) {
	base := "http://" + addr
	fmt.Fprintf(e.stdout, `
Demo ready. Open %[1]s/ in a browser (pages: /incidents, /map, /sources, /dictionary), or try:
  curl '%[1]s/api/articles?q=seez+rancongiciel'
  curl '%[1]s/api/articles?q=cyberattaque&lang=fr&from=2022-01-01&to=2022-12-31'
  curl '%[1]s/api/articles?site=The+Alpine+Times&page=1&size=5'
  curl '%[1]s/api/articles/1'
  curl '%[1]s/api/incidents?region=Auvergne-Rh%%C3%%B4ne-Alpes'
  curl '%[1]s/api/incidents?attack=ransomware&near=45.5646,5.9178&km=100'
  curl '%[1]s/api/incidents/2021-04-bourg-saint-maurice'
  curl '%[1]s/api/sources'
  curl '%[1]s/feeds/incidents.atom?region=Auvergne-Rh%%C3%%B4ne-Alpes'
  curl '%[1]s/feeds/articles.json?q=cyberattaque'
  open  %[1]s/embed/incidents?limit=5&lang=en&theme=dark
  curl '%[1]s/oembed?format=json&url=%[1]s/incidents/2021-04-bourg-saint-maurice'
  open  %[1]s/subscribe   (emails go to the data folder's outbox)
  curl '%[1]s/api/incidents.geojson?attack=ransomware'
  curl '%[1]s/api/incidents?format=csv&region=Auvergne-Rh%%C3%%B4ne-Alpes'
  curl '%[1]s/api/openapi.json'
  curl '%[1]s/healthz'
Press Ctrl-C to stop.
`, base)
}

// isSet reports whether the flag was given on the command line.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set || os.Getenv("VIGIE_DATA") != "" && name == "data"
}
