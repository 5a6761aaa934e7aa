package digest

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"net/url"
	"sync"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/store"
)

// confirmFor is how long a confirmation link stays valid.
const confirmFor = 48 * time.Hour

// Limits on confirmation emails, so that the subscription form cannot be
// used to flood an inbox or the SMTP server.
const (
	confirmEvery   = 10 * time.Minute // to one address
	confirmPerHour = 200              // to all
)

// maxBounces is how many permanent failures make Send give up on an
// address.
const maxBounces = 3

// cfgTimeout bounds one SMTP conversation.
const cfgTimeout = 30 * time.Second

func fmtInvalid(format string, args ...any) error {
	return vigie.Errorf(vigie.EINVALID, format, args...)
}

// Service subscribes, unsubscribes and sends the digest.
type Service struct {
	db      *store.DB
	mailer  Mailer
	keys    keys
	cfg     config.Mail
	baseURL string
	now     func() time.Time
	log     *slog.Logger
	sleep   func(context.Context, time.Duration) error

	mu   sync.Mutex
	sent map[string]time.Time // confirmation emails, by address hash: the last one
}

// Options configure a Service.
type Options struct {
	Mail    config.Mail
	BaseURL string // of the links in emails, e.g. https://vigie.example.org
	Secret  string // of the signed links and sealed addresses; "" means one kept in the store
	Mailer  Mailer
	Logger  *slog.Logger
	Now     func() time.Time                           // nil means time.Now
	Sleep   func(context.Context, time.Duration) error // of the backoff; nil waits
}

// New returns a Service on db.
func New(ctx context.Context, db *store.DB, o Options) (*Service, error) {
	secret := []byte(o.Secret)
	if o.Secret == "" {
		var err error
		secret, err = db.Secret(ctx, "digest", func() ([]byte, error) {
			b := make([]byte, 32)
			_, err := rand.Read(b)
			return b, err
		})
		if err != nil {
			return nil, err
		}
	}
	s := &Service{db: db, mailer: o.Mailer, keys: newKeys(secret), cfg: o.Mail, baseURL: o.BaseURL, now: o.Now, log: o.Logger, sleep: o.Sleep}
	if s.now == nil {
		s.now = time.Now
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.sleep == nil {
		s.sleep = sleepCtx
	}
	if s.cfg.TimeZone == nil {
		s.cfg.TimeZone = config.DefaultMail().TimeZone
	}
	return s, nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// link returns the absolute URL of path with the token.
func (s *Service) link(path, token string) string {
	return s.baseURL + path + "?" + url.Values{"token": {token}}.Encode()
}

// UnsubscribeURL returns the one-click unsubscribe link of subscriber id.
func (s *Service) UnsubscribeURL(id int64) string {
	return s.link("/subscriptions/unsubscribe", s.keys.signToken(claims{Kind: kindUnsub, Subscriber: id}))
}

// ManageURL returns the link where subscriber id changes its filters.
func (s *Service) ManageURL(id int64) string {
	return s.link("/subscriptions/manage", s.keys.signToken(claims{Kind: kindManage, Subscriber: id}))
}

// Location returns the time zone of the weeks and of the schedule.
func (s *Service) Location() *time.Location { return s.cfg.TimeZone }

// subscriber reads and opens subscriber id.
func (s *Service) subscriber(ctx context.Context, id int64) (vigie.Subscriber, error) {
	row, err := s.db.Subscriber(ctx, id)
	if err != nil {
		return vigie.Subscriber{}, err
	}
	return s.open(row)
}

func (s *Service) open(row store.SealedSubscriber) (vigie.Subscriber, error) {
	addr, err := s.keys.openAddress(row.AddressSealed)
	if err != nil {
		return vigie.Subscriber{}, fmt.Errorf("digest: subscriber %d: %w", row.ID, err)
	}
	return vigie.Subscriber{ID: row.ID, Address: addr, Filter: row.Filter, CreatedAt: row.CreatedAt, Bounces: row.Bounces}, nil
}
