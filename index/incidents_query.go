package index

import (
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// termsOf returns q with each match query of one word in a field (a word
// the field's analyzer keeps as one term) made the term query bleve would
// make of it, without the conjunction of one term bleve wraps it in: the
// same matches and the same scores (the sum of one score is that score,
// the weight of the conjunction its term's), a searcher less for every
// field and word a search reads, and, when nothing is scored, a
// disjunction of terms bleve reads as one bitmap. q's parts are changed
// in place: they are the search's own.
func termsOf(q query.Query, m mapping.IndexMapping) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, p := range []*query.Query{&q.Must, &q.Should, &q.MustNot} {
			if *p != nil {
				*p = termsOf(*p, m)
			}
		}
	case *query.ConjunctionQuery:
		for i, c := range q.Conjuncts {
			q.Conjuncts[i] = termsOf(c, m)
		}
	case *query.DisjunctionQuery:
		for i, d := range q.Disjuncts {
			q.Disjuncts[i] = termsOf(d, m)
		}
	case *query.MatchQuery:
		return matchTerm(q, m)
	}
	return q
}

// matchTerm returns the term query of q when q matches one term in its
// field with every word, no fuzziness and the field's analyzer; q
// otherwise.
func matchTerm(q *query.MatchQuery, m mapping.IndexMapping) query.Query {
	if q.Operator != query.MatchQueryOperatorAnd || q.Fuzziness != 0 || q.Analyzer != "" || q.FieldVal == "" {
		return q
	}
	a := m.AnalyzerNamed(m.AnalyzerNameForPath(q.FieldVal))
	if a == nil {
		return q
	}
	tokens := a.Analyze([]byte(q.Match))
	if len(tokens) != 1 {
		return q
	}
	t := query.NewTermQuery(string(tokens[0].Term))
	t.SetField(q.FieldVal)
	t.SetBoost(q.BoostVal.Value())
	return t
}
