package index

import (
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// incidentField is a text field of an incident with the analyzer that
// wrote it, which reads the query's terms for it.
type incidentField struct {
	analyzedField
	analyzerName string
}

// incidentFieldsOf returns the fields of incidentTexts with their
// analyzers from m.
func incidentFieldsOf(m mapping.IndexMapping) ([]incidentField, error) {
	fs := make([]incidentField, len(incidentTexts))
	for i, t := range incidentTexts {
		a := m.AnalyzerNamed(t.analyzer)
		if a == nil {
			return nil, fmt.Errorf("index: no analyzer %s in the incident mapping", t.analyzer)
		}
		fs[i] = incidentField{analyzedField{t.weightedField, a}, t.analyzer}
	}
	return fs, nil
}

// incidentTextQuery turns parsed terms into a query over the text fields
// of incidents, nil when no term has a word. An incident matches when
// every term not excluded matches in one of its fields, as that field's
// analyzer reads the term, and no excluded term does. A term an analyzer
// drops entirely (a stop word of its language: "la", "the") asks nothing
// of the texts that analyzer wrote, as in the article index: it is met by
// an incident having such a text, when the query has a word that analyzer
// keeps ("les conseils" finds French evidence with "conseils"; "de la"
// needs "de" and "la" in a field that keeps them, a name). With fuzzy set,
// words are matched within one edit (two from eight letters) when they
// have four letters or more, once analysed; it then reports false when no
// word has four letters, as a second search would find the same.
func incidentTextQuery(terms []term, fold analysis.Analyzer, fields []incidentField, fuzzy bool) (*query.BooleanQuery, bool, error) {
	must, not, err := queryTerms(terms, fold)
	if err != nil || len(must) == 0 {
		return nil, false, err
	}
	if fuzzy && !canBeFuzzy(must) {
		return nil, false, nil
	}
	keeps := map[string]bool{} // analyzers keeping a word of the query
	qs := make([][]query.Query, len(must))
	dropped := make([][]string, len(must))
	for i, t := range must {
		for _, f := range fields {
			if q := f.termQuery(t, fuzzy); q != nil {
				qs[i], keeps[f.analyzerName] = append(qs[i], q), true
			} else if !slices.Contains(dropped[i], f.analyzerName) {
				dropped[i] = append(dropped[i], f.analyzerName)
			}
		}
	}
	required := make([]query.Query, len(must))
	for i := range must {
		for _, a := range dropped[i] {
			if keeps[a] {
				q := bleve.NewTermQuery(a)
				q.SetField(incAnalyzers)
				q.SetBoost(stopWordBoost)
				qs[i] = append(qs[i], q)
			}
		}
		required[i] = anyOf(qs[i])
	}
	excluded := make([]query.Query, len(not))
	for i, t := range not {
		excluded[i] = anyField(t, fields)
	}
	return query.NewBooleanQuery(required, nil, excluded), true, nil
}

// anyField matches t, exactly, in any of fields.
func anyField(t queryTerm, fields []incidentField) query.Query {
	var qs []query.Query
	for _, f := range fields {
		if q := f.termQuery(t, false); q != nil {
			qs = append(qs, q)
		}
	}
	return anyOf(qs)
}

// stopWordBoost weighs the match of a stop word by the language of a text
// (incidentTextQuery): little, as it says little.
const stopWordBoost = 0.1

// anyOf is the disjunction of qs, or its only query, or a query matching
// nothing when there is none.
func anyOf(qs []query.Query) query.Query {
	if len(qs) == 0 {
		return bleve.NewMatchNoneQuery()
	}
	return disjunction(qs)
}
