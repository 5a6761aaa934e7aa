package digest

import (
	"fmt"
	"time"

	"github.com/vigie-news/vigie"
)

// Week is an ISO 8601 week, such as 2026-W49.
type Week struct {
	Year, Num int
}

// ParseWeek reads "2026-W49".
func ParseWeek(s string) (Week, error) {
	var w Week
	if _, err := fmt.Sscanf(s, "%4d-W%2d", &w.Year, &w.Num); err != nil || w.String() != s || w.Num < 1 || w.Num > 53 {
		return Week{}, vigie.Errorf(vigie.EINVALID, "week %q is not an ISO week like 2026-W49", s)
	}
	if y, n := w.Start(time.UTC).ISOWeek(); y != w.Year || n != w.Num {
		return Week{}, vigie.Errorf(vigie.EINVALID, "%d has no week %d", w.Year, w.Num)
	}
	return w, nil
}

// WeekOf returns the ISO week t falls in, in loc.
func WeekOf(t time.Time, loc *time.Location) Week {
	y, n := t.In(loc).ISOWeek()
	return Week{y, n}
}

// String formats w as 2026-W49.
func (w Week) String() string { return fmt.Sprintf("%04d-W%02d", w.Year, w.Num) }

// Start returns Monday 00:00 of w in loc.
func (w Week) Start(loc *time.Location) time.Time {
	// January 4th is always in week 1.
	jan4 := time.Date(w.Year, time.January, 4, 0, 0, 0, 0, loc)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w.Num-1))
}

// End returns the start of the week after w, in loc.
func (w Week) End(loc *time.Location) time.Time { return w.Start(loc).AddDate(0, 0, 7) }

// Add returns the week n weeks after w (before, when n < 0).
func (w Week) Add(n int) Week {
	return WeekOf(w.Start(time.UTC).AddDate(0, 0, 7*n), time.UTC)
}

// Contains reports whether t is in w, in loc.
func (w Week) Contains(t time.Time, loc *time.Location) bool {
	return !t.Before(w.Start(loc)) && t.Before(w.End(loc))
}

// NextSend returns the first time at or after now that is weekday
// hour:minute in loc.
func NextSend(now time.Time, weekday time.Weekday, hour, minute int, loc *time.Location) time.Time {
	n := now.In(loc)
	days := (int(weekday) - int(n.Weekday()) + 7) % 7
	t := time.Date(n.Year(), n.Month(), n.Day()+days, hour, minute, 0, 0, loc)
	if t.Before(n) {
		t = t.AddDate(0, 0, 7)
	}
	return t
}
