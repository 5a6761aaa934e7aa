// Package store is Vigie's system of record: the articles it has extracted,
// every URL known to lead to each of them, the raw pages they came from
// (trimmed to what extraction reads of them, package pagetrim, then
// zstd-compressed) and what Vigie remembers of each source between crawls. It keeps them in one
// SQLite database (modernc.org/sqlite, no cgo), whose schema it migrates on
// Open from the numbered SQL files in migrations/; or, given a postgres://
// URL, in a PostgreSQL database shared by many processes (pgx), migrated
// from the twins in migrations/postgres/ and read by the same SQL
// (dialect.go, postgres.go).
//
// It is not a search engine: full-text search, filters and facets belong to
// package index, which is rebuilt from AllArticles. Nor does it decide what
// an article is or whether it changed: the caller extracts the article and
// sets its Hash; store only compares hashes to avoid storing a page twice.
package store
