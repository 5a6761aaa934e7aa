// Package syndication writes searches of incidents and articles as Atom,
// RSS 2.0 and JSON Feed 1.1 with github.com/gorilla/feeds, their HTML
// content sanitised with bluemonday and each entry's id stable, and serves
// them with conditional GET (ETag, Last-Modified, 304).
//
// It does not search: the server runs the search and hands the results
// here. It does not read feeds either; the crawler does.
package syndication
