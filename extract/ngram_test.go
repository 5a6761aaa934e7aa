package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	dps "github.com/markusmobius/go-dateparser"
	"github.com/vigie-news/vigie"
	"golang.org/x/net/html"
)

// bylineCase is a text in which a reader looks for a visible date.
type bylineCase struct {
	text, lang string
	loc        *time.Location
}

// pageBylines are the texts bylineDate reads on a page, in the order it
// reads them, in one language and time zone.
type pageBylines struct {
	page  string
	cases []bylineCase
}

// corpusBylines are the bylines of every page of the test corpora, in
// the language the page declares (French if none); with all, in every
// language, and in English in New York too.
func corpusBylines(t *testing.T, all bool) []pageBylines {
	t.Helper()
	files := corpusFiles(t)
	if len(files) < 300 {
		t.Fatalf("%d corpus pages", len(files))
	}
	newYork := mustZone("America/New_York")
	var out []pageBylines
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
		if hs := headlines(doc, "h1"); h1 == nil && len(hs) > 0 {
			h1 = hs[0]
		}
		type setting struct {
			lang string
			loc  *time.Location
		}
		settings := []setting{{firstLang(m.htmlLang, "fr"), paris}}
		if all {
			settings = []setting{{"", paris}, {"en", newYork}}
			for _, l := range dateLanguages {
				settings = append(settings, setting{l, paris})
			}
		}
		for _, st := range settings {
			p := pageBylines{page: name}
			for _, s := range bylineSnippets(doc, h1) {
				p.cases = append(p.cases, bylineCase{s, st.lang, st.loc})
			}
			out = append(out, p)
		}
	}
	return out
}

// corpusFiles are the HTML pages of every test corpus.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	dirs, _ := filepath.Glob("../testdata/*/sites")
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".html") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// TestVisibleDateAsLibrarySearch reads the bylines of every page of the
// test corpora with the n-gram reader and with go-dateparser's own
// search, as bylineDate does (up to the first with a date): both find the
// same dates. VIGIE_DATES_ALL=1 reads every byline, in every language
// (minutes).
func TestVisibleDateAsLibrarySearch(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every byline of the corpora with go-dateparser's search")
	}
	t.Parallel()
	all := os.Getenv("VIGIE_DATES_ALL") != ""
	n, panics := 0, 0
	for i, p := range corpusBylines(t, all) {
		if raceEnabled && i%8 != 0 {
			continue
		}
		for _, c := range p.cases {
			want, wantOK, panicked := librarySearch(c)
			if panicked {
				panics++
				continue
			}
			n++
			got, gotOK := visibleDate(c.text, c.lang, c.loc)
			if (got.String() != want.String() || gotOK != wantOK) && !sameClockReading(got, want) {
				t.Errorf("%s: visibleDate(%q, %q, %s) = %s %v, go-dateparser's search reads %s %v",
					p.page, c.text, c.lang, c.loc, got, gotOK, want, wantOK)
			}
			if wantOK && !all {
				break
			}
		}
	}
	t.Logf("%d bylines compared; go-dateparser's search panicked on %d", n, panics)
}

// sameClockReading tells two readings of a relative date ("29 … heure de
// Bruxelles" read as 29 hours ago) apart only by the second at which each
// reader took the wall clock.
func sameClockReading(a, b vigie.Timestamp) bool {
	now := time.Now()
	near := func(t time.Time) bool { return t.Sub(now).Abs() < 24*time.Hour*40 }
	return !a.IsZero() && !b.IsZero() && near(a.Time) && near(b.Time) && a.Time.Sub(b.Time).Abs() < time.Minute
}

// librarySearch is visibleDate with go-dateparser's own search, and
// whether that search panicked in one of the text's windows.
func librarySearch(c bylineCase) (t vigie.Timestamp, ok, panicked bool) {
	search := func(cfg *dps.Configuration, text string, loc *time.Location) (t vigie.Timestamp, ok bool) {
		defer func() { panicked = panicked || recover() != nil }()
		_, found, err := parser.Search(cfg, text)
		if err != nil {
			return vigie.Timestamp{}, false
		}
		t, ok, _ = keepFirst(&foundDates{found: found}, text, loc)
		return t, ok
	}
	t, ok = readVisibleDate(c.text, c.lang, c.loc, search)
	return t, ok, panicked
}

// TestLibrarySearchPanic: go-dateparser's search panics on some Spanish
// texts (language.SplitSentence, "¿Por qué"); the reader finds no date in
// the window rather than stopping the crawl.
func TestLibrarySearchPanic(t *testing.T) {
	t.Parallel()
	text := "Redacción Publicado el jueves, 25/01/2024 - 08:30 h Pregunta: ¿Por qué atacan a los ayuntamientos? Respuesta: Porque tienen datos de todos los vecinos y muy poco personal técnico. En muchos municipios de menos de "
	cfg := dateConfig("es", paris)
	for _, w := range yearWindows(text) {
		firstDateSearch(cfg, w, paris) // panics without its recover
	}
	if got, ok := visibleDate(text, "es", paris); !ok || got.String() != "2024-01-25T08:30:00+01:00" {
		t.Errorf("visibleDate = %s %v", got, ok)
	}
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
		want, wantOK, _ := librarySearch(c)
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

// TestDateShaped: runs with a number and at most two words before it are
// parsed; others are not.
func TestDateShaped(t *testing.T) {
	t.Parallel()
	s := newNgramSearch(dateConfig("it", paris), "di Marco Revelli · Pubblicato il 15 marzo 2023 Sabato")
	for _, tc := range []struct {
		i, size int
		want    bool
	}{
		{0, 3, false}, // di Marco Revelli
		{1, 6, false}, // Marco … il 15: four words before the number
		{3, 4, false}, // · Pubblicato il 15
		{4, 4, true},  // Pubblicato il 15 marzo
		{5, 4, true},  // il 15 marzo 2023
		{6, 4, true},  // 15 marzo 2023 Sabato: words after the last number are kept
		{7, 1, false}, // marzo
	} {
		if got := s.dateShaped(tc.i, tc.size); got != tc.want {
			t.Errorf("dateShaped(%q) = %v", s.join(s.tokens[tc.i:tc.i+tc.size]), got)
		}
	}
}

// TestClockNear: a time of day right after a day is its clock; one further
// away, or with a year, is not.
func TestClockNear(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		after, next string
		want        bool
	}{
		{" à 17h30", "17h30", true},
		{", 12:00 Uhr", "12:00 Uhr", true},
		{" - Mis à jour à 18h02", "18h02", false},
		{" · 28/04/2021 10:15", "28/04/2021 10:15", false},
		{" at 5:30 pm", "6:30 pm", false},
	} {
		if got := clockNear(tc.after, dps.SearchResult{Text: tc.next}); got != tc.want {
			t.Errorf("clockNear(%q, %q) = %v", tc.after, tc.next, got)
		}
	}
}
