package config

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
	"go.yaml.in/yaml/v3"

	"github.com/vigie-news/vigie"
)

// rawSource is a source as written in the file, before the settings fill
// what it leaves empty.
type rawSource struct {
	line  int            // of the source's first key
	lines map[string]int // of each key's value

	Name, Host, URL, Kind string
	Language, Region      string
	Links, Next           string
	Interval              time.Duration
	MaxItems, MaxPages    int
	Enabled               *bool
	location              *time.Location
}

// at returns the line of key's value, or of the source when key is absent.
func (s *rawSource) at(key string) int {
	if l, ok := s.lines[key]; ok {
		return l
	}
	return s.line
}

func (s *rawSource) fields() map[string]setter {
	return map[string]setter{
		"name":      text(&s.Name),
		"host":      text(&s.Host),
		"url":       text(&s.URL),
		"kind":      text(&s.Kind),
		"language":  text(&s.Language),
		"links":     text(&s.Links),
		"next":      text(&s.Next),
		"region":    text(&s.Region),
		"interval":  duration(&s.Interval, true),
		"timezone":  location(&s.location),
		"max_items": count(&s.MaxItems),
		"max_pages": count(&s.MaxPages),
		"enabled":   boolean(&s.Enabled),
	}
}

// sources decodes the list of sources and reports names given twice.
func (d *decoder) sources(n *yaml.Node) []*rawSource {
	if isNull(n) || n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		d.addf(n.Line, "no sources: the list is empty")
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.addf(n.Line, "sources: want a list of sources, got %s", describe(n))
		return nil
	}
	first := map[string]int{} // lowercase name -> line
	var out []*rawSource
	for i, item := range n.Content {
		s := d.source(resolve(item), i+1)
		if s == nil {
			continue
		}
		key := strings.ToLower(s.Name)
		if l, dup := first[key]; dup && key != "" {
			d.addf(s.at("name"), "source %q: duplicate name (first at line %d)", s.Name, l)
		} else {
			first[key] = s.at("name")
		}
		out = append(out, s)
	}
	return out
}

// source decodes and checks the index-th source (1-based).
func (d *decoder) source(n *yaml.Node, index int) *rawSource {
	if n.Kind != yaml.MappingNode {
		d.addf(n.Line, "source #%d: want a mapping with name, url and kind, got %s", index, describe(n))
		return nil
	}
	s := &rawSource{line: n.Line}
	ctx := fmt.Sprintf("source #%d: ", index)
	if name := sourceName(n); name != "" {
		ctx = fmt.Sprintf("source %q: ", name)
	}
	s.lines = d.mapping(n, ctx, s.fields())
	d.check(s, ctx)
	return s
}

// sourceName finds the name of a source before it is decoded, so that every
// message about the source can name it.
func sourceName(n *yaml.Node) string {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		if k.Value == "name" && v.Kind == yaml.ScalarNode && !isNull(v) {
			return strings.TrimSpace(v.Value)
		}
	}
	return ""
}

// check reports what is wrong with a decoded source; ctx starts each message.
func (d *decoder) check(s *rawSource, ctx string) {
	var missing []string
	for _, f := range [][2]string{{"name", s.Name}, {"url", s.URL}, {"kind", s.Kind}} {
		if f[1] == "" {
			missing = append(missing, f[0])
		}
	}
	if len(missing) > 0 {
		d.addf(s.line, "%smissing %s", ctx, strings.Join(missing, ", "))
	}
	for _, c := range []struct {
		key    string
		reason string
	}{
		{"url", checkURL(s.URL)},
		{"host", checkHost(s.URL, s.Host)},
		{"kind", checkKind(s.Kind)},
		{"language", checkLanguage(s.Language)},
		{"links", checkSelector("links", s.Links)},
		{"next", checkSelector("next", s.Next)},
		{"kind", checkListing(s)},
	} {
		if c.reason != "" {
			d.addf(s.at(c.key), "%s%s", ctx, c.reason)
		}
	}
}

func checkURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Hostname() == "" {
		return fmt.Sprintf("url %q is not an absolute http:// or https:// URL", raw)
	}
	return ""
}

func checkHost(raw, host string) string {
	u, err := url.Parse(raw)
	if host == "" || err != nil || checkURL(raw) != "" {
		return ""
	}
	if !strings.EqualFold(host, u.Hostname()) && !strings.EqualFold(host, u.Host) {
		return fmt.Sprintf("host %q is not the host of url %q", host, raw)
	}
	return ""
}

func checkKind(kind string) string {
	if kind == "" || vigie.SourceKind(kind).Valid() {
		return ""
	}
	kinds := make([]string, len(vigie.SourceKinds))
	for i, k := range vigie.SourceKinds {
		kinds[i] = string(k)
	}
	return fmt.Sprintf("kind %q is not one of %s", kind, strings.Join(kinds, ", "))
}

// languageCode is an ISO 639-1 code with an optional ISO 3166-1 region.
var languageCode = regexp.MustCompile(`^[a-z]{2}(-[A-Z]{2})?$`)

func checkLanguage(lang string) string {
	if lang == "" || languageCode.MatchString(lang) {
		return ""
	}
	return fmt.Sprintf("language %q is not a language code like \"fr\" or \"fr-FR\"", lang)
}

func checkSelector(key, sel string) string {
	if sel == "" {
		return ""
	}
	if _, err := cascadia.Compile(sel); err != nil {
		return fmt.Sprintf("%s %q is not a CSS selector: %v", key, sel, err)
	}
	return ""
}

func checkListing(s *rawSource) string {
	if vigie.SourceKind(s.Kind) == vigie.KindHTMLListing && s.Links == "" {
		return `kind html-listing needs "links", the CSS selector of the article links`
	}
	return ""
}

// suggest returns ` (did you mean "url"?)` for a key one or two typos away
// from a known one.
func suggest(key string, fields map[string]setter) string {
	best, bestDist := "", 3
	for k := range fields {
		if dist := distance(strings.ToLower(key), k); dist < bestDist || dist == bestDist && k < best {
			best, bestDist = k, dist
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// distance is the Levenshtein distance between a and b, in bytes.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
