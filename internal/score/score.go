// Package score computes the figures of the corpus judge
// (../shared/tools/score) in-process, so that tests can hold Vigie to them:
// article coverage and metadata, relevance, B-cubed clustering, incident
// fields and spurious incidents. The code is the judge's, made a library.
package score

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
	"unicode"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"
)

// misses receives every miss of the evaluation under way; mu keeps one
// evaluation at a time, since the judge's code reports misses globally.
var (
	mu     sync.Mutex
	misses func(line string)
)

// Gold is a corpus's gold.yaml.
type Gold = gold

// Article and Incident are the export lines the judge reads.
type (
	Article  = sysArticle
	Incident = sysIncident
)

// LoadGold reads a gold.yaml.
func LoadGold(path string) (Gold, error) {
	var g gold
	b, err := os.ReadFile(path)
	if err != nil {
		return g, err
	}
	return g, yaml.Unmarshal(b, &g)
}

// Evaluate returns every figure of the judge; each miss, when miss is not
// nil, is passed to it as a line of text.
func Evaluate(g Gold, arts []Article, incs []Incident, miss func(string)) map[string]float64 {
	mu.Lock()
	defer mu.Unlock()
	misses = miss
	defer func() { misses = nil }()
	return evaluate(g, arts, incs)
}

type goldIncident struct {
	ID         string `yaml:"id"`
	Victim     string `yaml:"victim"`
	VictimKind string `yaml:"victim_kind"`
	Place      string `yaml:"place"`
	INSEE      string `yaml:"insee"`
	Department string `yaml:"department"`
	Region     string `yaml:"region"`
	Country    string `yaml:"country"`
	Attack     string `yaml:"attack"`
	Start      string `yaml:"start"`
	InScope    bool   `yaml:"in_scope"`
}

type goldArticle struct {
	URL       string   `yaml:"url"`
	Lang      string   `yaml:"lang"`
	Published string   `yaml:"published"`
	Title     string   `yaml:"title"`
	Incidents []string `yaml:"incidents"`
	Mentions  []string `yaml:"mentions"`
	Relevant  bool     `yaml:"relevant"`
}

type gold struct {
	Incidents []goldIncident `yaml:"incidents"`
	Articles  []goldArticle  `yaml:"articles"`
}

type sysArticle struct {
	URL          string   `json:"url"`
	CanonicalURL string   `json:"canonical_url"`
	Title        string   `json:"title"`
	Published    string   `json:"published"`
	Lang         string   `json:"lang"`
	Relevant     bool     `json:"relevant"`
	Incidents    []string `json:"incidents"`
}

type sysIncident struct {
	ID         string   `json:"id"`
	Victim     string   `json:"victim"`
	VictimKind string   `json:"victim_kind"`
	Place      string   `json:"place"`
	INSEE      string   `json:"insee"`
	Department string   `json:"department"`
	Region     string   `json:"region"`
	Country    string   `json:"country"`
	Attack     string   `json:"attack"`
	Start      string   `json:"start"`
	Articles   []string `json:"articles"`
	InScope    *bool    `json:"in_scope"`
}

func evaluate(g gold, arts []sysArticle, incs []sysIncident) map[string]float64 {
	figs := map[string]float64{}
	byURL := map[string]*sysArticle{}
	for i := range arts {
		a := &arts[i]
		for _, u := range []string{a.URL, a.CanonicalURL} {
			if u != "" {
				byURL[normURL(u)] = a
			}
		}
	}
	// System clusters: article URL -> set of system incident ids.
	sysOf := map[string]map[string]bool{}
	add := func(u, id string) {
		u = normURL(u)
		if sysOf[u] == nil {
			sysOf[u] = map[string]bool{}
		}
		sysOf[u][id] = true
	}
	for _, in := range incs {
		for _, u := range in.Articles {
			add(u, in.ID)
		}
	}
	for _, a := range arts {
		for _, id := range a.Incidents {
			for _, u := range []string{a.URL, a.CanonicalURL} {
				if u != "" {
					add(u, id)
				}
			}
		}
	}

	// Article metadata and relevance.
	var found, title, pub, lang, tp, fp, fn float64
	for _, ga := range g.Articles {
		sa := byURL[normURL(ga.URL)]
		if sa == nil {
			miss("missing article %s", ga.URL)
			if ga.Relevant {
				fn++
			}
			continue
		}
		found++
		if fold(sa.Title) == fold(ga.Title) {
			title++
		} else {
			miss("title %s: got %q want %q", ga.URL, sa.Title, ga.Title)
		}
		if sameInstant(sa.Published, ga.Published) {
			pub++
		} else {
			miss("published %s: got %q want %q", ga.URL, sa.Published, ga.Published)
		}
		if strings.EqualFold(sa.Lang, ga.Lang) {
			lang++
		} else {
			miss("lang %s: got %q want %q", ga.URL, sa.Lang, ga.Lang)
		}
		switch {
		case sa.Relevant && ga.Relevant:
			tp++
		case sa.Relevant && !ga.Relevant:
			fp++
			miss("false positive %s", ga.URL)
		case !sa.Relevant && ga.Relevant:
			fn++
			miss("false negative %s", ga.URL)
		}
	}
	n := float64(len(g.Articles))
	figs["coverage"] = ratio(found, n)
	figs["title"] = ratio(title, n)
	figs["published"] = ratio(pub, n)
	figs["lang"] = ratio(lang, n)
	p, r := ratio(tp, tp+fp), ratio(tp, tp+fn)
	figs["relevance_p"], figs["relevance_r"], figs["relevance_f1"] = p, r, f1(p, r)

	// Clustering: extended B-cubed (Amigó et al. 2009) over gold-relevant
	// articles, gold categories being the in-scope incidents they report.
	inScope := map[string]bool{}
	for _, gi := range g.Incidents {
		inScope[gi.ID] = gi.InScope
	}
	type item struct{ gold, sys map[string]bool }
	var items []item
	for _, ga := range g.Articles {
		if !ga.Relevant {
			continue
		}
		gs := map[string]bool{}
		for _, id := range ga.Incidents {
			if inScope[id] {
				gs[id] = true
			}
		}
		if len(gs) == 0 {
			continue
		}
		items = append(items, item{gs, sysOf[normURL(ga.URL)]})
	}
	var bp, br float64
	for _, e := range items {
		var ps, pn, rs, rn float64
		for _, e2 := range items {
			c, l := overlap(e.sys, e2.sys), overlap(e.gold, e2.gold)
			if c > 0 {
				ps += min(c, l) / c
				pn++
			}
			if l > 0 {
				rs += min(c, l) / l
				rn++
			}
		}
		if pn > 0 {
			bp += ps / pn
		}
		if rn > 0 {
			br += rs / rn
		}
	}
	bp, br = ratio(bp, float64(len(items))), ratio(br, float64(len(items)))
	figs["b3_p"], figs["b3_r"], figs["b3_f1"] = bp, br, f1(bp, br)

	// Incident fields, judged on the system incident sharing most articles.
	sysByID := map[string]sysIncident{}
	for _, in := range incs {
		sysByID[in.ID] = in
	}
	var nInc, place, dept, region, country, kind, attack, start, start1 float64
	for _, gi := range g.Incidents {
		if !gi.InScope {
			continue
		}
		votes := map[string]int{}
		reported := 0
		for _, ga := range g.Articles {
			if ga.Relevant && contains(ga.Incidents, gi.ID) {
				reported++
				for id := range sysOf[normURL(ga.URL)] {
					votes[id]++
				}
			}
		}
		if reported == 0 {
			continue
		}
		nInc++
		best, bestN := "", 0
		for id, v := range votes {
			if v > bestN || (v == bestN && id < best) {
				best, bestN = id, v
			}
		}
		si, ok := sysByID[best]
		if !ok {
			miss("incident %s: no system incident", gi.ID)
			continue
		}
		judge := func(name string, got, want bool, counter *float64, gv, wv string) {
			if got == want {
				*counter++
			} else {
				miss("incident %s %s: got %q want %q", gi.ID, name, gv, wv)
			}
		}
		placeOK := (gi.INSEE != "" && si.INSEE == gi.INSEE) || samePlace(si.Place, gi.Place)
		judge("place", placeOK, true, &place, si.Place+" "+si.INSEE, gi.Place+" "+gi.INSEE)
		judge("department", fold(si.Department) == fold(gi.Department), true, &dept, si.Department, gi.Department)
		judge("region", fold(si.Region) == fold(gi.Region), true, &region, si.Region, gi.Region)
		judge("country", strings.EqualFold(si.Country, gi.Country), true, &country, si.Country, gi.Country)
		judge("victim_kind", si.VictimKind == gi.VictimKind, true, &kind, si.VictimKind, gi.VictimKind)
		judge("attack", si.Attack == gi.Attack, true, &attack, si.Attack, gi.Attack)
		exact, near := sameDay(si.Start, gi.Start)
		judge("start", exact, true, &start, si.Start, gi.Start)
		if near {
			start1++
		}
	}
	figs["incidents"] = nInc
	figs["place"] = ratio(place, nInc)
	figs["department"] = ratio(dept, nInc)
	figs["region"] = ratio(region, nInc)
	figs["country"] = ratio(country, nInc)
	figs["victim_kind"] = ratio(kind, nInc)
	figs["attack"] = ratio(attack, nInc)
	figs["start"] = ratio(start, nInc)
	figs["start_1day"] = ratio(start1, nInc)

	// Spurious incidents: system incidents, in scope by the system's own word
	// (absent means in scope), none of whose articles reports any gold incident,
	// in scope or not.
	reports := map[string]bool{}
	for _, ga := range g.Articles {
		if len(ga.Incidents) > 0 {
			reports[normURL(ga.URL)] = true
		}
	}
	var spurious float64
	for _, in := range incs {
		if in.InScope != nil && !*in.InScope {
			continue
		}
		ok := false
		for _, u := range in.Articles {
			ok = ok || reports[normURL(u)]
		}
		if !ok {
			spurious++
			miss("spurious incident %s (%s)", in.ID, in.Victim)
		}
	}
	figs["spurious"] = spurious
	return figs
}

// fold lowercases, strips accents and collapses punctuation and spaces.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// samePlace: equal once folded, or one is the other plus a qualifier
// ("Köthen" for "Köthen (Anhalt)").
func samePlace(got, want string) bool {
	g, w := fold(got), fold(want)
	if g == "" || w == "" {
		return false
	}
	return g == w || strings.HasPrefix(g, w+" ") || strings.HasPrefix(w, g+" ")
}

func normURL(u string) string {
	u = strings.TrimSpace(u)
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(u, "/")
}

func parseTime(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "2006-01"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// sameInstant: equal to the minute when both carry a time, else the same day.
func sameInstant(got, want string) bool {
	g, ok1 := parseTime(got)
	w, ok2 := parseTime(want)
	if !ok1 || !ok2 {
		return false
	}
	if len(strings.TrimSpace(want)) <= 10 {
		return g.Format("2006-01-02") == w.Format("2006-01-02")
	}
	return g.Truncate(time.Minute).Equal(w.Truncate(time.Minute))
}

// sameDay says whether two dates are equal, and whether they are within a day.
// A month-precision gold date matches any day of that month.
func sameDay(got, want string) (exact, near bool) {
	want = strings.TrimSpace(want)
	if len(want) == 7 {
		ok := strings.HasPrefix(strings.TrimSpace(got), want)
		return ok, ok
	}
	g, ok1 := parseTime(got)
	w, ok2 := parseTime(want)
	if !ok1 || !ok2 {
		return false, false
	}
	d := g.Sub(w)
	if d < 0 {
		d = -d
	}
	return g.Format("2006-01-02") == w.Format("2006-01-02"), d <= 24*time.Hour
}

func overlap(a, b map[string]bool) float64 {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func miss(format string, args ...any) {
	if misses != nil {
		misses(fmt.Sprintf(format, args...))
	}
}
