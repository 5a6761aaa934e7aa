package index

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// corpus returns the articles the search tests run on, with their ids in
// publication order, latest first: 2, 5, 1, 6, 3, 4, 7.
func corpus() []*vigie.Article {
	cet := time.FixedZone("CET", 3600)
	return []*vigie.Article{
		{ID: 1, Lang: "fr", Site: "Ouest-France", Source: "ouest-france-orne",
			Title:     "Cyberattaque à Séez : la mairie paralysée",
			Text:      "La commune de Séez a été victime d’un rançongiciel. Les services municipaux sont paralysés depuis lundi.",
			Published: vigie.Day(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC))},
		{ID: 2, Lang: "fr", Site: "Le Progrès", Source: "le-progres",
			Title:     "Le conseil municipal de Lyon vote le budget",
			Text:      "Le conseil municipal s'est réuni jeudi soir. Aucune attaque informatique n'est à signaler.",
			Published: vigie.At(time.Date(2024, 3, 14, 18, 30, 0, 0, cet))},
		{ID: 3, Lang: "en", Site: "BBC", Source: "bbc-tech",
			Title:     "Ransomware hits county council",
			Text:      "The county council was attacked by ransomware on Monday. Its systems are down.",
			Published: vigie.At(time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC))},
		{ID: 4, Lang: "en", Site: "BBC", Source: "bbc-local",
			Title:     "Council budget approved",
			Text:      "The council approved its budget. No attacks were reported, unlike the ransomware case elsewhere.",
			Published: vigie.Day(time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC))},
		{ID: 5, Lang: "fr", Site: "Le Dauphiné", Source: "ledauphine-74",
			Title:     "Exercice de cybersécurité à Annecy",
			Text:      "Un exercice simulant une cyberattaque par rançongiciel a eu lieu à Annecy.",
			Published: vigie.At(time.Date(2024, 3, 12, 10, 0, 0, 0, cet))},
		{ID: 6, Lang: "DE", Site: "Heise", Source: "heise",
			Title:     "Hackerangriff auf Stadtverwaltung",
			Text:      "Die Stadtverwaltung von Köln wurde angegriffen.",
			Published: vigie.At(time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC))},
		{ID: 7, Site: "Ouest-France", Source: "ouest-france-orne",
			Title: "Brève", Text: "Réunion publique à Séez jeudi."},
	}
}

// mustCorpusIndex returns an index in memory holding corpus.
func mustCorpusIndex(tb testing.TB) *Index {
	tb.Helper()
	x := mustOpen(tb, "")
	mustIndex(tb, x, corpus()...)
	return x
}

// forEachEngine runs test on an index holding corpus for each engine bleve
// may use: upsidedown in memory, scorch on disk.
func forEachEngine(t *testing.T, test func(t *testing.T, x *Index)) {
	t.Run("memory", func(t *testing.T) {
		t.Parallel()
		test(t, mustCorpusIndex(t))
	})
	t.Run("disk", func(t *testing.T) {
		t.Parallel()
		x := mustOpen(t, filepath.Join(t.TempDir(), "articles.bleve"))
		mustIndex(t, x, corpus()...)
		test(t, x)
	})
}

func TestSearch_query(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, x *Index) {
		for _, tc := range []struct {
			name, q string
			want    []int64 // sorted
		}{
			{"accents left out", "seez rancongiciel", []int64{1}},
			{"one word", "seez", []int64{1, 7}},
			{"capitals and accents", "SÉEZ", []int64{1, 7}},
			{"French plural and accents", "Rançongiciels", []int64{1, 5}},
			{"French participle", "paralyses", []int64{1}},
			{"English plural finds past", "attacks", []int64{3, 4}},
			{"English past finds plural", "attacked", []int64{3, 4}},
			{"other language folded", "koln", []int64{6}},
			{"title and text", "mairie paralysee", []int64{1}},
			{"no match", "grenoble", nil},
			{"one word missing", "seez grenoble", nil},
			{"phrase", `"conseil municipal"`, []int64{2}},
			{"phrase in reverse", `"municipal conseil"`, nil},
			{"phrase folded", `"la mairie paralysee"`, []int64{1}},
			{"phrase with elision", `"victime d'un rancongiciel"`, []int64{1}},
			{"phrase and word", `"conseil municipal" lyon`, []int64{2}},
			{"exclusion", "rancongiciel -exercice", []int64{1}},
			{"exclusion of a word", "council -budget", []int64{3}},
			{"exclusion of a phrase", `rancongiciel -"a eu lieu"`, []int64{1}},
			{"exclusion folded", "seez -Rançongiciel", []int64{7}},
			{"prefix", "cyberatta*", []int64{1, 5}},
			{"prefix with accents", "PARALYSÉ*", []int64{1}},
			{"prefix with elision", "l'annec*", []int64{5}},
			{"prefix of a compound", "conseil-munic*", []int64{2}},
			{"excluded prefix", "rancongiciel -exer*", []int64{1}},
			{"compound word needs every part", "lyon-budget", []int64{2}},
			{"punctuation ignored", "seez ! rancongiciel", []int64{1}},
			{"lone dash ignored", "seez - rancongiciel", []int64{1}},
			{"empty phrase ignored", `seez ""`, []int64{1, 7}},
			{"blank is everything", "  ", []int64{1, 2, 3, 4, 5, 6, 7}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				t.Parallel()
				if got := searchIDs(t, x, tc.q); !slices.Equal(got, tc.want) {
					t.Errorf("search %q = %v, want %v", tc.q, got, tc.want)
				}
			})
		}
	})
}

func TestSearch_filtersAndOrder(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, x *Index) {
		day := func(d int) time.Time { return time.Date(2024, 3, d, 0, 0, 0, 0, time.UTC) }
		for _, tc := range []struct {
			name  string
			f     vigie.ArticleFilter
			want  []int64 // in order
			total int
		}{
			{"latest first, undated last", vigie.ArticleFilter{}, []int64{2, 5, 1, 6, 3, 4, 7}, 7},
			{"lang ignores case", vigie.ArticleFilter{Lang: "EN"}, []int64{3, 4}, 2},
			{"lang stored lowercase", vigie.ArticleFilter{Lang: "de"}, []int64{6}, 1},
			{"site", vigie.ArticleFilter{Site: "BBC"}, []int64{3, 4}, 2},
			{"source", vigie.ArticleFilter{Site: "bbc-local"}, []int64{4}, 1},
			{"site is exact", vigie.ArticleFilter{Site: "bbc"}, nil, 0},
			{"source of several", vigie.ArticleFilter{Site: "ouest-france-orne"}, []int64{1, 7}, 2},
			{"whole day", vigie.ArticleFilter{From: day(12), To: day(13).Add(-time.Nanosecond)}, []int64{5, 1}, 2},
			{"from", vigie.ArticleFilter{From: day(11)}, []int64{2, 5, 1}, 3},
			{"to", vigie.ArticleFilter{To: day(1)}, []int64{4}, 1},
			{"bounds inclusive", vigie.ArticleFilter{From: day(12).Add(9 * time.Hour), To: day(12).Add(9 * time.Hour)}, []int64{5}, 1},
			{"day at midnight UTC", vigie.ArticleFilter{To: day(12)}, []int64{1, 6, 3, 4}, 4},
			{"far bounds", vigie.ArticleFilter{From: time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)}, []int64{2, 5, 1, 6, 3, 4}, 6},
			{"query and filters", vigie.ArticleFilter{Query: "rancongiciel", Lang: "fr", Site: "Ouest-France"}, []int64{1}, 1},
			{"query and other lang", vigie.ArticleFilter{Query: "council", Lang: "fr"}, nil, 0},
			{"best match first", vigie.ArticleFilter{Query: "ransomware"}, []int64{3, 4}, 2},
			{"page 2", vigie.ArticleFilter{Page: 2, Size: 2}, []int64{1, 6}, 7},
			{"last page", vigie.ArticleFilter{Page: 4, Size: 2}, []int64{7}, 7},
			{"past the last page", vigie.ArticleFilter{Page: 5, Size: 2}, nil, 7},
			{"filtered page", vigie.ArticleFilter{Query: "seez", Page: 2, Size: 1}, []int64{7}, 2},
		} {
			t.Run(tc.name, func(t *testing.T) {
				t.Parallel()
				r := mustSearch(t, x, tc.f)
				if !slices.Equal(r.IDs, tc.want) || r.Total != tc.total {
					t.Errorf("Search(%+v) = %v of %d, want %v of %d", tc.f, r.IDs, r.Total, tc.want, tc.total)
				}
			})
		}
	})
}

func TestSearch_facets(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, x *Index) {
		for _, tc := range []struct {
			name string
			f    vigie.ArticleFilter
			want map[string][]FacetCount
		}{
			{"all", vigie.ArticleFilter{Size: 1}, map[string][]FacetCount{
				FacetLang: {{"fr", 3}, {"en", 2}, {"de", 1}},
				FacetSite: {{"BBC", 2}, {"Ouest-France", 2}, {"Heise", 1}, {"Le Dauphiné", 1}, {"Le Progrès", 1}},
			}},
			{"filtered", vigie.ArticleFilter{Lang: "en"}, map[string][]FacetCount{
				FacetLang: {{"en", 2}},
				FacetSite: {{"BBC", 2}},
			}},
			{"query", vigie.ArticleFilter{Query: "seez"}, map[string][]FacetCount{
				FacetLang: {{"fr", 1}},
				FacetSite: {{"Ouest-France", 2}},
			}},
			{"nothing", vigie.ArticleFilter{Query: "grenoble"}, map[string][]FacetCount{
				FacetLang: {}, FacetSite: {},
			}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				t.Parallel()
				if got := mustSearch(t, x, tc.f).Facets; !reflect.DeepEqual(got, tc.want) {
					t.Errorf("facets = %v, want %v", got, tc.want)
				}
			})
		}
	})
}

func TestSearch_invalid(t *testing.T) {
	t.Parallel()
	x := mustCorpusIndex(t)
	day := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		f    vigie.ArticleFilter
	}{
		{"unbalanced quote", vigie.ArticleFilter{Query: `"conseil municipal`}},
		{"unbalanced quote after a phrase", vigie.ArticleFilter{Query: `"a b" "c`}},
		{"only exclusions", vigie.ArticleFilter{Query: "-seez -budget"}},
		{"only an excluded phrase", vigie.ArticleFilter{Query: `-"conseil municipal"`}},
		{"star alone", vigie.ArticleFilter{Query: "*"}},
		{"short prefix", vigie.ArticleFilter{Query: "seez c*"}},
		{"no word", vigie.ArticleFilter{Query: "! ? ;"}},
		{"empty phrase only", vigie.ArticleFilter{Query: `""`}},
		{"too long", vigie.ArticleFilter{Query: string(make([]byte, maxQueryLen+1))}},
		{"bad UTF-8", vigie.ArticleFilter{Query: "s\xffeez"}},
		{"negative page", vigie.ArticleFilter{Page: -1}},
		{"negative size", vigie.ArticleFilter{Size: -1}},
		{"page too far", vigie.ArticleFilter{Page: MaxOffset, Size: MaxSize}},
		{"huge page", vigie.ArticleFilter{Page: int(^uint(0) >> 1)}},
		{"from after to", vigie.ArticleFilter{From: day, To: day.Add(-time.Second)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r, err := x.Search(t.Context(), tc.f)
			if code := vigie.ErrorCode(err); code != vigie.EINVALID {
				t.Errorf("Search(%+v) = %v, %v; want an error with code %s", tc.f, r, err, vigie.EINVALID)
			}
		})
	}
}

func TestPaging(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name               string
		page, size         int
		wantFrom, wantSize int
	}{
		{"defaults", 0, 0, 0, DefaultSize},
		{"first page", 1, 10, 0, 10},
		{"third page", 3, 10, 20, 10},
		{"size capped", 2, 1000, MaxSize, MaxSize},
		{"last allowed", MaxOffset/MaxSize + 1, MaxSize, MaxOffset, MaxSize},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			from, size, err := paging(tc.page, tc.size)
			if err != nil || from != tc.wantFrom || size != tc.wantSize {
				t.Errorf("paging(%d, %d) = %d, %d, %v; want %d, %d", tc.page, tc.size, from, size, err, tc.wantFrom, tc.wantSize)
			}
		})
	}
}
