package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"slices"
	"testing"
)

// TestIncrementalMatchesFullRecluster crawls a corpus one source per
// cycle, last source first, so that each cycle updates only the incidents
// its articles can join; a full recluster afterwards must find the very
// same incidents, ids included.
func TestIncrementalMatchesFullRecluster(t *testing.T) {
	t.Parallel()
	for _, dir := range []string{corpusDir, "../../testdata/devcorpus"} {
		f := newFixture(t, dir)
		ctx := context.Background()
		log := slog.New(slog.NewTextHandler(io.Discard, nil))
		all := f.cfg.Sources
		cycles := 0
		for _, src := range slices.Backward(all) {
			cfg := *f.cfg
			cfg.Sources = append(cfg.Sources[:0:0], src)
			c := &cycle{app: f.app, cfg: &cfg, proxy: proxyTo(f.url), out: io.Discard, log: log}
			if c.run(ctx); c.incidents > 0 {
				cycles++
			}
		}
		if cycles < 3 {
			t.Fatalf("%s: only %d cycles updated incidents", dir, cycles)
		}
		export := func() string {
			var b bytes.Buffer
			if err := exportIncidents(ctx, f.app, &b, "jsonl"); err != nil {
				t.Fatal(err)
			}
			return b.String()
		}
		incremental := export()
		if _, err := f.app.recluster(ctx); err != nil {
			t.Fatal(err)
		}
		if full := export(); full != incremental {
			t.Errorf("%s: incremental incidents differ from a full recluster:\n%s\nwant\n%s", dir, incremental, full)
		}
	}
}
