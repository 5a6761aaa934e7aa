-- A counter of the changes to the incidents, bumped by triggers whoever
-- writes them: the incident index records the version it was built from,
-- so that a start (or a crawl cycle) can tell in O(1) whether it is behind.
CREATE TABLE incidents_version (version INTEGER NOT NULL) STRICT;
INSERT INTO incidents_version (version) VALUES (0);

CREATE TRIGGER incidents_inserted AFTER INSERT ON incidents BEGIN UPDATE incidents_version SET version = version + 1; END;
CREATE TRIGGER incidents_updated AFTER UPDATE ON incidents BEGIN UPDATE incidents_version SET version = version + 1; END;
CREATE TRIGGER incidents_deleted AFTER DELETE ON incidents BEGIN UPDATE incidents_version SET version = version + 1; END;
CREATE TRIGGER incident_articles_inserted AFTER INSERT ON incident_articles BEGIN UPDATE incidents_version SET version = version + 1; END;
CREATE TRIGGER incident_articles_updated AFTER UPDATE ON incident_articles BEGIN UPDATE incidents_version SET version = version + 1; END;
CREATE TRIGGER incident_articles_deleted AFTER DELETE ON incident_articles BEGIN UPDATE incidents_version SET version = version + 1; END;
