-- PostgreSQL twin of ../0003_report_keys.sql.
CREATE TABLE report_keys (
	key        TEXT COLLATE "C" NOT NULL,
	article_id BIGINT NOT NULL REFERENCES reports (article_id) ON DELETE CASCADE,
	PRIMARY KEY (key, article_id)
);

CREATE INDEX report_keys_article ON report_keys (article_id);

ALTER TABLE reports ADD COLUMN keyed BIGINT NOT NULL DEFAULT 0;

CREATE INDEX reports_unkeyed ON reports (article_id) WHERE keyed = 0;
