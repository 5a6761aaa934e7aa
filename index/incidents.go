package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/vigie-news/vigie"
)

// Incidents is Vigie's full-text index of incidents. It is safe for
// concurrent use.
type Incidents struct {
	idx    bleve.Index
	fold   analysis.Analyzer // vigie_fold, to read queries and fold regions
	fields []incidentField   // the text fields, with their analyzers
	mu     sync.Mutex        // held by Replace: one rebuild at a time

	facets searchCache    // facets and pages of recent searches, until the next write
	table  *incidentTable // a row per indexed incident, kept by each write
}

// OpenIncidents opens the incident index at path, creating it when missing;
// path "" gives an index in memory. An index written with another
// IncidentMappingVersion is refused with an error asking to run
// `vigie reindex`.
func OpenIncidents(path string) (*Incidents, error) {
	idx, err := openBleve(path, IncidentMappingVersion, newIncidentMapping)
	if err != nil {
		return nil, err
	}
	fold, err := foldAnalyzer(idx, path)
	if err != nil {
		return nil, err
	}
	fields, err := incidentFieldsOf(idx.Mapping())
	if err != nil {
		_ = idx.Close()
		return nil, err
	}
	t, err := loadIncidentTable(idx)
	if err != nil {
		_ = idx.Close()
		return nil, err
	}
	return &Incidents{idx: idx, fold: fold, fields: fields, table: t}, nil
}

// Close closes the index.
func (x *Incidents) Close() error {
	if err := x.idx.Close(); err != nil {
		return fmt.Errorf("index: close incidents: %w", err)
	}
	return nil
}

// Count returns the number of incidents in the index.
func (x *Incidents) Count() (uint64, error) {
	n, err := x.idx.DocCount()
	if err != nil {
		return 0, fmt.Errorf("index: count incidents: %w", err)
	}
	return n, nil
}

// Replace makes incs the whole set of indexed incidents, in one batch:
// incidents no longer in incs are removed, the others indexed anew. An
// incident that is nil, has no id or the id of another leaves the index as
// it was.
func (x *Incidents) Replace(incs []*vigie.Incident) error {
	defer x.facets.changed()
	b := x.idx.NewBatch()
	keep := make(map[string]bool, len(incs))
	rows := make([]incidentRow, 0, len(incs))
	for _, in := range incs {
		doc, err := x.newIncidentDocument(in)
		if err != nil {
			return err
		} else if keep[in.ID] {
			return fmt.Errorf("index: incident %s given twice", in.ID)
		}
		keep[in.ID] = true
		if err := b.Index(in.ID, doc); err != nil {
			return fmt.Errorf("index: index incident %s: %w", in.ID, err)
		}
		rows = append(rows, rowOf(in.ID, doc))
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	old, err := x.docIDs()
	if err != nil {
		return err
	}
	for _, id := range old {
		if !keep[id] {
			b.Delete(id)
		}
	}
	if err := x.idx.Batch(b); err != nil {
		return fmt.Errorf("index: replace incidents with %d: %w", len(incs), err)
	}
	x.table.replace(rows)
	return nil
}

// Update removes the incidents old and indexes incs, in one batch; the
// other indexed incidents stay as they are.
func (x *Incidents) Update(old []string, incs []*vigie.Incident) error {
	defer x.facets.changed()
	b := x.idx.NewBatch()
	keep := make(map[string]bool, len(incs))
	rows := make([]incidentRow, 0, len(incs))
	for _, in := range incs {
		doc, err := x.newIncidentDocument(in)
		if err != nil {
			return err
		}
		keep[in.ID] = true
		if err := b.Index(in.ID, doc); err != nil {
			return fmt.Errorf("index: index incident %s: %w", in.ID, err)
		}
		rows = append(rows, rowOf(in.ID, doc))
	}
	for _, id := range old {
		if !keep[id] {
			b.Delete(id)
		}
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if err := x.idx.Batch(b); err != nil {
		return fmt.Errorf("index: update %d incidents: %w", len(incs), err)
	}
	x.table.update(old, rows)
	return nil
}

// docIDs returns the ids of every indexed incident.
func (x *Incidents) docIDs() ([]string, error) {
	n, err := x.Count()
	if err != nil || n == 0 {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), int(n), 0, false)
	res, err := x.idx.SearchInContext(context.Background(), req)
	if err != nil {
		return nil, fmt.Errorf("index: list incidents: %w", err)
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids, nil
}

// newIncidentDocument returns the document indexed for in. Empty values
// are left out: keywords would count as a value in facets.
func (x *Incidents) newIncidentDocument(in *vigie.Incident) (map[string]any, error) {
	if in == nil {
		return nil, errors.New("index: nil incident")
	} else if in.ID == "" {
		return nil, fmt.Errorf("index: incident %q has no id", in.Title)
	}
	doc := map[string]any{}
	p := in.Victim.Place
	for field, v := range map[string]string{
		incTitle: in.Title, incSummary: in.Summary,
		incPlace: p.Name, incDepartmentName: p.DepartmentName, incRegionText: p.Region, incGroup: in.Group,
		incCountry: upper(p.Country), incRegion: strings.TrimSpace(p.Region), incRegionKey: x.foldKey(p.Region),
		incDepartment: upper(p.Department), incAttack: string(in.Attack), incKind: string(in.Victim.Kind),
		incInScope: strconv.FormatBool(in.InScope),
	} {
		if strings.TrimSpace(v) != "" {
			doc[field] = v
		}
	}
	addTexts(doc, incVictim, bodyNames([]vigie.Body{in.Victim}))
	addTexts(doc, incAlsoAffected, bodyNames(in.AlsoAffected))
	for field, sentences := range evidenceByField(in) {
		addTexts(doc, field, sentences)
	}
	addTexts(doc, incAnalyzers, analyzersOf(doc))
	if t, ok := publishedTime(in.Start); ok {
		doc[incStart], doc[incStartYear] = t, strconv.Itoa(in.Start.Time.Year())
		// The order reads one keyword: the date field holds a term per
		// precision, each read for each match (a third of a search).
		doc[incStartKey] = t.UTC().Format("20060102150405")
	}
	if geo, ok := geoValue(p); ok {
		doc[incGeo] = geo
	}
	if terms := facetTerms(doc); len(terms) > 0 {
		doc[incFacetTerms] = terms
	}
	return doc, nil
}

// upper returns s trimmed, in upper case.
func upper(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

// foldKey returns the folded words of s, separated by spaces: "Île-de-France"
// and "ile de france" have the same key.
func (x *Incidents) foldKey(s string) string {
	return strings.Join(analyzeWords(x.fold, s), " ")
}

// addTexts sets field to the values of vs, unless there is none.
func addTexts(doc map[string]any, field string, vs []string) {
	if len(vs) > 0 {
		doc[field] = vs
	}
}

// analyzersOf returns the analyzers of the text fields doc has, each
// once, but vigie_fold, which drops no word.
func analyzersOf(doc map[string]any) []string {
	var as []string
	for _, f := range incidentTexts {
		if _, ok := doc[f.name]; ok && f.analyzer != analyzerFold && !slices.Contains(as, f.analyzer) {
			as = append(as, f.analyzer)
		}
	}
	return as
}

// bodyNames returns the official names and names as written of bodies,
// each once.
func bodyNames(bodies []vigie.Body) []string {
	var names []string
	for _, b := range bodies {
		for _, s := range []string{b.Official, b.Name} {
			if s = strings.TrimSpace(s); s != "" && !slices.Contains(names, s) {
				names = append(names, s)
			}
		}
	}
	return names
}

// evidenceByField returns the evidence sentences of in, each once, by the
// field they are indexed in: that of the language of their article
// (evidenceField), "evidence" when it is unknown or not stemmed.
func evidenceByField(in *vigie.Incident) map[string][]string {
	byID, byURL := map[int64]string{}, map[string]string{} // article languages
	for _, s := range in.Sources {
		lang := strings.ToLower(strings.TrimSpace(s.Lang))
		byID[s.ArticleID], byURL[s.URL] = lang, lang
	}
	out, seen := map[string][]string{}, map[string]bool{}
	for _, e := range in.Evidence {
		s := strings.TrimSpace(e.Sentence)
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		lang, ok := byID[e.ArticleID]
		if !ok || e.ArticleID == 0 {
			lang = byURL[e.URL]
		}
		field := evidenceField(langOf(lang))
		out[field] = append(out[field], s)
	}
	return out
}

// geoValue returns the point of p as bleve reads it, "lat,lon"; false when
// p has no point or an impossible one.
func geoValue(p vigie.Place) (string, bool) {
	if !p.HasPoint() || !validPoint(p.Lat, p.Lon) {
		return "", false
	}
	return strconv.FormatFloat(p.Lat, 'f', -1, 64) + "," + strconv.FormatFloat(p.Lon, 'f', -1, 64), true
}

// validPoint reports whether lat and lon are a position on Earth.
func validPoint(lat, lon float64) bool {
	return !math.IsNaN(lat) && !math.IsNaN(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
}
