package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/incident"
	"github.com/vigie-news/vigie/store"
)

// explain prints what the incident analysis reads in each stored article
// whose URL contains match: a tool to see why an article was judged so.
func explain(dir, match string, w io.Writer) error {
	ctx := context.Background()
	db, err := openData(ctx, dir)
	if err != nil {
		return err
	}
	defer db.Close()
	for a, err := range db.AllArticles(ctx) {
		if err != nil {
			return err
		}
		if !strings.Contains(a.URL, match) {
			continue
		}
		r := incident.Analyze(a, vigie.Source{Name: a.Source})
		fmt.Fprintf(w, "\n== %s\n   %q (%s, %s) relevant=%v\n", a.URL, a.Title, a.Lang, a.Published, r.Relevant)
		for _, f := range r.Findings {
			printFinding(w, "REPORTS", f)
		}
		for _, f := range r.Mentions {
			fmt.Fprintf(w, "   mentions %s (%s, %s)\n", f.Victim.Official, f.Victim.Kind, f.Victim.Place.Name)
		}
		if len(r.Names) > 0 {
			fmt.Fprintf(w, "   names no victim; may follow one whose own words are among %s\n", strings.Join(r.Names, " "))
		}
		if r.Recent {
			fmt.Fprintln(w, "   tells an outage, no attack: may follow only an attack begun shortly before")
		}
	}
	return nil
}

// openData opens the store of a data folder, which must hold one: a
// folder without it is a mistake to report, not a store to create.
func openData(ctx context.Context, dir string) (*store.DB, error) {
	path := filepath.Join(dir, "vigie.db")
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no store in %s (%s): give the -data folder of a crawl", dir, path)
	}
	return store.Open(ctx, path)
}

func printFinding(w io.Writer, label string, f vigie.Finding) {
	fmt.Fprintf(w, "   %s %s [%s] %s %s/%s attack=%s start=%s found=%s in_scope=%v\n", label, f.Victim.Official,
		f.Victim.Kind, f.Victim.Place.Name, f.Victim.Place.INSEE, f.Victim.Place.Region, f.Attack, f.Start, f.Discovered, f.InScope)
	for _, b := range f.AlsoAffected {
		fmt.Fprintf(w, "      also %s [%s]\n", b.Official, b.Kind)
	}
	for _, e := range f.Evidence {
		if e.Field == "attack" || e.Field == "start" || e.Field == "victim" {
			fmt.Fprintf(w, "      %s=%s ← %.160s\n", e.Field, e.Value, e.Sentence)
		}
	}
}
