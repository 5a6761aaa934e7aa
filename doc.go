// Package vigie holds the domain of Vigie, a service that watches the news
// for cyber attacks on local authorities: the sources it reads, the pages it
// fetches, the articles it extracts and the errors its parts report.
//
// It imports only the standard library. Each real-world part lives in a
// package of its own (crawler, extract, store, index, server) and talks to
// the others through the types declared here; cmd/vigie wires them together.
package vigie
