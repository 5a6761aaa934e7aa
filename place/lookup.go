package place

import (
	"cmp"
	"slices"
	"strings"

	vigie "github.com/vigie-news/vigie"
)

// match is a commune found under a name, with how well the name matched.
type match struct {
	id      int32
	alias   string
	quality int  // 0 own name, 1 own name give or take a leading article, 2 other name, 3 other name give or take an article
	accents bool // the name matched only once accents were folded: "Vire" for Viré
}

// qualityDivisor is how much a match's quality divides the population a
// commune is ranked by. A name that is not the commune's own counts for a
// twentieth: a delegated commune's name goes to a real commune of that
// name before the commune nouvelle unless the latter is far larger, and
// "Sion" is still Sion (Valais, 28,000, whose GeoNames name is Sitten)
// before Sion (Gers, 99).
var qualityDivisor = [4]int64{1, 2, 20, 40}

// weight is the population a match is ranked by. A match that needed
// its accents folded counts for a quarter, so that "Vire" is Vire
// Normandie, whose delegated commune it is, before Viré (Saône-et-Loire).
func (g *Gazetteer) weight(m match) int64 {
	return int64(g.communes[m.id].Population) * 160 / m.divisor()
}

func (m match) divisor() int64 {
	if m.accents {
		return qualityDivisor[m.quality] * 4
	}
	return qualityDivisor[m.quality]
}

// lookup returns the communes known under name, each once with its best
// match.
func (g *Gazetteer) lookup(name string) []match {
	k := nameKey(name)
	if k == "" {
		return nil
	}
	best := map[int32]match{}
	written := accentKey(name)
	add := func(head int32, loose bool) {
		for i := head; i != 0; i = g.refs[i-1].next {
			r := g.refs[i-1]
			m := match{id: r.id, alias: r.alias}
			if matched := cmp.Or(r.alias, g.communes[r.id].Name); written != accentKey(matched) {
				m.accents = true
			}
			if r.alias != "" && !g.officialName(r.id, k) {
				m.quality = 2
			}
			if r.loose || loose {
				m.quality++
			}
			if old, ok := best[r.id]; !ok || m.divisor() < old.divisor() {
				best[r.id] = m
			}
		}
	}
	add(g.names[k], false)
	if s := stripArticle(k); s != k {
		add(g.names[s], true)
	}
	out := make([]match, 0, len(best))
	for _, m := range best {
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b match) int {
		if c := cmp.Compare(g.weight(b), g.weight(a)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.quality, b.quality); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	return out
}

// officialName: the municipality seated at commune id is officially
// called by name key k, or by k in one of its languages ("Vorst" for
// Forest, in Brussels; "Bressanone/Brixen"): that name is no lesser
// alias. The registries' other names (exonyms, "Stad X") are.
func (g *Gazetteer) officialName(id int32, k string) bool {
	if g.loadAuthorities() != nil {
		return false
	}
	i, ok := g.authBySeat[id]
	if !ok {
		return false
	}
	return slices.Contains(g.auths[i].official, k)
}

// OfficialName returns the name a neighbouring country's municipality is
// officially known by, in its registry ("Sanremo", "St. Gallen",
// "Zwettl-Niederösterreich"), where GeoNames, whose names the gazetteer
// reads texts with, calls it otherwise; else p's own name. p is a place
// the gazetteer gave.
func (g *Gazetteer) OfficialName(p vigie.Place) string {
	if p.Country == "FR" || p.Name == "" {
		return p.Name
	}
	for _, m := range g.lookup(p.Name) {
		c := g.communes[m.id]
		if c.Country == p.Country && c.Lat == p.Lat && c.Lon == p.Lon && c.Name == p.Name {
			return cmp.Or(g.official[m.id], p.Name)
		}
	}
	return p.Name
}

// Qualified returns the commune whose name is c's followed by words the
// text bears: "Castelnuovo" in an article on the Garfagnana is
// Castelnuovo di Garfagnana, "Bourg" beside "la Bresse" Bourg-en-Bresse.
// bears says whether the text holds a folded word as a proper name;
// linking words ("di", "en", "am") need not be in it. Only a commune of
// c's country whose every other word the text bears counts, and only when
// it is the one.
func (g *Gazetteer) Qualified(c Commune, bears func(word string) bool) (Commune, bool) {
	k := nameKey(c.Name)
	if strings.Contains(k, " ") {
		return c, false
	}
	g.longerOnce.Do(g.indexLonger)
	found := int32(-1)
	for _, l := range g.longer[k] {
		o := g.communes[l.id]
		if o.Country != c.Country || o.Name == c.Name {
			continue
		}
		borne, all := false, true
		for _, w := range l.rest {
			borne = borne || bears(w)
			all = all && (linkWords[w] || bears(w))
		}
		if !borne || !all {
			continue
		}
		if found >= 0 {
			return c, false // two would do: neither
		}
		found = l.id
	}
	if found < 0 {
		return c, false
	}
	return g.communes[found], true
}

// linkWords join the parts of a town's name: "Castelnuovo di Garfagnana",
// "Bourg-en-Bresse", "Frankfurt am Main".
var linkWords = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "l": true, "d": true,
	"sur": true, "en": true, "aux": true, "sous": true, "lez": true, "am": true, "an": true, "der": true, "im": true,
	"in": true, "di": true, "del": true, "della": true, "dei": true, "sul": true, "y": true, "van": true, "aan": true, "den": true,
	"upon": true, "on": true, "the": true}

// longerName is a commune whose own name has several words, and the
// name keys of those after the first.
type longerName struct {
	id   int32
	rest []string
}

// indexLonger files the communes whose own name has several words under
// its first.
func (g *Gazetteer) indexLonger() {
	g.longer = map[string][]longerName{}
	for id := range g.communes {
		if ws := strings.Fields(nameKey(g.communes[id].Name)); len(ws) > 1 {
			g.longer[ws[0]] = append(g.longer[ws[0]], longerName{int32(id), ws[1:]})
		}
	}
}

// commune returns a copy of a stored commune, with the alias it was found
// under.
func (g *Gazetteer) commune(m match) Commune {
	c := g.communes[m.id]
	c.Alias = m.alias
	return c
}

// Communes returns every commune (in France) or municipality (in the
// neighbouring countries) known under name, most populous first. Case,
// accents, hyphens, apostrophes, "St"/"Saint" and a leading article do
// not count. A commune found under another name (a delegated commune, a
// municipal arrondissement, an alternate name; see Commune.Alias) ranks as
// if it had a twentieth of its population, one whose article differs as
// if it had half, and one whose accents differ from the name as written
// as if it had a quarter ("Vire" is Vire Normandie before Viré).
func (g *Gazetteer) Communes(name string) []Commune {
	ms := g.lookup(name)
	if len(ms) == 0 {
		return nil
	}
	out := make([]Commune, len(ms))
	for i, m := range ms {
		out[i] = g.commune(m)
	}
	return out
}

// Known says whether some commune is known under exactly this name, as
// written or as an alias (case, accents and hyphens aside): "Bagno a
// Ripoli" is, "Lecco e Como" is not.
func (g *Gazetteer) Known(name string) bool {
	k := nameKey(name)
	return k != "" && g.names[k] != 0
}

// Commune returns the French commune with that INSEE code. The codes of
// former communes (delegated, associated) are not codes of current
// communes and are not found.
func (g *Gazetteer) Commune(insee string) (Commune, bool) {
	id, ok := g.byINSEE[strings.ToUpper(strings.TrimSpace(insee))]
	if !ok {
		return Commune{}, false
	}
	return g.communes[id], true
}

// DepartmentOf returns the département of the commune with that INSEE code.
func (g *Gazetteer) DepartmentOf(insee string) (Department, bool) {
	c, ok := g.Commune(insee)
	if !ok {
		return Department{}, false
	}
	return g.Department(c.Department)
}

// Department returns the French département with that code ("73", "2A",
// "974"; "1" for "01") or name ("Savoie", "la Savoie", "Corse du Sud",
// a few foreign names such as "Savoia").
func (g *Gazetteer) Department(nameOrCode string) (Department, bool) {
	s := strings.ToUpper(strings.TrimSpace(nameOrCode))
	if len(s) == 1 && s[0] >= '0' && s[0] <= '9' {
		s = "0" + s
	}
	i, ok := g.deptIndex[s]
	if !ok {
		k := nameKey(nameOrCode)
		if i, ok = g.deptIndex[k]; !ok {
			i, ok = g.deptIndex[stripArticle(k)]
		}
	}
	if !ok {
		return Department{}, false
	}
	return g.departments[i], true
}

// Region returns a French région ("Auvergne-Rhône-Alpes", former and
// foreign names such as "Alsace" or "Brittany", INSEE code "84") or a
// neighbouring country's first-level region ("Vaud", "Bavière",
// "Sachsen-Anhalt", "Catalonia", code "CH.VD"). Where a name is both, the
// French région wins.
func (g *Gazetteer) Region(name string) (Region, bool) {
	i, ok := g.regionIndex[strings.ToUpper(strings.TrimSpace(name))]
	if !ok {
		k := nameKey(name)
		if i, ok = g.regionIndex[k]; !ok {
			i, ok = g.regionIndex[stripArticle(k)]
		}
	}
	if !ok {
		return Region{}, false
	}
	return g.regions[i], true
}

// EPCIs returns the intercommunalities known under name, with or without
// their type: "CC de Haute-Tarentaise", "Communauté de communes de Haute
// Tarentaise" and "CC Haute-Tarentaise" are one; so are "CA du Grand
// Annecy", "Communauté d'agglomération du Grand Annecy" and "Grand Annecy".
// A name that says the type also finds an EPCI of that type by its seat:
// "Métropole de Rouen", "agglomération d'Annecy". Those whose type matches
// the one written come first, then the most populous.
func (g *Gazetteer) EPCIs(name string) []EPCI {
	n := parseEPCI(name)
	if n.key == "" {
		return nil
	}
	ids := slices.Clone(g.epciIndex[n.key])
	if n.typed {
		ids = append(ids, g.epciTyped[n.key]...)
		ids = append(ids, g.epciIndex[n.core]...)
		ids = append(ids, g.epciTyped[n.core]...)
		if len(ids) == 0 {
			ids = g.bySeat(n)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := make([]EPCI, len(ids))
	for i, id := range ids {
		out[i] = g.epcis[id]
	}
	slices.SortStableFunc(out, func(a, b EPCI) int {
		am, bm := family(a.Type) == n.family, family(b.Type) == n.family
		if am != bm && n.family != "" {
			if am {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.Population, a.Population)
	})
	return out
}

// bySeat finds the EPCIs of the written type whose seat has the name.
func (g *Gazetteer) bySeat(n epciName) []int {
	var ids []int
	for _, k := range []string{n.key, n.core} {
		for _, i := range g.epciBySeat[k] {
			if n.family == "" || family(g.epcis[i].Type) == n.family {
				ids = append(ids, i)
			}
		}
	}
	return ids
}

// EPCIOf returns the intercommunality (EPCI à fiscalité propre, not EPT)
// the commune with that INSEE code belongs to.
func (g *Gazetteer) EPCIOf(insee string) (EPCI, bool) {
	for _, e := range g.epcis {
		if e.Type != "EPT" && slices.Contains(e.Members, insee) {
			return e, true
		}
	}
	return EPCI{}, false
}
