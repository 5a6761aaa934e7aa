package config

import (
	"os"
	"strings"
	"testing"

	"github.com/vigie-news/vigie"
)

// FuzzParse checks that Parse never panics, and either returns only sources
// that pass the checks or an EINVALID error whose every line names the file.
func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("../testdata/corpus/sources.yaml"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		"", "sources:" + source, "settings:\n  delay: 1s\nsources:" + source + "    interval: 5m\n",
		"sources:\n  - &a {name: a, url: 'http://a.test/', kind: rss}\n  - *a\n",
		"sources: &s\n  - *s\n", "a: &a [*a]\n", "sources:\n  - name: a\n\turl: x\n",
		"sources:\n  - {name: x, url: 'http://x.test/', kind: html-listing, links: 'a[', next: ':nth-child(2n+'}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("feeds.yaml", data)
		if err != nil {
			for l := range strings.SplitSeq(mustInvalid(t, err), "\n") {
				if !strings.HasPrefix(l, "feeds.yaml:") {
					t.Fatalf("error line %q does not start with the file name", l)
				}
			}
			return
		}
		if len(file.Sources) == 0 {
			t.Fatal("Parse accepted a file without sources")
		}
		for _, s := range file.Sources {
			if s.Name == "" || !s.Kind.Valid() || s.TimeZone == nil || s.Interval <= 0 || s.MaxItems < 1 {
				t.Fatalf("Parse accepted the source %+v", s)
			}
			if s.Kind == vigie.KindHTMLListing && s.Links == "" {
				t.Fatalf("Parse accepted an html-listing without links: %+v", s)
			}
		}
	})
}
