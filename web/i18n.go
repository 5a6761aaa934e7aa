package web

import (
	"net/http"
	"strings"

	"golang.org/x/text/language"
)

// langs are the languages of the pages, the first being the default.
var langs = []string{"en", "fr"}

var matcher = language.NewMatcher([]language.Tag{language.English, language.French})

// pageLang returns the language of the page asked by r: hl= first (lang=
// filters articles by theirs), then the hl cookie, then Accept-Language.
func pageLang(r *http.Request) string {
	for _, s := range []string{r.URL.Query().Get("hl"), cookie(r, "hl")} {
		if s == "en" || s == "fr" {
			return s
		}
	}
	tags, _, err := language.ParseAcceptLanguage(r.Header.Get("Accept-Language"))
	if err != nil || len(tags) == 0 {
		return langs[0]
	}
	_, i, _ := matcher.Match(tags...)
	return langs[i]
}

func cookie(r *http.Request, name string) string {
	c, err := r.Cookie(name)
	if err != nil {
		return ""
	}
	return c.Value
}

// translate returns the text of key in lang, the key itself when missing.
func translate(lang, key string) string {
	if m, ok := messages[key]; ok {
		if lang == "fr" {
			return m[1]
		}
		return m[0]
	}
	return key
}

// messages are the texts of the pages: English, French.
var messages = map[string][2]string{
	"site.tagline":      {"Cyber attacks on local authorities, read in the news", "Les cyberattaques contre les collectivités, lues dans la presse"},
	"nav.incidents":     {"Incidents", "Incidents"},
	"nav.articles":      {"Articles", "Articles"},
	"nav.map":           {"Map", "Carte"},
	"nav.sources":       {"Sources", "Sources"},
	"nav.dictionary":    {"Data dictionary", "Dictionnaire des données"},
	"nav.api":           {"API (OpenAPI)", "API (OpenAPI)"},
	"switch":            {"Version française", "English version"},
	"search.incidents":  {"Search incidents", "Rechercher des incidents"},
	"search.articles":   {"Search articles", "Rechercher des articles"},
	"search.q":          {"Words", "Mots"},
	"search.submit":     {"Search", "Rechercher"},
	"search.from":       {"Start from", "Début à partir du"},
	"search.to":         {"Start until", "Début jusqu’au"},
	"search.pubfrom":    {"Published from", "Publié à partir du"},
	"search.pubto":      {"Published until", "Publié jusqu’au"},
	"search.near":       {"Near (commune or lat,lon)", "Près de (commune ou lat,lon)"},
	"search.km":         {"Radius (km)", "Rayon (km)"},
	"search.sort":       {"Sort by", "Trier par"},
	"sort.date":         {"date", "date"},
	"sort.relevance":    {"relevance", "pertinence"},
	"sort.distance":     {"distance", "distance"},
	"search.scope":      {"Victims", "Victimes"},
	"scope.true":        {"local authorities", "collectivités"},
	"scope.false":       {"others", "autres"},
	"scope.all":         {"all", "toutes"},
	"search.lang":       {"Language", "Langue"},
	"search.site":       {"Outlet", "Média"},
	"results":           {"results", "résultats"},
	"results.fuzzy":     {"Nothing matched the words as typed: these results forgive typos.", "Aucun résultat pour les mots tels qu’écrits : ces résultats tolèrent les fautes de frappe."},
	"results.none":      {"Nothing matches this search.", "Aucun résultat pour cette recherche."},
	"facets":            {"Refine", "Affiner"},
	"facet.country":     {"Country", "Pays"},
	"facet.region":      {"Region", "Région"},
	"facet.department":  {"Département", "Département"},
	"facet.attack":      {"Attack", "Attaque"},
	"facet.kind":        {"Victim kind", "Type de victime"},
	"facet.year":        {"Year", "Année"},
	"facet.in_scope":    {"In scope", "Dans le périmètre"},
	"facet.lang":        {"Language", "Langue"},
	"facet.site":        {"Outlet", "Média"},
	"facet.remove":      {"remove", "retirer"},
	"page.prev":         {"Previous page", "Page précédente"},
	"page.next":         {"Next page", "Page suivante"},
	"page.of":           {"page %d", "page %d"},
	"download":          {"Download this search", "Télécharger cette recherche"},
	"field":             {"Field", "Champ"},
	"value":             {"Value", "Valeur"},
	"evidence":          {"Evidence", "Preuve"},
	"f.victim":          {"Victim", "Victime"},
	"f.identity":        {"Identity code", "Code d’identité"},
	"f.kind":            {"Victim kind", "Type de victime"},
	"f.place":           {"Place", "Lieu"},
	"f.start":           {"Start", "Début"},
	"f.discovered":      {"Discovered", "Découverte"},
	"f.attack":          {"Attack", "Attaque"},
	"f.group":           {"Group", "Groupe"},
	"f.ransom":          {"Ransom", "Rançon"},
	"f.impact":          {"Impacts", "Conséquences"},
	"f.response":        {"Response", "Réponse"},
	"f.also_affected":   {"Also affected", "Également touchés"},
	"f.mention":         {"Other attacks cited", "Autres attaques citées"},
	"f.confidence":      {"Confidence", "Confiance"},
	"f.in_scope":        {"Local authority", "Collectivité"},
	"yes":               {"yes", "oui"},
	"no":                {"no", "non"},
	"unknown":           {"unknown", "inconnu"},
	"timeline":          {"Timeline of the press coverage", "Chronologie de la couverture"},
	"role.first-report": {"first report", "premier article"},
	"role.follow-up":    {"follow-up", "suite"},
	"cite":              {"Cite this incident", "Citer cet incident"},
	"cite.retrieved":    {"Retrieved", "Consulté le"},
	"cite.url":          {"Stable URL", "URL stable"},
	"article":           {"article", "article"},
	"article.source":    {"Read on the outlet’s site", "Lire sur le site du média"},
	"article.incidents": {"Incidents this article reports", "Incidents rapportés par cet article"},
	"article.none":      {"This article reports no incident.", "Cet article ne rapporte aucun incident."},
	"article.text":      {"Extracted text", "Texte extrait"},
	"published":         {"Published", "Publié"},
	"sources.title":     {"Sources", "Sources"},
	"sources.opml":      {"Download as OPML", "Télécharger en OPML"},
	"sources.name":      {"Name", "Nom"},
	"sources.kind":      {"Kind", "Type"},
	"sources.state":     {"State", "État"},
	"sources.last":      {"Last fetch", "Dernière collecte"},
	"sources.next":      {"Next due", "Prochaine"},
	"sources.error":     {"Last error", "Dernière erreur"},
	"sources.articles":  {"Articles", "Articles"},
	"state.ok":          {"ok", "ok"},
	"state.failing":     {"failing", "en échec"},
	"state.new":         {"never fetched", "jamais collectée"},
	"state.disabled":    {"disabled", "désactivée"},
	"map.title":         {"Map of incidents", "Carte des incidents"},
	"map.nojs":          {"The map needs JavaScript; the list and the chart below do not.", "La carte demande JavaScript ; la liste et le graphique ci-dessous non."},
	"map.departments":   {"Départements (France)", "Départements"},
	"map.regions":       {"Régions (France)", "Régions"},
	"map.neighbours":    {"Neighbouring countries' regions", "Régions des pays voisins"},
	"map.incidents":     {"incidents", "incidents"},
	"chart.title":       {"Incidents per month, by attack type", "Incidents par mois, par type d’attaque"},
	"error":             {"Error", "Erreur"},
	"notfound":          {"Not found", "Introuvable"},
	"dictionary.title":  {"Data dictionary", "Dictionnaire des données"},
	"home.lead":         {"Search the incidents Vigie read in the press, refine with the facets, download the result as CSV, JSON Lines or GeoJSON, and cite it.", "Cherchez les incidents que Vigie a lus dans la presse, affinez avec les facettes, téléchargez le résultat en CSV, JSON Lines ou GeoJSON, et citez-le."},
	"latest":            {"Latest incidents", "Derniers incidents"},
	"curation.form":     {"Correct this incident", "Corriger cet incident"},
	"curation.kind":     {"Correction", "Correction"},
	"curation.token":    {"The admin token is missing or wrong.", "Le jeton d’administration manque ou est faux."},
	"curation.tokenlbl": {"Admin token", "Jeton d’administration"},
	"curation.who":      {"Who", "Qui"},
	"curation.why":      {"Why", "Pourquoi"},
	"curation.field":    {"Field", "Champ"},
	"curation.value":    {"New value", "Nouvelle valeur"},
	"curation.into":     {"Merge into (incident id)", "Fusionner dans (id d’incident)"},
	"curation.article":  {"Article (split off, or not relevant)", "Article (à détacher, ou hors sujet)"},
	"curation.submit":   {"Record the correction", "Enregistrer la correction"},
	"kind.field":        {"set a field", "corriger un champ"},
	"kind.merge":        {"merge into another incident", "fusionner avec un autre incident"},
	"kind.split":        {"split an article off", "détacher un article"},
	"kind.not-relevant": {"article not relevant", "article hors sujet"},
	"corrections":       {"Corrections", "Corrections"},
}

// title returns a facet or field value as shown: attack types and kinds
// translated when known.
func valueLabel(lang, facet, v string) string {
	if s, ok := labels[facet+"."+v]; ok {
		if lang == "fr" {
			return s[1]
		}
		return s[0]
	}
	return v
}

var labels = map[string][2]string{
	"attack.ransomware":         {"ransomware", "rançongiciel"},
	"attack.ddos":               {"denial of service", "déni de service"},
	"attack.data-breach":        {"data breach", "fuite de données"},
	"attack.defacement":         {"defacement", "défiguration"},
	"attack.phishing":           {"phishing", "hameçonnage"},
	"attack.intrusion":          {"intrusion", "intrusion"},
	"attack.unknown":            {"unknown", "inconnue"},
	"kind.commune":              {"commune", "commune"},
	"kind.intercommunalite":     {"intercommunality", "intercommunalité"},
	"kind.departement":          {"département", "département"},
	"kind.region":               {"region", "région"},
	"kind.local-public-body":    {"local public body", "établissement public local"},
	"kind.hospital":             {"hospital", "hôpital"},
	"kind.school":               {"school", "établissement scolaire"},
	"kind.company":              {"company", "entreprise"},
	"kind.national-body":        {"national body", "organisme national"},
	"kind.other":                {"other", "autre"},
	"in_scope.true":             {"yes", "oui"},
	"in_scope.false":            {"no", "non"},
	"lang.fr":                   {"French", "français"},
	"lang.en":                   {"English", "anglais"},
	"lang.it":                   {"Italian", "italien"},
	"lang.de":                   {"German", "allemand"},
	"lang.es":                   {"Spanish", "espagnol"},
	"impact.servers":            {"servers", "serveurs"},
	"impact.email":              {"email", "messagerie"},
	"impact.website":            {"website", "site web"},
	"impact.phones":             {"phones", "téléphonie"},
	"impact.services-suspended": {"services suspended", "services suspendus"},
	"impact.data-encrypted":     {"data encrypted", "données chiffrées"},
	"impact.data-leaked":        {"data leaked", "données divulguées"},
	"response.anssi-notified":   {"ANSSI notified", "ANSSI saisie"},
	"response.cert-notified":    {"CERT notified", "CERT saisi"},
	"response.complaint-filed":  {"complaint filed", "plainte déposée"},
	"response.cnil-notified":    {"CNIL notified", "CNIL notifiée"},
}

// otherLang returns the language the switch offers.
func otherLang(lang string) string {
	if strings.HasPrefix(lang, "fr") {
		return "en"
	}
	return "fr"
}
