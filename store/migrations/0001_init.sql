-- Fetch state of each source, keyed by Source.Name.
CREATE TABLE sources (
	name          TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_fetch    TEXT,
	last_success  TEXT,
	last_status   INTEGER NOT NULL DEFAULT 0,
	last_error    TEXT NOT NULL DEFAULT '',
	failures      INTEGER NOT NULL DEFAULT 0,
	items         INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Articles, one row per article however many URLs lead to it. Times are
-- RFC 3339 UTC text with nanoseconds; published is vigie.Timestamp.String()
-- and published_unix its start in seconds, for ordering and ranges.
CREATE TABLE articles (
	id             INTEGER PRIMARY KEY,
	url            TEXT NOT NULL UNIQUE,
	canonical_url  TEXT NOT NULL DEFAULT '',
	source         TEXT NOT NULL DEFAULT '',
	site           TEXT NOT NULL DEFAULT '',
	title          TEXT NOT NULL DEFAULT '',
	published      TEXT NOT NULL DEFAULT '',
	published_unix INTEGER,
	precision      INTEGER NOT NULL DEFAULT 0,
	lang           TEXT NOT NULL DEFAULT '',
	authors        TEXT NOT NULL DEFAULT '[]',
	text           TEXT NOT NULL DEFAULT '',
	excerpt        TEXT NOT NULL DEFAULT '',
	etag           TEXT NOT NULL DEFAULT '',
	last_modified  TEXT NOT NULL DEFAULT '',
	hash           TEXT NOT NULL DEFAULT '',
	fetched_at     TEXT,
	created_at     TEXT NOT NULL,
	updated_at     TEXT NOT NULL,
	relevant       INTEGER NOT NULL DEFAULT 0,
	incidents      TEXT NOT NULL DEFAULT '[]'
) STRICT;

CREATE INDEX articles_published ON articles (published_unix);
CREATE INDEX articles_source ON articles (source);

-- Every URL known to lead to an article: as requested before redirects,
-- final, canonical.
CREATE TABLE article_urls (
	url        TEXT PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE INDEX article_urls_article ON article_urls (article_id);

-- The page each article was extracted from, body gzip-compressed.
CREATE TABLE raw_pages (
	article_id   INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	url          TEXT NOT NULL,
	content_type TEXT NOT NULL DEFAULT '',
	body         BLOB NOT NULL,
	fetched_at   TEXT
) STRICT;
