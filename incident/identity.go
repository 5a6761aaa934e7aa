package incident

import (
	"cmp"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/fold"
)

// VictimID is a body's code in an official registry, scheme:code
// ("insee:73054" for a French commune, "insee-dep:73" for a département),
// or "" when the registries do not know it.
func VictimID(b vigie.Body) string {
	if b.ID != "" {
		return b.ID
	}
	p := b.Place
	switch {
	case b.Kind == vigie.VictimCommune && p.INSEE != "":
		return "insee:" + p.INSEE
	case b.Kind == vigie.VictimDepartment && p.Country == "FR" && p.Department != "":
		return "insee-dep:" + p.Department
	}
	return ""
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
	case vigie.VictimCommune, vigie.VictimIntercommunalty, vigie.VictimDepartment, vigie.VictimRegion:
		if p.Name != "" {
			return string(b.Kind) + ":" + fold.String(p.Name) // a place the gazetteer lacks: its country may be unknown
		}
	}
	name := fold.String(cmp.Or(b.Official, b.Name))
	if name == "" {
		return ""
	}
	return string(b.Kind) + ":" + name
}

// Keys are the identities of the bodies a report says were hit: the
// victims of its findings and the bodies hit with them. Two reports can
// be about one attack only when they share a key, so an incremental
// update reclusters only the reports that share keys with new ones.
func Keys(r vigie.Report) []string {
	seen := map[string]bool{}
	var keys []string
	add := func(b vigie.Body) {
		if k := identity(b); k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, f := range r.Findings {
		add(f.Victim)
		for _, b := range f.AlsoAffected {
			add(b)
		}
	}
	return keys
}
