package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/digest"
	"github.com/vigie-news/vigie/server"
	"github.com/vigie-news/vigie/widget"
)

// baseURLOf is the public URL of links: site.base_url, or the address
// the API listens on.
func baseURLOf(cfg *config.File, addr string) string {
	if cfg.Site.BaseURL != "" {
		return cfg.Site.BaseURL
	}
	if addr == "" {
		addr = "127.0.0.1:8080"
	}
	return "http://" + strings.TrimPrefix(addr, "http://")
}

// newDigest returns the digest service of a; with smtp, it sends through
// mail.host, else it writes emails to the data folder's outbox.
func newDigest(ctx context.Context, a *app, cfg *config.File, base string, e *env, smtp bool) (*digest.Service, error) {
	var mailer digest.Mailer = digest.Dir(filepath.Join(a.dir, "outbox"))
	if smtp {
		m, err := digest.NewSMTP(cfg.Mail, os.Getenv, nil)
		if err != nil {
			return nil, err
		}
		mailer = m
	}
	return digest.New(ctx, a.db, digest.Options{Mail: cfg.Mail, BaseURL: base, Secret: os.Getenv(cfg.Mail.SecretEnv), Mailer: mailer, Logger: e.log})
}

// publishing wires the digest, feeds and embeds into srv. It returns the
// digest's schedule to run, nil when no mail.host is set: then the
// subscription routes write their emails to the data folder's outbox, as
// a development mail server would, and no digest is scheduled.
func publishing(ctx context.Context, srv *server.Server, a *app, cfg *config.File, addr string, e *env) (func(context.Context), error) {
	if _, err := widget.FrameAncestors(cfg.Site.FrameAncestors); err != nil {
		return nil, err
	}
	srv.BaseURL, srv.FrameAncestors = cfg.Site.BaseURL, cfg.Site.FrameAncestors
	svc, err := newDigest(ctx, a, cfg, baseURLOf(cfg, addr), e, cfg.Mail.Host != "")
	if err != nil {
		return nil, err
	}
	srv.Digest = &digest.Web{Service: svc, Logger: e.log}
	if cfg.Mail.Host == "" {
		e.log.Info("digest: no mail.host, emails are written to the outbox", "dir", filepath.Join(a.dir, "outbox"))
		return nil, nil
	}
	return svc.Run, nil
}
