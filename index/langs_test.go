package index

import (
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/vigie-news/vigie"
)

// langCorpus returns articles in the languages Vigie stems, in one it does
// not (Portuguese) and in none, ids 11 to 18.
func langCorpus() []*vigie.Article {
	return []*vigie.Article{
		{ID: 11, Lang: "fr", Site: "Ouest-France", Title: "Les attaques contre la mairie de Séez",
			Text: "Les conseils municipaux de Gravelines et de Séez ont été victimes d’un rançongiciel."},
		{ID: 12, Lang: "en-GB", Site: "BBC", Title: "Councils hit by ransomware",
			Text: "Two county councils were attacked; their hospitals' systems are down."},
		{ID: 13, Lang: "de", Site: "Heise", Title: "Hackerangriffe auf Stadtverwaltungen",
			Text: "Die Stadtverwaltung von Köln wurde angegriffen, die Angreifer fordern Lösegeld."},
		{ID: 14, Lang: "it", Site: "Corriere", Title: "Attacchi informatici ai comuni",
			Text: "Il Comune di Bologna ha subito un attacco informatico dell'organizzazione."},
		{ID: 15, Lang: "es", Site: "El País", Title: "Ciberataques contra ayuntamientos",
			Text: "El ayuntamiento de Málaga sufrió un ciberataque informático."},
		{ID: 16, Lang: "nl", Site: "NOS", Title: "Aanvallen op gemeenten",
			Text: "De gemeente Tilburg is getroffen door een aanval met ransomware."},
		{ID: 17, Lang: "pt", Site: "Público", Title: "Ataque à câmara municipal",
			Text: "A câmara municipal de Évora foi atacada."},
		{ID: 18, Site: "Inconnu", Title: "Séez", Text: "Une brève sans langue, à Séez."},
	}
}

func TestSearch_languages(t *testing.T) {
	t.Parallel()
	x := mustOpen(t, "")
	mustIndex(t, x, langCorpus()...)
	for _, tc := range []struct { // typos not forgiven
		name, q, lang string
		want          []int64 // sorted
	}{
		{"accents folded in a stemmed language", "seez", "", []int64{11, 18}},
		{"accents folded in the query", "SÉEZ", "", []int64{11, 18}},
		{"French singular finds plural", "attaque", "", []int64{11}},
		{"French plural finds singular", "rançongiciels", "", []int64{11}},
		{"French stop word asks nothing in French", "la mairie", "", []int64{11}},
		{"French phrase over a stop word", `"victimes d'un rancongiciel"`, "", []int64{11}},
		{"French phrase stemmed", `"conseil municipal"`, "", []int64{11}},
		{"French phrase in reverse", `"municipaux conseils"`, "", nil},
		{"English plural", "council", "", []int64{12}},
		{"English past", "attacks", "", []int64{12}},
		{"English possessive", "hospital", "", []int64{12}},
		{"regional English tag", "ransomware", "EN-gb", []int64{12}},
		{"German plural", "Stadtverwaltung", "", []int64{13}},
		{"German folded", "koln", "", []int64{13}},
		{"German umlaut spelt out", "Koeln", "", []int64{13}},
		{"Italian plural", "comune", "", []int64{14}},
		{"Italian elision", "organizzazione", "", []int64{14}},
		{"Italian phrase", `"attacco informatico"`, "", []int64{14}},
		{"Spanish plural", "ayuntamiento", "", []int64{15}},
		{"Spanish accents", "malaga", "", []int64{15}},
		{"Dutch plural", "gemeente", "", []int64{16}},
		{"ransomware in every language", "ransomware", "", []int64{12, 16}},
		{"unstemmed language folded", "camara evora", "", []int64{17}},
		{"unstemmed language not stemmed", "camaras", "", nil},
		{"unstemmed language phrase", `"camara municipal"`, "", []int64{17}},
		{"stemmed prefix", "attaques*", "", []int64{11}},
		{"prefix of a stem", "rancongi*", "", []int64{11}},
		{"prefix in German", "stadtverw*", "", []int64{13}},
		{"exclusion stemmed", "seez -attaque", "", []int64{18}},
		{"language filter", "seez", "fr", []int64{11}},
		{"language filter, other language", "ransomware", "nl", []int64{16}},
		{"language filter, unstemmed", "municipal", "pt", []int64{17}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r, err := x.search(t.Context(), vigie.ArticleFilter{Query: tc.q, Lang: tc.lang, Size: MaxSize}, false)
			if err != nil {
				t.Fatal(err)
			}
			if slices.Sort(r.IDs); !slices.Equal(r.IDs, tc.want) {
				t.Errorf("search %q (lang %q) = %v, want %v", tc.q, tc.lang, r.IDs, tc.want)
			}
		})
	}
}

func TestSearch_fuzzyPerLanguage(t *testing.T) {
	t.Parallel()
	x := mustOpen(t, "")
	mustIndex(t, x, langCorpus()...)
	for _, tc := range []struct {
		q    string
		want []int64
	}{
		{"Gravelynes", []int64{11}},     // stemmed "gravelyn", one edit from "gravelin"
		{"rançongicel", []int64{11}},    // one letter missing
		{"Stadtverwaltug", []int64{13}}, // German
		{"ayuntamento", []int64{15}},    // Spanish
	} {
		r := mustSearch(t, x, vigie.ArticleFilter{Query: tc.q})
		if slices.Sort(r.IDs); !slices.Equal(r.IDs, tc.want) || !r.Fuzzy {
			t.Errorf("search %q = %v (fuzzy %t), want %v, fuzzy", tc.q, r.IDs, r.Fuzzy, tc.want)
		}
	}
}

// TestIndex_oneCopy checks that an article's words are indexed once, in
// its language's fields: the stems of a French article, not its folded
// words as well.
func TestIndex_oneCopy(t *testing.T) {
	t.Parallel()
	x := mustOpen(t, "")
	mustIndex(t, x, langCorpus()[0])
	fields, err := x.idx.Fields()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range textLangs {
		want := l.code == "fr"
		if got := slices.Contains(fields, l.text); got != want {
			t.Errorf("field %s in the index of a French article: %t, want %t (fields %q)", l.text, got, want, fields)
		}
		if got := slices.Contains(fields, l.title); got != want {
			t.Errorf("field %s in the index of a French article: %t, want %t (fields %q)", l.title, got, want, fields)
		}
	}
	terms := fieldTerms(t, x.idx, "text_fr")
	for _, w := range []string{"rancongiciel", "municipal", "seez", "victim"} {
		if !slices.Contains(terms, w) {
			t.Errorf("text_fr has no %q: %q", w, terms)
		}
	}
	for _, w := range []string{"rançongiciel", "rancongiciels", "municipaux", "victimes", "les", "de"} {
		if slices.Contains(terms, w) {
			t.Errorf("text_fr has %q, an unstemmed, unfolded or stop word: %q", w, terms)
		}
	}
}

// fieldTerms returns the terms of field in idx's dictionary (articles or
// incidents).
func fieldTerms(tb testing.TB, idx bleve.Index, field string) []string {
	tb.Helper()
	d, err := idx.FieldDict(field)
	if err != nil {
		tb.Fatal(err)
	}
	defer d.Close()
	var terms []string
	for e, err := d.Next(); e != nil || err != nil; e, err = d.Next() {
		if err != nil {
			tb.Fatal(err)
		}
		terms = append(terms, e.Term)
	}
	return terms
}
