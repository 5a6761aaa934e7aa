package extract

import (
	"fmt"
	"os"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// sameAsParse says whether parseRun reads run with cfg as go-dateparser's
// Parser.Parse does: both fail, or both read the same instant, precision
// and locale; it returns whether run parsed. A panic counts as a failure
// on either side.
func sameAsParse(t *testing.T, cfg *dps.Configuration, run string) (parsed bool) {
	t.Helper()
	want, wantErr, wantPanic := libraryParse(cfg, run)
	got, ok, gotPanic := func() (d date.Date, ok, panicked bool) {
		defer func() { panicked = recover() != nil }()
		d, ok = parseRun(cfg, run)
		return d, ok, false
	}()
	wantOK := wantErr == nil && !wantPanic && !want.IsZero()
	if gotPanic != wantPanic || ok != wantOK {
		t.Fatalf("parseRun(%q, %v) = ok %v (panic %v), Parse: ok %v (panic %v, %v)",
			run, cfg.Locales, ok, gotPanic, wantOK, wantPanic, wantErr)
	}
	if ok && (got.Period != want.Period || got.Locale != want.Locale || !sameInstant(got.Time, want.Time)) {
		t.Fatalf("parseRun(%q, %v) = %s %v %s, Parse reads %s %v %s", run, cfg.Locales,
			got.Time, got.Period, got.Locale, want.Time, want.Period, want.Locale)
	}
	return ok
}

// libraryParse is go-dateparser's own parse of run, recovering a panic.
func libraryParse(cfg *dps.Configuration, run string) (d date.Date, err error, panicked bool) {
	defer func() { panicked = recover() != nil }()
	d, err = parser.Parse(cfg, run)
	return d, err, false
}

// searchRuns are the runs an n-gram search of text parses, with the
// configuration it parses them with, and that configuration without its
// first locale (as exact parses them).
func searchRuns(cfg *dps.Configuration, text string) (runs []string, parse, rest *dps.Configuration) {
	s := newNgramSearch(cfg, text)
	for i := range s.tokens {
		for size := min(ngramLongest, len(s.tokens)-i); size > 0; size-- {
			if run := s.join(s.tokens[i : i+size]); s.dateShaped(i, size) && !ngramBadCandidate.MatchString(run) {
				runs = append(runs, run)
			}
		}
	}
	rest = s.parse.Clone()
	rest.Locales = rest.Locales[1:]
	return runs, s.parse, rest
}

// TestParseRunAsLibrary parses every run the n-gram search may parse in
// the bylines of every page of the test corpora, as bylineDate reads them
// (up to the first with a date), with both parsers: they read the same
// dates. A run that parses is compared without its first locale too, as
// exact parses it. VIGIE_DATES_ALL=1 reads every byline, in every
// language and in English in New York (minutes).
func TestParseRunAsLibrary(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every date-shaped run of the corpora twice")
	}
	t.Parallel()
	all := os.Getenv("VIGIE_DATES_ALL") != ""
	seen := map[string]bool{}
	for i, p := range corpusBylines(t, all) {
		if raceEnabled && i%8 != 0 {
			continue
		}
		for _, c := range p.cases {
			for _, w := range yearWindows(c.text) {
				runs, parse, rest := searchRuns(dateConfig(c.lang, c.loc), w)
				for _, run := range runs {
					if key := fmt.Sprint(parse.Locales, parse.DateOrder != nil, c.loc, run); !seen[key] {
						seen[key] = true
						if sameAsParse(t, parse, run) {
							sameAsParse(t, rest, run)
						}
					}
				}
			}
			if _, ok := visibleDate(c.text, c.lang, c.loc); ok && !all {
				break
			}
		}
	}
	if len(seen) < 1000 && !raceEnabled {
		t.Fatalf("%d runs compared", len(seen))
	}
	t.Logf("%d runs compared", len(seen))
}

// FuzzParseRun compares parseRun with go-dateparser's Parse on any text,
// in French in Paris and in English in New York.
func FuzzParseRun(f *testing.F) {
	for _, s := range []string{
		"28 aprile 2021 alle 9:15", "Dienstag, 5. März 2024, 12:00 Uhr", "15.03.2020 – Ausgerechnet am Tag",
		"Saturday 14 May 2022 8.00am", "14/05/2024 à 06h30", "martes 14/05/2024 - 20:10 h",
		"2024-03-05T10:00:00+01:00", "5 mars 2024 UTC+2", "10:00 EST", "vor 3 Tagen", "1710000000",
		"27 de abril de 2021, às 14h05", "Gisteren 27 april 2021 om 14:05", "\u017fst 12 2021",
	} {
		f.Add(s)
	}
	fr := dateConfig("fr", paris)
	fr.Locales, fr.Languages, fr.UseGivenOrder = fr.Languages, nil, true
	en := dateConfig("en", mustZone("America/New_York"))
	en.Locales, en.Languages, en.UseGivenOrder = en.Languages, nil, true
	now := time.Now()
	fr.CurrentTime, en.CurrentTime = now, now
	f.Fuzz(func(t *testing.T, run string) {
		if len(run) > 120 { // runs are seven words at most
			return
		}
		sameAsParse(t, fr, run)
		sameAsParse(t, en, run)
	})
}
