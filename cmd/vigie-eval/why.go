package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/incident"
)

// why says whether the stored articles whose URLs contain a and b are one
// incident or two, and why: it clusters every stored report again and
// prints each decision taken for their findings, with the clusters each
// finding was weighed against.
func why(dir, a, b string, w io.Writer) error {
	ctx := context.Background()
	db, err := openData(ctx, dir)
	if err != nil {
		return err
	}
	defer db.Close()
	reports, err := db.Reports(ctx)
	if err != nil {
		return err
	}
	ids := make([]int64, len(reports))
	for i, r := range reports {
		ids[i] = r.ArticleID
	}
	arts, err := db.Articles(ctx, ids)
	if err != nil {
		return err
	}
	byID := map[int64]*vigie.Article{}
	for _, art := range arts {
		byID[art.ID] = art
	}
	previous, err := db.Incidents(ctx) // so that ids are the stored ones
	if err != nil {
		return err
	}
	g := incident.Group(reports, byID, previous, nil)
	ca := printDecisions(w, g, byID, a)
	cb := printDecisions(w, g, byID, b)
	for c := range ca {
		if cb[c] {
			fmt.Fprintf(w, "\nONE incident: %s\n", g.Incidents[c].ID)
			return nil
		}
	}
	fmt.Fprintln(w, "\nTWO incidents (or more): no finding of one joined a cluster of the other; the reasons are above.")
	return nil
}

// printDecisions prints the decisions taken for the findings of the
// articles whose URL contains part, and returns the clusters they went to.
func printDecisions(w io.Writer, g incident.Grouping, arts map[int64]*vigie.Article, part string) map[int]bool {
	clusters := map[int]bool{}
	for _, d := range g.Decisions {
		a := arts[d.ArticleID]
		if part == "" || !strings.Contains(a.URL, part) {
			continue
		}
		verb := "opened"
		if d.Joined {
			verb = "joined"
		}
		fmt.Fprintf(w, "\n== %s (published %s)\n   finding: victim %s, start %q -> %s %s\n", a.URL, a.Published, d.Victim, d.Start, verb, g.Incidents[d.Cluster].ID)
		for _, r := range d.Reasons {
			fmt.Fprintf(w, "   - %s\n", r)
		}
		clusters[d.Cluster] = true
	}
	if len(clusters) == 0 {
		fmt.Fprintf(w, "\n== no finding in articles matching %q (not relevant, or only mentions)\n", part)
	}
	return clusters
}
