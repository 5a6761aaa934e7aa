// Package incident reads articles for cyber attacks on local authorities
// and turns them into incidents.
//
// Analyze reads one article: does it report an attack (as opposed to
// mentioning one in passing, or reporting a planned outage or a scam that
// impersonates a town hall)? On whom — a commune, an intercommunality, a
// département, a région, a local public body, or a hospital, school,
// company or national body, which are out of scope? Where, by what, when,
// with what consequences? Every field keeps the sentence it came from. It
// works on French, English, German, Italian and Spanish with word lists per
// language and the gazetteer of package place; dates go through
// internal/when, against the article's publication time.
//
// Cluster merges what the articles report into incidents: one per real
// attack, across outlets, languages and months; two attacks on one town
// years apart stay two; an incident keeps its id when articles join it.
//
// It neither fetches nor stores: cmd/vigie feeds it stored articles and
// saves what it returns.
package incident
