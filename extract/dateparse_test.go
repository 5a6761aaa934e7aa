package extract

import (
	"fmt"
	"os"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

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

// sameInReaders says whether run parses in the locales readers keeps of
// cfg's as in all of them (as parseRun, compared with the library above):
// the same date from the same locale, or no date in both.
func sameInReaders(t *testing.T, cfg *dps.Configuration, run string) {
	t.Helper()
	want, wantOK := parseRun(cfg, run)
	kept := readers(cfg.Locales, run)
	if len(kept) == 0 {
		if wantOK {
			t.Fatalf("no locale of %v may read %q, yet it parses in %s", cfg.Locales, run, want.Locale)
		}
		return
	}
	one := *cfg
	one.Locales = kept
	got, ok := parseRun(&one, run)
	if ok != wantOK || ok && (got.Locale != want.Locale || got.Period != want.Period || !sameInstant(got.Time, want.Time)) {
		t.Fatalf("%q in %v: %s %s %v; in all of %v: %s %s %v", run, kept, got.Time, got.Locale, ok,
			cfg.Locales, want.Time, want.Locale, wantOK)
	}
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
// dates, and the same in the locales readers keeps for it (with the
// search's locales, and without the first one, as exact parses it). VIGIE_DATES_ALL=1 reads every byline, in every
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
						sameInReaders(t, parse, run)
						sameInReaders(t, rest, run)
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
// in French in Paris and in English in New York, and with the locales
// readers keeps for it.
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
		for _, cfg := range []*dps.Configuration{fr, en} {
			sameAsParse(t, cfg, run)
			sameInReaders(t, cfg, run)
		}
	})
}

// TestDateVocabularyShape checks what foreignRun assumes of
// go-dateparser's data: the locales are read, and their patterns match
// ASCII letters only as the words written in them, between non-letters
// (no class or wildcard with a letter, no repeated letter, no optional
// letters or group next to a letter but a plural "s" and the alternatives
// the regexp parser factors out of written words).
func TestDateVocabularyShape(t *testing.T) {
	t.Parallel()
	vocab := dateVocabularies()
	for _, l := range dateLanguages {
		if !strings.Contains(vocab[l], "\x00") || len(vocab[l]) < 1000 {
			t.Fatalf("%s: vocabulary of %d bytes", l, len(vocab[l]))
		}
	}
	if dpsTimezones == nil || dpsTimezones.rx == nil || !dpsTimezones.rx.MatchString("ACDT") {
		t.Fatal("go-dateparser's time zones not read")
	}
	for _, w := range []string{"janvier", "march", "uhr", "aprile", "ayer", "maandag", "domingo", "utc", "acdt"} {
		if !knownByAny(vocab, dateLanguages, w) {
			t.Errorf("%q is in no vocabulary", w)
		}
	}
	for src, ok := range map[string]bool{
		`(?i)(\A|[^\pL\pM\d_])(\d+)\s*mons?(\z|[^\pL\pM\d_])`: true, `(?i)(decade|year)s? ago`: true,
		`(?i)(\d+)h(\d+)m?(\z|\W)`: true, `(?i)moins\s(?:de\s)?(\d+)`: true,
		`(?i)(un|une)s`: false, `\w+ ago`: false, `(?i)[a-z]+`: false, `ago.`: false, `(?i)jour(?:nee)?`: false,
		`(?i)(\d+)(?:er)?mars`: false,
	} {
		re, err := syntax.Parse(src, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := letterShape(re) == nil; got != ok {
			t.Errorf("letterShape(%q) accepts: %v", src, got)
		}
	}
	lds, err := dpsGetLocales(dateLanguages, nil, "", true, false)
	if err != nil || len(lds) != len(dateLanguages) {
		t.Fatalf("%d locales, %v", len(lds), err)
	}
	for _, ld := range lds {
		if ld.NoWordSpacing || len(ld.Translations) < 50 || len(ld.KnownWords) < 50 {
			t.Errorf("%s: locale data not read as expected", ld.Name)
		}
		for _, rx := range ld.patterns() {
			src := rx.String()
			re, err := syntax.Parse(rx.String(), syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			if err := letterShape(re); err != nil {
				t.Errorf("%s: %v in %.80q", ld.Name, err, src)
			}
		}
	}
}

// letterShape returns how re may match ASCII letters other than as its
// written words, or nil.
func letterShape(re *syntax.Regexp) error {
	switch re.Op {
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return fmt.Errorf("any character")
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for _, b := range "AZaz" {
				if re.Rune[i] <= b && b <= re.Rune[i+1] {
					return fmt.Errorf("a class with letters")
				}
			}
		}
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		if hasLetter(re.Sub[0]) {
			return fmt.Errorf("repeated letters")
		}
	case syntax.OpConcat:
		for i, a := range re.Sub {
			for _, b := range re.Sub[i+1:] {
				if edgeLetter(a, false) && edgeLetter(b, true) && !(a.Op == syntax.OpLiteral && b.Op == syntax.OpAlternate) &&
					!(b.Op == syntax.OpQuest && strings.EqualFold(string(b.Sub[0].Rune), "s")) {
					return fmt.Errorf("letters next to a group or optional letters")
				}
				if !nullable(b) {
					break
				}
			}
		}
	}
	for _, sub := range re.Sub {
		if err := letterShape(sub); err != nil {
			return err
		}
	}
	return nil
}

// edgeLetter says whether re may start (first) or end with a letter.
func edgeLetter(re *syntax.Regexp, first bool) bool {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return false
		}
		r := re.Rune[len(re.Rune)-1]
		if first {
			r = re.Rune[0]
		}
		return r < utf8.RuneSelf && isASCIILetter(byte(r))
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return hasLetter(re)
	case syntax.OpConcat:
		subs := slices.Clone(re.Sub)
		if !first {
			slices.Reverse(subs)
		}
		for _, sub := range subs {
			if edgeLetter(sub, first) {
				return true
			}
			if !nullable(sub) {
				return false
			}
		}
		return false
	}
	for _, sub := range re.Sub { // alternation, capture, repetition
		if edgeLetter(sub, first) {
			return true
		}
	}
	return false
}

// nullable says whether re may match the empty string.
func nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpQuest, syntax.OpStar, syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpRepeat:
		return re.Min == 0 || nullable(re.Sub[0])
	case syntax.OpCapture, syntax.OpPlus:
		return nullable(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !nullable(sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		return slices.ContainsFunc(re.Sub, nullable)
	}
	return false
}

func hasLetter(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if r < utf8.RuneSelf && isASCIILetter(byte(r)) {
				return true
			}
		}
		return false
	case syntax.OpCharClass:
		return letterShape(re) != nil
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return true
	}
	for _, sub := range re.Sub {
		if hasLetter(sub) {
			return true
		}
	}
	return false
}

// TestForeignRun: runs with a word no date language knows are ruled out,
// and go-dateparser does not parse them; runs of date words are not.
func TestForeignRun(t *testing.T) {
	t.Parallel()
	cfg := dateConfig("de", paris)
	cfg.Locales, cfg.Languages, cfg.UseGivenOrder = cfg.Languages, nil, true
	for run, want := range map[string]bool{
		"18.11.2022 Kreisverwaltung weiter lahmgelegt": true,
		"Redazione - 28 aprile 2021":                   true,
		"Dienstag 5. März 2024 17:50 Uhr":              false,
		"28 aprile 2021 alle 9:15":                     false,
		"16.06.2023, 11:00 Uhr Ein Jahr":               false,
		"27 avril 2021 à 15h48":                        false,
		"Thursday 10 March 2022 9.15am":                false,
		"il y a 3 heures":                              false,
		"5 years later 2021":                           false,
		"5 mars 2024 Straße":                           false, // a letter beyond ASCII: left to the parser
	} {
		if got := foreignRun(cfg.Locales, run); got != want {
			t.Errorf("foreignRun(%q) = %v", run, got)
		}
		if _, ok := parseRun(cfg, run); ok && foreignRun(cfg.Locales, run) {
			t.Errorf("%q parses", run)
		}
	}
}
