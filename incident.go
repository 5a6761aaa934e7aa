package vigie

import (
	"context"
	"time"
)

// VictimKind says what sort of body an attack hit.
type VictimKind string

// Victim kinds: the first five are in Vigie's scope.
const (
	VictimCommune         VictimKind = "commune"
	VictimIntercommunalty VictimKind = "intercommunalite"
	VictimDepartment      VictimKind = "departement"
	VictimRegion          VictimKind = "region"
	VictimLocalPublicBody VictimKind = "local-public-body" // tourist office, CCAS, syndicate…
	VictimHospital        VictimKind = "hospital"
	VictimSchool          VictimKind = "school"
	VictimCompany         VictimKind = "company"
	VictimNationalBody    VictimKind = "national-body"
	VictimOther           VictimKind = "other"
)

// InScope reports whether the kind is a local authority or local public body.
func (k VictimKind) InScope() bool {
	switch k {
	case VictimCommune, VictimIntercommunalty, VictimDepartment, VictimRegion, VictimLocalPublicBody:
		return true
	}
	return false
}

// AttackType is the nature of an attack.
type AttackType string

// Attack types.
const (
	AttackRansomware AttackType = "ransomware"
	AttackDDoS       AttackType = "ddos"
	AttackDataBreach AttackType = "data-breach"
	AttackDefacement AttackType = "defacement"
	AttackPhishing   AttackType = "phishing"
	AttackIntrusion  AttackType = "intrusion"
	AttackUnknown    AttackType = "unknown"
)

// Body is an organisation named in an article: a victim, or another body
// hit by the same attack.
type Body struct {
	// ID is the body's code in an official registry, as scheme:code
	// ("insee:73054", "gss:E06000001", "ags:09162"); empty when the
	// registries do not know it.
	ID       string     `json:"id,omitempty"`
	Name     string     `json:"name"`     // as written in the article
	Official string     `json:"official"` // official name, e.g. "Mairie de Séez"
	Kind     VictimKind `json:"kind"`
	Place    Place      `json:"place"`
}

// Evidence is the sentence a field of an incident was read from.
type Evidence struct {
	Field     string `json:"field"` // victim, place, attack, group, start, discovered, also_affected, impact, response, ransom, mention
	Value     string `json:"value"`
	Sentence  string `json:"sentence"`
	ArticleID int64  `json:"article_id,omitempty"`
	URL       string `json:"url,omitempty"`
}

// SourceRole is what an article is to an incident.
type SourceRole string

// Source roles.
const (
	RoleFirstReport SourceRole = "first-report"
	RoleFollowUp    SourceRole = "follow-up"
)

// IncidentSource is an article that reports an incident.
type IncidentSource struct {
	ArticleID int64      `json:"article_id"`
	URL       string     `json:"url"`
	Site      string     `json:"site"`
	Lang      string     `json:"lang"`
	Published Timestamp  `json:"published"`
	Title     string     `json:"title"`
	Role      SourceRole `json:"role"`
}

// Incident is one real attack, however many articles report it.
type Incident struct {
	ID            string           `json:"id"` // stable: articles joining it never change it
	Title         string           `json:"title"`
	Summary       string           `json:"summary"`
	Victim        Body             `json:"victim"`
	Attack        AttackType       `json:"attack"`
	Group         string           `json:"group,omitempty"` // threat group, when named
	Start         Timestamp        `json:"start"`
	Discovered    Timestamp        `json:"discovered"`
	AlsoAffected  []Body           `json:"also_affected"`
	Impacts       []string         `json:"impacts"`          // servers, email, website, phones, services-suspended, data-encrypted, data-leaked
	Responses     []string         `json:"responses"`        // anssi-notified, cert-notified, complaint-filed, cnil-notified
	Ransom        string           `json:"ransom,omitempty"` // demanded, refused, paid, none
	RansomAmount  string           `json:"ransom_amount,omitempty"`
	Mentions      []string         `json:"mentions"` // other incidents the articles cite as context, as written
	InScope       bool             `json:"in_scope"`
	Confidence    float64          `json:"confidence"`
	FirstReported time.Time        `json:"first_reported"`
	LastUpdated   time.Time        `json:"last_updated"`
	Sources       []IncidentSource `json:"sources"`
	Evidence      []Evidence       `json:"evidence"`
}

// IncidentFilter selects incidents.
type IncidentFilter struct {
	Query      string
	Country    string
	Region     string
	Department string
	Attack     AttackType
	Kind       VictimKind
	From, To   time.Time // start date bounds, inclusive
	Near       *Point    // with Km: within Km of Near
	Km         float64
	InScope    *bool  // nil: both
	Sort       string // "" (relevance with a query, else date), date, relevance or distance (needs Near)
	Page, Size int
	NoFacets   bool // the caller shows no facets: they are not counted
}

// Point is a position on Earth.
type Point struct{ Lat, Lon float64 }

// IncidentList is one page of incidents found by a search.
type IncidentList struct {
	Total     int
	Page      int
	Size      int
	Incidents []*Incident // with their evidence, which lists show only as snippets
	Facets    map[string][]FacetCount
	Fuzzy     bool // the words as typed found too little: typos were forgiven
}

// IncidentService finds incidents; the server talks to it.
type IncidentService interface {
	FindIncidents(ctx context.Context, f IncidentFilter) (IncidentList, error)
	// FindIncident returns one incident with its sources and evidence, or an
	// ENOTFOUND error.
	FindIncident(ctx context.Context, id string) (*Incident, error)
}

// Finding is what one article says of one incident.
type Finding struct {
	Victim       Body       `json:"victim"`
	Attack       AttackType `json:"attack"`
	Group        string     `json:"group,omitempty"`
	Start        Timestamp  `json:"start"`
	Discovered   Timestamp  `json:"discovered"`
	AlsoAffected []Body     `json:"also_affected,omitempty"`
	Impacts      []string   `json:"impacts,omitempty"`
	Responses    []string   `json:"responses,omitempty"`
	Ransom       string     `json:"ransom,omitempty"`
	RansomAmount string     `json:"ransom_amount,omitempty"`
	InScope      bool       `json:"in_scope"`
	Confidence   float64    `json:"confidence"`
	Evidence     []Evidence `json:"evidence,omitempty"`
	// Again says the title or the lead tell the victim hit anew ("la
	// mairie de nouveau visée", "hit again"): without a start, the finding
	// is a new attack, not a follow-up of an old one.
	Again bool `json:"again,omitempty"`
	// Unencrypted says the text denies encryption ("nothing was
	// encrypted"): its data breach is no phase of a ransomware attack.
	Unencrypted bool `json:"unencrypted,omitempty"`
	// Encrypted says the text tells files encrypted, not only a ransom
	// asked or a gang named.
	Encrypted bool `json:"encrypted,omitempty"`
	// StartWeekend says Start is the Saturday of a weekend the text gave
	// ("at the weekend"): the attack may have been on its Sunday.
	StartWeekend bool `json:"start_weekend,omitempty"`
}

// Report is what the incident analysis read in one article.
type Report struct {
	ArticleID int64     `json:"article_id"`
	Relevant  bool      `json:"relevant"` // reports an attack on a local authority
	Findings  []Finding `json:"findings"` // the incidents it reports, in scope or not
	Mentions  []Finding `json:"mentions"` // the incidents it only cites as context
	// Names are the proper names of its title and lead (folded) when it
	// tells an attack but names no victim the reader can resolve: clustering
	// joins it to an earlier incident whose victim they spell (a follow-up
	// that calls "BH Vöcklabruck" what an earlier report called the
	// Bezirkshauptmannschaft).
	Names []string `json:"names,omitempty"`
	// Recent says the article tells only an outage, no attack: it may
	// follow only an incident begun shortly before it came out.
	Recent bool `json:"recent,omitempty"`
	// Kinds are the kinds of the bodies such a report's title and lead
	// call by their kind alone ("den Kreis", "the council", "de
	// gemeente"): a local paper's own. Clustering joins it to the incident
	// of the last attack on a body of that kind its outlet dated before it
	// came out, at the start it gives (Told) when it gives one.
	Kinds []VictimKind `json:"kinds,omitempty"`
	Told  Timestamp    `json:"told,omitzero"`
	// Years are the years of the attacks such a report may follow: around
	// Told, else the one year its text dates its attack by ("le piratage
	// de 2021"), else those of the coverage before it came out. Its outlet's
	// reports are read by them (see incident.Keys).
	Years []int `json:"years,omitempty"`
	// Outlet is the site of a report with Kinds or an in-scope finding:
	// what an outlet's follow-ups meet its reports by.
	Outlet string `json:"outlet,omitempty"`
}
