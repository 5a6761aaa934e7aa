-- What the incident analysis read in each article (vigie.Report as JSON).
CREATE TABLE reports (
	article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	relevant    INTEGER NOT NULL DEFAULT 0,
	report      TEXT NOT NULL,
	analyzed_at TEXT NOT NULL
) STRICT;

-- Incidents (vigie.Incident as JSON, without its sources), with the
-- columns listings sort and filter on.
CREATE TABLE incidents (
	id             TEXT PRIMARY KEY,
	start          TEXT NOT NULL DEFAULT '',
	in_scope       INTEGER NOT NULL DEFAULT 1,
	first_reported TEXT,
	last_updated   TEXT,
	data           TEXT NOT NULL
) STRICT;

-- The articles that report each incident.
CREATE TABLE incident_articles (
	incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
	article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	role        TEXT NOT NULL,
	PRIMARY KEY (incident_id, article_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX incident_articles_article ON incident_articles (article_id);
