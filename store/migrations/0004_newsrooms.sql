-- Confirmed subscribers of the weekly digest. The address is kept sealed
-- (AES-GCM) and found by its keyed hash: nothing is stored in clear that
-- does not need to be. Unconfirmed requests are not stored at all: the
-- signed confirmation link carries them.
CREATE TABLE subscribers (
	id             INTEGER PRIMARY KEY,
	address_hash   BLOB NOT NULL UNIQUE,
	address_sealed BLOB NOT NULL,
	filter         TEXT NOT NULL,
	created_at     TEXT NOT NULL,
	bounces        INTEGER NOT NULL DEFAULT 0
) STRICT;

-- One row per (subscriber, ISO week) the digest was sent or tried for.
-- state: sending (claimed, outcome unknown), sent, failed (temporary, to
-- retry), bounced (permanent). A row is written before the next email goes
-- out, so that a restart never sends a "sent" digest twice.
CREATE TABLE digest_sends (
	subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
	week          TEXT NOT NULL,
	state         TEXT NOT NULL,
	message_id    TEXT NOT NULL,
	attempts      INTEGER NOT NULL DEFAULT 0,
	error         TEXT NOT NULL DEFAULT '',
	updated_at    TEXT NOT NULL,
	PRIMARY KEY (subscriber_id, week)
) STRICT, WITHOUT ROWID;

-- Keys generated once and kept, such as the digest's signing key when the
-- environment gives none.
CREATE TABLE secrets (
	name TEXT PRIMARY KEY,
	key  BLOB NOT NULL
) STRICT;

-- Webhooks: when each configured URL was first seen, and the incidents
-- pushed to it (those it was registered after are marked existing).
CREATE TABLE webhooks (
	url   TEXT PRIMARY KEY,
	since TEXT NOT NULL
) STRICT;

CREATE TABLE webhook_deliveries (
	url          TEXT NOT NULL REFERENCES webhooks (url) ON DELETE CASCADE,
	incident_id  TEXT NOT NULL,
	state        TEXT NOT NULL, -- existing, failed (to retry), delivered, given-up
	attempts     INTEGER NOT NULL DEFAULT 0,
	error        TEXT NOT NULL DEFAULT '',
	updated_at   TEXT NOT NULL,
	PRIMARY KEY (url, incident_id)
) STRICT, WITHOUT ROWID;
