package index

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vigie-news/vigie"
)

// langFields are the title and text fields of a language with the analyzer
// that wrote them, which reads the query's words for them.
type langFields struct {
	textLang
	analyzer analysis.Analyzer
}

// langFieldsOf returns the fields of every language of textLangs, with
// their analyzers from m.
func langFieldsOf(m mapping.IndexMapping) ([]langFields, error) {
	ls := make([]langFields, len(textLangs))
	for i, l := range textLangs {
		a := m.AnalyzerNamed(l.analyzer)
		if a == nil {
			return nil, fmt.Errorf("no analyzer %s in the mapping", l.analyzer)
		}
		ls[i] = langFields{l, a}
	}
	return ls, nil
}

// queryTerm is a term of a query with its folded words.
type queryTerm struct {
	term
	words []string
}

// textQuery turns parsed terms into a query over the title and text of the
// articles in langs, nil when no term has a word. An article matches when
// every term not excluded matches in the fields of its language, each term
// read by that language's analyzer (a word that analyzer drops, a stop
// word, asks nothing there), and no excluded term does. With fuzzy set,
// words are matched within one edit (two from eight letters) when they
// have four letters or more, once stemmed; it then reports false when no
// word has four letters, as a second search would find the same.
func textQuery(terms []term, fold analysis.Analyzer, langs []langFields, fuzzy bool) (*query.BooleanQuery, bool, error) {
	must, not, err := queryTerms(terms, fold)
	if err != nil || len(must) == 0 {
		return nil, false, err
	}
	if fuzzy && !canBeFuzzy(must) {
		return nil, false, nil
	}
	var perLang, excluded []query.Query
	for _, l := range langs {
		var all []query.Query
		for _, t := range must {
			if q := l.termQuery(t, fuzzy); q != nil {
				all = append(all, q)
			}
		}
		if len(all) > 0 {
			perLang = append(perLang, conjunction(all))
		}
		for _, t := range not {
			if q := l.termQuery(t, false); q != nil {
				excluded = append(excluded, q)
			}
		}
	}
	if len(perLang) == 0 {
		perLang = append(perLang, bleve.NewMatchNoneQuery())
	}
	var mustNot []query.Query
	if len(excluded) > 0 {
		mustNot = []query.Query{disjunction(excluded)}
	}
	return query.NewBooleanQuery([]query.Query{disjunction(perLang)}, nil, mustNot), true, nil
}

// queryTerms splits terms into those to match and those to exclude, with
// their folded words, leaving out terms with none. It refuses a prefix
// too short, and a query with only exclusions or no word at all (but not
// one with no term, which has neither).
func queryTerms(terms []term, fold analysis.Analyzer) (must, not []queryTerm, err error) {
	if len(terms) == 0 {
		return nil, nil, nil
	}
	for _, t := range terms {
		words := analyzeWords(fold, t.Text)
		if len(words) == 0 {
			continue
		}
		if last := words[len(words)-1]; t.Kind == kindPrefix && utf8.RuneCountInString(last) < minPrefix {
			return nil, nil, vigie.Errorf(vigie.EINVALID, "The prefix %q is too short: give at least %d letters before *.", t.Text, minPrefix)
		}
		if t.Exclude {
			not = append(not, queryTerm{t, words})
		} else {
			must = append(must, queryTerm{t, words})
		}
	}
	if len(must) == 0 && len(not) > 0 {
		return nil, nil, vigie.Errorf(vigie.EINVALID, "The query only excludes words: add a word to look for.")
	} else if len(must) == 0 {
		return nil, nil, vigie.Errorf(vigie.EINVALID, "The query has no word to look for.")
	}
	return must, not, nil
}

// canBeFuzzy reports whether a word of ts may be matched loosely.
func canBeFuzzy(ts []queryTerm) bool {
	for _, t := range ts {
		if t.Kind != kindWord {
			continue
		}
		for _, w := range t.words {
			if utf8.RuneCountInString(w) >= 4 {
				return true
			}
		}
	}
	return false
}

// termQuery returns the query of t in l's title or text, nil when l's
// analyzer keeps no word of it. A match in the title weighs more.
func (l langFields) termQuery(t queryTerm, fuzzy bool) query.Query {
	var qs []query.Query
	for _, f := range l.fields() {
		if q := (analyzedField{f, l.analyzer}).termQuery(t, fuzzy); q != nil {
			qs = append(qs, q)
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// analyzedField is a text field with the analyzer that wrote it, which
// reads the query's words for it.
type analyzedField struct {
	weightedField
	analyzer analysis.Analyzer
}

// termQuery returns the query of t in f, nil when f's analyzer keeps no
// word of it.
func (f analyzedField) termQuery(t queryTerm, fuzzy bool) query.Query {
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
// it, since f's words may be stemmed ("attaques*" finds "attaque", stemmed
// "ataqu"; "cyberatta*" finds "cyberattaques", stemmed "cyberataqu", by
// the stem of the prefix, "cyberata").
func (f analyzedField) prefixQuery(words []string) query.Query {
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

// fields returns l's title and text fields with their weights.
func (l langFields) fields() [2]weightedField {
	return [2]weightedField{{l.title, titleBoost}, {l.text, 1}}
}

// terms matches documents having every term of tokens in f.
func terms(tokens []string, f weightedField) query.Query {
	qs := make([]query.Query, len(tokens))
	for i, tok := range tokens {
		q := bleve.NewTermQuery(tok)
		q.SetField(f.name)
		q.SetBoost(f.boost)
		qs[i] = q
	}
	return conjunction(qs)
}

// fuzzyTerms matches documents having, in f, every term of tokens within
// one edit, two from eight letters; terms under four letters exactly.
func fuzzyTerms(tokens []string, f weightedField) query.Query {
	qs := make([]query.Query, len(tokens))
	for i, tok := range tokens {
		if utf8.RuneCountInString(tok) < 4 {
			qs[i] = terms(tokens[i:i+1], f)
			continue
		}
		qs[i] = fuzzyQuery(tok, f)
	}
	return conjunction(qs)
}

// fuzzyQuery matches w in f within one edit, two from eight letters.
func fuzzyQuery(w string, f weightedField) query.Query {
	q := bleve.NewFuzzyQuery(w)
	q.SetField(f.name)
	q.SetBoost(f.boost)
	q.SetFuzziness(1)
	if utf8.RuneCountInString(w) >= 8 {
		q.SetFuzziness(2)
	}
	return q
}

// conjunction is the conjunction of qs, or its only query.
func conjunction(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewConjunctionQuery(qs...)
}

// disjunction is the disjunction of qs, or its only query.
func disjunction(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}
