package config

import (
	"slices"
	"strings"
	"testing"
	"time"
)

const minimalSources = "sources:\n  - {name: A, url: 'https://a.example/rss', kind: rss}\n"

func TestMailAndSite(t *testing.T) {
	f, err := Parse("feeds.yaml", []byte(minimalSources+`mail:
  host: smtp.example.org
  tls: tls
  from: "Vigie <digest@example.org>"
  send_at: "Tuesday 07:30"
  max_attempts: 2
site:
  base_url: https://vigie.example.org/
  frame_ancestors: ["https://news.example", "https://*.news.example"]
webhooks:
  - url: https://newsroom.example/hooks/vigie
    secret_env: NEWSROOM_SECRET
    regions: [Bretagne]
    in_scope_only: true
`))
	if err != nil {
		t.Fatal(err)
	}
	m := f.Mail
	if m.Host != "smtp.example.org" || m.PortOrDefault() != 465 || m.Weekday != time.Tuesday || m.Hour != 7 || m.Minute != 30 ||
		m.MaxAttempts != 2 || m.UsernameEnv != "VIGIE_SMTP_USERNAME" || m.TimeZone.String() != "Europe/Paris" {
		t.Errorf("mail %+v", m)
	}
	if h := f.Webhooks; len(h) != 1 || h[0].URL != "https://newsroom.example/hooks/vigie" || h[0].SecretEnv != "NEWSROOM_SECRET" ||
		!slices.Equal(h[0].Regions, []string{"Bretagne"}) || !h[0].InScopeOnly {
		t.Errorf("webhooks %+v", h)
	}
	if f.Site.BaseURL != "https://vigie.example.org" || !slices.Equal(f.Site.FrameAncestors, []string{"https://news.example", "https://*.news.example"}) {
		t.Errorf("site %+v", f.Site)
	}
}

func TestMailDefaults(t *testing.T) {
	f, err := Parse("feeds.yaml", []byte(minimalSources))
	if err != nil {
		t.Fatal(err)
	}
	if f.Mail.Host != "" || f.Mail.Weekday != time.Monday || f.Mail.Hour != 8 || f.Mail.PortOrDefault() != 587 || !slices.Equal(f.Site.FrameAncestors, []string{"*"}) {
		t.Errorf("defaults %+v %+v", f.Mail, f.Site)
	}
}

func TestMailProblems(t *testing.T) {
	_, err := Parse("feeds.yaml", []byte(minimalSources+`mail:
  tls: ssl
  from: nobody
  send_at: "Someday 25:00"
  password: hunter2
site:
  base_url: vigie.example.org
  frame_ancestors: https://a.example
webhooks:
  - regions: [Bretagne]
`))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"feeds.yaml:4: mail: tls \"ssl\" is not one of", "feeds.yaml:5: mail: from \"nobody\"", "send_at", "unknown key \"password\"",
		"feeds.yaml:9: site: base_url", "frame_ancestors: want a list", "webhooks: url is required", "secret_env is required"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
