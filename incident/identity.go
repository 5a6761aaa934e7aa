package incident

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/fold"
	"github.com/vigie-news/vigie/place"
)

// VictimID is a body's code in an official registry, scheme:code
// ("insee:73054" for a French commune, "gss:E07000029" for a British
// council), or "" when the registries do not know it.
func VictimID(b vigie.Body) string {
	if b.ID != "" {
		return b.ID
	}
	if a, ok := authorityOf(b); ok {
		return a.ID
	}
	return ""
}

// canonical gives a local authority its registry identity: its code and,
// for a body above the commune placed outside its own towns, the
// registry's seat as its place (a Landkreis sits where its registry says,
// not in the neighbouring city its article names); when the gazetteer did
// not know its place (a council named after no town), the registry's
// country and region. Other bodies are left as they are.
func canonical(b vigie.Body) vigie.Body {
	a, ok := authorityOf(b)
	if !ok {
		return b
	}
	b.ID = a.ID
	if b.Kind != vigie.VictimCommune && !a.SeatStandIn && a.Seat.Name != "" && !townOf(b.Kind, b.Place, a.ID) {
		b.Place = a.Place()
	} else if b.Place.Country == "" {
		b.Place.Country, b.Place.Region = a.Country, a.Region
		if b.Place.Name == "" {
			b.Place.Name = a.Seat.Name
		}
	}
	return b
}

// townOf: p is a town of the authority id of kind k (the seat an article
// gives, which the registry may not): a town the gazetteer locates, not
// the authority's name ("Dacorum").
func townOf(k vigie.VictimKind, p vigie.Place, id string) bool {
	if p.Name == "" || p.Country == "" || !p.HasPoint() {
		return false
	}
	a, ok := place.Default().AuthorityOf(k, p)
	return ok && a.ID == id
}

// authorityOf finds the authority a body is in the registries: a French
// commune by its INSEE code; another authority by its official name (or
// the name written) of the same kind and country; else the authority of
// its kind where it sits.
func authorityOf(b vigie.Body) (place.Authority, bool) {
	if !b.Kind.InScope() || b.Kind == vigie.VictimLocalPublicBody {
		return place.Authority{}, false
	}
	g := place.Default()
	if b.ID != "" {
		return g.Authority(b.ID)
	}
	p := b.Place
	if b.Kind == vigie.VictimCommune && p.INSEE != "" {
		return g.Authority("insee:" + p.INSEE)
	}
	for _, name := range []string{b.Official, b.Name} {
		if name == "" {
			continue
		}
		for _, a := range g.Authorities(name, p.Country) {
			if a.Kind == b.Kind {
				return a, true
			}
		}
	}
	if p.Name == "" || p.Country == "" {
		return place.Authority{}, false // a place the gazetteer lacks has no neighbours to go by
	}
	return g.AuthorityOf(b.Kind, p)
}

// identity names a body whatever the words used: by its registry code;
// else a local authority by its kind and where it sits (a Landkreis is
// one body whatever the article calls it, and no two authorities of one
// kind share a seat); else by its kind and folded official name.
func identity(b vigie.Body) string {
	if id := VictimID(b); id != "" {
		return id
	}
	p := b.Place
	switch b.Kind {
	case vigie.VictimCommune, vigie.VictimDepartment, vigie.VictimRegion:
		// (a grouping no registry lists goes by its name: articles do not
		// always say its seat)
		if p.Name != "" {
			return string(b.Kind) + ":" + fold.String(p.Name) // a place the gazetteer lacks: its country may be unknown
		}
	}
	if land := landOf(cmp.Or(b.Official, b.Name)); b.Kind == vigie.VictimIntercommunalty && land != "" {
		// a grouping no registry lists goes by its land: "Unione montana
		// del Mugello" and "Unione Montana dei Comuni del Mugello" are one
		return string(b.Kind) + ":" + fold.String(land)
	}
	name := fold.String(cmp.Or(b.Official, b.Name))
	if name == "" {
		return ""
	}
	return string(b.Kind) + ":" + unelided(name)
}

// unelided writes a folded name's elided "d'" whole: "Office de tourisme
// d'Honfleur" and "… de Honfleur" are one body.
func unelided(folded string) string {
	return strings.TrimSpace(strings.ReplaceAll(" "+folded+" ", " d ", " de "))
}

// Keys are the identities of the bodies a report says were hit (the
// victims of its findings and the bodies hit with them) and where its
// victims sit (placeKey). Two reports can be about one attack only when
// they share a key, so an incremental update reclusters only the reports
// that share keys with new ones.
func Keys(r vigie.Report) []string {
	seen := map[string]bool{}
	var keys []string
	add := func(k string) {
		if k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, f := range r.Findings {
		v := canonical(f.Victim)
		add(identity(v))
		for _, b := range f.AlsoAffected {
			add(identity(canonical(b)))
		}
		add(placeKey(v))
		add(nameKey(v))
		add(coreKey(v))
		for _, w := range ownWords(v) {
			add("word:" + w)
		}
	}
	for _, n := range r.Names {
		add("word:" + n) // a follow-up meets the victims its names spell
	}
	if r.Outlet != "" {
		for _, f := range r.Findings {
			if f.InScope && !f.Start.IsZero() {
				add(fmt.Sprintf("%s%s:%s:%d", outletKey, r.Outlet, canonical(f.Victim).Kind, f.Start.Time.Year()))
			}
		}
		for _, k := range r.Kinds {
			for _, y := range r.Years {
				add(fmt.Sprintf("%s%s:%s:%d", anaphorKey, r.Outlet, k, y))
			}
		}
	}
	return keys
}

const (
	outletKey  = "outlet:"  // an outlet's dated report of a body of a kind, by the year of its start
	anaphorKey = "anaphor:" // an outlet's follow-up that calls a body by its kind alone, by the years it may follow
)

// Reach are the keys of the reports a report may be clustered with: its
// Keys, but for the outlet's: an outlet's dated report reaches its
// follow-ups that name a body by its kind alone and may follow an attack
// of that year, and those reach its reports of those years, while two
// reports of one outlet do not reach each other by their outlet.
func Reach(r vigie.Report) []string {
	keys := Keys(r)
	for i, k := range keys {
		if rest, ok := strings.CutPrefix(k, outletKey); ok {
			keys[i] = anaphorKey + rest
		} else if rest, ok := strings.CutPrefix(k, anaphorKey); ok {
			keys[i] = outletKey + rest
		}
	}
	return keys
}

// coreKey names a council no registry holds by its name without the
// words of its kind ("core:westmeath" for "Westmeath County Council" and
// for "Westmeath council"), and a local public body by its kind and
// proper name ("core:syndicat nordstad"), so that a short form, which the
// gazetteer cannot place, can meet the body named in full.
func coreKey(b vigie.Body) string {
	if !b.Kind.InScope() || VictimID(b) != "" {
		return ""
	}
	var core []string
	for k, w := range strings.Fields(fold.String(cmp.Or(b.Official, b.Name))) {
		switch {
		case b.Kind == vigie.VictimLocalPublicBody && k == 0:
			core = append(core, w) // its kind, which its name may not say again: "Syndicat Nordstad"
		case b.Kind == vigie.VictimLocalPublicBody && len(w) > 1 && !groupingWords[w] && !joiners[w] && !prepositions[w] && !articles[w]:
			core = append(core, w)
		case b.Kind != vigie.VictimLocalPublicBody && !councilWords[w]:
			core = append(core, w)
		}
	}
	if b.Kind == vigie.VictimLocalPublicBody && len(core) < 2 {
		return "" // "Syndicat" alone is none in particular
	}
	if len(core) == 0 {
		return ""
	}
	return "core:" + strings.Join(core, " ")
}

// groupingWords say a local body groups others: "Syndicat intercommunal
// de la Nordstad" is the "Syndicat Nordstad".
var groupingWords = map[string]bool{"intercommunal": true, "intercommunale": true, "mixte": true, "intermunicipal": true,
	"interkommunal": true, "interkommunale": true, "intercomunale": true}

// councilWords are the words of a council's kind in its English name.
var councilWords = map[string]bool{"council": true, "county": true, "city": true, "borough": true, "district": true,
	"metropolitan": true, "town": true}

// nameKey names a victim by its kind and official name, so that one body
// placed in two homonym towns by two articles ("Louth County Council", in
// Ireland and in England) can meet when both date the attack days apart.
func nameKey(b vigie.Body) string {
	if !b.Kind.InScope() || b.Official == "" {
		return ""
	}
	return "named:" + string(b.Kind) + ":" + fold.String(b.Official)
}

// placeKey names where a local authority sits ("at:BE:hasselt", by its
// INSEE code in France), so that the findings of two bodies of one town
// can meet: an article that calls the province's attack one on its seat,
// or the commune's one on its intercommunality, tells of the same attack
// when the dates agree. Bodies out of scope have none: a hospital and a
// town hall are two victims even in one week.
func placeKey(b vigie.Body) string {
	p := b.Place
	if !b.Kind.InScope() || p.Name == "" || p.Country == "" {
		return ""
	}
	if p.INSEE != "" {
		return "at:insee:" + p.INSEE
	}
	return "at:" + p.Country + ":" + fold.String(p.Name)
}
