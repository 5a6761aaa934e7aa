package server

import (
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// listCases are valid queries of GET /api/articles and the keys of the
// articles they find (see testArticles), in order unless anyOrder.
var listCases = []struct {
	name, query string
	want        []string
	anyOrder    bool
	total       int // 0: len(want)
}{
	{"no parameters, latest first", "", []string{"lyon", "seez", "bbc", "ansa", "guardian"}, false, 0},
	{"q without accents", "q=seez+rancongiciel", []string{"seez"}, false, 0},
	{"q with capitals and accents", "q=S%C3%89EZ+Ran%C3%A7ongiciels", []string{"seez"}, false, 0},
	{"q phrase", "q=%22conseil+municipal%22", []string{"lyon"}, false, 0},
	{"q stemmed in English", "q=attacked", []string{"bbc", "guardian"}, true, 0},
	{"q Italian folded", "q=comune+pescara", []string{"ansa"}, false, 0},
	{"q no match", "q=grenoble", nil, false, 0},
	{"q blank", "q=++", []string{"lyon", "seez", "bbc", "ansa", "guardian"}, false, 0},
	{"q of 500 bytes", "q=" + strings.Repeat("x", 500), nil, false, 0},
	{"q and lang", "q=comune&lang=it", []string{"ansa"}, false, 0},
	{"q and other lang", "q=pescara&lang=fr", nil, false, 0},
	{"lang fr", "lang=fr", []string{"lyon", "seez"}, false, 0},
	{"lang in capitals", "lang=EN", []string{"bbc", "guardian"}, false, 0},
	{"lang it", "lang=it", []string{"ansa"}, false, 0},
	{"lang of no article", "lang=deu", nil, false, 0},
	{"site", "site=BBC", []string{"bbc"}, false, 0},
	{"site with accents", "site=Le+Progr%C3%A8s", []string{"lyon"}, false, 0},
	{"site as source name", "site=ansa-cronaca", []string{"ansa"}, false, 0},
	{"site unknown", "site=Nice-Matin", nil, false, 0},
	{"from day", "from=2025-03-12", []string{"lyon", "seez"}, false, 0},
	{"to day includes the whole day", "to=2025-03-10", []string{"bbc", "ansa", "guardian"}, false, 0},
	{"from and to the day of a day-precision article", "from=2025-03-12&to=2025-03-12", []string{"seez"}, false, 0},
	{"from month", "from=2025-03", []string{"lyon", "seez", "bbc"}, false, 0},
	{"to month includes the whole month", "to=2025-02", []string{"ansa", "guardian"}, false, 0},
	{"from and to the same month", "from=2025-02&to=2025-02", []string{"ansa", "guardian"}, false, 0},
	{"days are Paris days", "from=2025-02-01&to=2025-02-01", []string{"guardian"}, false, 0},
	{"from RFC 3339 with offset", "from=2025-03-14T18:00:00%2B01:00", []string{"lyon"}, false, 0},
	{"from RFC 3339 after the last", "from=2025-03-14T18:31:00%2B01:00", nil, false, 0},
	{"to RFC 3339 is inclusive", "to=2025-03-10T21:00:00Z", []string{"bbc", "ansa", "guardian"}, false, 0},
	{"to RFC 3339 a second before", "to=2025-03-10T20:59:59Z", []string{"ansa", "guardian"}, false, 0},
	{"from equals to", "from=2025-03-10T21:00:00Z&to=2025-03-10T21:00:00Z", []string{"bbc"}, false, 0},
	{"lang and dates", "lang=en&from=2025-02", []string{"bbc", "guardian"}, false, 0},
	{"size", "size=2", []string{"lyon", "seez"}, false, 5},
	{"page 2", "page=2&size=2", []string{"bbc", "ansa"}, false, 5},
	{"last page", "page=3&size=2", []string{"guardian"}, false, 5},
	{"past the last page", "page=4&size=2", nil, false, 5},
	{"largest size", "size=100", []string{"lyon", "seez", "bbc", "ansa", "guardian"}, false, 0},
	{"filtered page", "lang=en&page=2&size=1", []string{"guardian"}, false, 2},
}

func TestArticles_list(t *testing.T) {
	t.Parallel()
	fx := mustFixture(t)
	h := fx.lib.server().Handler()
	for _, tc := range listCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := serve(t, h, "/api/articles?"+tc.query)
			if res.status != http.StatusOK {
				t.Fatalf("status = %d, want 200: %s", res.status, res.body)
			}
			list := mustDecode[articleList](t, res)
			got, want := fx.keys(t, list.ids()), append([]string{}, tc.want...)
			if tc.anyOrder {
				slices.Sort(got)
				slices.Sort(want)
			}
			if !slices.Equal(got, want) {
				t.Errorf("articles = %v, want %v", got, want)
			}
			wantTotal, wantPage, wantSize := max(tc.total, len(tc.want)), queryInt(t, tc.query, "page", 1), queryInt(t, tc.query, "size", 20)
			if list.Total != wantTotal || list.Page != wantPage || list.Size != wantSize {
				t.Errorf("total, page, size = %d, %d, %d, want %d, %d, %d", list.Total, list.Page, list.Size, wantTotal, wantPage, wantSize)
			}
			if list.Articles == nil || list.Facets["lang"] == nil || list.Facets["site"] == nil {
				t.Errorf("articles or facets missing: %s", res.body)
			}
			for _, a := range list.Articles {
				if _, ok := a["text"]; ok {
					t.Errorf("article %v of a list has its text", a["id"])
				}
			}
		})
	}
}

// queryInt returns the integer parameter name of query, def when absent.
func queryInt(tb testing.TB, query, name string, def int) int {
	tb.Helper()
	q, err := url.ParseQuery(query)
	if err != nil || q.Get(name) == "" {
		return def
	}
	n, err := strconv.Atoi(q.Get(name))
	if err != nil {
		tb.Fatalf("%s=%q: %v", name, q.Get(name), err)
	}
	return n
}

func TestArticles_facets(t *testing.T) {
	t.Parallel()
	fx := mustFixture(t)
	h := fx.lib.server().Handler()
	for _, tc := range []struct {
		name, query string
		lang, site  map[string]int
	}{
		{"everything", "", map[string]int{"fr": 2, "en": 2, "it": 1},
			map[string]int{"Ouest-France": 1, "Le Progrès": 1, "BBC": 1, "ANSA": 1, "The Guardian": 1}},
		{"filtered", "lang=fr", map[string]int{"fr": 2}, map[string]int{"Ouest-France": 1, "Le Progrès": 1}},
		{"across pages", "size=1&page=2", map[string]int{"fr": 2, "en": 2, "it": 1},
			map[string]int{"Ouest-France": 1, "Le Progrès": 1, "BBC": 1, "ANSA": 1, "The Guardian": 1}},
		{"nothing found", "q=grenoble", map[string]int{}, map[string]int{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			list := mustDecode[articleList](t, serve(t, h, "/api/articles?"+tc.query))
			for name, want := range map[string]map[string]int{"lang": tc.lang, "site": tc.site} {
				got := map[string]int{}
				for _, c := range list.Facets[name] {
					got[c.Value] = c.Count
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("facet %s = %v, want %v", name, got, want)
				}
			}
		})
	}
}

// invalidCases are malformed queries of GET /api/articles and what their
// error message must match: the parameter it is about.
var invalidCases = []struct {
	name, query, mention string
}{
	{"lang with punctuation", "lang=f!", `^lang "f!"`},
	{"lang too short", "lang=f", `^lang `},
	{"lang too long", "lang=fran", `^lang `},
	{"lang invalid UTF-8", "lang=%FF%FE", `^lang `},
	{"from not a date", "from=yesterday", `^from "yesterday"`},
	{"from impossible day", "from=2025-02-30", `^from `},
	{"from with unescaped +", "from=2025-03-14T18:00:00+01:00", `^from `},
	{"to not a date", "to=2025-13", `^to `},
	{"to before from", "from=2025-03-12&to=2025-03-11", `\bto\b.*\bfrom\b`},
	{"to month before from day", "from=2025-03-01&to=2025-02", `\bto\b.*\bfrom\b`},
	{"page zero", "page=0", `^page `},
	{"page negative", "page=-1", `^page `},
	{"page not a number", "page=abc", `^page `},
	{"page too large", "page=10001", `^page `},
	{"page past the results limit", "page=1002&size=100", `\bpage\b`},
	{"size zero", "size=0", `^size `},
	{"size too large", "size=1000", `^size `},
	{"size not a number", "size=2.5", `^size `},
	{"q over 500 bytes", "q=" + strings.Repeat("a", 501), `^q `},
	{"q invalid UTF-8", "q=s%E9ez", `^q .*UTF-8`},
	{"q unbalanced quote", "q=%22conseil+municipal", `\bquery\b.*quote`},
	{"q star alone", "q=*", `\bquery\b`},
	{"q prefix too short", "q=a*", `\bprefix\b`},
	{"q only exclusions", "q=-seez", `\bquery\b`},
	{"q no word", "q=%21%3F", `\bquery\b`},
	{"site over 200 bytes", "site=" + strings.Repeat("s", 201), `^site `},
	{"site invalid UTF-8", "site=%C3", `^site `},
}

func TestArticles_invalid(t *testing.T) {
	t.Parallel()
	h := mustFixture(t).lib.server().Handler()
	for _, tc := range invalidCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := serve(t, h, "/api/articles?"+tc.query)
			if res.status != http.StatusBadRequest {
				t.Errorf("status = %d, want 400: %s", res.status, res.body)
			}
			if msg := errorMessage(t, res); !regexp.MustCompile(tc.mention).MatchString(msg) {
				t.Errorf("message %q does not match %q", msg, tc.mention)
			}
		})
	}
}

func TestArticle(t *testing.T) {
	t.Parallel()
	fx := mustFixture(t)
	h := fx.lib.server().Handler()
	for _, tc := range []struct {
		name, id string
		status   int
		want     map[string]any // fields to check
	}{
		{"day precision", fmt.Sprint(fx.ids["seez"]), http.StatusOK, map[string]any{
			"id": float64(fx.ids["seez"]), "url": "https://www.ouest-france.fr/seez-cyberattaque",
			"title": "Cyberattaque à Séez : la mairie paralysée", "published": "2025-03-12",
			"lang": "fr", "site": "Ouest-France", "source": "ouest-france-orne",
			"text":    "La commune de Séez a été victime d’un rançongiciel. Les services municipaux sont paralysés depuis lundi.",
			"excerpt": "La commune de Séez a été victime d’un rançongiciel.",
			"authors": []any{}, "incidents": []any{}, "relevant": false}},
		{"minute precision keeps its offset", fmt.Sprint(fx.ids["lyon"]), http.StatusOK, map[string]any{
			"published": "2025-03-14T18:30:00+01:00", "site": "Le Progrès"}},
		{"missing", "999", http.StatusNotFound, map[string]any{"error": "article 999 not found"}},
		{"not a number", "abc", http.StatusBadRequest, map[string]any{"error": `article id "abc" is not a positive integer`}},
		{"negative", "-1", http.StatusBadRequest, map[string]any{"error": `article id "-1" is not a positive integer`}},
		{"zero", "0", http.StatusBadRequest, map[string]any{"error": `article id "0" is not a positive integer`}},
		{"too large", "9223372036854775808", http.StatusBadRequest, map[string]any{
			"error": `article id "9223372036854775808" is not a positive integer`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := serve(t, h, "/api/articles/"+tc.id)
			if res.status != tc.status {
				t.Errorf("status = %d, want %d: %s", res.status, tc.status, res.body)
			}
			got := mustDecode[map[string]any](t, res)
			for k, want := range tc.want {
				if !reflect.DeepEqual(got[k], want) {
					t.Errorf("%s = %#v, want %#v", k, got[k], want)
				}
			}
		})
	}
}

func TestSources(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		lib  func(tb testing.TB) *library
		want []any
	}{
		{"ordered by name", func(tb testing.TB) *library { return mustFixture(tb).lib }, []any{
			map[string]any{"name": "bbc-tech", "last_fetch": "2025-03-15T08:00:00Z", "last_success": "2025-03-15T08:00:00Z",
				"last_status": float64(200), "consecutive_failures": float64(0), "items": float64(12)},
			map[string]any{"name": "le-progres", "last_fetch": "2025-03-15T08:00:00Z", "last_success": nil,
				"last_status": float64(503), "last_error": "HTTP 503", "consecutive_failures": float64(2), "items": float64(0)},
		}},
		{"none", mustLibrary, []any{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := serve(t, tc.lib(t).server().Handler(), "/api/sources")
			if res.status != http.StatusOK {
				t.Fatalf("status = %d, want 200: %s", res.status, res.body)
			}
			want := map[string]any{"sources": tc.want}
			if got := mustDecode[map[string]any](t, res); !reflect.DeepEqual(got, want) {
				t.Errorf("body = %#v\nwant %#v", got, want)
			}
		})
	}
}

func TestArticles_emptyLibrary(t *testing.T) {
	t.Parallel()
	res := serve(t, mustLibrary(t).server().Handler(), "/api/articles")
	want := map[string]any{"total": float64(0), "page": float64(1), "size": float64(20), "articles": []any{},
		"next": nil, "prev": nil, "fuzzy": false, "facets": map[string]any{"lang": []any{}, "site": []any{}}}
	if got := mustDecode[map[string]any](t, res); res.status != http.StatusOK || !reflect.DeepEqual(got, want) {
		t.Errorf("status %d, body %s, want 200 %v", res.status, res.body, want)
	}
}
