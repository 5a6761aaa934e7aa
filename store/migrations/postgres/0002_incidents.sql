-- PostgreSQL twin of ../0002_incidents.sql.
CREATE TABLE reports (
	article_id  BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	relevant    BIGINT NOT NULL DEFAULT 0,
	report      TEXT NOT NULL,
	analyzed_at TEXT NOT NULL
);

CREATE TABLE incidents (
	id             TEXT COLLATE "C" PRIMARY KEY,
	start          TEXT COLLATE "C" NOT NULL DEFAULT '',
	in_scope       BIGINT NOT NULL DEFAULT 1,
	first_reported TEXT,
	last_updated   TEXT,
	data           TEXT NOT NULL
);

CREATE TABLE incident_articles (
	incident_id TEXT COLLATE "C" NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
	article_id  BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	role        TEXT NOT NULL,
	PRIMARY KEY (incident_id, article_id)
);

CREATE INDEX incident_articles_article ON incident_articles (article_id);
