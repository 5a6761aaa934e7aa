-- PostgreSQL twin of ../0010_place_keys.sql.
UPDATE reports SET keyed = 0;
