// Package index is Vigie's full-text index of articles, kept with bleve.
//
// It answers searches with article ids, totals and facets; it is not where
// articles live: nothing but the URL is stored in it, and the store (SQLite)
// stays the system of record. The index can be dropped and rebuilt from the
// store at any time (`vigie reindex`), which is what to do when Open reports
// that an index was built with another MappingVersion.
//
// # Analysis
//
// Every article is indexed folded: accents removed, lowercase, French and
// Italian elisions dropped (l', d', qu', dell'...), no stemming, so that
// "Séez" and "seez" or "L'Hôpital" and "hopital" meet. French and English
// articles are also indexed stemmed in their language, with stop words
// removed, so that "rançongiciels" finds "rançongiciel" and "attacks" finds
// "attack".
//
// # Query language
//
// ArticleFilter.Query, the q= parameter of the API, is a list of terms
// separated by spaces:
//
//	seez rancongiciel     both words, in any order (AND)
//	"conseil municipal"   the words in a row (phrase, folded)
//	-exercice             excludes articles containing the word
//	-"fausse alerte"      excludes articles containing the phrase
//	cyberatta*            a word starting with the prefix (2 letters at least)
//
// All the terms must match. Matching ignores case and accents. A word
// matches an article having it folded, or stemmed in the article's language
// (French or English), in its title or its text; a match in the title
// weighs more. Phrases, exclusions and prefixes use the folded words only.
// A word made of several words once analyzed ("Saint-Denis", "l'attaque")
// needs all of them. Punctuation alone is ignored; there is no OR and no
// grouping. An empty query matches every article.
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
// that day). Results come by relevance when there is a query, latest first
// otherwise, in pages of Size (20 by default, 100 at most; pages past the
// 100,000th result are refused); Facets count the matching articles per
// language and per site, top 20, most first.
package index
