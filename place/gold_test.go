package place

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// goldIncident is the part of an incident of testdata/corpus/gold.yaml
// the gazetteer must reproduce.
type goldIncident struct {
	ID           string   `yaml:"id"`
	Victim       string   `yaml:"victim"`
	VictimKind   string   `yaml:"victim_kind"`
	Place        string   `yaml:"place"`
	INSEE        string   `yaml:"insee"`
	Department   string   `yaml:"department"`
	Region       string   `yaml:"region"`
	Country      string   `yaml:"country"`
	AlsoAffected []string `yaml:"also_affected"`
}

func mustGold(tb testing.TB) []goldIncident {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "gold.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	var gold struct {
		Incidents []goldIncident `yaml:"incidents"`
	}
	if err := yaml.Unmarshal(b, &gold); err != nil {
		tb.Fatal(err)
	}
	if len(gold.Incidents) == 0 {
		tb.Fatal("gold.yaml: no incidents")
	}
	return gold.Incidents
}

// goldContext is what the articles say that the gazetteer needs to place
// a gold incident: only Marolles-en-Brie has a homonym.
var goldContext = map[string]Context{
	"Marolles-en-Brie": {Departments: []string{"94"}},
}

func TestGoldPlaces(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, inc := range mustGold(t) {
		t.Run(inc.ID, func(t *testing.T) {
			t.Parallel()
			c, ok := g.Resolve(inc.Place, goldContext[inc.Place])
			if !ok {
				t.Fatalf("Resolve(%q): not found", inc.Place)
			}
			p := c.Place()
			if p.Name != inc.Place || p.INSEE != inc.INSEE || p.Department != inc.Department || p.Region != inc.Region || p.Country != inc.Country {
				t.Errorf("Resolve(%q) = %s %s %s %q %s, want %s %s %q %s", inc.Place,
					p.Name, p.INSEE, p.Department, p.Region, p.Country, inc.INSEE, inc.Department, inc.Region, inc.Country)
			}
			if !p.HasPoint() {
				t.Errorf("Resolve(%q) has no position", inc.Place)
			}
		})
	}
}

// TestGoldIntercommunalities checks that the intercommunalities of the
// gold incidents, victims or also affected, are found and seated in the
// gold place when they are the victim.
func TestGoldIntercommunalities(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	n := 0
	for _, inc := range mustGold(t) {
		if inc.VictimKind == "intercommunalite" {
			n++
			es := g.EPCIs(inc.Victim)
			if len(es) == 0 || es[0].Seat.INSEE != inc.INSEE {
				t.Errorf("%s: EPCIs(%q) = %v, want one seated in %s", inc.ID, inc.Victim, es, inc.INSEE)
			}
		}
		for _, body := range inc.AlsoAffected {
			if !looksIntercommunal(body) {
				continue
			}
			n++
			if es := g.EPCIs(body); len(es) == 0 {
				t.Errorf("%s: EPCIs(%q): none", inc.ID, body)
			}
		}
	}
	if n < 4 {
		t.Errorf("only %d intercommunalities in gold.yaml, want at least 4", n)
	}
}

func looksIntercommunal(name string) bool {
	k := nameKey(name)
	return strings.HasPrefix(k, "communaute") || strings.Contains(k, "metropole")
}
