package main

import (
	"context"
	"fmt"
	"os"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/digest"
	"github.com/vigie-news/vigie/pipeline"
)

// runDigest renders or sends the weekly digest of one week.
func runDigest(ctx context.Context, args []string, e *env) error {
	var c common
	fs := e.flags("digest")
	c.register(fs, true, false)
	week := fs.String("week", "", "ISO week to report, e.g. 2026-W49 (default: the week before this one)")
	dry := fs.Bool("dry-run", false, "write each email as a .eml file in -o instead of sending it")
	out := fs.String("o", "digest-out", "folder of the .eml files of -dry-run")
	lang := fs.String("lang", "fr", "-dry-run without subscribers: language of the digest written (fr or en)")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := config.Load(c.config)
	if err != nil {
		return err
	}
	if !*dry && cfg.Mail.Host == "" {
		return vigie.Errorf(vigie.EINVALID, "no mail.host in %s: set one, or use -dry-run", c.config)
	}
	a, err := openExisting(ctx, c.where())
	if err != nil {
		return err
	}
	defer a.Close()
	svc, err := newDigest(ctx, a, cfg, baseURLOf(cfg, ""), e, !*dry)
	if err != nil {
		return err
	}
	w := svc.LastWeek()
	if *week != "" {
		if w, err = digest.ParseWeek(*week); err != nil {
			return err
		}
	}
	if *dry {
		n, err := svc.Preview(ctx, w, digest.Dir(*out), *lang)
		if err == nil {
			fmt.Fprintf(e.stdout, "vigie digest: %s: %d email(s) written to %s\n", w, n, *out)
		}
		return err
	}
	r, err := svc.Send(ctx, w)
	fmt.Fprintf(e.stdout, "vigie digest: %s: %d sent, %d sent before, %d bounced, %d failed\n", w, r.Sent, r.Skipped, r.Bounced, r.Failed)
	return err
}

// openExisting opens the data folder, refusing one that does not exist.
func openExisting(ctx context.Context, d pipeline.Data) (*pipeline.App, error) {
	if _, err := os.Stat(d.Dir); err != nil && !d.Postgres() {
		return nil, vigie.Errorf(vigie.EINVALID, "no data folder %s: run vigie crawl first", d.Dir)
	}
	return pipeline.OpenAt(ctx, d)
}
