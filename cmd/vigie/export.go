package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vigie-news/vigie"
)

// articleRow is one line of the articles export: the judge's input and a
// researcher's table.
type articleRow struct {
	ID           int64    `json:"id"`
	URL          string   `json:"url"`
	CanonicalURL string   `json:"canonical_url"`
	Title        string   `json:"title"`
	Published    string   `json:"published"`
	Lang         string   `json:"lang"`
	Site         string   `json:"site"`
	Source       string   `json:"source"`
	Authors      []string `json:"authors"`
	Relevant     bool     `json:"relevant"`
	Incidents    []string `json:"incidents"`
}

var articleColumns = []string{"id", "url", "canonical_url", "title", "published", "lang", "site", "source", "authors", "relevant", "incidents"}

func rowOf(a *vigie.Article) articleRow {
	r := articleRow{a.ID, a.URL, a.CanonicalURL, a.Title, a.Published.String(), a.Lang, a.Site, a.Source, a.Authors, a.Relevant, a.Incidents}
	if r.Authors == nil {
		r.Authors = []string{}
	}
	if r.Incidents == nil {
		r.Incidents = []string{}
	}
	return r
}

func (r articleRow) record() []string {
	return []string{fmt.Sprint(r.ID), r.URL, r.CanonicalURL, r.Title, r.Published, r.Lang, r.Site, r.Source,
		strings.Join(r.Authors, "; "), fmt.Sprint(r.Relevant), strings.Join(r.Incidents, "; ")}
}

// runExport writes the articles (or incidents) to -o or standard output.
func runExport(ctx context.Context, args []string, e *env) error {
	var c common
	fs := e.flags("export")
	c.register(fs, false, false)
	what := fs.String("what", "articles", "articles or incidents")
	format := fs.String("format", "jsonl", "jsonl or csv")
	out := fs.String("o", "", "output file (default: standard output)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *what != "articles" && *what != "incidents" {
		return vigie.Errorf(vigie.EINVALID, "-what must be articles or incidents, not %q", *what)
	}
	if *format != "jsonl" && *format != "csv" {
		return vigie.Errorf(vigie.EINVALID, "-format must be jsonl or csv, not %q", *format)
	}
	if _, err := os.Stat(c.data); err != nil {
		return vigie.Errorf(vigie.EINVALID, "no data folder at %s: run vigie crawl first", c.data)
	}
	a, err := openApp(ctx, c.data)
	if err != nil {
		return err
	}
	defer a.Close()
	w, done, err := output(*out, e.stdout)
	if err != nil {
		return err
	}
	if *what == "incidents" {
		return done(exportIncidents(w, *format))
	}
	return done(exportArticles(ctx, a, w, *format))
}

// output opens the export's destination; done closes it and keeps the
// first error.
func output(path string, stdout io.Writer) (io.Writer, func(error) error, error) {
	if path == "" {
		return stdout, func(err error) error { return err }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func(err error) error {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	}, nil
}

func exportArticles(ctx context.Context, a *app, w io.Writer, format string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	cw := csv.NewWriter(w)
	if format == "csv" {
		if err := cw.Write(articleColumns); err != nil {
			return err
		}
	}
	for art, err := range a.db.AllArticles(ctx) {
		if err != nil {
			return err
		}
		r := rowOf(art)
		if format == "csv" {
			err = cw.Write(r.record())
		} else {
			err = enc.Encode(r)
		}
		if err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// exportIncidents writes the incidents; there are none until incidents are
// extracted, so the export is empty (a CSV has its header).
func exportIncidents(w io.Writer, format string) error {
	if format == "csv" {
		cw := csv.NewWriter(w)
		cw.Write([]string{"id", "victim", "victim_kind", "place", "insee", "department", "region", "country", "attack", "start", "articles"})
		cw.Flush()
		return cw.Error()
	}
	return nil
}
