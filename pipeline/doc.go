// Package pipeline runs Vigie's work over one data folder: the crawl cycle
// and what keeps the record and its indexes level. One crawl cycle (Cycle)
// is fetch (crawler) → extract → read incidents (incident) → store → index,
// article by article, then an incremental incident update that rewrites only
// the incidents the cycle's articles can join (App.UpdateIncidents). Beside
// it: the full reprocess from the stored pages and recluster
// (App.Reprocess, App.Recluster), the index rebuilds (Reindex, App.Rebuild),
// the reconciliation of store and indexes at every start (App.Reconcile),
// curators' corrections (App.Correct) and the searches the servers answer
// (App.FindArticles, App.FindIncidents).
//
// `vigie serve`, `vigie crawl` and future workers share it; cmd/vigie only
// parses flags and wires. It is not where the parts are implemented: each
// stays in its own package (crawler, extract, incident, store, index), and
// this one only calls them in order, data flowing one way.
package pipeline
