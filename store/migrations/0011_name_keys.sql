-- Report keys now also name each victim by its kind and official name
-- (incident.Keys), so that one body placed in two homonym towns can meet:
-- the reports stored before have not those keys until the next full
-- recluster, which this makes the next crawl cycle run.
UPDATE reports SET keyed = 0;
