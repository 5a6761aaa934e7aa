package vigie

import (
	"context"
	"time"
)

// Article is a news article as extracted from its page.
type Article struct {
	ID           int64
	URL          string // final URL of the page
	CanonicalURL string // as the page declares it, "" when it does not
	Source       string // Source.Name of the source that led to it
	Site         string // the outlet's name
	Title        string
	Published    Timestamp
	Lang         string // ISO 639-1 code
	Authors      []string
	Text         string // main text, paragraphs separated by blank lines
	Excerpt      string // standfirst or first paragraph
	ETag         string // validators of the page, for conditional GET
	LastModified string
	Hash         string // of Title and Text: a change means the page changed
	FetchedAt    time.Time
	UpdatedAt    time.Time // last time Title or Text changed
	Relevant     bool      // reports an attack on a local authority
	Incidents    []string  // ids of the incidents it reports
}

// ArticleFilter selects articles in listings and searches.
type ArticleFilter struct {
	Query    string // full-text query
	Lang     string
	Site     string
	From, To time.Time // publication time bounds, inclusive; zero means open
	Page     int       // 1-based
	Size     int
	NoFacets bool // the caller shows no facets: they are not counted
}

// RawPage is the page an article was extracted from, kept so that it can be
// extracted again without crawling.
type RawPage struct {
	ArticleID   int64
	URL         string
	ContentType string
	Body        []byte
	FetchedAt   time.Time
}

// ArticleList is one page of articles found by a search.
type ArticleList struct {
	Total    int
	Page     int
	Size     int
	Articles []*Article // without Text
	Facets   map[string][]FacetCount
	Fuzzy    bool // the words as typed found too little: typos were forgiven
}

// FacetCount is how many results share one value of a field.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// ArticleService finds articles; the server talks to it.
type ArticleService interface {
	// FindArticles searches and filters articles.
	FindArticles(ctx context.Context, f ArticleFilter) (ArticleList, error)
	// FindArticle returns one article with its text, or an ENOTFOUND error.
	FindArticle(ctx context.Context, id int64) (*Article, error)
}

// SourceService reports on the sources and their fetch state.
type SourceService interface {
	SourceStates(ctx context.Context) ([]SourceState, error)
}
