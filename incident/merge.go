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

// merge makes one incident of a cluster's findings: the victim most
// articles name, the most specific attack type they agree on, the earliest
// start, and everything else they say, with its evidence.
func merge(c *cluster) *vigie.Incident {
	in := &vigie.Incident{Attack: vigie.AttackUnknown, AlsoAffected: []vigie.Body{}, Impacts: []string{},
		Responses: []string{}, Mentions: []string{}}
	in.Victim = commonVictim(c)
	in.Victim.ID = VictimID(in.Victim)
	in.InScope = in.Victim.Kind.InScope()
	in.Attack = commonAttack(c)
	in.Start, in.Discovered = weekendsSundayOf(c, earliest(c, func(f vigie.Finding) vigie.Timestamp { return f.Start })),
		earliest(c, func(f vigie.Finding) vigie.Timestamp { return f.Discovered })
	seen := map[string]bool{identity(in.Victim): true}
	for i, it := range c.items {
		f := it.finding
		in.Group = cmp.Or(in.Group, f.Group)
		in.Impacts = union(in.Impacts, f.Impacts)
		in.Responses = union(in.Responses, f.Responses)
		if ransomRank[f.Ransom] > ransomRank[in.Ransom] {
			in.Ransom = f.Ransom
		}
		in.RansomAmount = cmp.Or(in.RansomAmount, f.RansomAmount)
		for _, b := range f.AlsoAffected {
			if k := identity(b); !seen[k] {
				seen[k] = true
				b.ID = VictimID(b)
				in.AlsoAffected = append(in.AlsoAffected, b)
			}
		}
		for _, e := range f.Evidence {
			e.ArticleID, e.URL = it.article.ID, it.article.URL
			in.Evidence = append(in.Evidence, e)
		}

		in.Sources = append(in.Sources, source(it.article, i))
	}
	addMentions(c, in, seen)
	dedupeSources(in)
	in.FirstReported, in.LastUpdated = published(c.items[0].article), lastUpdated(c)
	in.Confidence = confidence(c, in)
	in.Title, in.Summary = title(in), summary(in)
	return in
}

// addMentions lists the other attacks the articles cite as context,
// leaving out the bodies hit in this one (seen holds their identities).
func addMentions(c *cluster, in *vigie.Incident, seen map[string]bool) {
	for _, it := range c.items {
		for _, m := range it.mentions {
			name := cmp.Or(m.Victim.Official, m.Victim.Name)
			if k := identity(m.Victim); name == "" || seen[k] {
				continue
			} else {
				seen[k] = true
			}
			in.Mentions = append(in.Mentions, name)
			for _, e := range m.Evidence {
				e.ArticleID, e.URL = it.article.ID, it.article.URL
				in.Evidence = append(in.Evidence, e)
			}
		}
	}
}

// commonVictim is the victim named by most findings, the first report's
// on a tie, in the form of it that says most of its place, placed in a
// town of its own when one of them gives one (see seatInText).
func commonVictim(c *cluster) vigie.Body {
	count, fullest := map[string]int{}, map[string]vigie.Body{}
	bestK, bestN := identity(c.items[0].finding.Victim), 0
	for _, it := range c.items {
		v := it.finding.Victim
		k := identity(v)
		if f, ok := fullest[k]; !ok || placeDetail(v.Place) > placeDetail(f.Place) {
			fullest[k] = v // a round-up that names the body without its seat does not unplace it
		}
		if count[k] += weight(c, it); count[k] > bestN {
			bestK, bestN = k, count[k]
		}
	}
	for _, it := range c.items {
		if v := it.finding.Victim; v.Kind == vigie.VictimLocalPublicBody && itProvider.in(fold.String(cmp.Or(v.Official, v.Name))) {
			bestK = identity(v) // the towns' IT provider: they were hit through it
			break
		}
	}
	best := fullest[bestK]
	id, k := VictimID(best), identity(best)
	if id == "" || townOf(best.Kind, best.Place, id) {
		return best
	}
	for _, it := range c.items {
		if v := it.finding.Victim; identity(v) == k && townOf(v.Kind, v.Place, id) {
			best.Place = v.Place
			break
		}
	}
	return best
}

// weight is what one finding counts for when findings vote on the victim
// and the attack: a report written while the attack was news counts twice
// a follow-up written long after it (a regulator's fine three years on
// names the council without its seat, the breach without the intrusion).
func weight(c *cluster, it item) int {
	if start := cmp.Or(c.start, c.first); published(it.article).Sub(start) > sameAttack {
		return 1
	}
	return 2
}

// itProvider names a body that runs the computers of local authorities:
// an attack on it is what takes its customers down.
var itProvider = words("it dienstleister", "kommunalen it", "kommunaler it", "municipal it provider", "syndicat informatique",
	"rechenzentrum", "datenzentrale", "it zweckverband", "ict dienst*", "consorzio informatico")

// commonAttack is the attack type most findings give, unknown ones aside;
// on a tie the more specific type wins. A ransomware attack whose data
// the follow-ups report published stays one, unless a text denies the
// encryption; a ransom demand is extortion (see extortion).
func commonAttack(c *cluster) vigie.AttackType {
	count := map[vigie.AttackType]int{}
	for _, it := range c.items {
		if a := it.finding.Attack; a != "" && a != vigie.AttackUnknown {
			count[a] += weight(c, it)
		}
	}
	if extortion(c) {
		count[vigie.AttackDataBreach] += count[vigie.AttackRansomware]
		delete(count, vigie.AttackRansomware)
	}
	best, bestN := vigie.AttackUnknown, 0
	for _, k := range kindOrder {
		if count[k] > bestN {
			best, bestN = k, count[k]
		}
	}
	if best == vigie.AttackDataBreach && count[vigie.AttackRansomware] > 0 && !slices.ContainsFunc(c.items, func(it item) bool { return it.finding.Unencrypted }) {
		return vigie.AttackRansomware // the data of a ransomware attack published later: one attack, the ransomware's
	}
	return best
}

// weekendsSundayOf moves start, a weekend's Saturday, to its Sunday when
// only reports that said "the weekend" date the attack so and another
// report gives the Sunday: "at the weekend" and "in the early hours of
// Sunday" tell one day, the Sunday.
func weekendsSundayOf(c *cluster, start vigie.Timestamp) vigie.Timestamp {
	var sunday vigie.Timestamp
	for _, it := range c.items {
		switch f := it.finding; {
		case f.StartWeekend:
		case dayAfter(start, f.Start):
			sunday = f.Start
		case f.Start.Precision == vigie.PrecisionDay && f.Start.Time.Equal(start.Time):
			return start // a report gives the Saturday itself
		}
	}
	return cmp.Or(sunday, start)
}

// dayAfter: b is the calendar day after a.
func dayAfter(a, b vigie.Timestamp) bool {
	return a.Precision == vigie.PrecisionDay && b.Precision == vigie.PrecisionDay && b.Time.Equal(a.Time.AddDate(0, 0, 1))
}

// extortion: a ransom asked of a body that no report says had files
// encrypted or services down, and one says had nothing encrypted: data
// taken and held to ransom, not ransomware.
func extortion(c *cluster) bool {
	unencrypted := false
	for _, it := range c.items {
		f := it.finding
		if f.Encrypted || slices.Contains(f.Impacts, "services-suspended") {
			return false
		}
		unencrypted = unencrypted || f.Unencrypted
	}
	return unencrypted
}

// earliest is the earliest date the findings give, leaving out a date a
// month or more before all the others (an article that dated the wrong
// event).
func earliest(c *cluster, get func(vigie.Finding) vigie.Timestamp) vigie.Timestamp {
	var ts []vigie.Timestamp
	for _, it := range c.items {
		if t := get(it.finding); !t.IsZero() {
			ts = append(ts, t)
		}
	}
	if len(ts) == 0 {
		return vigie.Timestamp{}
	}
	if days := slices.DeleteFunc(slices.Clone(ts), func(t vigie.Timestamp) bool { return t.Precision < vigie.PrecisionDay }); len(days) > 0 {
		ts = days // a day says more than a month
	}
	slices.SortFunc(ts, func(a, b vigie.Timestamp) int { return a.Time.Compare(b.Time) })
	if len(ts) >= 3 && ts[1].Time.Sub(ts[0].Time) > 31*24*time.Hour {
		ts = ts[1:]
	}
	return ts[0]
}

func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

func source(a *vigie.Article, i int) vigie.IncidentSource {
	role := vigie.RoleFollowUp
	if i == 0 {
		role = vigie.RoleFirstReport
	}
	return vigie.IncidentSource{ArticleID: a.ID, URL: a.URL, Site: a.Site, Lang: a.Lang, Published: a.Published, Title: a.Title, Role: role}
}

// dedupeSources keeps one source per article (a round-up may report the
// same incident twice).
func dedupeSources(in *vigie.Incident) {
	seen := map[int64]bool{}
	in.Sources = slices.DeleteFunc(in.Sources, func(s vigie.IncidentSource) bool {
		defer func() { seen[s.ArticleID] = true }()
		return seen[s.ArticleID]
	})
}

func lastUpdated(c *cluster) time.Time {
	var t time.Time
	for _, it := range c.items {
		if u := cmp.Or(it.article.UpdatedAt, published(it.article)); u.After(t) {
			t = u
		}
	}
	return t
}

// confidence grows with the articles and outlets that report the incident
// and with what is known of it.
func confidence(c *cluster, in *vigie.Incident) float64 {
	sites := map[string]bool{}
	for _, it := range c.items {
		sites[it.article.Site] = true
	}
	score := 0.4 + 0.1*float64(min(len(c.items), 3)) + 0.1*float64(min(len(sites), 2)-1)
	if in.Victim.Place.INSEE != "" || in.Victim.Place.Name != "" {
		score += 0.1
	}
	if !in.Start.IsZero() {
		score += 0.05
	}
	if in.Attack != vigie.AttackUnknown {
		score += 0.05
	}
	return min(score, 1)
}

// attackNames are the English words titles and summaries use.
var attackNames = map[vigie.AttackType]string{
	vigie.AttackRansomware: "Ransomware attack", vigie.AttackDDoS: "Denial-of-service attack",
	vigie.AttackDataBreach: "Data breach", vigie.AttackDefacement: "Website defacement",
	vigie.AttackPhishing: "Phishing campaign", vigie.AttackIntrusion: "Intrusion", vigie.AttackUnknown: "Cyber attack",
}

func title(in *vigie.Incident) string {
	where := placeLabel(in.Victim.Place)
	if where != "" {
		where = " (" + where + ")"
	}
	return fmt.Sprintf("%s on %s%s", attackNames[in.Attack], cmp.Or(in.Victim.Official, in.Victim.Name), where)
}

func placeLabel(p vigie.Place) string {
	var parts []string
	for _, s := range []string{p.DepartmentName, p.Region, p.Country} {
		if s != "" && !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

func summary(in *vigie.Incident) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s on %s", attackNames[in.Attack], cmp.Or(in.Victim.Official, in.Victim.Name))
	if !in.Start.IsZero() {
		fmt.Fprintf(&b, ", from %s", in.Start)
	}
	if in.Group != "" {
		fmt.Fprintf(&b, ", claimed by or attributed to %s", in.Group)
	}
	b.WriteString(".")
	if len(in.AlsoAffected) > 0 {
		var names []string
		for _, a := range in.AlsoAffected {
			names = append(names, cmp.Or(a.Official, a.Name))
		}
		fmt.Fprintf(&b, " Also affected: %s.", strings.Join(names, ", "))
	}
	if len(in.Impacts) > 0 {
		fmt.Fprintf(&b, " Impact: %s.", strings.Join(in.Impacts, ", "))
	}
	if in.Ransom != "" {
		fmt.Fprintf(&b, " Ransom: %s%s.", in.Ransom, amountSuffix(in.RansomAmount))
	}
	fmt.Fprintf(&b, " Reported by %d article(s).", len(in.Sources))
	return b.String()
}

func amountSuffix(a string) string {
	if a == "" {
		return ""
	}
	return " (" + a + ")"
}
