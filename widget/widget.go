package widget

import (
	"cmp"
	"embed"
	"fmt"
	"html"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/microcosm-cc/bluemonday"

	"github.com/vigie-news/vigie"
)

//go:embed templates static
var files embed.FS

var page = template.Must(template.ParseFS(files, "templates/incidents.html.tmpl"))

// Options are what the embed's query asks for.
type Options struct {
	Lang  string // fr or en
	Theme string // light, dark or auto
	Frame string // id the host's script gave the iframe, echoed in postMessage
	Limit int
}

// Limits of limit=.
const (
	DefaultLimit = 5
	MaxLimit     = 20
)

var frameID = regexp.MustCompile(`^[A-Za-z0-9_-]{0,64}$`)

// ParseOptions reads lang, theme and frame; limit is read with the search.
func ParseOptions(q url.Values) (Options, error) {
	o := Options{Lang: cmp.Or(q.Get("lang"), "fr"), Theme: cmp.Or(q.Get("theme"), "light"), Frame: q.Get("frame")}
	switch {
	case o.Lang != "fr" && o.Lang != "en":
		return o, vigie.Errorf(vigie.EINVALID, "lang %q: fr or en", o.Lang)
	case o.Theme != "light" && o.Theme != "dark" && o.Theme != "auto":
		return o, vigie.Errorf(vigie.EINVALID, "theme %q: light, dark or auto", o.Theme)
	case !frameID.MatchString(o.Frame):
		return o, vigie.Errorf(vigie.EINVALID, "frame must be at most 64 letters, digits, - or _")
	}
	return o, nil
}

// item is one incident as the embed shows it.
type item struct {
	Title, URL, Victim, Place, Attack, Date string
	Sources                                 []source
}

type source struct{ URL, Site string }

// view is what the page template sees.
type view struct {
	Lang, Theme, Frame, Title, Empty, More, MoreURL string
	Items                                           []item
	Discovery                                       template.HTML
}

// Page describes one embed page.
type Page struct {
	Options
	BaseURL   string
	Title     string // "" means the default of the language
	MoreURL   string // the search on Vigie
	Discovery template.HTML
}

// Render writes the embed page of incs.
func Render(w io.Writer, p Page, incs []*vigie.Incident) error {
	v := view{Lang: p.Lang, Theme: p.Theme, Frame: p.Frame, Title: cmp.Or(p.Title, words[p.Lang]["title"]),
		Empty: words[p.Lang]["empty"], More: words[p.Lang]["more"], MoreURL: p.MoreURL, Discovery: p.Discovery}
	for _, in := range incs {
		v.Items = append(v.Items, toItem(in, p.BaseURL, p.Lang))
	}
	if err := page.Execute(w, v); err != nil {
		return fmt.Errorf("widget: %w", err)
	}
	return nil
}

func toItem(in *vigie.Incident, base, lang string) item {
	it := item{Title: plain(in.Title), URL: base + "/incidents/" + url.PathEscape(in.ID),
		Victim: plain(cmp.Or(in.Victim.Official, in.Victim.Name)), Place: plain(in.Victim.Place.Name),
		Attack: cmp.Or(attacks[lang][in.Attack], string(in.Attack)), Date: in.Start.String()}
	for _, s := range in.Sources {
		if u, err := url.Parse(s.URL); err == nil && (u.Scheme == "https" || u.Scheme == "http") && len(it.Sources) < 3 {
			it.Sources = append(it.Sources, source{s.URL, plain(cmp.Or(s.Site, u.Host))})
		}
	}
	return it
}

var strict = bluemonday.StrictPolicy()

// plain returns s as text, whatever markup it held. Text without < or &
// holds none, and skips the sanitiser.
func plain(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = html.UnescapeString(strict.Sanitize(s))
	}
	return strings.Join(strings.Fields(s), " ")
}

var words = map[string]map[string]string{
	"fr": {"title": "Cyberattaques contre des collectivités", "empty": "Aucun incident.", "more": "Tous les incidents sur Vigie"},
	"en": {"title": "Cyber attacks on local authorities", "empty": "No incident.", "more": "Every incident on Vigie"},
}

var attacks = map[string]map[vigie.AttackType]string{
	"en": {vigie.AttackRansomware: "ransomware", vigie.AttackDDoS: "denial of service", vigie.AttackDataBreach: "data breach",
		vigie.AttackDefacement: "defacement", vigie.AttackPhishing: "phishing", vigie.AttackIntrusion: "intrusion", vigie.AttackUnknown: "cyber attack"},
	"fr": {vigie.AttackRansomware: "rançongiciel", vigie.AttackDDoS: "déni de service", vigie.AttackDataBreach: "fuite de données",
		vigie.AttackDefacement: "défiguration", vigie.AttackPhishing: "hameçonnage", vigie.AttackIntrusion: "intrusion", vigie.AttackUnknown: "cyberattaque"},
}

// frameSource matches what frame-ancestors may list: *, 'self', 'none',
// or a scheme and host, the host possibly starting with *. and followed
// by a port.
var frameSource = regexp.MustCompile(`^(\*|'self'|'none'|https?://(\*\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?)$`)

// FrameAncestors checks a configured allowlist and returns it as the value
// of a frame-ancestors directive; empty means "*".
func FrameAncestors(list []string) (string, error) {
	if len(list) == 0 {
		return "*", nil
	}
	for _, s := range list {
		if !frameSource.MatchString(s) {
			return "", vigie.Errorf(vigie.EINVALID, "site.frame_ancestors: %q is not *, 'self', 'none' or an origin like https://news.example", s)
		}
	}
	return strings.Join(list, " "), nil
}

// SetHeaders sets the headers of an embed page: a CSP that allows
// nothing but Vigie's own style and script and lets ancestors frame it,
// and no referrer.
func SetHeaders(h http.Header, ancestors string) {
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors "+ancestors)
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "public, max-age=300")
}

// ServeStatic serves widget.js, frame.js and widget.css.
func ServeStatic(w http.ResponseWriter, r *http.Request, name string) bool {
	b, err := files.ReadFile("static/" + name)
	if err != nil || strings.Contains(name, "/") {
		return false
	}
	ct := "text/javascript; charset=utf-8"
	if strings.HasSuffix(name, ".css") {
		ct = "text/css; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(b)
	return true
}
