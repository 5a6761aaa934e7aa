package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/digest"
	"github.com/vigie-news/vigie/pipeline"
	"github.com/vigie-news/vigie/widget"
)

// demoPublishing writes to out the digest the demo corpus would send for
// its latest week with an incident, and a newsroom page that embeds the
// widget, served from hostAddr: another origin than the API's. It returns
// the function that stops that server.
func demoPublishing(ctx context.Context, a *pipeline.App, cfg *config.File, addr, hostAddr, out string, e *env) (func(), error) {
	incs, err := a.DB.Incidents(ctx)
	if err != nil {
		return nil, err
	}
	svc, err := newDigest(ctx, a, cfg, baseURLOf(cfg, addr), e, false)
	if err != nil {
		return nil, err
	}
	week := svc.LastWeek()
	var latest time.Time
	for _, in := range incs {
		if in.FirstReported.After(latest) {
			latest, week = in.FirstReported, digest.WeekOf(in.FirstReported, svc.Location())
		}
	}
	dir := filepath.Join(out, "digest")
	if _, err := svc.Preview(ctx, week, digest.Dir(dir), "fr"); err != nil {
		return nil, err
	}
	page := widget.HostPage(baseURLOf(cfg, addr))
	if err := os.WriteFile(filepath.Join(out, "host.html"), []byte(page), 0o644); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", hostAddr)
	if err != nil {
		return nil, fmt.Errorf("demo host page: %w", err)
	}
	srv := &http.Server{ReadHeaderTimeout: 5 * time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})}
	go srv.Serve(ln)
	fmt.Fprintf(e.stdout, "\nDigest of %s (the corpus's latest week with an incident) written to %s\n", week, dir)
	fmt.Fprintf(e.stdout, "A newsroom page embedding the widget, on another origin: http://%s/\n", ln.Addr())
	return func() { srv.Close() }, nil
}
