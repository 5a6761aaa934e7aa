package web

// dictField is one field of an export or table.
type dictField struct{ Name, Type, About string }

// dictSection is one export or table of the data dictionary.
type dictSection struct {
	ID, Title, About string
	Fields           []dictField
}

// dictionary describes every field of the exports and of the SQLite
// tables and views, the data dictionary page.
var dictionary = struct {
	Intro    string
	Sections []dictSection
}{
	Intro: "Every search of the incidents (/api/incidents) can be downloaded as JSON, CSV, JSON Lines or GeoJSON with format= or the Accept header; `vigie export` writes the whole record. The SQLite file (data/vigie.db) holds the same record in the tables and views below; open it with sqlite3 or Datasette. A field unknown to Vigie is null in JSON Lines and GeoJSON and empty in CSV.",
	Sections: []dictSection{
		{ID: "incident-export", Title: "Incident (CSV, JSON Lines, GeoJSON properties)", About: "One row per incident: one real attack, however many articles report it.", Fields: []dictField{
			{"id", "text", "Stable identifier: YYYY-MM-victim, never changed by articles joining the incident. Cite it with /incidents/{id}."},
			{"title", "text", "Short English title written by Vigie."},
			{"victim", "text", "Official name of the main victim, e.g. \"Mairie de Séez\"."},
			{"victim_kind", "text", "commune, intercommunalite, departement, region, local-public-body, hospital, school, company, national-body or other."},
			{"place", "text", "Commune (or municipality) of the victim, official spelling."},
			{"insee", "text", "French INSEE commune code of the place; null outside France."},
			{"department", "text", "French département code (73, 2A, 974); null outside France."},
			{"region", "text", "First-level subdivision: French région, Land, regione…"},
			{"country", "text", "ISO 3166-1 alpha-2 code."},
			{"lat, lon", "number", "WGS 84 position of the place (GeoJSON: the geometry); null when unknown."},
			{"attack", "text", "ransomware, ddos, data-breach, defacement, phishing, intrusion or unknown."},
			{"group", "text", "Threat group named by the press; null when none."},
			{"start", "date", "When the attack began, as precisely as known: YYYY-MM, YYYY-MM-DD or RFC 3339; null when unknown."},
			{"discovered", "date", "When it was discovered, same format; null when unknown."},
			{"also_affected", "list of text", "Other bodies hit by the same attack (CSV: separated by \"; \")."},
			{"impacts", "list of text", "servers, email, website, phones, services-suspended, data-encrypted, data-leaked."},
			{"responses", "list of text", "anssi-notified, cert-notified, complaint-filed, cnil-notified."},
			{"ransom", "text", "demanded, refused, paid or none; null when the press says nothing."},
			{"ransom_amount", "text", "Amount as written; null when none."},
			{"in_scope", "boolean", "True when the victim is a local authority or local public body."},
			{"confidence", "number", "0 to 1, two decimals: how sure the analysis is that this is an attack on this victim."},
			{"first_reported, last_updated", "time", "RFC 3339 UTC: publication of the first and latest article."},
			{"articles", "list of URL", "The articles reporting the incident (CSV: separated by spaces)."},
			{"distance_km", "number", "With near=: kilometres from the point to the place, one decimal."},
		}},
		{ID: "table-incidents", Title: "Table incidents and view incident", About: "incidents holds each incident as JSON in data, with the columns listings sort on (id, start, in_scope, first_reported, last_updated). The view incident flattens data into columns: id, title, summary, victim, victim_kind, place, insee, department, department_name, region, country, lat, lon, attack, grp (the group), start, discovered, ransom, ransom_amount, in_scope, confidence, first_reported, last_updated.", Fields: []dictField{
			{"id", "text", "As above."},
			{"data", "JSON", "The whole incident (vigie.Incident)."},
		}},
		{ID: "table-incident-articles", Title: "Table incident_articles and view incident_article", About: "Which articles report which incident; the view adds each article's url, site, title, lang and published.", Fields: []dictField{
			{"incident_id", "text", "incidents.id"},
			{"article_id", "integer", "articles.id"},
			{"role", "text", "first-report or follow-up."},
		}},
		{ID: "table-incident-body", Title: "Table incident_body", About: "Every body an incident names: its victim and the other bodies hit, one row each.", Fields: []dictField{
			{"incident_id", "text", "incidents.id"},
			{"position", "integer", "0 for the victim, then 1, 2… for the also-affected bodies."},
			{"role", "text", "victim or also_affected."},
			{"name", "text", "As written in the article."},
			{"official", "text", "Official name."},
			{"kind", "text", "As victim_kind."},
			{"place, insee, department, department_name, region, country, lat, lon", "", "The body's place, null when unknown."},
		}},
		{ID: "table-evidence", Title: "Table evidence", About: "The sentence each field of an incident was read from, and its article.", Fields: []dictField{
			{"incident_id", "text", "incidents.id"},
			{"position", "integer", "Order within the incident."},
			{"field", "text", "victim, place, attack, group, start, discovered, also_affected, impact, response, ransom or mention."},
			{"value", "text", "The value read."},
			{"sentence", "text", "The sentence, as written in the article."},
			{"article_id", "integer", "articles.id; null when unknown."},
			{"url", "text", "The article's URL."},
		}},
		{ID: "table-articles", Title: "Table articles (CSV, JSON Lines of /api/articles)", About: "One row per article, however many URLs lead to it.", Fields: []dictField{
			{"id", "integer", "Stable identifier; /articles/{id}."},
			{"url, canonical_url", "URL", "Final URL of the page; the canonical URL it declares."},
			{"title", "text", "Title of the article."},
			{"published", "date", "Publication, as precisely as known."},
			{"lang", "text", "ISO 639-1 language."},
			{"site, source", "text", "The outlet's name; the configured source that led to it."},
			{"relevant", "boolean", "Reports an attack on a local authority."},
			{"incidents", "list of text", "Ids of the incidents it reports."},
		}},
	},
}
