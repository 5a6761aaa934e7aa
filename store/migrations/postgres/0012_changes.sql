-- PostgreSQL twin of ../0012_changes.sql.
CREATE TABLE changes (
	article_id BIGINT PRIMARY KEY,
	seq        BIGINT NOT NULL
);

CREATE UNIQUE INDEX changes_seq ON changes (seq);

INSERT INTO changes (article_id, seq) SELECT id, id FROM articles;
