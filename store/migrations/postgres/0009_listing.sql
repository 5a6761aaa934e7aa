-- PostgreSQL twin of ../0009_listing.sql: the language is compared as
-- lower(lang), where SQLite has COLLATE NOCASE.
CREATE INDEX articles_lang_published ON articles (lower(lang), published_unix);
CREATE INDEX articles_site_published ON articles (site, published_unix);
CREATE INDEX articles_published_facets ON articles (published_unix, lang, site);
