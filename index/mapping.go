package index

import (
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/bleve/v2/analysis/token/elision"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/analysis/tokenmap"
	"github.com/blevesearch/bleve/v2/mapping"
)

// MappingVersion identifies the mapping and analyzers built by this package.
// Change it whenever they change: an index written with another version
// must be rebuilt with `vigie reindex`.
const MappingVersion = "vigie-articles-2"

// versionKey is where MappingVersion is kept in the index's internal storage.
var versionKey = []byte("vigie_mapping_version")

// Analyzer names registered in the index mapping.
const (
	analyzerFold = "vigie_fold" // any language: folded, lowercased, elided
	analyzerFR   = "vigie_fr"   // French: folded, stop words, light stemming
	analyzerEN   = "vigie_en"   // English: folded, stop words, snowball stemming
	analyzerDE   = "vigie_de"   // German: folded, stop words, normalized, light stemming
	analyzerIT   = "vigie_it"   // Italian: folded, elided, stop words, light stemming
	analyzerES   = "vigie_es"   // Spanish: folded, stop words, light stemming
	analyzerNL   = "vigie_nl"   // Dutch: folded, stop words, snowball stemming
)

// Names of the token maps and filters the analyzers use.
const (
	articlesMap   = "vigie_articles"    // elided articles, French and Italian
	stopFRMap     = "vigie_stop_fr_map" // French stop words, folded
	elisionFilter = "vigie_elision"
	stopFRFilter  = "vigie_stop_fr"
)

// stopLists are the stop words of the stemmed languages other than French
// and English, folded like French's: the name of a token map and of the
// stop filter reading it, per list.
var stopLists = []struct {
	mapName, filter string
	words           []byte
}{
	{"vigie_stop_de_map", "vigie_stop_de", de.GermanStopWords},
	{"vigie_stop_it_map", "vigie_stop_it", it.ItalianStopWords},
	{"vigie_stop_es_map", "vigie_stop_es", es.SpanishStopWords},
	{"vigie_stop_nl_map", "vigie_stop_nl", nl.DutchStopWords},
}

// Field names of an indexed article. Its title and text are in the two
// fields of its language (see textLangs).
const (
	fieldSite      = "site"
	fieldSource    = "source"
	fieldLang      = "lang"
	fieldPublished = "published"
	fieldID        = "id"
)

// textLang is how the articles of a language are analysed: each once, by
// one analyzer, into the title and text fields of the language.
type textLang struct {
	code        string // primary language subtag; "" for every other language
	analyzer    string
	title, text string // field names
}

// textLangs are the languages an article's title and text are analysed
// in: stemmed in the languages bleve has a stemmer of and Vigie reads,
// folded only in any other (the first).
var textLangs = []textLang{
	{"", analyzerFold, "title", "text"},
	{"fr", analyzerFR, "title_fr", "text_fr"},
	{"en", analyzerEN, "title_en", "text_en"},
	{"de", analyzerDE, "title_de", "text_de"},
	{"it", analyzerIT, "title_it", "text_it"},
	{"es", analyzerES, "title_es", "text_es"},
	{"nl", analyzerNL, "title_nl", "text_nl"},
}

// langOf returns how an article in language tag, a BCP 47 tag in lower
// case, is analysed.
func langOf(tag string) textLang {
	code := primaryLang(tag)
	for _, l := range textLangs[1:] {
		if l.code == code {
			return l
		}
	}
	return textLangs[0]
}

// newMapping returns the index mapping of Vigie's articles.
func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	if err := addAnalysis(m); err != nil {
		return nil, fmt.Errorf("index: build mapping: %w", err)
	}
	m.DefaultMapping = articleMapping()
	m.DefaultAnalyzer = analyzerFold
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("index: validate mapping: %w", err)
	}
	return m, nil
}

// addAnalysis registers the token maps, filters and analyzers in m.
//
// Accents are folded by a char filter, before tokenizing, so that a query
// typed without accents and a text written with them meet; the French stop
// list is folded to match, and the stemmers run on folded words on both the
// indexing and the query side.
func addAnalysis(m *mapping.IndexMappingImpl) error {
	steps := []func() error{
		func() error {
			return m.AddCustomTokenMap(articlesMap, tokenMapConfig(fr.FrenchArticles, it.ItalianArticles))
		},
		func() error { return m.AddCustomTokenMap(stopFRMap, tokenMapConfig(fr.FrenchStopWords)) },
		func() error {
			return m.AddCustomTokenFilter(elisionFilter, map[string]any{
				"type": elision.Name, "articles_token_map": articlesMap})
		},
		func() error {
			return m.AddCustomTokenFilter(stopFRFilter, map[string]any{
				"type": stop.Name, "stop_token_map": stopFRMap})
		},
		func() error { return m.AddCustomAnalyzer(analyzerFold, analyzerConfig(lowercase.Name, elisionFilter)) },
		func() error {
			return m.AddCustomAnalyzer(analyzerFR, analyzerConfig(
				lowercase.Name, elisionFilter, stopFRFilter, fr.LightStemmerName))
		},
		func() error {
			return m.AddCustomAnalyzer(analyzerEN, analyzerConfig(
				en.PossessiveName, lowercase.Name, en.StopName, en.SnowballStemmerName))
		},
	}
	for _, l := range stopLists {
		steps = append(steps,
			func() error { return m.AddCustomTokenMap(l.mapName, tokenMapConfig(l.words)) },
			func() error {
				return m.AddCustomTokenFilter(l.filter, map[string]any{"type": stop.Name, "stop_token_map": l.mapName})
			})
	}
	steps = append(steps,
		func() error {
			return m.AddCustomAnalyzer(analyzerDE, analyzerConfig(
				lowercase.Name, stopLists[0].filter, de.NormalizeName, de.LightStemmerName))
		},
		func() error {
			return m.AddCustomAnalyzer(analyzerIT, analyzerConfig(
				lowercase.Name, elisionFilter, stopLists[1].filter, it.LightStemmerName))
		},
		func() error {
			return m.AddCustomAnalyzer(analyzerES, analyzerConfig(
				lowercase.Name, stopLists[2].filter, es.LightStemmerName))
		},
		func() error {
			return m.AddCustomAnalyzer(analyzerNL, analyzerConfig(
				lowercase.Name, stopLists[3].filter, nl.SnowballStemmerName))
		})
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// analyzerConfig configures a custom analyzer that folds accents, splits
// words on Unicode boundaries and applies filters in order.
func analyzerConfig(filters ...string) map[string]any {
	fs := make([]any, len(filters))
	for i, f := range filters {
		fs[i] = f
	}
	return map[string]any{
		"type":          custom.Name,
		"char_filters":  []any{asciifolding.Name},
		"tokenizer":     unicode.Name,
		"token_filters": fs,
	}
}

// tokenMapConfig configures an inline token map holding the words of the
// given lists (bleve's word-list format), folded to ASCII.
func tokenMapConfig(lists ...[]byte) map[string]any {
	fold := asciifolding.New()
	tm := analysis.NewTokenMap()
	for _, list := range lists {
		_ = tm.LoadBytes(list) // the lists are bleve's own: they parse
	}
	words := make([]string, 0, len(tm))
	for w := range tm {
		words = append(words, string(fold.Filter([]byte(w))))
	}
	slices.Sort(words)
	words = slices.Compact(words)
	tokens := make([]any, len(words))
	for i, w := range words {
		tokens[i] = w
	}
	return map[string]any{"type": tokenmap.Name, "tokens": tokens}
}

// articleMapping maps the documents built by newDocument. Nothing is
// stored: the store is the system of record. Text fields keep positions,
// for phrases; site and language keep doc values, for facets.
func articleMapping() *mapping.DocumentMapping {
	dm := bleve.NewDocumentStaticMapping()
	dm.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	for _, l := range textLangs {
		dm.AddFieldMappingsAt(l.title, textField(l.analyzer, true))
		dm.AddFieldMappingsAt(l.text, textField(l.analyzer, true))
	}
	for _, name := range []string{fieldSite, fieldLang} {
		dm.AddFieldMappingsAt(name, keywordField())
	}
	source := keywordField()
	source.DocValues = false // filtered on, never a facet
	dm.AddFieldMappingsAt(fieldSource, source)
	dm.AddFieldMappingsAt(fieldPublished, sortField(bleve.NewDateTimeFieldMapping()))
	dm.AddFieldMappingsAt(fieldID, sortField(bleve.NewNumericFieldMapping()))
	return dm
}

// textField is a searchable, unstored text field; positions are kept only
// where phrases are searched.
func textField(analyzer string, phrases bool) *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Analyzer = analyzer
	f.Store, f.DocValues, f.IncludeInAll = false, false, false
	f.IncludeTermVectors = phrases
	return f
}

// keywordField is an exact-value field for filters and facets.
func keywordField() *mapping.FieldMapping {
	f := bleve.NewKeywordFieldMapping()
	f.Analyzer = keyword.Name
	f.Store, f.IncludeTermVectors, f.IncludeInAll = false, false, false
	return f
}

// sortField makes f an unstored field with doc values, for sorting and ranges.
func sortField(f *mapping.FieldMapping) *mapping.FieldMapping {
	f.Store, f.IncludeInAll, f.DocValues = false, false, true
	return f
}
