package index

import "github.com/blevesearch/bleve/v2/analysis"

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

// analyzeWords returns the terms a makes of s.
func analyzeWords(a analysis.Analyzer, s string) []string {
	tokens := a.Analyze([]byte(s))
	words := make([]string, len(tokens))
	for i, tok := range tokens {
		words[i] = string(tok.Term)
	}
	return words
}
