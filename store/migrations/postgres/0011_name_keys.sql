-- PostgreSQL twin of ../0011_name_keys.sql.
UPDATE reports SET keyed = 0;
