// Package webhook pushes each new incident to the URLs of newsroom tools
// that prefer push to polling a feed: a JSON POST signed with HMAC-SHA256,
// retried on the next run until it is accepted or has failed maxAttempts
// times, recorded in the store so that no incident is pushed twice to a
// URL once accepted.
//
// An incident is new to a URL when Vigie did not know it when the URL was
// first configured. The package does not find incidents; the store has
// them.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/store"
)

// maxAttempts is how many failed runs make a push be given up.
const maxAttempts = 10

// Hook is one URL to push to.
type Hook struct {
	URL    string
	Secret []byte
	Filter vigie.DigestFilter // which incidents; Lang is not used
}

// Pusher pushes new incidents to its hooks.
type Pusher struct {
	DB      *store.DB
	Hooks   []Hook
	BaseURL string // of the incident links in payloads
	Client  *http.Client
	Now     func() time.Time
	Log     *slog.Logger
}

// Payload is the body of a push.
type Payload struct {
	Event    string          `json:"event"` // incident.new
	URL      string          `json:"url"`   // of the incident's page
	Incident *vigie.Incident `json:"incident"`
}

// Report counts what one run did.
type Report struct{ Delivered, Failed, GivenUp int }

// Push pushes to every hook the incidents it has not accepted yet.
func (p *Pusher) Push(ctx context.Context) (Report, error) {
	var r Report
	incs, err := p.DB.Incidents(ctx)
	if err != nil {
		return r, err
	}
	ids := make([]string, len(incs))
	for i, in := range incs {
		ids[i] = in.ID
	}
	for _, h := range p.Hooks {
		if err := p.pushHook(ctx, h, incs, ids, &r); err != nil {
			return r, err
		}
	}
	return r, nil
}

func (p *Pusher) pushHook(ctx context.Context, h Hook, incs []*vigie.Incident, ids []string, r *Report) error {
	if added, err := p.DB.RegisterWebhook(ctx, h.URL, ids); err != nil || added {
		return err // a new hook hears of the incidents to come only
	}
	done, err := p.DB.HookDeliveries(ctx, h.URL)
	if err != nil {
		return err
	}
	for _, in := range incs {
		d, seen := done[in.ID]
		if !h.Filter.Matches(in) || seen && d.State != store.HookFailed {
			continue
		}
		d = store.HookDelivery{URL: h.URL, IncidentID: in.ID, State: store.HookDelivered}
		if err := p.post(ctx, h, in); err != nil {
			d.State, d.Error = store.HookFailed, err.Error()
			if done[in.ID].Attempts+1 >= maxAttempts {
				d.State = store.HookGivenUp
			}
			p.logger().Warn("webhook failed", "url", h.URL, "incident_id", in.ID, "err", err)
		}
		count(r, d.State)
		if err := p.DB.RecordHook(ctx, d); err != nil {
			return err
		}
	}
	return nil
}

func count(r *Report, state string) {
	switch state {
	case store.HookDelivered:
		r.Delivered++
	case store.HookFailed:
		r.Failed++
	default:
		r.GivenUp++
	}
}

// post sends one incident; any answer but a 2xx is a failure.
func (p *Pusher) post(ctx context.Context, h Hook, in *vigie.Incident) error {
	body, err := json.Marshal(Payload{Event: "incident.new", URL: p.BaseURL + "/incidents/" + in.ID, Incident: in})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	ts := strconv.FormatInt(p.now().Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Vigie-Webhook")
	req.Header.Set("X-Vigie-Event", "incident.new")
	req.Header.Set("X-Vigie-Delivery", deliveryID(h.URL, in.ID))
	req.Header.Set("X-Vigie-Timestamp", ts)
	req.Header.Set("X-Vigie-Signature", Sign(h.Secret, ts, body))
	res, err := p.client().Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	if res.StatusCode < 200 || res.StatusCode > 299 {
		return fmt.Errorf("webhook: %s answered %s", h.URL, res.Status)
	}
	return nil
}

// Sign returns the X-Vigie-Signature of body sent at timestamp ts (Unix
// seconds): "sha256=" and the hex HMAC-SHA256 of ts + "." + body.
func Sign(secret []byte, ts string, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(ts + "."))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Verify checks a signature as a receiver would, refusing timestamps more
// than tolerance away from now (replays).
func Verify(secret []byte, ts, signature string, body []byte, now time.Time, tolerance time.Duration) error {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errors.New("webhook: bad timestamp")
	}
	if d := now.Sub(time.Unix(sec, 0)); d > tolerance || d < -tolerance {
		return errors.New("webhook: timestamp too old or too far ahead")
	}
	if !hmac.Equal([]byte(Sign(secret, ts, body)), []byte(signature)) {
		return errors.New("webhook: bad signature")
	}
	return nil
}

// deliveryID is the same for every attempt of one push, so that a
// receiver can drop repeats.
func deliveryID(url, id string) string {
	s := sha256.Sum256([]byte(url + "\n" + id))
	return hex.EncodeToString(s[:12])
}

// Run pushes every interval until ctx is done.
func (p *Pusher) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := p.Push(ctx); err != nil && ctx.Err() == nil {
			p.logger().Error("webhooks failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (p *Pusher) client() *http.Client {
	if p.Client != nil {
		return p.Client
	}
	return &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func (p *Pusher) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Pusher) logger() *slog.Logger {
	if p.Log != nil {
		return p.Log
	}
	return slog.Default()
}
