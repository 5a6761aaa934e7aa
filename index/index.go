package index

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vigie-news/vigie"
)

// lockTimeout is how long Open waits for another process to release an
// index on disk; bleve would otherwise wait forever.
const lockTimeout = "1s"

// Index is Vigie's full-text index of articles. It is safe for concurrent use.
type Index struct {
	mu    sync.RWMutex      // writes hold it shared; Rebuild exclusive, while it builds and swaps
	idx   bleve.Index       // the index written to
	alias bleve.IndexAlias  // what searches read: idx, swapped atomically by Rebuild
	fold  analysis.Analyzer // vigie_fold, to read queries
	langs []langFields      // every language's fields and analyzer, to read queries

	facets searchCache // of recent searches, until the next write
}

// Open opens the index at path, creating it when missing; path "" gives an
// index in memory. An index written with another MappingVersion is refused
// with an error asking to run `vigie reindex`.
func Open(path string) (*Index, error) {
	idx, err := openBleve(path, MappingVersion, newMapping)
	if err != nil {
		return nil, err
	}
	fold, err := foldAnalyzer(idx, path)
	if err != nil {
		return nil, err
	}
	langs, err := langFieldsOf(idx.Mapping())
	if err != nil {
		_ = idx.Close()
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	return &Index{idx: idx, alias: bleve.NewIndexAlias(idx), fold: fold, langs: langs}, nil
}

// openBleve opens the bleve index at path, which must have been written
// with mapping version, creating it with newMapping when missing; path ""
// gives an index in memory.
func openBleve(path, version string, newMapping func() (*mapping.IndexMappingImpl, error)) (bleve.Index, error) {
	if path == "" {
		return createBleve(path, version, newMapping)
	}
	idx, err := bleve.OpenUsing(path, map[string]any{"bolt_timeout": lockTimeout})
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		return createBleve(path, version, newMapping)
	} else if err != nil {
		return nil, fmt.Errorf("index: open %s (is another process using it?): %w", path, err)
	}
	if err := checkVersion(idx, path, version); err != nil {
		_ = idx.Close()
		return nil, err
	}
	return idx, nil
}

// createBleve makes a new bleve index at path, in memory when path is "",
// and records its mapping version.
func createBleve(path, version string, newMapping func() (*mapping.IndexMappingImpl, error)) (bleve.Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	var idx bleve.Index
	if path == "" {
		idx, err = bleve.NewMemOnly(m)
	} else {
		idx, err = bleve.New(path, m)
	}
	if err != nil {
		return nil, fmt.Errorf("index: create %s: %w", path, err)
	}
	if err := idx.SetInternal(versionKey, []byte(version)); err != nil {
		_ = idx.Close()
		return nil, fmt.Errorf("index: create %s: set mapping version: %w", path, err)
	}
	return idx, nil
}

// foldAnalyzer returns the vigie_fold analyzer of idx, closing idx when it
// has none.
func foldAnalyzer(idx bleve.Index, path string) (analysis.Analyzer, error) {
	fold := idx.Mapping().AnalyzerNamed(analyzerFold)
	if fold == nil {
		_ = idx.Close()
		return nil, fmt.Errorf("index: open %s: no analyzer %s in the mapping", path, analyzerFold)
	}
	return fold, nil
}

// checkVersion returns an error unless idx was written with mapping version.
func checkVersion(idx bleve.Index, path, version string) error {
	v, err := idx.GetInternal(versionKey)
	if err != nil {
		return fmt.Errorf("index: open %s: get mapping version: %w", path, err)
	}
	if string(v) != version {
		return fmt.Errorf("%w (%w)", vigie.Errorf(vigie.ECONFLICT,
			"The index at %s was built with mapping version %q, this Vigie uses %q: run `vigie reindex`.",
			path, v, version), ErrOtherMapping)
	}
	return nil
}

// ErrOtherMapping is in the chain of the error of opening an index built
// with another mapping version than this package's.
var ErrOtherMapping = errors.New("index built with another mapping version")

// Close closes the index.
func (x *Index) Close() error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if err := x.idx.Close(); err != nil {
		return fmt.Errorf("index: close: %w", err)
	}
	return nil
}

// Index adds a or replaces the document it had.
func (x *Index) Index(a *vigie.Article) error {
	defer x.facets.changed()
	doc, err := newDocument(a)
	if err != nil {
		return err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	if err := x.idx.Index(docID(a.ID), doc); err != nil {
		return fmt.Errorf("index: index article %d: %w", a.ID, err)
	}
	return nil
}

// IndexBatch adds or replaces articles. An article given twice is indexed
// as given last. A batch of 2×minPart articles or more is written in
// parts, at once: bleve analyses a batch on several goroutines, but builds
// its segment and waits for it to reach the disk on one, so that one
// batch at a time leaves a core idle. On an error some parts may be
// written and others not; writing the batch again is harmless.
func (x *Index) IndexBatch(as []*vigie.Article) error {
	defer x.facets.changed()
	ids, docs, err := newDocuments(as)
	if err != nil {
		return err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	parts := min(batchParts, max(len(ids)/minPart, 1))
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for i := range parts {
		part := ids[i*len(ids)/parts : (i+1)*len(ids)/parts]
		wg.Go(func() { errs[i] = x.writeBatch(part, docs) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Parts of IndexBatch.
const (
	batchParts = 2   // most parts written at once: the machine's cores, at least
	minPart    = 250 // fewest articles in a part
)

// newDocuments returns the documents of as by id, and their ids in order,
// the last of an id given twice.
func newDocuments(as []*vigie.Article) ([]int64, map[int64]map[string]any, error) {
	ids := make([]int64, 0, len(as))
	docs := make(map[int64]map[string]any, len(as))
	for _, a := range as {
		doc, err := newDocument(a)
		if err != nil {
			return nil, nil, err
		}
		if _, dup := docs[a.ID]; !dup {
			ids = append(ids, a.ID)
		}
		docs[a.ID] = doc
	}
	return ids, docs, nil
}

// writeBatch indexes the documents of ids in one bleve batch.
func (x *Index) writeBatch(ids []int64, docs map[int64]map[string]any) error {
	b := x.idx.NewBatch()
	for _, id := range ids {
		if err := b.Index(docID(id), docs[id]); err != nil {
			return fmt.Errorf("index: index article %d: %w", id, err)
		}
	}
	if err := x.idx.Batch(b); err != nil {
		return fmt.Errorf("index: index batch of %d articles: %w", len(ids), err)
	}
	return nil
}

// Delete removes the article with the given id; a missing one is no error.
func (x *Index) Delete(id int64) error {
	defer x.facets.changed()
	x.mu.RLock()
	defer x.mu.RUnlock()
	if err := x.idx.Delete(docID(id)); err != nil {
		return fmt.Errorf("index: delete article %d: %w", id, err)
	}
	return nil
}

// Count returns the number of articles in the index.
func (x *Index) Count() (uint64, error) {
	n, err := x.alias.DocCount()
	if err != nil {
		return 0, fmt.Errorf("index: count: %w", err)
	}
	return n, nil
}

// docID is the bleve document id of the article with the given id.
func docID(id int64) string { return strconv.FormatInt(id, 10) }

// newDocument returns the document indexed for a: its title and text in
// the fields of its language, analysed once.
func newDocument(a *vigie.Article) (map[string]any, error) {
	if a == nil {
		return nil, errors.New("index: nil article")
	} else if a.ID <= 0 {
		return nil, fmt.Errorf("index: article %s has no id", a.URL)
	}
	lang := strings.ToLower(strings.TrimSpace(a.Lang))
	l := langOf(lang)
	doc := map[string]any{fieldID: float64(a.ID), l.title: a.Title, l.text: a.Text}
	// empty keywords are left out: they would count as a value in facets
	for field, v := range map[string]string{fieldSite: a.Site, fieldSource: a.Source, fieldLang: lang} {
		if v != "" {
			doc[field] = v
		}
	}
	if t, ok := publishedTime(a.Published); ok {
		doc[fieldPublished] = t
	}
	return doc, nil
}

// primaryLang returns the language subtag of a BCP 47 tag: "fr" for "fr-ca".
func primaryLang(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		return tag[:i]
	}
	return tag
}

// publishedTime returns the instant indexed for t: the first instant of its
// day or month in UTC when only that is known. It reports false when t is
// zero or out of the range bleve can index.
func publishedTime(t vigie.Timestamp) (time.Time, bool) {
	if t.IsZero() {
		return time.Time{}, false
	}
	v := t.Time
	switch t.Precision {
	case vigie.PrecisionDay:
		v = time.Date(v.Year(), v.Month(), v.Day(), 0, 0, 0, 0, time.UTC)
	case vigie.PrecisionMonth:
		v = time.Date(v.Year(), v.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	if !inDateRange(v) {
		return time.Time{}, false
	}
	return v, true
}

// inDateRange reports whether bleve can index and query t.
func inDateRange(t time.Time) bool {
	return !t.Before(query.MinRFC3339CompatibleTime) && !t.After(query.MaxRFC3339CompatibleTime)
}

// BuildBatch is the number of articles per IndexBatch that builds an index
// fastest from a store: bigger batches make fewer, bigger segments to
// merge, at the cost of memory while a batch is analysed.
const BuildBatch = 1000
