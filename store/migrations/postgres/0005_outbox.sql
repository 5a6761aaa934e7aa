-- PostgreSQL twin of ../0005_outbox.sql.
CREATE TABLE index_outbox (
	article_id BIGINT PRIMARY KEY,
	version    BIGINT NOT NULL DEFAULT 1
);

INSERT INTO index_outbox (article_id) SELECT id FROM articles;

ALTER TABLE sources ADD COLUMN retry_at TEXT;
ALTER TABLE sources ADD COLUMN disabled TEXT NOT NULL DEFAULT '';
