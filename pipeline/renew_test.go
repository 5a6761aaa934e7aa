package pipeline

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
)

// TestIncidentIndexOfAnotherVersionIsRebuilt: an incident index built
// with another mapping (an older Vigie) is refused as it is, and the
// writer rebuilds it from the store instead of stopping.
func TestIncidentIndexOfAnotherVersionIsRebuilt(t *testing.T) {
	t.Parallel()
	ctx, dir := context.Background(), t.TempDir()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	a, err := OpenWriter(ctx, dir, log)
	if err != nil {
		t.Fatal(err)
	}
	in := &vigie.Incident{ID: "2021-04-bourg-saint-maurice", Attack: vigie.AttackRansomware, InScope: true,
		Victim: vigie.Body{Official: "Mairie de Bourg-Saint-Maurice", Kind: vigie.VictimCommune,
			Place: vigie.Place{Name: "Bourg-Saint-Maurice", INSEE: "73054", Country: "FR"}}}
	if err := a.DB.ReplaceIncidents(ctx, []*vigie.Incident{in}); err != nil {
		t.Fatal(err)
	}
	if err := a.IncidentIndex.Replace([]*vigie.Incident{in}); err != nil {
		t.Fatal(err)
	}
	if err := StampIncidents(ctx, a.DB, a.IncidentIndex); err != nil {
		t.Fatal(err)
	}
	a.Close()

	old, err := bleve.Open(IncidentIndexPath(dir))
	if err != nil {
		t.Fatal(err)
	}
	if err := old.SetInternal([]byte("vigie_mapping_version"), []byte("vigie-incidents-0")); err != nil {
		t.Fatal(err)
	}
	old.Close()

	if _, err := OpenAsIs(ctx, dir); !errors.Is(err, index.ErrOtherMapping) {
		t.Fatalf("OpenAsIs: %v, want the other mapping refused", err)
	}
	a, err = OpenWriter(ctx, dir, log)
	if err != nil {
		t.Fatalf("OpenWriter on an older incident index: %v", err)
	}
	defer a.Close()
	c, err := a.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Incidents != 1 || c.IndexedIncidents != 1 || !c.IncidentsCurrent {
		t.Errorf("after the rebuild: %s", c)
	}
}
