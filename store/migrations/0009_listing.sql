-- The newest-first article listing filtered by language or site is read
-- from these indexes (store.ListArticles), not from the full-text index;
-- its facets (counts per language and site) from the last one, which
-- covers them within a date range.
CREATE INDEX articles_lang_published ON articles (lang COLLATE NOCASE, published_unix);
CREATE INDEX articles_site_published ON articles (site, published_unix);
CREATE INDEX articles_published_facets ON articles (published_unix, lang, site);
