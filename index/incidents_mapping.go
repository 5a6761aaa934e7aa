package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// IncidentMappingVersion identifies the mapping of the incident index.
// Change it whenever the mapping or the analyzers change: an index written
// with another version must be rebuilt with `vigie reindex`.
const IncidentMappingVersion = "vigie-incidents-3"

// Field names of an indexed incident. Each text is analysed once (see
// incidentTexts).
const (
	incTitle          = "title"           // English
	incSummary        = "summary"         // English
	incVictim         = "victim"          // official name and name as written
	incAlsoAffected   = "also_affected"   // the same, of every other body hit
	incPlace          = "place"           // the victim's commune
	incDepartmentName = "department_name" // the victim's département
	incRegionText     = "region_text"     // the victim's region, searched as text
	incGroup          = "group"
	incEvidence       = "evidence" // sentences of articles in no stemmed language; evidence_fr... for the others

	incCountry    = "country"    // ISO 3166-1 alpha-2, upper case
	incRegion     = "region"     // official name, for facets
	incRegionKey  = "region_key" // folded words of the region, for filters
	incDepartment = "department" // code, upper case
	incAttack     = "attack"
	incKind       = "kind"
	incInScope    = "in_scope" // "true" or "false"
	incStartYear  = "start_year"
	incStart      = "start"
	incGeo        = "geo"       // the victim's place, "lat,lon"
	incFacetTerms = "facets"    // every facet's value as one keyword, "region=Occitanie": one field to visit per match
	incStartKey   = "start_key" // the start as one keyword, "20210401000000", for the order
	incAnalyzers  = "analyzers" // the analyzers of the incident's texts, "vigie_fr": for stop words (incidentTermQuery)
)

// incidentText is a text field of an incident, the analyzer that writes
// it and reads the query's terms for it, and the weight of a match in it.
type incidentText struct {
	weightedField
	analyzer string
}

// incidentTexts are the text fields of an incident, each analysed once.
// An incident gathers articles in several languages, but only its
// evidence sentences are in theirs: Vigie writes the title and summary in
// English (names of bodies and places inside them), so they are stemmed
// in English; names of bodies, places, départements, regions and groups
// are proper names, only folded; each evidence sentence is analysed by
// the analyzer of its article's language (textLangs: folded and stemmed
// in French, English, German, Italian, Spanish and Dutch, folded only in
// any other), in that language's evidence field. So an incident holds one
// analysed copy of each text, not a folded copy of every text plus a
// stemmed one of its title, summary and French or English sentences, and
// a query reads each term with the analyzer of each field (see
// incidentTextQuery). Every text field keeps positions, for phrases.
var incidentTexts = func() []incidentText {
	ts := []incidentText{
		{weightedField{incTitle, titleBoost}, analyzerEN},
		{weightedField{incVictim, titleBoost}, analyzerFold},
		{weightedField{incSummary, 1}, analyzerEN},
		{weightedField{incAlsoAffected, 1}, analyzerFold},
		{weightedField{incPlace, 1}, analyzerFold},
		{weightedField{incDepartmentName, 1}, analyzerFold},
		{weightedField{incRegionText, 1}, analyzerFold},
		{weightedField{incGroup, 1}, analyzerFold},
	}
	for _, l := range textLangs {
		ts = append(ts, incidentText{weightedField{evidenceField(l), 1}, l.analyzer})
	}
	return ts
}()

// evidenceField returns the field of the evidence sentences of articles
// in l's language: "evidence", "evidence_fr"...
func evidenceField(l textLang) string {
	if l.code == "" {
		return incEvidence
	}
	return incEvidence + "_" + l.code
}

// newIncidentMapping returns the index mapping of Vigie's incidents.
func newIncidentMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	if err := addAnalysis(m); err != nil {
		return nil, fmt.Errorf("index: build incident mapping: %w", err)
	}
	m.DefaultMapping = incidentMapping()
	m.DefaultAnalyzer = analyzerFold
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("index: validate incident mapping: %w", err)
	}
	return m, nil
}

// incidentMapping maps the documents built by newIncidentDocument. Nothing
// is stored: the store is the system of record.
func incidentMapping() *mapping.DocumentMapping {
	dm := bleve.NewDocumentStaticMapping()
	dm.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	for _, f := range incidentTexts {
		dm.AddFieldMappingsAt(f.name, textField(f.analyzer, true))
	}
	for _, name := range []string{incCountry, incRegion, incRegionKey, incDepartment, incAttack, incKind, incInScope, incStartYear, incFacetTerms, incStartKey} {
		dm.AddFieldMappingsAt(name, keywordField())
	}
	analyzers := keywordField()
	analyzers.DocValues = false // filtered on, never a facet
	dm.AddFieldMappingsAt(incAnalyzers, analyzers)
	dm.AddFieldMappingsAt(incStart, sortField(bleve.NewDateTimeFieldMapping()))
	dm.AddFieldMappingsAt(incGeo, sortField(bleve.NewGeoPointFieldMapping()))
	return dm
}
