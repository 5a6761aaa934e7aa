package when

import (
	"regexp"
	"strconv"
	"time"
)

// match is one match of a rule in a text.
type match struct {
	text string
	idx  []int // submatch offsets in text; group 1 is the expression
	rule *rule
}

func (m *match) start() int { return m.idx[2] }
func (m *match) end() int   { return m.idx[3] }

// bounds returns the offsets of the first group called name that matched.
func (m *match) bounds(name string) (int, int, bool) {
	for _, i := range m.rule.names[name] {
		if m.idx[2*i] >= 0 {
			return m.idx[2*i], m.idx[2*i+1], true
		}
	}
	return 0, 0, false
}

func (m *match) get(name string) string {
	s, e, ok := m.bounds(name)
	if !ok {
		return ""
	}
	return m.text[s:e]
}

func (m *match) has(name string) bool {
	_, _, ok := m.bounds(name)
	return ok
}

// number reads a group written in digits or in words; 0 when absent.
func (m *match) number(name string) int {
	s := m.get(name)
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if m.rule.lang == nil || s == "" {
		return 0
	}
	return m.rule.lang.numberOf[normWord(s)]
}

// month reads a month written in digits or in words; 0 when absent.
func (m *match) month(name string) int {
	s := m.get(name)
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if m.rule.lang == nil || s == "" {
		return 0
	}
	return m.rule.lang.monthOf[normWord(s)]
}

func (m *match) weekday(name string) time.Weekday {
	s := m.get(name)
	if s == "" || m.rule.lang == nil {
		return noWeekday
	}
	if w, ok := m.rule.lang.weekdayOf[normWord(s)]; ok {
		return w
	}
	return noWeekday
}

// side is one end of a range, or a lone date: 0 stands for what the text
// does not give.
type side struct {
	d, m, y int
	w       time.Weekday
}

func (m *match) side(n string) side {
	return side{d: m.number("d" + n), m: m.month("m" + n), y: m.number("y" + n), w: m.weekday("w" + n)}
}

// sideBounds returns the offsets covering the groups of one side.
func (m *match) sideBounds(n string) (int, int, bool) {
	lo, hi, found := 0, 0, false
	for _, g := range []string{"w", "d", "m", "y"} {
		s, e, ok := m.bounds(g + n)
		if !ok {
			continue
		}
		if !found || s < lo {
			lo = s
		}
		if !found || e > hi {
			hi = e
		}
		found = true
	}
	return lo, hi, found
}

// resolve returns the day a side names, reading what it lacks from ref.
func (s side) resolve(ref day) (day, bool) {
	switch {
	case s.d == 0:
		return day{}, false
	case s.m == 0:
		if s.w == noWeekday {
			return day{}, false
		}
		return recentDayOfMonth(s.d, s.w, ref)
	case s.y != 0:
		return date(s.y, s.m, s.d)
	}
	return recentDate(s.m, s.d, s.w, ref)
}

// resolvePair returns the days of a range whose ends may each lack their
// month or year ("du 6 au 8 mars", "October 26 to 27, 2022"). Without
// years, the first end is the latest not after ref and the second follows it.
func resolvePair(a, b side, ref day) (day, day, bool) {
	if a.m == 0 && b.m == 0 {
		first, ok := a.resolve(ref)
		if !ok {
			return day{}, day{}, false
		}
		return first, nextNumbered(first, b.d), b.d > 0
	}
	if a.m == 0 {
		a.m = b.m
		if a.d > b.d {
			_, a.m = addMonths(2000, b.m, -1)
		}
	}
	if b.m == 0 {
		b.m = a.m
		if b.d < a.d {
			_, b.m = addMonths(2000, a.m, 1)
		}
	}
	return yearsOfPair(a, b, ref)
}

func yearsOfPair(a, b side, ref day) (day, day, bool) {
	var first, second day
	var ok1, ok2 bool
	switch {
	case b.y != 0:
		second, ok2 = date(b.y, b.m, b.d)
		if a.y != 0 {
			first, ok1 = date(a.y, a.m, a.d)
		} else {
			first, ok1 = onOrBeforeMD(second, a.m, a.d)
		}
	case a.y != 0:
		first, ok1 = date(a.y, a.m, a.d)
		second, ok2 = onOrAfterMD(first, b.m, b.d)
	default:
		first, ok1 = recentDate(a.m, a.d, a.w, ref)
		second, ok2 = onOrAfterMD(first, b.m, b.d)
	}
	return first, second, ok1 && ok2 && !second.Before(first)
}

// onOrAfterMD returns the first m-d on or after from.
func onOrAfterMD(from day, m, d int) (day, bool) {
	for y := from.Year(); y <= from.Year()+4; y++ {
		if t, ok := date(y, m, d); ok && !t.Before(from) {
			return t, true
		}
	}
	return day{}, false
}

// onOrBeforeMD returns the last m-d on or before to.
func onOrBeforeMD(to day, m, d int) (day, bool) {
	for y := to.Year(); y >= to.Year()-4; y-- {
		if t, ok := date(y, m, d); ok && !t.After(to) {
			return t, true
		}
	}
	return day{}, false
}

// nextNumbered returns the first day numbered d on or after from.
func nextNumbered(from day, d int) day {
	for i := range 3 {
		first := time.Date(from.Year(), from.Month()+time.Month(i), 1, 0, 0, 0, 0, time.UTC)
		if t, ok := date(first.Year(), int(first.Month()), d); ok && !t.Before(from) {
			return t
		}
	}
	return from
}

// clockAfter matches a time of day right after a day number: "samedi 15
// heures" is a Saturday at three, not the 15th.
var clockAfter = regexp.MustCompile(`(?i)^[\s\x{a0}]*(?:h(?:[^\p{L}]|$)|h[0-9]|heures?|hours?|uhr|ore|horas?|[:.][0-9])`)
