package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/server"
	"github.com/vigie-news/vigie/store"
)

// library serves the pages from a real store and real indexes, as
// cmd/vigie's app does.
type library struct {
	db   *store.DB
	ix   *index.Index
	incs *index.Incidents
}

func (l *library) FindIncidents(ctx context.Context, f vigie.IncidentFilter) (vigie.IncidentList, error) {
	res, err := l.incs.Search(ctx, f)
	if err != nil {
		return vigie.IncidentList{}, err
	}
	incs, err := l.db.IncidentsByID(ctx, res.IDs)
	if err != nil {
		return vigie.IncidentList{}, err
	}
	return vigie.IncidentList{Total: res.Total, Page: max(f.Page, 1), Size: max(f.Size, 1), Incidents: incs, Facets: facets(res.Facets), Fuzzy: res.Fuzzy}, nil
}

func (l *library) FindIncident(ctx context.Context, id string) (*vigie.Incident, error) {
	return l.db.Incident(ctx, id)
}

func (l *library) FindArticles(ctx context.Context, f vigie.ArticleFilter) (vigie.ArticleList, error) {
	res, err := l.ix.Search(ctx, f)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	arts, err := l.db.Articles(ctx, res.IDs)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	return vigie.ArticleList{Total: res.Total, Page: max(f.Page, 1), Size: max(f.Size, 1), Articles: arts, Facets: facets(res.Facets), Fuzzy: res.Fuzzy}, nil
}

func (l *library) FindArticle(ctx context.Context, id int64) (*vigie.Article, error) {
	return l.db.Article(ctx, id)
}

func (l *library) SourceStates(ctx context.Context) ([]vigie.SourceState, error) {
	return l.db.SourceStates(ctx)
}

func facets(in map[string][]index.FacetCount) map[string][]vigie.FacetCount {
	out := map[string][]vigie.FacetCount{}
	for name, counts := range in {
		for _, c := range counts {
			out[name] = append(out[name], vigie.FacetCount{Value: c.Value, Count: c.Count})
		}
	}
	return out
}

// mustPages returns the pages over a library holding two articles and
// three incidents, mounted by a real server.
func mustPages(tb testing.TB, opts ...func(*Pages)) (http.Handler, *library) {
	tb.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, store.Memory)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	ix, err := index.Open("")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	incs, err := index.OpenIncidents("")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { incs.Close() })
	l := &library{db: db, ix: ix, incs: incs}
	arts := testArticles()
	for _, a := range arts {
		if _, err := db.SaveArticle(ctx, a, vigie.RawPage{}); err != nil {
			tb.Fatal(err)
		}
	}
	in := testIncidents(arts)
	if err := db.ReplaceIncidents(ctx, in); err != nil {
		tb.Fatal(err)
	}
	if err := incs.Replace(in); err != nil {
		tb.Fatal(err)
	}
	for _, a := range arts { // with the incidents they report
		a, _ = db.Article(ctx, a.ID)
		if err := ix.Index(a); err != nil {
			tb.Fatal(err)
		}
	}
	at := time.Date(2025, 3, 15, 8, 0, 0, 0, time.UTC)
	db.SaveSourceState(ctx, vigie.SourceState{Source: "Alpes Matin", LastFetch: at, LastSuccess: at, LastStatus: 200, Items: 3})
	db.SaveSourceState(ctx, vigie.SourceState{Source: "France Dépêche", LastFetch: at, LastStatus: 503, LastError: "HTTP 503", Failures: 2})
	p := &Pages{Incidents: l, Articles: l, States: l, ArticleCounts: db.ArticleCounts,
		Sources: []vigie.Source{
			{Name: "Alpes Matin", URL: "http://www.alpesmatin.test/rss.xml", Kind: vigie.KindRSS, Language: "fr", Region: "Savoie", Enabled: true, Interval: 30 * time.Minute},
			{Name: "France Dépêche", URL: "http://www.francedepeche.test/fil-info/", Kind: vigie.KindHTMLListing, Language: "fr", Enabled: true, Interval: time.Hour},
		},
		Geocode: func(name string) (vigie.Point, bool) {
			if strings.EqualFold(name, "Chambéry") {
				return vigie.Point{Lat: 45.5646, Lon: 5.9178}, true
			}
			return vigie.Point{}, false
		},
		Now:    func() time.Time { return at },
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), TimeZone: time.UTC,
	}
	for _, o := range opts {
		o(p)
	}
	if err := p.Init(); err != nil {
		tb.Fatal(err)
	}
	s := &server.Server{Articles: l, Sources: l, Incidents: l, Pages: p, Logger: p.Logger, TimeZone: time.UTC}
	return s.Handler(), l
}

// testArticles are two French articles and an English one.
func testArticles() []*vigie.Article {
	at := func(d int) vigie.Timestamp { return vigie.At(time.Date(2021, 4, d, 9, 0, 0, 0, time.UTC)) }
	fetched := time.Date(2025, 3, 15, 8, 0, 0, 0, time.UTC)
	return []*vigie.Article{
		{URL: "http://www.alpesmatin.test/bourg.html", Source: "Alpes Matin", Site: "Alpes Matin", Lang: "fr", Published: at(13),
			Title: "Bourg-Saint-Maurice : la mairie paralysée par un rançongiciel", FetchedAt: fetched, Hash: "a",
			Text: "La mairie de Bourg-Saint-Maurice a été victime d'un rançongiciel lundi 12 avril.\n\nLes serveurs sont chiffrés. Une plainte a été déposée."},
		{URL: "http://www.alpinetimes.test/bourg.html", Source: "The Alpine Times", Site: "The Alpine Times", Lang: "en", Published: at(15),
			Title: "Alpine town hall hit by ransomware", FetchedAt: fetched, Hash: "b",
			Text: "The town hall of Bourg-Saint-Maurice was hit by ransomware on Monday. The LockBit group claimed the attack."},
		{URL: "http://www.francedepeche.test/gravelines.html", Source: "France Dépêche", Site: "France Dépêche", Lang: "fr", Published: at(26),
			Title: "Gravelines : la mairie coupée d'internet", FetchedAt: fetched, Hash: "c",
			Text: "La mairie de Gravelines a subi une cyberattaque le 25 avril."},
	}
}

// testIncidents are Bourg-Saint-Maurice (two articles, every field),
// Gravelines, and an out-of-scope hospital.
func testIncidents(arts []*vigie.Article) []*vigie.Incident {
	day := func(m time.Month, d int) vigie.Timestamp {
		return vigie.Day(time.Date(2021, m, d, 0, 0, 0, 0, time.UTC))
	}
	src := func(a *vigie.Article, role vigie.SourceRole) vigie.IncidentSource {
		return vigie.IncidentSource{ArticleID: a.ID, URL: a.URL, Site: a.Site, Lang: a.Lang, Published: a.Published, Title: a.Title, Role: role}
	}
	ev := func(field, value, sentence string, a *vigie.Article) vigie.Evidence {
		return vigie.Evidence{Field: field, Value: value, Sentence: sentence, ArticleID: a.ID, URL: a.URL}
	}
	reported := time.Date(2021, 4, 13, 9, 0, 0, 0, time.UTC)
	bourg := &vigie.Incident{ID: "2021-04-bourg-saint-maurice", Title: "Ransomware attack on Mairie de Bourg-Saint-Maurice (Savoie)",
		Summary: "Ransomware attack on Mairie de Bourg-Saint-Maurice, from 2021-04-12.",
		Victim: vigie.Body{Name: "La mairie de Bourg-Saint-Maurice", Official: "Mairie de Bourg-Saint-Maurice", Kind: vigie.VictimCommune,
			Place: vigie.Place{Name: "Bourg-Saint-Maurice", INSEE: "73054", Department: "73", DepartmentName: "Savoie", Region: "Auvergne-Rhône-Alpes", Country: "FR", Lat: 45.6186, Lon: 6.7697}},
		Attack: vigie.AttackRansomware, Group: "LockBit", Start: day(4, 12), Impacts: []string{"servers", "data-encrypted"},
		Responses: []string{"complaint-filed"}, InScope: true, Confidence: 0.1 + 0.8, FirstReported: reported, LastUpdated: reported.Add(48 * time.Hour),
		AlsoAffected: []vigie.Body{{Name: "l'office de tourisme", Official: "Office de tourisme de Bourg-Saint-Maurice", Kind: vigie.VictimLocalPublicBody}},
		Sources:      []vigie.IncidentSource{src(arts[1], vigie.RoleFollowUp), src(arts[0], vigie.RoleFirstReport)},
		Evidence: []vigie.Evidence{
			ev("victim", "Mairie de Bourg-Saint-Maurice", "La mairie de Bourg-Saint-Maurice a été victime d'un rançongiciel lundi 12 avril.", arts[0]),
			ev("attack", "ransomware", "La mairie de Bourg-Saint-Maurice a été victime d'un rançongiciel lundi 12 avril.", arts[0]),
			ev("start", "2021-04-12", "La mairie de Bourg-Saint-Maurice a été victime d'un rançongiciel lundi 12 avril.", arts[0]),
			ev("impact", "data-encrypted", "Les serveurs sont chiffrés.", arts[0]),
			ev("response", "complaint-filed", "Une plainte a été déposée.", arts[0]),
			ev("group", "LockBit", "The LockBit group claimed the attack.", arts[1]),
		}}
	gravelines := &vigie.Incident{ID: "2021-04-gravelines", Title: "Cyber attack on Mairie de Gravelines (Nord)", Summary: "Cyber attack on Mairie de Gravelines.",
		Victim: vigie.Body{Name: "La mairie de Gravelines", Official: "Mairie de Gravelines", Kind: vigie.VictimCommune,
			Place: vigie.Place{Name: "Gravelines", INSEE: "59273", Department: "59", DepartmentName: "Nord", Region: "Hauts-de-France", Country: "FR", Lat: 50.9865, Lon: 2.1281}},
		Attack: vigie.AttackUnknown, Start: day(4, 25), InScope: true, Confidence: 0.6, FirstReported: reported, LastUpdated: reported,
		Sources:  []vigie.IncidentSource{src(arts[2], vigie.RoleFirstReport)},
		Evidence: []vigie.Evidence{ev("victim", "Mairie de Gravelines", "La mairie de Gravelines a subi une cyberattaque le 25 avril.", arts[2])}}
	hospital := &vigie.Incident{ID: "2021-03-hopital-dax", Title: "Ransomware attack on Centre hospitalier de Dax", Attack: vigie.AttackRansomware,
		Victim: vigie.Body{Official: "Centre hospitalier de Dax", Kind: vigie.VictimHospital, Place: vigie.Place{Name: "Dax", Country: "FR", Region: "Nouvelle-Aquitaine", Lat: 43.71, Lon: -1.05}},
		Start:  vigie.Timestamp{Time: time.Date(2021, 2, 1, 0, 0, 0, 0, time.UTC), Precision: vigie.PrecisionMonth}, Confidence: 0.7, FirstReported: reported, LastUpdated: reported}
	return []*vigie.Incident{bourg, gravelines, hospital}
}

// get sends GET target with headers (name, value pairs) to h.
func get(tb testing.TB, h http.Handler, target string, headers ...string) *httptest.ResponseRecorder {
	tb.Helper()
	req := httptest.NewRequest("GET", target, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}
