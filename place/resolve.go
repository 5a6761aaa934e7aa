package place

import (
	"math"
	"slices"

	vigie "github.com/vigie-news/vigie"
)

// Context is what an article says about where it takes place, for
// telling homonyms apart. Find gives most of it; ContextOf builds it from
// Find's mentions.
type Context struct {
	Departments []string     // codes of the départements the article mentions
	Regions     []string     // names of the regions it mentions (French or neighbouring)
	Countries   []string     // ISO codes (or names) of the countries it mentions
	Near        *vigie.Point // a position the place is likely near
	// SourceRegion is the area the source covers: a département ("Savoie",
	// "73"), a region ("Auvergne-Rhône-Alpes", "Vaud"), a country
	// ("France"), or anything else ("cyber"), which counts for nothing.
	SourceRegion string
	// Explicit says the name was read from a pattern that makes it a place
	// ("mairie de …", "commune de …"): a name that is also a common word
	// (Orange, Tours) then resolves without other evidence.
	Explicit bool
}

// evidence is what a context says for one candidate, strongest first.
type evidence struct {
	department, region, country, source bool
	km                                  float64 // distance to Near; 0 without Near
}

// context is a Context resolved against the gazetteer.
type context struct {
	depts, regions, countries map[string]bool
	srcDept, srcRegion        string
	srcCountry                string
	near                      *vigie.Point
}

func (g *Gazetteer) prepare(ctx Context) context {
	c := context{depts: map[string]bool{}, regions: map[string]bool{}, countries: map[string]bool{}, near: ctx.Near}
	for _, d := range ctx.Departments {
		if dep, ok := g.Department(d); ok {
			c.depts[dep.Code] = true
		}
	}
	for _, r := range ctx.Regions {
		if reg, ok := g.Region(r); ok {
			c.regions[reg.Name] = true
		}
	}
	for _, s := range ctx.Countries {
		if code := countryCode(s); code != "" {
			c.countries[code] = true
		}
	}
	if ctx.SourceRegion != "" {
		if d, ok := g.Department(ctx.SourceRegion); ok {
			c.srcDept = d.Code
		} else if r, ok := g.Region(ctx.SourceRegion); ok {
			c.srcRegion = r.Name
		} else {
			c.srcCountry = countryCode(ctx.SourceRegion)
		}
	}
	return c
}

func (c context) weigh(cm Commune) evidence {
	e := evidence{
		department: cm.Department != "" && c.depts[cm.Department],
		region:     c.regions[cm.Region],
		country:    c.countries[cm.Country],
		source: (c.srcDept != "" && c.srcDept == cm.Department) ||
			(c.srcRegion != "" && c.srcRegion == cm.Region) ||
			(c.srcCountry != "" && c.srcCountry == cm.Country),
	}
	if c.near != nil {
		e.km = distanceKm(*c.near, vigie.Point{Lat: cm.Lat, Lon: cm.Lon})
	}
	return e
}

// supports reports whether the evidence is enough to read a common word
// as a place: its département or region is mentioned, or the source
// covers its département.
func (c context) supports(cm Commune, e evidence) bool {
	return e.department || e.region || (c.srcDept != "" && c.srcDept == cm.Department)
}

// better reports whether candidate a beats b: a département mentioned,
// then a region mentioned, then a country mentioned, then the source's
// area, then nearness to Near, then population weighed by how well the
// name matched (see Communes).
func better(a, b evidence, wa, wb int64) bool {
	for _, x := range [][2]bool{{a.department, b.department}, {a.region, b.region}, {a.country, b.country}, {a.source, b.source}} {
		if x[0] != x[1] {
			return x[0]
		}
	}
	if a.km != b.km {
		return a.km < b.km
	}
	return wa > wb
}

// Resolve picks the commune a name stands for in an article, using ctx to
// tell homonyms apart (Marolles-en-Brie is in Val-de-Marne and in
// Seine-et-Marne; see Context and better for the order of evidence). A
// name that is also a common word (Orange, Tours, Nice, Vire…) resolves
// only when ctx mentions its département or region, the source covers its
// département, or ctx.Explicit is set.
func (g *Gazetteer) Resolve(name string, ctx Context) (Commune, bool) {
	ms := g.lookup(name)
	if len(ms) == 0 {
		return Commune{}, false
	}
	c := g.prepare(ctx)
	bi, be := 0, c.weigh(g.communes[ms[0].id])
	for i, m := range ms[1:] {
		e := c.weigh(g.communes[m.id])
		if better(e, be, g.weight(m), g.weight(ms[bi])) {
			bi, be = i+1, e
		}
	}
	win := g.commune(ms[bi])
	if !ctx.Explicit && isCommonWord(name) && !c.supports(win, be) {
		return Commune{}, false
	}
	return win, true
}

// ContextOf gathers the départements, regions and countries among
// mentions (as Find returns them) into a Context.
func ContextOf(mentions []Mention) Context {
	var ctx Context
	for _, m := range mentions {
		switch m.Kind {
		case KindDepartment:
			ctx.Departments = appendNew(ctx.Departments, m.Code)
		case KindRegion:
			ctx.Regions = appendNew(ctx.Regions, m.Name)
		}
		ctx.Countries = appendNew(ctx.Countries, m.Country)
	}
	return ctx
}

func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// distanceKm is the great-circle distance between two points.
func distanceKm(a, b vigie.Point) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dLat, dLon := (b.Lat-a.Lat)*rad, (b.Lon-a.Lon)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}
