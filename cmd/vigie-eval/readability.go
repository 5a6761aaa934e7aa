package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/crawler"
	"github.com/vigie-news/vigie/extract"
	"github.com/vigie-news/vigie/internal/fold"
)

// expected is Readability.js's metadata for one test page.
type expected struct {
	Title         string  `json:"title"`
	Byline        *string `json:"byline"`
	Lang          *string `json:"lang"`
	PublishedTime *string `json:"publishedTime"`
}

type manifestRow struct {
	Name  string `json:"name"`
	Small bool   `json:"small_fixture"`
}

// tally counts agreements of one field.
type tally struct{ agree, total int }

func (t tally) String() string {
	if t.total == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%d/%d = %.2f", t.agree, t.total, float64(t.agree)/float64(t.total))
}

// readabilityPages compares title, byline, lang and publishedTime on the
// real-site pages of Mozilla's Readability test suite.
func readabilityPages(dir string, verbose bool, w io.Writer) error {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return err
	}
	var rows []manifestRow
	if err := json.Unmarshal(b, &rows); err != nil {
		return err
	}
	fields := map[string]*tally{"title": {}, "headline": {}, "byline": {}, "lang": {}, "publishedTime": {}, "article": {}}
	pages := 0
	for _, r := range rows {
		if r.Small {
			continue
		}
		pages++
		if err := comparePage(filepath.Join(dir, "pages", r.Name), fields, verbose, w); err != nil {
			return fmt.Errorf("%s: %w", r.Name, err)
		}
	}
	fmt.Fprintf(w, "readability test pages: %d real-site pages\n", pages)
	for _, k := range []string{"title", "headline", "byline", "lang", "publishedTime", "article"} {
		fmt.Fprintf(w, "  %-14s %s\n", k, fields[k])
	}
	return nil
}

func comparePage(dir string, fields map[string]*tally, verbose bool, w io.Writer) error {
	var want expected
	b, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json"))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &want); err != nil {
		return err
	}
	src, err := os.ReadFile(filepath.Join(dir, "source.html"))
	if err != nil {
		return err
	}
	src = crawler.DecodeHTML(src, "")
	page := vigie.Page{URL: "http://fakehost/test/page.html", Body: src}
	got, err := extract.Extract(page, extract.Hint{Source: vigie.Source{TimeZone: time.UTC}})
	if err != nil && err != extract.ErrNotArticle {
		return err
	}
	name := filepath.Base(dir)
	fields["article"].total++
	if err == nil {
		fields["article"].agree++ // read as an article (all 94 are readerable pages but one or two)
	} else if verbose {
		fmt.Fprintf(w, "%s: not read as an article\n", name)
	}
	note := func(field string, ok bool, g, e string) {
		fields[field].total++
		if ok {
			fields[field].agree++
		} else if verbose {
			fmt.Fprintf(w, "%s %s: got %q want %q\n", name, field, g, e)
		}
	}
	if want.Title != "" {
		note("title", fold.String(got.Title) == fold.String(want.Title), got.Title, want.Title)
		fields["headline"].total++
		if g, e := fold.String(got.Title), fold.String(want.Title); g != "" && (strings.Contains(e, g) || strings.Contains(g, e)) {
			fields["headline"].agree++
		}
	}
	if want.Byline != nil && *want.Byline != "" {
		g := strings.Join(got.Authors, ", ")
		note("byline", sameByline(g, *want.Byline), g, *want.Byline)
	}
	if want.Lang != nil && *want.Lang != "" {
		e := strings.ToLower(strings.SplitN(strings.ReplaceAll(*want.Lang, "_", "-"), "-", 2)[0])
		note("lang", got.Lang == e, got.Lang, *want.Lang)
	}
	if want.PublishedTime != nil && *want.PublishedTime != "" {
		g := got.Published.String()
		note("publishedTime", samePublished(got.Published, *want.PublishedTime), g, *want.PublishedTime)
	}
	return nil
}

// sameByline: equal once folded, or one holds the other ("By Jane Doe",
// "Jane Doe, Staff writer").
func sameByline(got, want string) bool {
	g, e := fold.String(got), fold.String(want)
	e = strings.TrimPrefix(e, "by ")
	return g != "" && (g == e || strings.Contains(e, g) || strings.Contains(g, e))
}

// samePublished compares instants when the reference has an offset, else
// calendar dates.
func samePublished(got vigie.Timestamp, want string) bool {
	if got.IsZero() || len(want) < 10 {
		return false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999Z0700"} {
		if w, err := time.Parse(layout, want); err == nil && got.Precision == vigie.PrecisionMinute {
			return got.Time.Truncate(time.Minute).Equal(w.Truncate(time.Minute))
		}
	}
	return got.Time.Format(time.DateOnly) == want[:10]
}
