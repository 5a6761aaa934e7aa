package place

import (
	"strings"

	vigie "github.com/vigie-news/vigie"
)

// frenchAuthorities finds the French communes, EPCIs, départements and
// régions a parsed name can be.
func (g *Gazetteer) frenchAuthorities(p parsedName) []authHit {
	var hits []authHit
	keys := []string{p.key}
	if p.core != p.key {
		keys = append(keys, p.core)
	}
	for n, k := range keys {
		extra := 4 * n
		for _, m := range g.lookup(k) {
			c := g.commune(m)
			if c.Country != "FR" {
				continue
			}
			q := extra
			if m.quality >= 2 {
				q++
			}
			hits = append(hits, authHit{rec: -1, fr: g.communeAuthority(c), quality: q, pop: c.Population})
		}
		if isCode(k) {
			continue
		}
		if d, ok := g.Department(k); ok {
			hits = append(hits, authHit{rec: -1, fr: departmentAuthority(d), quality: extra, pop: 0})
		}
		if r, ok := g.Region(k); ok && r.Country == "FR" {
			hits = append(hits, authHit{rec: -1, fr: g.regionAuthority(r), quality: extra})
		}
	}
	for _, e := range g.EPCIs(p.key) {
		q := 1
		if nameKey(e.Name) == p.key {
			q = 0
		}
		hits = append(hits, authHit{rec: -1, fr: epciAuthority(e), quality: q, pop: e.Population})
	}
	return hits
}

// isCode reports whether a key is a number: "73" is a département's code,
// not its name.
func isCode(k string) bool {
	return k != "" && strings.Trim(k, "0123456789ab") == ""
}

// communeAuthority is a French commune as an authority: "Ville de X",
// "Mairie de X", "Commune de X" and the names of the communes it absorbed.
func (g *Gazetteer) communeAuthority(c Commune) Authority {
	c.Alias = ""
	a := Authority{ID: "insee:" + c.INSEE, Name: c.Name, Kind: vigie.VictimCommune, Country: "FR", Region: c.Region, Seat: c}
	a.Aliases = []string{elide("Ville ", c.Name), elide("Mairie ", c.Name), elide("Commune ", c.Name)}
	if id, ok := g.byINSEE[c.INSEE]; ok {
		a.Aliases = append(a.Aliases, g.formerNames[id]...)
	}
	return a
}

// epciTypeNames spell out the type an EPCI's official name abbreviates.
var epciTypeNames = map[string]string{"CC ": "Communauté de communes ", "CA ": "Communauté d'agglomération ", "CU ": "Communauté urbaine "}

// epciAuthority is an EPCI as an authority, its name also with its type
// spelt out, and its acronym or quoted name.
func epciAuthority(e EPCI) Authority {
	a := Authority{ID: "siren:" + e.SIREN, Name: e.Name, Kind: vigie.VictimIntercommunalty, Country: "FR", Region: e.Seat.Region, Seat: e.Seat}
	plain := strings.TrimSpace(quoted.ReplaceAllString(acronym.ReplaceAllString(e.Name, ""), ""))
	for abbr, long := range epciTypeNames {
		if rest, ok := strings.CutPrefix(plain, abbr); ok {
			a.Aliases = append(a.Aliases, long+rest)
		}
	}
	if plain != e.Name {
		a.Aliases = append(a.Aliases, plain)
	}
	for _, m := range append(acronym.FindAllStringSubmatch(e.Name, -1), quoted.FindAllStringSubmatch(e.Name, -1)...) {
		a.Aliases = append(a.Aliases, m[1])
	}
	return a
}

// departmentAuthority is a département as an authority (its conseil
// départemental).
func departmentAuthority(d Department) Authority {
	return Authority{ID: "insee-dep:" + d.Code, Name: d.Name, Kind: vigie.VictimDepartment, Country: "FR", Region: d.Region, Seat: d.ChefLieu,
		Aliases: []string{elide("Conseil départemental ", d.Name), elide("Département ", d.Name)}}
}

// regionAuthority is a French région as an authority (its conseil
// régional).
func (g *Gazetteer) regionAuthority(r Region) Authority {
	return Authority{ID: "insee-reg:" + r.Code, Name: r.Name, Kind: vigie.VictimRegion, Country: "FR", Region: r.Name, Seat: r.ChefLieu,
		Aliases: []string{"Région " + r.Name, elide("Conseil régional ", r.Name)}}
}

// frenchAuthorityOf is AuthorityOf for a place in France.
func (g *Gazetteer) frenchAuthorityOf(kind vigie.VictimKind, p vigie.Place) (Authority, bool) {
	c, ok := g.Commune(p.INSEE)
	if !ok {
		for _, cand := range g.Communes(p.Name) {
			if cand.Country == "FR" && (p.Department == "" || cand.Department == p.Department) {
				c, ok = cand, true
				break
			}
		}
	}
	if !ok {
		return Authority{}, false
	}
	switch kind {
	case vigie.VictimCommune:
		return g.communeAuthority(c), true
	case vigie.VictimIntercommunalty:
		e, ok := g.EPCIOf(c.INSEE)
		return epciAuthority(e), ok
	case vigie.VictimDepartment:
		d, ok := g.Department(c.Department)
		return departmentAuthority(d), ok
	case vigie.VictimRegion:
		d, ok := g.Department(c.Department)
		if !ok {
			return Authority{}, false
		}
		i, ok := g.frRegions[d.RegionCode]
		if !ok {
			return Authority{}, false
		}
		return g.regionAuthority(g.regions[i]), true
	}
	return Authority{}, false
}
