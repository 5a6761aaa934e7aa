package index

import (
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

// fieldPair is a title field and the text field analyzed like it.
type fieldPair struct{ title, text string }

var (
	foldedFields  = fieldPair{fieldTitle, fieldText}
	stemmedFields = []fieldPair{foldedFields, {fieldTitleFR, fieldTextFR}, {fieldTitleEN, fieldTextEN}}
)

// buildQuery turns parsed terms into a bleve query, nil when there are no
// terms. fold is the vigie_fold analyzer: terms with no word in it are
// dropped, and prefixes are folded with it.
func buildQuery(terms []term, fold analysis.Analyzer) (*query.BooleanQuery, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	var must, mustNot []query.Query
	for _, t := range terms {
		words := analyzeWords(fold, t.Text)
		if len(words) == 0 {
			continue
		}
		q, err := termQuery(t, words)
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

// termQuery returns the query of t, whose folded words are words.
func termQuery(t term, words []string) (query.Query, error) {
	switch {
	case t.Kind == kindPhrase:
		return phraseQuery(t.Text), nil
	case t.Kind == kindPrefix:
		return prefixQuery(t.Text, words)
	case t.Exclude:
		return wordQuery(t.Text, []fieldPair{foldedFields}), nil
	}
	return wordQuery(t.Text, stemmedFields), nil
}

// wordQuery matches documents having every word of s in the title or the
// text of one of the analyses in pairs.
func wordQuery(s string, pairs []fieldPair) query.Query {
	var qs []query.Query
	for _, p := range pairs {
		qs = append(qs, matchQuery(s, p.title, titleBoost), matchQuery(s, p.text, 1))
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

// phraseQuery matches documents having the words of s in a row in the title
// or the text.
func phraseQuery(s string) query.Query {
	title := bleve.NewMatchPhraseQuery(s)
	title.SetField(fieldTitle)
	title.SetBoost(titleBoost)
	text := bleve.NewMatchPhraseQuery(s)
	text.SetField(fieldText)
	return bleve.NewDisjunctionQuery(title, text)
}

// prefixQuery matches documents having, in the title or the text, the
// folded words of s, the last one as a prefix.
func prefixQuery(s string, words []string) (query.Query, error) {
	last, others := words[len(words)-1], strings.Join(words[:len(words)-1], " ")
	if utf8.RuneCountInString(last) < minPrefix {
		return nil, vigie.Errorf(vigie.EINVALID, "The prefix %q is too short: give at least %d letters before *.", s, minPrefix)
	}
	field := func(name string, boost float64) query.Query {
		p := bleve.NewPrefixQuery(last)
		p.SetField(name)
		p.SetBoost(boost)
		if others == "" {
			return p
		}
		return bleve.NewConjunctionQuery(p, matchQuery(others, name, boost))
	}
	return bleve.NewDisjunctionQuery(field(fieldTitle, titleBoost), field(fieldText, 1)), nil
}
