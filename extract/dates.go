package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
	"github.com/vigie-news/vigie"
)

// dateLanguages are tried after the page's own language when reading the
// dates a reader sees.
var dateLanguages = []string{"fr", "en", "de", "it", "es", "nl", "pt"}

// parser is safe for concurrent use once configured (go-dateparser's
// documentation); it keeps the locales it has loaded.
var parser = &dps.Parser{}

// hasYear keeps dates that name their year: bylines do, and relative or
// partial expressions ("jeudi", "Di") are not publication dates.
var hasYear = regexp.MustCompile(`(^|\D)(19|20)\d\d($|\D)|\d{1,2}[./-]\d{1,2}[./-]\d{2}($|\D)`)

// hasDay keeps dates that name their day: "décembre 2020" is not a
// publication date, "27 décembre 2020" may be.
var hasDay = regexp.MustCompile(`(^|\D)\d{1,2}(\D|$)`)

// updatedTerms are the words that introduce a modification date.
const updatedTerms = `mis[e]? à jour|actualis[ée]+|modifi[ée]+|updated?|last modified|edited|aktualisiert|geändert|aggiornat[oa]|modificat[oa]|actualizad[oa]|bijgewerkt`

// updatedBefore matches the words that introduce a modification date at the
// end of the text before it; updatedWords, anywhere.
var (
	updatedBefore = regexp.MustCompile(`(?i)(` + updatedTerms + `)\W*(le|on|am|il|el|op|:)?\W*$`)
	updatedWords  = regexp.MustCompile(`(?i)` + updatedTerms)
)

// visibleDate returns the first publication date a reader sees in text: a
// date with its year that is not introduced as a modification date.
// Dates without an offset are in loc.
func visibleDate(text, lang string, loc *time.Location) (vigie.Timestamp, bool) {
	return readVisibleDate(text, lang, loc, firstDate)
}

// readVisibleDate is visibleDate with the reader of the dates of one
// window of text.
func readVisibleDate(text, lang string, loc *time.Location,
	first func(*dps.Configuration, string, *time.Location) (vigie.Timestamp, bool)) (vigie.Timestamp, bool) {
	cfg := dateConfig(lang, loc)
	text = isoDay.ReplaceAllStringFunc(text, func(m string) string { return unambiguous(m, cfg.DateOrder != nil) })
	text = readingTime.ReplaceAllString(text, " ")
	text = hourMark.ReplaceAllString(text, "$1$2")
	text = hourMinute.ReplaceAllString(text, "$1:$2")
	if strings.HasPrefix(lang, "fr") {
		text = frenchWeekday.ReplaceAllString(text, "$1")
	}
	for _, w := range yearWindows(text) {
		if t, ok := first(cfg, w, loc); ok {
			return t, true
		}
	}
	return numericDay(text, cfg.DateOrder != nil, loc)
}

// isoDay is a date written year first ("Published 2023-09-08",
// "2023-09-08T10:00"): a parser told to read days first reads its month
// as its day.
var isoDay = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}(?:T|\b)`)

// unambiguous writes an ISO date matched by isoDay in the order the
// parser reads all-numeric dates, day first (08.09.2023) or month first,
// its time after a space.
func unambiguous(m string, dayFirst bool) string {
	y, mo, d, rest := m[0:4], m[5:7], m[8:10], strings.Replace(m[10:], "T", " ", 1)
	if dayFirst {
		return d + "." + mo + "." + y + rest
	}
	return mo + "/" + d + "/" + y + rest
}

// readingTime is how long a page takes to read, which a date parser reads
// as minutes ago: "17 novembre 2023 · 4 min de lecture", "Lesezeit: 3 Min.".
var readingTime = regexp.MustCompile(`(?i)\b\d+\s*(?:min|mins|minutes?|minuten|minuti|minutos)\.?\s*(?:de\s+lecture|read|reading|lesezeit|di\s+lettura|de\s+lectura|leestijd|lezen|leestijd)\b|(?:temps\s+de\s+lecture|lesezeit|reading\s+time|tempo\s+di\s+lettura|tiempo\s+de\s+lectura|leestijd)\s*:?\s*\d+\s*(?:min\w*)\.?`)

// hourMark is the "h" or "horas" Spanish and French bylines write after
// a clock time ("a las 10:05 h"), or the "ore" Italian ones write before
// it ("13/04/2024 ore 09:15"), which a date parser reads as hours ago.
var hourMark = regexp.MustCompile(`(?i)(?:\bore\s+)?\b(\d{1,2}[:.]\d{2})\s*(?:h|hrs?|horas)\b|\bore\s+(\d{1,2}[:.]\d{2})\b`)

// hourMinute is a clock time written with an "h" between hours and
// minutes ("às 14h05", "à 9h30"), which a date parser may not read as one
// and fill from the clock instead.
var hourMinute = regexp.MustCompile(`\b(\d{1,2})h(\d{2})\b`)

// frenchWeekday is a French weekday abbreviated before its day ("mar. 24
// sept. 2024"), after which the parser reads "sept." as seven, the
// month: July.
var frenchWeekday = regexp.MustCompile(`(?i)\b(?:lun|mar|mer|jeu|ven|sam|dim)\.\s+(\d{1,2})\b`)

// dateConfig is how dates a reader sees in a page in lang are read.
func dateConfig(lang string, loc *time.Location) *dps.Configuration {
	cfg := &dps.Configuration{
		Languages:          languagesFor(lang),
		DefaultTimezone:    loc,
		ReturnTimeAsPeriod: true,
		CurrentTime:        time.Now().In(loc),
		SearchStrategy:     "ngram",
	}
	if dayFirst(lang, loc) {
		cfg.DateOrder = func(string) string { return "DMY" }
	}
	return cfg
}

// numericDay reads the first all-numeric date of text ("08/12/2022"), for
// the forms go-dateparser's search passes over ("08/12/2022 - 13:05 h").
func numericDay(text string, dayFirst bool, loc *time.Location) (vigie.Timestamp, bool) {
	at := numericDate.FindStringSubmatchIndex(text)
	if at == nil || updatedBefore.MatchString(text[max(0, at[0]-40):at[0]]) {
		return vigie.Timestamp{}, false
	}
	d, mo, y := atoi(text[at[2]:at[3]]), atoi(text[at[4]:at[5]]), atoi(text[at[6]:at[7]])
	if !dayFirst && d <= 12 || mo > 12 {
		d, mo = mo, d
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc)
	if t.Day() != d || int(t.Month()) != mo {
		return vigie.Timestamp{}, false
	}
	if c := clockNext.FindStringSubmatch(text[at[1]:]); c != nil && atoi(c[1]) < 24 && atoi(c[2]) < 60 {
		t = time.Date(y, time.Month(mo), d, atoi(c[1]), atoi(c[2]), 0, 0, loc) // "02.06.2025, 06:00 Uhr"
		return vigie.At(t), true
	}
	return vigie.Day(t), true
}

// clockNext is a time of day written right after a date ("02.06.2025,
// 06:00 Uhr", "08/12/2022 - 13:05 h").
var clockNext = regexp.MustCompile(`^[,\s\x{a0}]*(?:[-–·|][\s\x{a0}]*)?(?:um[\s\x{a0}]+|à[\s\x{a0}]+|alle[\s\x{a0}]+|a las[\s\x{a0}]+|at[\s\x{a0}]+)?(\d{1,2})[:.](\d{2})\b`)

// dayFirst says whether all-numeric dates read day first ("08/12/2022"
// is 8 December): in every language but English, and in English outside
// the Americas.
func dayFirst(lang string, loc *time.Location) bool {
	return lang != "en" || loc == nil || !strings.HasPrefix(loc.String(), "America/")
}

// yearWindows cuts text around each year it names: go-dateparser's search
// costs grow fast with the length of the text, and a date sits next to its
// year. The window keeps the words that may introduce it ("mis à jour le").
func yearWindows(text string) []string {
	var out []string
	from, to := -1, -1
	for _, m := range hasYear.FindAllStringIndex(text, -1) {
		lo, hi := max(0, m[0]-60), min(len(text), m[1]+30)
		if from >= 0 && lo <= to { // overlapping windows merge
			to = hi
			continue
		}
		if from >= 0 {
			out = append(out, runeSlice(text, from, to))
		}
		from, to = lo, hi
	}
	if from >= 0 {
		out = append(out, runeSlice(text, from, to))
	}
	return out
}

// runeSlice cuts text at the rune boundaries nearest outside [from, to).
func runeSlice(text string, from, to int) string {
	for from > 0 && !utf8RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8RuneStart(text[to]) {
		to++
	}
	return text[from:to]
}

// firstDate returns the first date with a year and a day in text that is
// not introduced as a modification date. It reads the dates the n-gram
// search finds one at a time, and asks go-dateparser's own search only
// when the locales disagree on a date it would keep.
func firstDate(cfg *dps.Configuration, text string, loc *time.Location) (vigie.Timestamp, bool) {
	if !slices.Contains(cfg.Languages, "ru") { // the library rewrites Russian text before its search
		if t, ok, sure := keepFirst(newNgramSearch(cfg, text), text, loc); sure {
			return t, ok
		}
	}
	return firstDateSearch(cfg, text, loc)
}

// firstDateSearch is firstDate on the dates of go-dateparser's search,
// which panics on some texts (language.SplitSentence on "¿Por qué"
// in v1.4.7): those have no date.
func firstDateSearch(cfg *dps.Configuration, text string, loc *time.Location) (t vigie.Timestamp, ok bool) {
	defer func() {
		if recover() != nil {
			t, ok = vigie.Timestamp{}, false
		}
	}()
	_, found, err := parser.Search(cfg, text)
	if err != nil {
		return vigie.Timestamp{}, false
	}
	t, ok, _ = keepFirst(&foundDates{found: found}, text, loc)
	return t, ok
}

// dateSource yields the dates a search finds in a text, in order; exact
// says whether a date is the one go-dateparser's search reports.
type dateSource interface {
	next() (dps.SearchResult, bool)
	exact(dps.SearchResult) bool
}

// foundDates are the dates of go-dateparser's search.
type foundDates struct {
	found []dps.SearchResult
	i     int
}

func (f *foundDates) next() (dps.SearchResult, bool) {
	if f.i == len(f.found) {
		return dps.SearchResult{}, false
	}
	f.i++
	return f.found[f.i-1], true
}

func (f *foundDates) exact(dps.SearchResult) bool { return true }

// keepFirst returns the first date of src with a year and a day that is
// not introduced as a modification date, with the time of day that
// follows it; sure is false when a date it reads is not exact.
func keepFirst(src dateSource, text string, loc *time.Location) (t vigie.Timestamp, ok, sure bool) {
	from := 0
	for {
		r, more := src.next()
		if !more {
			return vigie.Timestamp{}, false, true
		}
		at := strings.Index(text[from:], r.Text)
		if at < 0 {
			continue
		}
		at += from
		from = at + len(r.Text)
		if !hasYear.MatchString(r.Text) || !hasDay.MatchString(r.Text) || r.Date.Period >= date.Month || updatedBefore.MatchString(text[max(0, at-40):at]) {
			continue
		}
		if !src.exact(r) {
			return vigie.Timestamp{}, false, false
		}
		if !yearWritten(r) || !dayWritten(r) {
			continue
		}
		t, ok := plausible(r, loc)
		if !ok {
			continue
		}
		if t.Precision != vigie.PrecisionDay {
			return t, true, true
		}
		next, more := src.next()
		if !more {
			return t, true, true
		}
		if clockNear(text[from:], next) && !src.exact(next) {
			return vigie.Timestamp{}, false, false
		}
		return withClock(t, text[from:], next, loc), true, true
	}
}

// yearWritten says whether the date found has the year its text writes
// ("08/12/2022 - 13:05 h" must not be read as 13 hours ago).
func yearWritten(r dps.SearchResult) bool {
	y := strconv.Itoa(r.Date.Time.Year())
	if len(y) != 4 { // a year before 1000 is no year a page writes (and y[2:] would panic)
		return false
	}
	for _, w := range hasYear.FindAllString(r.Text, -1) {
		if strings.Contains(w, y) || strings.Contains(w, y[2:]) && !strings.Contains(w, y[:2]) {
			return true
		}
	}
	return false
}

// dayWritten says whether the date found has a day its text writes, give
// or take the day a time zone moves it: a date whose day the parser took
// from the clock ("2 de decembro de 2023 - 10:30", in a language whose
// "de" it does not skip) is none the page shows.
func dayWritten(r dps.SearchResult) bool {
	d := r.Date.Time.Day()
	for _, n := range number.FindAllString(r.Text, -1) {
		if w := atoi(n); w >= d-1 && w <= d+1 || d == 1 && w >= 30 || d >= 30 && w == 1 {
			return true
		}
	}
	return false
}

var number = regexp.MustCompile(`\d+`)

// withClock adds to a day the time of day that follows it closely, when
// the search found them apart ("5 de mayo de 2023 a las 10:45").
func withClock(day vigie.Timestamp, after string, next dps.SearchResult, loc *time.Location) vigie.Timestamp {
	if !clockNear(after, next) || !next.Date.Period.IsTime() {
		return day
	}
	c, zone := next.Date.Time.In(loc), loc
	if zoneNamed.MatchString(next.Text) { // "12:30 (CEST)": the zone's offset, not the one loc has today
		c, zone = next.Date.Time, next.Date.Time.Location()
	}
	d := day.Time
	return vigie.At(time.Date(d.Year(), d.Month(), d.Day(), c.Hour(), c.Minute(), 0, 0, zone).In(loc))
}

// zoneNamed is a time zone written after a clock time: an abbreviation
// ("CEST", "BST", "MESZ"; not "PM") or an offset.
var zoneNamed = regexp.MustCompile(`\b(?:CET|CEST|MEZ|MESZ|BST|GMT|UTC|WET|WEST|EET|EEST|IST)\b|[+-]\d{2}:?\d{2}\b`)

// clockNear says whether the text of next, found after a day, may be its
// time of day: close after it, and without a year.
func clockNear(after string, next dps.SearchResult) bool {
	at := strings.Index(after, next.Text)
	return at >= 0 && at <= 12 && !hasYear.MatchString(next.Text)
}

// plausible checks a found date's year, and reads an all-numeric date
// day first when the language's own order made no sense of it ("20/02/2024"
// read as an English month-first date).
func plausible(r dps.SearchResult, loc *time.Location) (vigie.Timestamp, bool) {
	if y := r.Date.Time.Year(); y >= 1990 && y <= time.Now().Year()+1 {
		return timestampOf(r.Date, loc), true
	}
	m := numericDate.FindStringSubmatch(r.Text)
	if m == nil {
		return vigie.Timestamp{}, false
	}
	d, mo, y := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if d <= 12 && mo > 12 {
		d, mo = mo, d
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc)
	if t.Day() != d || y < 1990 {
		return vigie.Timestamp{}, false
	}
	return vigie.Day(t), true
}

var numericDate = regexp.MustCompile(`(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)`)

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// timestampOf keeps the precision go-dateparser found.
func timestampOf(d date.Date, loc *time.Location) vigie.Timestamp {
	if d.Period.IsTime() {
		return vigie.At(d.Time.In(loc))
	}
	return vigie.Day(d.Time)
}

// languagesFor puts lang first among the languages dates are read in.
func languagesFor(lang string) []string {
	langs := slices.Clone(dateLanguages)
	if lang == "" || !dps.IsKnownLocale(lang) {
		return langs
	}
	return append([]string{lang}, slices.DeleteFunc(langs, func(l string) bool { return l == lang })...)
}
