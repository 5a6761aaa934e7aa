-- Articles whose search-index entry may be behind the store. A row is
-- written in the same transaction as the article it names and removed once
-- the index has the article, so that a crash between the two is replayed
-- at the next start; version counts the changes queued, so that a change
-- made while an earlier one was being indexed stays queued. No foreign
-- key: an article deleted since is removed from the index by the replay.
CREATE TABLE index_outbox (
	article_id INTEGER PRIMARY KEY,
	version    INTEGER NOT NULL DEFAULT 1
) STRICT;

-- Databases made before the outbox may have lost index entries to a crash:
-- every stored article is checked once.
INSERT INTO index_outbox (article_id) SELECT id FROM articles;

-- Back-off and disabling of failing sources: retry_at is the earliest next
-- attempt (Retry-After, exponential back-off), disabled the reason a source
-- stopped being crawled after too many failures in a row, '' when it is not.
ALTER TABLE sources ADD COLUMN retry_at TEXT;
ALTER TABLE sources ADD COLUMN disabled TEXT NOT NULL DEFAULT '';
