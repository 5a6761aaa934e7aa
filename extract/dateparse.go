package extract

import (
	"regexp"
	"unsafe" // go:linkname, for go-dateparser's parse without its formats step

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// parseRun parses a run of words as go-dateparser's Parser.Parse(cfg,
// run) does (v1.4.7, parser.go), without its first step: Parse first
// tries the caller's layouts, and with none it returns nothing, but only
// after reading a time zone out of the run (timezone.PopTzOffset). That
// reading is a regexp of every zone name and then, when any name appears
// inside a word ("Dienstag", "Ausgerechnet"), one regexp per zone: up to
// 2 ms on a run with a non-ASCII letter or a dash, a third of the date
// reader. Every other step is the library's own, called by name:
// the configuration's defaults and checks, the run's sanitising, and the
// parse in each locale (Parser.parseUsingLocales), so the dates are the
// library's. TestParseRunAsLibrary and FuzzParseRun compare both.
func parseRun(cfg *dps.Configuration, run string) (date.Date, bool) {
	c := dpsInitiate(cfg)
	if err := dpsValidate(*c); err != nil {
		return date.Date{}, false
	}
	in := dpsInternalConfig(*c)
	s := dpsSanitizeDate(run)
	d, err := dpsParseUsingLocales(runParser, c, in, s, false)
	if err == nil && d.IsZero() && c.IgnoreSurroundingText {
		d, err = dpsParseUsingLocales(runParser, c, in, s, true)
	}
	return d, err == nil && !d.IsZero()
}

// runParser is the parser parseRun parses with: every parser type, as
// Parse sets them on first use, and never the previous locales (which
// would be state shared between pages), so it is only read.
var runParser = &dps.Parser{ParserTypes: []dps.ParserType{
	dps.Timestamp, dps.NegativeTimestamp, dps.RelativeTime, dps.CustomFormat, dps.AbsoluteTime, dps.NoSpacesTime,
}}

// The steps of Parser.Parse in go-dateparser v1.4.7, unexported there.
// The signatures are the library's (the internal configuration is passed
// through as a pointer); go.mod pins the version, and the tests above
// fail if a new one changes what they do.

//go:linkname dpsInitiate github.com/markusmobius/go-dateparser.(*Configuration).initiate
func dpsInitiate(c *dps.Configuration) *dps.Configuration

//go:linkname dpsValidate github.com/markusmobius/go-dateparser.Configuration.validate
func dpsValidate(c dps.Configuration) error

//go:linkname dpsInternalConfig github.com/markusmobius/go-dateparser.Configuration.toInternalConfig
func dpsInternalConfig(c dps.Configuration) unsafe.Pointer

//go:linkname dpsSanitizeDate github.com/markusmobius/go-dateparser/internal/strutil.SanitizeDate
func dpsSanitizeDate(s string) string

//go:linkname dpsParseUsingLocales github.com/markusmobius/go-dateparser.(*Parser).parseUsingLocales
func dpsParseUsingLocales(p *dps.Parser, cfg *dps.Configuration, in unsafe.Pointer, str string, ignoreSurroundingText bool, formats ...string) (date.Date, error)

//go:linkname dpsNormalizeString github.com/markusmobius/go-dateparser/internal/strutil.NormalizeString
func dpsNormalizeString(s string) string

//go:linkname dpsNormalizeDigits github.com/markusmobius/go-dateparser/internal/digit.NormalizeString
func dpsNormalizeDigits(s string) string

//go:linkname dpsGetLocales github.com/markusmobius/go-dateparser/internal/language.GetLocales
func dpsGetLocales(locales, languages []string, region string, useGivenOrder, allowConflictingLocales bool) ([]*dpsLocale, error)

// dpsTimezones is the library's pattern of every time zone name.
//
//go:linkname dpsTimezones github.com/markusmobius/go-dateparser/internal/timezone.rxSearch
var dpsTimezones *dpsRegexp

// dpsLocale is the library's data.LocaleData, field for field (read only;
// TestDateVocabularyShape checks what is read of it).
type dpsLocale struct {
	Name                  string
	DateOrder             string
	NoWordSpacing         bool
	SentenceSplitterGroup int
	Charset               []rune
	Abbreviations         []string
	Simplifications       []dpsReplacement
	Translations          map[string][]string
	RelativeType          map[string]string
	RelativeTypeRegexes   []dpsReplacement
	RxCombined            *dpsRegexp
	RxExactCombined       *dpsRegexp
	ExactCombinedMatcher  func(string) bool
	KnownWords            []string
}

// dpsRegexp is the library's internal/regexp.Regexp without its re2 build
// tags: the standard library's.
type dpsRegexp struct{ rx *regexp.Regexp }

// dpsReplacement is the library's data.ReplacementData.
type dpsReplacement struct {
	Rx          *dpsRegexp
	Replacement string
}

// patterns are the locale's regexps that may change or split a run's
// words before its tokens are looked up.
func (ld *dpsLocale) patterns() []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, r := range []*dpsRegexp{ld.RxCombined, ld.RxExactCombined} {
		if r != nil {
			out = append(out, r.rx)
		}
	}
	for _, r := range append(ld.Simplifications, ld.RelativeTypeRegexes...) {
		if r.Rx != nil {
			out = append(out, r.Rx.rx)
		}
	}
	return out
}
