package extract

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-news/vigie"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/cases")

// golden is what a case's golden file records of the extracted article.
type golden struct {
	NotArticle   bool     `json:"not_article,omitempty"`
	Title        string   `json:"title"`
	Published    string   `json:"published"`
	Lang         string   `json:"lang"`
	Site         string   `json:"site"`
	CanonicalURL string   `json:"canonical_url"`
	Authors      []string `json:"authors"`
	Excerpt      string   `json:"excerpt"`
	Text         string   `json:"text"`
}

// TestGolden extracts every testdata/cases/<case>.html and compares the
// result with <case>.golden.json; -update rewrites the golden files. A case
// named home* is served as a site's home page.
func TestGolden(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("testdata/cases/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got := extractCase(t, f, name)
			path := strings.TrimSuffix(f, ".html") + ".golden.json"
			if *update {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var want golden
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update)", err)
			}
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			gb, _ := json.MarshalIndent(got, "", "  ")
			wb, _ := json.MarshalIndent(want, "", "  ")
			if string(gb) != string(wb) {
				t.Errorf("extracted:\n%s\nwant:\n%s", gb, wb)
			}
		})
	}
}

func extractCase(tb testing.TB, file, name string) golden {
	tb.Helper()
	body, err := os.ReadFile(file)
	if err != nil {
		tb.Fatal(err)
	}
	u := "http://www.example.test/news/" + name + ".html"
	if strings.HasPrefix(name, "home") {
		u = "http://www.example.test/"
	}
	p := vigie.Page{URL: u, FinalURL: u, Status: 200, Body: body}
	a, err := Extract(p, Hint{Source: vigie.Source{Name: "Example", Language: "fr", TimeZone: paris}})
	if err != nil && !errors.Is(err, ErrNotArticle) {
		tb.Fatal(err)
	}
	return golden{errors.Is(err, ErrNotArticle), a.Title, a.Published.String(), a.Lang, a.Site, a.CanonicalURL, a.Authors, a.Excerpt, a.Text}
}
