package curation

import (
	"slices"
	"strconv"

	"github.com/vigie-news/vigie"
)

// setField sets one field of in; Check has vetted the value.
func setField(in *vigie.Incident, field, v string) {
	p := &in.Victim.Place
	switch field {
	case "title":
		in.Title = v
	case "summary":
		in.Summary = v
	case "victim":
		in.Victim.Official = v
	case "victim_kind":
		in.Victim.Kind = vigie.VictimKind(v)
		in.InScope = in.Victim.Kind.InScope()
	case "place":
		p.Name = v
	case "department":
		p.Department = v
	case "region":
		p.Region = v
	case "country":
		p.Country = v
	case "attack":
		in.Attack = vigie.AttackType(v)
	case "group":
		in.Group = v
	case "start", "discovered":
		ts, _ := vigie.ParseTimestamp(v) // "" gives the zero timestamp: unknown
		if field == "start" {
			in.Start = ts
		} else {
			in.Discovered = ts
		}
	case "ransom":
		in.Ransom = v
	case "ransom_amount":
		in.RansomAmount = v
	case "in_scope":
		in.InScope, _ = strconv.ParseBool(v)
	}
}

// dropArticle removes an article from every incident; an incident left
// without an article goes.
func dropArticle(incs []*vigie.Incident, article int64) []*vigie.Incident {
	out := incs[:0:0]
	for _, in := range incs {
		if !reports(in, article) {
			out = append(out, in)
			continue
		}
		c := clone(in)
		c.Sources = slices.DeleteFunc(c.Sources, func(s vigie.IncidentSource) bool { return s.ArticleID == article })
		c.Evidence = slices.DeleteFunc(c.Evidence, func(e vigie.Evidence) bool { return e.ArticleID == article })
		if len(c.Sources) > 0 {
			out = append(out, c)
		}
	}
	return out
}

func reports(in *vigie.Incident, article int64) bool {
	return slices.ContainsFunc(in.Sources, func(s vigie.IncidentSource) bool { return s.ArticleID == article })
}

// merge moves the articles and evidence of from into into, and records
// the move; nothing happens unless both exist.
func merge(incs []*vigie.Incident, merged map[string]string, from, into string) []*vigie.Incident {
	i, j := find(incs, from), find(incs, into)
	if i < 0 || j < 0 || i == j {
		return incs
	}
	c := clone(incs[j])
	for _, s := range incs[i].Sources {
		if !reports(c, s.ArticleID) {
			c.Sources = append(c.Sources, s)
		}
	}
	c.Evidence = append(c.Evidence, incs[i].Evidence...)
	if incs[i].FirstReported.Before(c.FirstReported) {
		c.FirstReported = incs[i].FirstReported
	}
	if incs[i].LastUpdated.After(c.LastUpdated) {
		c.LastUpdated = incs[i].LastUpdated
	}
	incs[j] = c
	merged[from] = into
	return slices.Delete(slices.Clone(incs), i, i+1)
}

// split moves an article, with its evidence, off an incident into a new
// one, "<id>-<article>", that keeps the incident's other fields.
func split(incs []*vigie.Incident, id string, article int64) []*vigie.Incident {
	i := find(incs, id)
	if i < 0 || !reports(incs[i], article) || len(incs[i].Sources) < 2 {
		return incs
	}
	rest, off := clone(incs[i]), clone(incs[i])
	rest.Sources = slices.DeleteFunc(rest.Sources, func(s vigie.IncidentSource) bool { return s.ArticleID == article })
	rest.Evidence = slices.DeleteFunc(rest.Evidence, func(e vigie.Evidence) bool { return e.ArticleID == article })
	off.ID = id + "-" + strconv.FormatInt(article, 10)
	off.Sources = slices.DeleteFunc(off.Sources, func(s vigie.IncidentSource) bool { return s.ArticleID != article })
	off.Evidence = slices.DeleteFunc(off.Evidence, func(e vigie.Evidence) bool { return e.ArticleID != article })
	off.Sources[0].Role = vigie.RoleFirstReport
	out := slices.Clone(incs)
	out[i] = rest
	if find(out, off.ID) < 0 {
		out = append(out, off)
	}
	return out
}
