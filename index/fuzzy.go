package index

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
)

// FuzzyBelow is how few matches make a search try again forgiving typos:
// "cyberatack", "Gravelynes" and "rançongicel" find their targets, but
// only when the words as typed find almost nothing, so that exact matches
// are never drowned.
const FuzzyBelow = 3

// fuzzyQueryIn is buildQueryIn with every word of at least four letters
// matched within one edit (two from eight letters) in the folded fields;
// phrases, prefixes and exclusions stay exact. It reports false when no
// word can be fuzzy, as a second search would then find the same.
func fuzzyQueryIn(terms []term, fold analysis.Analyzer, fs fieldSet) (*query.BooleanQuery, bool, error) {
	var must, mustNot []query.Query
	fuzzy := false
	for _, t := range terms {
		words := analyzeWords(fold, t.Text)
		if len(words) == 0 {
			continue
		}
		if t.Exclude || t.Kind != kindWord {
			q, err := termQuery(t, words, fs)
			if err != nil {
				return nil, false, err
			}
			if t.Exclude {
				mustNot = append(mustNot, q)
			} else {
				must = append(must, q)
			}
			continue
		}
		for _, w := range words {
			q, ok := fuzzyWord(w, fs.folded)
			fuzzy = fuzzy || ok
			must = append(must, q)
		}
	}
	if !fuzzy || len(must) == 0 {
		return nil, false, nil
	}
	return query.NewBooleanQuery(must, nil, mustNot), true, nil
}

// fuzzyWord matches w, a folded word, in one of fields, within one or two
// edits; false when w is too short to be matched loosely.
func fuzzyWord(w string, fields []weightedField) (query.Query, bool) {
	n := utf8.RuneCountInString(w)
	qs := make([]query.Query, len(fields))
	for i, f := range fields {
		if n < 4 {
			t := bleve.NewTermQuery(w)
			t.SetField(f.name)
			qs[i] = t
			continue
		}
		qs[i] = fuzzyQuery(w, f)
	}
	return bleve.NewDisjunctionQuery(qs...), n >= 4
}
