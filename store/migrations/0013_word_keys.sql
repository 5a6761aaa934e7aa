-- Report keys now also name each in-scope victim by the words of its own
-- name, and a report that names no victim by the proper names of its title
-- and lead (incident.Keys), so that a follow-up can meet the incident whose
-- victim it spells: the reports stored before have not those keys until
-- the next full recluster, which this makes the next crawl cycle run.
UPDATE reports SET keyed = 0;
