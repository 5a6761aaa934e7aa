// Package web is Vigie's pages for researchers: server-rendered HTML over
// the same services as the JSON API (package server mounts them at /).
//
// Every page works without JavaScript except the map; every asset (CSS,
// the vendored Leaflet, the boundary layer) is embedded, so the pages need
// no CDN. Pages speak French or English, chosen by hl= (remembered in a
// cookie; lang= is the articles' language filter), else by Accept-Language. The URL of a search page holds its whole
// state, so that it can be shared and bookmarked.
//
// The package reads and renders; it neither crawls, stores nor indexes.
package web
