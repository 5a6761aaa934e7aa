package curation

import (
	"slices"
	"strconv"
	"strings"

	"github.com/vigie-news/vigie"
)

// Fields are the incident fields a correction may set.
var Fields = []string{"title", "summary", "victim", "victim_kind", "place", "department", "region", "country",
	"attack", "group", "start", "discovered", "ransom", "ransom_amount", "in_scope"}

// Check returns an EINVALID error when c cannot be applied as written.
func Check(c vigie.Correction) error {
	if strings.TrimSpace(c.Who) == "" || strings.TrimSpace(c.Why) == "" {
		return vigie.Errorf(vigie.EINVALID, "a correction needs who and why")
	}
	switch c.Kind {
	case vigie.CorrectField:
		if !slices.Contains(Fields, c.Field) {
			return vigie.Errorf(vigie.EINVALID, "field %q cannot be corrected; fields are %s", c.Field, strings.Join(Fields, ", "))
		}
		return checkValue(c.Field, c.Value)
	case vigie.CorrectNotRelevant, vigie.CorrectSplit:
		if c.ArticleID <= 0 {
			return vigie.Errorf(vigie.EINVALID, "%s needs article_id", c.Kind)
		}
	case vigie.CorrectMerge:
		if c.Into == "" || c.Into == c.IncidentID {
			return vigie.Errorf(vigie.EINVALID, "merge needs into, another incident's id")
		}
	default:
		return vigie.Errorf(vigie.EINVALID, "kind %q is not field, not-relevant, merge or split", c.Kind)
	}
	return nil
}

// checkValue checks the values whose field has a fixed set or a format.
func checkValue(field, v string) error {
	switch field {
	case "attack":
		switch vigie.AttackType(v) {
		case vigie.AttackRansomware, vigie.AttackDDoS, vigie.AttackDataBreach, vigie.AttackDefacement, vigie.AttackPhishing, vigie.AttackIntrusion, vigie.AttackUnknown:
			return nil
		}
		return vigie.Errorf(vigie.EINVALID, "attack %q is not one of ransomware, ddos, data-breach, defacement, phishing, intrusion, unknown", v)
	case "start", "discovered":
		if _, err := vigie.ParseTimestamp(v); err != nil && v != "" {
			return vigie.Errorf(vigie.EINVALID, "%s %q is not YYYY-MM, YYYY-MM-DD or RFC 3339", field, v)
		}
	case "in_scope":
		if _, err := strconv.ParseBool(v); err != nil {
			return vigie.Errorf(vigie.EINVALID, "in_scope %q is not true or false", v)
		}
	}
	return nil
}

// Apply returns incs with the corrections cs applied in order, and the
// ids merged away mapped to the incident they live on in. The incidents
// of incs are not changed: those a correction touches are copied.
func Apply(incs []*vigie.Incident, cs []vigie.Correction) ([]*vigie.Incident, map[string]string) {
	out := slices.Clone(incs)
	merged := map[string]string{}
	for _, c := range cs {
		switch c.Kind {
		case vigie.CorrectField:
			if i := find(out, resolve(merged, c.IncidentID)); i >= 0 {
				out[i] = clone(out[i])
				setField(out[i], c.Field, c.Value)
			}
		case vigie.CorrectNotRelevant:
			out = dropArticle(out, c.ArticleID)
		case vigie.CorrectMerge:
			out = merge(out, merged, c.IncidentID, resolve(merged, c.Into))
		case vigie.CorrectSplit:
			out = split(out, resolve(merged, c.IncidentID), c.ArticleID)
		}
	}
	return out, merged
}

// resolve follows merges: the incident id now lives in.
func resolve(merged map[string]string, id string) string {
	for range len(merged) + 1 {
		into, ok := merged[id]
		if !ok {
			break
		}
		id = into
	}
	return id
}

func find(incs []*vigie.Incident, id string) int {
	return slices.IndexFunc(incs, func(in *vigie.Incident) bool { return in.ID == id })
}

// clone copies in deeply enough for Apply to change it.
func clone(in *vigie.Incident) *vigie.Incident {
	c := *in
	c.Sources, c.Evidence = slices.Clone(in.Sources), slices.Clone(in.Evidence)
	c.AlsoAffected, c.Impacts, c.Responses = slices.Clone(in.AlsoAffected), slices.Clone(in.Impacts), slices.Clone(in.Responses)
	return &c
}
