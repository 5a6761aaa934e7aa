package vigie

import (
	"slices"
	"strings"
	"time"
)

// DigestFilter says which incidents a subscriber of the weekly digest wants,
// and in which language. Empty lists match everything.
type DigestFilter struct {
	Countries   []string     `json:"countries,omitempty"`   // ISO 3166-1 alpha-2, e.g. "FR"
	Regions     []string     `json:"regions,omitempty"`     // official names, e.g. "Bretagne"
	Departments []string     `json:"departments,omitempty"` // French codes, e.g. "73"
	Attacks     []AttackType `json:"attacks,omitempty"`
	InScopeOnly bool         `json:"in_scope_only"` // only attacks on local authorities
	Lang        string       `json:"lang"`          // of the email: "fr" or "en"
}

// Matches reports whether in is one the filter asks for.
func (f DigestFilter) Matches(in *Incident) bool {
	p := in.Victim.Place
	return (!f.InScopeOnly || in.InScope) &&
		matchFold(f.Countries, p.Country) &&
		matchFold(f.Regions, p.Region) &&
		matchFold(f.Departments, p.Department) &&
		(len(f.Attacks) == 0 || slices.Contains(f.Attacks, in.Attack))
}

// matchFold reports whether v is one of vs, ignoring case; an empty vs
// matches anything.
func matchFold(vs []string, v string) bool {
	if len(vs) == 0 {
		return true
	}
	return slices.ContainsFunc(vs, func(s string) bool { return strings.EqualFold(s, v) })
}

// Subscriber is a confirmed subscriber of the weekly digest.
type Subscriber struct {
	ID        int64
	Address   string // the email address; stored sealed, never in clear
	Filter    DigestFilter
	CreatedAt time.Time
	Bounces   int // permanent delivery failures so far
}
