package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/schollz/progressbar/v3"
	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/extract"
)

// runReprocess extracts every stored article again from its raw page,
// reads it again for incidents, and rebuilds the incidents, without
// crawling. Running it twice changes nothing the second time.
func runReprocess(ctx context.Context, args []string, e *env) error {
	var c common
	fs := e.flags("reprocess")
	c.register(fs, true, false)
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := reprocessConfig(c.config)
	if err != nil {
		return err
	}
	a, err := openWriter(ctx, c.data, e)
	if err != nil {
		return err
	}
	defer a.Close()
	n, changed, err := a.reprocess(ctx, sourcesByName(cfg), e)
	if err != nil {
		return err
	}
	incs, err := a.recluster(ctx)
	if err != nil {
		return err
	}
	if _, _, err := a.reconcile(ctx); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "reprocess: %d articles read again, %d changed; %d incidents\n", n, changed, len(incs))
	return nil
}

// reprocessConfig reads the sources' settings (time zone, language,
// region); without the file, articles are read with the defaults.
func reprocessConfig(path string) (*config.File, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return &config.File{Settings: config.DefaultSettings()}, nil
	}
	return config.Load(path)
}

// reprocess extracts and analyses every stored article again.
func (a *app) reprocess(ctx context.Context, sources map[string]vigie.Source, e *env) (n, changed int, err error) {
	total, err := a.db.CountArticles(ctx)
	if err != nil {
		return 0, 0, err
	}
	bar := progressbar.NewOptions(total, progressbar.OptionSetWriter(e.progress()), progressbar.OptionSetDescription("reprocess"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	var ids []int64
	for art, err := range a.db.AllArticles(ctx) {
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
func (a *app) reprocessOne(ctx context.Context, id int64, sources map[string]vigie.Source) (bool, error) {
	art, err := a.db.Article(ctx, id)
	if err != nil {
		return false, err
	}
	src := sources[art.Source]
	if src.Name == "" {
		src = vigie.Source{Name: art.Source}
	}
	changed := false
	raw, err := a.db.RawPage(ctx, id)
	switch {
	case err == nil:
		if art, changed, err = a.reextract(ctx, art, raw, src); err != nil {
			return false, err
		}
	case vigie.ErrorCode(err) != vigie.ENOTFOUND:
		return false, err
	}
	return changed, a.analyze(ctx, art, src)
}

// reextract runs extraction on a stored page; a page that no longer reads
// as an article keeps its stored article.
func (a *app) reextract(ctx context.Context, old *vigie.Article, raw vigie.RawPage, src vigie.Source) (*vigie.Article, bool, error) {
	page := vigie.Page{URL: raw.URL, FinalURL: raw.URL, Status: 200, ContentType: raw.ContentType, Body: raw.Body,
		ETag: old.ETag, LastModified: old.LastModified, FetchedAt: old.FetchedAt}
	art, err := extract.Extract(page, extract.Hint{Source: src})
	if err != nil {
		return old, false, nil
	}
	if art.Hash == old.Hash {
		return old, false, nil
	}
	changed, err := a.db.SaveArticle(ctx, &art, vigie.RawPage{})
	if err != nil {
		return old, false, err
	}
	if changed {
		if err := a.ix.Index(&art); err != nil {
			return &art, true, err
		}
	}
	return &art, changed, nil
}
