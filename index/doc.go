// Package index is Vigie's full-text index of articles and of incidents,
// kept with bleve in two indexes: Index (Open) and Incidents (OpenIncidents).
//
// It answers searches with ids, totals and facets; it is not where articles
// and incidents live: nothing but an article's URL is stored in it, and the
// store (SQLite) stays the system of record. Either index can be dropped
// and rebuilt from the store at any time (`vigie reindex`), which is what to
// do when Open or OpenIncidents reports that an index was built with
// another MappingVersion or IncidentMappingVersion.
//
// # Analysis
//
// An article's title and text are analysed once, by the analyzer of its
// language, into that language's two fields (title_fr and text_fr for
// French...): accents removed, lowercase, elisions dropped (l', d', qu',
// dell'...), and, in French, English, German, Italian, Spanish and Dutch,
// stop words removed and words stemmed, so that "Séez" and "seez",
// "L'Hôpital" and "hopital", "rançongiciels" and "rançongiciel",
// "attacks" and "attack" meet. Articles in any other language, or in none,
// are only folded (title and text). Positions are kept in every text field,
// for phrases.
//
// # Query language
//
// ArticleFilter.Query, the q= parameter of the API, is a list of terms
// separated by spaces:
//
//	seez rancongiciel     both words, in any order (AND)
//	"conseil municipal"   the words in a row (phrase)
//	-exercice             excludes articles containing the word
//	-"fausse alerte"      excludes articles containing the phrase
//	cyberatta*            a word starting with the prefix (2 letters at least)
//
// All the terms must match. Matching ignores case and accents. An article
// matches when every term matches in its title or its text as its
// language's analyzer reads the term: a word matches its stemmed forms in
// the six stemmed languages, a phrase the words in a row (a stop word
// between them matches any word), a prefix the words starting with it as
// typed or as stemmed ("attaques*" finds "attaque"). A word that language
// drops as a stop word asks nothing of its articles ("la mairie" finds
// French articles with "mairie"; a query of French stop words alone finds
// no French article). A match in the title weighs more. With a
// Lang filter only that language's fields are read. A word made of several
// words once analyzed ("Saint-Denis", "l'attaque") needs all of them in
// one field. Punctuation alone is ignored; there is no OR and no grouping.
// An empty query matches every article.
//
// A search finding fewer than FuzzyBelow articles is tried again with
// typos forgiven: words of four letters or more, once stemmed, match
// within one edit, two from eight letters.
//
// A query is refused with a *vigie.Error of code EINVALID when it has an
// unbalanced quote, a * with no prefix or too short a prefix, only
// exclusions, no word at all, or more than 1000 bytes.
//
// # Filters, order and pages
//
// Lang matches the article language exactly, ignoring case; Site matches
// the site or the source name exactly; From and To bound the publication
// time, inclusive (an article known to the day is indexed at 00:00 UTC of
// that day). Results come by relevance when there is a query (equal scores
// by document id), latest first otherwise, in pages of Size (20 by default, 100 at most; pages past the
// 100,000th result are refused); Facets count the matching articles per
// language and per site, top 20, most first.
//
// # Incidents
//
// The incidents are indexed as a whole: Incidents.Replace takes the set
// the last clustering made. IncidentFilter.Query is read as above; its
// words are looked for in the title and the summary (which Vigie writes in
// English: stemmed in English), the victim's official name and name as
// written, the names of the other bodies hit, the victim's commune,
// département and region, the threat group (names, folded only), and the
// evidence sentences, each stemmed in the language of its article (the
// six above; folded only in any other). Each text is analysed once, and
// each term read by the analyzer of each field: an incident matches when
// every term matches in one of its fields. A term an analyzer drops as a
// stop word ("la", "the", "und") asks nothing of the texts that analyzer
// wrote when another word of the query is one it keeps: "seez und" finds
// "Séez" in an incident with German evidence, or with "und" in a name; a
// query of stop words alone ("de la") needs them in a field that keeps
// them (names, unstemmed languages).
// A match in the title or the victim's name weighs more.
//
// Country matches the victim's ISO code ignoring case; Region its region's
// official name ignoring case, accents and punctuation ("ile de france"
// finds "Île-de-France"); Department its département code ignoring case
// ("2a"); Attack and Kind the attack type and victim kind exactly; InScope,
// when set, whether the victim is a local authority. From and To bound the
// start, inclusive: a start known to the day or month is indexed at 00:00
// UTC of its first day, so that a month matches only a From on or before
// its first day. Near keeps the incidents whose victim's place is within
// Km kilometres of the point (DefaultKm when Km is 0); incidents with no
// known point are left out of such searches. Results come by relevance with
// a query, latest start first otherwise (undated last, then by id); Facets
// count the matching incidents per country, region, département, attack,
// victim kind and year of the start, top 30, most first.
//
// # Facets
//
// Counting facets visits every match, which costs more than finding the
// page: a filter with NoFacets set gets none (feeds, exports, the widget
// and charts ask for none). Facets depend on the filter, not on its page,
// size or order, so both indexes keep those of the last few hundred filters
// until the next write: paging through results counts them once.
//
// The incident index also keeps, until the next write, a window of five
// pages around each page asked, so that a page asked again or the next
// one costs no search. Beside bleve it holds a table of every incident's
// filter, facet and order values and of its point (a few hundred bytes an
// incident), which Replace and Update keep in step and OpenIncidents reads
// back from the index's doc values. The table tests every filter, a
// distance from a point too (as bleve does, with its own functions: the
// cells it would search, then geo.Haversin). A search without words is
// answered from the table alone, rows read in the date order; one with
// words asks bleve for the ids (and scores, when ranked) of every match of
// its words and filters but the point, no page, no facet (bleve's filters
// do not change scores), and the table keeps those near the point, orders
// them and counts their facets: one pass of bleve instead of two, and no
// point read back from the index. A sort by distance, or a match the table does
// not know yet (a write between the two), is left to bleve: the page in
// one search, the facets in another from one field holding every facet's
// values.
package index
