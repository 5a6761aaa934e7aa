package when

import (
	"strings"
	"time"
)

// resolve turns a match into its expressions, resolved against ref; false
// when the match is not a date after all ("31 avril", "samedi 15 heures").
func (m *match) resolve(ref day) ([]Expr, bool) {
	switch m.rule.kind {
	case kindDate:
		return m.calendarDate(ref)
	case kindNumeric:
		return m.numericDate(ref)
	case kindMonth:
		return m.monthName(ref)
	case kindMonthRel:
		y, mo := addMonths(ref.Year(), int(ref.Month()), m.rule.arg)
		return m.one(Expr{Date: monthStamp(y, mo), Relative: true})
	case kindWeekday:
		return m.weekdayDate(ref)
	case kindOffset:
		return m.one(Expr{Date: dayStamp(addDays(ref, m.rule.arg)), Relative: true, Night: m.rule.night})
	case kindAgo:
		return m.ago(ref)
	case kindFew:
		return m.few(ref)
	case kindWeek:
		return m.one(Expr{Date: dayStamp(addDays(monday(ref), 7*m.rule.arg)), Relative: true, Vague: true})
	case kindWeekend:
		return m.weekend(ref)
	case kindWeekendOf:
		return m.weekendOf(ref)
	case kindNight:
		return m.night(ref)
	case kindSpan:
		return m.span(ref)
	}
	return nil, false
}

// one returns e as the match's only expression, covering the whole match.
func (m *match) one(e Expr) ([]Expr, bool) {
	e.Start, e.End = m.start(), m.end()
	return []Expr{e}, true
}

func (m *match) calendarDate(ref day) ([]Expr, bool) {
	s := m.side("1")
	if s.m == 0 && clockAfter.MatchString(m.text[m.end():]) {
		return nil, false
	}
	d, ok := s.resolve(ref)
	if !ok {
		return nil, false
	}
	return m.one(Expr{Date: dayStamp(d), Relative: s.m == 0})
}

// numericDate reads day first, unless the month cannot be one: 04/24/2021.
// A date inside a longer run of numbers ("01.23.45.67.89", a phone number)
// is none.
func (m *match) numericDate(ref day) ([]Expr, bool) {
	if inNumberRun(m.text, m.start(), m.end()) {
		return nil, false
	}
	d, mo, y := m.number("d1"), m.number("m1"), m.number("y1")
	if y < 100 {
		y += 2000
		if y > ref.Year()+1 {
			y -= 100
		}
	} else if mo > 12 && d <= 12 {
		d, mo = mo, d
	}
	t, ok := date(y, mo, d)
	if !ok {
		return nil, false
	}
	return m.one(Expr{Date: dayStamp(t)})
}

// inNumberRun reports whether text[start:end] is joined to more numbers
// by a dot, slash or hyphen.
func inNumberRun(text string, start, end int) bool {
	sep := func(c byte) bool { return c == '.' || c == '/' || c == '-' }
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	return start >= 2 && sep(text[start-1]) && digit(text[start-2]) ||
		end+1 < len(text) && sep(text[end]) && digit(text[end+1])
}

// monthName needs a year or a word before the month: a bare "mars" or
// "August" is too often something else.
func (m *match) monthName(ref day) ([]Expr, bool) {
	s := m.side("1")
	start, _, _ := m.bounds("m1")
	if s.m == 0 || (s.y == 0 && start == m.start() && !possessive(m.text[m.start():m.end()]) && !lastYearAfter(m.text[m.end():])) {
		return nil, false // a bare month name is none, but its possessive is ("January's attack"), and so is last year's ("november vorig jaar")
	}
	if s.y == 0 {
		s.y = recentMonth(s.m, ref)
		if s.y == ref.Year() && s.m == int(ref.Month()) && m.has("last") {
			s.y-- // "last May's incident", written in May: a year before
		}
	}
	return m.one(Expr{Date: monthStamp(s.y, s.m)})
}

// possessive: a month name written with its "'s".
func possessive(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s")
}

// weekdayDate is the latest such weekday, or the one before or after as
// the words say; none when an indefinite article comes first ("on a
// Saturday afternoon", "un samedi", "an einem Sonntag"): any such day.
func (m *match) weekdayDate(ref day) ([]Expr, bool) {
	w := m.weekday("w1")
	if w == noWeekday || indefinite[lastWord(m.text[:m.start()])] || yearNext(m.text[m.end():]) {
		return nil, false // "on Shrove Tuesday 2022": a feast of that year, not the last Tuesday
	}
	d := onOrBefore(ref, w)
	switch {
	case m.has("last"):
		d = onOrBefore(addDays(ref, -1), w)
	case m.has("next"):
		d = strictlyAfter(ref, w)
	}
	return m.one(Expr{Date: dayStamp(d), Relative: true, Night: m.has("night")})
}

// indefinite are the indefinite articles that may come before a weekday.
var indefinite = map[string]bool{"a": true, "un": true, "une": true, "einem": true, "einen": true, "eines": true,
	"una": true, "een": true, "um": true, "uma": true}

// yearNext: s opens on a year ("2022").
func yearNext(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && yearWritten.MatchString(f[0]) && len(strings.Trim(f[0], ".,;:)")) == 4
}

// lastWord is the last word of s, folded as normWord folds.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return normWord(f[len(f)-1])
}

// unit is the unit the match's "unit" group names, in its rule's language.
func (m *match) unit() unit {
	w := normWord(m.get("unit"))
	if u, ok := langUnits[m.rule.lang.code][w]; ok {
		return u
	}
	return units[w]
}

// ago counts back from ref. Months and years give a month.
func (m *match) ago(ref day) ([]Expr, bool) {
	n := m.number("n")
	u := m.unit()
	if n < 1 || u == 0 {
		return nil, false
	}
	e := Expr{Relative: true, Vague: m.has("approx")}
	if idiom, ok := m.rule.lang.dayIdioms[n]; ok && u == unitDay {
		n, e.Vague = idiom, true
	}
	if m.has("exact") && (u == unitMonth || u == unitYear) {
		back := n
		if u == unitYear {
			back *= 12
		}
		e.Date = dayStamp(ref.AddDate(0, -back, 0)) // "vor genau zwei Jahren", "il y a tout juste un an": that day
		return m.one(e)
	}
	switch u {
	case unitDay:
		e.Date = dayStamp(addDays(ref, -n))
	case unitWeek:
		e.Date = dayStamp(addDays(ref, -7*n))
	case unitMonth:
		e.Date = monthStamp(addMonths(ref.Year(), int(ref.Month()), -n))
	case unitYear:
		e.Date, e.Vague = monthStamp(addMonths(ref.Year(), int(ref.Month()), -12*n)), true
	}
	return m.one(e)
}

// few reads "a few days" as three, "a few weeks" as two, "a few months"
// as two.
func (m *match) few(ref day) ([]Expr, bool) {
	e := Expr{Relative: true, Vague: true}
	switch m.unit() {
	case unitDay:
		e.Date = dayStamp(addDays(ref, -3))
	case unitWeek:
		e.Date = dayStamp(addDays(ref, -14))
	case unitMonth:
		e.Date = monthStamp(addMonths(ref.Year(), int(ref.Month()), -2))
	default:
		return nil, false
	}
	return m.one(e)
}

// weekend returns the Saturday of the latest weekend; "last weekend" said
// during a weekend is the one before.
func (m *match) weekend(ref day) ([]Expr, bool) {
	sat := latestSaturday(ref)
	inWeekend := ref.Weekday() == time.Saturday || ref.Weekday() == time.Sunday
	if m.rule.arg < 0 && inWeekend {
		sat = addDays(sat, -7)
	}
	return m.one(Expr{Date: dayStamp(sat), Relative: true, Weekend: true})
}

// weekendOf returns the first day of "the weekend of April 24 and 25".
func (m *match) weekendOf(ref day) ([]Expr, bool) {
	a, b := m.side("1"), m.side("2")
	first, ok := a.resolve(ref)
	if b.d != 0 {
		first, _, ok = resolvePair(a, b, ref)
	}
	if !ok {
		return nil, false
	}
	return m.one(Expr{Date: dayStamp(first), Relative: a.m == 0 && b.m == 0, Weekend: true})
}

// night returns the first day of the night, or with arg 1 (the early
// hours, "la madrugada del domingo al lunes") the second day.
func (m *match) night(ref day) ([]Expr, bool) {
	a, b := m.side("1"), m.side("2")
	first, second, ok := nightDays(a, b, ref)
	if !ok {
		return nil, false
	}
	e := Expr{Date: dayStamp(first), Night: true, Relative: a.d == 0 && b.d == 0}
	if m.rule.arg == 1 {
		e.Night = false
		if a.d != 0 && b.d != 0 || a.w != noWeekday && b.w != noWeekday {
			e.Date = dayStamp(second)
		}
	}
	return m.one(e)
}

// nightDays returns the two days of a night named by dates, by two
// weekdays, or by one of either ("in der Nacht zum Montag" gives only the
// second).
func nightDays(a, b side, ref day) (day, day, bool) {
	switch {
	case a.d != 0 && b.d != 0:
		return resolvePair(a, b, ref)
	case a.d != 0:
		d, ok := a.resolve(ref)
		return d, addDays(d, 1), ok
	case b.d != 0:
		d, ok := b.resolve(ref)
		return addDays(d, -1), d, ok
	case b.w != noWeekday:
		second := onOrBefore(ref, b.w)
		first := addDays(second, -1)
		if a.w != noWeekday && a.w != first.Weekday() {
			first = onOrBefore(first, a.w)
		}
		return first, second, true
	case a.w != noWeekday:
		d := onOrBefore(ref, a.w)
		return d, addDays(d, 1), true
	}
	return day{}, day{}, false
}

// span returns both ends of a range, each with its own text.
func (m *match) span(ref day) ([]Expr, bool) {
	first, second, ok := resolvePair(m.side("1"), m.side("2"), ref)
	s1, e1, ok1 := m.sideBounds("1")
	s2, e2, ok2 := m.sideBounds("2")
	if !ok || !ok1 || !ok2 {
		return nil, false
	}
	return []Expr{
		{Start: s1, End: e1, Date: dayStamp(first)},
		{Start: s2, End: e2, Date: dayStamp(second)},
	}, true
}
