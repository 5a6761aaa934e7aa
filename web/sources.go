package web

import (
	"encoding/xml"
	"net/http"
	"time"

	"github.com/vigie-news/vigie"
)

// sourceRow is a source as the sources page shows it.
type sourceRow struct {
	vigie.Source
	State     string // ok, failing, new, disabled
	LastFetch string
	NextDue   string
	LastError string
	Articles  int
}

// SourcesPage renders each source's state: GET /sources.
func (p *Pages) SourcesPage(w http.ResponseWriter, r *http.Request) {
	rows, err := p.sourceRows(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.render(w, r, http.StatusOK, "sources", translate(pageLang(r), "sources.title"), rows)
}

func (p *Pages) sourceRows(r *http.Request) ([]sourceRow, error) {
	states, err := p.States.SourceStates(r.Context())
	if err != nil {
		return nil, err
	}
	byName := map[string]vigie.SourceState{}
	for _, st := range states {
		byName[st.Source] = st
	}
	counts := map[string]int{}
	if p.ArticleCounts != nil {
		if counts, err = p.ArticleCounts(r.Context()); err != nil {
			return nil, err
		}
	}
	rows := make([]sourceRow, 0, len(p.Sources))
	for _, src := range p.Sources {
		rows = append(rows, p.sourceRow(src, byName[src.Name], counts[src.Name]))
	}
	return rows, nil
}

func (p *Pages) sourceRow(src vigie.Source, st vigie.SourceState, n int) sourceRow {
	row := sourceRow{Source: src, State: "ok", LastError: st.LastError, Articles: n, LastFetch: dateOf(st.LastFetch)}
	switch {
	case !src.Enabled:
		row.State = "disabled"
	case st.LastFetch.IsZero():
		row.State = "new"
	case st.Failures > 0:
		row.State = "failing"
	}
	if src.Enabled && !st.LastFetch.IsZero() && src.Interval > 0 {
		row.NextDue = dateOf(st.LastFetch.Add(src.Interval))
	} else if src.Enabled {
		row.NextDue = dateOf(p.now().Truncate(time.Minute))
	}
	return row
}

// OPML is a subscription list, the format feed readers import and export.
type OPML struct {
	XMLName xml.Name    `xml:"opml"`
	Version string      `xml:"version,attr"`
	Title   string      `xml:"head>title"`
	Items   []OPMLEntry `xml:"body>outline"`
}

// OPMLEntry is one source of an OPML file; nested outlines (folders) are
// read through Children.
type OPMLEntry struct {
	Text     string      `xml:"text,attr"`
	Title    string      `xml:"title,attr,omitempty"`
	Type     string      `xml:"type,attr,omitempty"`
	XMLURL   string      `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string      `xml:"htmlUrl,attr,omitempty"`
	Language string      `xml:"language,attr,omitempty"`
	Category string      `xml:"category,attr,omitempty"`
	Children []OPMLEntry `xml:"outline,omitempty"`
}

// SourcesOPML writes the enabled feeds as OPML 2.0: GET /sources.opml.
func (p *Pages) SourcesOPML(w http.ResponseWriter, r *http.Request) {
	doc := OPML{Version: "2.0", Title: "Vigie sources"}
	for _, s := range p.Sources {
		if !s.Enabled {
			continue
		}
		typ := "rss"
		if !s.Kind.IsFeed() {
			typ = "link" // a listing or sitemap: readers cannot subscribe to it
		}
		doc.Items = append(doc.Items, OPMLEntry{Text: s.Name, Title: s.Name, Type: typ, XMLURL: s.URL, Language: s.Language, Category: s.Region})
	}
	w.Header().Set("Content-Type", "text/x-opml; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="vigie-sources.opml"`)
	w.Write([]byte(xml.Header))
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		p.logger().Error("write opml", "err", err)
	}
}
