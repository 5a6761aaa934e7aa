package vigie

import "time"

// SourceKind says how a source lists its articles.
type SourceKind string

// The kinds of source Vigie reads.
const (
	KindRSS         SourceKind = "rss"
	KindAtom        SourceKind = "atom"
	KindJSON        SourceKind = "json" // JSON Feed
	KindHTMLListing SourceKind = "html-listing"
	KindSitemap     SourceKind = "sitemap"
)

// SourceKinds lists every valid SourceKind.
var SourceKinds = []SourceKind{KindRSS, KindAtom, KindJSON, KindHTMLListing, KindSitemap}

// IsFeed reports whether the kind is a syndication feed (RSS, Atom, JSON Feed).
func (k SourceKind) IsFeed() bool {
	return k == KindRSS || k == KindAtom || k == KindJSON
}

// Valid reports whether k is one of SourceKinds.
func (k SourceKind) Valid() bool {
	for _, v := range SourceKinds {
		if k == v {
			return true
		}
	}
	return false
}

// Source is a news source as configured in feeds.yaml.
type Source struct {
	Name     string     // display name, unique
	URL      string     // entry point: the feed, listing or sitemap
	Kind     SourceKind // how URL lists articles
	Language string     // BCP 47 language of most of its articles, e.g. "fr"
	Links    string     // html-listing: CSS selector of article links
	Next     string     // html-listing: CSS selector of the next-page link
	MaxPages int        // html-listing: pages to follow at most; sitemap: child sitemaps
	MaxItems int        // articles to fetch at most per cycle, newest first
	Interval time.Duration
	TimeZone *time.Location // for dates that carry no offset
	// OwnZone says TimeZone was set for this source, not inherited from
	// the settings: only a zone of its own says where the source is.
	OwnZone bool
	Region  string // the area it covers, e.g. "Savoie", "France", "cyber"
	Enabled bool
}

// SourceState is what Vigie remembers of a source between crawls.
type SourceState struct {
	Source       string // Source.Name
	ETag         string // validators of the last 200 answer, for conditional GET
	LastModified string
	LastFetch    time.Time // last attempt
	LastSuccess  time.Time
	LastStatus   int    // HTTP status of the last attempt, 0 when none came back
	LastError    string // reason of the last failure, "" after a success
	Failures     int    // consecutive failed attempts
	Items        int    // links found by the last successful fetch
	// RetryAt is the earliest next attempt after a failure: what the
	// server's Retry-After asked, or an exponential back-off. Zero: none.
	RetryAt time.Time
	// Disabled is why the source is no longer crawled (too many failures
	// in a row), "" while it is.
	Disabled string
}

// Failed records a failed attempt at t.
func (s *SourceState) Failed(t time.Time, status int, reason string) {
	s.LastFetch, s.LastStatus, s.LastError = t, status, reason
	s.Failures++
}

// Succeeded records a successful attempt at t that found items links.
func (s *SourceState) Succeeded(t time.Time, status, items int) {
	s.LastFetch, s.LastSuccess, s.LastStatus, s.LastError = t, t, status, ""
	s.Failures, s.RetryAt, s.Disabled = 0, time.Time{}, ""
	if status != 304 {
		s.Items = items
	}
}

// Link is an article a source points to, with what the source says of it.
type Link struct {
	URL       string
	Source    string // Source.Name
	Title     string
	Published time.Time // zero when the source gives none
	Updated   time.Time
	Language  string
	Authors   []string
}
