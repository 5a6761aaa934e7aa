package digest_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/digest"
	"github.com/vigie-news/vigie/store"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata")

// TestGolden renders the digest of week 49 for two filters and compares
// both parts with testdata/*.golden.*; go test ./digest -update rewrites
// them.
func TestGolden(t *testing.T) {
	db := mustOpen(t, store.Memory)
	incs := mustSeed(t, db)
	for name, f := range map[string]vigie.DigestFilter{
		"all-fr":               {Lang: "fr"},
		"bretagne-in-scope-en": {Regions: []string{"Bretagne"}, InScopeOnly: true, Lang: "en"},
	} {
		t.Run(name, func(t *testing.T) {
			d := digest.Build(incs, f, week49, paris, "https://vigie.example")
			e, err := digest.Render(d, "https://vigie.example/subscriptions/manage?token=M", "https://vigie.example/subscriptions/unsubscribe?token=U")
			if err != nil {
				t.Fatal(err)
			}
			for ext, got := range map[string]string{"txt": e.Subject + "\n\n" + e.Text, "html": e.HTML} {
				path := filepath.Join("testdata", name+".golden."+ext)
				if *update {
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./digest -update)", err)
				}
				if got != string(want) {
					t.Errorf("%s differs from the golden file; got:\n%s", path, got)
				}
			}
		})
	}
}
