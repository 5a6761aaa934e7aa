package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// bylineCase is a text in which a reader looks for a visible date.
type bylineCase struct {
	text, lang string
	loc        *time.Location
}

// corpusBylines are the texts bylineDate reads on every page of the test
// corpora, in the language the page declares (French if none); with all,
// in every language, and in English in New York too.
func corpusBylines(t *testing.T, all bool) []bylineCase {
	t.Helper()
	files, _ := filepath.Glob("../testdata/*/sites/*/*.html")
	more, _ := filepath.Glob("../testdata/*/sites/*/*/*.html")
	files = append(files, more...)
	if len(files) < 100 {
		t.Fatalf("%d corpus pages", len(files))
	}
	newYork := mustZone("America/New_York")
	seen := map[string]bool{}
	var out []bylineCase
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		root, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		doc := goquery.NewDocumentFromNode(root)
		m := readMeta(doc)
		_, h1 := title(doc, m, nil)
		if hs := headlines(doc); h1 == nil && len(hs) > 0 {
			h1 = hs[0]
		}
		for _, s := range bylineSnippets(doc, h1) {
			if seen[s] {
				continue
			}
			seen[s] = true
			if !all {
				out = append(out, bylineCase{s, firstLang(m.htmlLang, "fr"), paris})
				continue
			}
			for _, lang := range []string{"fr", "en", "de", "it", "es", "nl", "pt", ""} {
				out = append(out, bylineCase{s, lang, paris})
			}
			out = append(out, bylineCase{s, "en", newYork})
		}
	}
	return out
}

// TestVisibleDateAsLibrarySearch reads every byline of the test corpora
// with the n-gram reader and with go-dateparser's own search: both find
// the same date. VIGIE_DATES_ALL=1 reads each in every language (a
// minute; 1,359 cases passed when the reader was written).
func TestVisibleDateAsLibrarySearch(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every byline of the corpora with go-dateparser's search")
	}
	t.Parallel()
	cases := corpusBylines(t, os.Getenv("VIGIE_DATES_ALL") != "")
	for _, c := range cases {
		got, gotOK := visibleDate(c.text, c.lang, c.loc)
		want, wantOK := readVisibleDate(c.text, c.lang, c.loc, firstDateSearch)
		if got.String() != want.String() || gotOK != wantOK {
			t.Errorf("visibleDate(%q, %q, %s) = %s %v, go-dateparser's search reads %s %v",
				c.text, c.lang, c.loc, got, gotOK, want, wantOK)
		}
	}
	t.Logf("%d bylines and languages", len(cases))
}

// TestVisibleDateTrickyAsLibrarySearch compares the two readers on texts
// where words without digits are dates or times, or where languages read
// a date differently.
func TestVisibleDateTrickyAsLibrarySearch(t *testing.T) {
	t.Parallel()
	newYork := mustZone("America/New_York")
	for _, c := range []bylineCase{
		{"jeudi dernier, le 27 avril 2021 à midi", "fr", paris},
		{"Hier, 27/04/2021, 17h30", "fr", paris},
		{"Publié aujourd'hui 27 avril 2021 à 10h", "fr", paris},
		{"Updated yesterday · Published Mar 5, 2021, 10:15 am", "en", newYork},
		{"05/03/2021 10:15", "en", newYork},
		{"05/03/2021 10:15", "fr", newYork},
		{"2 ago 2021 ore 10:30", "it", paris},
		{"2 ago 2021 ore 10:30", "en", paris},
		{"mar 5 2021 - mardi 12:00", "fr", paris},
		{"Dienstag, 5. März 2024, 12:00 Uhr", "de", paris},
		{"il y a 3 heures · 27 avril 2021", "fr", paris},
		{"27 de abril de 2021, às 14h05", "pt", paris},
		{"Gisteren 27 april 2021 om 14:05", "nl", paris},
		{"Di Redazione - 28 aprile 2021 alle 9:15", "it", paris},
		{"Werder (Havel) am Wochenende nicht erreichbar 16.06.2023, 11:00 Uhr Ein Jahr nach dem Hackerangriff", "de", paris},
		{"Stand: 17.12.2020, 07:30 Uhr Vor einem Jahr, im Dezember 2019", "de", paris},
		{"Ein Jahr nach dem Angriff, vor 3 Tagen, am 5. März 2024", "de", paris},
		{"hace 3 horas · martes, 14/05/2024 - 20:10 h", "es", paris},
	} {
		got, gotOK := visibleDate(c.text, c.lang, c.loc)
		want, wantOK := readVisibleDate(c.text, c.lang, c.loc, firstDateSearch)
		if got.String() != want.String() || gotOK != wantOK {
			t.Errorf("visibleDate(%q, %q, %s) = %s %v, go-dateparser's search reads %s %v",
				c.text, c.lang, c.loc, got, gotOK, want, wantOK)
		}
	}
}

// TestNgramSearchFindsAsLibrary walks texts with the n-gram reader and
// compares the dates with the digits it finds to those of the library's
// search.
func TestNgramSearchFindsAsLibrary(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"Door Redactie Grensland · donderdag 27 mei 2021, 18:05",
		"Publié le 27/04/2021 à 15h48 · Mis à jour le 27/04/2021 à 18h02",
		"12/09/2023 Un ciberataque tumba la web 06/09/2023 El SEPE",
	} {
		cfg := dateConfig("fr", paris)
		var got []string
		s := newNgramSearch(cfg, text)
		for r, ok := s.next(); ok; r, ok = s.next() {
			got = append(got, r.Text+"="+r.Date.Time.Format(time.RFC3339))
		}
		_, found, err := parser.Search(cfg, text)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, r := range found {
			if hasDigit(r.Text) {
				want = append(want, r.Text+"="+r.Date.Time.Format(time.RFC3339))
			}
		}
		if strings.Join(got, " | ") != strings.Join(want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", text, got, want)
		}
	}
}

// TestNgramSearchExact: a date the locales read differently is not exact,
// so the library's search decides it.
func TestNgramSearchExact(t *testing.T) {
	t.Parallel()
	newYork := mustZone("America/New_York")
	for _, tc := range []struct {
		text, lang string
		loc        *time.Location
		want       bool
	}{
		{"05/03/2021", "en", newYork, false}, // May 3 in English, 5 March elsewhere
		{"05/03/2021", "fr", paris, true},    // day first in every language
		{"27 avril 2021", "fr", paris, true},
	} {
		s := newNgramSearch(dateConfig(tc.lang, tc.loc), tc.text)
		r, ok := s.next()
		if !ok {
			t.Fatalf("%q: no date", tc.text)
		}
		if got := s.exact(r); got != tc.want {
			t.Errorf("%q in %s: exact = %v, want %v", tc.text, tc.lang, got, tc.want)
		}
	}
}

func TestHasDigit(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]bool{"27 avril": true, "avril": false, "": false, "٢٠٢١": true, "mardi·": false} {
		if hasDigit(s) != want {
			t.Errorf("hasDigit(%q) = %v", s, !want)
		}
	}
}

// BenchmarkVisibleDateLibrary is BenchmarkVisibleDate with go-dateparser's
// own search, for comparison.
func BenchmarkVisibleDateLibrary(b *testing.B) {
	for b.Loop() {
		readVisibleDate("Di Redazione - 28 aprile 2021 alle 9:15", "it", paris, firstDateSearch)
	}
}
