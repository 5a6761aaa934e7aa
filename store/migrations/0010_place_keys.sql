-- Report keys now also name where each victim sits (incident.Keys): the
-- reports stored before have not those keys until the next full
-- recluster, which this makes the next crawl cycle run.
UPDATE reports SET keyed = 0;
