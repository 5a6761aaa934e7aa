package incident

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/fold"
	"github.com/vigie-news/vigie/place"
)

// anchor is a noun that names a kind of body: "mairie", "town hall",
// "communauté de communes", "hôpital".
type anchor struct {
	words  []string // folded tokens
	joined string   // the words with spaces, as a hyphenated word folds
	kind   vigie.VictimKind
	lang   string // "" for any language
}

var anchors = buildAnchors(map[vigie.VictimKind][]string{
	vigie.VictimCommune: {"mairie", "mairies", "ville", "commune", "municipalite", "hotel de ville", "town hall",
		"city hall", "city council", "town council", "borough council", "county borough council", "county borough", "district council", "council",
		"municipality", "city", "town", "stadt", "gemeinde", "stadtgemeinde", "marktgemeinde", "ortsgemeinde", "gemeindeamt", "stadtamt", "stadtverwaltung", "gemeindeverwaltung", "rathaus", "rathauses",
		"kommune", "magistrat", "markt", "marktes", "comune", "municipio", "ayuntamiento", "consistorio", "consistori", "casa consistorial", "concello", "ajuntament", "gemeente", "camara municipal", "autarquia", "junta de freguesia",
		"village", "borough", "township", "parish council", "city government", "town government", "gobierno municipal",
		"administration communale", "administration municipale", "services municipaux", "amministrazione comunale",
		"administracion municipal", "stad", "stadsbestuur", "gemeentebestuur", "lokaal bestuur", "gemeentehuis", "stadhuis",
		"gemeentelijke diensten", "gemeinderat", "stadtrat", "stedelijke diensten", "stadtische dienste", "servizi comunali", "servicios municipales",
		// a commune's executive in Belgium, Luxembourg and the Netherlands, not a school
		"college echevinal", "college communal", "college des bourgmestre et echevins", "schepencollege",
		"college van burgemeester en schepenen", "college van burgemeester en wethouders"},
	vigie.VictimIntercommunalty: {"communaute de communes", "communaute d' agglomeration", "communaute urbaine",
		"agglomeration", "agglo", "comcom", "metropole", "intercommunalite", "intercommunality", "metropolis",
		"urban community", "inter municipal authority", "intermunicipal authority", "inter municipal body", "intermunicipal body",
		"inter municipal association", "intermunicipal association", "verbandsgemeinde", "unione dei comuni", "unione di comuni", "unione montana",
		"comunita montana", "mancomunidad", "mancomunitat", "area metropolitana", "comarca",
		"consell comarcal", "consejo comarcal"},
	vigie.VictimDepartment: {"departement", "conseil departemental", "conseil general", "county council", "county",
		"hotel du departement", "kreishaus", "provincie", "provinciebestuur", "provinciehuis", "palacio provincial",
		"palazzo della provincia", "consell insular", "consejo insular", "cabildo insular", "province", "landkreis", "landkreises", "kreis", "kreises", "landratsamt", "landratsamtes", "kreisverwaltung",
		"bezirkshauptmannschaft", "bezirk", // an Austrian district's authority: "die Bezirkshauptmannschaft Vöcklabruck", "der Bezirk"
		"provincia", "provinz", "diputacion", "county government",
		// Italy's metropolitan cities took over their provinces in 2015
		"citta metropolitana",
		"arrondissement"}, // a German Kreis in French: "l'arrondissement de Bernkastel-Wittlich"
	vigie.VictimRegion: {"region", "conseil regional", "hotel de region", "hotel de la region", "collectivite territoriale", "collectivite de corse",
		"regional council", "regione", "comunidad autonoma", "generalitat", "bundesland", "landesverwaltung",
		"landesregierung", "amministrazione regionale", "governo regionale", "regional government", "gobierno regional",
		"kanton", "kantons", "kantonsverwaltung", "canton", "cantone", "state", "land", "deelstaat"},
	vigie.VictimLocalPublicBody: {"office de tourisme", "office du tourisme", "offices de tourisme", "maison du tourisme", "tourist office",
		"tourism office", "ccas", "centre communal d' action sociale", "syndicat", "syndicat mixte", "sdis",
		// their Belgian, German and Austrian kin: "le CPAS de Seraing", "OCMW Menen", "Tourismusverband Ausseerland"
		"cpas", "centre public d' action sociale", "ocmw", "openbaar centrum voor maatschappelijk welzijn",
		"tourismusverband", "tourismusverbandes", "verkehrsverein", "tourist board", "toeristische dienst",
		"national park authority", "park authority", "fire and rescue service", "fire authority",
		"centre de gestion", "regie", "stadtwerke", "ufficio turistico", "oficina de turismo", "zweckverband",
		"politiezone", "police zone", "zone de police", "intercommunale", "kommunaler it dienstleister", "kommunale it dienstleister", "kommunalen it dienstleister",
		"it dienstleister der kommunen", "municipal it provider", "syndicat informatique", "consorzio",
		// water boards: "Waterschap Aa en Maas", "Wasserverband Ybbstal"
		"waterschap", "hoogheemraadschap", "wetterskip", "water board", "wasserverband", "abwasserverband",
		"wasserverbund", "wasserzweckverband", "wasserversorgungsverband",
		// waste boards: "Abfallwirtschaftsverband Lungau", "der Lungauer Abfallverband"
		"abfallverband", "abfallverbands", "abfallverbandes", "abfallwirtschaftsverband", "abfallwirtschaftsverbands",
		"abfallwirtschaftsverbandes", "abfallzweckverband", "entsorgungsverband", "mullverband"},
	vigie.VictimHospital: {"hopital", "hopitaux", "centre hospitalier", "chu", "chr", "clinique", "hospital",
		"hospitals", "clinic", "krankenhaus", "klinikum", "klinik", "ospedale", "azienda ospedaliera", "nhs trust",
		"clinica", "casa di cura", "ospedali", "hospitales", "ziekenhuis", "spital"},
	vigie.VictimSchool: {"universite", "ecole", "lycee", "college", "university", "school", "universitat",
		"schule", "hochschule", "universita", "scuola", "universidad", "colegio", "rectorat", "school district",
		"school districts", "public schools", "school board"},
	vigie.VictimNationalBody: {"legislative council", "parliament", "parlement", "bundestag", "senate", "senat",
		"assemblee nationale", "congress", "ministere", "ministeres", "ministry", "ministries", "ministerium", "ministero",
		"ministerio", "services de l' etat", "gouvernement", "government", "agence nationale", "prefecture",
		"france travail", "pole emploi", "assurance maladie", "caisse nationale", "urssaf", "bundesamt",
		"bundesagentur", "state agency", "federal agency",
		// bodies above the nations: "a report adopted by the Council of Europe's Congress of Local and Regional Authorities"
		"council of europe", "conseil de l europe", "europarat", "consiglio d europa", "consejo de europa", "raad van europa",
		"european union", "union europeenne", "europaische union", "unione europea", "union europea", "europese unie",
		"european commission", "commission europeenne", "europaische kommission", "commissione europea", "comision europea",
		"europese commissie", "european parliament", "parlement europeen", "europaisches parlament", "parlamento europeo",
		"europees parlement", "united nations", "nations unies", "vereinte nationen", "nazioni unite", "naciones unidas",
		"verenigde naties"},
	vigie.VictimCompany: {"groupe", "group", "entreprise", "societe", "company", "firm", "firma", "unternehmen",
		"konzern", "azienda", "empresa", "bedrijf", "esn", "editeur", "prestataire", "provider", "cadena hotelera", "hotel chain",
		"chaine hoteliere", "catena alberghiera", "hotelkette", "hotelketen"},
	vigie.VictimOther: {"habitants", "administres", "residents", "citizens", "einwohner", "burger", "cittadini",
		"residenti", "vecinos", "inwoners"},
})

// langAnchors are anchors of one language, whose words are others' too
// (German "Kommunen", "Regionen").
var langAnchors = map[string]map[vigie.VictimKind][]string{
	// Polish, in its cases: "Urząd Miasta Sopotu", "w Urzędzie Gminy", "Starostwo Powiatowe w Pucku"
	"pl": {
		vigie.VictimCommune: {"urzad miasta", "urzedu miasta", "urzedzie miasta", "urzad gminy", "urzedu gminy", "urzedzie gminy",
			"urzad miasta i gminy", "urzedu miasta i gminy", "gmina miasta", "gminy miasta", "gmina", "gminy", "gminie",
			"miasto", "ratusz", "ratusza", "ratuszu"},
		vigie.VictimDepartment: {"starostwo powiatowe", "starostwa powiatowego", "starostwie powiatowym", "powiat", "powiatu", "powiecie"},
		vigie.VictimRegion:     {"urzad marszalkowski", "urzedu marszalkowskiego"},
	},
	// Portuguese: "a Câmara de Santarém", "os SMAS de Sintra"
	"pt": {
		vigie.VictimCommune:         {"camara", "camaras", "pacos do concelho"}, // "municipio" is every language's anchor
		vigie.VictimLocalPublicBody: {"servicos municipalizados", "smas"},
	},
	// Swedish: "Sundsvalls kommun", "kommunen", "Region Västernorrland"
	"sv": {
		vigie.VictimCommune: {"kommun", "kommunen", "kommunens", "stadshuset", "kommunhuset"},
		vigie.VictimRegion:  {"regionen"},
	},
}

func buildAnchors(m map[vigie.VictimKind][]string) []anchor {
	var out []anchor
	for kind, list := range m {
		for _, a := range list {
			out = append(out, anchor{words: strings.Fields(a), joined: strings.Join(strings.Fields(a), " "), kind: kind})
		}
	}
	for _, w := range mayorWords {
		out = append(out, anchor{words: []string{w}, joined: w, kind: vigie.VictimCommune})
	}
	out = append(out, anchor{words: []string{"landes"}, joined: "landes", kind: vigie.VictimRegion, lang: "de"}, // "die Websites des Landes Steiermark"
		anchor{words: []string{"district"}, joined: "district", kind: vigie.VictimDepartment, lang: "fr"}, // "le district de Lörrach": a Kreis in French
		// a Kreis in Spanish, Italian and English press: "el distrito rural de Vulkaneifel"
		anchor{words: []string{"distrito"}, joined: "distrito", kind: vigie.VictimDepartment, lang: "es"},
		anchor{words: []string{"distrito", "rural"}, joined: "distrito rural", kind: vigie.VictimDepartment, lang: "es"},
		anchor{words: []string{"distretto"}, joined: "distretto", kind: vigie.VictimDepartment, lang: "it"},
		anchor{words: []string{"circondario"}, joined: "circondario", kind: vigie.VictimDepartment, lang: "it"},
		anchor{words: []string{"rural", "district"}, joined: "rural district", kind: vigie.VictimDepartment, lang: "en"},
		anchor{words: []string{"district"}, joined: "district", kind: vigie.VictimDepartment, lang: "en"}, // "the district of Stendal", never alone nor after a name (findNamed)
		// a Landratsamt in English: "the district office in Offenburg"
		anchor{words: []string{"district", "office"}, joined: "district office", kind: vigie.VictimDepartment, lang: "en"},
		anchor{words: []string{"district", "administration"}, joined: "district administration", kind: vigie.VictimDepartment, lang: "en"})
	for lang, m := range langAnchors {
		for kind, list := range m {
			for _, a := range list {
				out = append(out, anchor{words: strings.Fields(a), joined: a, kind: kind, lang: lang})
			}
		}
	}
	// Longest first, so that "conseil départemental" wins over "département".
	slicesSortByLen(out)
	return out
}

func slicesSortByLen(as []anchor) {
	for i := 1; i < len(as); i++ {
		for j := i; j > 0 && len(as[j].words) > len(as[j-1].words); j-- {
			as[j], as[j-1] = as[j-1], as[j]
		}
	}
}

// calendarWords end a name: "am Freitag" is no part of it.
var calendarWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`sommer winter fruhjahr fruhling herbst
		montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende
		januar februar marz april mai juni juli august september oktober november dezember morgen abend nacht
		lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier avril juin juillet aout octobre decembre
		monday tuesday wednesday thursday friday saturday sunday january february march june july october december
		lunedi martedi mercoledi giovedi venerdi sabato domenica gennaio febbraio aprile maggio giugno luglio agosto
		settembre ottobre dicembre lunes martes miercoles jueves viernes domingo enero febrero abril mayo junio julio
		agosto septiembre octubre noviembre diciembre maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`) {
		calendarWords[w] = true
	}
}

// localWords before "government" make it local.
var localWords = map[string]bool{"local": true, "locale": true, "locales": true, "locaux": true, "territorial": true,
	"municipal": true, "county": true, "city": true, "kommunale": true, "lokale": true}

// possessives before "government" give it to the body just named ("the
// state of Hesse. Its government websites…").
var possessives = map[string]bool{"its": true, "their": true, "sa": true, "son": true, "leur": true, "seine": true,
	"ihre": true, "suo": true, "sua": true, "su": true, "zijn": true, "haar": true}

// prepositions link an anchor to the name that follows it.
var prepositions = map[string]bool{"de": true, "d'": true, "du": true, "des": true, "of": true, "di": true,
	"del": true, "della": true, "dello": true, "dei": true, "von": true, "vom": true, "der": true, "en": true, "van": true}

// articles may stand between a preposition and a name.
var articles = map[string]bool{"la": true, "l'": true, "le": true, "les": true, "the": true}

// demonym: the words before an English anchor are one adjective of a
// people or a land ("a Bavarian district office", "the Tyrolean
// regional government"), which names no body.
func demonym(toks []token) bool {
	if len(toks) != 1 {
		return false
	}
	f := toks[0].Fold
	return len(f) > 5 && (strings.HasSuffix(f, "ian") || strings.HasSuffix(f, "ean"))
}

// townPrefixes open a German town's name of two words, and its adjective:
// "Bad Homburg", "Bad Homburger".
var townPrefixes = map[string]bool{"bad": true, "sankt": true, "st": true}

// joiners may stand inside a name between capitalised words.
var joiners = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "les": true,
	"sur": true, "en": true, "l'": true, "d'": true, "aux": true, "am": true, "an": true, "der": true,
	"di": true, "del": true, "della": true, "sul": true, "y": true, "van": true, "aan": true, "den": true,
	"op": true, "ter": true, "ten": true, "sous": true, "lez": true, "im": true, "ob": true,
	"nan": true, "na": true, // Gaelic: "Comhairle nan Eilean Siar"
	// "San Sebastián de los Reyes", "Cassano delle Murge", "Sant Vicenç dels Horts", "Santa Maria da Feira"
	"los": true, "las": true, "dei": true, "delle": true, "degli": true, "dello": true, "dels": true,
	"do": true, "da": true, "dos": true, "das": true}

// named is a body as a sentence writes it.
type named struct {
	AnchorKind vigie.VictimKind
	Anchor     string // the anchor as written: "mairie", "town hall"; "" for a bare name
	Proper     string // the proper name as written; "" when the anchor stands alone
	Article    string // the article between preposition and name: "le" in "du Grand Annecy"
	Written    string // the whole phrase as written
	Start, End int    // byte offsets of the phrase in the sentence
	Marked     bool   // preceded by a marker saying it is cited as context
	Before     bool   // the name stands before the anchor ("Chaville town hall")
	Locative   bool   // a region or district named as where things are: "dans la région", "in the county"
	Served     bool   // a service stands between anchor and name: "syndicat des eaux de la Dranse", named after a river
	Beside     bool   // an anchor alone set beside the body in view: "la ville voisine", "the neighbouring council"
}

// findNamed returns the bodies a sentence names through an anchor, in order.
func findNamed(text, lang string) []named {
	toks := tokenize(text)
	var out []named
	for i := 0; i < len(toks); i++ {
		a, n := matchAnchor(toks, i, lang)
		if n == 0 || a.kind == vigie.VictimNationalBody && i > 0 && (localWords[toks[i-1].Fold] || possessives[toks[i-1].Fold]) {
			continue // "local government" is no national body; "its government" is the one just named's
		}
		b := named{AnchorKind: a.kind, Anchor: text[toks[i].Start:toks[i+n-1].End], Start: toks[i].Start, End: toks[i+n-1].End}
		loc := locativeBefore(toks, i)
		bracketed := bracketedAfterName(toks, i)
		b.Locative = (loc || containedBefore(toks, i) || bracketed) && (a.kind == vigie.VictimRegion || a.kind == vigie.VictimDepartment)
		before := ""
		if bracketed {
			before = toks[i-2].Text
		}
		q, served := qualifier(toks, i+n, lang), 0
		if a.kind == vigie.VictimLocalPublicBody && q == 0 {
			q = service(toks, i+n, lang)
			served = q
		}
		from := min(i+n+q, len(toks)-1)
		name, art, end, ok := nameAfter(toks, i+n+q)
		if !ok {
			name, end, ok = appositive(toks, i+n) // "la commune voisine, Mantes-la-Ville, qui…"
		}
		if ok && secondAnchor(toks, name, end, a.kind, lang) {
			ok = false // "gemeente en OCMW": a second body, not a name
		}
		if ok {
			if inner, m := matchAnchor(toks, name, lang); m > 0 && inner.kind == a.kind {
				i = name - 1
				continue // "the water board Waterschap Aa en Maas": the name is the body's own, anchor and all
			}
			if landAfter(toks, end, a.kind, lang) {
				end++ // "des Landkreises Altenburger Land": the district's name ends on "Land"
			}
			b.Proper, b.Article, b.End = text[toks[name].Start:toks[end-1].End], art, toks[end-1].End
			i = end - 1
		} else if lang == "de" && i > 0 && germanAttribute(toks[i-1]) { // "Potsdamer Rathaus", "Kärntens Landesverwaltung"
			b.Proper, b.Start, b.Before = toks[i-1].Text, toks[i-1].Start, true
			if i > 1 && toks[i-2].Upper && townPrefixes[toks[i-2].Fold] {
				b.Proper, b.Start = toks[i-2].Text+" "+b.Proper, toks[i-2].Start // "im Bad Homburger Rathaus"
			}
			i += n - 1
		} else if from, ok := nameBefore(toks, i); ok && !demonym(toks[from:i]) && (lang != "de" || britishAnchor(a.joined) && allCapitals(toks[from:i])) { // German nouns all have capitals, but "den Cotswold District Council"
			if modifies(toks, i+n, a.kind) {
				continue // "Onslow County utility", "Dorset County Hospital": the county names another body
			}
			b.Proper, b.Start, b.Before = text[toks[from].Start:toks[i-1].End], toks[from].Start, true
			b.Locative = b.Locative || len(out) > 0 && placesLast(toks, from, out[len(out)-1].End) && (a.kind == vigie.VictimRegion || a.kind == vigie.VictimDepartment)
			i += n - 1 // "Gloucester City Council": "Council" is no second anchor
		} else {
			i += n - 1
		}
		if b.Proper == "" && a.kind == vigie.VictimCommune && placeWords[a.joined] && loc {
			b.Locative = true
		}
		if b.Proper == "" && a.kind == vigie.VictimRegion && pluralAttacks.in(fold.String(text)) {
			b.Locative = true // "les cyberattaques qui ont frappé la région": where, not whom
		}
		if b.Locative && !loc && bracketed && strings.HasSuffix(b.Proper, before) {
			b.Locative = false // "the district of Wittmund (Landkreis Wittmund)": the body named again, not where it is
		}
		if lang == "en" && a.joined == "district" && (b.Before || b.Proper == "") {
			continue // "the district of Stendal", not "Horsham district" nor "the Essex district": a British district is its council's
		}
		b.Beside = b.Proper == "" && neighbouring(toks, i, n)
		b.Written = text[b.Start:b.End]
		if served > 0 && b.Proper != "" {
			b.Served = true
			b.Written = b.Anchor + " " + text[toks[from].Start:b.End] // "Syndicat de la Dranse", whatever water it serves
		}
		b.Marked = markedBefore(text, b.Start) && !(b.Proper == "" && attackOnBefore(text[:b.Start])) // "eine Woche nach dem Angriff auf die Kreisverwaltung": the body the text is about
		if n := len(out); n > 0 && isApposition(text, out[n-1], b) {
			b.Marked = out[n-1].Marked
			out = out[:n-1] // "the tourist office (Office de tourisme de X)": one body, its own name
		}
		out = append(out, b)
	}
	return out
}

// landAfter: a German district's name read up to toks[end], an adjective
// of place, goes on with "Land" ("Landkreis Jerichower Land",
// "Berchtesgadener Land"), which alone would be a Land's anchor.
func landAfter(toks []token, end int, kind vigie.VictimKind, lang string) bool {
	return lang == "de" && kind == vigie.VictimDepartment && end < len(toks) && end > 0 && toks[end].Text == "Land" &&
		strings.HasSuffix(toks[end-1].Fold, "er")
}

// secondAnchor: the name read after an anchor, toks[name:end], is
// another kind's anchor and nothing more.
func secondAnchor(toks []token, name, end int, kind vigie.VictimKind, lang string) bool {
	inner, m := matchAnchor(toks, name, lang)
	return m > 0 && inner.kind != kind && end == name+m
}

// qualifier is 1 when toks[i] is an adjective standing between an anchor
// and the preposition of its name, as French, Italian and Spanish place
// them: "la ville allemande de Goslar", "il comune ticinese di
// Mendrisio". A word saying the name is another body's ("la commune
// voisine de Kerkrade", "la ville-centre de l'agglomération") is none.
func qualifier(toks []token, i int, lang string) int {
	if lang != "fr" && lang != "it" && lang != "es" || i+2 >= len(toks) {
		return 0
	}
	t := toks[i]
	if t.Upper || t.Punct || len(t.Fold) < 4 || prepositions[t.Fold] || !prepositions[toks[i+1].Fold] ||
		relational.in(t.Fold) || strings.Contains(t.Fold, " ") {
		return 0
	}
	if a, n := matchAnchor(toks, i, lang); n > 0 && a.kind != "" {
		return 0
	}
	return 1
}

// service is the number of tokens at toks[i] that say what a local
// public body serves, a preposition and a noun (and an adjective), or two
// joined by "and", before the preposition of its name, as French,
// Italian, Spanish and Portuguese write them: "le syndicat des eaux de la
// Dranse", "Syndicat des eaux du Val de Loire", "il consorzio di bonifica
// della Maremma", "le syndicat des eaux et d'assainissement de Lunel",
// "os Serviços Municipalizados de Água e Saneamento de Sintra"; 0 for
// none. A capitalised service word counts only in a pair ("Água e
// Saneamento"): alone it may be the name.
func service(toks []token, i int, lang string) int {
	if lang != "fr" && lang != "it" && lang != "es" && lang != "pt" || i+2 >= len(toks) || !isPreposition(toks[i]) {
		return 0
	}
	words, joined, upper := 0, false, false
	for j := i + 1; j < len(toks) && j-i <= 7; j++ {
		t := toks[j]
		switch {
		case t.Punct || articles[t.Fold]:
			return 0
		case isPreposition(t) && words > 0 && !conjunctions[toks[j-1].Fold]:
			if upper && !joined {
				return 0
			}
			return j - i
		case conjunctions[t.Fold] && words > 0 && !joined:
			joined = true
			if j+1 < len(toks) && isPreposition(toks[j+1]) {
				j++ // "et d'assainissement"
			}
		case len(t.Fold) < 3 || prepositions[t.Fold] || words == 3:
			return 0
		default:
			words++
			upper = upper || t.Upper
		}
	}
	return 0
}

// isPreposition: the token is a preposition names follow ("de", "d'").
func isPreposition(t token) bool { return prepositions[t.Fold] || t.Fold == "d" }

// relational words set a body beside the one named after them.
var relational = words(append([]string{"proche*", "membre*", "centre", "siege", "chef", "capitale", "partenaire*",
	"jumel*", "prossim*", "capoluogo", "cercan*", "socio*", "miembro*", "ubicad*", "situe*", "situat*", "situad*", "victime*", "vittima", "victima",
	"responsable*", "responsabil*", "proprietaire*", "proprietari*", "propietari*"}, neighbourWords...)...)

// neighbouring: the anchor toks[i:i+n] is qualified as a neighbour
// ("la ville voisine", "il comune vicino", "the neighbouring council",
// "de naburige gemeente"): another body than the one the text is about.
func neighbouring(toks []token, i, n int) bool {
	return i+n < len(toks) && neighbourAfter.in(toks[i+n].Fold) || i > 0 && neighbourBefore.in(toks[i-1].Fold)
}

// neighbourWords qualify a body as a neighbour after its anchor, as
// French, Italian, Spanish and Portuguese write them (relational holds
// them too); neighbourBefore, before it.
var (
	neighbourWords  = []string{"voisin*", "limitroph*", "vicin*", "limitrof*", "confinant*", "vecin*", "colindante*", "lindante*", "vizinh*"}
	neighbourAfter  = words(neighbourWords...)
	neighbourBefore = words("neighbouring", "neighboring", "nearby", "adjacent", "benachbart*", "naburig*", "aangrenzend*")
)

// germanAttribute: a capitalised word before a German anchor that may be
// a place's adjective or genitive ("Potsdamer", "Kärntner", "Kärntens"),
// or an adjective in -isch, capitalised or not ("der saarländischen
// Landesregierung"); the gazetteer decides.
func germanAttribute(t token) bool {
	f := t.Fold
	return (t.Upper || isch(f) != "") && !t.Punct && !determiners[f] && (strings.HasSuffix(f, "er") || strings.HasSuffix(f, "s") || isch(f) != "") && len(f) > 4
}

// isch is the stem of a German adjective in -isch ("burgenlandischen",
// "niedersachsische"), or "".
func isch(w string) string {
	for _, suffix := range []string{"ischen", "ischer", "isches", "ische"} {
		if s, ok := strings.CutSuffix(w, suffix); ok && len(s) > 2 {
			return s
		}
	}
	return ""
}

// germanStems are the place names a German adjective or genitive may
// come from: Potsdamer → Potsdam, Kärntner → Kärnten, Bremer → Bremen,
// Kärntens → Kärnten, Burgenländischen → Burgenland, Niedersächsische →
// Niedersachsen.
func germanStems(w string) []string {
	var out []string
	if s := isch(w); s != "" {
		out = append(out, s, s+"en", s+"n")
	}
	if s, ok := strings.CutSuffix(w, "ner"); ok {
		out = append(out, s+"en")
	}
	if s, ok := strings.CutSuffix(w, "er"); ok {
		out = append(out, s, s+"en")
	}
	if s, ok := strings.CutSuffix(w, "s"); ok {
		out = append(out, s)
	}
	return out
}

// stemCommune is the commune a German stem names with its umlauts as
// written: "Görlitzer" is Görlitz, but "drei Länder" names no "Landen".
func (an *analysis) stemCommune(stem string) (place.Commune, bool) {
	c, ok := an.commune(stem, "")
	if !ok || !strings.ContainsAny(stem, "äöüÄÖÜ") {
		return c, ok
	}
	return c, strings.ContainsAny(cmp.Or(c.Alias, c.Name), "äöüÄÖÜ")
}

// modifies: the anchor ending before toks[j] qualifies the noun that
// follows it, another kind of body or a service ("County Hospital",
// "County School District", "county utility", "city courts").
func modifies(toks []token, j int, kind vigie.VictimKind) bool {
	if j >= len(toks) || toks[j].Punct {
		return false
	}
	if a, n := matchAnchor(toks, j, ""); n > 0 && a.kind != kind {
		return true
	}
	return serviceHeads[toks[j].Fold]
}

// serviceHeads are services a local authority's name qualifies, bodies of
// their own.
var serviceHeads = map[string]bool{"utility": true, "utilities": true, "court": true, "courts": true, "jail": true,
	"library": true, "libraries": true, "airport": true, "water": true, "sewer": true, "housing": true, "transit": true,
	"sheriff": true, "prosecutor": true, "clerk": true, "fair": true, "museum": true, "zoo": true}

// isApposition: b follows a in brackets, naming the same kind of body.
func isApposition(text string, a, b named) bool {
	if b.Start < a.End {
		return false
	}
	between := strings.TrimSpace(text[a.End:b.Start])
	return a.AnchorKind == b.AnchorKind && (between == "(" || between == "« " || between == "«")
}

// anchorsByWord lists the anchors by their first word, longest first.
var anchorsByWord = func() map[string][]anchor {
	m := map[string][]anchor{}
	for _, a := range anchors {
		m[a.words[0]] = append(m[a.words[0]], a)
	}
	return m
}()

// matchAnchor returns the longest anchor starting at toks[i], and how many
// tokens it spans; a hyphenated word may be a whole anchor ("IT-Dienstleister").
func matchAnchor(toks []token, i int, lang string) (anchor, int) {
	first, _, _ := strings.Cut(toks[i].Fold, " ")
	for _, a := range anchorsByWord[first] {
		if a.lang != "" && a.lang != lang {
			continue
		}
		if n := spans(toks, i, a.joined); n > 0 {
			return a, n
		}
	}
	if (lang == "nl" || lang == "de") && !toks[i].Punct && firmHead(toks[i].Fold) {
		return anchor{words: []string{toks[i].Fold}, joined: toks[i].Fold, kind: vigie.VictimCompany}, 1
	}
	if (lang == "nl" || lang == "de") && !toks[i].Punct && communeCompound(toks[i].Fold) {
		return anchor{words: []string{toks[i].Fold}, joined: toks[i].Fold, kind: vigie.VictimCommune}, 1
	}
	return anchor{}, 0
}

// communeCompound: a Dutch or German compound whose head is a
// municipality ("faciliteitengemeente", "Grenzgemeinde"), not a
// neighbour's or a church's ("buurgemeente", "Kirchengemeinde").
func communeCompound(w string) bool {
	for _, head := range []string{"gemeente", "gemeinde"} {
		if first, ok := strings.CutSuffix(w, head); ok && len(first) > 3 && !strings.Contains(first, " ") {
			return !otherCommunities.in(first)
		}
	}
	return false
}

// otherCommunities are the first words of compounds that name another
// body than the one hit, or no municipality.
var otherCommunities = words("buur*", "naburig*", "omliggend*", "nachbar*", "partner*", "kirchen*", "pfarr*", "kerk*",
	"geloofs*", "religions*", "glaubens*", "mitglieds*", "verbands*", "umland*")

// firmHead: a Dutch or German compound whose head is a firm
// ("verpakkingsbedrijf", "Logistikunternehmen"), not a public one
// ("Eigenbetrieb", "gemeentebedrijf").
func firmHead(w string) bool {
	for _, public := range []string{"eigen", "landes", "bundes", "kommunal", "regie", "gemeente", "stads", "stadt", "kreis", "staats", "overheids"} {
		if strings.HasPrefix(w, public) {
			return false
		}
	}
	for _, head := range []string{"bedrijf", "bedrijven", "unternehmen", "betrieb", "konzern"} {
		if len(w) > len(head)+3 && strings.HasSuffix(w, head) {
			return true
		}
	}
	return false
}

// spans returns how many tokens from toks[i] fold to exactly phrase
// ("IT-Dienstleister" folds to "it dienstleister", one token), or 0.
func spans(toks []token, i int, phrase string) int {
	rest := phrase
	for k := i; k < len(toks); k++ {
		f := toks[k].Fold
		if toks[k].Punct || !strings.HasPrefix(rest, f) {
			return 0
		}
		rest = rest[len(f):]
		if rest == "" {
			return k - i + 1
		}
		if rest[0] != ' ' {
			return 0
		}
		rest = rest[1:]
	}
	return 0
}

// nameAfter reads "de/of/di … Name" or "Name" right after an anchor and
// returns the tokens [from, end) of the name and the article skipped.
func nameAfter(toks []token, i int) (from int, article string, end int, ok bool) {
	if i < len(toks) && prepositions[toks[i].Fold] {
		switch toks[i].Fold {
		case "du":
			article = "le"
		case "des":
			article = "les"
		}
		i++
		if i < len(toks) && articles[toks[i].Fold] && i+1 < len(toks) && toks[i+1].Upper {
			article = toks[i].Fold
			i++
		}
	}
	end = properEnd(toks, i)
	if end > i && !hasLetter(toks[i:end]) {
		return i, article, i, false // "Landkreis 2,3 Millionen Euro": a number, no name
	}
	return i, article, end, end > i
}

// appositive reads a name set off by commas after an anchor and at most
// one adjective ("la commune voisine, Mantes-la-Ville, qui…"): from the
// name's first token to its end.
func appositive(toks []token, i int) (from, end int, ok bool) {
	if i < len(toks) && !toks[i].Upper && !toks[i].Punct && !prepositions[toks[i].Fold] && !articles[toks[i].Fold] {
		i++ // one adjective
	}
	if i+1 >= len(toks) || toks[i].Text != "," {
		return 0, 0, false
	}
	i++
	if i+1 < len(toks) && articles[toks[i].Fold] {
		i++ // "un Land entier, le Bade-Wurtemberg, dont…"
	}
	if !toks[i].Upper {
		return 0, 0, false
	}
	end = properEnd(toks, i)
	if end <= i || end < len(toks) && toks[end].Text != "," {
		return 0, 0, false
	}
	return i, end, hasLetter(toks[i:end])
}

// hasLetter: one of the tokens holds a letter.
func hasLetter(toks []token) bool {
	for _, t := range toks {
		if strings.IndexFunc(t.Text, unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}

func isAnchorAt(toks []token, k int) bool {
	_, n := matchAnchor(toks, k, "")
	return n > 0
}

// britishAnchor: the folded anchor is a council's, which names it in
// English after its name in any language's press.
func britishAnchor(folded string) bool { return strings.HasSuffix(folded, "council") }

// allCapitals: every token is a capitalised word, none a joiner nor a
// month ("Angreifer im Juni den County Council" names none).
func allCapitals(toks []token) bool {
	return !slices.ContainsFunc(toks, func(t token) bool { return !t.Upper || t.Punct || calendarWords[t.Fold] })
}

// nameBefore reads a capitalised name right before an anchor ("Chaville
// town hall", "Angers Loire Métropole", "Redcar and Cleveland Borough
// Council") and returns its first token. The name ends on a capital: in
// "Selon le Landratsamt", "le" joins nothing.
func nameBefore(toks []token, i int) (int, bool) {
	if i == 0 || !toks[i-1].Upper {
		return i, false
	}
	j := i
	for j > 0 && (toks[j-1].Upper && !toks[j-1].Punct || j-1 > 0 && (joiners[toks[j-1].Fold] || toks[j-1].Fold == "and" || toks[j-1].Text == "&") && toks[j-2].Upper) && i-j < 6 {
		j--
	}
	for j < i && (!toks[j].Upper || determiners[toks[j].Fold] || openers[toks[j].Fold] || calendarWords[toks[j].Fold] && j+1 < i) { // a name starts with neither a joiner nor "The" nor "In" nor "June" (but "Mayo County Council")
		j++
	}
	return j, j < i
}

// openers are prepositions a sentence may open with before a name: "In
// Clark County, …".
var openers = map[string]bool{"in": true, "at": true, "on": true, "for": true, "from": true, "with": true, "by": true,
	"to": true, "after": true, "before": true, "since": true, "dans": true, "pour": true, "chez": true, "seit": true}

// determiners written with a capital at the start of a sentence are not
// names: "The mairie", "Die Stadt".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true,
	"their": true, "la": true, "le": true, "les": true, "l'": true, "une": true, "un": true, "cette": true, "ce": true,
	"sa": true, "son": true, "leur": true, "die": true, "der": true, "das": true, "eine": true, "ein": true,
	"il": true, "lo": true, "gli": true, "el": true, "los": true, "las": true, "una": true, "de": true, "het": true,
	"een": true, "how": true, "why": true, "when": true, "what": true, "where": true,
	// quantifiers that open a sentence: "Many council systems are still down"
	"many": true, "most": true, "some": true, "several": true, "few": true, "all": true, "both": true, "each": true,
	"every": true, "other": true, "these": true, "those": true, "such": true, "our": true, "no": true,
	"plusieurs": true, "certaines": true, "certains": true, "toutes": true, "tous": true, "viele": true, "einige": true,
	"alle": true, "mehrere": true, "molti": true, "alcuni": true, "tutti": true, "muchos": true, "varios": true,
	"todos": true, "veel": true,
	// nor do the words that choose or deny: "Neither council contributed", "Jede Gemeinde"
	"neither": true, "either": true, "any": true, "another": true, "which": true, "whose": true, "aucune": true,
	"aucun": true, "chaque": true, "quelle": true, "quel": true, "jede": true, "jeder": true, "jedes": true, "keine": true,
	"kein": true, "welche": true, "ogni": true, "nessun": true, "nessuna": true, "ningun": true, "ninguna": true,
	"cada": true, "geen": true, "elke": true, "welke": true,
	// nationalities say where, not which: "Irish county council shuts down IT"
	"irish": true, "british": true, "english": true, "scottish": true, "welsh": true, "german": true, "french": true,
	"italian": true, "spanish": true, "dutch": true, "belgian": true, "austrian": true, "swiss": true, "flemish": true,
	"luxembourgish": true, "european": true, "portuguese": true,
	"vlaamse": true, "waalse": true, "nederlandse": true, "belgische": true, "duitse": true, "franse": true, "britse": true,
	"europese": true, "italiaanse": true, "spaanse": true, "oostenrijkse": true, "zwitserse": true, "luxemburgse": true}

// properEnd returns the end of the capitalised name starting at toks[i]:
// capitalised words, with joiners between them (one or two: "Vallée de
// la Bruche"), six words at most, and a town's name the registry knows
// whole across a weak joiner ("Bagno a Ripoli").
func properEnd(toks []token, i int) int {
	end := i
	upperAt := func(k int) bool { return k < len(toks) && toks[k].Upper && !toks[k].Punct }
	for k := i; k < len(toks) && k-i < 6; k++ {
		t := toks[k]
		switch {
		case t.Punct:
			return end
		case k > i && (isAnchorAt(toks, k) || calendarWords[t.Fold]):
			return end // "Landkreis Anhalt-Bitterfeld am Freitag"
		case t.Upper:
			end = k + 1
		case joiners[t.Fold] && k > i && (upperAt(k+1) || k+1 < len(toks) && joiners[toks[k+1].Fold] && upperAt(k+2)):
			continue
		case weakJoiners[t.Fold] && k > i && upperAt(k+1):
			if e := knownTownEnd(toks, i, k); e > k {
				end, k = e, e-1
				continue
			}
			return end
		default:
			return end
		}
	}
	return end
}

// weakJoiners stand inside some towns' names ("Figline e Incisa Valdarno",
// "Bagno a Ripoli", "San Giovanni in Persiceto", "Kingston upon Thames",
// "Bad Homburg vor der Höhe") but mostly join two names or end one
// ("Lecco e Como", "Annecy in 2020", "Leeds on Monday").
var weakJoiners = map[string]bool{"e": true, "ed": true, "a": true, "in": true, "i": true, "et": true,
	"upon": true, "on": true, "vor": true, "bei": true, "und": true, "sobre": true}

// knownTownEnd returns the end of the longest town's name the registry
// knows that runs from toks[i] across the weak joiner at toks[j] and the
// capitalised words (and joiners) after it, or j when none does.
func knownTownEnd(toks []token, i, j int) int {
	best := j
	for e := j + 2; e <= len(toks) && e-i <= 8; e++ {
		t := toks[e-1]
		if t.Punct || !t.Upper && !joiners[t.Fold] {
			break
		}
		if t.Upper && place.Default().Known(joinTokens(toks[i:e])) {
			best = e
		}
	}
	return best
}

// joinTokens writes tokens back as words separated by spaces.
func joinTokens(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// locativeBefore: a preposition of place (and an article) stands before
// toks[i]: "dans la région", "in the county", "im Landkreis".
func locativeBefore(toks []token, i int) bool {
	k := i - 1
	if k >= 1 && nationalAdjectives[toks[k].Fold] {
		k-- // "in the Dutch province of Drenthe", "in der niederländischen Provinz"
	}
	if k >= 0 && (articles[toks[k].Fold] || determiners[toks[k].Fold] || localArticles[toks[k].Fold]) {
		k--
	}
	return k >= 0 && locatives[toks[k].Fold]
}

// placesLast: the name at toks[from] follows a locative set off by a comma
// right after the body named before, ending at last: "the Comune di
// Tolentino, in the Marche region" says where that body is.
func placesLast(toks []token, from, last int) bool {
	k := from - 1
	if k >= 0 && (articles[toks[k].Fold] || localArticles[toks[k].Fold]) {
		k--
	}
	return k >= 1 && locatives[toks[k].Fold] && toks[k-1].Text == "," && toks[k-1].Start <= last+1
}

// nationalAdjectives say which country a territory named after them is
// in: "the Dutch province of Drenthe".
var nationalAdjectives = map[string]bool{"dutch": true, "german": true, "french": true, "italian": true, "spanish": true,
	"belgian": true, "swiss": true, "austrian": true, "british": true, "english": true, "welsh": true, "scottish": true,
	"portuguese": true, "niederlandischen": true, "deutschen": true, "franzosischen": true, "italienischen": true,
	"spanischen": true, "belgischen": true, "osterreichischen": true, "britischen": true, "schweizer": true}

// containedBefore: the anchor at toks[i] names the territory that holds
// the bodies just counted ("i siti di altrettanti municipi della provincia
// Granda", "chef-lieu du district"): where they are, not a body hit.
func containedBefore(toks []token, i int) bool {
	for _, g := range []int{i - 1, i - 2} {
		if g >= 1 && genitives[toks[g].Fold] && collectives[toks[g-1].Fold] && (g == i-1 || articles[toks[i-1].Fold]) {
			return true
		}
	}
	return false
}

// bracketedAfterName: the anchor at toks[i] opens brackets right after
// a name ("Adliswil (Kanton Zürich), Oktober 2021:"): it says where the
// named town is.
func bracketedAfterName(toks []token, i int) bool {
	return i >= 2 && toks[i-1].Text == "(" && toks[i-2].Upper && !toks[i-2].Punct
}

// genitives and collectives: "communes du département", "municipi della
// provincia", "councils of the county" name the bodies a territory holds.
var (
	genitives   = map[string]bool{"de": true, "du": true, "des": true, "di": true, "della": true, "del": true, "dei": true, "of": true, "van": true, "der": true}
	collectives = map[string]bool{"communes": true, "municipalites": true, "municipi": true, "comuni": true, "councils": true,
		"municipalities": true, "gemeenten": true, "gemeinden": true, "kommunen": true, "municipios": true, "ayuntamientos": true,
		"collectivites": true, "towns": true, "villages": true, "enti": true, "authorities": true, "mairies": true, "localidades": true,
		"chef lieu": true, "lieu": true, "capoluogo": true, "hauptort": true, "seat": true} // "chef-lieu du district du Gros-de-Vaud": the town, not the district
)

// localArticles are the other languages' articles a locative takes: "en
// el municipio", "in der Gemeinde", "in het dorp".
var localArticles = map[string]bool{"el": true, "los": true, "las": true, "der": true, "dem": true, "den": true,
	"het": true, "de": true, "il": true, "lo": true}

// placeWords are the commune anchors that also name a territory: after a
// locative and alone ("con cuatro establecimientos en el municipio", "in
// the town") they say where, not who.
var placeWords = map[string]bool{"municipio": true, "municipality": true, "commune": true, "comune": true, "gemeinde": true,
	"gemeente": true, "town": true, "city": true, "ville": true, "village": true, "stadt": true, "stad": true}

var locatives = map[string]bool{"dans": true, "in": true, "im": true, "across": true, "throughout": true,
	"nella": true, "nel": true, "partout": true, "en": true, "through": true, "around": true, "near": true, "pres": true}

// markedBefore reports whether a mention marker ("après", "like") stands
// in the few words before offset at.
func markedBefore(text string, at int) bool {
	before := text[:at]
	if i := strings.LastIndexAny(before, ".;:,"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.Fields(before)
	if len(words) > 6 {
		words = words[len(words)-6:]
	}
	if n := len(words); n > 0 && (fold.String(words[n-1]) == "as" || n > 1 && fold.String(words[n-2]) == "as" && determiners[fold.String(words[n-1])]) {
		return true // "as the city of Atlanta found": a comparison
	}
	joined := foldJoin(words)
	marks := mentionMarkers.all(joined)
	if len(marks) == 0 {
		return false
	}
	return !afterTheAttack(joined[marks[len(marks)-1][1]:])
}

// afterTheAttack: what follows a marker is the attack itself and then
// other words, so the marker dates the sentence ("nach dem Hackerangriff
// bleibt die Kreisverwaltung…", "after the attack the council…") rather
// than comparing with another body; a body right after "the attack on"
// is the other attack's target (when named: see attackOnBefore).
func afterTheAttack(rest string) bool {
	at := attackWords.all(rest)
	if len(at) == 0 {
		at = plainAttack.all(rest)
	}
	if len(at) == 0 {
		return false
	}
	preposition := false
	for _, w := range strings.Fields(rest[at[0][1]:]) {
		switch {
		case targetWords[w]:
			preposition = true
		case !determiners[w] && !articleForms[w]:
			return true
		}
	}
	return !preposition
}

// attackOnBefore: the words right before end on an attack and its
// target's preposition ("nach dem Angriff auf die", "after the attack on
// the").
func attackOnBefore(before string) bool {
	ws := strings.Fields(fold.String(lastWords(before, 4)))
	for len(ws) > 0 && (determiners[ws[len(ws)-1]] || articleForms[ws[len(ws)-1]]) {
		ws = ws[:len(ws)-1]
	}
	n := len(ws)
	return n >= 2 && targetWords[ws[n-1]] && (attackWords.in(ws[n-2]) || plainAttack.in(ws[n-2]))
}

// articleForms are determiners as folding leaves them ("l'" is "l").
var articleForms = map[string]bool{"l": true, "d": true, "dem": true, "den": true, "des": true, "del": true, "dello": true}

// targetWords join an attack to its target: "the attack on", "l'attaque
// contre la", "der Angriff auf die".
var targetWords = map[string]bool{"on": true, "against": true, "of": true, "auf": true, "gegen": true, "contre": true,
	"sur": true, "de": true, "du": true, "des": true, "a": true, "al": true, "alla": true, "allo": true, "di": true,
	"del": true, "della": true, "contro": true, "contra": true}

// markSpared marks the bodies a sentence says were spared ("La ville de
// Lörrach, collectivité distincte, n'est pas touchée", "Das Spital und
// die Gemeinden sind nicht betroffen"): set aside like the bodies cited
// as context. The words that follow a body say so before any word of an
// attack ("X a été attaquée, les communes ne sont pas touchées" spares
// the communes, not X).
func markSpared(text string, bs []body) {
	for k := range bs {
		rest := firstWords(fold.String(text[bs[k].End:]), 12)
		ms := sparedWords.all(rest)
		if len(ms) == 0 {
			continue
		}
		m := ms[0]
		if before := rest[:m[0]]; !eventWords.in(before) && !attackWords.in(before) && !plainAttack.in(before) {
			bs[k].Marked = true
		}
	}
}

// sparedWords say a body was not hit.
var sparedWords = words("n est pas touche*", "ne sont pas touche*", "pas ete touche*", "pas touche*", "pas affecte*",
	"pas concerne*", "pas impacte*", "epargne*", "not affected", "unaffected", "not been affected", "not hit",
	"not been hit", "not impacted", "nicht betroffen", "nicht beeintrachtigt", "verschont", "non sono stat* colpit*",
	"non e stat* colpit*", "non coinvolt*", "non sono coinvolt*", "non e coinvolt*", "no se ha visto afectad*",
	"no se han visto afectad*", "no ha sido afectad*", "no han sido afectad*", "no esta afectad*", "no estan afectad*",
	"niet getroffen", "gespaard",
	// working as usual: "La ville de Sarlat-la-Canéda, dont les services ne dépendent pas de ces serveurs, fonctionne normalement"
	"fonctionne normalement", "fonctionnent normalement", "working normally", "operating normally", "running normally",
	"funktioniert normal", "funktionieren normal", "funziona regolarmente", "funzionano regolarmente", "funciona con normalidad",
	"funcionan con normalidad", "werkt normaal", "werken normaal")
