package server

import (
	"math"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vigie-news/vigie"
)

// Limits on what an incident search may ask.
const (
	maxKm        = 20000 // half the Earth's circumference, about
	maxRegionLen = 200
	maxIDLen     = 200
)

var (
	countryParam    = regexp.MustCompile(`^[A-Za-z]{2}$`)
	departmentParam = regexp.MustCompile(`^([0-9]{2,3}|2[ABab])$`)
	incidentIDParam = regexp.MustCompile(`^[a-z0-9-]+$`)
)

// attackTypes and victimKinds are the values attack= and kind= accept.
var (
	attackTypes = []vigie.AttackType{vigie.AttackRansomware, vigie.AttackDDoS, vigie.AttackDataBreach,
		vigie.AttackDefacement, vigie.AttackPhishing, vigie.AttackIntrusion, vigie.AttackUnknown}
	victimKinds = []vigie.VictimKind{vigie.VictimCommune, vigie.VictimIntercommunalty, vigie.VictimDepartment,
		vigie.VictimRegion, vigie.VictimLocalPublicBody, vigie.VictimHospital, vigie.VictimSchool,
		vigie.VictimCompany, vigie.VictimNationalBody, vigie.VictimOther}
)

// parseIncidentFilter reads the parameters of GET /api/incidents; every
// malformed value is an EINVALID error naming the parameter. Days and
// months are those of loc. Incidents in scope are the default.
func parseIncidentFilter(q url.Values, loc *time.Location) (vigie.IncidentFilter, error) {
	f := vigie.IncidentFilter{Query: strings.TrimSpace(q.Get("q")), Region: strings.TrimSpace(q.Get("region")), Page: 1, Size: defaultSize}
	if len(f.Query) > maxQueryLen || !utf8.ValidString(f.Query) {
		return f, vigie.Errorf(vigie.EINVALID, "q must be valid UTF-8 of at most %d bytes", maxQueryLen)
	}
	if len(f.Region) > maxRegionLen || !utf8.ValidString(f.Region) {
		return f, vigie.Errorf(vigie.EINVALID, "region must be valid UTF-8 of at most %d bytes", maxRegionLen)
	}
	for _, parse := range []func(url.Values, *vigie.IncidentFilter) error{
		parseCodes, parseNear, parseInScope,
	} {
		if err := parse(q, &f); err != nil {
			return f, err
		}
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

// parseCodes reads country=, department=, attack= and kind=.
func parseCodes(q url.Values, f *vigie.IncidentFilter) error {
	if c := q.Get("country"); c != "" {
		if !countryParam.MatchString(c) {
			return vigie.Errorf(vigie.EINVALID, "country %q is not a two-letter country code such as FR", c)
		}
		f.Country = strings.ToUpper(c)
	}
	if d := q.Get("department"); d != "" {
		if !departmentParam.MatchString(d) {
			return vigie.Errorf(vigie.EINVALID, "department %q is not a département code such as 73, 2A or 974", d)
		}
		f.Department = strings.ToUpper(d)
	}
	if a := vigie.AttackType(q.Get("attack")); a != "" {
		if !slices.Contains(attackTypes, a) {
			return vigie.Errorf(vigie.EINVALID, "attack %q is not one of %s", a, joinValues(attackTypes))
		}
		f.Attack = a
	}
	if k := vigie.VictimKind(q.Get("kind")); k != "" {
		if !slices.Contains(victimKinds, k) {
			return vigie.Errorf(vigie.EINVALID, "kind %q is not one of %s", k, joinValues(victimKinds))
		}
		f.Kind = k
	}
	return nil
}

// parseNear reads near=lat,lon and km=.
func parseNear(q url.Values, f *vigie.IncidentFilter) error {
	if s := q.Get("near"); s != "" {
		lat, lon, ok := strings.Cut(s, ",")
		p, okLat, okLon := vigie.Point{}, false, false
		p.Lat, okLat = floatIn(lat, -90, 90)
		p.Lon, okLon = floatIn(lon, -180, 180)
		if !ok || !okLat || !okLon {
			return vigie.Errorf(vigie.EINVALID, "near %q is not a point lat,lon with lat from -90 to 90 and lon from -180 to 180", s)
		}
		f.Near = &p
	}
	if s := q.Get("km"); s != "" {
		km, ok := floatIn(s, 0, maxKm)
		if !ok || km == 0 {
			return vigie.Errorf(vigie.EINVALID, "km must be a number of kilometres above 0 and at most %d", maxKm)
		} else if f.Near == nil {
			return vigie.Errorf(vigie.EINVALID, "km needs near, the point to measure from")
		}
		f.Km = km
	}
	return nil
}

// floatIn parses s as a decimal number from lo to hi.
func floatIn(s string, lo, hi float64) (float64, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(v) || v < lo || v > hi {
		return 0, false
	}
	return v, true
}

// parseInScope reads in_scope=true|false|all; true when absent.
func parseInScope(q url.Values, f *vigie.IncidentFilter) error {
	yes, no := true, false
	switch s := q.Get("in_scope"); s {
	case "", "true":
		f.InScope = &yes
	case "false":
		f.InScope = &no
	case "all":
		f.InScope = nil
	default:
		return vigie.Errorf(vigie.EINVALID, "in_scope %q is not true, false or all", s)
	}
	return nil
}

// checkIncidentID returns an EINVALID error unless id looks like an
// incident id: lower-case letters, digits and dashes.
func checkIncidentID(id string) error {
	if len(id) > maxIDLen || !incidentIDParam.MatchString(id) {
		return vigie.Errorf(vigie.EINVALID, "incident id %q is not made of at most %d lower-case letters, digits and dashes",
			truncate(id, maxIDLen), maxIDLen)
	}
	return nil
}

// truncate returns s cut to at most n bytes, on a character boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// joinValues lists vs for an error message.
func joinValues[T ~string](vs []T) string {
	ss := make([]string, len(vs))
	for i, v := range vs {
		ss[i] = string(v)
	}
	return strings.Join(ss, ", ")
}
