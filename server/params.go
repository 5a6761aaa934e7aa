package server

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vigie-news/vigie"
)

// Limits on what a query may ask.
const (
	maxQueryLen = 500
	maxPage     = 10000
	maxSize     = 100
	defaultSize = 20
)

var langParam = regexp.MustCompile(`^[A-Za-z]{2,3}$`)

// parseArticleFilter reads the parameters of GET /api/articles; every
// malformed value is an EINVALID error naming the parameter.
// Days and months are those of loc.
func parseArticleFilter(q url.Values, loc *time.Location) (vigie.ArticleFilter, error) {
	f := vigie.ArticleFilter{Query: strings.TrimSpace(q.Get("q")), Site: strings.TrimSpace(q.Get("site")), Page: 1, Size: defaultSize}
	if len(f.Query) > maxQueryLen || !utf8.ValidString(f.Query) {
		return f, vigie.Errorf(vigie.EINVALID, "q must be valid UTF-8 of at most %d bytes", maxQueryLen)
	}
	if len(f.Site) > 200 || !utf8.ValidString(f.Site) {
		return f, vigie.Errorf(vigie.EINVALID, "site must be valid UTF-8 of at most 200 bytes")
	}
	if l := q.Get("lang"); l != "" {
		if !langParam.MatchString(l) {
			return f, vigie.Errorf(vigie.EINVALID, "lang %q is not a language code such as fr or en", l)
		}
		f.Lang = strings.ToLower(l)
	}
	var err error
	if f.From, f.To, err = dateRange(q, loc); err != nil {
		return f, err
	}
	if f.Page, err = intParam(q, "page", 1, 1, maxPage); err != nil {
		return f, err
	}
	f.Size, err = intParam(q, "size", defaultSize, 1, maxSize)
	return f, err
}

// dateRange reads from= and to= as dateParam does; to may not be
// before from.
func dateRange(q url.Values, loc *time.Location) (from, to time.Time, err error) {
	if from, err = dateParam(q, "from", false, loc); err != nil {
		return from, to, err
	}
	if to, err = dateParam(q, "to", true, loc); err != nil {
		return from, to, err
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return from, to, vigie.Errorf(vigie.EINVALID, "to is before from")
	}
	return from, to, nil
}

// dateParam reads YYYY-MM-DD, YYYY-MM or RFC 3339. A day or month is one
// of loc, and given as an upper bound it means its end.
func dateParam(q url.Values, name string, end bool, loc *time.Location) (time.Time, error) {
	s := q.Get(name)
	if s == "" {
		return time.Time{}, nil
	}
	ts, err := vigie.ParseTimestamp(s)
	if err != nil {
		return time.Time{}, vigie.Errorf(vigie.EINVALID, "%s %q is not a date (YYYY-MM-DD, YYYY-MM or RFC 3339)", name, s)
	}
	t := ts.Time
	if ts.Precision != vigie.PrecisionMinute {
		t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
	}
	if end {
		switch ts.Precision {
		case vigie.PrecisionDay:
			t = t.AddDate(0, 0, 1).Add(-time.Nanosecond)
		case vigie.PrecisionMonth:
			t = t.AddDate(0, 1, 0).Add(-time.Nanosecond)
		}
	}
	return t, nil
}

func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	s := q.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return def, vigie.Errorf(vigie.EINVALID, "%s must be an integer from %d to %d", name, lo, hi)
	}
	return n, nil
}
