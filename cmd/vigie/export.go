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
	"github.com/vigie-news/vigie/pipeline"
	"github.com/vigie-news/vigie/server"
	"github.com/vigie-news/vigie/store"
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
	format := fs.String("format", "jsonl", "jsonl or csv; geojson too for incidents")
	out := fs.String("o", "", "output file (default: standard output)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *what != "articles" && *what != "incidents" {
		return vigie.Errorf(vigie.EINVALID, "-what must be articles or incidents, not %q", *what)
	}
	if *format != "jsonl" && *format != "csv" && (*format != "geojson" || *what != "incidents") {
		return vigie.Errorf(vigie.EINVALID, "-format must be jsonl or csv (or geojson for incidents), not %q", *format)
	}
	if _, err := os.Stat(c.data); err != nil && !store.IsPostgres(c.data) {
		return vigie.Errorf(vigie.EINVALID, "no data folder at %s: run vigie crawl first", c.data)
	}
	a, err := pipeline.OpenStoreAt(ctx, c.where()) // the store only: export runs beside serve and crawl
	if err != nil {
		return err
	}
	defer a.DB.Close()
	w, done, err := output(*out, e.stdout)
	if err != nil {
		return err
	}
	if *what == "incidents" {
		return done(exportIncidents(ctx, a, w, *format))
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

func exportArticles(ctx context.Context, a *pipeline.App, w io.Writer, format string) error {
	rw := newRowWriter(w, format, articleColumns)
	for art, err := range a.DB.AllArticles(ctx) {
		if err != nil {
			return err
		}
		if err := rw.write(rowOf(art)); err != nil {
			return err
		}
	}
	return rw.close()
}

// record is a row of an export: a JSON object, or a CSV record.
type record interface{ record() []string }

// rowWriter writes an export's rows as JSON Lines or CSV with a header.
type rowWriter struct {
	csv    bool
	enc    *json.Encoder
	cw     *csv.Writer
	header []string
}

func newRowWriter(w io.Writer, format string, header []string) *rowWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &rowWriter{csv: format == "csv", enc: enc, cw: csv.NewWriter(w), header: header}
}

func (rw *rowWriter) write(r record) error {
	if !rw.csv {
		return rw.enc.Encode(r)
	}
	if rw.header != nil {
		if err := rw.cw.Write(rw.header); err != nil {
			return err
		}
		rw.header = nil
	}
	return rw.cw.Write(r.record())
}

// close flushes, writing the CSV header of an export without rows.
func (rw *rowWriter) close() error {
	if rw.csv && rw.header != nil {
		if err := rw.cw.Write(rw.header); err != nil {
			return err
		}
	}
	rw.cw.Flush()
	return rw.cw.Error()
}

// exportIncidents writes every incident, earliest start first, as the
// API's downloads do: JSON Lines, CSV or GeoJSON.
func exportIncidents(ctx context.Context, a *pipeline.App, w io.Writer, format string) error {
	incs, err := a.DB.Incidents(ctx)
	if err != nil {
		return err
	}
	iw := server.NewIncidentWriter(w, format, nil)
	for _, in := range incs {
		if err := iw.Write(in); err != nil {
			return err
		}
	}
	return iw.Close()
}
