package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vigie-news/vigie"

	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/digest"
	"github.com/vigie-news/vigie/pipeline"
	"github.com/vigie-news/vigie/server"
	"github.com/vigie-news/vigie/webhook"
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
func newDigest(ctx context.Context, a *pipeline.App, cfg *config.File, base string, e *env, smtp bool) (*digest.Service, error) {
	var mailer digest.Mailer = digest.Dir(filepath.Join(a.Dir, "outbox"))
	if smtp {
		m, err := digest.NewSMTP(cfg.Mail, os.Getenv, nil)
		if err != nil {
			return nil, err
		}
		mailer = m
	}
	return digest.New(ctx, a.DB, digest.Options{Mail: cfg.Mail, BaseURL: base, Secret: os.Getenv(cfg.Mail.SecretEnv), Mailer: mailer, Logger: e.log})
}

// publishing wires the digest, feeds and embeds into srv, and returns
// the jobs to run beside it: the digest's schedule when mail.host is set,
// and the webhooks when there are any. Without mail.host the subscription
// routes write their emails to the data folder's outbox, as a development
// mail server would, and no digest is scheduled.
func publishing(ctx context.Context, srv *server.Server, a *pipeline.App, cfg *config.File, addr string, e *env) ([]func(context.Context), error) {
	if _, err := widget.FrameAncestors(cfg.Site.FrameAncestors); err != nil {
		return nil, err
	}
	srv.BaseURL, srv.FrameAncestors = cfg.Site.BaseURL, cfg.Site.FrameAncestors
	svc, err := newDigest(ctx, a, cfg, baseURLOf(cfg, addr), e, cfg.Mail.Host != "")
	if err != nil {
		return nil, err
	}
	srv.Digest = &digest.Web{Service: svc, Logger: e.log}
	var jobs []func(context.Context)
	if cfg.Mail.Host != "" {
		jobs = append(jobs, svc.Run)
	} else {
		e.log.Info("digest: no mail.host, emails are written to the outbox", "dir", filepath.Join(a.Dir, "outbox"))
	}
	if p, err := pusher(a, cfg, baseURLOf(cfg, addr), e); err != nil {
		return nil, err
	} else if p != nil {
		jobs = append(jobs, func(ctx context.Context) { p.Run(ctx, time.Minute) })
	}
	return jobs, nil
}

// pusher returns the webhooks of cfg, nil when there are none.
func pusher(a *pipeline.App, cfg *config.File, base string, e *env) (*webhook.Pusher, error) {
	if len(cfg.Webhooks) == 0 {
		return nil, nil
	}
	p := &webhook.Pusher{DB: a.DB, BaseURL: base, Log: e.log}
	for _, h := range cfg.Webhooks {
		secret := os.Getenv(h.SecretEnv)
		if secret == "" {
			return nil, vigie.Errorf(vigie.EINVALID, "webhook %s: the variable %s holding its secret is empty", h.URL, h.SecretEnv)
		}
		p.Hooks = append(p.Hooks, webhook.Hook{URL: h.URL, Secret: []byte(secret),
			Filter: vigie.DigestFilter{Countries: h.Countries, Regions: h.Regions, InScopeOnly: h.InScopeOnly}})
	}
	return p, nil
}
