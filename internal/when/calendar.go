package when

import (
	"time"

	"github.com/vigie-news/vigie"
)

// A day is a calendar day at midnight UTC, the form vigie.Day stores.
type day = time.Time

// noWeekday stands for a weekday the text does not give.
const noWeekday time.Weekday = -1

// civil returns the calendar day of t in its own location.
func civil(t time.Time) day {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// date returns the day y-m-d, and false when it does not exist (31 April).
func date(y, m, d int) (day, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, m >= 1 && m <= 12 && t.Day() == d && int(t.Month()) == m
}

func addDays(d day, n int) day { return d.AddDate(0, 0, n) }

// onOrBefore returns the latest day with weekday w not after ref.
func onOrBefore(ref day, w time.Weekday) day {
	return addDays(ref, -((int(ref.Weekday()) - int(w) + 7) % 7))
}

// strictlyAfter returns the first day with weekday w after ref.
func strictlyAfter(ref day, w time.Weekday) day {
	n := (int(w) - int(ref.Weekday()) + 7) % 7
	if n == 0 {
		n = 7
	}
	return addDays(ref, n)
}

// monday returns the Monday of ref's week.
func monday(ref day) day { return onOrBefore(ref, time.Monday) }

// latestSaturday returns the Saturday of the latest weekend that has begun
// by ref: ref itself on a Saturday, the day before on a Sunday.
func latestSaturday(ref day) day { return onOrBefore(ref, time.Saturday) }

// recentDate returns the latest m-d not after ref plus one day (the time
// zone of the writer may be ahead), agreeing with weekday w when given; when
// that year's date falls on another weekday, the year before is tried, and
// then the coming weeks: "vendredi 4 novembre" written on Saturday 29
// October 2022 is announced, not past.
func recentDate(m, d int, w time.Weekday, ref day) (day, bool) {
	limit := addDays(ref, 1)
	var first day
	found := false
	for y := ref.Year(); y >= ref.Year()-8; y-- { // 29 February may need years
		t, ok := date(y, m, d)
		if !ok || t.After(limit) {
			continue
		}
		if w == noWeekday || t.Weekday() == w {
			return t, true
		}
		if found {
			break
		}
		first, found = t, true
	}
	if w != noWeekday {
		if t, ok := onOrAfterMD(limit, m, d); ok && t.Weekday() == w && !t.After(addDays(ref, announced)) {
			return t, true
		}
	}
	return first, found
}

// announced is how many days ahead a date with a weekday that only fits
// the future may lie.
const announced = 90

// recentDayOfMonth returns the latest day numbered d with weekday w not
// after ref plus one day ("samedi 15" in an article of October is 15
// October when that was a Saturday, else an earlier month's 15th).
func recentDayOfMonth(d int, w time.Weekday, ref day) (day, bool) {
	limit := addDays(ref, 1)
	for back := range 24 {
		first := time.Date(ref.Year(), ref.Month()-time.Month(back), 1, 0, 0, 0, 0, time.UTC)
		t, ok := date(first.Year(), int(first.Month()), d)
		if ok && !t.After(limit) && (w == noWeekday || t.Weekday() == w) {
			return t, true
		}
	}
	return day{}, false
}

// recentMonth returns the year of the latest month m not after ref's.
func recentMonth(m int, ref day) int {
	if time.Month(m) > ref.Month() {
		return ref.Year() - 1
	}
	return ref.Year()
}

// dayStamp and monthStamp are the Timestamps Find returns.
func dayStamp(d day) vigie.Timestamp { return vigie.Day(d) }

func monthStamp(y, m int) vigie.Timestamp {
	return vigie.Timestamp{Time: time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), Precision: vigie.PrecisionMonth}
}

// addMonths returns the month n months after y-m.
func addMonths(y, m, n int) (int, int) {
	t := time.Date(y, time.Month(m)+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	return t.Year(), int(t.Month())
}
