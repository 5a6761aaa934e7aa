package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/store"
)

// library serves articles and sources from a real store and index, as
// cmd/vigie's app does; package main cannot be imported, so its
// FindArticles, FindArticle, SourceStates and health are copied here.
type library struct {
	db *store.DB
	ix *index.Index
}

// FindArticles searches the index and reads the articles found from the
// store, in the index's order.
func (l *library) FindArticles(ctx context.Context, f vigie.ArticleFilter) (vigie.ArticleList, error) {
	res, err := l.ix.Search(ctx, f)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	arts, err := l.db.Articles(ctx, res.IDs)
	if err != nil {
		return vigie.ArticleList{}, err
	}
	list := vigie.ArticleList{Total: res.Total, Page: max(f.Page, 1), Size: f.Size, Articles: arts, Facets: map[string][]vigie.FacetCount{}}
	if list.Size <= 0 {
		list.Size = index.DefaultSize
	}
	for name, counts := range res.Facets {
		list.Facets[name] = []vigie.FacetCount{}
		for _, c := range counts {
			list.Facets[name] = append(list.Facets[name], vigie.FacetCount{Value: c.Value, Count: c.Count})
		}
	}
	return list, nil
}

// FindArticle reads one article from the store.
func (l *library) FindArticle(ctx context.Context, id int64) (*vigie.Article, error) {
	return l.db.Article(ctx, id)
}

// SourceStates reports the sources' fetch state.
func (l *library) SourceStates(ctx context.Context) ([]vigie.SourceState, error) {
	return l.db.SourceStates(ctx)
}

// health checks that the store answers.
func (l *library) health(ctx context.Context) error {
	_, err := l.db.CountArticles(ctx)
	return err
}

// fixture is a library filled with testArticles and testSources, and the
// ids the store gave the articles, by key.
type fixture struct {
	lib *library
	ids map[string]int64
}

// testArticle is an article of the fixture with the key tests know it by.
type testArticle struct {
	key string
	a   *vigie.Article
}

// testArticles returns the fixture's articles; latest first they are lyon,
// seez, bbc, ansa, guardian.
func testArticles() []testArticle {
	cet := time.FixedZone("CET", 3600)
	article := func(url, lang, site, source, title, text string, published vigie.Timestamp) *vigie.Article {
		return &vigie.Article{URL: url, Lang: lang, Site: site, Source: source, Title: title, Text: text,
			Excerpt: strings.SplitN(text, ".", 2)[0] + ".", Published: published, Hash: "h-" + url,
			FetchedAt: time.Date(2025, 3, 15, 8, 0, 0, 0, time.UTC)}
	}
	return []testArticle{
		{"seez", article("https://www.ouest-france.fr/seez-cyberattaque", "fr", "Ouest-France", "ouest-france-orne",
			"Cyberattaque à Séez : la mairie paralysée",
			"La commune de Séez a été victime d’un rançongiciel. Les services municipaux sont paralysés depuis lundi.",
			vigie.Day(time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)))},
		{"lyon", article("https://www.leprogres.fr/lyon-budget", "fr", "Le Progrès", "le-progres",
			"Le conseil municipal de Lyon vote le budget",
			"Le conseil municipal s'est réuni jeudi soir. Aucune attaque informatique n'est à signaler.",
			vigie.At(time.Date(2025, 3, 14, 18, 30, 0, 0, cet)))},
		{"bbc", article("https://www.bbc.co.uk/news/council-ransomware", "en", "BBC", "bbc-tech",
			"Ransomware hits county council",
			"The county council was attacked by ransomware on Monday. Its systems are down.",
			vigie.At(time.Date(2025, 3, 10, 21, 0, 0, 0, time.UTC)))},
		{"ansa", article("https://www.ansa.it/pescara-attacco-hacker", "it", "ANSA", "ansa-cronaca",
			"Attacco hacker al comune di Pescara",
			"Il comune di Pescara è stato colpito da un attacco informatico. I servizi sono sospesi.",
			vigie.At(time.Date(2025, 2, 20, 11, 0, 0, 0, cet)))},
		{"guardian", article("https://www.theguardian.com/council-systems-restored", "en", "The Guardian", "guardian-tech",
			"Council systems restored",
			"The council restored its systems after the attack. Services are back.",
			vigie.At(time.Date(2025, 1, 31, 23, 30, 0, 0, time.UTC)))},
	}
}

// testSources returns the source states of the fixture.
func testSources() []vigie.SourceState {
	at := time.Date(2025, 3, 15, 8, 0, 0, 0, time.UTC)
	return []vigie.SourceState{
		{Source: "le-progres", LastFetch: at, LastStatus: 503, LastError: "HTTP 503", Failures: 2},
		{Source: "bbc-tech", ETag: `"x"`, LastFetch: at, LastSuccess: at, LastStatus: 200, Items: 12},
	}
}

// mustFixture returns a fixture over a new library.
func mustFixture(tb testing.TB) *fixture {
	tb.Helper()
	ctx := context.Background()
	fx := &fixture{lib: mustLibrary(tb), ids: map[string]int64{}}
	for _, ta := range testArticles() {
		if _, err := fx.lib.db.SaveArticle(ctx, ta.a, vigie.RawPage{}); err != nil {
			tb.Fatalf("SaveArticle(%s): %v", ta.a.URL, err)
		}
		if err := fx.lib.ix.Index(ta.a); err != nil {
			tb.Fatalf("Index(%s): %v", ta.a.URL, err)
		}
		fx.ids[ta.key] = ta.a.ID
	}
	for _, st := range testSources() {
		if err := fx.lib.db.SaveSourceState(ctx, st); err != nil {
			tb.Fatalf("SaveSourceState(%s): %v", st.Source, err)
		}
	}
	return fx
}

// mustLibrary returns an empty library over an in-memory store and index,
// both closed when the test ends.
func mustLibrary(tb testing.TB) *library {
	tb.Helper()
	db, err := store.Open(context.Background(), store.Memory)
	if err != nil {
		tb.Fatalf("store.Open: %v", err)
	}
	tb.Cleanup(func() { _ = db.Close() })
	ix, err := index.Open("")
	if err != nil {
		tb.Fatalf("index.Open: %v", err)
	}
	tb.Cleanup(func() { _ = ix.Close() })
	return &library{db: db, ix: ix}
}

// server returns a Server over l that logs nothing.
func (l *library) server() *Server {
	return &Server{Articles: l, Sources: l, Health: l.health, Logger: slog.New(slog.DiscardHandler)}
}

// keys returns the keys of the articles with the given ids, in order.
func (fx *fixture) keys(tb testing.TB, ids []int64) []string {
	tb.Helper()
	keys := []string{}
	for _, id := range ids {
		key := ""
		for k, v := range fx.ids {
			if v == id {
				key = k
			}
		}
		if key == "" {
			tb.Fatalf("article id %d is not in the fixture", id)
		}
		keys = append(keys, key)
	}
	return keys
}

// response is a recorded answer of the API.
type response struct {
	status int
	header http.Header
	body   []byte
}

// serve sends GET target to h and checks that the answer is JSON.
func serve(tb testing.TB, h http.Handler, target string) response {
	tb.Helper()
	return serveRequest(tb, h, httptest.NewRequest(http.MethodGet, target, nil))
}

// serveRequest sends r to h and checks that the answer is JSON.
func serveRequest(tb testing.TB, h http.Handler, r *http.Request) response {
	tb.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	res := response{rec.Code, rec.Header(), rec.Body.Bytes()}
	if ct := res.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		tb.Errorf("%s %s: Content-Type = %q, want application/json", r.Method, r.URL, ct)
	}
	if !json.Valid(res.body) {
		tb.Errorf("%s %s: body is not JSON: %s", r.Method, r.URL, res.body)
	}
	return res
}

// mustDecode decodes the body of res into a new T.
func mustDecode[T any](tb testing.TB, res response) T {
	tb.Helper()
	var v T
	if err := json.Unmarshal(res.body, &v); err != nil {
		tb.Fatalf("decode %s: %v", res.body, err)
	}
	return v
}

// errorMessage returns the message of an error answer, failing the test
// unless the body is exactly {"error": "..."} with a message.
func errorMessage(tb testing.TB, res response) string {
	tb.Helper()
	body := mustDecode[map[string]string](tb, res)
	if len(body) != 1 || body["error"] == "" {
		tb.Errorf("error body = %s, want {\"error\": message}", res.body)
	}
	return body["error"]
}

// articleList is the answer of GET /api/articles.
type articleList struct {
	Total    int                           `json:"total"`
	Page     int                           `json:"page"`
	Size     int                           `json:"size"`
	Articles []map[string]any              `json:"articles"`
	Facets   map[string][]vigie.FacetCount `json:"facets"`
}

// ids returns the ids of the articles of l, in order.
func (l articleList) ids() []int64 {
	ids := []int64{}
	for _, a := range l.Articles {
		if id, ok := a["id"].(float64); ok {
			ids = append(ids, int64(id))
		}
	}
	return ids
}

// panicky is a failing service: every method panics.
type panicky struct{}

func (panicky) FindArticles(context.Context, vigie.ArticleFilter) (vigie.ArticleList, error) {
	panic("boom in FindArticles")
}

func (panicky) FindArticle(context.Context, int64) (*vigie.Article, error) {
	panic("boom in FindArticle")
}

func (panicky) SourceStates(context.Context) ([]vigie.SourceState, error) {
	panic(errors.New("boom in SourceStates"))
}

// gated holds FindArticles calls until release is closed, telling entered
// when one arrives.
type gated struct {
	vigie.ArticleService
	entered chan struct{}
	release chan struct{}
}

func (g *gated) FindArticles(ctx context.Context, f vigie.ArticleFilter) (vigie.ArticleList, error) {
	g.entered <- struct{}{}
	<-g.release
	return g.ArticleService.FindArticles(ctx, f)
}

// logBuffer is a log destination safe for concurrent handlers.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
