package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/crawler"
	"github.com/vigie-news/vigie/extract"
)

// Cycle is one crawl over the sources: discover their links, fetch the
// pages, extract, store and index the articles, then update the incidents
// they can change. Set its fields, call Run once.
type Cycle struct {
	App     *App
	Config  *config.File
	Proxy   func(*http.Request) (*url.URL, error) // nil: from the environment
	Out     io.Writer                             // a progress line per source
	Log     *slog.Logger
	Refresh bool // fetch known articles again, conditionally
	// RetryAll crawls disabled and backing-off sources too.
	RetryAll bool
	Status   *Status                                    // nil: nobody asks for readiness
	Due      func(vigie.Source, vigie.SourceState) bool // nil: every enabled source
	// AfterStore, when set, runs after an article is stored and before it
	// is indexed: the crash-injection hook of the tests.
	AfterStore func(id int64)

	mu        sync.Mutex
	sum       Tally
	changed   []int64 // articles analysed in this cycle
	incidents int     // incidents rewritten after the cycle
}

// Tally counts what a source, or a whole cycle, gave.
type Tally struct {
	Sources, FailedSources                                        int
	Links, Added, Updated, Unchanged, Skipped, NotArticle, Failed int
	OverBudget                                                    int // links refused or cut by the source's time budget
}

func (t *Tally) add(o Tally) {
	t.Sources += o.Sources
	t.FailedSources += o.FailedSources
	t.Links += o.Links
	t.Added += o.Added
	t.Updated += o.Updated
	t.Unchanged += o.Unchanged
	t.Skipped += o.Skipped
	t.NotArticle += o.NotArticle
	t.Failed += o.Failed
	t.OverBudget += o.OverBudget
}

func (t Tally) String() string {
	return fmt.Sprintf("%d links: %d new, %d updated, %d unchanged, %d already known, %d not articles, %d failed",
		t.Links, t.Added, t.Updated, t.Unchanged, t.Skipped, t.NotArticle, t.Failed)
}

// Run crawls every due source, Workers at a time, and returns the totals.
// Failing sources are recorded and reported, never fatal.
func (c *Cycle) Run(ctx context.Context) Tally {
	start := time.Now()
	s := c.Config.Settings
	cr := crawler.New(ctx, crawler.Options{
		UserAgent: s.UserAgent, Delay: s.Delay, Timeout: s.Timeout, MaxBodySize: int(s.MaxBodyBytes),
		MaxPages: s.MaxPages, MaxItems: s.MaxItems, Proxy: c.Proxy, AllowPrivate: s.AllowPrivate,
		Observe: observeFetch,
	})
	c.setCrawling(true)
	defer c.setCrawling(false)
	sources := make(chan vigie.Source)
	var wg sync.WaitGroup
	for range max(s.Workers, 1) {
		wg.Go(func() {
			for src := range sources {
				c.source(ctx, cr, src)
			}
		})
	}
	for _, src := range c.Config.Sources {
		if src.Enabled && ctx.Err() == nil && c.isDue(ctx, src) && c.mayTry(ctx, src) {
			sources <- src
		}
	}
	close(sources)
	wg.Wait()
	if len(c.changed) > 0 {
		if n, err := c.App.UpdateIncidents(ctx, c.changed); err != nil {
			c.Log.Error("cluster incidents; run vigie reprocess", "err", err)
		} else {
			c.incidents = n
		}
		if _, err := c.App.SyncIncidents(ctx); err != nil {
			c.Log.Error("index incidents; retried at the next start", "err", err)
		}
	}
	if c.sum.Sources > 0 || c.Due == nil { // serve checks every minute: no line when nothing was due
		fmt.Fprintf(c.Out, "crawl: %d sources (%d failed), %s, in %s\n",
			c.sum.Sources, c.sum.FailedSources, c.sum, time.Since(start).Round(time.Millisecond))
	}
	c.record(c.sum)
	return c.sum
}

func (c *Cycle) setCrawling(on bool) {
	if c.Status != nil {
		c.Status.mu.Lock()
		c.Status.crawling = on
		c.Status.mu.Unlock()
	}
}

// DueEvery says a source is due when its interval (or every, when set) has
// passed since its last attempt.
func DueEvery(every time.Duration) func(vigie.Source, vigie.SourceState) bool {
	return func(src vigie.Source, st vigie.SourceState) bool {
		iv := src.Interval
		if every > 0 {
			iv = every
		}
		return st.LastFetch.IsZero() || time.Since(st.LastFetch) >= iv
	}
}

func (c *Cycle) isDue(ctx context.Context, src vigie.Source) bool {
	if c.Due == nil {
		return true
	}
	st, err := c.App.DB.SourceState(ctx, src.Name)
	return err != nil || c.Due(src, st)
}

// source crawls one source and records its fetch state.
func (c *Cycle) source(ctx context.Context, cr *crawler.Crawler, src vigie.Source) {
	st, err := c.App.DB.SourceState(ctx, src.Name)
	if err != nil {
		c.Log.Error("read source state", "source", src.Name, "err", err)
		return
	}
	t := Tally{Sources: 1}
	budget := c.Config.Settings.SourceBudget
	if budget > 0 {
		cr = cr.WithDeadline(time.Now().Add(budget))
	}
	d, err := cr.Discover(src, crawler.Validators{ETag: st.ETag, LastModified: st.LastModified})
	now := time.Now().UTC()
	if err != nil {
		t.FailedSources = 1
		c.failed(ctx, src, &st, now, err)
	} else {
		before := st
		st.Succeeded(now, d.Status, len(d.Links))
		st.ETag, st.LastModified = d.Validators.ETag, d.Validators.LastModified
		for _, l := range d.Links {
			if t.OverBudget > 0 {
				break // the rest would be refused at once
			}
			t.add(c.link(ctx, cr, src, l))
		}
		if t.OverBudget > 0 { // a tarpit: what it gave is kept, but it failed
			t.FailedSources = 1
			st.Failures, st.LastSuccess = before.Failures, before.LastSuccess
			c.failed(ctx, src, &st, now, &crawler.FetchError{URL: src.URL,
				Reason: fmt.Sprintf("time budget of %s exceeded after %d of %d links", budget, t.Links, len(d.Links)), Err: crawler.ErrTimeBudget})
		} else {
			c.progress(src, d, t)
		}
	}
	if err := c.App.DB.SaveSourceState(ctx, st); err != nil {
		c.Log.Error("save source state", "source", src.Name, "err", err)
	}
	c.mu.Lock()
	c.sum.add(t)
	c.mu.Unlock()
}

// failed records and reports a source that could not be read: one log
// line per source and cycle. The next attempt waits for what the server
// asked (Retry-After) or, after server errors in a row, for an exponential
// back-off; after MaxFailures in a row the source is disabled.
func (c *Cycle) failed(ctx context.Context, src vigie.Source, st *vigie.SourceState, now time.Time, err error) {
	status, reason := 0, err.Error()
	var fe *crawler.FetchError
	if errors.As(err, &fe) {
		status, reason = fe.Status, fe.Reason
	}
	if ctx.Err() != nil {
		reason = "cancelled"
	}
	st.Failed(now, status, reason)
	wait := backoff(src, st, fe)
	if wait > 0 {
		st.RetryAt = now.Add(wait)
	}
	if max := c.Config.Settings.MaxFailures; max > 0 && st.Failures >= max && ctx.Err() == nil {
		st.Disabled = fmt.Sprintf("disabled after %d failures in a row, the last: %s", st.Failures, reason)
	}
	attrs := []any{"source", src.Name, "source_url", src.URL, "reason", reason, "failures", st.Failures}
	if !st.RetryAt.IsZero() {
		attrs = append(attrs, "retry_at", st.RetryAt.Format(time.RFC3339))
	}
	if st.Disabled != "" {
		attrs = append(attrs, "disabled", true)
	}
	c.Log.Warn("source failed", attrs...)
}

// maxBackoff caps the wait between two attempts at a failing source.
const maxBackoff = 24 * time.Hour

// backoff is how long to wait before trying a failed source again: what a
// 429 or 503 asked in Retry-After, else, after server errors (429, 5xx),
// the source's interval doubled with each failure in a row beyond the
// first; 0 lets the source's interval alone decide.
func backoff(src vigie.Source, st *vigie.SourceState, fe *crawler.FetchError) time.Duration {
	if fe == nil {
		return 0
	}
	var wait time.Duration
	if fe.Status == 429 || fe.Status >= 500 {
		iv := max(src.Interval, time.Minute)
		wait = min(iv<<min(st.Failures-1, 10), maxBackoff)
	}
	return max(wait, min(fe.RetryAfter, 7*maxBackoff)) // a server may ask for a week, no more
}

// mayTry reports whether a source may be crawled now: not disabled and not
// waiting for its back-off, unless the cycle retries every source.
func (c *Cycle) mayTry(ctx context.Context, src vigie.Source) bool {
	if c.RetryAll {
		return true
	}
	st, err := c.App.DB.SourceState(ctx, src.Name)
	if err != nil {
		return true
	}
	return st.Disabled == "" && !time.Now().Before(st.RetryAt)
}

func (c *Cycle) progress(src vigie.Source, d crawler.Discovery, t Tally) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d.NotModified {
		fmt.Fprintf(c.Out, "  ok   %s (%s): not modified since last crawl\n", src.Name, src.Kind)
		return
	}
	fmt.Fprintf(c.Out, "  ok   %s (%s): %s\n", src.Name, src.Kind, t)
}

// link fetches, extracts, stores and indexes the article behind one link.
// A known article is fetched again only when its source says it changed
// since, or when the cycle refreshes; then conditionally.
func (c *Cycle) link(ctx context.Context, cr *crawler.Crawler, src vigie.Source, l vigie.Link) Tally {
	t := Tally{Links: 1}
	known, err := c.App.DB.LookupURL(ctx, l.URL)
	var v crawler.Validators
	switch {
	case err == nil && !c.Refresh && !l.Updated.After(known.FetchedAt) && !l.Published.After(known.FetchedAt):
		t.Skipped++
		return t
	case err == nil:
		v = crawler.Validators{ETag: known.ETag, LastModified: known.LastModified}
	case vigie.ErrorCode(err) != vigie.ENOTFOUND:
		c.Log.Error("look up url", "url", l.URL, "err", err)
		t.Failed++
		return t
	}
	page, err := cr.Fetch(l.URL, v)
	if err != nil {
		c.Log.Info("page not fetched", "source", src.Name, "url", l.URL, "err", err)
		t.Failed++
		if errors.Is(err, crawler.ErrTimeBudget) {
			t.OverBudget++
		}
		return t
	}
	if page.Status == http.StatusNotModified {
		if err := c.App.DB.TouchArticle(ctx, known.ID, page.FetchedAt); err != nil {
			c.Log.Error("touch article", "article_id", known.ID, "err", err)
		}
		t.Unchanged++
		return t
	}
	return c.save(ctx, src, l, page, known != nil)
}

// save extracts the article of a fetched page, stores it and, when it is
// new or changed, indexes it.
func (c *Cycle) save(ctx context.Context, src vigie.Source, l vigie.Link, page vigie.Page, known bool) Tally {
	t := Tally{Links: 1}
	art, err := extract.Extract(page, extract.Hint{Source: src, Link: l})
	if errors.Is(err, extract.ErrNotArticle) {
		t.NotArticle++
		return t
	} else if err != nil {
		c.Log.Warn("extract", "url", page.FinalURL, "err", err)
		t.Failed++
		return t
	}
	raw := vigie.RawPage{URL: page.FinalURL, ContentType: page.ContentType, Body: page.Body, FetchedAt: page.FetchedAt}
	changed, err := c.App.DB.SaveArticle(ctx, &art, raw, l.URL, page.URL)
	switch {
	case err != nil:
		c.Log.Error("save article", "url", page.FinalURL, "err", err)
		t.Failed++
		return t
	case !changed:
		t.Unchanged++
		return t
	case known:
		t.Updated++
	default:
		t.Added++
	}
	if c.AfterStore != nil {
		c.AfterStore(art.ID) // tests crash here, between the store and the index
	}
	if _, err := c.App.SyncIndex(ctx); err != nil {
		c.Log.Error("index article; it stays queued for the next start", "article_id", art.ID, "err", err)
	}
	if err := c.App.Analyze(ctx, &art, src); err != nil {
		c.Log.Error("analyze article; run vigie reprocess", "article_id", art.ID, "err", err)
	} else {
		c.mu.Lock()
		c.changed = append(c.changed, art.ID)
		c.mu.Unlock()
	}
	return t
}
