package digest

import (
	"context"
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	gomail "github.com/wneessen/go-mail"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/store"
)

// ValidAddress returns addr, trimmed, if it is a plain email address
// (user@domain.tld, no display name, at most 254 bytes), or an EINVALID
// error.
func ValidAddress(addr string) (string, error) {
	addr = strings.TrimSpace(addr)
	bad := vigie.Errorf(vigie.EINVALID, "%q is not an email address like name@example.org", addr)
	a, err := mail.ParseAddress(addr)
	if err != nil || a.Name != "" || a.Address != addr || len(addr) > 254 {
		return "", bad
	}
	_, domain, _ := strings.Cut(addr, "@")
	if !strings.Contains(domain, ".") || strings.HasPrefix(domain, "[") || strings.HasSuffix(domain, ".") {
		return "", bad
	}
	return addr, nil
}

var (
	countryCode    = regexp.MustCompile(`^[A-Z]{2}$`)
	departmentCode = regexp.MustCompile(`^(\d{2,3}|2A|2B)$`)
)

// maxFilterValues caps each list of a filter.
const maxFilterValues = 30

// ValidFilter checks f and returns it cleaned: codes upper-case, language
// fr or en (fr when empty), blanks dropped.
func ValidFilter(f vigie.DigestFilter) (vigie.DigestFilter, error) {
	var err error
	clean := func(name string, vs []string, ok func(string) bool) []string {
		var out []string
		for _, v := range vs {
			v = strings.TrimSpace(v)
			switch {
			case v == "":
				continue
			case !ok(v) && err == nil:
				err = vigie.Errorf(vigie.EINVALID, "%s: %q is not valid", name, v)
			}
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
		if len(out) > maxFilterValues && err == nil {
			err = vigie.Errorf(vigie.EINVALID, "%s: at most %d values", name, maxFilterValues)
		}
		return out
	}
	f.Countries = clean("countries", upper(f.Countries), countryCode.MatchString)
	f.Departments = clean("departments", upper(f.Departments), departmentCode.MatchString)
	f.Regions = clean("regions", f.Regions, func(s string) bool { return utf8.ValidString(s) && len(s) <= 100 })
	var attacks []string
	for _, a := range f.Attacks {
		attacks = append(attacks, strings.ToLower(string(a)))
	}
	attacks = clean("attacks", attacks, func(s string) bool { _, ok := attackNames["en"][vigie.AttackType(s)]; return ok })
	f.Attacks = nil
	for _, a := range attacks {
		f.Attacks = append(f.Attacks, vigie.AttackType(a))
	}
	switch f.Lang = strings.ToLower(strings.TrimSpace(f.Lang)); f.Lang {
	case "":
		f.Lang = "fr"
	case "fr", "en":
	default:
		return f, vigie.Errorf(vigie.EINVALID, "lang %q: the digest is written in fr or en", f.Lang)
	}
	return f, err
}

func upper(vs []string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = strings.ToUpper(v)
	}
	return out
}

// Subscribe sends addr a link that confirms its subscription with filter
// f. Nothing is stored until the link is opened.
func (s *Service) Subscribe(ctx context.Context, addr string, f vigie.DigestFilter) error {
	addr, err := ValidAddress(addr)
	if err != nil {
		return err
	}
	if f, err = ValidFilter(f); err != nil {
		return err
	}
	if err := s.allowConfirmation(addr); err != nil {
		return err
	}
	tok := s.keys.signToken(claims{Kind: kindConfirm, Address: addr, Filter: &f, Expires: s.now().Add(confirmFor).Unix()})
	m := gomail.NewMsg()
	if err := s.address(m, addr); err != nil {
		return err
	}
	m.Subject(label(f.Lang, "confirm_subject"))
	m.SetMessageID()
	m.SetDateWithValue(s.now())
	m.SetBodyString(gomail.TypeTextPlain, fmt.Sprintf(label(f.Lang, "confirm_body"), int(confirmFor.Hours()), s.link("/subscriptions/confirm", tok)))
	if err := s.mailer.Send(ctx, m); err != nil {
		return fmt.Errorf("digest: send confirmation: %w", err)
	}
	return nil
}

// allowConfirmation records a confirmation email to addr, or refuses it
// when one went to addr less than confirmEvery ago or confirmPerHour went
// out in the last hour.
func (s *Service) allowConfirmation(addr string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if s.sent == nil {
		s.sent = map[string]time.Time{}
	}
	recent := 0
	for k, t := range s.sent {
		if now.Sub(t) >= time.Hour {
			delete(s.sent, k)
		} else {
			recent++
		}
	}
	key := string(s.keys.hashAddress(addr))
	if t, ok := s.sent[key]; ok && now.Sub(t) < confirmEvery {
		return vigie.Errorf(vigie.ECONFLICT, "a confirmation link was sent to this address a few minutes ago: look for it in the inbox")
	}
	if recent >= confirmPerHour {
		return vigie.Errorf(vigie.ECONFLICT, "too many subscriptions at once: try again in an hour")
	}
	s.sent[key] = now
	return nil
}

// address sets the sender and the one recipient of m.
func (s *Service) address(m *gomail.Msg, to string) error {
	if err := m.From(s.cfg.From); err != nil {
		return vigie.Errorf(vigie.EINVALID, "mail.from %q: %v", s.cfg.From, err)
	}
	if err := m.To(to); err != nil {
		return vigie.Errorf(vigie.EINVALID, "%q is not an email address", to)
	}
	return nil
}

// Confirm subscribes the address a confirmation link carries, or updates
// its filter when it is subscribed already.
func (s *Service) Confirm(ctx context.Context, token string) (vigie.Subscriber, error) {
	c, err := s.keys.verifyToken(token, kindConfirm, s.now())
	if err != nil || c.Filter == nil {
		return vigie.Subscriber{}, cmpErr(err)
	}
	sealed, err := s.keys.sealAddress(c.Address)
	if err != nil {
		return vigie.Subscriber{}, fmt.Errorf("digest: seal address: %w", err)
	}
	id, err := s.db.SaveSubscriber(ctx, store.SealedSubscriber{AddressHash: s.keys.hashAddress(c.Address), AddressSealed: sealed, Filter: *c.Filter})
	if err != nil {
		return vigie.Subscriber{}, err
	}
	return vigie.Subscriber{ID: id, Address: c.Address, Filter: *c.Filter}, nil
}

func cmpErr(err error) error {
	if err == nil {
		return vigie.Errorf(vigie.EINVALID, "this link is not valid")
	}
	return err
}

// Unsubscribe deletes the subscriber an unsubscribe link names. Doing it
// twice is not an error.
func (s *Service) Unsubscribe(ctx context.Context, token string) error {
	c, err := s.keys.verifyToken(token, kindUnsub, s.now())
	if err != nil {
		return err
	}
	if err := s.db.DeleteSubscriber(ctx, c.Subscriber); err != nil && vigie.ErrorCode(err) != vigie.ENOTFOUND {
		return err
	}
	return nil
}

// Manage returns the subscriber a manage link names.
func (s *Service) Manage(ctx context.Context, token string) (vigie.Subscriber, error) {
	c, err := s.keys.verifyToken(token, kindManage, s.now())
	if err != nil {
		return vigie.Subscriber{}, err
	}
	return s.subscriber(ctx, c.Subscriber)
}

// UpdateFilter replaces the filter of the subscriber a manage link names.
func (s *Service) UpdateFilter(ctx context.Context, token string, f vigie.DigestFilter) (vigie.Subscriber, error) {
	sub, err := s.Manage(ctx, token)
	if err != nil {
		return sub, err
	}
	if f, err = ValidFilter(f); err != nil {
		return sub, err
	}
	sub.Filter = f
	return sub, s.db.SetSubscriberFilter(ctx, sub.ID, f)
}
