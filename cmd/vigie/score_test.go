package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/vigie-news/vigie/internal/score"
)

// figures crawls a corpus and judges the exports as the corpus judge does.
func figures(t *testing.T, dir string) map[string]float64 {
	t.Helper()
	f := newFixture(t, dir)
	f.crawl(t, false)
	var arts, incs bytes.Buffer
	ctx := context.Background()
	if err := exportArticles(ctx, f.app, &arts, "jsonl"); err != nil {
		t.Fatal(err)
	}
	if err := exportIncidents(ctx, f.app, &incs, "jsonl"); err != nil {
		t.Fatal(err)
	}
	g, err := score.LoadGold(filepath.Join(dir, "gold.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return score.Evaluate(g, lines[score.Article](t, &arts), lines[score.Incident](t, &incs), func(line string) { t.Log("miss:", line) })
}

func lines[T any](t *testing.T, b *bytes.Buffer) []T {
	t.Helper()
	var out []T
	sc := bufio.NewScanner(b)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// floors checks figures against their floors; spurious must be 0.
func floors(t *testing.T, figs map[string]float64, min map[string]float64) {
	t.Helper()
	for name, floor := range min {
		if figs[name] < floor {
			t.Errorf("%s = %.3f, below %.2f", name, figs[name], floor)
		}
	}
	if figs["spurious"] != 0 {
		t.Errorf("%v spurious incidents", figs["spurious"])
	}
	t.Logf("relevance F1 %.2f · B3 F1 %.2f · place %.2f · department %.2f · region %.2f · attack %.2f · kind %.2f · start %.2f · start_1day %.2f",
		figs["relevance_f1"], figs["b3_f1"], figs["place"], figs["department"], figs["region"], figs["attack"],
		figs["victim_kind"], figs["start"], figs["start_1day"])
}

// TestCorpusIncidents holds the incident figures on the corpus to the
// issue's floors.
func TestCorpusIncidents(t *testing.T) {
	t.Parallel()
	floors(t, figures(t, corpusDir), map[string]float64{
		"coverage": 0.98, "title": 0.98, "published": 0.98, "lang": 0.98,
		"relevance_f1": 0.95, "b3_f1": 0.97, "place": 0.95, "department": 0.95, "region": 0.95,
		"attack": 0.95, "victim_kind": 0.95, "start": 0.90, "start_1day": 0.95,
	})
}

// TestDevCorpusIncidents guards the figures on the development corpus
// (other sites, languages and incidents) from falling back.
func TestDevCorpusIncidents(t *testing.T) {
	t.Parallel()
	floors(t, figures(t, "../../testdata/devcorpus"), map[string]float64{
		"coverage": 0.98, "title": 0.95, "published": 0.95, "lang": 0.95,
		"relevance_f1": 0.95, "b3_f1": 0.88, "place": 0.95, "department": 0.95, "region": 0.85,
		"attack": 0.85, "victim_kind": 0.95, "start": 0.95, "start_1day": 0.95,
	})
}
