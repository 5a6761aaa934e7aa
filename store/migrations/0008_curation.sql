-- Curators' corrections (vigie.Correction), applied after every
-- clustering; never deleted, so that each incident's history is whole.
CREATE TABLE corrections (
	id          INTEGER PRIMARY KEY,
	kind        TEXT NOT NULL,
	incident_id TEXT NOT NULL DEFAULT '',
	field       TEXT NOT NULL DEFAULT '',
	value       TEXT NOT NULL DEFAULT '',
	article_id  INTEGER NOT NULL DEFAULT 0,
	into_id     TEXT NOT NULL DEFAULT '',
	who         TEXT NOT NULL,
	why         TEXT NOT NULL,
	at          TEXT NOT NULL
) STRICT;

CREATE INDEX corrections_incident ON corrections (incident_id);
CREATE INDEX corrections_into ON corrections (into_id);
