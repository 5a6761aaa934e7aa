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
	sameAttack = 120 * 24 * time.Hour  // between two start dates given for one victim
	sameDays   = 7 * 24 * time.Hour    // between two start dates, when the victim of one was hit with the other's
	coverage   = 1200 * 24 * time.Hour // the longest silence in the coverage of one attack, for articles that give no start: follow-ups come up to three years later
	lead       = 7 * 24 * time.Hour    // an article may date an attack a little after it came out (time zones, typos)
	reportLag  = 45 * 24 * time.Hour   // an undated first report comes out within weeks of the attack (of its month, at most)
)

// item is one finding of one article, with what the article mentions.
type item struct {
	article  *vigie.Article
	finding  vigie.Finding
	mentions []vigie.Finding
	core     string // the victim's coreKey
	weak     bool   // the victim is a short form nothing places (see shortFor)
}

// cluster is the findings of one attack.
type cluster struct {
	items []item
	keys  map[string]bool // identities of the victims
	also  map[string]bool // identities of the bodies hit with them
	at    map[string]bool // where the victims sit (placeKey) and their kind and official name (nameKey)
	start time.Time       // earliest known start
	day   time.Time       // earliest start known to the day ("Frühjahr 2022" is none)
	first time.Time       // publication of its first article
	last  time.Time       // publication of its latest article
}

// Decision says where one finding went and why: the trace
// `vigie-eval explain` shows.
type Decision struct {
	ArticleID int64
	Victim    string // the victim's identity
	Start     string // the start the finding gives, or ""
	Cluster   int    // index of the cluster it joined or opened
	Joined    bool   // false: it opened a new cluster
	Reasons   []string
}

// Grouping is the result of clustering: the incidents, and the decision
// taken for each finding (Decision.Cluster indexes Incidents).
type Grouping struct {
	Incidents []*vigie.Incident
	Decisions []Decision
}

// Cluster merges the articles' findings into incidents: one per attack,
// across outlets, languages and months. Mentions never make an incident.
// An incident of previous keeps its id when its articles still make one.
func Cluster(reports []vigie.Report, articles map[int64]*vigie.Article, previous []*vigie.Incident) []*vigie.Incident {
	incs := Group(reports, articles, previous, nil).Incidents
	slices.SortFunc(incs, func(a, b *vigie.Incident) int {
		return cmp.Or(a.Start.Time.Compare(b.Start.Time), strings.Compare(a.ID, b.ID))
	})
	return incs
}

// Group clusters like Cluster and says why. taken says whether an id is
// used by an incident left out of this clustering, which new incidents
// must not reuse; nil means none is.
//
// Findings that date their attack are taken first, then those that do not,
// each in order of publication, so that a finding without a date follows
// up the latest attack on its victim before it came out. Each joins the cluster of
// the same victim whose attack date fits its own (the attack's date as
// the text gives it, not the article's), or of a body hit with it within
// days, else opens one. Only findings that share a key (see Keys) can
// meet, so clustering the reports that share keys with some articles
// gives the same clusters as clustering everything.
func Group(reports []vigie.Report, articles map[int64]*vigie.Article, previous []*vigie.Incident, taken func(id string) bool) Grouping {
	var items []item
	for _, r := range reports {
		a := articles[r.ArticleID]
		if a == nil {
			continue
		}
		for _, f := range r.Findings {
			f.Victim = canonical(f.Victim)
			f.AlsoAffected = slices.Clone(f.AlsoAffected)
			for i, b := range f.AlsoAffected {
				f.AlsoAffected[i] = canonical(b)
			}
			core := coreKey(f.Victim)
			items = append(items, item{article: a, finding: f, mentions: r.Mentions, core: core, weak: core != "" && !f.Victim.Place.HasPoint()})
		}
	}
	slices.SortStableFunc(items, func(x, y item) int {
		return cmp.Or(cmp.Compare(undated(x), undated(y)), published(x.article).Compare(published(y.article)),
			cmp.Compare(x.article.ID, y.article.ID))
	})
	var clusters []*cluster
	var decisions []Decision
	byKey := map[string][]int{} // clusters by the identities of the bodies they hold
	for _, it := range items {
		d := Decision{ArticleID: it.article.ID, Victim: identity(it.finding.Victim), Start: it.finding.Start.String()}
		i, reasons := bestCluster(clusters, candidates(byKey, it), it)
		d.Reasons = reasons
		if i < 0 {
			clusters = append(clusters, &cluster{keys: map[string]bool{}, also: map[string]bool{}, at: map[string]bool{}, first: published(it.article)})
			i = len(clusters) - 1
		}
		clusters[i].add(it)
		for _, k := range itemKeys(it) {
			if l := byKey[k]; len(l) == 0 || l[len(l)-1] != i {
				byKey[k] = append(l, i)
			}
		}
		d.Cluster, d.Joined = i, len(clusters[i].items) > 1
		decisions = append(decisions, d)
	}
	clusters = joinNamesakes(clusters, decisions)
	decisions = append(decisions, followUps(reports, articles, clusters)...)
	clusters = inPublicationOrder(clusters, decisions)
	incs := build(clusters, previous, taken)
	return Grouping{Incidents: incs, Decisions: decisions}
}

// joinNamesakes merges each cluster into the one other cluster that names
// its victim more fully and whose attack fits in time (meets): "District
// de Harborough", attacked on 14 March in a French round-up and placed
// nowhere, is the "Harborough District Council" attacked that day; "la
// mairie de Tournon", hit in March, is Tournon-sur-Rhône's. Two such
// clusters choose none. It renumbers the decisions.
func joinNamesakes(clusters []*cluster, decisions []Decision) []*cluster {
	into := make([]int, len(clusters)) // where each cluster's items went
	for i := range clusters {
		into[i] = i
	}
	for i, u := range clusters {
		words, town := unplacedWords(u), bareTown(u)
		if len(words) == 0 && town.Name == "" {
			continue
		}
		to := -1
		for j, p := range clusters {
			if j == i || into[j] != j || !(len(words) > 0 && bears(p, words) || town.Name != "" && longerTown(p, town)) || !meets(u, p) {
				continue
			}
			if to >= 0 {
				to = -2 // two fit: neither
				break
			}
			to = j
		}
		if to < 0 {
			continue
		}
		for _, it := range u.items {
			clusters[to].add(it)
		}
		into[i] = to
	}
	for i := range into {
		for into[i] != into[into[i]] {
			into[i] = into[into[i]] // one merged into a cluster merged later: where that one went
		}
	}
	var kept []*cluster
	index := make([]int, len(clusters))
	for i, c := range clusters {
		if into[i] == i {
			index[i] = len(kept)
			kept = append(kept, c)
		}
	}
	for k, d := range decisions {
		if to := into[d.Cluster]; to != d.Cluster {
			decisions[k].Reasons = append(d.Reasons, fmt.Sprintf("cluster %d (%s) names its victim more fully, at that time", to, clusters[to].label()))
			decisions[k].Joined = true
		}
		decisions[k].Cluster = index[into[d.Cluster]]
	}
	return kept
}

// unplacedWords are the own words of a cluster's victim when every item's
// victim is in scope and placed in no country; none otherwise.
func unplacedWords(c *cluster) []string {
	for _, it := range c.items {
		if v := it.finding.Victim; v.Place.Country != "" || !v.Kind.InScope() {
			return nil
		}
	}
	return ownWords(c.items[0].finding.Victim)
}

// bears: one of the cluster's victims is placed and its own words hold
// all of words, each whole or cut short ("Tipp" for "Tipperary").
func bears(c *cluster, words []string) bool {
	for _, it := range c.items {
		v := it.finding.Victim
		own := ownWords(v)
		if v.Place.Country != "" && !slices.ContainsFunc(words, func(w string) bool {
			return !slices.ContainsFunc(own, func(o string) bool { return strings.HasPrefix(o, w) })
		}) {
			return true
		}
	}
	return false
}

// bareTown is the town of a cluster whose victims are all the council of
// that one town; none otherwise.
func bareTown(c *cluster) vigie.Place {
	p := c.items[0].finding.Victim.Place
	for _, it := range c.items {
		v := it.finding.Victim
		if v.Kind != vigie.VictimCommune || v.Place.Name != p.Name || v.Place.Country != p.Country {
			return vigie.Place{}
		}
	}
	if p.Country == "" {
		return vigie.Place{}
	}
	return p
}

// longerTown: one of the cluster's victims sits in a town of the same
// country whose name begins with the name of town and goes on
// ("Tournon-sur-Rhône" for "Tournon").
func longerTown(c *cluster, town vigie.Place) bool {
	for _, it := range c.items {
		p := it.finding.Victim.Place
		if rest, ok := strings.CutPrefix(p.Name, town.Name); ok && p.Country == town.Country && (strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, " ")) {
			return true
		}
	}
	return false
}

// meets says whether two clusters' attacks can be one by time: starts
// known to the day within days of each other, starts of the same month, or
// the undated one first reported within weeks after the other's start.
func meets(a, b *cluster) bool {
	switch {
	case !a.day.IsZero() && !b.day.IsZero():
		return a.day.Sub(b.day).Abs() <= sameDays
	case !a.start.IsZero() && !b.start.IsZero():
		return sameMonth(a.start, b.start)
	case a.start.IsZero() && b.start.IsZero():
		return a.first.Sub(b.first).Abs() <= reportLag
	case a.start.IsZero():
		return soonAfter(a.first, b.start)
	}
	return soonAfter(b.first, a.start)
}

// soonAfter: a report published at pub can be the first of an attack that
// began at start.
func soonAfter(pub, start time.Time) bool {
	d := pub.Sub(start)
	return d >= -lead && d <= reportLag
}

// inPublicationOrder sorts each cluster's items, and the clusters, by
// publication (undated findings were taken last), and renumbers the
// decisions' clusters to match.
func inPublicationOrder(clusters []*cluster, decisions []Decision) []*cluster {
	byPub := func(x, y item) int {
		return cmp.Or(published(x.article).Compare(published(y.article)), cmp.Compare(x.article.ID, y.article.ID))
	}
	order := make([]int, len(clusters))
	for i, c := range clusters {
		slices.SortStableFunc(c.items, byPub)
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return byPub(clusters[a].items[0], clusters[b].items[0]) })
	sorted := make([]*cluster, len(clusters))
	index := make([]int, len(clusters)) // old index -> new
	for n, old := range order {
		sorted[n], index[old] = clusters[old], n
	}
	for k := range decisions {
		decisions[k].Cluster = index[decisions[k].Cluster]
	}
	return sorted
}

func (c *cluster) add(it item) {
	c.items = append(c.items, it)
	if p := published(it.article); p.After(c.last) {
		c.last = p
	}
	if p := published(it.article); p.Before(c.first) {
		c.first = p
	}
	if k := identity(it.finding.Victim); k != "" {
		c.keys[k] = true
	}
	if k := placeKey(it.finding.Victim); k != "" {
		c.at[k] = true
	}
	if k := nameKey(it.finding.Victim); k != "" {
		c.at[k] = true
	}
	if it.core != "" {
		c.at[it.core] = true
		if it.weak {
			c.at["weak:"+it.core] = true
		}
	}
	for _, b := range it.finding.AlsoAffected {
		if k := identity(b); k != "" {
			c.also[k] = true
		}
	}
	if s := it.finding.Start; !s.IsZero() && (c.start.IsZero() || s.Time.Before(c.start)) {
		c.start = s.Time
	}
	if s := it.finding.Start; s.Precision >= vigie.PrecisionDay && (c.day.IsZero() || s.Time.Before(c.day)) {
		c.day = s.Time
	}
}

// undated is 1 for a finding that gives no start, 0 for one that does.
func undated(it item) int {
	if it.finding.Start.IsZero() {
		return 1
	}
	return 0
}

// itemKeys are the identities of the item's victim and of the bodies hit
// with it (already canonical), and where its victim sits.
func itemKeys(it item) []string {
	var keys []string
	for _, b := range append([]vigie.Body{it.finding.Victim}, it.finding.AlsoAffected...) {
		if k := identity(b); k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	if k := placeKey(it.finding.Victim); k != "" {
		keys = append(keys, k)
	}
	if k := nameKey(it.finding.Victim); k != "" {
		keys = append(keys, k)
	}
	if it.core != "" {
		keys = append(keys, it.core)
	}
	return keys
}

// candidates are the clusters, in order, that hold a body the item names.
func candidates(byKey map[string][]int, it item) []int {
	var out []int
	for _, k := range itemKeys(it) {
		out = append(out, byKey[k]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// bestCluster returns the index of the cluster the item belongs to, or
// -1, with the reason for each candidate it was weighed against: a
// cluster of the same victim whose attack date fits, the closest in date;
// else one whose victim was hit with it (or it with them), or sits in
// the same town, within days, the closest.
func bestCluster(clusters []*cluster, cands []int, it item) (int, []string) {
	key, at := identity(it.finding.Victim), placeKey(it.finding.Victim)
	best, bestGap, bestSame := -1, time.Duration(0), false
	var reasons []string
	for _, i := range cands {
		c := clusters[i]
		var ok bool
		var why string
		same := key != "" && c.keys[key]
		switch {
		case same:
			ok, why = datesFit(c, it)
			why = "same victim " + key + ": " + why
		case key != "" && (c.also[key] || sharesBody(c, it.finding)):
			ok, why = linked(c, it)
			why = "hit together with " + key + ": " + why
		case key != "" && c.at[at]:
			ok, why = linked(c, it)
			why = "a body of the same town, " + at + ": " + why
		case key != "" && c.at[nameKey(it.finding.Victim)]:
			ok, why = datesFit(c, it)
			why = "a body of the same official name, placed elsewhere: " + why
		case key != "" && shortFor(c, it):
			ok, why = datesFit(c, it)
			why = "a council's short name and its full one, " + it.core + ": " + why
		default:
			continue
		}
		reasons = append(reasons, fmt.Sprintf("cluster %d (%s): %s", i, c.label(), why))
		if !ok {
			continue
		}
		if gap := c.gap(it); best < 0 || same && !bestSame || same == bestSame && gap < bestGap {
			best, bestGap, bestSame = i, gap, same // the victim's own attack before one it was hit with
		}
	}
	if best < 0 && len(reasons) == 0 {
		reasons = append(reasons, "no earlier finding names victim "+cmp.Or(key, "(none)"))
	}
	return best, reasons
}

// datesFit says whether an item about a cluster's victim is about the
// same attack, by the attack dates the texts give: two starts months
// apart are two attacks, however close the articles. A finding that
// gives no start follows up the latest attack that began before it came
// out while the press still writes about it: a follow-up years later
// dates the attack it recalls ("two years after the attack of 12 March
// 2019"), so one that gives no date after a long silence tells of a new
// attack.
func datesFit(c *cluster, it item) (bool, string) {
	s, pub := it.finding.Start, published(it.article)
	switch {
	case !s.IsZero() && !c.start.IsZero():
		d := s.Time.Sub(c.start).Abs()
		if d < sameAttack || s.Precision == vigie.PrecisionMonth && sameMonth(s.Time, c.start) {
			return true, fmt.Sprintf("starts %s and %s are %d days apart", s, day(c.start), days(d))
		}
		return false, fmt.Sprintf("starts %s and %s are %d days apart: another attack", s, day(c.start), days(d))
	case !s.IsZero():
		// The cluster's articles give no date: they came out soon after
		// the attack they report.
		if !s.Time.After(c.first.Add(lead)) && c.first.Sub(s.Time) < sameAttack {
			return true, fmt.Sprintf("start %s is shortly before its first article (%s)", s, day(c.first))
		}
		return false, fmt.Sprintf("start %s is far from its first article (%s)", s, day(c.first))
	case it.finding.Again && !c.start.IsZero() && pub.Sub(c.start) > sameAttack:
		return false, fmt.Sprintf("no start given, the victim hit anew; published %s, %d days after the attack of %s: a new attack", day(pub), days(pub.Sub(c.start)), day(c.start))
	case pub.Sub(c.last) > coverage:
		return false, fmt.Sprintf("no start given; published %s, %d days after the last article (%s): a new attack", day(pub), days(pub.Sub(c.last)), day(c.last))
	case !c.start.IsZero():
		if !pub.Before(c.start.Add(-lead)) {
			return true, fmt.Sprintf("no start given; published %s, after the attack of %s", day(pub), day(c.start))
		}
		return false, fmt.Sprintf("no start given; published %s, before the attack of %s", day(pub), day(c.start))
	}
	return true, "neither gives a start; published within months of the last article"
}

// linked says whether an item whose victim was hit with a cluster's (or
// the reverse) is that attack: both give starts days apart. The
// cluster's start is its first known to the day, when one is ("im
// Frühjahr 2022" dates a season, not the attack).
func linked(c *cluster, it item) (bool, string) {
	if c.items[0].finding.Victim.Kind.InScope() != it.finding.Victim.Kind.InScope() {
		return false, "one victim is in scope, the other not"
	}
	start := cmp.Or(c.day, c.start)
	s := it.finding.Start
	if s.IsZero() && !start.IsZero() {
		// An undated report of bodies hit together, published within weeks of
		// the attack: the same attack told from the other body's side.
		pub := published(it.article)
		d := pub.Sub(start)
		return soonAfter(pub, start), fmt.Sprintf("no start given; published %s, %d days after the attack of %s", day(pub), days(d), day(start))
	}
	if !s.IsZero() && !start.IsZero() && s.Precision == vigie.PrecisionMonth && sameMonth(s.Time, start) {
		return true, fmt.Sprintf("start %s is the month of the attack of %s", s, day(start))
	}
	if s.IsZero() || start.IsZero() || s.Precision < vigie.PrecisionDay {
		return false, "no day to compare"
	}
	d := s.Time.Sub(start).Abs()
	return d <= sameDays, fmt.Sprintf("starts %s and %s are %d days apart", s, day(start), days(d))
}

// gap is how far an item is from a cluster in time: between the starts
// when both are known, else from the cluster's attack (or first
// article) to the item's publication.
func (c *cluster) gap(it item) time.Duration {
	ref := cmp.Or(c.start, c.first)
	if s := it.finding.Start; !s.IsZero() {
		return s.Time.Sub(ref).Abs()
	}
	return published(it.article).Sub(ref).Abs()
}

func (c *cluster) label() string {
	v := c.items[0].finding.Victim
	when := "no start"
	if !c.start.IsZero() {
		when = day(c.start)
	}
	return fmt.Sprintf("%s, %s, %d findings", cmp.Or(v.Official, v.Name), when, len(c.items))
}

func day(t time.Time) string            { return t.Format(time.DateOnly) }
func days(d time.Duration) int          { return int(d.Hours() / 24) }
func sameMonth(a, b time.Time) bool     { return a.Year() == b.Year() && a.Month() == b.Month() }
func keyOf(b vigie.Body) (string, bool) { k := identity(b); return k, k != "" }

// shortFor: the victim and one of the cluster's share a name without the
// words of their kind, and one of them is a short form nothing places
// ("Westmeath council" and "Westmeath County Council").
func shortFor(c *cluster, it item) bool {
	return it.core != "" && (it.weak && c.at[it.core] || c.at["weak:"+it.core])
}

// sharesBody: the item's also-affected bodies include the cluster's victim.
func sharesBody(c *cluster, f vigie.Finding) bool {
	for _, b := range f.AlsoAffected {
		if k, ok := keyOf(b); ok && c.keys[k] {
			return true
		}
	}
	return false
}

// published is when an article came out: its publication time, else when
// it was fetched.
func published(a *vigie.Article) time.Time {
	if !a.Published.IsZero() {
		return a.Published.Time
	}
	return a.FetchedAt
}

// build turns clusters into incidents, reusing the ids of previous
// incidents that share most of their articles, and giving the others
// ids neither used here nor taken.
func build(clusters []*cluster, previous []*vigie.Incident, taken func(string) bool) []*vigie.Incident {
	used := map[string]bool{}
	incs := make([]*vigie.Incident, len(clusters))
	for i, c := range clusters {
		incs[i] = merge(c)
	}
	for i, c := range clusters {
		if id := reuseID(c, incs[i], previous, used); id != "" {
			incs[i].ID = id
			used[id] = true
		}
	}
	for _, in := range incs {
		if in.ID == "" {
			in.ID = newID(in, func(id string) bool { return used[id] || taken != nil && taken(id) })
			used[in.ID] = true
		}
	}
	return incs
}

// reuseID returns the id of the previous incident sharing most articles
// with the cluster, if any, not taken yet and about the same victim: a
// round-up shared by three incidents gives its id to none of the others.
func reuseID(c *cluster, in *vigie.Incident, previous []*vigie.Incident, used map[string]bool) string {
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
		if n > bestN && !used[p.ID] && sameVictim(p.Victim, in.Victim) {
			best, bestN = p.ID, n
		}
	}
	return best
}

// sameVictim: two incidents' victims are one body, by registry code when
// both have one, else by official name or place.
func sameVictim(a, b vigie.Body) bool {
	if a.ID != "" && b.ID != "" {
		return a.ID == b.ID
	}
	same := func(x, y string) bool { return x != "" && fold.String(x) == fold.String(y) }
	return same(a.Official, b.Official) || same(a.Name, b.Name) || same(a.Place.Name, b.Place.Name)
}

// newID makes a readable id: the month of the attack and the victim's
// place, "2021-04-bourg-saint-maurice", with a number when taken.
func newID(in *vigie.Incident, taken func(string) bool) string {
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
	for n := 2; taken(id); n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}
