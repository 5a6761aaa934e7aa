// Package extract turns a fetched page into an article: its main text (with
// go-readability), title, publication time with its offset, language, site
// name, canonical URL and authors.
//
// Metadata is read from JSON-LD, Open Graph and other meta tags, <time>
// elements and, when a page has none, from what a reader sees: bylines and
// datelines in French, English, German, Italian and other languages, read
// with go-dateparser in the source's time zone. Language comes from the
// markup, the feed and the text itself, the text winning when it is long
// and clear. Paragraphs that a scraped copy repeats appear once.
//
// It does not fetch anything (package crawler) and does not decide whether
// an article reports an attack (package incident).
package extract
