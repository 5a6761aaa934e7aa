package digest_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/digest"
	"github.com/vigie-news/vigie/server"
	"github.com/vigie-news/vigie/store"
)

// startSite serves the API with the digest's routes; the service is made
// once the base URL is known.
func startSite(t *testing.T, db *store.DB, srv *smtpServer) (*httptest.Server, *digest.Service) {
	t.Helper()
	var h http.Handler = http.NotFoundHandler()
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h.ServeHTTP(w, r) }))
	t.Cleanup(ts.Close)
	svc := newService(t, db, srv, ts.URL, nil)
	h = (&server.Server{Digest: &digest.Web{Service: svc}}).Handler()
	return ts, svc
}

func TestSubscribeConfirmSendUnsubscribe(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t, store.Memory)
	mustSeed(t, db)
	srv := startSMTP(t, false)
	ts, svc := startSite(t, db, srv)

	body := `{"email":"anne@example.org","regions":["Bretagne"],"in_scope_only":true,"lang":"fr"}`
	res := must[*http.Response](t)(http.Post(ts.URL+"/api/subscriptions", "application/json", strings.NewReader(body)))
	res.Body.Close()
	if res.StatusCode != http.StatusAccepted {
		t.Fatalf("POST /api/subscriptions: %s", res.Status)
	}
	if subs := must[[]store.SealedSubscriber](t)(db.Subscribers(ctx)); len(subs) != 0 {
		t.Fatalf("stored before confirmation: %v", subs)
	}
	msgs := srv.messages()
	if len(msgs) != 1 || msgs[0].From != "digest@vigie.test" || !slices.Equal(msgs[0].To, []string{"anne@example.org"}) {
		t.Fatalf("confirmation envelope: %+v", msgs)
	}
	confirm := linkAfter(t, parseEmail(t, msgs[0].Data).Text, ts.URL+"/subscriptions/confirm?token=")
	res = must[*http.Response](t)(http.Get(confirm))
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET confirm: %s", res.Status)
	}
	subs := must[[]store.SealedSubscriber](t)(db.Subscribers(ctx))
	if len(subs) != 1 || strings.Contains(string(subs[0].AddressSealed), "anne") || strings.Contains(string(subs[0].AddressHash), "anne") {
		t.Fatalf("subscriber stored as %+v", subs)
	}

	rep := must[digest.Report](t)(svc.Send(ctx, week49))
	if rep.Sent != 1 {
		t.Fatalf("report %+v", rep)
	}
	msgs = srv.messages()
	got := msgs[len(msgs)-1]
	if got.From != "digest@vigie.test" || !slices.Equal(got.To, []string{"anne@example.org"}) {
		t.Fatalf("digest envelope %q → %q", got.From, got.To)
	}
	e := parseEmail(t, got.Data)
	checkDigestHeaders(t, e, ts.URL)
	checkDigestParts(t, e)

	unsub := strings.Trim(e.Header.Get("List-Unsubscribe"), "<>")
	req := must[*http.Request](t)(http.NewRequest(http.MethodPost, unsub, strings.NewReader("List-Unsubscribe=One-Click")))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res = must[*http.Response](t)(http.DefaultClient.Do(req))
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("one-click unsubscribe: %s", res.Status)
	}
	if subs := must[[]store.SealedSubscriber](t)(db.Subscribers(ctx)); len(subs) != 0 {
		t.Fatalf("still subscribed: %v", subs)
	}
	if rep := must[digest.Report](t)(svc.Send(ctx, week49.Add(1))); rep.Sent != 0 || len(srv.messages()) != len(msgs) {
		t.Fatalf("sent after unsubscribing: %+v", rep)
	}
}

func checkDigestHeaders(t *testing.T, e email, base string) {
	t.Helper()
	for name, want := range map[string]string{
		"Subject":               "Vigie, semaine 49 : 1 nouvelle attaque contre des collectivités",
		"From":                  `"Vigie" <digest@vigie.test>`,
		"To":                    "<anne@example.org>",
		"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
		"Precedence":            "bulk",
	} {
		got := e.Header.Get(name)
		if dec, err := new(mimeDecoder).DecodeHeader(got); err == nil {
			got = dec
		}
		if got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	if u := e.Header.Get("List-Unsubscribe"); !strings.HasPrefix(u, "<"+base+"/subscriptions/unsubscribe?token=") || !strings.HasSuffix(u, ">") {
		t.Errorf("List-Unsubscribe: %q", u)
	}
	if id := e.Header.Get("List-Id"); !strings.HasPrefix(id, "Vigie weekly digest <digest.") {
		t.Errorf("List-Id: %q", id)
	}
	if id := e.Header.Get("Message-Id"); !strings.HasPrefix(id, "<digest.2026-W49.") {
		t.Errorf("Message-ID: %q", id)
	}
}

func checkDigestParts(t *testing.T, e email) {
	t.Helper()
	for _, part := range []struct{ name, body string }{{"text", e.Text}, {"html", e.HTML}} {
		for _, want := range []string{"Quimper", "Bretagne", "Brest", "/incidents/2026-12-quimper", "https://news.example/2026-12-quimper", "/subscriptions/manage?token="} {
			if !strings.Contains(part.body, want) {
				t.Errorf("%s part lacks %q", part.name, want)
			}
		}
		for _, not := range []string{"Chambéry", "Liège", "<script", "alert(1)"} {
			if strings.Contains(part.body, not) {
				t.Errorf("%s part has %q", part.name, not)
			}
		}
	}
	for _, want := range []string{`style="`, `<table role="presentation"`, `name="color-scheme"`} {
		if !strings.Contains(e.HTML, want) {
			t.Errorf("html part lacks %q", want)
		}
	}
	if strings.Contains(e.HTML, "<style") || strings.Contains(e.HTML, "<link") {
		t.Errorf("html part relies on a stylesheet")
	}
}

// mustSubscribe subscribes addr with f through its confirmation email.
func mustSubscribe(t *testing.T, svc *digest.Service, srv *smtpServer, addr string, f vigie.DigestFilter) vigie.Subscriber {
	t.Helper()
	if err := svc.Subscribe(context.Background(), addr, f); err != nil {
		t.Fatal(err)
	}
	msgs := srv.messages()
	link := linkAfter(t, parseEmail(t, msgs[len(msgs)-1].Data).Text, "http")
	u := must[*url.URL](t)(url.Parse(link))
	return must[vigie.Subscriber](t)(svc.Confirm(context.Background(), u.Query().Get("token")))
}

func TestSendNeverTwice(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t, store.Memory)
	mustSeed(t, db)
	srv := startSMTP(t, false)
	svc := newService(t, db, srv, "https://vigie.test", nil)
	for _, a := range []string{"a@example.org", "b@example.org", "c@example.org"} {
		mustSubscribe(t, svc, srv, a, vigie.DigestFilter{Lang: "en"})
	}
	before := len(srv.messages())
	if r := must[digest.Report](t)(svc.Send(ctx, week49)); r.Sent != 3 {
		t.Fatalf("first run %+v", r)
	}
	if r := must[digest.Report](t)(svc.Send(ctx, week49)); r.Sent != 0 || r.Skipped != 3 {
		t.Fatalf("second run %+v", r)
	}
	if n := len(srv.messages()) - before; n != 3 {
		t.Fatalf("%d digests received, want 3", n)
	}
}

func TestBounceAndRetry(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t, store.Memory)
	mustSeed(t, db)
	srv := startSMTP(t, false)
	var sleeps []time.Duration
	svc := newService(t, db, srv, "https://vigie.test", &sleeps)
	bounce := mustSubscribe(t, svc, srv, "gone@example.org", vigie.DigestFilter{})
	mustSubscribe(t, svc, srv, "flaky@example.org", vigie.DigestFilter{})
	down := mustSubscribe(t, svc, srv, "down@example.org", vigie.DigestFilter{})
	flaky := 0
	srv.mu.Lock()
	srv.rcpt = func(to string) error {
		switch to {
		case "gone@example.org":
			return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
		case "flaky@example.org":
			if flaky++; flaky <= 2 {
				return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try later"}
			}
		case "down@example.org":
			return &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 4, 2}, Message: "busy"}
		}
		return nil
	}
	srv.mu.Unlock()
	r := must[digest.Report](t)(svc.Send(ctx, week49))
	if r.Sent != 1 || r.Bounced != 1 || r.Failed != 1 {
		t.Fatalf("report %+v", r)
	}
	if want := []time.Duration{time.Millisecond, 2 * time.Millisecond}; !slices.Equal(sleeps[:2], want) {
		t.Errorf("backoff %v, want %v first", sleeps, want)
	}
	if s := must[store.SealedSubscriber](t)(db.Subscriber(ctx, bounce.ID)); s.Bounces != 1 {
		t.Errorf("bounces %d, want 1", s.Bounces)
	}
	// the next run tries the temporary failure again, not the bounce
	srv.mu.Lock()
	srv.rcpt = nil
	srv.mu.Unlock()
	r = must[digest.Report](t)(svc.Send(ctx, week49))
	if r.Sent != 1 || r.Skipped != 2 {
		t.Fatalf("second run %+v", r)
	}
	sends := must[[]store.DigestSend](t)(db.DigestSends(ctx, week49.String()))
	for _, s := range sends {
		want := store.SendSent
		if s.SubscriberID == bounce.ID {
			want = store.SendBounced
		}
		if s.State != want || s.SubscriberID == down.ID && s.Attempts != 2 {
			t.Errorf("subscriber %d: %s after %d attempts", s.SubscriberID, s.State, s.Attempts)
		}
		if strings.Contains(s.Error, "@example.org") {
			t.Errorf("the store keeps an address in an error: %s", s.Error)
		}
	}
}

func TestSTARTTLSAndAuth(t *testing.T) {
	db := mustOpen(t, store.Memory)
	mustSeed(t, db)
	srv := startSMTP(t, true)
	cfg := mailConfig(t, srv.Addr, "starttls")
	env := map[string]string{"VIGIE_SMTP_USERNAME": "user", "VIGIE_SMTP_PASSWORD": "secret"}
	mailer := must[*digest.SMTP](t)(digest.NewSMTP(cfg, func(k string) string { return env[k] }, srv.TLS))
	svc := must[*digest.Service](t)(digest.New(context.Background(), db, digest.Options{Mail: cfg, BaseURL: "https://vigie.test", Mailer: mailer}))
	if err := svc.Subscribe(context.Background(), "anne@example.org", vigie.DigestFilter{}); err != nil {
		t.Fatal(err)
	}
	if msgs := srv.messages(); len(msgs) != 1 || msgs[0].User != "user" {
		t.Fatalf("got %+v", msgs)
	}
	env["VIGIE_SMTP_PASSWORD"] = "wrong"
	mailer = must[*digest.SMTP](t)(digest.NewSMTP(cfg, func(k string) string { return env[k] }, srv.TLS))
	svc = must[*digest.Service](t)(digest.New(context.Background(), db, digest.Options{Mail: cfg, BaseURL: "https://vigie.test", Mailer: mailer}))
	if err := svc.Subscribe(context.Background(), "anne@example.org", vigie.DigestFilter{}); err == nil {
		t.Fatal("sent with a wrong password")
	}
}

func TestPreviewWritesEML(t *testing.T) {
	db := mustOpen(t, store.Memory)
	mustSeed(t, db)
	svc := must[*digest.Service](t)(digest.New(context.Background(), db, digest.Options{Mail: mailConfig(t, "127.0.0.1:1", "none"), BaseURL: "https://vigie.test"}))
	dir := t.TempDir()
	n := must[int](t)(svc.Preview(context.Background(), week49, digest.Dir(dir), "en"))
	files := must[[]string](t)(filepath.Glob(filepath.Join(dir, "*.eml")))
	if n != 1 || len(files) != 1 {
		t.Fatalf("wrote %d, files %v", n, files)
	}
	e := parseEmail(t, must[[]byte](t)(os.ReadFile(files[0])))
	if !strings.Contains(e.Text, "Chambéry") || !strings.Contains(e.HTML, "Liège") || !strings.Contains(e.Header.Get("Subject"), "week 49") {
		t.Errorf("preview without filters lacks incidents:\n%s", e.Text)
	}
	if sends := must[[]store.DigestSend](t)(db.DigestSends(context.Background(), week49.String())); len(sends) != 0 {
		t.Errorf("a preview recorded sends: %v", sends)
	}
}

// TestCrashDuringSend kills a sending process while the SMTP server holds
// an email's DATA, then sends again: every subscriber gets the digest
// exactly once.
func TestCrashDuringSend(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vigie.db")
	db := mustOpen(t, path)
	mustSeed(t, db)
	srv := startSMTP(t, false)
	svc := newService(t, db, srv, "https://vigie.test", nil)
	addrs := []string{"a@example.org", "b@example.org", "c@example.org", "d@example.org", "e@example.org"}
	for _, a := range addrs {
		mustSubscribe(t, svc, srv, a, vigie.DigestFilter{Lang: "en"})
	}
	confirmations := len(srv.messages())
	inData, release := make(chan struct{}), make(chan struct{})
	srv.mu.Lock()
	srv.seen = 0
	srv.data = func(n int) error {
		if n == 3 {
			close(inData)
			<-release
			return &smtp.SMTPError{Code: 451, Message: "connection lost"}
		}
		return nil
	}
	srv.mu.Unlock()

	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
	cmd.Env = append(os.Environ(), "VIGIE_CRASH_DB="+path, "VIGIE_CRASH_SMTP="+srv.Addr)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-inData:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the sender never reached the third email")
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	close(release)
	if n := len(srv.messages()) - confirmations; n != 2 {
		t.Fatalf("%d digests before the crash, want 2", n)
	}

	r := must[digest.Report](t)(svc.Send(ctx, week49))
	if r.Sent != 3 || r.Skipped != 2 {
		t.Fatalf("after restart: %+v", r)
	}
	count := map[string]int{}
	for _, m := range srv.messages()[confirmations:] {
		count[m.To[0]]++
	}
	for _, a := range addrs {
		if count[a] != 1 {
			t.Errorf("%s got %d digests", a, count[a])
		}
	}
}

// TestCrashHelper is the process TestCrashDuringSend kills.
func TestCrashHelper(t *testing.T) {
	path, addr := os.Getenv("VIGIE_CRASH_DB"), os.Getenv("VIGIE_CRASH_SMTP")
	if path == "" {
		t.Skip("run by TestCrashDuringSend")
	}
	db := mustOpen(t, path)
	svc := newService(t, db, &smtpServer{Addr: addr}, "https://vigie.test", nil)
	svc.Send(context.Background(), week49)
	t.Fatal("the send finished: it should have been killed")
}

func TestSubscribeRejects(t *testing.T) {
	db := mustOpen(t, store.Memory)
	srv := startSMTP(t, false)
	ts, _ := startSite(t, db, srv)
	for name, body := range map[string]string{
		"address":    `{"email":"not an address"}`,
		"name":       `{"email":"Anne <anne@example.org>"}`,
		"no domain":  `{"email":"anne@localhost"}`,
		"country":    `{"email":"anne@example.org","countries":["France"]}`,
		"attack":     `{"email":"anne@example.org","attacks":["nuke"]}`,
		"lang":       `{"email":"anne@example.org","lang":"de"}`,
		"department": `{"email":"anne@example.org","departments":["999999"]}`,
		"json":       `{"email":`,
	} {
		t.Run(name, func(t *testing.T) {
			res := must[*http.Response](t)(http.Post(ts.URL+"/api/subscriptions", "application/json", strings.NewReader(body)))
			defer res.Body.Close()
			var out map[string]string
			json.NewDecoder(res.Body).Decode(&out)
			if res.StatusCode != http.StatusBadRequest || out["error"] == "" {
				t.Errorf("%s %v", res.Status, out)
			}
		})
	}
	if n := len(srv.messages()); n != 0 {
		t.Errorf("%d emails sent for invalid requests", n)
	}
}

func TestLinksRefused(t *testing.T) {
	db := mustOpen(t, store.Memory)
	mustSeed(t, db)
	srv := startSMTP(t, false)
	ts, svc := startSite(t, db, srv)
	sub := mustSubscribe(t, svc, srv, "anne@example.org", vigie.DigestFilter{})
	unsub := svc.UnsubscribeURL(sub.ID)
	for name, u := range map[string]string{
		"altered":     strings.Replace(unsub, "token=", "token=x", 1),
		"wrong kind":  strings.Replace(svc.ManageURL(sub.ID), "/manage", "/unsubscribe", 1),
		"no token":    ts.URL + "/subscriptions/unsubscribe",
		"bad confirm": ts.URL + "/subscriptions/confirm?token=abc.def",
	} {
		t.Run(name, func(t *testing.T) {
			method := http.MethodPost
			if strings.Contains(u, "confirm") {
				method = http.MethodGet
			}
			u = strings.Replace(u, "https://vigie.test", ts.URL, 1)
			req := must[*http.Request](t)(http.NewRequest(method, u, nil))
			res := must[*http.Response](t)(http.DefaultClient.Do(req))
			res.Body.Close()
			if res.StatusCode != http.StatusBadRequest {
				t.Errorf("%s", res.Status)
			}
		})
	}
	if subs := must[[]store.SealedSubscriber](t)(db.Subscribers(context.Background())); len(subs) != 1 {
		t.Fatalf("subscribers %d, want 1", len(subs))
	}
	// GET shows a button and unsubscribes no one: link checkers open links
	res := must[*http.Response](t)(http.Get(strings.Replace(unsub, "https://vigie.test", ts.URL, 1)))
	res.Body.Close()
	if subs := must[[]store.SealedSubscriber](t)(db.Subscribers(context.Background())); res.StatusCode != 200 || len(subs) != 1 {
		t.Fatalf("GET unsubscribe: %s, %d subscribers", res.Status, len(subs))
	}
}

func TestManageFilters(t *testing.T) {
	db := mustOpen(t, store.Memory)
	mustSeed(t, db)
	srv := startSMTP(t, false)
	ts, svc := startSite(t, db, srv)
	sub := mustSubscribe(t, svc, srv, "anne@example.org", vigie.DigestFilter{Lang: "fr"})
	manage := strings.Replace(svc.ManageURL(sub.ID), "https://vigie.test", ts.URL, 1)
	res := must[*http.Response](t)(http.PostForm(manage, url.Values{"departments": {"73, 74"}, "attacks": {"ddos"}, "lang": {"en"}}))
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("POST manage: %s", res.Status)
	}
	got := must[store.SealedSubscriber](t)(db.Subscriber(context.Background(), sub.ID)).Filter
	want := vigie.DigestFilter{Departments: []string{"73", "74"}, Attacks: []vigie.AttackType{vigie.AttackDDoS}, Lang: "en"}
	if !slices.Equal(got.Departments, want.Departments) || !slices.Equal(got.Attacks, want.Attacks) || got.Lang != "en" {
		t.Fatalf("filter %+v, want %+v", got, want)
	}
	svc.Send(context.Background(), week49)
	msgs := srv.messages()
	e := parseEmail(t, msgs[len(msgs)-1].Data)
	if !strings.Contains(e.Text, "Chambéry") || strings.Contains(e.Text, "Quimper") || !strings.Contains(e.Header.Get("Subject"), "week 49: 1 new") {
		t.Errorf("digest after the change:\n%s", e.Text)
	}
}

func TestConfirmationLimit(t *testing.T) {
	db := mustOpen(t, store.Memory)
	srv := startSMTP(t, false)
	svc := newService(t, db, srv, "https://vigie.test", nil)
	if err := svc.Subscribe(context.Background(), "anne@example.org", vigie.DigestFilter{}); err != nil {
		t.Fatal(err)
	}
	err := svc.Subscribe(context.Background(), "ANNE@example.org", vigie.DigestFilter{})
	if vigie.ErrorCode(err) != vigie.ECONFLICT || len(srv.messages()) != 1 {
		t.Fatalf("second request: %v, %d emails", err, len(srv.messages()))
	}
	if err := svc.Subscribe(context.Background(), "bob@example.org", vigie.DigestFilter{}); err != nil {
		t.Fatal(err)
	}
}

func TestTooManyBounces(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t, store.Memory)
	mustSeed(t, db)
	srv := startSMTP(t, false)
	svc := newService(t, db, srv, "https://vigie.test", nil)
	sub := mustSubscribe(t, svc, srv, "gone@example.org", vigie.DigestFilter{})
	for range 3 {
		if err := db.AddBounce(ctx, sub.ID); err != nil {
			t.Fatal(err)
		}
	}
	before := len(srv.messages())
	if r := must[digest.Report](t)(svc.Send(ctx, week49)); r.Sent != 0 || r.Skipped != 1 || len(srv.messages()) != before {
		t.Fatalf("sent to an address that bounced 3 times: %+v", r)
	}
}

// TestRunSchedule starts the schedule on a Friday: it sends the week
// before the last Monday at once, then waits for Monday 08:00 Paris time.
func TestRunSchedule(t *testing.T) {
	db := mustOpen(t, store.Memory)
	mustSeed(t, db)
	srv := startSMTP(t, false)
	cfg := mailConfig(t, srv.Addr, "none")
	mailer := must[*digest.SMTP](t)(digest.NewSMTP(cfg, func(string) string { return "" }, nil))
	friday := time.Date(2026, time.December, 11, 12, 0, 0, 0, paris)
	var waits []time.Duration
	svc := must[*digest.Service](t)(digest.New(context.Background(), db, digest.Options{
		Mail: cfg, BaseURL: "https://vigie.test", Secret: "s", Mailer: mailer, Logger: slog.New(slog.DiscardHandler),
		Now: func() time.Time { return friday },
		Sleep: func(_ context.Context, d time.Duration) error {
			waits = append(waits, d)
			return context.Canceled // stop after the first wait
		},
	}))
	sub := mustSubscribe(t, svc, srv, "anne@example.org", vigie.DigestFilter{Lang: "en"})
	svc.Run(context.Background())
	sends := must[[]store.DigestSend](t)(db.DigestSends(context.Background(), "2026-W49"))
	if len(sends) != 1 || sends[0].SubscriberID != sub.ID || sends[0].State != store.SendSent {
		t.Fatalf("sends of 2026-W49: %+v", sends)
	}
	monday := time.Date(2026, time.December, 14, 8, 0, 0, 0, paris)
	if len(waits) != 1 || waits[0] != monday.Sub(friday) {
		t.Errorf("waited %v, want %v (until Monday 08:00)", waits, monday.Sub(friday))
	}
}
