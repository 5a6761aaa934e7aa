// Package crawler fetches news off the web, politely: feeds (RSS, Atom, JSON
// Feed, parsed with gofeed), paginated HTML listings and sitemaps, and the
// article pages they point to, all through one colly collector.
//
// The collector obeys robots.txt, sends at most one request at a time to a
// host with a configurable delay between them, names Vigie in its User-Agent,
// follows redirects (keeping the final URL), limits body size and time, and
// goes through HTTP_PROXY/HTTPS_PROXY/NO_PROXY. Bodies are handed on as UTF-8
// whatever charset the server declared.
//
// It does not extract articles (package extract) nor remember anything
// between crawls: the caller passes the validators it stored and saves the
// ones it gets back.
package crawler
