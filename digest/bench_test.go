package digest_test

import (
	"context"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/digest"
	"github.com/vigie-news/vigie/store"
)

// syntheticIncidents returns n incidents spread over the five weeks that
// end with week 49, over ten regions.
func syntheticIncidents(n int) []*vigie.Incident {
	incs := make([]*vigie.Incident, n)
	for i := range incs {
		at := day(6, 12).Add(-time.Duration(i%35) * 24 * time.Hour)
		incs[i] = &vigie.Incident{ID: fmt.Sprintf("i-%d", i), Title: fmt.Sprintf("Attaque %d", i), Summary: "Résumé de l'attaque.",
			Victim: vigie.Body{Official: fmt.Sprintf("Commune %d", i), Kind: vigie.VictimCommune,
				Place: vigie.Place{Name: "Ville", Region: fmt.Sprintf("Région %d", i%10), Country: "FR"}},
			Attack: vigie.AttackRansomware, InScope: true, FirstReported: at, LastUpdated: at,
			Sources: []vigie.IncidentSource{{URL: "https://news.example/" + fmt.Sprint(i), Site: "news.example"}}}
	}
	return incs
}

// BenchmarkBuildRender builds and renders one subscriber's digest from a
// record of 2,000 incidents.
func BenchmarkBuildRender(b *testing.B) {
	incs := syntheticIncidents(2000)
	f := vigie.DigestFilter{Regions: []string{"Région 3", "Région 7"}, Lang: "fr"}
	for b.Loop() {
		d := digest.Build(incs, f, week49, paris, "https://vigie.test")
		if _, err := digest.Render(d, "https://vigie.test/m", "https://vigie.test/u"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSend sends a week's digest to 50 subscribers through the
// in-process SMTP server, one connection per email, recording each;
// emails/s is the figure.
func BenchmarkSend(b *testing.B) {
	ctx := context.Background()
	db := mustOpen(b, store.Memory)
	incs := syntheticIncidents(200)
	for _, in := range incs {
		in.Sources = nil // no articles in this store
	}
	if err := db.ReplaceIncidents(ctx, incs); err != nil {
		b.Fatal(err)
	}
	srv := startSMTP(b, false)
	svc := newService(b, db, srv, "https://vigie.test", nil)
	const subs = 50
	for i := range subs {
		if _, err := svc.Confirm(ctx, confirmToken(b, svc, srv, fmt.Sprintf("s%d@example.org", i))); err != nil {
			b.Fatal(err)
		}
	}
	slog.SetDefault(slog.New(slog.DiscardHandler))
	w := week49
	start := time.Now()
	n := 0
	for b.Loop() {
		w = w.Add(-1)
		r, err := svc.Send(ctx, w)
		if err != nil || r.Sent != subs {
			b.Fatalf("%+v %v", r, err)
		}
		n += subs
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "emails/s")
}

// confirmToken subscribes addr and returns the token of its link.
func confirmToken(tb testing.TB, svc *digest.Service, srv *smtpServer, addr string) string {
	tb.Helper()
	if err := svc.Subscribe(context.Background(), addr, vigie.DigestFilter{}); err != nil {
		tb.Fatal(err)
	}
	msgs := srv.messages()
	link := linkAfter(tb, parseEmail(tb, msgs[len(msgs)-1].Data).Text, "https://vigie.test/subscriptions/confirm?token=")
	return link[len("https://vigie.test/subscriptions/confirm?token="):]
}
