package digest_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/digest"
	"github.com/vigie-news/vigie/store"
)

var paris = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic(err)
	}
	return loc
}()

// week49 is the week the tests send: Monday 30 November to Sunday 6
// December 2026.
var week49 = digest.Week{Year: 2026, Num: 49}

func day(d, h int) time.Time { return time.Date(2026, time.December, d, h, 0, 0, 0, paris) }

// mustSeed stores articles and incidents around week 49: three new ones
// (one outside the scope, in Belgium), a follow-up of an older one, and
// one a week in the four weeks before.
func mustSeed(tb testing.TB, db *store.DB) []*vigie.Incident {
	tb.Helper()
	ctx := context.Background()
	inc := func(id, title, region, dept, country string, attack vigie.AttackType, kind vigie.VictimKind, first time.Time) *vigie.Incident {
		a := &vigie.Article{URL: "https://news.example/" + id, Site: "news.example", Title: title, Lang: "fr",
			Published: vigie.At(first), Text: title, Hash: id, FetchedAt: first}
		if _, err := db.SaveArticle(ctx, a, vigie.RawPage{}); err != nil {
			tb.Fatal(err)
		}
		return &vigie.Incident{
			ID: id, Title: title, Summary: "La collectivité a porté plainte. " + strings.Repeat("Les services sont coupés. ", 20),
			Victim: vigie.Body{Name: "mairie", Official: "Mairie de " + id, Kind: kind,
				Place: vigie.Place{Name: "Ville " + id, Department: dept, DepartmentName: "Dép " + dept, Region: region, Country: country}},
			Attack: attack, Start: vigie.Day(first), InScope: kind.InScope(), FirstReported: first, LastUpdated: first,
			Sources: []vigie.IncidentSource{{ArticleID: a.ID, URL: a.URL, Site: a.Site, Published: a.Published, Title: title, Role: vigie.RoleFirstReport}},
		}
	}
	incs := []*vigie.Incident{
		inc("2026-12-quimper", "Rançongiciel à Quimper <script>alert(1)</script>", "Bretagne", "29", "FR", vigie.AttackRansomware, vigie.VictimCommune, day(1, 9)),
		inc("2026-12-chambery", "Chambéry visée par un déni de service", "Auvergne-Rhône-Alpes", "73", "FR", vigie.AttackDDoS, vigie.VictimCommune, day(2, 10)),
		inc("2026-12-liege", "Une entreprise de Liège piratée", "Wallonie", "", "BE", vigie.AttackIntrusion, vigie.VictimCompany, day(3, 11)),
		inc("2026-11-brest", "Brest : fuite de données", "Bretagne", "29", "FR", vigie.AttackDataBreach, vigie.VictimCommune, day(1, 0).AddDate(0, 0, -25)),
		inc("2026-11-annecy", "Annecy : rançongiciel", "Auvergne-Rhône-Alpes", "74", "FR", vigie.AttackRansomware, vigie.VictimCommune, day(1, 0).AddDate(0, 0, -10)),
	}
	// a follow-up of Brest, published in week 49
	b := incs[3]
	fu := &vigie.Article{URL: "https://news.example/brest-suite", Site: "news.example", Title: "Brest : les données publiées", Lang: "fr",
		Published: vigie.At(day(4, 8)), Text: "suite", Hash: "suite", FetchedAt: day(4, 8)}
	if _, err := db.SaveArticle(ctx, fu, vigie.RawPage{}); err != nil {
		tb.Fatal(err)
	}
	b.Sources = append(b.Sources, vigie.IncidentSource{ArticleID: fu.ID, URL: fu.URL, Site: fu.Site, Published: fu.Published, Title: fu.Title, Role: vigie.RoleFollowUp})
	b.LastUpdated = day(4, 8)
	if err := db.ReplaceIncidents(ctx, incs); err != nil {
		tb.Fatal(err)
	}
	return incs
}

func mustOpen(tb testing.TB, path string) *store.DB {
	tb.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// mailConfig returns the settings of the test SMTP server at addr.
func mailConfig(tb testing.TB, addr string, tlsMode string) config.Mail {
	tb.Helper()
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		tb.Fatal(err)
	}
	m := config.DefaultMail()
	m.Host, m.TLS, m.From = host, tlsMode, "Vigie <digest@vigie.test>"
	m.Port, _ = strconv.Atoi(port)
	m.MaxAttempts, m.Backoff = 3, time.Millisecond
	return m
}

// newService returns a service sending through srv, links to baseURL.
func newService(tb testing.TB, db *store.DB, srv *smtpServer, baseURL string, sleeps *[]time.Duration) *digest.Service {
	tb.Helper()
	cfg := mailConfig(tb, srv.Addr, "none")
	mailer, err := digest.NewSMTP(cfg, func(string) string { return "" }, nil)
	if err != nil {
		tb.Fatal(err)
	}
	s, err := digest.New(context.Background(), db, digest.Options{
		Mail: cfg, BaseURL: baseURL, Secret: "test secret", Mailer: mailer, Logger: slog.New(slog.DiscardHandler),
		Now: func() time.Time { return day(7, 8) },
		Sleep: func(_ context.Context, d time.Duration) error {
			if sleeps != nil {
				*sleeps = append(*sleeps, d)
			}
			return nil
		},
	})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// email is a received email, parsed.
type email struct {
	Header     mail.Header
	Text, HTML string
}

// parseEmail reads a multipart/alternative email and decodes its parts.
func parseEmail(tb testing.TB, data []byte) email {
	tb.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		tb.Fatal(err)
	}
	e := email{Header: m.Header}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		tb.Fatal(err)
	}
	if !strings.HasPrefix(mt, "multipart/") {
		e.Text = decodePart(tb, m.Header.Get("Content-Transfer-Encoding"), m.Body)
		return e
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		} else if err != nil {
			tb.Fatal(err)
		}
		body := decodePart(tb, p.Header.Get("Content-Transfer-Encoding"), p)
		switch ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type")); ct {
		case "text/plain":
			e.Text = body
		case "text/html":
			e.HTML = body
		default:
			tb.Fatalf("unexpected part %s", ct)
		}
	}
	return e
}

func decodePart(tb testing.TB, cte string, r io.Reader) string {
	tb.Helper()
	switch strings.ToLower(cte) {
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, r)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// linkAfter returns the first URL in s that starts with prefix.
func linkAfter(tb testing.TB, s, prefix string) string {
	tb.Helper()
	i := strings.Index(s, prefix)
	if i < 0 {
		tb.Fatalf("no link %s in:\n%s", prefix, s)
	}
	end := strings.IndexAny(s[i:], " \r\n\"<>")
	if end < 0 {
		end = len(s) - i
	}
	return s[i : i+end]
}

func must[T any](tb testing.TB) func(T, error) T {
	return func(v T, err error) T {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
		return v
	}
}

var _ = fmt.Sprint

type mimeDecoder = mime.WordDecoder
