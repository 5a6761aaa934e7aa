// Package crawler fetches news off the web, politely: feeds (RSS, Atom, JSON
// Feed, parsed with gofeed), paginated HTML listings and sitemaps, and the
// article pages they point to, all through one colly collector.
//
// The collector obeys robots.txt, sends at most one request at a time to a
// host with a configurable delay between them, names Vigie in its User-Agent,
// follows redirects one hop at a time (each hop checked against its host's
// robots.txt and delay, the final URL kept), limits body size and time, and
// goes through HTTP_PROXY/HTTPS_PROXY/NO_PROXY. Bodies are handed on as UTF-8
// whatever charset the server declared, unless the bytes show the
// declaration cannot be right.
//
// The web it reads is hostile. Compressed bodies (any Content-Encoding
// spelling, nested codings, .gz URLs) are inflated by the crawler's own
// transport through the body cap, so a bomb never grows past MaxBodySize.
// Addresses that are not the public internet (loopback, private,
// link-local, carrier-grade NAT, multicast, unspecified, and their
// IPv4-mapped forms) are refused at dial time and, in whatever form a URL
// spells them, before a request goes to a proxy; Options.AllowPrivate lists
// the exceptions. WithDeadline bounds the time a source may take.
//
// It does not extract articles (package extract) nor remember anything
// between crawls: the caller passes the validators it stored and saves the
// ones it gets back.
package crawler
