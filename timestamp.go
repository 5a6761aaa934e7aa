package vigie

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Precision says how much of a Timestamp is known.
type Precision uint8

// Precisions, coarsest first.
const (
	PrecisionNone   Precision = iota // nothing is known
	PrecisionMonth                   // year and month
	PrecisionDay                     // the calendar day
	PrecisionMinute                  // date, time and offset
)

// Timestamp is a point in time as precise as its source: a byline that shows
// only a day gives a day, not midnight. Time carries the location in which
// the source stated it.
type Timestamp struct {
	Time      time.Time
	Precision Precision
}

// At returns a minute-precision Timestamp.
func At(t time.Time) Timestamp { return Timestamp{t, PrecisionMinute} }

// Day returns a day-precision Timestamp for the date of t.
func Day(t time.Time) Timestamp {
	return Timestamp{time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), PrecisionDay}
}

// IsZero reports whether nothing is known.
func (t Timestamp) IsZero() bool { return t.Precision == PrecisionNone || t.Time.IsZero() }

// String formats t as RFC 3339 with its offset, YYYY-MM-DD or YYYY-MM
// according to its precision, and "" when zero.
func (t Timestamp) String() string {
	switch {
	case t.IsZero():
		return ""
	case t.Precision == PrecisionMonth:
		return t.Time.Format("2006-01")
	case t.Precision == PrecisionDay:
		return t.Time.Format(time.DateOnly)
	}
	return t.Time.Format(time.RFC3339)
}

// In returns t with its time in loc; days and months are left alone.
func (t Timestamp) In(loc *time.Location) Timestamp {
	if t.Precision == PrecisionMinute && loc != nil {
		t.Time = t.Time.In(loc)
	}
	return t
}

// ParseTimestamp parses the forms String writes.
func ParseTimestamp(s string) (Timestamp, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Timestamp{}, nil
	}
	for _, f := range []struct {
		layout string
		p      Precision
	}{{time.RFC3339, PrecisionMinute}, {time.DateOnly, PrecisionDay}, {"2006-01", PrecisionMonth}} {
		if v, err := time.Parse(f.layout, s); err == nil {
			return Timestamp{v, f.p}, nil
		}
	}
	return Timestamp{}, Errorf(EINVALID, "%q is not a date (want YYYY-MM-DD, YYYY-MM or RFC 3339)", s)
}

// MarshalJSON writes String, or null when zero.
func (t Timestamp) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(t.String())
}

// UnmarshalJSON reads what MarshalJSON writes.
func (t *Timestamp) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("timestamp: %w", err)
	}
	if s == nil {
		*t = Timestamp{}
		return nil
	}
	v, err := ParseTimestamp(*s)
	*t = v
	return err
}
