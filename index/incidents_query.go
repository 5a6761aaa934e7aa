package index

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// incidentField is a text field of an incident with the analyzer that
// wrote it, which reads the query's terms for it.
type incidentField struct {
	weightedField
	analyzer analysis.Analyzer
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
		fs[i] = incidentField{t.weightedField, a}
	}
	return fs, nil
}

// incidentTextQuery turns parsed terms into a query over the text fields
// of incidents, nil when no term has a word. An incident matches when
// every term not excluded matches in one of its fields, as that field's
// analyzer reads the term, and no excluded term does. A term one of the
// analyzers drops entirely (a stop word of its language: "la", "the") is
// optional, as it asks nothing of the texts of that language; when every
// term is, they are all required. With fuzzy set, words are matched within
// one edit (two from eight letters) when they have four letters or more,
// once analysed; it then reports false when no word has four letters, as
// a second search would find the same.
func incidentTextQuery(terms []term, fold analysis.Analyzer, fields []incidentField, fuzzy bool) (*query.BooleanQuery, bool, error) {
	must, not, err := queryTerms(terms, fold)
	if err != nil || len(must) == 0 {
		return nil, false, err
	}
	if fuzzy && !canBeFuzzy(must) {
		return nil, false, nil
	}
	var required, optional, excluded []query.Query
	for _, t := range must {
		q, dropped := incidentTermQuery(t, fields, fuzzy)
		if dropped {
			optional = append(optional, q)
		} else {
			required = append(required, q)
		}
	}
	if len(required) == 0 {
		required, optional = optional, nil
	}
	for _, t := range not {
		q, _ := incidentTermQuery(t, fields, false)
		excluded = append(excluded, q)
	}
	return query.NewBooleanQuery(required, optional, excluded), true, nil
}

// incidentTermQuery returns the query of t in any of fields, and whether
// one of their analyzers drops every word of t. The folded fields keep
// every word t has, so the query is never empty.
func incidentTermQuery(t queryTerm, fields []incidentField, fuzzy bool) (query.Query, bool) {
	var qs []query.Query
	dropped := false
	for _, f := range fields {
		q := f.termQuery(t, fuzzy)
		if q == nil {
			dropped = true
			continue
		}
		qs = append(qs, q)
	}
	if len(qs) == 0 {
		return bleve.NewMatchNoneQuery(), dropped
	}
	return disjunction(qs), dropped
}

// termQuery returns the query of t in f, nil when f's analyzer keeps no
// word of it.
func (f incidentField) termQuery(t queryTerm, fuzzy bool) query.Query {
	if t.Kind == kindPrefix {
		return f.prefixQuery(t.words)
	}
	tokens := analyzeWords(f.analyzer, t.Text)
	switch {
	case len(tokens) == 0:
		return nil
	case t.Kind == kindPhrase:
		q := bleve.NewMatchPhraseQuery(t.Text)
		q.SetField(f.name)
		q.SetBoost(f.boost)
		return q
	case fuzzy:
		return fuzzyTerms(tokens, f.weightedField)
	}
	return terms(tokens, f.weightedField)
}

// prefixQuery matches the folded words, the last one as a prefix, in f.
// The prefix is looked for as typed (folded) and as f's analyzer reads
// it, since f's words may be stemmed ("attacks*" finds "attack").
func (f incidentField) prefixQuery(words []string) query.Query {
	last := words[len(words)-1]
	prefixes := []string{last}
	if ts := analyzeWords(f.analyzer, last); len(ts) > 0 && ts[0] != last && utf8.RuneCountInString(ts[0]) >= minPrefix {
		prefixes = append(prefixes, ts[0])
	}
	ps := make([]query.Query, len(prefixes))
	for i, p := range prefixes {
		q := bleve.NewPrefixQuery(p)
		q.SetField(f.name)
		q.SetBoost(f.boost)
		ps[i] = q
	}
	q := disjunction(ps)
	if others := analyzeWords(f.analyzer, strings.Join(words[:len(words)-1], " ")); len(others) > 0 {
		q = bleve.NewConjunctionQuery(q, terms(others, f.weightedField))
	}
	return q
}
