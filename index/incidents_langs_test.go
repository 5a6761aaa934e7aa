package index

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/vigie-news/vigie"
)

// Ids of the incidents of langIncidents.
const (
	idMulti = "multi-koeln"  // evidence in German, Italian and French
	idSouth = "south-malaga" // in Spanish, Dutch, Portuguese and no language
	idEN    = "en-councils"  // in English
)

// langIncidents returns incidents whose articles are in several
// languages, each sentence of langCorpus's articles as evidence.
func langIncidents() []*vigie.Incident {
	with := func(in *vigie.Incident, byLang ...string) *vigie.Incident {
		for i := 0; i < len(byLang); i += 2 {
			src, ev := sourcesAndEvidence(int64(len(in.Sources)+1), byLang[i], byLang[i+1])
			in.Sources, in.Evidence = append(in.Sources, src...), append(in.Evidence, ev...)
		}
		return in
	}
	return []*vigie.Incident{
		with(&vigie.Incident{ID: idMulti, Title: "Ransomware attack on Stadt Köln (Nordrhein-Westfalen)",
			Summary: "Ransomware attack on Stadt Köln, claimed by LockBit."},
			"de", "Die Stadtverwaltung von Köln wurde angegriffen, die Angreifer fordern Lösegeld.",
			"it-IT", "Il comune di Colonia ha subito un attacco informatico dell'organizzazione.",
			"fr", "Les conseils municipaux de Séez ont été victimes d’un rançongiciel."),
		with(&vigie.Incident{ID: idSouth, Title: "Cyber attack on Ayuntamiento de Málaga (Andalucía)"},
			"es", "El ayuntamiento de Málaga sufrió un ciberataque informático.",
			"nl", "De gemeente Tilburg is getroffen door een aanval met ransomware.",
			"pt", "A câmara municipal de Évora foi atacada.",
			"", "Une brève sans langue, à Séez."),
		with(&vigie.Incident{ID: idEN, Title: "Phishing campaigns against councils",
			Summary: "Phishing campaigns against county councils."},
			"en-GB", "Two county councils were attacked; their hospitals' systems are down."),
	}
}

// TestIncidentSearch_languages: each text analysed once keeps what
// searches did with a folded and a stemmed copy (accents, stems in the
// languages of the articles, phrases, prefixes, exclusions, stop words),
// in German, Italian, Spanish and Dutch too.
func TestIncidentSearch_languages(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, filepath.Join(t.TempDir(), "incidents.bleve"))
	mustReplace(t, x, langIncidents()...)
	for _, tc := range []struct {
		name, q string
		want    []string // sorted
	}{
		{"accents folded, French and no language", "seez", []string{idMulti, idSouth}},
		{"accents folded in the query", "SÉEZ", []string{idMulti, idSouth}},
		{"French plural finds singular", "rançongiciels", []string{idMulti}},
		{"French stop word asks nothing", "les conseil", []string{idMulti}},
		{"English stop word asks nothing", "the councils", []string{idEN}},
		{"stop words alone in folded fields", "de la", nil},
		{"German stop word asks nothing of German texts only", "seez und", []string{idMulti}},
		{"Dutch and German stop word", "seez die", []string{idMulti, idSouth}},
		{"English stem in the title", "campaign", []string{idEN}},
		{"English stem in title and evidence", "attacks", []string{idEN, idMulti, idSouth}},
		{"German plural", "Stadtverwaltungen", []string{idMulti}},
		{"German folded", "koln", []string{idMulti}},
		{"German umlaut spelt out", "Koeln", []string{idMulti}},
		{"Italian plural", "comuni", []string{idMulti}},
		{"Italian elision", "organizzazione", []string{idMulti}},
		{"Spanish plural", "ayuntamientos", []string{idSouth}},
		{"Dutch plural", "gemeenten", []string{idSouth}},
		{"unstemmed language folded", "camara evora", []string{idSouth}},
		{"unstemmed language not stemmed", "camaras", nil},
		{"words from several languages", "koln rancongiciel", []string{idMulti}},
		{"French phrase over a stop word", `"victimes d'un rancongiciel"`, []string{idMulti}},
		{"Italian phrase", `"attacco informatico"`, []string{idMulti}},
		{"phrase in reverse", `"informatico attacco"`, nil},
		{"English phrase stemmed in the title", `"phishing campaign"`, []string{idEN}},
		{"phrase in the summary", `"claimed by lockbit"`, []string{idMulti}},
		{"unstemmed phrase", `"camara municipal"`, []string{idSouth}},
		{"prefix in German", "stadtverw*", []string{idMulti}},
		{"stemmed prefix", "councils*", []string{idEN}},
		{"prefix folded", "malag*", []string{idSouth}},
		{"prefix with a word", "county coun*", []string{idEN}},
		{"exclusion stemmed", "seez -rancongiciels", []string{idSouth}},
		{"exclusion in the title", "attack -phishing", []string{idMulti, idSouth}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r, err := x.search(t.Context(), vigie.IncidentFilter{Query: tc.q, Size: MaxSize}, false)
			if err != nil {
				t.Fatal(err)
			}
			if slices.Sort(r.IDs); !slices.Equal(r.IDs, tc.want) {
				t.Errorf("search %q = %v, want %v", tc.q, r.IDs, tc.want)
			}
		})
	}
}

func TestIncidentSearch_fuzzyPerLanguage(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	mustReplace(t, x, langIncidents()...)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"rançongicel", []string{idMulti}},    // French
		{"Stadtverwaltug", []string{idMulti}}, // German
		{"ayuntamento", []string{idSouth}},    // Spanish
		{"campains", []string{idEN}},          // English, in the title
	} {
		r := mustSearchIncidents(t, x, vigie.IncidentFilter{Query: tc.q})
		if slices.Sort(r.IDs); !slices.Equal(r.IDs, tc.want) || !r.Fuzzy {
			t.Errorf("search %q = %v (fuzzy %t), want %v, fuzzy", tc.q, r.IDs, r.Fuzzy, tc.want)
		}
	}
}

// TestIncidents_oneCopy checks that an incident's texts are indexed once:
// title and summary stemmed in English, each evidence sentence in the
// field of its article's language, not folded as well.
func TestIncidents_oneCopy(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	mustReplace(t, x, langIncidents()[0])
	fields, err := x.idx.Fields()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{incTitle, incSummary, "evidence_de", "evidence_it", "evidence_fr"} {
		if !slices.Contains(fields, f) {
			t.Errorf("no field %s in %q", f, fields)
		}
	}
	for _, f := range []string{incEvidence, "evidence_en", "evidence_es", "evidence_nl", "title_en", "summary_en"} {
		if slices.Contains(fields, f) {
			t.Errorf("field %s in %q, where no text of the incident goes", f, fields)
		}
	}
	for field, tc := range map[string]struct{ has, hasNot []string }{
		incTitle:      {[]string{"attack", "koln", "ransomwar"}, []string{"Köln", "ransomware", "on"}},
		"evidence_fr": {[]string{"rancongiciel", "municipal", "seez", "conseil"}, []string{"rançongiciel", "conseils", "les", "angegriffen"}},
		"evidence_de": {[]string{"koln"}, []string{"die", "rancongiciel"}},
	} {
		terms := fieldTerms(t, x.idx, field)
		for _, w := range tc.has {
			if !slices.Contains(terms, w) {
				t.Errorf("%s has no %q: %q", field, w, terms)
			}
		}
		for _, w := range tc.hasNot {
			if slices.Contains(terms, w) {
				t.Errorf("%s has %q, an unstemmed, unfolded, stop or foreign word: %q", field, w, terms)
			}
		}
	}
}

// TestOpenIncidents_olderMapping: an incident index of the mapping with
// folded and stemmed copies is refused with the advice to reindex.
func TestOpenIncidents_olderMapping(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "incidents.bleve")
	idx, err := bleve.New(path, bleve.NewIndexMapping())
	if err != nil {
		t.Fatal(err)
	}
	if err := idx.SetInternal(versionKey, []byte("vigie-incidents-2")); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	err = closeIf(OpenIncidents(path))
	if !strings.Contains(vigie.ErrorMessage(err), "vigie reindex") || vigie.ErrorCode(err) != vigie.ECONFLICT {
		t.Errorf("OpenIncidents of a vigie-incidents-2 index: %v, want a conflict asking for vigie reindex", err)
	}
}
