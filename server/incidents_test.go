package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vigie-news/vigie"
)

// chamberyNear is near= at Chambéry, 14 km from Aix-les-Bains, 39 km from
// Albertville, 66 km from Bourg-Saint-Maurice.
const chamberyNear = "near=45.5646,5.9178"

// incidentListCases are valid queries of GET /api/incidents and the ids of
// the incidents they find (see testIncidents), in order.
var incidentListCases = []struct {
	name, query string
	want        []string
	total       int // 0: len(want)
}{
	{"in scope by default, latest first", "", []string{idAix, idAjaccio, idAlbertville, idBourg, idSaintDenis}, 0},
	{"in scope", "in_scope=true", []string{idAix, idAjaccio, idAlbertville, idBourg, idSaintDenis}, 0},
	{"out of scope", "in_scope=false", []string{idLeeds, idParis}, 0},
	{"all", "in_scope=all", []string{idLeeds, idAix, idParis, idAjaccio, idAlbertville, idBourg, idSaintDenis}, 0},
	{"q group", "q=lockbit", []string{idBourg}, 0},
	{"q evidence without accents", "q=rancongiciel", []string{idBourg}, 0},
	{"q also affected phrase", "q=%22office+de+tourisme%22", []string{idBourg}, 0},
	{"q out of scope by default", "q=acme", nil, 0},
	{"q out of scope asked for", "q=acme&in_scope=all", []string{idLeeds}, 0},
	{"country", "country=GB&in_scope=all", []string{idLeeds}, 0},
	{"country in lower case", "country=fr", []string{idAix, idAjaccio, idAlbertville, idBourg, idSaintDenis}, 0},
	{"region", "region=Auvergne-Rh%C3%B4ne-Alpes", []string{idAix, idAlbertville, idBourg}, 0},
	{"region folded", "region=auvergne+rhone+alpes", []string{idAix, idAlbertville, idBourg}, 0},
	{"region out of scope", "region=%C3%8Ele-de-France&in_scope=false", []string{idParis}, 0},
	{"department", "department=73", []string{idAix, idAlbertville, idBourg}, 0},
	{"department of Corsica in lower case", "department=2a", []string{idAjaccio}, 0},
	{"department overseas", "department=974", []string{idSaintDenis}, 0},
	{"attack", "attack=ransomware", []string{idBourg}, 0},
	{"attack, all", "attack=ransomware&in_scope=all", []string{idParis, idBourg}, 0},
	{"kind out of scope by default", "kind=hospital", nil, 0},
	{"kind", "kind=local-public-body", []string{idAix}, 0},
	{"from and to days", "from=2022-01-01&to=2022-12-31", []string{idAjaccio, idAlbertville}, 0},
	{"to the day of a start", "to=2021-04-12", []string{idBourg}, 0},
	{"from the day after a start", "from=2021-04-13&to=2021-12", nil, 0},
	{"from and to a month", "from=2022-01&to=2022-01", []string{idAlbertville}, 0},
	{"from RFC 3339", "from=2023-01-01T00:00:00Z", []string{idAix}, 0},
	{"near Chambéry, 50 km by default", chamberyNear, []string{idAix, idAlbertville}, 0},
	{"near Chambéry, 100 km", chamberyNear + "&km=100", []string{idAix, idAlbertville, idBourg}, 0},
	{"near Chambéry, 20 km", chamberyNear + "&km=20", []string{idAix}, 0},
	{"near Chambéry leaves Paris out", chamberyNear + "&km=50&in_scope=all", []string{idAix, idAlbertville}, 0},
	{"near Paris", "near=48.8566,2.3522&km=10&in_scope=all", []string{idParis}, 0},
	{"near Paris, in scope", "near=48.8566,2.3522&km=10", nil, 0},
	{"near, spaces and a fraction of a km", "near=45.6885,+5.9153&km=0.5", []string{idAix}, 0},
	{"near, the whole Earth", chamberyNear + "&km=20000&in_scope=all", []string{idLeeds, idAix, idParis, idAjaccio, idAlbertville, idBourg}, 0},
	{"every filter", "q=ccas&country=FR&region=Auvergne-Rh%C3%B4ne-Alpes&department=73&attack=data-breach&kind=local-public-body" +
		"&from=2023-06&to=2023-06-30&" + chamberyNear + "&km=15&in_scope=true", []string{idAix}, 0},
	{"size", "size=2", []string{idAix, idAjaccio}, 5},
	{"page 2", "page=2&size=2", []string{idAlbertville, idBourg}, 5},
	{"last page", "page=3&size=2", []string{idSaintDenis}, 5},
	{"past the last page", "page=4&size=2", nil, 5},
}

func TestIncidents_list(t *testing.T) {
	t.Parallel()
	h := mustIncidentLibrary(t).server().Handler()
	for _, tc := range incidentListCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := serve(t, h, "/api/incidents?"+tc.query)
			if res.status != http.StatusOK {
				t.Fatalf("status = %d, want 200: %s", res.status, res.body)
			}
			list := mustDecode[incidentList](t, res)
			if got := list.ids(); !slices.Equal(got, append([]string{}, tc.want...)) {
				t.Errorf("incidents = %v, want %v", got, tc.want)
			}
			wantTotal, wantPage, wantSize := max(tc.total, len(tc.want)), queryInt(t, tc.query, "page", 1), queryInt(t, tc.query, "size", 20)
			if list.Total != wantTotal || list.Page != wantPage || list.Size != wantSize {
				t.Errorf("total, page, size = %d, %d, %d, want %d, %d, %d", list.Total, list.Page, list.Size, wantTotal, wantPage, wantSize)
			}
			if list.Incidents == nil || len(list.Facets) != 6 {
				t.Errorf("incidents or facets missing: %s", res.body)
			}
			for _, in := range list.Incidents {
				if _, ok := in["evidence"]; ok {
					t.Errorf("incident %v of a list has its evidence", in["id"])
				}
			}
		})
	}
}

func TestIncidents_facets(t *testing.T) {
	t.Parallel()
	h := mustIncidentLibrary(t).server().Handler()
	for _, tc := range []struct {
		name, query string
		want        map[string][]vigie.FacetCount
	}{
		{"all, across pages", "in_scope=all&size=1", map[string][]vigie.FacetCount{
			"country":    {{Value: "FR", Count: 6}, {Value: "GB", Count: 1}},
			"region":     {{Value: "Auvergne-Rhône-Alpes", Count: 3}, {Value: "Corse", Count: 1}, {Value: "England", Count: 1}, {Value: "La Réunion", Count: 1}, {Value: "Île-de-France", Count: 1}},
			"department": {{Value: "73", Count: 3}, {Value: "2A", Count: 1}, {Value: "75", Count: 1}, {Value: "974", Count: 1}},
			"attack":     {{Value: "ransomware", Count: 2}, {Value: "data-breach", Count: 1}, {Value: "ddos", Count: 1}, {Value: "intrusion", Count: 1}, {Value: "phishing", Count: 1}, {Value: "unknown", Count: 1}},
			"kind":       {{Value: "commune", Count: 4}, {Value: "company", Count: 1}, {Value: "hospital", Count: 1}, {Value: "local-public-body", Count: 1}},
			"year":       {{Value: "2022", Count: 2}, {Value: "2023", Count: 2}, {Value: "2021", Count: 1}, {Value: "2024", Count: 1}},
		}},
		{"near Chambéry", chamberyNear, map[string][]vigie.FacetCount{
			"country":    {{Value: "FR", Count: 2}},
			"region":     {{Value: "Auvergne-Rhône-Alpes", Count: 2}},
			"department": {{Value: "73", Count: 2}},
			"attack":     {{Value: "data-breach", Count: 1}, {Value: "ddos", Count: 1}},
			"kind":       {{Value: "commune", Count: 1}, {Value: "local-public-body", Count: 1}},
			"year":       {{Value: "2022", Count: 1}, {Value: "2023", Count: 1}},
		}},
		{"nothing found", "q=grenoble", map[string][]vigie.FacetCount{
			"country": {}, "region": {}, "department": {}, "attack": {}, "kind": {}, "year": {},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := serve(t, h, "/api/incidents?"+tc.query)
			if got := mustDecode[incidentList](t, res).Facets; !reflect.DeepEqual(got, tc.want) {
				t.Errorf("facets = %v\nwant %v", got, tc.want)
			}
		})
	}
}

// incidentInvalidCases are malformed queries of GET /api/incidents and
// what their error message must match: the parameter it is about.
var incidentInvalidCases = []struct {
	name, query, mention string
}{
	{"country of three letters", "country=FRA", `^country "FRA"`},
	{"country of one letter", "country=F", `^country `},
	{"country with digits", "country=F1", `^country `},
	{"region over 200 bytes", "region=" + strings.Repeat("r", 201), `^region `},
	{"region invalid UTF-8", "region=%C3", `^region `},
	{"department of one digit", "department=7", `^department "7"`},
	{"department of four digits", "department=9740", `^department `},
	{"department 2C", "department=2C", `^department `},
	{"department name", "department=Savoie", `^department `},
	{"attack unknown", "attack=virus", `^attack "virus" is not one of ransomware, ddos`},
	{"attack in capitals", "attack=DDoS", `^attack `},
	{"kind unknown", "kind=city", `^kind "city" is not one of commune, intercommunalite`},
	{"near without lon", "near=45.5", `^near "45.5"`},
	{"near with three numbers", "near=45.5,5.9,1", `^near `},
	{"near not numbers", "near=chambery", `^near `},
	{"near latitude past the pole", "near=90.1,5", `^near `},
	{"near longitude out of range", "near=45,180.5", `^near `},
	{"near NaN", "near=NaN,5", `^near `},
	{"near infinite", "near=45,Inf", `^near `},
	{"km without near", "km=50", `^km needs near`},
	{"km zero", chamberyNear + "&km=0", `^km `},
	{"km negative", chamberyNear + "&km=-5", `^km `},
	{"km too large", chamberyNear + "&km=20001", `^km `},
	{"km not a number", chamberyNear + "&km=far", `^km `},
	{"km NaN", chamberyNear + "&km=NaN", `^km `},
	{"in_scope unknown", "in_scope=yes", `^in_scope "yes"`},
	{"in_scope in capitals", "in_scope=TRUE", `^in_scope `},
	{"from not a date", "from=yesterday", `^from "yesterday"`},
	{"to impossible day", "to=2025-02-30", `^to `},
	{"to before from", "from=2023-03-12&to=2023-03-11", `\bto\b.*\bfrom\b`},
	{"page zero", "page=0", `^page `},
	{"page past the results limit", "page=1002&size=100", `\bpage\b`},
	{"size too large", "size=1000", `^size `},
	{"q over 500 bytes", "q=" + strings.Repeat("a", 501), `^q `},
	{"q invalid UTF-8", "q=s%E9ez", `^q .*UTF-8`},
	{"q unbalanced quote", "q=%22office+de", `\bquery\b.*quote`},
	{"q only exclusions", "q=-lockbit", `\bquery\b`},
}

func TestIncidents_invalid(t *testing.T) {
	t.Parallel()
	h := mustIncidentLibrary(t).server().Handler()
	for _, tc := range incidentInvalidCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := serve(t, h, "/api/incidents?"+tc.query)
			if res.status != http.StatusBadRequest {
				t.Errorf("status = %d, want 400: %s", res.status, res.body)
			}
			if msg := errorMessage(t, res); !regexp.MustCompile(tc.mention).MatchString(msg) {
				t.Errorf("message %q does not match %q", msg, tc.mention)
			}
		})
	}
}

func TestIncident(t *testing.T) {
	t.Parallel()
	h := mustIncidentLibrary(t).server().Handler()
	for _, tc := range []struct {
		name, id string
		status   int
		want     map[string]any // fields to check
	}{
		{"known", idBourg, http.StatusOK, map[string]any{
			"id": idBourg, "title": "Ransomware attack on Commune de Bourg-Saint-Maurice", "attack": "ransomware",
			"group": "LockBit", "start": "2021-04-12", "discovered": nil, "in_scope": true, "ransom": "refused",
			"impacts": []any{"servers", "email"}, "responses": []any{"complaint-filed"}, "mentions": []any{},
			"victim": map[string]any{"name": "la mairie de Bourg-Saint-Maurice", "official": "Commune de Bourg-Saint-Maurice",
				"kind": "commune", "place": map[string]any{"name": "Bourg-Saint-Maurice", "insee": "73054", "department": "73",
					"department_name": "Savoie", "region": "Auvergne-Rhône-Alpes", "country": "FR", "lat": 45.6186, "lon": 6.7697}},
			"evidence": []any{map[string]any{"field": "victim", "value": "Commune de Bourg-Saint-Maurice",
				"sentence": "La commune de Bourg-Saint-Maurice a été victime d’un rançongiciel.", "article_id": float64(1)}},
		}},
		{"out of scope, month start", idAlbertville, http.StatusOK, map[string]any{"start": "2022-01", "also_affected": []any{}}},
		{"out of scope", idParis, http.StatusOK, map[string]any{"in_scope": false}},
		{"unknown", "2020-01-nowhere", http.StatusNotFound, map[string]any{"error": `incident "2020-01-nowhere" not found`}},
		{"capitals", "2021-04-Bourg", http.StatusBadRequest, nil},
		{"underscore", "a_b", http.StatusBadRequest, nil},
		{"space", "a%20b", http.StatusBadRequest, nil},
		{"accents", "%C3%A9t%C3%A9", http.StatusBadRequest, nil},
		{"invalid UTF-8", "%FF", http.StatusBadRequest, nil},
		{"201 characters", strings.Repeat("a", 201), http.StatusBadRequest, nil},
		{"200 characters", strings.Repeat("a", 200), http.StatusNotFound, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := serve(t, h, "/api/incidents/"+tc.id)
			if res.status != tc.status {
				t.Errorf("status = %d, want %d: %s", res.status, tc.status, res.body)
			}
			if tc.status == http.StatusBadRequest {
				if msg := errorMessage(t, res); !strings.HasPrefix(msg, "incident id ") {
					t.Errorf("message %q does not name the incident id", msg)
				}
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

// TestIncident_keysMirrorTheDomain checks that the API shows an incident
// under the keys of vigie.Incident's JSON tags, the list without evidence.
func TestIncident_keysMirrorTheDomain(t *testing.T) {
	t.Parallel()
	lib := mustIncidentLibrary(t)
	h := lib.server().Handler()
	in, err := lib.db.Incident(context.Background(), idBourg)
	if err != nil {
		t.Fatal(err)
	}
	in.Discovered, in.RansomAmount = in.Start, "10 000 €" // no key left out as empty
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	domain := slices.Sorted(maps.Keys(mustDecode[map[string]any](t, response{body: b})))

	detail := mustDecode[map[string]any](t, serve(t, h, "/api/incidents/"+idBourg))
	if got := slices.Sorted(maps.Keys(detail)); !slices.Equal(got, slices.DeleteFunc(slices.Clone(domain), func(k string) bool {
		return k == "ransom_amount" // empty in the fixture
	})) {
		t.Errorf("detail keys = %v, want %v less ransom_amount", got, domain)
	}
	list := mustDecode[incidentList](t, serve(t, h, "/api/incidents?q=lockbit"))
	if len(list.Incidents) != 1 {
		t.Fatalf("list = %v, want one incident", list.ids())
	}
	want := slices.DeleteFunc(slices.Clone(domain), func(k string) bool { return k == "evidence" || k == "ransom_amount" })
	if got := slices.Sorted(maps.Keys(list.Incidents[0])); !slices.Equal(got, want) {
		t.Errorf("list keys = %v, want %v", got, want)
	}
}

func TestIncidents_notAvailable(t *testing.T) {
	t.Parallel()
	h := mustLibrary(t).server().Handler()
	for _, target := range []string{"/api/incidents", "/api/incidents?country=nope", "/api/incidents/" + idBourg, "/api/incidents/NOPE"} {
		t.Run(target, func(t *testing.T) {
			t.Parallel()
			res := serve(t, h, target)
			if msg := errorMessage(t, res); res.status != http.StatusNotFound || msg != "incidents are not available" {
				t.Errorf("got %d %q, want 404 %q", res.status, msg, "incidents are not available")
			}
		})
	}
}

// TestIncidents_internalError checks that a failing store gives a 500
// whose message tells nothing of the failure, which is logged instead.
func TestIncidents_internalError(t *testing.T) {
	t.Parallel()
	lib := mustIncidentLibrary(t)
	var log logBuffer
	s := lib.server()
	s.Logger = slog.New(slog.NewTextHandler(&log, nil))
	if err := lib.db.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	for _, target := range []string{"/api/incidents", "/api/incidents/" + idBourg} {
		t.Run(target, func(t *testing.T) {
			res := serve(t, s.Handler(), target)
			if msg := errorMessage(t, res); res.status != http.StatusInternalServerError || msg != "Internal error." {
				t.Errorf("got %d %q, want 500 %q", res.status, msg, "Internal error.")
			}
			if !strings.Contains(log.String(), "path="+target+" err=") {
				t.Errorf("failure of %s not logged; log:\n%s", target, log.String())
			}
		})
	}
}

// panickyIncidents is a failing incident service: every method panics.
type panickyIncidents struct{}

func (panickyIncidents) FindIncidents(context.Context, vigie.IncidentFilter) (vigie.IncidentList, error) {
	panic("boom in FindIncidents")
}

func (panickyIncidents) FindIncident(context.Context, string) (*vigie.Incident, error) {
	panic("boom in FindIncident")
}

func TestIncidents_panic(t *testing.T) {
	t.Parallel()
	var log logBuffer
	s := &Server{Incidents: panickyIncidents{}, Logger: slog.New(slog.NewTextHandler(&log, nil))}
	for _, tc := range []struct{ target, panic string }{
		{"/api/incidents", "boom in FindIncidents"},
		{"/api/incidents/" + idBourg, "boom in FindIncident"},
	} {
		t.Run(tc.target, func(t *testing.T) {
			res := serve(t, s.Handler(), tc.target)
			if msg := errorMessage(t, res); res.status != http.StatusInternalServerError || msg != "internal error" {
				t.Errorf("got %d %q, want 500 %q", res.status, msg, "internal error")
			}
			if !strings.Contains(log.String(), tc.panic) {
				t.Errorf("panic %q not logged; log:\n%s", tc.panic, log.String())
			}
		})
	}
}

func TestIncidents_methodNotAllowed(t *testing.T) {
	t.Parallel()
	h := mustIncidentLibrary(t).server().Handler()
	for _, tc := range []struct{ method, target string }{
		{http.MethodPost, "/api/incidents"},
		{http.MethodDelete, "/api/incidents/" + idBourg},
	} {
		t.Run(tc.method+" "+tc.target, func(t *testing.T) {
			t.Parallel()
			res := serveRequest(t, h, httptest.NewRequest(tc.method, tc.target, nil))
			if msg := errorMessage(t, res); res.status != http.StatusMethodNotAllowed || !strings.Contains(msg, "use GET") {
				t.Errorf("got %d %q, want 405", res.status, msg)
			}
		})
	}
}

// FuzzIncidentFilter checks that no query string makes GET /api/incidents
// fail with anything but a 400 with a message.
func FuzzIncidentFilter(f *testing.F) {
	for _, tc := range incidentListCases {
		f.Add(tc.query)
	}
	for _, tc := range incidentInvalidCases {
		f.Add(tc.query)
	}
	for _, q := range []string{"near=-90,-180&km=20000", "near=90,180&km=0.000001", "near=0,0", "near=1e1,1e1", "near=0x1p-2,0",
		"near=%2C", "near=,", "km=1e-300&near=0,0", "region=%21", "region=l%27", "department=2b", "country=%C3%A9%C3%A9",
		"q=%22%22", "in_scope=all&from=0000-01-01&to=9999-12", "q=%00&near=45,5"} {
		f.Add(q)
	}
	h := mustIncidentLibrary(f).server().Handler()
	f.Fuzz(func(t *testing.T, rawQuery string) {
		r := httptest.NewRequest(http.MethodGet, "/api/incidents", nil)
		r.URL.RawQuery = rawQuery
		res := serveRequest(t, h, r)
		switch res.status {
		case http.StatusOK:
			mustDecode[incidentList](t, res)
		case http.StatusBadRequest:
			errorMessage(t, res)
		default:
			t.Errorf("GET /api/incidents?%s: %d %s, want 200 or 400", rawQuery, res.status, res.body)
		}
	})
}
