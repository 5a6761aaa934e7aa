package server

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"math"
	"mime"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

// Formats a search can be downloaded in.
const (
	FormatJSON    = "json"
	FormatCSV     = "csv"
	FormatJSONL   = "jsonl"
	FormatGeoJSON = "geojson"
)

var formats = []string{FormatJSON, FormatCSV, FormatJSONL, FormatGeoJSON}

// contentTypes are the media types of the formats.
var contentTypes = map[string]string{
	FormatJSON:    "application/json; charset=utf-8",
	FormatCSV:     "text/csv; charset=utf-8",
	FormatJSONL:   "application/x-ndjson; charset=utf-8",
	FormatGeoJSON: "application/geo+json; charset=utf-8",
}

// acceptFormats map the media types of Accept to formats.
var acceptFormats = map[string]string{
	"application/json": FormatJSON, "text/csv": FormatCSV, "application/x-ndjson": FormatJSONL,
	"application/jsonl": FormatJSONL, "application/jsonlines": FormatJSONL, "application/geo+json": FormatGeoJSON,
}

// negotiate returns the format asked by format= (which wins) or else by
// the first known type of Accept; JSON by default.
func negotiate(param, accept string, allowed []string) (string, error) {
	if param != "" {
		for _, f := range allowed {
			if f == param {
				return f, nil
			}
		}
		return "", vigie.Errorf(vigie.EINVALID, "format %q is not one of %s", param, strings.Join(allowed, ", "))
	}
	for _, part := range strings.Split(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if f, ok := acceptFormats[mt]; err == nil && ok {
			for _, a := range allowed {
				if a == f {
					return f, nil
				}
			}
		}
	}
	return FormatJSON, nil
}

// IncidentRecord is an incident as the exports write it: every field
// present, null when unknown, confidence to two decimals.
type IncidentRecord struct {
	ID            string   `json:"id"`
	Title         string   `json:"title"`
	Summary       *string  `json:"summary"`
	Victim        *string  `json:"victim"`
	VictimID      *string  `json:"victim_id"` // scheme:code in an official registry
	VictimKind    *string  `json:"victim_kind"`
	Place         *string  `json:"place"`
	INSEE         *string  `json:"insee"`
	Department    *string  `json:"department"`
	Region        *string  `json:"region"`
	Country       *string  `json:"country"`
	Lat           *float64 `json:"lat"`
	Lon           *float64 `json:"lon"`
	Attack        *string  `json:"attack"`
	Group         *string  `json:"group"`
	Start         *string  `json:"start"`
	Discovered    *string  `json:"discovered"`
	AlsoAffected  []string `json:"also_affected"`
	Impacts       []string `json:"impacts"`
	Responses     []string `json:"responses"`
	Ransom        *string  `json:"ransom"`
	RansomAmount  *string  `json:"ransom_amount"`
	InScope       bool     `json:"in_scope"`
	Confidence    float64  `json:"confidence"`
	FirstReported *string  `json:"first_reported"`
	LastUpdated   *string  `json:"last_updated"`
	Articles      []string `json:"articles"`
	DistanceKm    *float64 `json:"distance_km"`
}

// IncidentColumns are the CSV columns, in the order of IncidentRecord.
var IncidentColumns = []string{"id", "title", "summary", "victim", "victim_id", "victim_kind", "place", "insee", "department", "region",
	"country", "lat", "lon", "attack", "group", "start", "discovered", "also_affected", "impacts", "responses", "ransom",
	"ransom_amount", "in_scope", "confidence", "first_reported", "last_updated", "articles", "distance_km"}

// NewIncidentRecord returns the record of in; near, when not nil, gives
// the distance to in's place.
func NewIncidentRecord(in *vigie.Incident, near *vigie.Point) IncidentRecord {
	p := in.Victim.Place
	r := IncidentRecord{ID: in.ID, Title: in.Title, Summary: str(in.Summary), Victim: str(firstOf(in.Victim.Official, in.Victim.Name)),
		VictimID: str(in.Victim.ID), VictimKind: str(string(in.Victim.Kind)), Place: str(p.Name), INSEE: str(p.INSEE), Department: str(p.Department),
		Region: str(p.Region), Country: str(p.Country), Attack: str(string(in.Attack)), Group: str(in.Group),
		Start: str(in.Start.String()), Discovered: str(in.Discovered.String()), AlsoAffected: []string{},
		Impacts: orEmpty(in.Impacts), Responses: orEmpty(in.Responses), Ransom: str(in.Ransom), RansomAmount: str(in.RansomAmount),
		InScope: in.InScope, Confidence: Round2(in.Confidence), FirstReported: timeStr(in.FirstReported),
		LastUpdated: timeStr(in.LastUpdated), Articles: []string{}}
	if p.HasPoint() {
		r.Lat, r.Lon = &p.Lat, &p.Lon
		if near != nil {
			d := math.Round(vigie.Distance(*near, vigie.Point{Lat: p.Lat, Lon: p.Lon})*10) / 10
			r.DistanceKm = &d
		}
	}
	for _, b := range in.AlsoAffected {
		r.AlsoAffected = append(r.AlsoAffected, firstOf(b.Official, b.Name))
	}
	for _, s := range in.Sources {
		r.Articles = append(r.Articles, s.URL)
	}
	return r
}

// Round2 rounds a confidence to two decimals, so that JSON shows 0.9,
// never 0.9000000000000001.
func Round2(v float64) float64 { return math.Round(v*100) / 100 }

func str(s string) *string {
	if s = strings.TrimSpace(s); s == "" {
		return nil
	}
	return &s
}

func timeStr(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.UTC().Format(time.RFC3339)
	return &s
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// record returns r as CSV fields, empty for null.
func (r IncidentRecord) record() []string {
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	f := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'f', -1, 64)
	}
	return []string{r.ID, r.Title, s(r.Summary), s(r.Victim), s(r.VictimID), s(r.VictimKind), s(r.Place), s(r.INSEE), s(r.Department),
		s(r.Region), s(r.Country), f(r.Lat), f(r.Lon), s(r.Attack), s(r.Group), s(r.Start), s(r.Discovered),
		strings.Join(r.AlsoAffected, "; "), strings.Join(r.Impacts, "; "), strings.Join(r.Responses, "; "), s(r.Ransom),
		s(r.RansomAmount), strconv.FormatBool(r.InScope), strconv.FormatFloat(r.Confidence, 'f', -1, 64),
		s(r.FirstReported), s(r.LastUpdated), strings.Join(r.Articles, " "), f(r.DistanceKm)}
}

// IncidentWriter writes incidents as CSV, JSON Lines or GeoJSON, one at a
// time; Close ends the document.
type IncidentWriter struct {
	format string
	w      io.Writer
	cw     *csv.Writer
	enc    *json.Encoder
	n      int
	near   *vigie.Point
}

// NewIncidentWriter returns a writer of format (csv, jsonl or geojson) to
// w; near, when not nil, adds the distance to each incident.
func NewIncidentWriter(w io.Writer, format string, near *vigie.Point) *IncidentWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &IncidentWriter{format: format, w: w, cw: csv.NewWriter(w), enc: enc, near: near}
}

// geoFeature is one incident of a GeoJSON FeatureCollection.
type geoFeature struct {
	Type       string         `json:"type"`
	ID         string         `json:"id"`
	Geometry   *geoPoint      `json:"geometry"`
	Properties IncidentRecord `json:"properties"`
}

type geoPoint struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// Write writes one incident.
func (iw *IncidentWriter) Write(in *vigie.Incident) error {
	r := NewIncidentRecord(in, iw.near)
	first := iw.n == 0
	iw.n++
	switch iw.format {
	case FormatCSV:
		if first {
			if err := iw.cw.Write(IncidentColumns); err != nil {
				return err
			}
		}
		return iw.cw.Write(r.record())
	case FormatGeoJSON:
		sep := ",\n"
		if first {
			sep = `{"type":"FeatureCollection","features":[` + "\n"
		}
		if _, err := io.WriteString(iw.w, sep); err != nil {
			return err
		}
		f := geoFeature{Type: "Feature", ID: r.ID, Properties: r}
		if r.Lat != nil {
			f.Geometry = &geoPoint{"Point", [2]float64{*r.Lon, *r.Lat}}
		}
		b, err := json.Marshal(f)
		if err != nil {
			return err
		}
		_, err = iw.w.Write(b)
		return err
	}
	return iw.enc.Encode(r)
}

// Close ends the document: the CSV header when no row was written, the
// end of the GeoJSON collection.
func (iw *IncidentWriter) Close() error {
	switch iw.format {
	case FormatCSV:
		if iw.n == 0 {
			if err := iw.cw.Write(IncidentColumns); err != nil {
				return err
			}
		}
		iw.cw.Flush()
		return iw.cw.Error()
	case FormatGeoJSON:
		end := "\n]}\n"
		if iw.n == 0 {
			end = `{"type":"FeatureCollection","features":[]}` + "\n"
		}
		_, err := io.WriteString(iw.w, end)
		return err
	}
	return nil
}
