-- PostgreSQL twin of ../0007_research.sql: the same tables and views for
-- researchers (psql, Metabase…), incidents.data read as jsonb.
CREATE TABLE incident_body (
	incident_id     TEXT COLLATE "C" NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
	position        BIGINT NOT NULL,
	role            TEXT NOT NULL,
	name            TEXT,
	official        TEXT,
	kind            TEXT,
	place           TEXT,
	insee           TEXT,
	department      TEXT,
	department_name TEXT,
	region          TEXT,
	country         TEXT,
	lat             DOUBLE PRECISION,
	lon             DOUBLE PRECISION,
	PRIMARY KEY (incident_id, position)
);

CREATE TABLE evidence (
	incident_id TEXT COLLATE "C" NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
	position    BIGINT NOT NULL,
	field       TEXT NOT NULL,
	value       TEXT,
	sentence    TEXT NOT NULL,
	article_id  BIGINT,
	url         TEXT,
	PRIMARY KEY (incident_id, position)
);

CREATE INDEX evidence_article ON evidence (article_id);
CREATE INDEX incident_body_insee ON incident_body (insee);

CREATE VIEW incident AS
SELECT id,
	data::jsonb ->> 'title' AS title,
	data::jsonb ->> 'summary' AS summary,
	nullif(data::jsonb #>> '{victim,official}', '') AS victim,
	nullif(data::jsonb #>> '{victim,kind}', '') AS victim_kind,
	nullif(data::jsonb #>> '{victim,place,name}', '') AS place,
	data::jsonb #>> '{victim,place,insee}' AS insee,
	data::jsonb #>> '{victim,place,department}' AS department,
	data::jsonb #>> '{victim,place,department_name}' AS department_name,
	data::jsonb #>> '{victim,place,region}' AS region,
	nullif(data::jsonb #>> '{victim,place,country}', '') AS country,
	(data::jsonb #>> '{victim,place,lat}')::double precision AS lat,
	(data::jsonb #>> '{victim,place,lon}')::double precision AS lon,
	data::jsonb ->> 'attack' AS attack,
	data::jsonb ->> 'group' AS grp,
	nullif(start, '') AS start,
	data::jsonb ->> 'discovered' AS discovered,
	data::jsonb ->> 'ransom' AS ransom,
	data::jsonb ->> 'ransom_amount' AS ransom_amount,
	in_scope,
	round((data::jsonb ->> 'confidence')::numeric, 2)::double precision AS confidence,
	first_reported,
	last_updated
FROM incidents;

CREATE VIEW incident_article AS
SELECT ia.incident_id, ia.article_id, ia.role, a.url, a.site, a.title, a.lang, nullif(a.published, '') AS published
FROM incident_articles ia JOIN articles a ON a.id = ia.article_id;
