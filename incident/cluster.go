package incident

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/fold"
)

// Windows within which two findings are one attack.
const (
	sameAttack   = 120 * 24 * time.Hour // between two start dates given for one victim
	sameDays     = 7 * 24 * time.Hour   // between two start dates, when the victim of one was hit with the other's
	followUpSpan = 400 * 24 * time.Hour // after a start, for an article that gives none
)

// item is one finding of one article, with what the article mentions.
type item struct {
	article  *vigie.Article
	finding  vigie.Finding
	mentions []vigie.Finding
}

// cluster is the findings of one attack.
type cluster struct {
	items []item
	keys  map[string]bool // identities of the victims
	also  map[string]bool // identities of the bodies hit with them
	start time.Time       // earliest known start
}

// Cluster merges the articles' findings into incidents: one per attack,
// across outlets, languages and months. Mentions never make an incident.
// An incident of previous keeps its id when its articles still make one.
func Cluster(reports []vigie.Report, articles map[int64]*vigie.Article, previous []*vigie.Incident) []*vigie.Incident {
	var items []item
	for _, r := range reports {
		a := articles[r.ArticleID]
		if a == nil {
			continue
		}
		for _, f := range r.Findings {
			items = append(items, item{a, f, r.Mentions})
		}
	}
	slices.SortStableFunc(items, func(x, y item) int {
		return cmp.Or(published(x.article).Compare(published(y.article)), cmp.Compare(x.article.ID, y.article.ID))
	})
	var clusters []*cluster
	for _, it := range items {
		if c := bestCluster(clusters, it); c != nil {
			c.add(it)
		} else {
			c := &cluster{keys: map[string]bool{}, also: map[string]bool{}}
			c.add(it)
			clusters = append(clusters, c)
		}
	}
	return build(clusters, previous)
}

// identity names a body whatever the words used: a commune by its INSEE
// code, another body by its kind and folded official name.
func identity(b vigie.Body) string {
	switch {
	case b.Kind == vigie.VictimCommune && b.Place.INSEE != "":
		return "commune:" + b.Place.INSEE
	case b.Kind == vigie.VictimCommune && b.Place.Name != "":
		return "commune:" + fold.String(b.Place.Name) // a place the gazetteer lacks: its country may be unknown
	}
	return string(b.Kind) + ":" + fold.String(cmp.Or(b.Official, b.Name))
}

func (c *cluster) add(it item) {
	c.items = append(c.items, it)
	c.keys[identity(it.finding.Victim)] = true
	for _, b := range it.finding.AlsoAffected {
		c.also[identity(b)] = true
	}
	if s := it.finding.Start; !s.IsZero() && (c.start.IsZero() || s.Time.Before(c.start)) {
		c.start = s.Time
	}
}

// bestCluster returns the cluster the item belongs to, or nil: one with
// the same victim at a compatible date, or one whose victim was hit with
// it (or it with them) within days.
func bestCluster(clusters []*cluster, it item) *cluster {
	key := identity(it.finding.Victim)
	var best *cluster
	for _, c := range clusters {
		same := c.keys[key] && compatible(c, it)
		linked := (c.also[key] || sharesBody(c, it.finding)) && closeStarts(c, it) &&
			c.items[0].finding.Victim.Kind.InScope() == it.finding.Victim.Kind.InScope()
		if !same && !linked {
			continue
		}
		if best == nil || c.start.After(best.start) {
			best = c // the most recent attack on that victim
		}
	}
	return best
}

// sharesBody: the item's also-affected bodies include the cluster's victim.
func sharesBody(c *cluster, f vigie.Finding) bool {
	for _, b := range f.AlsoAffected {
		if c.keys[identity(b)] {
			return true
		}
	}
	return false
}

// closeStarts: both give a start, days apart.
func closeStarts(c *cluster, it item) bool {
	s := it.finding.Start
	return !s.IsZero() && !c.start.IsZero() && s.Precision >= vigie.PrecisionDay && s.Time.Sub(c.start).Abs() <= sameDays
}

// compatible says whether an item's dates fit a cluster's.
func compatible(c *cluster, it item) bool {
	s, pub := it.finding.Start, published(it.article)
	switch {
	case !s.IsZero() && !c.start.IsZero():
		d := s.Time.Sub(c.start).Abs()
		return d < sameAttack || s.Precision == vigie.PrecisionMonth && sameMonth(s.Time, c.start)
	case !c.start.IsZero():
		return !pub.Before(c.start.Add(-7*24*time.Hour)) && pub.Sub(c.start) < followUpSpan
	}
	first := published(c.items[0].article)
	return pub.Sub(first) < followUpSpan && !pub.Before(first.Add(-sameAttack))
}

func sameMonth(a, b time.Time) bool { return a.Year() == b.Year() && a.Month() == b.Month() }

// published is when an article came out: its publication time, else when
// it was fetched.
func published(a *vigie.Article) time.Time {
	if !a.Published.IsZero() {
		return a.Published.Time
	}
	return a.FetchedAt
}

// build turns clusters into incidents, reusing the ids of previous
// incidents that share most of their articles.
func build(clusters []*cluster, previous []*vigie.Incident) []*vigie.Incident {
	used := map[string]bool{}
	incs := make([]*vigie.Incident, len(clusters))
	for i, c := range clusters {
		incs[i] = merge(c)
	}
	for i, c := range clusters {
		if id := reuseID(c, previous, used); id != "" {
			incs[i].ID = id
			used[id] = true
		}
	}
	for _, in := range incs {
		if in.ID == "" {
			in.ID = newID(in, used)
			used[in.ID] = true
		}
	}
	slices.SortFunc(incs, func(a, b *vigie.Incident) int {
		return cmp.Or(a.Start.Time.Compare(b.Start.Time), strings.Compare(a.ID, b.ID))
	})
	return incs
}

// reuseID returns the id of the previous incident sharing most articles
// with the cluster, if any and not taken yet.
func reuseID(c *cluster, previous []*vigie.Incident, used map[string]bool) string {
	ids := map[int64]bool{}
	for _, it := range c.items {
		ids[it.article.ID] = true
	}
	best, bestN := "", 0
	for _, p := range previous {
		n := 0
		for _, s := range p.Sources {
			if ids[s.ArticleID] {
				n++
			}
		}
		if n > bestN && !used[p.ID] {
			best, bestN = p.ID, n
		}
	}
	return best
}

// newID makes a readable id: the month of the attack and the victim's
// place, "2021-04-bourg-saint-maurice", with a number when taken.
func newID(in *vigie.Incident, used map[string]bool) string {
	month := in.Start.Time
	if in.Start.IsZero() {
		month = in.FirstReported
	}
	name := cmp.Or(in.Victim.Place.Name, in.Victim.Official, in.Victim.Name, "incident")
	if !in.Victim.Kind.InScope() || in.Victim.Kind == vigie.VictimLocalPublicBody {
		name = cmp.Or(in.Victim.Official, in.Victim.Name, name)
	}
	base := month.Format("2006-01") + "-" + strings.ReplaceAll(fold.String(name), " ", "-")
	id := base
	for n := 2; used[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}
