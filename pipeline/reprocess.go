package pipeline

import (
	"cmp"
	"context"
	"io"

	"github.com/schollz/progressbar/v3"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/extract"
)

// Reprocess extracts every stored article again from its raw page and
// reads it again for incidents, without crawling, showing a progress bar
// on progress. It does not recluster: Recluster does, after it.
func (a *App) Reprocess(ctx context.Context, sources map[string]vigie.Source, progress io.Writer) (n, changed int, err error) {
	total, err := a.DB.CountArticles(ctx)
	if err != nil {
		return 0, 0, err
	}
	bar := progressbar.NewOptions(total, progressbar.OptionSetWriter(progress), progressbar.OptionSetDescription("reprocess"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	var ids []int64
	for art, err := range a.DB.AllArticles(ctx) {
		if err != nil {
			return n, changed, err
		}
		ids = append(ids, art.ID)
	}
	for _, id := range ids { // not while iterating: the loop writes
		c, err := a.reprocessOne(ctx, id, sources)
		if err != nil {
			return n, changed, err
		}
		n++
		if c {
			changed++
		}
		_ = bar.Add(1)
	}
	_ = bar.Finish()
	return n, changed, nil
}

// reprocessOne extracts one article again from its raw page (when it has
// one), stores and indexes it if it changed, and analyses it again.
func (a *App) reprocessOne(ctx context.Context, id int64, sources map[string]vigie.Source) (bool, error) {
	art, err := a.DB.Article(ctx, id)
	if err != nil {
		return false, err
	}
	src := sources[art.Source]
	if src.Name == "" {
		src = vigie.Source{Name: art.Source}
	}
	changed := false
	raw, err := a.DB.RawPage(ctx, id)
	switch {
	case err == nil:
		if art, changed, err = a.reextract(ctx, art, raw, src); err != nil {
			return false, err
		}
	case vigie.ErrorCode(err) != vigie.ENOTFOUND:
		return false, err
	}
	return changed, a.Analyze(ctx, art, src)
}

// reextract runs extraction on a stored page; a page that no longer reads
// as an article keeps its stored article.
func (a *App) reextract(ctx context.Context, old *vigie.Article, raw vigie.RawPage, src vigie.Source) (*vigie.Article, bool, error) {
	page := vigie.Page{URL: raw.URL, FinalURL: raw.URL, Status: 200, ContentType: raw.ContentType, Body: raw.Body,
		ETag: old.ETag, LastModified: old.LastModified, FetchedAt: old.FetchedAt}
	art, err := extract.Extract(page, extract.Hint{Source: src})
	if err != nil {
		return old, false, nil
	}
	if art.Published.IsZero() {
		art.Published = old.Published // the feed dated the page at the crawl; the page alone does not
	} else if old.Published.Precision == vigie.PrecisionMinute {
		art.Published = extract.FeedOffset(art.Published, old.Published.Time) // the offset the feed gave it at the crawl
	}
	art.Lang = cmp.Or(art.Lang, old.Lang)
	if art.Hash == old.Hash && art.Published.String() == old.Published.String() && art.Lang == old.Lang {
		return old, false, nil // the same text may be dated anew by a better reading of its page
	}
	changed, err := a.DB.SaveArticle(ctx, &art, vigie.RawPage{})
	if err != nil {
		return old, false, err
	}
	if changed {
		if err := a.Index.Index(&art); err != nil {
			return &art, true, err
		}
	}
	return &art, changed, nil
}
