package store

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// The store's SQL is written once, for SQLite; PostgreSQL runs it through
// toPostgres, at the driver (see postgres.go), so that every query of the
// store, its tests' included, reads both engines alike. What differs is
// small: placeholders (?, ?N and :name become $N), a JSON list read as a
// table, SQLite's NOCASE collation, its json_group_array, INSERT OR IGNORE,
// and where NULLs sort. The rest is SQL both engines speak (ON CONFLICT,
// RETURNING). What it does not translate fails on PostgreSQL with the
// server's error: LastInsertId (write RETURNING id), INSERT OR REPLACE
// (write ON CONFLICT … DO UPDATE), SQLite's date functions, PRAGMA.

// pgQuery is a query translated for PostgreSQL.
type pgQuery struct {
	sql string
	// names, for a query written with :name parameters, names the value
	// of each $N in order; nil when the arguments keep their order.
	names []string
}

// pgQueries caches translations: the store's queries are few and fixed.
var pgQueries sync.Map // string -> *pgQuery

// pgRewrites turn SQLite-only fragments into PostgreSQL's, before the
// placeholders are numbered.
var pgRewrites = []struct {
	re   *regexp.Regexp
	repl string
}{
	// a JSON array as a table of one column, value (text)
	{regexp.MustCompile(`json_each\((\?\d*)\)`), `json_array_elements_text(${1}::json) AS value`},
	{regexp.MustCompile(`json_group_array\((\w+)\)`), `coalesce(json_agg(${1})::text, '[]')`},
	{regexp.MustCompile(`lang = \? COLLATE NOCASE`), `lower(lang) = ?`},
	{regexp.MustCompile(`lang COLLATE NOCASE`), `lower(lang)`},
	// SQLite sorts NULLs first, PostgreSQL last: undated articles list last
	{regexp.MustCompile(`published_unix DESC`), `published_unix DESC NULLS LAST`},
}

// toPostgres translates a query of the store for PostgreSQL.
func toPostgres(query string) *pgQuery {
	if q, ok := pgQueries.Load(query); ok {
		return q.(*pgQuery)
	}
	s := insertOrIgnore(query)
	for _, r := range pgRewrites {
		s = r.re.ReplaceAllString(s, r.repl)
	}
	q := numberPlaceholders(s)
	pgQueries.Store(query, q)
	return q
}

// insertOrIgnoreRE matches SQLite's INSERT OR IGNORE, and the RETURNING
// clause after which PostgreSQL's ON CONFLICT cannot come.
var (
	insertOrIgnoreRE = regexp.MustCompile(`^(\s*)INSERT OR IGNORE INTO`)
	returningRE      = regexp.MustCompile(`\sRETURNING\s`)
)

// insertOrIgnore turns SQLite's INSERT OR IGNORE INTO … into INSERT INTO …
// ON CONFLICT DO NOTHING, which both engines speak (and the store's own
// SQL writes): code written for SQLite alone keeps working.
func insertOrIgnore(q string) string {
	if !insertOrIgnoreRE.MatchString(q) {
		return q
	}
	q = insertOrIgnoreRE.ReplaceAllString(q, "${1}INSERT INTO")
	if loc := returningRE.FindStringIndex(q); loc != nil {
		return q[:loc[0]] + " ON CONFLICT DO NOTHING" + q[loc[0]:]
	}
	return strings.TrimRight(strings.TrimSpace(q), ";") + " ON CONFLICT DO NOTHING"
}

// numberPlaceholders turns ?, ?N and :name placeholders outside quotes and
// comments into $N. Repeated names share one number.
func numberPlaceholders(s string) *pgQuery {
	var b strings.Builder
	q := &pgQuery{}
	n := 0
	number := map[string]int{}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '"':
			j := strings.IndexByte(s[i+1:], c) + i + 1 // the closing quote
			if j == i {
				j = len(s) - 1
			}
			b.WriteString(s[i : j+1])
			i = j
		case c == '-' && strings.HasPrefix(s[i:], "--"):
			j := strings.IndexByte(s[i:], '\n') + i // the end of the comment
			if j < i {
				j = len(s) - 1
			}
			b.WriteString(s[i : j+1])
			i = j
		case c == '?':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j > i+1 {
				b.WriteString("$" + s[i+1:j])
			} else {
				n++
				b.WriteString("$" + strconv.Itoa(n))
			}
			i = j - 1
		case c == ':' && i+1 < len(s) && s[i+1] == ':':
			b.WriteString("::")
			i++
		case c == ':' && i+1 < len(s) && isNameByte(s[i+1]):
			j := i + 1
			for j < len(s) && isNameByte(s[j]) {
				j++
			}
			name := s[i+1 : j]
			if number[name] == 0 {
				q.names = append(q.names, name)
				number[name] = len(q.names)
			}
			b.WriteString("$" + strconv.Itoa(number[name]))
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	q.sql = b.String()
	return q
}

func isNameByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
