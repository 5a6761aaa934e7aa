package widget

import (
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"strings"

	"github.com/vigie-news/vigie"
)

// OEmbed is an oEmbed 1.0 answer of type rich.
type OEmbed struct {
	Version      string `json:"version"`
	Type         string `json:"type"`
	Title        string `json:"title,omitempty"`
	ProviderName string `json:"provider_name"`
	ProviderURL  string `json:"provider_url"`
	CacheAge     int    `json:"cache_age"`
	HTML         string `json:"html"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
}

// Target is what an oEmbed url= names: one incident, or a search.
type Target struct {
	IncidentID string     // "" for a search
	Query      url.Values // of the search: the parameters an embed keeps
}

// embedParams are the parameters of a search that an embed keeps.
var embedParams = []string{"q", "region", "country", "department", "attack", "kind", "in_scope", "limit", "lang", "theme"}

// ParseTarget reads the URL a CMS asks oEmbed about: base/incidents/{id},
// base/incidents?…, or base/embed/incidents?…. Another host is ENOTFOUND,
// as oEmbed wants.
func ParseTarget(raw, base string) (Target, error) {
	u, err := url.Parse(raw)
	b, _ := url.Parse(base)
	notFound := vigie.Errorf(vigie.ENOTFOUND, "%q is not a Vigie incident or search URL", raw)
	if err != nil || b == nil || u.Host == "" || !strings.EqualFold(u.Host, b.Host) {
		return Target{}, notFound
	}
	t := Target{Query: url.Values{}}
	for _, k := range embedParams {
		if v := u.Query().Get(k); v != "" {
			t.Query.Set(k, v)
		}
	}
	switch p := strings.TrimSuffix(u.Path, "/"); {
	case p == "/incidents" || p == "/embed/incidents":
		return t, nil
	case strings.HasPrefix(p, "/incidents/") || strings.HasPrefix(p, "/embed/incidents/"):
		t.IncidentID = p[strings.LastIndexByte(p, '/')+1:]
		return t, nil
	}
	return Target{}, notFound
}

// Default and largest sizes of an oEmbed iframe.
const (
	defaultWidth, maxWidth   = 600, 1200
	defaultHeight, maxHeight = 420, 2000
)

// NewOEmbed answers for t: an iframe of its embed page, as wide and tall
// as the consumer allows.
func NewOEmbed(t Target, base, title string, maxwidth, maxheight int) OEmbed {
	w, h := defaultWidth, defaultHeight
	if t.IncidentID != "" {
		h = 200
	}
	if maxwidth > 0 {
		w = min(w, maxwidth)
	}
	if maxheight > 0 {
		h = min(h, maxheight)
	}
	src := base + "/embed/incidents"
	if t.IncidentID != "" {
		src += "/" + url.PathEscape(t.IncidentID)
	}
	if len(t.Query) > 0 {
		src += "?" + t.Query.Encode()
	}
	iframe := fmt.Sprintf(`<iframe src="%s" width="%d" height="%d" title="%s" style="border:0;max-width:100%%" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer"></iframe>`,
		template.HTMLEscapeString(src), w, h, template.HTMLEscapeString(title))
	return OEmbed{Version: "1.0", Type: "rich", Title: title, ProviderName: "Vigie", ProviderURL: base + "/",
		CacheAge: 3600, HTML: iframe, Width: w, Height: h}
}

// Size reads maxwidth= or maxheight=: 0 when absent.
func Size(q url.Values, name string) (int, error) {
	s := q.Get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 10000 {
		return 0, vigie.Errorf(vigie.EINVALID, "%s must be a whole number of pixels", name)
	}
	return min(n, max(maxWidth, maxHeight)), nil
}

// OEmbedLink returns the <link> that lets an oEmbed consumer find the
// answer for the page at pageURL.
func OEmbedLink(base, pageURL, title string) template.HTML {
	href := base + "/oembed?" + url.Values{"url": {pageURL}, "format": {"json"}}.Encode()
	return template.HTML(fmt.Sprintf(`<link rel="alternate" type="application/json+oembed" href="%s" title="%s">`+"\n",
		template.HTMLEscapeString(href), template.HTMLEscapeString(title)))
}
