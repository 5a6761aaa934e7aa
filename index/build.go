package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vigie-news/vigie"
)

// titleBoost weighs a match in the title against one in the text.
const titleBoost = 2.0

// minPrefix is the shortest prefix, in letters, a prefix term may have:
// shorter ones expand to too many words to be useful.
const minPrefix = 2

// weightedField is a field a query looks in and the weight of a match in it.
type weightedField struct {
	name  string
	boost float64
}

// fieldSet says where the terms of an incident query are looked for:
// words in every field, phrases, prefixes and exclusions in the folded
// ones only. (An article's fields are those of its language: langFields.)
type fieldSet struct {
	folded  []weightedField // analyzed with vigie_fold, with positions
	stemmed []weightedField // analyzed with vigie_fr or vigie_en
}

// buildQueryIn turns parsed terms into a bleve query over fs, nil when
// there are no terms. fold is the vigie_fold analyzer: terms with no word
// in it are dropped, and prefixes are folded with it.
func buildQueryIn(terms []term, fold analysis.Analyzer, fs fieldSet) (*query.BooleanQuery, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	var must, mustNot []query.Query
	for _, t := range terms {
		words := analyzeWords(fold, t.Text)
		if len(words) == 0 {
			continue
		}
		q, err := termQuery(t, words, fs)
		if err != nil {
			return nil, err
		}
		if t.Exclude {
			mustNot = append(mustNot, q)
		} else {
			must = append(must, q)
		}
	}
	if len(must) == 0 && len(mustNot) > 0 {
		return nil, vigie.Errorf(vigie.EINVALID, "The query only excludes words: add a word to look for.")
	} else if len(must) == 0 {
		return nil, vigie.Errorf(vigie.EINVALID, "The query has no word to look for.")
	}
	return query.NewBooleanQuery(must, nil, mustNot), nil
}

// analyzeWords returns the words fold finds in s.
func analyzeWords(fold analysis.Analyzer, s string) []string {
	tokens := fold.Analyze([]byte(s))
	words := make([]string, len(tokens))
	for i, tok := range tokens {
		words[i] = string(tok.Term)
	}
	return words
}

// termQuery returns the query of t, whose folded words are words, over fs.
func termQuery(t term, words []string, fs fieldSet) (query.Query, error) {
	switch {
	case t.Kind == kindPhrase:
		return phraseQuery(t.Text, fs.folded), nil
	case t.Kind == kindPrefix:
		return prefixQuery(t.Text, words, fs.folded)
	case t.Exclude:
		return wordQuery(t.Text, fs.folded), nil
	}
	return wordQuery(t.Text, slices.Concat(fs.folded, fs.stemmed)), nil
}

// wordQuery matches documents having every word of s in one of fields.
func wordQuery(s string, fields []weightedField) query.Query {
	qs := make([]query.Query, len(fields))
	for i, f := range fields {
		qs[i] = matchQuery(s, f.name, f.boost)
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// matchQuery matches documents having every word of s in field.
func matchQuery(s, field string, boost float64) query.Query {
	q := bleve.NewMatchQuery(s)
	q.SetField(field)
	q.SetOperator(query.MatchQueryOperatorAnd)
	q.SetBoost(boost)
	return q
}

// phraseQuery matches documents having the words of s in a row in one of
// fields.
func phraseQuery(s string, fields []weightedField) query.Query {
	qs := make([]query.Query, len(fields))
	for i, f := range fields {
		q := bleve.NewMatchPhraseQuery(s)
		q.SetField(f.name)
		q.SetBoost(f.boost)
		qs[i] = q
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// prefixQuery matches documents having, in one of fields, the folded words
// of s, the last one as a prefix.
func prefixQuery(s string, words []string, fields []weightedField) (query.Query, error) {
	last, others := words[len(words)-1], strings.Join(words[:len(words)-1], " ")
	if utf8.RuneCountInString(last) < minPrefix {
		return nil, vigie.Errorf(vigie.EINVALID, "The prefix %q is too short: give at least %d letters before *.", s, minPrefix)
	}
	qs := make([]query.Query, len(fields))
	for i, f := range fields {
		p := bleve.NewPrefixQuery(last)
		p.SetField(f.name)
		p.SetBoost(f.boost)
		qs[i] = p
		if others != "" {
			qs[i] = bleve.NewConjunctionQuery(p, matchQuery(others, f.name, f.boost))
		}
	}
	return bleve.NewDisjunctionQuery(qs...), nil
}
