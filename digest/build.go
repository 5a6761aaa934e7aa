package digest

import (
	"cmp"
	"html"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/microcosm-cc/bluemonday"

	"github.com/vigie-news/vigie"
)

// Digest is what one subscriber's email of one week says.
type Digest struct {
	Week      Week
	Filter    vigie.DigestFilter
	Start     time.Time // Monday 00:00 of the week
	End       time.Time // the Sunday that ends it
	Regions   []Region  // the week's new incidents, by region
	FollowUps []Item    // older incidents with news this week
	New       int       // new incidents this week
	Previous  []int     // new incidents in each of the four weeks before, oldest first
	Average   float64   // of Previous
	Trend     string    // up, down or stable against Average
}

// Region is the new incidents of one region.
type Region struct {
	Name  string
	Items []Item
}

// Item is one incident as the digest shows it.
type Item struct {
	ID         string
	Title      string
	Victim     string
	Place      string
	Attack     vigie.AttackType
	Start      string
	Discovered string
	Summary    string // at most two lines
	URL        string // of the incident page
	Sources    []Link
}

// Link is a source of an incident.
type Link struct {
	Site, Title, URL string
}

// previousWeeks is how many weeks the trend compares with.
const previousWeeks = 4

// Build selects, among incs, those of week that f asks for. baseURL makes
// the links to incident pages; weeks are those of loc.
func Build(incs []*vigie.Incident, f vigie.DigestFilter, week Week, loc *time.Location, baseURL string) Digest {
	d := Digest{Week: week, Filter: f, Start: week.Start(loc), End: week.End(loc).AddDate(0, 0, -1), Previous: make([]int, previousWeeks)}
	regions := map[string][]Item{}
	end := week.End(loc)
	var bounds [previousWeeks + 1]time.Time // of the weeks before; the last is d.Start
	for i := range bounds {
		bounds[i] = week.Add(i - previousWeeks).Start(loc)
	}
	for _, in := range incs {
		if !f.Matches(in) {
			continue
		}
		t := in.FirstReported
		switch {
		case !t.Before(d.Start) && t.Before(end):
			d.New++
			name := regionOf(in.Victim.Place, f.Lang)
			regions[name] = append(regions[name], item(in, baseURL))
		case t.Before(d.Start) && hasNews(in, d.Start, end):
			d.FollowUps = append(d.FollowUps, item(in, baseURL))
		}
		for i := range previousWeeks {
			if !t.Before(bounds[i]) && t.Before(bounds[i+1]) {
				d.Previous[i]++
			}
		}
	}
	for name, items := range regions {
		slices.SortFunc(items, func(a, b Item) int { return cmp.Or(cmp.Compare(b.Start, a.Start), cmp.Compare(a.ID, b.ID)) })
		d.Regions = append(d.Regions, Region{name, items})
	}
	slices.SortFunc(d.Regions, func(a, b Region) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(d.FollowUps, func(a, b Item) int { return cmp.Compare(a.ID, b.ID) })
	d.Average, d.Trend = trend(d.New, d.Previous)
	return d
}

// hasNews reports whether an article about in was published in
// [start, end), or in was updated then.
func hasNews(in *vigie.Incident, start, end time.Time) bool {
	within := func(t time.Time) bool { return !t.Before(start) && t.Before(end) }
	for _, s := range in.Sources {
		if !s.Published.IsZero() && within(s.Published.Time) {
			return true
		}
	}
	return within(in.LastUpdated)
}

// trend compares n with the average of prev: 25% off is a change.
func trend(n int, prev []int) (float64, string) {
	sum := 0
	for _, p := range prev {
		sum += p
	}
	avg := float64(sum) / float64(len(prev))
	switch {
	case float64(n) > avg*1.25 && n-int(avg) >= 1:
		return avg, "up"
	case float64(n) < avg*0.75:
		return avg, "down"
	}
	return avg, "stable"
}

// regionOf names the group an incident is listed under.
func regionOf(p vigie.Place, lang string) string {
	switch {
	case p.Region != "":
		return p.Region
	case p.Country != "":
		return countryName(p.Country, lang)
	case lang == "fr":
		return "Lieu inconnu"
	}
	return "Unknown place"
}

func item(in *vigie.Incident, baseURL string) Item {
	it := Item{
		ID: in.ID, Title: plain(in.Title), Victim: plain(cmp.Or(in.Victim.Official, in.Victim.Name)),
		Place: plain(placeName(in.Victim.Place)), Attack: in.Attack, Start: in.Start.String(), Discovered: in.Discovered.String(),
		Summary: twoLines(plain(in.Summary)), URL: baseURL + "/incidents/" + in.ID,
	}
	for _, s := range in.Sources {
		if len(it.Sources) == 3 {
			break
		}
		if strings.HasPrefix(s.URL, "https://") || strings.HasPrefix(s.URL, "http://") {
			it.Sources = append(it.Sources, Link{Site: plain(s.Site), Title: plain(s.Title), URL: s.URL})
		}
	}
	return it
}

func placeName(p vigie.Place) string {
	parts := []string{p.Name}
	if p.DepartmentName != "" && p.DepartmentName != p.Name {
		parts = append(parts, p.DepartmentName)
	}
	if p.Country != "" {
		parts = append(parts, p.Country)
	}
	return strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), ", ")
}

var strict = bluemonday.StrictPolicy()

// plain returns s without markup or control characters: what an article
// said, shown as text whatever it contained.
func plain(s string) string {
	if strings.ContainsAny(s, "<&") { // else there is no markup to remove
		s = html.UnescapeString(strict.Sanitize(s))
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// maxSummary is about two lines of an email.
const maxSummary = 180

// twoLines cuts s to about two lines, at a word.
func twoLines(s string) string {
	r := []rune(s)
	if len(r) <= maxSummary {
		return s
	}
	cut := string(r[:maxSummary])
	if i := strings.LastIndexByte(cut, ' '); i > maxSummary/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.") + "…"
}
