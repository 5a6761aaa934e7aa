package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// IncidentMappingVersion identifies the mapping of the incident index.
// Change it whenever the mapping or the analyzers change: an index written
// with another version must be rebuilt with `vigie reindex`.
const IncidentMappingVersion = "vigie-incidents-2"

// Field names of an indexed incident. Text fields are folded; those ending
// in _fr or _en are also stemmed in that language.
const (
	incTitle          = "title"
	incTitleEN        = "title_en"
	incSummary        = "summary"
	incSummaryEN      = "summary_en"
	incVictim         = "victim"          // official name and name as written
	incAlsoAffected   = "also_affected"   // the same, of every other body hit
	incPlace          = "place"           // the victim's commune
	incDepartmentName = "department_name" // the victim's département
	incRegionText     = "region_text"     // the victim's region, searched as text
	incGroup          = "group"
	incEvidence       = "evidence"
	incEvidenceFR     = "evidence_fr"
	incEvidenceEN     = "evidence_en"

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
)

// incidentFields are the fields of an incident a query looks in. Vigie
// writes titles and summaries in English; evidence sentences are stemmed
// in the language of their article.
var incidentFields = fieldSet{
	folded: []weightedField{
		{incTitle, titleBoost}, {incVictim, titleBoost}, {incSummary, 1}, {incAlsoAffected, 1}, {incPlace, 1},
		{incDepartmentName, 1}, {incRegionText, 1}, {incGroup, 1}, {incEvidence, 1},
	},
	stemmed: []weightedField{{incTitleEN, titleBoost}, {incSummaryEN, 1}, {incEvidenceFR, 1}, {incEvidenceEN, 1}},
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
	for _, f := range incidentFields.folded {
		dm.AddFieldMappingsAt(f.name, textField(analyzerFold, true))
	}
	for name, analyzer := range map[string]string{
		incTitleEN: analyzerEN, incSummaryEN: analyzerEN, incEvidenceFR: analyzerFR, incEvidenceEN: analyzerEN,
	} {
		dm.AddFieldMappingsAt(name, textField(analyzer, false))
	}
	for _, name := range []string{incCountry, incRegion, incRegionKey, incDepartment, incAttack, incKind, incInScope, incStartYear, incFacetTerms, incStartKey} {
		dm.AddFieldMappingsAt(name, keywordField())
	}
	dm.AddFieldMappingsAt(incStart, sortField(bleve.NewDateTimeFieldMapping()))
	dm.AddFieldMappingsAt(incGeo, sortField(bleve.NewGeoPointFieldMapping()))
	return dm
}
