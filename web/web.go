package web

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Pages renders the researchers' pages. Incidents, Articles and States
// are required; the rest is optional.
type Pages struct {
	Incidents vigie.IncidentService
	Articles  vigie.ArticleService
	States    vigie.SourceService
	// Sources are the configured sources, for the sources page and OPML.
	Sources []vigie.Source
	// ArticleCounts returns how many articles each source led to.
	ArticleCounts func(ctx context.Context) (map[string]int, error)
	// Geocode finds a commune by name for near=; nil accepts only lat,lon.
	Geocode func(name string) (vigie.Point, bool)
	// History returns an incident's corrections, shown on its page; nil
	// shows none.
	History func(ctx context.Context, id string) ([]vigie.Correction, error)
	// Curation records a correction (the same service as the API's); with
	// AdminToken "" the incident page offers no form.
	Curation   func(ctx context.Context, c vigie.Correction) (vigie.Correction, error)
	AdminToken string
	// TileURL is the tile layer of the map, "" for the bundled boundaries only.
	TileURL string
	// Now is the clock of the cite block; nil means time.Now.
	Now      func() time.Time
	Logger   *slog.Logger
	TimeZone *time.Location

	tmpl map[string]*template.Template
}

// pageNames are the templates of the pages, each rendered in layout.html.
var pageNames = []string{"home", "incidents", "incident", "articles", "article", "map", "sources", "dictionary", "error"}

// Init parses the templates; call it once before serving.
func (p *Pages) Init() error {
	p.tmpl = map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html", "templates/"+name+".html")
		if err != nil {
			return fmt.Errorf("web: parse %s: %w", name, err)
		}
		p.tmpl[name] = t
	}
	return nil
}

// page is what every template receives.
type page struct {
	Lang, Other string
	Title       string
	Path        string
	SwitchURL   string
	Data        any
	r           *http.Request
}

// T translates key into the page's language.
func (pg page) T(key string) string { return translate(pg.Lang, key) }

// L returns a facet or field value as shown in the page's language.
func (pg page) L(facet, v string) string { return valueLabel(pg.Lang, facet, v) }

// render writes the page name with data, status 200 unless told.
func (p *Pages) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	lang := pageLang(r)
	if l := r.URL.Query().Get("hl"); l == "en" || l == "fr" {
		http.SetCookie(w, &http.Cookie{Name: "hl", Value: l, Path: "/", MaxAge: 365 * 24 * 3600, SameSite: http.SameSiteLaxMode})
	}
	sw := withParam(r.URL, "hl", otherLang(lang))
	pg := page{Lang: lang, Other: otherLang(lang), Title: title, Path: r.URL.Path, SwitchURL: sw, Data: data, r: r}
	var buf bytes.Buffer
	if err := p.tmpl[name].Execute(&buf, pg); err != nil {
		p.logger().Error("render page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Language", lang)
	h.Add("Vary", "Accept-Language, Cookie")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// fail renders err as a page with the status its code maps to.
func (p *Pages) fail(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusInternalServerError
	switch vigie.ErrorCode(err) {
	case vigie.EINVALID:
		status = http.StatusBadRequest
	case vigie.ENOTFOUND:
		status = http.StatusNotFound
	default:
		p.logger().Error("page failed", "path", r.URL.Path, "err", err)
	}
	p.render(w, r, status, "error", translate(pageLang(r), "error"), vigie.ErrorMessage(err))
}

func (p *Pages) logger() *slog.Logger {
	if p.Logger == nil {
		return slog.Default()
	}
	return p.Logger
}

func (p *Pages) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Pages) location() *time.Location {
	if p.TimeZone != nil {
		return p.TimeZone
	}
	return time.UTC
}

// Static serves the embedded assets under /static/.
func (p *Pages) Static(w http.ResponseWriter, r *http.Request) {
	sub, _ := fs.Sub(staticFS, "static")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.StripPrefix("/static/", http.FileServerFS(sub)).ServeHTTP(w, r)
}

// withParam returns u's path and query with name set to v ("" removes it),
// page reset unless name is page.
func withParam(u *url.URL, name, v string) string {
	q := cloneQuery(u.Query())
	if v == "" {
		q.Del(name)
	} else {
		q.Set(name, v)
	}
	if name != "page" && name != "hl" {
		q.Del("page")
	}
	return pathQuery(u.Path, q)
}

func cloneQuery(q url.Values) url.Values {
	out := url.Values{}
	for k, vs := range q {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

func pathQuery(path string, q url.Values) string {
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}

// baseURL is the scheme and host the request came to.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https") {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// NotFound renders the page of a path no route serves, a 404.
func (p *Pages) NotFound(w http.ResponseWriter, r *http.Request) {
	p.fail(w, r, vigie.Errorf(vigie.ENOTFOUND, "%s: %s", translate(pageLang(r), "notfound"), r.URL.Path))
}
