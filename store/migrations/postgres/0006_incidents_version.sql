-- PostgreSQL twin of ../0006_incidents_version.sql: one trigger function
-- bumps the version at every row written, as SQLite's triggers do.
CREATE TABLE incidents_version (version BIGINT NOT NULL);
INSERT INTO incidents_version (version) VALUES (0);

CREATE FUNCTION bump_incidents_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE incidents_version SET version = version + 1;
	RETURN NULL;
END $$;

CREATE TRIGGER incidents_changed AFTER INSERT OR UPDATE OR DELETE ON incidents
	FOR EACH ROW EXECUTE FUNCTION bump_incidents_version();
CREATE TRIGGER incident_articles_changed AFTER INSERT OR UPDATE OR DELETE ON incident_articles
	FOR EACH ROW EXECUTE FUNCTION bump_incidents_version();
