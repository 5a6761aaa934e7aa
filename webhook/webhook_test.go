package webhook_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/store"
	"github.com/vigie-news/vigie/webhook"
)

// receiver is a newsroom tool: it checks each push's signature, and
// answers status until told otherwise.
type receiver struct {
	mu         sync.Mutex
	status     int
	got        []webhook.Payload
	deliveries []string
	bad        int
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if err := webhook.Verify([]byte("s3cret"), r.Header.Get("X-Vigie-Timestamp"), r.Header.Get("X-Vigie-Signature"), body, time.Now(), 5*time.Minute); err != nil {
		rc.bad++
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	rc.deliveries = append(rc.deliveries, r.Header.Get("X-Vigie-Delivery"))
	if rc.status != http.StatusOK {
		w.WriteHeader(rc.status)
		return
	}
	var p webhook.Payload
	json.Unmarshal(body, &p)
	rc.got = append(rc.got, p)
}

func incident(id, region string) *vigie.Incident {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	return &vigie.Incident{ID: id, Title: id, Victim: vigie.Body{Kind: vigie.VictimCommune, Place: vigie.Place{Region: region, Country: "FR"}},
		Attack: vigie.AttackRansomware, InScope: true, FirstReported: at, LastUpdated: at}
}

func mustPush(t *testing.T, p *webhook.Pusher) webhook.Report {
	t.Helper()
	r, err := p.Push(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestPushNewIncidentsOnce(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, store.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	old := incident("2026-11-old", "Bretagne")
	if err := db.ReplaceIncidents(ctx, []*vigie.Incident{old}); err != nil {
		t.Fatal(err)
	}
	rc := &receiver{status: http.StatusInternalServerError}
	ts := httptest.NewServer(rc)
	defer ts.Close()
	p := &webhook.Pusher{DB: db, BaseURL: "https://vigie.example", Log: slog.New(slog.DiscardHandler),
		Hooks: []webhook.Hook{{URL: ts.URL, Secret: []byte("s3cret"), Filter: vigie.DigestFilter{Regions: []string{"Bretagne"}}}}}
	if r := mustPush(t, p); r != (webhook.Report{}) {
		t.Fatalf("first run pushed what existed: %+v", r)
	}
	if err := db.ReplaceIncidents(ctx, []*vigie.Incident{old, incident("2026-12-quimper", "Bretagne"), incident("2026-12-lyon", "Auvergne-Rhône-Alpes")}); err != nil {
		t.Fatal(err)
	}
	if r := mustPush(t, p); r.Failed != 1 || r.Delivered != 0 {
		t.Fatalf("refused push: %+v", r)
	}
	rc.mu.Lock()
	rc.status = http.StatusOK
	rc.mu.Unlock()
	if r := mustPush(t, p); r.Delivered != 1 {
		t.Fatalf("retry: %+v", r)
	}
	if r := mustPush(t, p); r != (webhook.Report{}) {
		t.Fatalf("pushed again: %+v", r)
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.bad != 0 || len(rc.got) != 1 || rc.got[0].Incident.ID != "2026-12-quimper" || rc.got[0].URL != "https://vigie.example/incidents/2026-12-quimper" || rc.got[0].Event != "incident.new" {
		t.Fatalf("received %+v (%d badly signed)", rc.got, rc.bad)
	}
	if len(rc.deliveries) != 2 || rc.deliveries[0] != rc.deliveries[1] {
		t.Errorf("delivery ids %v: want the same one on both attempts", rc.deliveries)
	}
}

func TestGiveUp(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, store.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rc := &receiver{status: http.StatusServiceUnavailable}
	ts := httptest.NewServer(rc)
	defer ts.Close()
	p := &webhook.Pusher{DB: db, Log: slog.New(slog.DiscardHandler), Hooks: []webhook.Hook{{URL: ts.URL, Secret: []byte("s3cret")}}}
	mustPush(t, p)
	if err := db.ReplaceIncidents(ctx, []*vigie.Incident{incident("2026-12-x", "Bretagne")}); err != nil {
		t.Fatal(err)
	}
	var last webhook.Report
	for range 12 {
		last = mustPush(t, p)
		if last.GivenUp == 1 {
			break
		}
	}
	if last.GivenUp != 1 || len(rc.deliveries) != 10 {
		t.Fatalf("%+v after %d attempts, want given up after 10", last, len(rc.deliveries))
	}
	if r := mustPush(t, p); r != (webhook.Report{}) || len(rc.deliveries) != 10 {
		t.Errorf("tried again after giving up: %+v", r)
	}
}

func TestVerify(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	ts := "1800000000"
	sig := webhook.Sign([]byte("k"), ts, []byte(`{"a":1}`))
	if err := webhook.Verify([]byte("k"), ts, sig, []byte(`{"a":1}`), now, time.Minute); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"body":   webhook.Verify([]byte("k"), ts, sig, []byte(`{"a":2}`), now, time.Minute),
		"secret": webhook.Verify([]byte("x"), ts, sig, []byte(`{"a":1}`), now, time.Minute),
		"replay": webhook.Verify([]byte("k"), ts, sig, []byte(`{"a":1}`), now.Add(time.Hour), time.Minute),
	} {
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
