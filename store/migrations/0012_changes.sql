-- The change sequence: for each article, the number of its last change,
-- counting up across the store in the order the changes were written
-- (under the writers' lock). Every replica of vigie serve on PostgreSQL
-- keeps its own search index in step by reading the changes after the
-- last one it indexed. No foreign key: a deleted article's change tells
-- the replicas to remove it.
CREATE TABLE changes (
	article_id INTEGER PRIMARY KEY,
	seq        INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX changes_seq ON changes (seq);

INSERT INTO changes (article_id, seq) SELECT id, id FROM articles;
