// Package server is Vigie's HTTP API: a small, open, read-only JSON API
// over the articles and the incidents for researchers and newsrooms.
//
// Routes are listed in routes.go. Every error is JSON with a message; a
// malformed query or parameter is a 400, never a 500. The package neither
// crawls nor stores: it talks to the services of package vigie.
package server
