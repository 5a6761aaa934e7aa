package index

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/vigie-news/vigie"
)

func TestParseQuery(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, q string
		want    []term
	}{
		{"empty", "", nil},
		{"blank", " \t\n", nil},
		{"words", "seez  rançongiciel", []term{{kindWord, "seez", false}, {kindWord, "rançongiciel", false}}},
		{"phrase", `"conseil municipal" lyon`, []term{{kindPhrase, "conseil municipal", false}, {kindWord, "lyon", false}}},
		{"phrase glued to words", `a"b c"d`, []term{{kindWord, "a", false}, {kindPhrase, "b c", false}, {kindWord, "d", false}}},
		{"exclusion", "-exercice", []term{{kindWord, "exercice", true}}},
		{"excluded phrase", `-"fausse alerte"`, []term{{kindPhrase, "fausse alerte", true}}},
		{"prefix", "cyber*", []term{{kindPrefix, "cyber", false}}},
		{"stars", "cyber**", []term{{kindPrefix, "cyber", false}}},
		{"excluded prefix", "-cyber*", []term{{kindPrefix, "cyber", true}}},
		{"inner dash", "Saint-Denis", []term{{kindWord, "Saint-Denis", false}}},
		{"inner star", "a*b", []term{{kindWord, "a*b", false}}},
		{"lone dash", "a - b", []term{{kindWord, "a", false}, {kindWord, "", true}, {kindWord, "b", false}}},
		{"empty phrase", `""`, []term{{kindPhrase, "", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := parseQuery(tc.q)
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("parseQuery(%q) = %+v, %v; want %+v", tc.q, got, err, tc.want)
			}
		})
	}
}

func TestParseQuery_invalid(t *testing.T) {
	t.Parallel()
	for _, q := range []string{`"a`, `a "b c`, `-"`, `"`, "*", "-*", "a **", strings.Repeat("a", maxQueryLen+1), "\xff"} {
		t.Run(q, func(t *testing.T) {
			t.Parallel()
			if _, err := parseQuery(q); vigie.ErrorCode(err) != vigie.EINVALID {
				t.Errorf("parseQuery(%q) error = %v, want code %s", q, err, vigie.EINVALID)
			}
		})
	}
}

// FuzzParseQuery checks that no query makes the parser, the query builder
// or a search panic, and that every refusal is an EINVALID error.
func FuzzParseQuery(f *testing.F) {
	for _, q := range []string{
		"", "seez rancongiciel", `"conseil municipal" -exercice`, `-"a b" c*`, "cyber*", "-", "*", `"`,
		`a"b`, "l'attaque d’une mairie", "Saint-Denis*", "-*", "- -", "\xff", "«Séez»", "a\u00a0b", `"" ""`,
	} {
		f.Add(q)
	}
	x := mustCorpusIndex(f)
	f.Fuzz(func(t *testing.T, q string) {
		terms, err := parseQuery(q)
		if err != nil {
			if vigie.ErrorCode(err) != vigie.EINVALID {
				t.Fatalf("parseQuery(%q) error %v is not EINVALID", q, err)
			}
			return
		}
		for _, tm := range terms {
			if strings.Contains(tm.Text, `"`) || (tm.Kind != kindPhrase && strings.TrimSpace(tm.Text) != tm.Text) {
				t.Fatalf("parseQuery(%q) gave a malformed term %+v", q, tm)
			}
		}
		bq, _, err := textQuery(terms, x.fold, x.langs, false)
		if err != nil {
			if vigie.ErrorCode(err) != vigie.EINVALID {
				t.Fatalf("textQuery(%q) error %v is not EINVALID", q, err)
			}
			return
		}
		if bq != nil {
			if err := bq.Validate(); err != nil {
				t.Fatalf("textQuery(%q) gave an invalid query: %v", q, err)
			}
		}
		if _, err := x.Search(context.Background(), vigie.ArticleFilter{Query: q}); err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}
