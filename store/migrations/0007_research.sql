-- The incidents as a researcher reads them in SQLite (or Datasette): every
-- body an incident names and every evidence sentence in real tables, and
-- views flattening incidents.data and joining incident_articles to the
-- articles. Written with each incident by insertIncident
-- (insertResearchRows); dropped with it by the cascades.

CREATE TABLE incident_body (
	incident_id     TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
	position        INTEGER NOT NULL, -- 0: the victim; 1, 2…: also affected
	role            TEXT NOT NULL,    -- victim or also_affected
	name            TEXT,
	official        TEXT,
	kind            TEXT,
	place           TEXT,
	insee           TEXT,
	department      TEXT,
	department_name TEXT,
	region          TEXT,
	country         TEXT,
	lat             REAL,
	lon             REAL,
	PRIMARY KEY (incident_id, position)
) STRICT;

CREATE TABLE evidence (
	incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	field       TEXT NOT NULL,
	value       TEXT,
	sentence    TEXT NOT NULL,
	article_id  INTEGER,
	url         TEXT,
	PRIMARY KEY (incident_id, position)
) STRICT;

CREATE INDEX evidence_article ON evidence (article_id);
CREATE INDEX incident_body_insee ON incident_body (insee);

CREATE VIEW incident AS
SELECT id,
	data ->> '$.title' AS title,
	data ->> '$.summary' AS summary,
	nullif(data ->> '$.victim.official', '') AS victim,
	nullif(data ->> '$.victim.kind', '') AS victim_kind,
	nullif(data ->> '$.victim.place.name', '') AS place,
	data ->> '$.victim.place.insee' AS insee,
	data ->> '$.victim.place.department' AS department,
	data ->> '$.victim.place.department_name' AS department_name,
	data ->> '$.victim.place.region' AS region,
	nullif(data ->> '$.victim.place.country', '') AS country,
	data ->> '$.victim.place.lat' AS lat,
	data ->> '$.victim.place.lon' AS lon,
	data ->> '$.attack' AS attack,
	data ->> '$.group' AS grp,
	nullif(start, '') AS start,
	data ->> '$.discovered' AS discovered,
	data ->> '$.ransom' AS ransom,
	data ->> '$.ransom_amount' AS ransom_amount,
	in_scope,
	round(data ->> '$.confidence', 2) AS confidence,
	first_reported,
	last_updated
FROM incidents;

CREATE VIEW incident_article AS
SELECT ia.incident_id, ia.article_id, ia.role, a.url, a.site, a.title, a.lang, nullif(a.published, '') AS published
FROM incident_articles ia JOIN articles a ON a.id = ia.article_id;
