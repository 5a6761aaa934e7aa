-- The identities of the bodies each report says were hit (incident.Keys).
-- A crawl cycle reclusters only the reports that share keys with new ones.
CREATE TABLE report_keys (
	key        TEXT NOT NULL,
	article_id INTEGER NOT NULL REFERENCES reports (article_id) ON DELETE CASCADE,
	PRIMARY KEY (key, article_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX report_keys_article ON report_keys (article_id);

-- 1 once the report's keys are recorded: reports stored before this table
-- have none until the next full recluster.
ALTER TABLE reports ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0;

CREATE INDEX reports_unkeyed ON reports (article_id) WHERE keyed = 0;
