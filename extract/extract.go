package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/vigie-news/vigie"
	"golang.org/x/net/html"
)

// ErrNotArticle is returned for pages that are not articles: home pages,
// section fronts, pages with no text.
var ErrNotArticle = errors.New("extract: not an article")

// minText is the shortest main text an article may have, in bytes.
const minText = 150

// Hint is what Vigie knew of a page before reading it.
type Hint struct {
	Source vigie.Source // the source that led to the page: name, language, time zone
	Link   vigie.Link   // what the source said of the page
}

// Extract turns a fetched HTML page, UTF-8 encoded, into an article.
func Extract(p vigie.Page, h Hint) (vigie.Article, error) {
	pageURL, err := url.Parse(firstNonEmpty(p.FinalURL, p.URL))
	if err != nil {
		return vigie.Article{}, fmt.Errorf("extract: %s: %w", p.URL, err)
	}
	root, err := html.Parse(bytes.NewReader(p.Body))
	if err != nil {
		return vigie.Article{}, fmt.Errorf("extract: parse %s: %w", p.URL, err)
	}
	doc := goquery.NewDocumentFromNode(root)
	m := readMeta(doc)
	loc := h.Source.TimeZone
	if loc == nil {
		loc = defaultZone
	}
	if z := statedZone(p.Body); z != nil {
		loc = z // "All times UK": the page says where its clock is
	}
	a := vigie.Article{
		URL: pageURL.String(), Source: h.Source.Name, FetchedAt: p.FetchedAt,
		ETag: p.ETag, LastModified: p.LastModified,
	}
	a.Site = siteName(m, h.Source, pageURL)
	a.CanonicalURL = canonical(m, pageURL)
	var h1 *html.Node
	a.Title, h1 = title(doc, m, []string{a.Site, h.Source.Name, pageURL.Hostname()})
	if hs := headlines(doc, "h1"); h1 == nil && len(hs) > 0 {
		h1 = hs[0]
	}
	var density float64
	a.Text, a.Authors, density = body(root, doc, h1, pageURL, m)
	a.Excerpt = excerpt(m, a.Text)
	a.Lang = language(m, a.Title+"\n\n"+a.Text, h.Link.Language, h.Source.Language)
	a.Published = published(doc, m, h1, a.Lang, loc)
	if a.Published.IsZero() && !h.Link.Published.IsZero() {
		a.Published = vigie.At(h.Link.Published.In(loc))
	}
	a.Published = FeedOffset(a.Published, h.Link.Published)
	if a.Title == "" && h.Link.Title != "" {
		a.Title = h.Link.Title
	}
	a.Hash = hash(a.Title, a.Text)
	if !isArticle(a, m, pageURL, density) {
		return a, ErrNotArticle
	}
	return a, nil
}

// FeedOffset gives a page's time, read in the source's zone for want of
// one on the page, the offset of the feed that led to it when the feed
// gives the same wall clock ("Monday 9 January 2023, 4.12pm" under
// <published>2023-01-09T16:12:00+00:00</published>): the feed says where
// the newsroom's clock is. Extract applies it; a page read again without
// its feed takes the offset from the time stored at the crawl.
func FeedOffset(p vigie.Timestamp, feed time.Time) vigie.Timestamp {
	if p.Precision != vigie.PrecisionMinute || feed.IsZero() {
		return p
	}
	w := p.Time
	c := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), w.Nanosecond(), feed.Location())
	if c.Equal(feed) && !c.Equal(w) {
		p.Time = c
	}
	return p
}

// statedZone is the zone a page says its times are in ("All times UK",
// "All times are GMT"), or nil. It reads the page as fetched, not its
// text again: the statement is a few plain words.
func statedZone(page []byte) *time.Location {
	m := zoneStatement.FindSubmatch(page)
	if m == nil {
		return nil
	}
	return statedZones[strings.ToLower(string(m[1]))]
}

// zoneStatement and statedZones read a page's statement of its zone.
var (
	zoneStatement = regexp.MustCompile(`(?i)\ball times (?:are |shown |given )?(?:in )?(uk|gmt|bst|london|british|irish)\b`)
	statedZones   = map[string]*time.Location{"uk": london, "gmt": london, "bst": london, "london": london, "british": london,
		"irish": mustZone("Europe/Dublin")}
	london = mustZone("Europe/London")
)

// defaultZone is where Vigie's sources are unless configured otherwise.
var defaultZone = mustZone("Europe/Paris")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.UTC
	}
	return loc
}

// body returns the main text and the authors; boilerplate is removed from
// a copy of the page before readability reads it.
func body(root *html.Node, doc *goquery.Document, h1 *html.Node, pageURL *url.URL, m meta) (string, []string, float64) {
	keep := h1
	total := textLen(root)
	cleaned := cloneWithTwin(root, &keep)
	removeNoise(cleaned, keep, total)
	// cleaned is a copy: readability need not copy it again.
	text, byline, density := mainText(cleaned, pageURL, true)
	if len(text) < 2*minText+200 { // a class misled the cleaning: read the page as it is
		if t, b, d := mainText(root, pageURL, false); len(t) > 2*len(text) {
			text, byline, density = t, b, d
		}
	}
	if dek := standfirst(h1, text); dek != "" {
		text = dek + " " + text // the lead's first sentence: the paragraph that opened the story stays in the lead
	}
	if b := bylineAuthor(doc); b != "" {
		byline = b
	}
	return text, authors(m, byline), density
}

// isArticle rejects home pages, pages without a title or text, and pages
// that are lists of links (tag and section pages) or short undated pages
// (about, contact) that no markup calls articles.
func isArticle(a vigie.Article, m meta, u *url.URL, linkDensity float64) bool {
	if strings.Trim(u.Path, "/") == "" && u.RawQuery == "" {
		return false
	}
	if a.Title == "" || len(a.Text) < minText || linkDensity > 0.5 {
		return false
	}
	ogType := strings.ToLower(m.tag("og:type"))
	marked := ogType == "article" || len(m.jsonld) > 0
	if a.Published.IsZero() && !marked && (linkDensity > 0.25 || len(a.Text) < 600) {
		return false
	}
	return ogType != "website" || len(m.jsonld) > 0 || !a.Published.IsZero()
}

func hash(title, text string) string {
	sum := sha256.Sum256([]byte(title + "\x00" + text))
	return hex.EncodeToString(sum[:16])
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
