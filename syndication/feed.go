package syndication

import (
	"bytes"
	"cmp"
	"html"
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/gorilla/feeds"
	"github.com/microcosm-cc/bluemonday"

	"github.com/vigie-news/vigie"
)

// Format is a feed format.
type Format string

// The formats written, by file extension.
const (
	Atom Format = "atom"
	RSS  Format = "rss"
	JSON Format = "json"
)

// Formats lists the formats, in the order discovery links show them.
var Formats = []Format{Atom, RSS, JSON}

// ContentType returns the media type of f.
func (f Format) ContentType() string {
	switch f {
	case Atom:
		return "application/atom+xml; charset=utf-8"
	case RSS:
		return "application/rss+xml; charset=utf-8"
	}
	return "application/feed+json; charset=utf-8"
}

// ParseFormat reads a file extension: atom, rss or json.
func ParseFormat(ext string) (Format, error) {
	for _, f := range Formats {
		if string(f) == ext {
			return f, nil
		}
	}
	return "", vigie.Errorf(vigie.EINVALID, "feed format %q: want atom, rss or json", ext)
}

// Meta says what a feed is: its title, where it is and where its search
// is shown.
type Meta struct {
	Title   string
	BaseURL string // of the links, e.g. https://vigie.example.org
	Path    string // of the feed, e.g. /feeds/incidents.atom
	Query   string // the search, as an encoded query string
	Page    string // path of the page showing the same search, e.g. /incidents
}

func (m Meta) url(path string) string {
	if m.Query == "" {
		return m.BaseURL + path
	}
	return m.BaseURL + path + "?" + m.Query
}

// epoch is the date of a feed with nothing in it.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// newFeed starts a feed of meta.
func newFeed(m Meta) *feeds.Feed {
	return &feeds.Feed{
		Title: m.Title, Link: &feeds.Link{Href: m.url(m.Page)}, Description: m.Title,
		Author: &feeds.Author{Name: "Vigie"}, Id: m.url(m.Path), Updated: epoch,
	}
}

// Incidents returns a feed of the incidents of list, updated when the
// latest of them was.
func Incidents(list vigie.IncidentList, m Meta) *feeds.Feed {
	f := newFeed(m)
	for _, in := range list.Incidents {
		link := m.BaseURL + "/incidents/" + url.PathEscape(in.ID)
		item := &feeds.Item{
			Id: "urn:vigie:incident:" + in.ID, IsPermaLink: "false", Title: plain(in.Title),
			Link: &feeds.Link{Href: link}, Description: plain(in.Summary), Content: incidentHTML(in, link),
			Created: in.FirstReported, Updated: cmp.Or(in.LastUpdated, in.FirstReported),
		}
		if len(in.Sources) > 0 && safeURL(in.Sources[0].URL) {
			item.Source = &feeds.Link{Href: in.Sources[0].URL}
		}
		if item.Updated.After(f.Updated) {
			f.Updated = item.Updated
		}
		f.Add(item)
	}
	return f
}

// Articles returns a feed of the articles of list, linking to the
// articles themselves.
func Articles(list vigie.ArticleList, m Meta) *feeds.Feed {
	f := newFeed(m)
	for _, a := range list.Articles {
		published := cmp.Or(a.Published.Time, a.FetchedAt)
		item := &feeds.Item{
			Id: "urn:vigie:article:" + itoa(a.ID), IsPermaLink: "false", Title: plain(a.Title),
			Description: plain(a.Excerpt), Content: articleHTML(a),
			Created: published, Updated: cmp.Or(a.UpdatedAt, published),
		}
		if safeURL(a.URL) {
			item.Link = &feeds.Link{Href: a.URL}
		}
		if a.Site != "" {
			item.Author = &feeds.Author{Name: plain(a.Site)}
		}
		if item.Updated.After(f.Updated) {
			f.Updated = item.Updated
		}
		f.Add(item)
	}
	return f
}

// Render writes f in format.
func Render(f *feeds.Feed, format Format, selfURL string) ([]byte, error) {
	var s string
	var err error
	switch format {
	case Atom:
		af := (&feeds.Atom{Feed: f}).AtomFeed()
		af.Id = f.Id
		s, err = feeds.ToXML(af)
	case RSS:
		s, err = feeds.ToXML((&feeds.Rss{Feed: f}).RssFeed())
	default:
		jf := (&feeds.JSON{Feed: f}).JSONFeed()
		jf.FeedUrl = selfURL
		s, err = jf.ToJSON()
	}
	return []byte(s), err
}

var (
	strict = bluemonday.StrictPolicy()
	ugc    = bluemonday.UGCPolicy().RequireNoReferrerOnLinks(true).AddTargetBlankToFullyQualifiedLinks(false)
)

// plain returns s as text, whatever markup it held. Text without < or &
// holds none, and skips the sanitiser.
func plain(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = html.UnescapeString(strict.Sanitize(s))
	}
	return strings.Join(strings.Fields(s), " ")
}

func safeURL(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "https" || p.Scheme == "http") && p.Host != ""
}

var incidentTmpl = template.Must(template.New("incident").Parse(
	`<p><strong>{{.Victim}}</strong>{{with .Place}} ({{.}}){{end}}: {{.Attack}}{{with .Start}}, {{.}}{{end}}.</p>` +
		`{{with .Summary}}<p>{{.}}</p>{{end}}` +
		`<p><a href="{{.Link}}">Incident</a>{{range .Sources}} · <a href="{{.URL}}">{{.Site}}</a>{{end}}</p>`))

// incidentHTML is an incident's entry content: built by a template that
// escapes, then sanitised again as a second guard.
func incidentHTML(in *vigie.Incident, link string) string {
	type src struct{ URL, Site string }
	v := struct {
		Victim, Place, Attack, Start, Summary, Link string
		Sources                                     []src
	}{plain(cmp.Or(in.Victim.Official, in.Victim.Name)), plain(in.Victim.Place.Name), string(in.Attack), in.Start.String(), plain(in.Summary), link, nil}
	for _, s := range in.Sources {
		if safeURL(s.URL) {
			v.Sources = append(v.Sources, src{s.URL, plain(cmp.Or(s.Site, s.URL))})
		}
	}
	var b bytes.Buffer
	_ = incidentTmpl.Execute(&b, v) // cannot fail: strings only
	return ugc.Sanitize(b.String())
}

var articleTmpl = template.Must(template.New("article").Parse(
	`{{with .Excerpt}}<p>{{.}}</p>{{end}}<p>{{.Site}}{{with .Published}} · {{.}}{{end}}{{with .Lang}} · {{.}}{{end}}</p>`))

func articleHTML(a *vigie.Article) string {
	var b bytes.Buffer
	_ = articleTmpl.Execute(&b, struct{ Excerpt, Site, Published, Lang string }{plain(a.Excerpt), plain(a.Site), a.Published.String(), a.Lang})
	return ugc.Sanitize(b.String())
}

func itoa(n int64) string { return formatInt(n) }
