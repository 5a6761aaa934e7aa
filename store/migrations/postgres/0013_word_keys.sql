-- PostgreSQL twin of ../0013_word_keys.sql.
UPDATE reports SET keyed = 0;
