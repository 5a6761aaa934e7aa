package config

import (
	"errors"
	"fmt"
	"net/netip"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// source is a valid source for building test files; its first key is on the
// line of the "- ".
const source = `
  - name: Alpes Matin
    url: http://www.alpesmatin.test/rss.xml
    kind: rss
`

func TestParseErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		yaml string
		line int
		want string // the whole reason, after "feeds.yaml:LINE: "
	}{
		{"kind from the docs", "settings:\n  delay: 1s\n\n\n\n\n\n\n\n\nsources:\n  - name: Alpes Matin\n    url: http://www.alpesmatin.test/rss.xml\n    kind: rs\n",
			14, `source "Alpes Matin": kind "rs" is not one of rss, atom, json, html-listing, sitemap`},
		{"yaml indentation", "sources:\n  - name: a\n    url: http://a.test/\n   kind: rss\n",
			4, `invalid YAML: did not find expected '-' indicator`},
		{"yaml tab", "sources:\n  - name: a\n\turl: http://a.test/\n",
			3, `invalid YAML: found a tab character that violates indentation`},
		{"yaml unclosed flow", "sources: [\n",
			1, `invalid YAML: did not find expected node content`},
		{"yaml unknown anchor", "sources:" + source + "  - *nope\n",
			5, `invalid YAML: unknown anchor 'nope' referenced`},
		{"unknown top-level key", "sources:" + source + "source: []\n",
			5, `unknown key "source" (did you mean "sources"?)`},
		{"unknown source key", "sources:" + source + "    urll: x\n",
			5, `source "Alpes Matin": unknown key "urll" (did you mean "url"?)`},
		{"bad allow_private", "settings:\n  allow_private: [10.0.0.0/33]\nsources:" + source,
			2, `settings: allow_private: "10.0.0.0/33" is not a CIDR prefix like "10.0.0.0/8"`},
		{"unknown settings key", "settings:\n  delai: 1s\nsources:" + source,
			2, `settings: unknown key "delai" (did you mean "delay"?)`},
		{"setting in a source", "sources:" + source + "    workers: 2\n",
			5, `source "Alpes Matin": unknown key "workers"`},
		{"key given twice", "sources:" + source + "    kind: atom\n",
			5, `source "Alpes Matin": kind is given twice`},
		{"missing name", "sources:\n  - url: http://a.test/\n    kind: rss\n",
			2, `source #1: missing name`},
		{"missing url and kind", "sources:" + source + "  - name: B\n",
			5, `source "B": missing url, kind`},
		{"empty source", "sources:" + source + "  - {}\n",
			5, `source #2: missing name, url, kind`},
		{"relative url", "sources:\n  - name: a\n    url: /rss.xml\n    kind: rss\n",
			3, `source "a": url "/rss.xml" is not an absolute http:// or https:// URL`},
		{"ftp url", "sources:\n  - name: a\n    url: ftp://a.test/rss.xml\n    kind: rss\n",
			3, `source "a": url "ftp://a.test/rss.xml" is not an absolute http:// or https:// URL`},
		{"host mismatch", "sources:" + source + "    host: www.alpes-matin.test\n",
			5, `source "Alpes Matin": host "www.alpes-matin.test" is not the host of url "http://www.alpesmatin.test/rss.xml"`},
		{"duplicate name", "sources:" + source + "  - name: alpes matin\n    url: http://b.test/\n    kind: rss\n",
			5, `source "alpes matin": duplicate name (first at line 2)`},
		{"listing without links", "sources:\n  - name: a\n    url: http://a.test/\n    kind: html-listing\n",
			4, `source "a": kind html-listing needs "links", the CSS selector of the article links`},
		{"bad links selector", "sources:\n  - name: a\n    url: http://a.test/\n    kind: html-listing\n    links: 'h2 a['\n",
			5, `source "a": links "h2 a[" is not a CSS selector: expected identifier, found EOF instead`},
		{"bad next selector", "sources:\n  - name: a\n    url: http://a.test/\n    kind: html-listing\n    links: h2 a\n    next: 'a:nope'\n",
			6, `source "a": next "a:nope" is not a CSS selector: unknown pseudoclass or pseudoelement :nope`},
		{"bad duration", "settings:\n  timeout: 20\nsources:" + source,
			2, `settings: timeout "20" is not a duration like "2s", "30m" or "1h30m"`},
		{"bad source interval", "sources:" + source + "    interval: half an hour\n",
			5, `source "Alpes Matin": interval "half an hour" is not a duration like "2s", "30m" or "1h30m"`},
		{"negative delay", "settings:\n  delay: -1s\nsources:" + source,
			2, `settings: delay "-1s" is negative`},
		{"zero interval", "settings:\n  interval: 0s\nsources:" + source,
			2, `settings: interval must be more than 0`},
		{"negative max_items", "sources:" + source + "    max_items: -3\n",
			5, `source "Alpes Matin": max_items -3 is negative`},
		{"negative max_body_bytes", "settings:\n  max_body_bytes: -1\nsources:" + source,
			2, `settings: max_body_bytes -1 is negative`},
		{"zero workers", "settings:\n  workers: 0\nsources:" + source,
			2, `settings: workers must be at least 1`},
		{"fractional max_pages", "sources:" + source + "    max_pages: 1.5\n",
			5, `source "Alpes Matin": max_pages "1.5" is not a whole number`},
		{"list for a number", "settings:\n  workers: [1]\nsources:" + source,
			2, `settings: workers a list is not a whole number`},
		{"unknown time zone", "settings:\n  timezone: Europe/Pariss\nsources:" + source,
			2, `settings: timezone "Europe/Pariss" is not a time zone like "Europe/Paris" or "UTC"`},
		{"machine time zone", "sources:" + source + "    timezone: Local\n",
			5, `source "Alpes Matin": timezone "Local" is not a time zone like "Europe/Paris" or "UTC"`},
		{"bad language", "sources:" + source + "    language: french\n",
			5, `source "Alpes Matin": language "french" is not a language code like "fr" or "fr-FR"`},
		{"lowercase region", "sources:" + source + "    language: fr-fr\n",
			5, `source "Alpes Matin": language "fr-fr" is not a language code like "fr" or "fr-FR"`},
		{"enabled not a bool", "sources:" + source + "    enabled: yes\n",
			5, `source "Alpes Matin": enabled "yes" is not true or false`},
		{"user agent as a list", "settings:\n  user_agent: [a, b]\nsources:" + source,
			2, `settings: user_agent: want a single value, got a list`},
		{"empty file", "", 1, `no sources: the file is empty`},
		{"no sources key", "settings:\n  delay: 1s\n", 1, `no sources: the file has no "sources:" list`},
		{"empty sources", "settings:\n  delay: 1s\nsources: []\n", 3, `no sources: the list is empty`},
		{"null sources", "sources:\n", 1, `no sources: the list is empty`},
		{"sources as a mapping", "sources:\n  name: a\n", 2, `sources: want a list of sources, got a mapping`},
		{"source as a string", "sources:\n  - http://a.test/\n",
			2, `source #1: want a mapping with name, url and kind, got the value "http://a.test/"`},
		{"settings as a list", "settings: [a]\nsources:" + source, 1, `settings: want a mapping, got a list`},
		{"root as a list", "- a\n", 1, `want a mapping with the keys settings and sources, got a list`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Parse("feeds.yaml", []byte(tt.yaml))
			want := fmt.Sprintf("feeds.yaml:%d: %s", tt.line, tt.want)
			if msg := mustInvalid(t, err); !hasLine(msg, want) {
				t.Errorf("Parse error:\n%s\nwant the line\n%s", msg, want)
			}
		})
	}
}

func TestParseReportsEveryProblemInLineOrder(t *testing.T) {
	t.Parallel()
	data := "sources:\n" +
		"  - name: b\n    url: http://b.test/\n    kind: rss\n" +
		"  - name: a\n    url: nope\n    kind: rs\n" +
		"  - name: B\n    url: http://c.test/\n    kind: rss\n" +
		"settings:\n  delay: soon\n"
	_, err := Parse("feeds.yaml", []byte(data))
	want := strings.Join([]string{
		`feeds.yaml:6: source "a": url "nope" is not an absolute http:// or https:// URL`,
		`feeds.yaml:7: source "a": kind "rs" is not one of rss, atom, json, html-listing, sitemap`,
		`feeds.yaml:8: source "B": duplicate name (first at line 2)`,
		`feeds.yaml:12: settings: delay "soon" is not a duration like "2s", "30m" or "1h30m"`,
	}, "\n")
	if msg := mustInvalid(t, err); msg != want {
		t.Errorf("Parse error:\n%s\nwant\n%s", msg, want)
	}
}

func TestParseCapsTheProblems(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("sources:\n")
	for i := range 30 {
		fmt.Fprintf(&b, "  - name: s%d\n", i)
	}
	msg := mustInvalid(t, mustParseErr(t, b.String()))
	lines := strings.Split(msg, "\n")
	if len(lines) != maxProblems+1 || lines[maxProblems] != "feeds.yaml: and 10 more problems" {
		t.Errorf("got %d lines, the last %q; want %d, the last saying 10 more", len(lines), lines[len(lines)-1], maxProblems+1)
	}
}

func TestLoadCorpusSources(t *testing.T) {
	t.Parallel()
	f, err := Load("../testdata/corpus/sources.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Sources) != 6 {
		t.Fatalf("got %d sources, want 6", len(f.Sources))
	}
	got := f.Sources[3]
	paris := mustLocation(t, "Europe/Paris")
	want := vigie.Source{
		Name: "France Dépêche", URL: "http://www.francedepeche.test/fil-info/", Kind: vigie.KindHTMLListing,
		Language: "fr", Links: "section.fil article.teaser h2 a", Next: "nav.pagination a.suivant",
		MaxPages: 10, MaxItems: 100, Interval: 30 * time.Minute, TimeZone: paris, Enabled: true,
	}
	if got.TimeZone.String() != "Europe/Paris" {
		t.Errorf("TimeZone = %v, want Europe/Paris", got.TimeZone)
	}
	got.TimeZone = paris
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("source 3 =\n%+v\nwant\n%+v", got, want)
	}
	for i, kind := range []vigie.SourceKind{"rss", "sitemap", "rss", "html-listing", "atom", "rss"} {
		if f.Sources[i].Kind != kind {
			t.Errorf("source %d kind = %q, want %q", i, f.Sources[i].Kind, kind)
		}
	}
}

func TestLoadMissingFile(t *testing.T) {
	t.Parallel()
	_, err := Load("testdata/nope.yaml")
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load error = %v, want one that is os.ErrNotExist", err)
	}
}

func TestParseDefaults(t *testing.T) {
	t.Parallel()
	f := mustParse(t, "sources:"+source)
	want := Settings{
		UserAgent: "Vigie/dev (+https://github.com/vigie-news/vigie)",
		Delay:     2 * time.Second, Timeout: 20 * time.Second, Interval: 30 * time.Minute,
		MaxBodyBytes: 5 << 20, MaxItems: 100, MaxPages: 10, Workers: 4,
		SourceBudget: 5 * time.Minute, MaxFailures: 10,
	}
	if f.Settings.TimeZone.String() != "Europe/Paris" {
		t.Errorf("TimeZone = %v, want Europe/Paris", f.Settings.TimeZone)
	}
	got := f.Settings
	got.TimeZone = nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Settings =\n%+v\nwant\n%+v", got, want)
	}
	s := f.Sources[0]
	if !s.Enabled || s.MaxItems != 100 || s.MaxPages != 10 || s.Interval != 30*time.Minute || s.TimeZone != f.Settings.TimeZone {
		t.Errorf("source = %+v, want enabled with the default settings", s)
	}
}

func TestParseSettingsAndOverrides(t *testing.T) {
	t.Parallel()
	f := mustParse(t, `settings:
  user_agent: TestBot/1.0
  delay: 0s
  timeout: 5s
  interval: 1h
  max_body_bytes: 1048576
  timezone: UTC
  max_items: 20
  max_pages: 3
  workers: 8
  allow_private: [10.0.0.0/8, 192.168.1.5, "fd00::/8"]
  source_budget: 90s
  max_failures: 3
sources:
  - name: A
    url: https://a.test/feed.json
    kind: json
    language: fr-FR
  - name: B
    url: http://b.test/sitemap.xml
    kind: sitemap
    host: B.test
    interval: 15m
    timezone: America/New_York
    region: Savoie
    max_items: 5
    max_pages: 2
    enabled: false
`)
	want := Settings{UserAgent: "TestBot/1.0", Timeout: 5 * time.Second, Interval: time.Hour,
		MaxBodyBytes: 1 << 20, TimeZone: time.UTC, MaxItems: 20, MaxPages: 3, Workers: 8,
		AllowPrivate: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("192.168.1.5/32"), netip.MustParsePrefix("fd00::/8")},
		SourceBudget: 90 * time.Second, MaxFailures: 3}
	if !reflect.DeepEqual(f.Settings, want) {
		t.Errorf("Settings =\n%+v\nwant\n%+v", f.Settings, want)
	}
	a, b := f.Sources[0], f.Sources[1]
	if a.Interval != time.Hour || a.TimeZone != time.UTC || a.OwnZone || a.MaxItems != 20 || a.MaxPages != 3 || !a.Enabled || a.Language != "fr-FR" {
		t.Errorf("source A = %+v, want the settings' values, enabled", a)
	}
	if b.Interval != 15*time.Minute || b.TimeZone.String() != "America/New_York" || !b.OwnZone || b.MaxItems != 5 || b.MaxPages != 2 || b.Enabled || b.Region != "Savoie" {
		t.Errorf("source B = %+v, want its own values, disabled", b)
	}
}

func TestParseAliases(t *testing.T) {
	t.Parallel()
	f := mustParse(t, `sources:
  - name: A
    url: http://a.test/rss.xml
    kind: &kind rss
    region: &region Savoie
  - name: B
    url: http://b.test/rss.xml
    kind: *kind
    region: *region
`)
	if b := f.Sources[1]; b.Kind != vigie.KindRSS || b.Region != "Savoie" {
		t.Errorf("source B = %+v, want the aliased kind and region", b)
	}
}

func TestVersionInUserAgent(t *testing.T) {
	old := Version
	t.Cleanup(func() { Version = old })
	Version = "1.2.3"
	if got, want := DefaultSettings().UserAgent, "Vigie/1.2.3 (+https://github.com/vigie-news/vigie)"; got != want {
		t.Errorf("UserAgent = %q, want %q", got, want)
	}
}

func mustParse(tb testing.TB, data string) *File {
	tb.Helper()
	f, err := Parse("feeds.yaml", []byte(data))
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

func mustParseErr(tb testing.TB, data string) error {
	tb.Helper()
	f, err := Parse("feeds.yaml", []byte(data))
	if err == nil {
		tb.Fatalf("Parse = %+v, want an error", f)
	}
	return err
}

// mustInvalid returns the message of err, which must be an EINVALID *vigie.Error.
func mustInvalid(tb testing.TB, err error) string {
	tb.Helper()
	var e *vigie.Error
	if !errors.As(err, &e) || e.Code != vigie.EINVALID {
		tb.Fatalf("error = %v, want a *vigie.Error with code %s", err, vigie.EINVALID)
	}
	return e.Message
}

func mustLocation(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

func hasLine(msg, line string) bool {
	for l := range strings.SplitSeq(msg, "\n") {
		if l == line {
			return true
		}
	}
	return false
}
