package digest

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"

	gomail "github.com/wneessen/go-mail"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/store"
)

// Report is what sending one week's digest did.
type Report struct {
	Week    Week
	Sent    int // delivered now
	Skipped int // sent or bounced before, or the address bounced too often
	Bounced int // refused for good (SMTP 5xx)
	Failed  int // still failing after every attempt: tried again next run
}

// Message builds the email of digest d for sub, with its Message-ID.
func (s *Service) Message(sub vigie.Subscriber, d Digest, messageID string) (*gomail.Msg, error) {
	e, err := Render(d, s.ManageURL(sub.ID), s.UnsubscribeURL(sub.ID))
	if err != nil {
		return nil, err
	}
	m := gomail.NewMsg()
	if err := s.address(m, sub.Address); err != nil {
		return nil, err
	}
	m.Subject(e.Subject)
	m.SetMessageIDWithValue(messageID)
	m.SetDateWithValue(s.now())
	m.SetBulk()
	m.SetGenHeader(gomail.Header("List-Id"), "Vigie weekly digest <digest."+s.host()+">")
	// RFC 8058: the https link takes a POST with List-Unsubscribe=One-Click.
	// go-mail's SetListUnsubscribeOneClick insists on https; a local
	// instance (http) still gets both headers.
	m.SetListUnsubscribe(s.UnsubscribeURL(sub.ID))
	m.SetListUnsubscribePost()
	m.SetBodyString(gomail.TypeTextPlain, e.Text)
	m.AddAlternativeString(gomail.TypeTextHTML, e.HTML)
	return m, nil
}

// host is the host name of the base URL, for Message-IDs and List-Id.
func (s *Service) host() string {
	if u, err := url.Parse(s.baseURL); err == nil && u.Hostname() != "" {
		return u.Hostname()
	}
	return "localhost"
}

// messageID is the stable Message-ID of one subscriber's digest of one
// week (without angle brackets): should an email go out twice after a
// crash, clients that merge by Message-ID show it once.
func (s *Service) messageID(id int64, week Week) string {
	m := hmac.New(sha256.New, s.keys.hash)
	fmt.Fprintf(m, "%d/%s", id, week)
	return fmt.Sprintf("digest.%s.%d.%s@%s", week, id, hex.EncodeToString(m.Sum(nil))[:12], s.host())
}

// Send sends the digest of week to every subscriber that has not had it,
// recording each before the next goes out.
func (s *Service) Send(ctx context.Context, week Week) (Report, error) {
	r := Report{Week: week}
	rows, incs, err := s.load(ctx)
	if err != nil {
		return r, err
	}
	for _, row := range rows {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		if err := s.sendOne(ctx, row, incs, week, &r); err != nil {
			return r, err
		}
	}
	s.log.Info("digest sent", "week", week.String(), "sent", r.Sent, "skipped", r.Skipped, "bounced", r.Bounced, "failed", r.Failed)
	return r, nil
}

func (s *Service) load(ctx context.Context) ([]store.SealedSubscriber, []*vigie.Incident, error) {
	rows, err := s.db.Subscribers(ctx)
	if err != nil {
		return nil, nil, err
	}
	incs, err := s.db.Incidents(ctx)
	return rows, incs, err
}

// sendOne claims, sends and records one subscriber's digest. Only a
// failure of the store stops the run: a failed email is recorded.
func (s *Service) sendOne(ctx context.Context, row store.SealedSubscriber, incs []*vigie.Incident, week Week, r *Report) error {
	if row.Bounces >= maxBounces {
		r.Skipped++ // the address is gone; its owner may subscribe again
		return nil
	}
	ok, mid, err := s.db.ClaimDigest(ctx, row.ID, week.String(), s.messageID(row.ID, week))
	if err != nil || !ok {
		r.Skipped += btoi(err == nil)
		return err
	}
	sub, err := s.open(row)
	if err != nil {
		return err
	}
	d := Build(incs, sub.Filter, week, s.cfg.TimeZone, s.baseURL)
	m, err := s.Message(sub, d, mid)
	if err != nil {
		return err
	}
	err = redact(s.deliver(ctx, m), sub.Address)
	switch {
	case err == nil:
		r.Sent++
		return s.db.MarkDigest(ctx, row.ID, week.String(), store.SendSent, "")
	case permanent(err):
		r.Bounced++
		s.log.Warn("digest bounced", "subscriber_id", row.ID, "week", week.String(), "err", err)
		if err := s.db.AddBounce(ctx, row.ID); err != nil {
			return err
		}
		return s.db.MarkDigest(ctx, row.ID, week.String(), store.SendBounced, err.Error())
	case ctx.Err() != nil:
		return ctx.Err() // left "sending": sent again on the next run
	}
	r.Failed++
	s.log.Warn("digest failed", "subscriber_id", row.ID, "week", week.String(), "err", err)
	return s.db.MarkDigest(ctx, row.ID, week.String(), store.SendFailed, err.Error())
}

// redact keeps the address out of an SMTP error, which names the
// recipient, before it is logged or stored.
func redact(err error, addr string) error {
	if err == nil || !strings.Contains(err.Error(), addr) {
		return err
	}
	return redacted{err, strings.ReplaceAll(err.Error(), addr, "subscriber")}
}

// redacted is an error whose message hides the address; Unwrap keeps
// errors.As working for the SMTP error.
type redacted struct {
	err error
	msg string
}

func (r redacted) Error() string { return r.msg }
func (r redacted) Unwrap() error { return r.err }

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// deliver sends m, trying again after temporary failures with a backoff
// that doubles, up to the configured number of attempts.
func (s *Service) deliver(ctx context.Context, m *gomail.Msg) error {
	wait := s.cfg.Backoff
	attempts := max(s.cfg.MaxAttempts, 1)
	var err error
	for i := range attempts {
		if err = s.mailer.Send(ctx, m); err == nil || permanent(err) || ctx.Err() != nil {
			return err
		}
		if i < attempts-1 {
			if err := s.sleep(ctx, wait); err != nil {
				return err
			}
			wait *= 2
		}
	}
	return err
}

// Preview writes, with mailer, the digest of week of every subscriber
// without recording anything; with no subscriber, that of a subscriber
// without filters, in lang. It returns how many it wrote.
func (s *Service) Preview(ctx context.Context, week Week, mailer Mailer, lang string) (int, error) {
	rows, incs, err := s.load(ctx)
	if err != nil {
		return 0, err
	}
	subs := []vigie.Subscriber{{Address: "subscriber@example.org", Filter: vigie.DigestFilter{Lang: lang}}}
	if len(rows) > 0 {
		subs = subs[:0]
	}
	for _, row := range rows {
		sub, err := s.open(row)
		if err != nil {
			return 0, err
		}
		subs = append(subs, sub)
	}
	for _, sub := range subs {
		m, err := s.Message(sub, Build(incs, sub.Filter, week, s.cfg.TimeZone, s.baseURL), s.messageID(sub.ID, week))
		if err != nil {
			return 0, err
		}
		if err := mailer.Send(ctx, m); err != nil {
			return 0, err
		}
	}
	return len(subs), nil
}

// LastWeek returns the week before the one now is in: the week a Monday
// digest reports on.
func (s *Service) LastWeek() Week { return WeekOf(s.now(), s.cfg.TimeZone).Add(-1) }
