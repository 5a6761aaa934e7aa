// Package corpus serves an offline copy of the news web: a folder of
// fictional sites under the reserved .test domain (see
// testdata/corpus/README.md at the root of the repository), for `vigie demo`
// and for tests that crawl end to end without a network.
//
// A Server answers both as an origin server and as a forward proxy, so a
// crawler reaches every site through one address, for example with an
// http.Transport whose Proxy is the server's URL. It records every request,
// which lets a test check politeness, robots.txt and conditional GET.
//
// It is a port of shared/tools/corpusd as a library. It is not a general web
// server: it serves only GET-like answers from files, never HTTPS, and it
// trusts the folder it is given.
package corpus
