-- The change sequence: for each article, the number of its last change,
-- counting up across the store in the order the changes were written
-- (under the writers' lock). Every process that keeps search indexes (vigie
-- serve) follows it: it reads the changes after the last one it indexed.
-- No foreign key: a deleted article's change tells the indexes to remove
-- it. SQLite has no twin of this table (../0012_changes.sql): its one
-- writer's index follows the outbox.
CREATE TABLE changes (
	article_id BIGINT PRIMARY KEY,
	seq        BIGINT NOT NULL
);

CREATE UNIQUE INDEX changes_seq ON changes (seq);

INSERT INTO changes (article_id, seq) SELECT id, id FROM articles;
