package server

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

// Parameters each search accepts; anything else is a 400 that lists them.
var (
	incidentParams = []string{"q", "country", "region", "department", "attack", "kind", "year", "from", "to",
		"near", "km", "in_scope", "sort", "page", "size", "format"}
	articleParams = []string{"q", "lang", "site", "from", "to", "page", "size", "format"}
	sortValues    = []string{"date", "relevance", "distance"}
)

// ParseIncidentQuery reads the parameters of an incident search as
// GET /api/incidents does; the pages use it too, so that a page and its
// downloads select the same incidents. hl=, the pages' language, is
// ignored.
func ParseIncidentQuery(q url.Values, loc *time.Location) (vigie.IncidentFilter, error) {
	if err := checkParams(q, incidentParams); err != nil {
		return vigie.IncidentFilter{}, err
	}
	f, err := parseIncidentFilter(q, loc)
	if err != nil {
		return f, err
	}
	if err := parseYear(q, loc, &f); err != nil {
		return f, err
	}
	if s := q.Get("sort"); s != "" {
		if !slices.Contains(sortValues, s) {
			return f, vigie.Errorf(vigie.EINVALID, "sort %q is not one of %s", s, strings.Join(sortValues, ", "))
		} else if s == "distance" && f.Near == nil {
			return f, vigie.Errorf(vigie.EINVALID, "sort=distance needs near=lat,lon, the point to measure from")
		}
		f.Sort = s
	}
	return f, nil
}

// ParseArticleQuery reads the parameters of an article search as
// GET /api/articles does.
func ParseArticleQuery(q url.Values, loc *time.Location) (vigie.ArticleFilter, error) {
	if err := checkParams(q, articleParams); err != nil {
		return vigie.ArticleFilter{}, err
	}
	return parseArticleFilter(q, loc)
}

// checkParams refuses a parameter not in valid, or given twice.
func checkParams(q url.Values, valid []string) error {
	var unknown []string
	for k, vs := range q {
		if k == "hl" {
			continue
		}
		if !slices.Contains(valid, k) {
			unknown = append(unknown, k)
		} else if len(vs) > 1 {
			return vigie.Errorf(vigie.EINVALID, "parameter %s is given %d times; give it once", k, len(vs))
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return vigie.Errorf(vigie.EINVALID, "unknown parameter %s; valid parameters are %s",
			strings.Join(quoteAll(unknown), ", "), strings.Join(valid, ", "))
	}
	return nil
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(truncate(s, 50))
	}
	return out
}

// parseYear reads year=YYYY: incidents that started that year, within
// from= and to= when given too.
func parseYear(q url.Values, loc *time.Location, f *vigie.IncidentFilter) error {
	s := q.Get("year")
	if s == "" {
		return nil
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1970 || y > 2100 {
		return vigie.Errorf(vigie.EINVALID, "year %q is not a year from 1970 to 2100", s)
	}
	from := time.Date(y, 1, 1, 0, 0, 0, 0, loc)
	to := from.AddDate(1, 0, 0).Add(-time.Nanosecond)
	if f.From.IsZero() || f.From.Before(from) {
		f.From = from
	}
	if f.To.IsZero() || f.To.After(to) {
		f.To = to
	}
	if f.To.Before(f.From) {
		return vigie.Errorf(vigie.EINVALID, "year %d and from/to do not overlap", y)
	}
	return nil
}
