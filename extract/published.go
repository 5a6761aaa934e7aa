package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/vigie-news/vigie"
	"golang.org/x/net/html"
)

// publishedKeys are the meta tags that carry a publication time, most
// trusted first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished", "published_time",
	"publish-date", "publish_date", "publishdate", "pubdate", "dc.date.issued", "dcterms.issued",
	"dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date", "date",
}

// published returns the publication time of a page: the metadata when it
// is at least as precise as what a reader sees, else the visible byline or
// dateline. Times come back in loc, as the site shows them.
func published(doc *goquery.Document, m meta, h1 *html.Node, lang string, loc *time.Location) vigie.Timestamp {
	structured := structuredDate(doc, m, loc)
	if structured.Precision == vigie.PrecisionMinute {
		return structured.In(loc)
	}
	visible, ok := bylineDate(doc, h1, lang, loc)
	if !ok && structured.IsZero() {
		visible, ok = updatedDate(doc, h1, lang, loc)
	}
	switch {
	case !ok:
		return structured
	case structured.IsZero(), visible.Precision > structured.Precision && sameDay(visible, structured, loc):
		return zonedTwin(doc, visible)
	}
	return structured
}

// zonedTwin is the time a <time datetime> element of the page gives with
// its offset, when it reads as the visible time read in the source's
// zone: "13 July 2023, 16:40" over datetime="2023-07-13T16:40:00+01:00"
// is in the site's zone, not the one assumed. A visible date alone takes
// the full time of the element whose text it is: "<time
// datetime="2023-06-24T09:15:00+01:00">24 June 2023</time>" is 9:15 that
// day, in its own offset.
func zonedTwin(doc *goquery.Document, visible vigie.Timestamp) vigie.Timestamp {
	layout := "2006-01-02T15:04"
	switch visible.Precision {
	case vigie.PrecisionMinute:
	case vigie.PrecisionDay:
		layout = time.DateOnly
	default:
		return visible
	}
	want := visible.Time.Format(layout)
	twin := visible
	doc.Find("time[datetime]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		v, _ := s.Attr("datetime")
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(v))
		if err != nil || isModified(s) || t.Format(layout) != want ||
			visible.Precision == vigie.PrecisionDay && !strings.Contains(s.Text(), strconv.Itoa(t.Day())) {
			return true
		}
		twin = vigie.At(t)
		return false
	})
	return twin
}

// structuredDate reads JSON-LD, meta tags and machine-readable <time>.
func structuredDate(doc *goquery.Document, m meta, loc *time.Location) vigie.Timestamp {
	candidates := []string{m.ld("datePublished"), m.ld("dateCreated"), m.tag(publishedKeys...)}
	doc.Find(`time[itemprop="datePublished"], time[pubdate], time.published, time.entry-date`).Each(
		func(_ int, s *goquery.Selection) {
			if v, ok := s.Attr("datetime"); ok && !isModified(s) {
				candidates = append(candidates, v)
			}
		})
	for _, c := range candidates {
		if t, ok := parseMachineDate(c, loc); ok {
			return t
		}
	}
	return vigie.Timestamp{}
}

// machineLayouts are the forms found in metadata, with and without offset.
var machineLayouts = []struct {
	layout string
	p      vigie.Precision
}{
	{time.RFC3339Nano, vigie.PrecisionMinute}, {"2006-01-02T15:04Z07:00", vigie.PrecisionMinute},
	{"2006-01-02T15:04:05.999999999Z0700", vigie.PrecisionMinute}, {"2006-01-02T15:04:05", vigie.PrecisionMinute},
	{"2006-01-02T15:04", vigie.PrecisionMinute}, {"2006-01-02 15:04:05.999999999", vigie.PrecisionMinute},
	{"2006-01-02 15:04:05Z07:00", vigie.PrecisionMinute}, {"2006-01-02 15:04", vigie.PrecisionMinute},
	{time.RFC1123Z, vigie.PrecisionMinute}, {time.RFC1123, vigie.PrecisionMinute},
	{"20060102T150405Z0700", vigie.PrecisionMinute}, {"20060102T1504Z0700", vigie.PrecisionMinute}, // ISO 8601 basic
	{"20060102T150405", vigie.PrecisionMinute},
	{time.DateOnly, vigie.PrecisionDay}, {"20060102", vigie.PrecisionDay},
}

// parseMachineDate parses a metadata date; one without an offset is in loc.
func parseMachineDate(s string, loc *time.Location) (vigie.Timestamp, bool) {
	s = strings.TrimSpace(s)
	for _, l := range machineLayouts {
		if t, err := time.ParseInLocation(l.layout, s, loc); err == nil && t.Year() > 1990 {
			if l.p == vigie.PrecisionDay {
				return vigie.Day(t), true
			}
			return vigie.At(t), true
		}
	}
	return vigie.Timestamp{}, false
}

// isModified tells a modification date from a publication date.
func isModified(s *goquery.Selection) bool {
	cls, _ := s.Attr("class")
	prop, _ := s.Attr("itemprop")
	return modifiedWord.MatchString(cls + " " + prop)
}

var modifiedWord = regexp.MustCompile(`(?i)updated|modified|maj|mise-a-jour`)

func sameDay(a, b vigie.Timestamp, loc *time.Location) bool {
	return a.In(loc).Time.Format(time.DateOnly) == b.In(loc).Time.Format(time.DateOnly)
}
