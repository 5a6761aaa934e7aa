package config

import (
	"fmt"
	"net/mail"
	"net/url"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Mail configures the weekly digest email: the SMTP server it is sent
// through, when, and where its links point. Credentials are never in the
// file: UsernameEnv and PasswordEnv name the environment variables that
// hold them.
type Mail struct {
	Host        string // SMTP server; "" means the digest is not sent
	Port        int    // default 587 for starttls, 465 for tls, 25 for none
	TLS         string // starttls (default), tls or none
	From        string // e.g. "Vigie <digest@example.org>"
	UsernameEnv string // default VIGIE_SMTP_USERNAME; empty variable: no auth
	PasswordEnv string // default VIGIE_SMTP_PASSWORD
	SecretEnv   string // default VIGIE_DIGEST_SECRET: key of the signed links
	Weekday     time.Weekday
	Hour        int
	Minute      int
	TimeZone    *time.Location // of the schedule and of the weeks; default Europe/Paris
	MaxAttempts int            // per email, default 4
	Backoff     time.Duration  // before the first retry, doubled after each; default 30s
}

// Site is what Vigie knows of its public face: the base URL of links in
// emails, feeds and embeds, and who may frame its embeds.
type Site struct {
	BaseURL        string   // e.g. https://vigie.example.org; "" means the URL of each request
	FrameAncestors []string // CSP frame-ancestors of /embed pages; default "*"
}

// PortOrDefault returns the port to use: the configured one or the default of TLS.
func (m Mail) PortOrDefault() int {
	switch {
	case m.Port != 0:
		return m.Port
	case m.TLS == "tls":
		return 465
	case m.TLS == "none":
		return 25
	}
	return 587
}

// DefaultMail returns the mail settings used when feeds.yaml gives none.
func DefaultMail() Mail {
	return Mail{
		TLS: "starttls", From: "Vigie <digest@localhost>",
		UsernameEnv: "VIGIE_SMTP_USERNAME", PasswordEnv: "VIGIE_SMTP_PASSWORD", SecretEnv: "VIGIE_DIGEST_SECRET",
		Weekday: time.Monday, Hour: 8, TimeZone: DefaultSettings().TimeZone,
		MaxAttempts: 4, Backoff: 30 * time.Second,
	}
}

// DefaultSite returns the site settings used when feeds.yaml gives none.
func DefaultSite() Site { return Site{FrameAncestors: []string{"*"}} }

func (d *decoder) mail(n *yaml.Node, m *Mail) {
	if !d.block(n, "mail") {
		return
	}
	var sendAt string
	d.mapping(n, "mail: ", map[string]setter{
		"host":         text(&m.Host),
		"port":         count(&m.Port),
		"tls":          oneOf(&m.TLS, "starttls", "tls", "none"),
		"from":         address(&m.From),
		"username_env": text(&m.UsernameEnv),
		"password_env": text(&m.PasswordEnv),
		"secret_env":   text(&m.SecretEnv),
		"send_at":      text(&sendAt),
		"timezone":     location(&m.TimeZone),
		"max_attempts": count(&m.MaxAttempts),
		"backoff":      duration(&m.Backoff, true),
	})
	if sendAt != "" {
		if err := m.setSendAt(sendAt); err != "" {
			d.addf(n.Line, "mail: %s", err)
		}
	}
}

// setSendAt reads "Monday 08:00".
func (m *Mail) setSendAt(s string) string {
	day, hm, _ := strings.Cut(strings.TrimSpace(s), " ")
	t, err := time.Parse("15:04", strings.TrimSpace(hm))
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if err == nil && strings.EqualFold(wd.String(), day) {
			m.Weekday, m.Hour, m.Minute = wd, t.Hour(), t.Minute()
			return ""
		}
	}
	return fmt.Sprintf("send_at %q is not a day and time like \"Monday 08:00\"", s)
}

func (d *decoder) site(n *yaml.Node, s *Site) {
	if !d.block(n, "site") {
		return
	}
	d.mapping(n, "site: ", map[string]setter{
		"base_url":        baseURL(&s.BaseURL),
		"frame_ancestors": texts(&s.FrameAncestors),
	})
}

// block reports whether n is a mapping to decode, reporting it when it is
// neither that nor empty.
func (d *decoder) block(n *yaml.Node, name string) bool {
	if isNull(n) {
		return false
	}
	if n.Kind != yaml.MappingNode {
		d.addf(n.Line, "%s: want a mapping, got %s", name, describe(n))
		return false
	}
	return true
}

// oneOf takes one of the values given.
func oneOf(dst *string, values ...string) setter {
	return func(key string, v *yaml.Node) string {
		for _, want := range values {
			if v.Kind == yaml.ScalarNode && strings.EqualFold(strings.TrimSpace(v.Value), want) {
				*dst = want
				return ""
			}
		}
		return fmt.Sprintf("%s %s is not one of %s", key, show(v), strings.Join(values, ", "))
	}
}

// address takes an email address, with or without a display name.
func address(dst *string) setter {
	return func(key string, v *yaml.Node) string {
		if _, err := mail.ParseAddress(v.Value); v.Kind != yaml.ScalarNode || err != nil {
			return fmt.Sprintf("%s %s is not an email address like \"Vigie <digest@example.org>\"", key, show(v))
		}
		*dst = strings.TrimSpace(v.Value)
		return ""
	}
}

// baseURL takes an absolute http or https URL, kept without a trailing slash.
func baseURL(dst *string) setter {
	return func(key string, v *yaml.Node) string {
		u, err := url.Parse(strings.TrimSpace(v.Value))
		if v.Kind != yaml.ScalarNode || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Sprintf("%s %s is not an absolute http(s) URL", key, show(v))
		}
		*dst = strings.TrimRight(u.String(), "/")
		return ""
	}
}

// texts takes a list of non-empty values.
func texts(dst *[]string) setter {
	return func(key string, v *yaml.Node) string {
		if v.Kind != yaml.SequenceNode {
			return fmt.Sprintf("%s: want a list, got %s", key, describe(v))
		}
		var out []string
		for _, c := range v.Content {
			if c.Kind != yaml.ScalarNode || strings.TrimSpace(c.Value) == "" {
				return fmt.Sprintf("%s: want a list of values", key)
			}
			out = append(out, strings.TrimSpace(c.Value))
		}
		*dst = out
		return ""
	}
}

// Webhook is a URL that Vigie tells of every new incident its filter
// matches, with a POST signed by HMAC-SHA256 of the secret held by the
// environment variable SecretEnv.
type Webhook struct {
	URL         string
	SecretEnv   string
	Countries   []string
	Regions     []string
	InScopeOnly bool
}

func (d *decoder) webhooks(n *yaml.Node) []Webhook {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.addf(n.Line, "webhooks: want a list, got %s", describe(n))
		return nil
	}
	var out []Webhook
	for _, item := range n.Content {
		item = resolve(item)
		if !d.block(item, "webhooks") {
			continue
		}
		var h Webhook
		var inScope *bool
		lines := d.mapping(item, "webhooks: ", map[string]setter{
			"url":           baseURL(&h.URL),
			"secret_env":    text(&h.SecretEnv),
			"countries":     texts(&h.Countries),
			"regions":       texts(&h.Regions),
			"in_scope_only": boolean(&inScope),
		})
		if _, ok := lines["url"]; !ok {
			d.addf(item.Line, "webhooks: url is required")
		}
		if _, ok := lines["secret_env"]; !ok {
			d.addf(item.Line, "webhooks: secret_env is required: the name of the variable holding the signing secret")
		}
		h.InScopeOnly = inScope != nil && *inScope
		out = append(out, h)
	}
	return out
}
