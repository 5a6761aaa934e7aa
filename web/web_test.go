package web

import (
	"context"
	"encoding/xml"
	"flag"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/curation"
	"github.com/vigie-news/vigie/store"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata")

// TestIncidentPagesGolden renders two incident pages, in English and in
// French, against golden HTML (go test ./web -update rewrites them).
func TestIncidentPagesGolden(t *testing.T) {
	t.Parallel()
	h, _ := mustPages(t)
	for _, tc := range []struct{ id, lang string }{{"2021-04-bourg-saint-maurice", "en"}, {"2021-04-gravelines", "fr"}} {
		rec := get(t, h, "/incidents/"+tc.id, "Accept-Language", tc.lang)
		if rec.Code != 200 {
			t.Fatalf("%s: %d %s", tc.id, rec.Code, rec.Body)
		}
		path := filepath.Join("testdata", tc.id+"."+tc.lang+".golden.html")
		if *update {
			os.MkdirAll("testdata", 0o755)
			os.WriteFile(path, rec.Body.Bytes(), 0o644)
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if rec.Body.String() != string(want) {
			t.Errorf("%s differs from %s (go test ./web -update rewrites it):\n%s", tc.id, path, rec.Body)
		}
	}
}

// TestIncidentPage: every field with its evidence sentence and a link to
// its article, the timeline earliest first, the citation.
func TestIncidentPage(t *testing.T) {
	t.Parallel()
	h, _ := mustPages(t)
	body := get(t, h, "/incidents/2021-04-bourg-saint-maurice").Body.String()
	for _, want := range []string{
		`<th scope="row">Group</th>`, "LockBit", "“The LockBit group claimed the attack.”",
		`<a href="/articles/2#text" class="evidence-link">`, "73054", "complaint filed", "Office de tourisme de Bourg-Saint-Maurice",
		"@misc{vigie-2021-04-bourg-saint-maurice,", `&#34;type&#34;: &#34;dataset&#34;`, "http://example.com/incidents/2021-04-bourg-saint-maurice",
		"Retrieved 2025-03-15",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("incident page lacks %q", want)
		}
	}
	first, second := strings.Index(body, "la mairie paralysée par un rançongiciel</a> <span class=\"role\">"), strings.Index(body, "Alpine town hall hit by ransomware</a>")
	if first < 0 || second < 0 || first > second {
		t.Errorf("timeline not earliest first (%d, %d)", first, second)
	}
	if rec := get(t, h, "/incidents/nope"); rec.Code != 404 || !strings.Contains(rec.Body.String(), `role="alert"`) {
		t.Errorf("missing incident: %d", rec.Code)
	}
}

// TestIncidentSearchPage: facets with counts whose links filter, the
// whole state in the URL, paging, downloads, near a commune, and errors
// shown in the page.
func TestIncidentSearchPage(t *testing.T) {
	t.Parallel()
	h, _ := mustPages(t)
	body := get(t, h, "/incidents").Body.String()
	if !strings.Contains(body, "2 results") || strings.Contains(body, "Dax") {
		t.Errorf("default search: want the 2 incidents in scope")
	}
	link := regexp.MustCompile(`<a href="([^"]+)" rel="nofollow">59</a> <span class="count">1</span>`).FindStringSubmatch(body)
	if link == nil {
		t.Fatalf("no department facet link to 59 in %s", body)
	}
	filtered := get(t, h, html.UnescapeString(link[1])).Body.String()
	if !strings.Contains(filtered, "1 results") || !strings.Contains(filtered, "Gravelines") || strings.Contains(filtered, "Bourg-Saint-Maurice (Savoie)") {
		t.Errorf("facet link %s did not filter", link[1])
	}
	if !strings.Contains(filtered, `href="/api/incidents?department=59&amp;format=csv"`) && !strings.Contains(filtered, "format=geojson") {
		t.Errorf("no downloads of the same search")
	}
	paged := get(t, h, "/incidents?size=1").Body.String()
	if !strings.Contains(paged, `rel="next"`) || !strings.Contains(paged, "page=2") {
		t.Errorf("no next page link")
	}
	near := get(t, h, "/incidents?near=Chamb%C3%A9ry&km=100&sort=distance").Body.String()
	if !strings.Contains(near, `<span class="distance">66.`) || strings.Contains(near, "Gravelines (Nord)") {
		t.Errorf("near Chambéry: no distance or wrong incidents")
	}
	if !strings.Contains(near, `href="/api/incidents?format=csv&amp;km=100&amp;near=45.5646%2C5.9178&amp;sort=distance"`) {
		t.Errorf("the downloads of a search near a commune do not carry its point")
	}
	rec := get(t, h, "/incidents?attack=worm")
	if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "attack &#34;worm&#34; is not one of ransomware") {
		t.Errorf("bad attack: %d", rec.Code)
	}
	for typo, want := range map[string]string{"Gravelynes": "2021-04-gravelines", "ran%C3%A7ongicel": "2021-04-bourg-saint-maurice"} {
		fuzzy := get(t, h, "/incidents?q="+typo).Body.String()
		if !strings.Contains(fuzzy, "1 results") || !strings.Contains(fuzzy, `href="/incidents/`+want+`"`) {
			t.Errorf("q=%s does not find %s", typo, want)
		}
	}
	if !strings.Contains(get(t, h, "/incidents?q=Gravelynes").Body.String(), "these results forgive typos") {
		t.Error("a fuzzy result is not said to be one")
	}
	snip := get(t, h, "/incidents?q=rancongiciel").Body.String()
	if !strings.Contains(snip, "<mark>rançongiciel</mark>") {
		t.Errorf("no highlighted snippet")
	}
}

// TestLanguage: Accept-Language, then hl= (remembered in a cookie), and
// the switch link.
func TestLanguage(t *testing.T) {
	t.Parallel()
	h, _ := mustPages(t)
	fr := get(t, h, "/incidents", "Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8")
	if b := fr.Body.String(); !strings.Contains(b, `<html lang="fr">`) || !strings.Contains(b, "Rechercher des incidents") ||
		!strings.Contains(b, `href="/incidents?hl=en"`) {
		t.Errorf("French page expected")
	}
	en := get(t, h, "/incidents?hl=en", "Accept-Language", "fr")
	if !strings.Contains(en.Body.String(), `<html lang="en">`) || !strings.Contains(en.Header().Get("Set-Cookie"), "hl=en") {
		t.Errorf("hl=en: %v", en.Header())
	}
	cookie := get(t, h, "/articles", "Cookie", "hl=fr")
	if !strings.Contains(cookie.Body.String(), `<html lang="fr">`) {
		t.Errorf("the hl cookie is not followed")
	}
}

// TestArticlePages: search by the articles' language (lang=, not the
// page's), the article with its text, source link and incidents.
func TestArticlePages(t *testing.T) {
	t.Parallel()
	h, l := mustPages(t)
	list := get(t, h, "/articles?lang=en").Body.String()
	if !strings.Contains(list, "1 results") || !strings.Contains(list, "Alpine town hall") || !strings.Contains(list, `<html lang="en">`) {
		t.Errorf("lang=en filters articles")
	}
	arts := testArticles()
	_ = l
	body := get(t, h, "/articles/1").Body.String()
	for _, want := range []string{`<p>Les serveurs sont chiffrés. Une plainte a été déposée.</p>`, `href="` + arts[0].URL + `"`, `href="/incidents/2021-04-bourg-saint-maurice"`} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks %q", want)
		}
	}
	if rec := get(t, h, "/articles/x"); rec.Code != 400 {
		t.Errorf("bad id: %d", rec.Code)
	}
}

// TestSourcesAndOPML: each source's state, and the OPML parsed back.
func TestSourcesAndOPML(t *testing.T) {
	t.Parallel()
	h, _ := mustPages(t)
	body := get(t, h, "/sources").Body.String()
	for _, want := range []string{`<tr class="state-failing">`, "HTTP 503", "2025-03-15 08:30 UTC", `<a href="/articles?site=Alpes%20Matin">1</a>`} {
		if !strings.Contains(body, want) {
			t.Errorf("sources page lacks %q", want)
		}
	}
	rec := get(t, h, "/sources.opml")
	var doc OPML
	if err := xml.Unmarshal(rec.Body.Bytes(), &doc); err != nil || len(doc.Items) != 2 || doc.Items[0].XMLURL != "http://www.alpesmatin.test/rss.xml" ||
		doc.Items[0].Type != "rss" || doc.Items[1].Type != "link" {
		t.Errorf("OPML: %v %+v", err, doc)
	}
}

// TestMapAndChart: the map page loads the vendored Leaflet and the
// search's GeoJSON, and draws the chart server-side.
func TestMapAndChart(t *testing.T) {
	t.Parallel()
	h, _ := mustPages(t)
	body := get(t, h, "/map?in_scope=all").Body.String()
	if !strings.Contains(body, `src="/static/leaflet/leaflet.js"`) || !strings.Contains(body, `data-geojson="/api/incidents?format=geojson&amp;in_scope=all"`) {
		t.Errorf("map page does not load Leaflet and the GeoJSON")
	}
	if n := strings.Count(body, "<rect "); n < 3+7 { // 3 bars, 7 legend keys
		t.Errorf("chart has %d rects", n)
	}
	if !strings.Contains(body, "<title>2021-04 ransomware: 1</title>") {
		t.Errorf("chart lacks the April ransomware bar")
	}
	for _, asset := range []string{"/static/leaflet/leaflet.js", "/static/boundaries.geojson", "/static/leaflet/LICENSE", "/static/style.css", "/static/map.js"} {
		if rec := get(t, h, asset); rec.Code != 200 || rec.Body.Len() == 0 {
			t.Errorf("%s: %d", asset, rec.Code)
		}
	}
}

// TestETagOnPages: pages answer 304 to their ETag.
func TestETagOnPages(t *testing.T) {
	t.Parallel()
	h, _ := mustPages(t)
	tag := get(t, h, "/incidents/2021-04-gravelines").Header().Get("ETag")
	if rec := get(t, h, "/incidents/2021-04-gravelines", "If-None-Match", tag); tag == "" || rec.Code != http.StatusNotModified {
		t.Errorf("ETag %q, then %d", tag, rec.Code)
	}
}

// TestNotFound: a browser gets a page, an API client JSON.
func TestNotFound(t *testing.T) {
	t.Parallel()
	h, _ := mustPages(t)
	if rec := get(t, h, "/nowhere", "Accept", "text/html"); rec.Code != 404 || !strings.Contains(rec.Body.String(), "<h1>Error</h1>") {
		t.Errorf("browser: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	if rec := get(t, h, "/api/nowhere", "Accept", "text/html"); rec.Code != 404 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Errorf("API: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
}

// TestCorrectionForm: with an admin token the incident page offers a form
// whose answer is stored; a wrong token is refused, nothing stored.
func TestCorrectionForm(t *testing.T) {
	t.Parallel()
	var db *store.DB
	h, l := mustPages(t, func(p *Pages) {
		db = p.Incidents.(*library).db
		p.AdminToken = "s3cret"
		p.Curation = func(ctx context.Context, c vigie.Correction) (vigie.Correction, error) {
			if err := curation.Check(c); err != nil {
				return c, err
			}
			return c, db.AddCorrection(ctx, &c)
		}
	})
	page := get(t, h, "/incidents/2021-04-gravelines").Body.String()
	if !strings.Contains(page, `<form method="post" action="/incidents/2021-04-gravelines/correct">`) {
		t.Fatal("no correction form")
	}
	doc, _ := html.Parse(strings.NewReader(page))
	if problems := a11yProblems(doc, "en"); len(problems) > 0 {
		t.Errorf("form: %v", problems)
	}
	post := func(form url.Values) *httptest.ResponseRecorder {
		req := httptest.NewRequest("POST", "/incidents/2021-04-gravelines/correct", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	form := url.Values{"kind": {"field"}, "field": {"attack"}, "value": {"ransomware"}, "who": {"ana"}, "why": {"the mayor said so"}, "token": {"nope"}}
	if rec := post(form); rec.Code != http.StatusUnauthorized {
		t.Errorf("wrong token: %d", rec.Code)
	}
	form.Set("token", "s3cret")
	if rec := post(form); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/incidents/2021-04-gravelines#corrections-h" {
		t.Errorf("correction: %d %s", rec.Code, rec.Header().Get("Location"))
	}
	form.Set("value", "worm")
	if rec := post(form); rec.Code != http.StatusBadRequest {
		t.Errorf("bad value: %d", rec.Code)
	}
	cs, err := l.db.Corrections(context.Background())
	if err != nil || len(cs) != 1 || cs[0].Who != "ana" || cs[0].Value != "ransomware" || cs[0].IncidentID != "2021-04-gravelines" {
		t.Errorf("stored %+v, %v", cs, err)
	}
}
