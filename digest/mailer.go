package digest

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/wneessen/go-mail"

	"github.com/vigie-news/vigie/config"
)

// Mailer delivers an email.
type Mailer interface {
	Send(ctx context.Context, m *mail.Msg) error
}

// SMTP delivers over an SMTP server, one connection per email so that a
// failure never leaves a connection in doubt.
type SMTP struct {
	client *mail.Client
}

// NewSMTP returns a Mailer for the server of cfg; getenv reads the
// credentials from the variables cfg names. tlsConfig, when not nil,
// replaces the default (tests trust their own certificate with it).
func NewSMTP(cfg config.Mail, getenv func(string) string, tlsConfig *tls.Config) (*SMTP, error) {
	if cfg.Host == "" {
		return nil, fmtInvalid("mail: no host: set mail.host in feeds.yaml")
	}
	opts := []mail.Option{mail.WithPort(cfg.PortOrDefault()), mail.WithTimeout(cfgTimeout)}
	switch cfg.TLS {
	case "tls":
		opts = append(opts, mail.WithSSL())
	case "none":
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	default:
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	}
	if tlsConfig == nil {
		tlsConfig = &tls.Config{ServerName: cfg.Host, MinVersion: tls.VersionTLS12}
	}
	opts = append(opts, mail.WithTLSConfig(tlsConfig))
	if user := getenv(cfg.UsernameEnv); user != "" {
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthAutoDiscover), mail.WithUsername(user), mail.WithPassword(getenv(cfg.PasswordEnv)))
	}
	c, err := mail.NewClient(cfg.Host, opts...)
	if err != nil {
		return nil, fmt.Errorf("digest: smtp client: %w", err)
	}
	return &SMTP{client: c}, nil
}

// Send delivers m.
func (s *SMTP) Send(ctx context.Context, m *mail.Msg) error {
	return s.client.DialAndSendWithContext(ctx, m)
}

// permanent reports whether err is a permanent refusal (an SMTP 5xx), a
// bounce: trying again would not help.
func permanent(err error) bool {
	var se *mail.SendError
	return errors.As(err, &se) && !se.IsTemp() && se.ErrorCode() >= 500
}

// Dir writes each email as a .eml file in a folder instead of sending it.
type Dir string

// Send writes m to a file named after its Message-ID.
func (d Dir) Send(_ context.Context, m *mail.Msg) error {
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return fmt.Errorf("digest: %w", err)
	}
	id := strings.Trim(m.GetMessageID(), "<>")
	id, _, _ = strings.Cut(id, "@")
	name := strings.Map(func(r rune) rune {
		if r == '.' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return '_'
	}, id)
	if err := m.WriteToFile(filepath.Join(string(d), name+".eml")); err != nil {
		return fmt.Errorf("digest: write %s: %w", name, err)
	}
	return nil
}
