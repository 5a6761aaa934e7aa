package server

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/vigie-news/vigie"
)

// articleRecord is an article as the downloads write it: every field
// present, null when unknown.
type articleRecord struct {
	ID           int64    `json:"id"`
	URL          string   `json:"url"`
	CanonicalURL *string  `json:"canonical_url"`
	Title        string   `json:"title"`
	Published    *string  `json:"published"`
	Lang         *string  `json:"lang"`
	Site         *string  `json:"site"`
	Source       *string  `json:"source"`
	Authors      []string `json:"authors"`
	Relevant     bool     `json:"relevant"`
	Incidents    []string `json:"incidents"`
}

var articleColumns = []string{"id", "url", "canonical_url", "title", "published", "lang", "site", "source", "authors", "relevant", "incidents"}

func newArticleRecord(a *vigie.Article) articleRecord {
	return articleRecord{ID: a.ID, URL: a.URL, CanonicalURL: str(a.CanonicalURL), Title: a.Title, Published: str(a.Published.String()),
		Lang: str(a.Lang), Site: str(a.Site), Source: str(a.Source), Authors: orEmpty(a.Authors), Relevant: a.Relevant, Incidents: orEmpty(a.Incidents)}
}

func (r articleRecord) record() []string {
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	return []string{strconv.FormatInt(r.ID, 10), r.URL, s(r.CanonicalURL), r.Title, s(r.Published), s(r.Lang), s(r.Site), s(r.Source),
		strings.Join(r.Authors, "; "), strconv.FormatBool(r.Relevant), strings.Join(r.Incidents, "; ")}
}

// exportArticles writes every article matching f (only f's page when
// paged) as CSV or JSON Lines.
func (s *Server) exportArticles(w http.ResponseWriter, r *http.Request, f vigie.ArticleFilter, format string, paged bool) {
	if !paged {
		f.Page, f.Size = 1, maxSize
	}
	f.NoFacets = true // an export writes none
	if x, ok := s.Articles.(articleExporter); ok && !paged {
		s.exportAll(w, r, x, f, format)
		return
	}
	list, err := s.Articles.FindArticles(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	cw, enc := csv.NewWriter(w), json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	s.startArticleExport(w, format, cw)
	for n := 0; ; {
		for _, a := range list.Articles {
			if writeArticle(format, cw, enc, a) != nil {
				return
			}
			n++
		}
		if paged || len(list.Articles) == 0 || n >= list.Total || n >= maxExport || f.Page >= maxPage {
			break
		}
		f.Page++
		if list, err = s.Articles.FindArticles(r.Context(), f); err != nil {
			s.logger().Error("export articles", "page", f.Page, "err", err)
			break
		}
	}
	cw.Flush()
}

// articleExporter is an ArticleService that gives every match of an export
// from one search (pipeline.App), where paging would search again for
// each page.
type articleExporter interface {
	ExportArticles(ctx context.Context, f vigie.ArticleFilter, limit int, each func(*vigie.Article) error) error
}

// exportAll writes every article matching f, up to maxExport, from one
// search. A malformed filter is an error before anything is written; a
// failure after is logged and ends the file.
func (s *Server) exportAll(w http.ResponseWriter, r *http.Request, x articleExporter, f vigie.ArticleFilter, format string) {
	started := false
	cw, enc := csv.NewWriter(w), json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err := x.ExportArticles(r.Context(), f, maxExport, func(a *vigie.Article) error {
		if !started {
			started = true
			s.startArticleExport(w, format, cw)
		}
		return writeArticle(format, cw, enc, a)
	})
	switch {
	case err != nil && !started:
		s.writeError(w, r, err)
		return
	case err != nil:
		s.logger().Error("export articles", "err", err)
	case !started:
		s.startArticleExport(w, format, cw)
	}
	cw.Flush()
}

// writeArticle writes one article of an export, as a CSV record or a
// JSON line.
func writeArticle(format string, cw *csv.Writer, enc *json.Encoder, a *vigie.Article) error {
	rec := newArticleRecord(a)
	if format == FormatCSV {
		return cw.Write(rec.record())
	}
	return enc.Encode(rec)
}

// startArticleExport writes an article export's headers, and the CSV
// header row.
func (s *Server) startArticleExport(w http.ResponseWriter, format string, cw *csv.Writer) {
	w.Header().Set("Content-Type", contentTypes[format])
	w.Header().Set("Content-Disposition", `attachment; filename="vigie-articles.`+format+`"`)
	w.Header().Set("Access-Control-Allow-Origin", "*")
	if format == FormatCSV {
		cw.Write(articleColumns)
	}
}
