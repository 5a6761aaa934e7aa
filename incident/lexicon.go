package incident

import (
	"regexp"
	"slices"
	"strings"

	"github.com/vigie-news/vigie"
)

// The word lists below are matched against folded text (internal/fold:
// lower case, no accents, one space between words), in French, English,
// German, Italian and Spanish. A "*" ends a word that may go on.

// cue is a compiled word list: a wordList, or a regexp for a list that
// one cannot match exactly.
type cue struct {
	list []string
	wl   *wordList
	re   *regexp.Regexp
}

func words(list ...string) cue {
	if wl := compileWords(list); wl != nil {
		return cue{list: list, wl: wl}
	}
	return cue{list: list, re: cueRegexp(list)}
}

// cueRegexp is the regexp of a word list.
func cueRegexp(list []string) *regexp.Regexp {
	alts := make([]string, len(list))
	for i, w := range list {
		w = regexp.QuoteMeta(w)
		w = strings.ReplaceAll(w, `\*`, `[a-z0-9]*`)
		alts[i] = w
	}
	return regexp.MustCompile(`\b(?:` + strings.Join(alts, "|") + `)\b`)
}

// in reports whether the folded text holds one of the words.
func (c cue) in(folded string) bool {
	if c.wl != nil {
		return c.wl.in(folded)
	}
	return c.re.MatchString(folded)
}

// all returns the byte ranges of the words in folded text.
func (c cue) all(folded string) [][]int {
	if c.wl != nil {
		return c.wl.all(folded)
	}
	return c.re.FindAllStringIndex(folded, -1)
}

// attackWords name an attack without saying its kind.
var attackWords = words(
	"cyberattaque*", "cyber attaque*", "cyber-attaque*", "attaque* informatique*", "attaque* cyber", "attaque* numerique*",
	"piratage*", "pirate", "piratee", "piratees", "pirate informatique", "pirates informatiques", "pirates", "hackers", "hacker", "cybercriminel*", "hacktivist*", "cyber criminal*", "cyber criminel*", "cyber kriminell*", "cyber criminali", "cyber delincuente*", "ciberdelincuente*", "cibercriminal*",
	"incident cyber", "incidents cyber", "cyber incidents", "incident de cybersecurite", "acte de cybermalveillance", "acte malveillant", "actes malveillants", "acte de malveillance", "cyber incident", "cybersecurity incident",
	"incident de securite informatique", "incidente de seguridad informatica", "incidente di sicurezza informatica",
	"incidente informatico", "incidente de ciberseguridad", "security incident", "sicherheitsvorfall", "it sicherheitsvorfall",
	"beveiligingsincident", "cyber breach*", "security breach*", "cyber security breach*", "cybersecurity breach*",
	"cyberattack*", "cyber attack*", "computer attack*", "it attack", "hack", "hacked", "hacking", "hackerangriff*",
	"cyberangriff*", "cyber angriff*", "angriff auf die it", "it angriff*", "hackerattacke*", "erpressungsattacke*", "erpressungsangriff*", "erpresserangriff*", "cyberattacco", "cyberattacchi",
	"attacco informatico", "attacchi informatici", "attacco hacker", "attacco cyber", "ciberataque*", "ataque informatico",
	"ataques informaticos", "hackeo", "cyberaanval*", "hackeraanval*", "piratas informaticos", "pirata informatico",
	"pirati informatici", "pirata informatico", "ciberdelincuente*", "criminali informatici",
	"attacker", "attackers", "attaquant", "assaillant", "assaillants", "attaquants", "angreifer", "aggressore", "aggressori", "atacante", "atacantes", "aanvaller", "aanvallers", "cybercrimin*",
	"malware", "logiciel malveillant", "logiciels malveillants", "schadsoftware", "virus informatique", "computer virus",
	"cyber extortion*", "extortionist*", "cyberextorsion*", "gehackt", "gehackte", "gehackten", "hackaanval*", "hackersaanval*", "hackeraanslag*", "cyberaanslag*",
	"intrusion informatique", "intrusions informatiques", "intrusion", "intrusions", "intrusione", "intrusioni", "intrusiones",
	"acces non autorise*", "unauthorised access", "unauthorized access", "unbefugte* zugriff*", "unberechtigte* zugriff*",
	"accesso non autorizzato", "accessi non autorizzati", "acceso no autorizado", "accesos no autorizados",
	"ongeautoriseerde toegang", "onbevoegde toegang", "intruders", "intrusos", "intrusi", "eindringling*", "indringers",
	// malware named by its family or its kind
	"emotet", "trickbot", "qakbot", "qbot", "dridex", "trojaner*", "trojan", "trojans", "troyano*", "cheval de troie",
	"chevaux de troie", "cavallo di troia", "trojaans paard",
	// Catalan: "l'atac informàtic a Banyoles", "un ciberatac"
	"ciberatac*", "atac informatic", "atacs informatics", "atac cibernetic", "atacs cibernetics", "pirates informatics",
	"pirata informatic", "ciberdelinquent*", "atacant", "atacants",
	// Polish: "atak hakerski", "cyberatak"; Swedish: "dataintrång", "it-attacken"
	"cyberatak*", "atak hakerski", "ataku hakerskiego", "atakiem hakerskim", "atak hakerow", "ataku hakerow", "hakerzy", "hakerow",
	"cyberprzestepc*", "incydent bezpieczenstwa", "wlamanie do system*", "wlamania do system*",
	"dataintrang*", "it attacken", "it angrepp*", "hackerattack*", "hackare", "hackarna", "cyberbrottsling*", "sakerhetsincident*",
	// Portuguese: "um acesso não autorizado à base de dados", "ataque cibernético", "intrusão"
	"acesso nao autorizado", "acessos nao autorizados", "acesso indevido", "acessos indevidos", "intrusao", "intrusoes",
	"ataque cibernetico", "ataques ciberneticos", "ataque hacker", "cibercriminosos", "criminosos informaticos",
	"incidente de ciberseguranca", "incidente de seguranca informatica",
)

// effectWords tell an attack by what it did and who did it, without
// naming it: files locked, control taken, a payment in bitcoin demanded.
var effectWords = words("locked out", "locked up its", "locked up the", "pris le controle", "prise de controle", "pris en otage", "took control", "taken control",
	"individus malveillants", "personnes malveillantes", "tiers malveillant*", "malicious actors", "malicious third part*",
	"bitcoin*", "cryptomonnaie*", "threatening message", "message menacant", "boswillige*", "unbekannte taten", "unbekannte taterschaft",
	"malintenzionati", "malintencionados", "kwaadwillend*",
	// what councils say of an intrusion before naming it: "suspicious activity on our network"
	"suspicious activity", "activite suspecte", "activites suspectes", "verdachtige aktivitat*", "auffallige aktivitat*",
	"attivita sospett*", "actividad sospechosa", "actividades sospechosas", "verdachte activiteit*",
	"connexions anormales", "connexions suspectes", "abnormal connections", "suspicious connections", "suspicious logins",
	"verdachtige zugriffe", "auffallige zugriffe", "accessi anomali", "accessi sospetti", "accesos anomalos",
	"accesos sospechosos", "verdachte inlogpogingen", "verdachte verbindingen")

// agencyWords say someone caused the harm on purpose, as officials say
// it when they will not name an attack ("the target of a deliberate
// act", "une incidencia provocada por terceros"): with computers or
// systems down (itSystems), that is an attack.
var agencyWords = words("deliberate act", "deliberate attack", "targeted by", "target of a", "intent on causing",
	"acte malveillant", "acte delibere", "provoque par des tiers", "provoquee par des tiers", "cause par des tiers",
	"gezielter angriff", "gezielte attacke", "vorsatzlich", "von dritten verursacht", "durch dritte verursacht",
	"atto deliberato", "atto doloso", "causato da terzi", "causata da terzi", "provocada por terceros",
	"provocado por terceros", "acto deliberado", "opzettelijk", "door derden veroorzaakt",
	"moedwillig", "fremdeinwirkung", "einwirkung von aussen",
	// someone from outside meant it: "des personnes extérieures ont cherché à nuire", "qualcuno dall'esterno ha voluto fermarci"
	"personnes exterieures", "cherche a nuire", "volonte de nuire", "from outside", "outside party", "von aussen",
	"von auswarts", "dall esterno", "desde el exterior", "desde fuera", "van buitenaf", "van buiten af")

// responseWords tell how a body answers an intrusion it will not yet
// name: it cut its network off as a precaution, or called in the cyber
// security agency or the police's cyber crime unit. With computers or
// systems down (itSystems) and no other cause told, that is an attack.
var responseWords = words("as a precaution", "as a precautionary measure", "precautionary measure", "par precaution",
	"par mesure de precaution", "a titre preventif", "a titre de precaution", "in via precauzionale", "precauzionalmente",
	"a scopo precauzionale", "por precaucion", "como medida de precaucion", "de forma preventiva", "preventivamente",
	"uit voorzorg", "voorzorgsmaatregel", "vorsorglich", "sicherheitshalber",
	// agencies and police units that only cyber attacks bring in
	"national cyber security centre", "ncsc", "nationaal cyber security centrum", "anssi", "cert", "csirt", "cert fr",
	"cert bund", "govcert", "centre for cybersecurity belgium", "centrum voor cybersecurity", "bundesamt fur sicherheit in der informationstechnik",
	"agenzia per la cybersicurezza nazionale", "agenzia nazionale per la cybersicurezza", "polizia postale", "incibe",
	"ccn cert", "centro criptologico nacional", "landeskriminalamt", "zentrale ansprechstelle cybercrime", "cybercrime*",
	"cybercriminalite", "cybercrimine", "cibercrimen", "ciberdelincuencia", "c3n", "cybergendarm*", "police judiciaire",
	"national cyber crime unit", "garda national cyber crime bureau", "team high tech crime",
	"zentrum fur cybersicherheit", "bundesamt fur cybersicherheit", "centre national pour la cybersecurite",
	"office federal de la cybersecurite", "centro nazionale per la cibersicurezza",
	// the data protection authority told, as a breach requires
	"autorite de protection des donnees", "cnil", "autoriteit persoonsgegevens", "gegevensbeschermingsautoriteit",
	"datenschutzbeauftragte*", "landesbeauftragte* fur den datenschutz", "landesbeauftragte* fur datenschutz", "datenschutzbehorde",
	"garante della privacy", "garante per la protezione dei dati personali", "garante privacy", "agencia espanola de proteccion de datos",
	"aepd", "information commissioner*", "data protection commission", "data protection authority",
	// outside forensics or a complaint to the police over systems down
	"externe specialisten", "specialistes externes", "external specialists", "externe spezialisten", "externe forensiker",
	"especialistas externos", "tecnicos externos", "esperti esterni", "specialisti esterni", "tecnici esterni", "aangifte gedaan", "aangifte gedaan bij de politie",
	"depose plainte", "deposer plainte", "porte plainte", "filed a complaint", "anzeige erstattet", "strafanzeige",
	"presentado una denuncia", "presentato denuncia", "sporto denuncia",
	// what the technicians saw, before it has a name
	"comportement anormal", "comportements anormaux", "comportamento anomalo", "comportamiento anomalo", "anomalous behaviour",
	"anomalous activity", "unusual activity", "ungewohnliche aktivitat*", "afwijkend gedrag", "ongebruikelijke activiteit*",
	"suspicious behaviour", "suspicious behavior", "suspicious activity", "activite suspecte", "activites suspectes",
	"comportement suspect", "verdachtige aktivitat*", "verdachtiges verhalten", "attivita sospett*", "comportamento sospetto",
	"actividad sospechosa", "comportamiento sospechoso", "verdachte activiteit*", "verdacht gedrag",
	// every password changed, as after a break-in
	"cambiare tutte le password", "cambiato tutte le password", "change all passwords", "change their passwords", "reset all passwords",
	"passwords reset", "changer tous les mots de passe", "changer leurs mots de passe", "mots de passe reinitialises",
	"passworter zu andern", "passworter geandert", "alle passworter", "cambiar todas las contrasenas", "cambiar sus contrasenas",
	"wachtwoorden te wijzigen", "wachtwoorden gewijzigd", "alle wachtwoorden")

// counts number what follows: "two attacks", "drei Angriffe".
var counts = words("two", "three", "four", "several", "deux", "trois", "quatre", "plusieurs", "zwei", "drei", "vier",
	"mehrere", "due", "tre", "quattro", "diversi", "dos", "tres", "cuatro", "varios", "twee", "drie", "vier", "meerdere",
	"2", "3", "4")

// pluralAttacks name attacks in the plural: a title that does tells of
// several.
var pluralAttacks = words("attacks", "cyberattacks", "cyber attacks", "cyber-attacks", "attaques", "cyberattaques",
	"cyber attaques", "angriffe", "cyberangriffe", "hackerangriffe", "attacchi", "cyberattacchi", "ataques", "ciberataques",
	"aanvallen", "cyberaanvallen", "hackeraanvallen", "hackersaanvallen", "uberlastungsangriffe", "ddos angriffe", "ddos attacks",
	"attaques ddos", "ransomware attacks", "ransomware angriffe", "ddos aanvallen", "attacchi ddos", "ataques ddos")

// countedNouns are what a round-up's title counts besides attacks: the
// bodies hit ("trois collectivités", "two councils", "zwei Verwaltungen").
var countedNouns = words("communes", "villes", "mairies", "collectivites", "departements", "regions", "intercommunalites",
	"institutions", "organismes", "administrations", "councils", "authorities", "towns", "cities", "counties", "municipalities", "kommunen",
	"stadte", "gemeinden", "verwaltungen", "kreise", "landkreise", "kantone", "behorden", "comuni", "enti", "province",
	"regioni", "amministrazioni", "ayuntamientos", "municipios", "instituciones", "diputaciones", "administraciones",
	"consistorios", "gemeenten", "provincies", "besturen", "overheden", "victimes", "victims", "opfer", "vittime",
	"victimas", "slachtoffers", "municipi", "municipalites", "camaras", "concelhos", "autarquias",
	// their houses: "Three weeks, three town halls"
	"town halls", "city halls", "rathauser", "hotels de ville", "gemeentehuizen", "stadhuizen", "palazzi comunali",
	// the cases told: "Dos episodios de este invierno", "Retour sur quatre cas"
	"cas", "affaires", "dossiers", "cases", "casos", "casi", "episodios", "episodes", "episodi", "incidents", "incidenti", "incidentes",
	"vorfalle", "falle", "gevallen", "incidenten")

// itSystems are what an attack takes down.
var itSystems = words("systems", "system", "servers", "server", "computers", "ordinateurs", "ordinateur", "computer", "ordenadores", "network", "it systems", "systemes",
	"serveurs", "serveur", "reseau informatique", "informatique", "informatiques", "systeme*", "netzwerk", "netz", "rechner", "sistemi", "rete informatica",
	"sistemas", "servidores", "red informatica", "systemen", "netwerk", "ict", "informationssystem*", "it system*",
	"informatiesyste*", "sistema informati*", "sistemi informati*",
	// German and Swiss German: "ein Angriff auf die Informatik der Stadt", "EDV seit Sonntag lahmgelegt"
	"informatik", "edv", "it infrastruktur", "informatikvorfall", "it vorfall",
	// a town's network and Spain's e-office: "la red municipal", "recupera la sede electrónica"
	"red municipal", "rete comunale", "sede electronica",
	// online portals: "über eine Lücke im Bewerberportal"
	"portal", "bewerberportal", "burgerportal", "serviceportal", "onlineportal", "webportal", "kundenportal", "portail", "portails",
	"portale", "portali", "portales")

// plainAttack words name an attack of any kind: they count as a cyber
// attack only in an article that names one plainly elsewhere.
var plainAttack = words("attaque", "attaques", "attack", "attacks", "angriff", "angriffe", "angriffs", "angriffes", "attacco", "attacchi",
	"ataque", "ataques", "aanval", "attacke", "attacken", "atac", "atacs", "atacat*",
	"atak", "ataku", "ataki", "atakow", "angrepp*", // Polish, Swedish
	// participles: "deux collectivités attaquées", "Dos instituciones atacadas"
	"attacked", "attaquee*", "angegriffen", "attaccat*", "atacad*", "aangevallen",
	// extortion, in an article on attacks: "Zwei Männer sollen Nastättener Verwaltung erpresst haben"
	"extorsion*", "extortion", "extorted", "erpress*", "estorsion*", "estort*", "afpers*", "extorsao", "extorsoes",
	// blackmail: "La Mancomunitat denuncia un chantaje: los piratas amenazan con publicar datos"
	"chantaje", "chantage", "ricatto", "ricattat*", "blackmail*")

// unreachable say a service could not be reached, which dates an attack
// told by its effect ("Lundi, le site de la Ville est resté
// inaccessible"); the earliest date wins, so "until Wednesday" after the
// attack's own day does not.
var unreachable = words("inaccessible", "inaccessibles", "injoignable*", "hors ligne", "nicht erreichbar",
	"unerreichbar", "unreachable", "inaccessible", "irraggiungibil*", "inaccesible*", "onbereikbaar", "offline")

// outageWords tell that services are down, with no date of an attack in
// them: an outage whose cause is not given, or its effects ("phones and
// online services down for third day", "guichets fermés et écrans noirs
// à l'hôtel de ville").
var outageWords = words(append([]string{"is down", "are down", "went down", "remain down", "remained down", "down for",
	"still down", "down since", "down after", "went offline", "knocked offline",
	"systemes tomber", "serveurs tomber", "systemes sont tombes", "serveurs sont tombes", "reseau est tombe",
	"hors service", "ecrans noirs", "fuori servizio", "fuera de servicio", "ausgefallen", "caida", "caidas", "caido",
	"caidos"}, unexplainedOutages...)...)

// happenedWords date an event: "l'incident remonte à jeudi".
var happenedWords = words("incident", "remonte", "s est produit*", "a eu lieu", "a debute", "a commence", "occurred",
	"took place", "began", "started", "happened", "ereignet*", "begann", "avvenut*", "iniziat*", "ocurri*", "comenz*")

// attackKinds map each attack type to its cues, most specific first in
// kindOrder.
var attackKinds = map[vigie.AttackType]cue{
	vigie.AttackRansomware: words(append(append(encryptionWords, ransomNouns...), groupNames...)...),
	vigie.AttackDDoS: words("ddos", "deni de service", "denial of service", "denial-of-service", "dos attack*",
		"uberlastungsangriff*", "uberlastungsattacke*", "ddos angriff*", "negacion de servicio", "denegacion de servicio", "negazione del servizio",
		"negazione di servizio", "overbelastingsaanval*", "dienstweigering*", "denegacio de servei", "negacao de servico",
		"overbelastningsattack*", "odmowy uslugi", "odmowa uslugi", "anonymous sudan", "noname057*", "killnet",
		// told by its effect: "collapsed under a flood of junk traffic", "une stortvloed aan nepverkeer"
		"junk traffic", "flood of traffic", "flood of requests", "flooded with requests", "bombarded with requests",
		"deliberate saturation", "saturation deliberee", "saturation volontaire", "afflux massif de requetes",
		"mit anfragen uberflutet", "mit anfragen bombardiert", "flut von anfragen", "richieste massive", "sommers* di richieste",
		"inundad* de peticiones", "avalancha de peticiones", "nepverkeer", "overspoeld met verkeer", "overspoeld met verzoeken",
		// traffic made up: "sommersa da un'ondata di traffico artificiale"
		"traffico artificiale", "ondata di traffico", "artificial traffic", "trafic artificiel", "kunstlichem datenverkehr", "kunstlicher datenverkehr",
		"trafico artificial", "kunstmatig verkeer"),
	vigie.AttackDataBreach: words("fuite* de donnees", "vol* de donnees", "donnees volees", "donnees derobees",
		"donnees exfiltrees", "exfiltration", "exfiltre*", "donnees publiees", "donnees divulguees", "donnees exposees",
		"data breach*", "data leak*", "stolen data", "data stolen", "been stolen", "were stolen", "was stolen", "datenleck*", "datendiebstahl*",
		"data theft", "theft of data", "theft of personal data", "theft of residents data", "stolen files", "stolen documents",
		"steal data", "stole data", "steal and publish data",
		"data taken", "data was taken", "data were taken", "data had been taken", "information was taken", "details were taken",
		// and looked at: "4,000 tenants had their records accessed in the breach"
		"records accessed", "records were accessed", "records had been accessed", "data was accessed", "data were accessed",
		"data had been accessed", "details were accessed", "information was accessed", "information had been accessed",
		"daten gestohlen", "furto di dati", "dati rubati", "fuga de datos", "robo de datos", "datalek*",
		"dados roubados", "roubado dados", "roubaram dados", "roubo de dados", "fuga de dados", "dados divulgados",
		"violacao de dados", "dados expostos", "dados publicados", "dados copiados", "copiados dados",
		"roubo de datos", "datos roubados", "furt de dades", "robatori de dades", "dades robades", // Galician, Catalan
		"wyciek danych", "wycieku danych", "wyciekly dane", "kradziez danych", "skradzione dane", // Polish
		"lackt", "lackta", "lackts", "lackan", "stulna uppgifter", "stulits", "stals", "datalacka*", // Swedish: "handlingar har läckt"
		"darknet", "dark web", "darkweb",
		// the law's word for it: "une « violation de données personnelles »", "eine Datenschutzverletzung"
		"violation de donnees", "violations de donnees", "violation des donnees", "datenschutzverletzung*", "datenpanne*",
		"violacion de datos", "brecha de datos",
		// data extracted: "lo que hubo fue una extracción de datos"
		"extraccion de datos", "extraccao de dados", "extraction de donnees", "estrazione di dati", "data extraction",
		// data flowing out: "informiert über einen Datenabfluss"
		"datenabfluss*", "daten abgeflossen"),
	vigie.AttackDefacement: words("defiguration", "defigure*", "defaced", "defacement", "defacciat*", "verunstalt*",
		"desfigurad*", "desfigurar", "desfiguraron", "desfiguro", "deturpat*", "gedefaced", "beklad",
		// the home page swapped for the attackers' own
		"homepage replaced", "home page replaced", "homepage was replaced", "home page was replaced", "page d accueil remplacee",
		"page d accueil a ete remplacee", "startseite ersetzt", "startseite durch", "homepage vervangen", "pagina iniziale sostituita",
		"home page sostituita", "pagina de inicio sustituida", "portada sustituida"),
	vigie.AttackPhishing: words("hameconnage", "phishing", "smishing", "phishingaanval*", "phishingangriff*", "phishingmail*",
		"phishing mail*", "phishing aanval*", "phishing angriff*", "faux sms", "faux message", "faux messages", "faux mail", "faux mails", "faux courriel", "fake message*",
		"faux courriels", "fake sms", "fake text*", "fake email*", "arnaque*", "escroquerie*", "scam*", "truffa",
		"estafa", "betrug*",
		// a body paid the fraudsters posing as a supplier or its head: "victime d'une fraude au faux fournisseur"
		"fraude au faux*", "fraude aux faux*", "faux fournisseur*", "fraude au president", "faux rib", "escroc", "escrocs",
		"ceo fraud", "invoice fraud", "mandate fraud", "payment diversion*", "business email compromise", "chefbetrug",
		"ceo betrug", "fake president*", "ceo fraude", "factuurfraude", "truffa del ceo", "fraude del ceo", "falso proveedor",
		"finto fornitore", "fraudster*", "fake supplier*", "fake invoice*", "truffator*", "estafador*", // "paid almost £92,000 to fraudsters who posed as one of its contractors"
		// a trapped mail: "Un courriel piégé serait à l'origine de l'intrusion", "Un correo trampa"
		"courriel piege*", "courriels pieges", "mail piege*", "mails pieges", "e mail piege*", "e mails pieges", "correo trampa",
		"correos trampa", "email trappola", "mail trappola"),
	vigie.AttackIntrusion: words("infiltre", "infiltres", "infiltree", "infiltrees", "infiltration",
		"infiltrated", "acces frauduleux", "acces non autorise", "unauthorised access", "unauthorized access",
		"accesso abusivo", "acceso no autorizado", "acces no autoritzat", "unbefugte* zugriff", "eindringling*", "onbevoegd*",
		"acesso nao autorizado", "acesso indevido", "intrusao",
		"indringer*", "inbraak", "binnengedrongen", "toegang verschaft",
		// systems breached or entered, as officials say it
		"sistemi violati", "sistemi informatici violati", "sono stati violati", "violazione dei sistemi",
		"entrato nei sistemi", "entrati nei sistemi", "systemes compromis", "reseau compromis", "systemes ont ete compromis",
		"systems were breached", "network was breached", "systems were compromised", "network was compromised",
		"eingedrungen", "zugang verschafft", "zugriff verschafft", "zugang zum internen netz", "systeme kompromittiert", "netzwerk kompromittiert", "sistemas vulnerados", "han vulnerado",
		"accedieron a los sistemas", "systemen gecompromitteerd",
		// someone got in: "unos delincuentes se colaron en un servidor"
		"se colaron en", "se colo en", "s est introduit dans", "se sont introduits dans", "si sono introdotti", "si e introdotto",
		"broke into", "hacked into", "drangen in", "drang in",
		// someone took hold of accounts: "qualcuno si è impossessato di alcune caselle di posta"
		"si e impossessat*", "si sono impossessat*", "s est empare*", "se sont empare*", "se apodero", "se apoderaron"),
}

// The ransomware cues are of three sorts: encryption (what ransomware
// does), a ransom (which extortion asks too), and a group's name (which a
// text may name as a suspect or a threat only).
var (
	encryptionWords = []string{"rancongiciel*", "ranconciel*", "ransomware*", "cryptovirus", "cryptolocker",
		"virus de chiffrement", "logiciel de rancon", "chiffre", "chiffres", "chiffree", "chiffrees", "chiffrement", "chiffrer", "crypter", "cifrare", "cifrar",
		"crypte", "cryptes", "cryptee", "cryptees", "encrypted", "encrypt", "encryption", "verschlusselt*", "verschlusseln", "verschlusselten",
		"verschlusselung*", "erpressungstrojaner", "erpressungssoftware", "criptat*", "cifrad*", "cifrat*", "secuestro de datos",
		"gijzelsoftware", "versleutel*", "encrypting", "cifro", "cifrarono", "cifraron", "cifrando", "cifrara", "cifraran", "cifrase", "cifrasen", "chiffrant", "crittografat*", "encriptad*", "encriptacao",
		// Catalan ("el mateix centre de dades que va ser xifrat"), Polish, Swedish
		"xifrat", "xifrats", "xifrada", "xifrades", "encriptat*",
		"zaszyfrowal*", "zaszyfrowan*", "szyfrujac*", "krypterad*", "krypterat*", "krypterades"}
	ransomNouns = []string{"rancon", "rancons", "ranconn*", "ransom", "ransoms", "losegeld*", "riscatto", "rescate", "losgeld*", "resgate",
		// systems held for ransom: "el secuestro informático que sufrió el consistorio"
		"secuestro informatico", "sequestro informatico", "sequestro dei dati",
		// a ransom by other names: "a demand for payment had been left on the system", "a payment in cryptocurrency"
		"demand for payment", "payment demand", "cryptocurrenc*", "bitcoin*", "cryptomonnaie*", "kryptowahrung*", "criptovalut*", "criptomoneda*",
		"okup", "okupu", "okupem", "losensumm*"} // Polish, Swedish
	// Groups whose names are no common words; the others need "ransomware" or "groupe" near them.
	groupNames = []string{"lockbit*", "pysa", "mespinoza", "ryuk", "revil", "sodinokibi", "blackcat", "alphv", "vice society",
		"rhysida", "clop", "cl0p", "doppelpaymer", "egregor", "netwalker", "avaddon", "babuk", "black basta",
		"blackbyte", "qilin", "ransomhub", "hunters international", "bianlian", "8base", "ragnar locker",
		"ransomexx", "blacksuit"}
	encryptionCue = words(encryptionWords...)
	ransomCue     = words(ransomNouns...)
	groupCue      = words(groupNames...)
)

// suspectWords say a group is suspected or feared, not that it struck:
// "le groupe LockBit est soupçonné", "a threat from LockBit".
var suspectWords = words("soupconne*", "suspect*", "pourrait", "pourraient", "possible*", "hypothese", "piste*",
	"menace*", "threat*", "could", "might", "may have", "verdacht*", "verdachtig*", "moglicherweise", "konnte",
	"sospett*", "potrebbe", "ipotesi", "sospech*", "podria", "posible*", "consistent with", "compatible avec",
	"compatibile con", "compatible con", "line of inquiry",
	// "apuntan, sin confirmarlo, al grupo BlackCat"
	"sin confirmar*", "sans le confirmer", "sans confirmer", "senza confermar*", "without confirming", "unconfirmed", "unbestatigt",
	"ohne dies zu bestatigen", "zonder dat te bevestigen", "zonder te bevestigen", "apuntan a", "apunta a", "pointent vers", "point to", "points to",
	// "les enquêteurs s'intéressent au groupe Akira"
	"s interesse*", "interessieren sich", "looking at", "looking into", "si interessano", "se interesan", "kijken naar")

// kindOrder is the order in which attack types win over each other when
// an article gives cues of several: ransomware that also leaked data is
// ransomware.
var kindOrder = []vigie.AttackType{vigie.AttackRansomware, vigie.AttackDDoS, vigie.AttackDefacement,
	vigie.AttackDataBreach, vigie.AttackPhishing, vigie.AttackIntrusion}

// homePages and replacedWords, a few words apart, tell a defacement.
var (
	homePages = words("page d accueil", "homepage", "home page", "startseite", "pagina iniziale", "pagina principale",
		"pagina de inicio", "portada", "startpagina", "voorpagina")
	replacedWords = words("remplace", "remplacee", "replaced", "ersetzt", "ausgetauscht", "sostituit*", "sustituid*", "reemplazad*", "vervangen")
	// websites and what vandals leave on them: "website replaced with
	// political slogans", "its website was vandalised"
	websites = words("website", "websites", "webseite", "internetseite", "internetauftritt", "site internet", "site web", "sito web", "sito internet", "sitio web", "pagina web", "homepage", "home page",
		"sito", "sito istituzionale", "site de la mairie", "site de la ville", "site de la commune", "sitio", "webpagina", "webstek")
	vandalWords = words("vandalis*", "vandaliz*", "vandalisiert", "vandalizzat*", "slogans", "propaganda", "propagande", "parolen", "proclami", "consignas", "leuzen",
		"sfregiat*", "imbrattat*", "manomess*", "manomission*", "beschmiert", "verschandelt", "besmeurd", "pintarrajead*", // "sito del Comune sfregiato"
		"detourne", "detournee", "hijacked", "gekapert", "dirottat*", "gekaapt") // "le site de la ville détourné pendant plusieurs heures"
)

// floodWords and trafficNouns, a few words apart, tell a denial of
// service by its effect: "a barrage of traffic", "swamped with bogus
// requests", "mit Anfragen überlastet", "Millionen Anfragen pro Minute".
var (
	floodWords = words("flood*", "barrage", "deluge", "torrent", "avalanche", "swamped", "overwhelmed", "bombarded", "saturat*",
		"sature", "saturee", "satures", "saturees", "afflux", "influx", // "un afflux massif de connexions"
		"inonde*", "submerge*", "deferlante", "diluvio", "diluvi", "uberflutet", "uberlastet", "uberschwemmt", "bombardiert", "flut", "inondat*",
		"sommers*", "subissat*", "bombardat*", "inundad*", "desbordad*", "bombardead*", "overspoeld", "overbelast", "stortvloed",
		// waves of them: "hit by waves of bogus requests"
		"wave", "waves", "vague", "vagues", "welle", "wellen", "ondata", "ondate", "oleada", "oleadas",
		// a count past reason: "mehrere Millionen Anfragen pro Minute", "hundreds of thousands of requests"
		"millions", "millionen", "milioni", "millones", "miljoenen", "thousands", "tausende", "milliers", "migliaia", "duizenden")
	trafficNouns = words("traffic", "requests", "queries", "connections", "connection requests", "requetes", "connexions",
		"anfragen", "zugriffe", "aufrufe", "richieste", "connessioni", "peticiones", "solicitudes", "conexiones",
		"verzoeken", "verkeer", "aanvragen")
)

// hijackNames say an account was seized, whatever else the text says:
// "Postfach gekapert" (hijackWords); takenWords hold them with weaker
// words that need an attack told beside them.
var hijackNames = []string{"gekapert*", "gekaapt*", "hijacked", "compromised", "kompromittiert*", "piratee", "piratees",
	"hackerat*", "hackead*", "gehackt*", "hacked"} // "aus gekaperten Postfächern"

// leakNouns name data stolen or leaked.
var leakNouns = words("theft", "leak", "leaks", "vol", "fuite", "fuites", "diebstahl", "datenabfluss", "abfluss", "furto",
	"fuga", "robo", "filtracion", "diefstal", "lek",
	// and the verb: "gegevens van duizenden inwoners gelekt"
	"gelekt", "geleakt", "leaked", "durchgesickert", "trapelat*", "filtrad*")

// breakIns tell an attack without its kind: "des intrus ont réussi à
// s'introduire dans le réseau", "un intruso logró acceder".
var breakIns = words("intrus", "intruder", "intruders", "intruso", "intrusos", "intrusi", "s introduire", "se sont introduits",
	"drang", "drangen", "dringen", "dringt", "eingedrungen") // "drang ein Unbekannter … ins Netz der Behörde ein"

// negators before a cue deny it ("aucune donnée chiffrée", "no ransom").
var negators = words("statt", "anstatt", "anstelle", "instead of", "rather than", "au lieu d", "au lieu de", "plutot qu", "plutot que",
	"invece di", "anziche", "en lugar de", "en vez de", "in plaats van", "em vez de", // "Stromausfall statt Hackerangriff"
	"n", "pas", "aucun", "aucune", "sans", "ni", "non", "jamais", "exclut", "exclu", "exclue", "ecarte",
	"ecartee", "not", "no", "without", "neither", "nor", "ruled out", "rules out", "rule out", "kein", "keine",
	"keinen", "keinerlei", "keinem", "nicht", "ohne", "nessun", "nessuna", "nessuno", "senza", "ningun", "ninguna", "sin", "nunca", "weder", "ne",
	"geen", "niet", "zonder", "nothing", "none", "skip", "skips", "skipping", "skipped", "rien", "nichts", "niets", "nulla", "niente", "nada", "ninguno", "keiner", "keines",
	"nao", "nenhum", "nenhuma", "sem", // Portuguese
	"inga", "inte", "ingen", "inget", "aldrig", "utan", // Swedish: "Inga system har krypterats"
	"nie", "zadne", "zadnych", "zaden", "zadna", "bez", // Polish: "Nie doszło do wycieku danych"
	"isn t", "wasn t", "aren t", "weren t", "didn t", "hasn t", "haven t", "hadn t", // "it isn't a hack"
	// prevented: "the quick shutdown prevented any data leak", "a permis d'éviter une fuite de données"
	"prevented", "averted", "empeche", "empecher", "eviter", "evite", "evitato", "evitare", "impedito", "evitar", "evitado",
	"impedido", "verhindern", "verhindert")

// denials anywhere before a cue in its sentence deny it: "la ville écarte
// à ce stade le scénario d'un rançongiciel".
var denials = words("ecarte*", "exclut", "exclu", "rule* out", "ruled out", "denied", "denies", "dementi*", "nie",
	"ontkent", "ontkende", "ontkennen", "bestreitet", "bestritt", "smentisce", "smentiscono", "desmiente", "desmienten",
	"schliesst aus", "ausgeschlossen", "esclude", "smentit*", "descarta*", "niega", "keine hinweise", "aucun signe",
	"aucun indice", "aucune preuve", "no evidence", "no sign", "no indication", "nessuna prova", "nessun segno",
	"ninguna prueba", "ningun indicio", "geen aanwijzingen", "geen bewijs", "no confirmation", "aucune confirmation",
	"keine bestatigung", "nessuna conferma", "ninguna confirmacion", "geen bevestiging",
	// Portuguese: "A autarquia afasta qualquer ataque informático", "desmente"
	"afasta", "afastou", "afastam", "desmente*", "desmentiu", "desmentit", "negou", "nenhuma prova", "nenhum indicio", // and Catalan "desmenteix"
	"negando", "negato", "negano", "nega", // "ha respinto un'intrusione, negando qualsiasi cifratura"
	// "L'ente ha escluso qualsiasi cifratura dei dati"
	"escluso", "esclusa", "esclusi", "escludono", "uitgesloten", "sluit uit", "sluiten uit",
	// present tenses: "l'amministrazione smentisce richieste di riscatto"
	"smentisce", "smentiscono", "dement", "dementent", "desmiente", "desmienten", "bestreitet", "bestreiten", "ontkent", "ontkennen",
	// "no se trata de un caso de secuestro de datos"
	"ne s agit pas", "il ne s agit", "no se trata", "non si tratta", "handelt sich nicht", "handle sich nicht", "gaat niet om",
	"is not a case of")

// theftVerbs and dataNouns, a few words apart, tell data taken: "download
// more than 30,000 emails", "comenzó a sustraer información", "staff
// members' sensitive details exposed".
var (
	theftVerbs = words("stole", "stolen", "steal*", "exfiltrat*", "exfiltre*", "downloaded", "download", "copied",
		// German forms split or bound: "Daten abzogen", "begannen … abzuziehen", "angezapft"
		"abzuziehen", "abzogen", "abgriffen", "absaugten", "angezapft", "abgezapft", "zapften",
		"exposed", "leaked", "derobe*", "vole", "volee", "volees", "voles", "aspire*", "siphonn*", "divulgu*",
		"gestohlen", "erbeutet", "abgegriffen", "abgeflossen", "entwendet", "kopiert", "rubat*", "sottratt*",
		"trafugat*", "esfiltrat*", "divulgat*", "sustra*", "robad*", "robo", "filtrad*", "gestolen", "buitgemaakt",
		"gelekt", "uitgelekt", "copier", "copiee", "copiees", "kopieerde", "gekopieerd", "copiato", "copiati", "copiado", "copiados", "stehlen",
		"stahlen", "kopierten", "abgezogen", "abgesaugt", "copie", "copiees", "copies",
		// the theft named: "il furto di credenziali dell'agosto 2024"
		"furto", "furti", "theft", "thefts", "diebstahl", "diefstal", "vol", "vols")
	hijackWords = words(hijackNames...)
	lockedWords = words("gegijzeld", "gijzel*", "otage*", "hostage*", "geisel*", "ostaggi*", "rehen*", "secuestrad*",
		"illisible*", "onleesbaar", "unlesbar*", "illeggibil*", "ilegible*", "unreadable",
		"unbrauchbar", "inutilisable*", "unusable", "inutilizzabil*", "inutilizable*", "onbruikbaar", // "die Daten auf den Servern unbrauchbar gemacht"
		"bloques", "bloquees", "bloqueados", "bloqueadas", "bloccati", "bloccate", "blockiert", "geblokkeerd")
	takenWords = words(append(slices.Clone(hijackNames), "pirate", "pirates", "compromis", "compromise", "violat*", "violazion*", "violacion*",
		"overgenomen", "controle", "control", "kontrolle", "controllo", "overnamen", "ubernommen", "taken over",
		// misused: "ein Postfach der Stadtverwaltung für den Versand gefälschter Zahlungsaufforderungen missbraucht"
		"missbraucht", "misused", "abused", "detourne", "detournee", "detournes", "misbruikt",
		"erbeutet*", // "mit den erbeuteten Zugangsdaten"
		// seized: "des escrocs ont pu s'emparer de plusieurs comptes d'employés"
		"s emparer", "emparer", "impadronit*", "apoderad*", "apoderarse", "bemachtigt", "bemachtigten",
		// access gained: "Criminelen kregen toegang tot mailboxen van ambtenaren"
		"toegang tot", "access to", "acces a", "acces aux", "zugriff auf", "zugang zu", "accesso a", "accesso alle", "acceso a",
		// and said the other way round: "Kwaadwillenden hebben woensdag toegang gekregen tot het e-mailaccount van een ambtenaar"
		"toegang gekregen", "toegang verkregen", "gained access", "obtained access", "got access", "acces obtenu", "obtenu l acces",
		"ottenuto l accesso", "accesso ottenuto", "obtenido acceso", "obtuvieron acceso", "zugang erlangt", "zugriff erlangt",
		"zugang erhalten", "zugriff erhalten")...)
	// credentials typed into a fake page (credentialsGiven)
	enteredWords = words("introdujeron", "introdujo", "saisi", "saisis", "entered", "typed in", "eingegeben", "eingetippt",
		"inserito", "inserito le", "inserirono", "ingevoerd", "ingevuld", "digitaram", "introduziram")
	credentialNouns = words("credenciales", "identifiants", "credentials", "zugangsdaten", "anmeldedaten", "passwort",
		"password", "passwords", "credenziali", "inloggegevens", "wachtwoord", "mot de passe", "mots de passe", "contrasena",
		"contrasenas", "credenciais")
	accountNouns = words("boite mail", "boite e mail", "boite aux lettres electronique", "messagerie", "mailbox",
		"email account", "e mail account", "account", "accounts", "compte", "comptes", "postfach", "e mail konto", "konto",
		"casella di posta", "casella email", "caselle di posta", "caselle email", "caselle", "account di posta", "buzon", "cuenta de correo", "cuenta", "mailbox",
		"e mailaccount", "mailaccount", "mailboxen", "mailboxes", "postfacher", "postfachern", "e mail konten", "accounts van")
	dataNouns = words("donnees", "informations", "fichiers", "courriels", "mails", "e mails", "documents", "data",
		"information", "emails", "files", "records", "details", "daten", "dokumente", "dati", "informazioni",
		"documenti", "datos", "informacion", "documentos", "correos", "gegevens", "bestanden", "documenten", "dateien",
		"unterlagen", "carpetas", "cartelle", "ordner", "mappen", "folders",
		// German compounds: "greifen Steuerdaten … ab"
		"steuerdaten", "personendaten", "personaldaten", "burgerdaten", "meldedaten", "sozialdaten", "kundendaten",
		"einwohnerdaten", "mitarbeiterdaten", "bewerberdaten", "patientendaten", "bankdaten", "kontodaten", "adressdaten",
		"lebenslaufe", "zeugnisse", "bewerbungen", "personalakten", "archivi", "file", "archivos", "ficheros", "expedientes", "dossiers", "gigabyte*", "gigaoctets", "terabyte*")
)

// lossCue names data lost or taken, so that a denial of it can be read:
// "no data had been lost", "no hubo robo ni pérdida de datos".
var lossCue = words("perte* de donnees", "vol* de donnees", "fuite* de donnees", "donnees volees", "donnees perdues",
	"data lost", "data loss", "lost data", "data had been lost", "data was lost", "data were lost", "data stolen",
	"stolen data", "data theft", "data taken", "datenverlust*", "datendiebstahl", "daten gestohlen", "daten abgeflossen",
	"perdita di dati", "furto di dati", "dati rubati", "perdida de datos", "robo de datos", "robo", "datalek*",
	"gegevens gestolen", "dataverlies")

// hedges just before a cue make it a supposition, not a fact: "en cas de
// demande de rançon", "un éventuel vol de données", "whether data were
// stolen".
var hedges = words("en cas de", "en cas d", "eventuel*", "si jamais", "in case of", "in the event of", "if",
	"potential", "potentially", "possible", "possibly", "im falle", "ob", "eventuell*", "moglich*",
	"in caso di", "eventual*", "en caso de", "posible*", "mogelijk*", "indien",
	// "whether" opening a clause, a few words before (the rest of the
	// whether words are whetherClauses, read over the whole sentence)
	"si le", "si la", "si l", "allfallig*", "pu etre", "aurait pu", "auraient pu", "could have been", "may have been", "might have been",
	"konnten", "konnte", "potrebbero", "potrebbe", "podrian haber", "podria haber",
	// a fear: "des habitants craignant une attaque" ("a suspected ransomware attack" is one the body owns to)
	"befurcht*", "craign*", "craint", "craintes", "redout*", "feared", "fearing", "temendo", "temiendo", "vreesden", "vrezend",
	// a purpose, not a deed: "les attaquants visent des structures fragiles afin de dérober leurs données"
	"afin de", "afin d", "in order to", "so as to", "cherchent a", "seek to", "seeks to", "aim to", "aims to",
	"al fine di", "con el fin de", "para poder",
	// a comparison: "anders dan bij een klassieke ransomware-aanval"
	"unlike", "contrairement a", "contrairement aux", "a la difference", "im gegensatz", "anders als", "anders dan",
	"a differenza", "a diferencia")

// queries anywhere before a cue in its sentence make it a question put,
// not a fact: "interrogé sur un éventuel vol de données ou sur une
// demande de rançon".
var queries = words("interroge sur", "interrogee sur", "interroges sur", "questionne sur", "asked about", "asked whether",
	"asked if", "questioned about", "befragt", "gefragt", "preguntad* por", "preguntad* si", "interpellat* su",
	"alla domanda", "gevraagd naar",
	// it is not known whether: "on ignore encore si des données ont été chiffrées ou volées"
	"on ignore", "on ne sait pas", "reste a determiner", "unclear whether", "not known whether", "not yet known",
	"unklar", "nicht bekannt ob", "noch offen ob", "non e chiaro", "non si sa", "se desconoce", "no se sabe",
	"onduidelijk of", "niet bekend of",
	// a guess others made: "Op sociale media werd al gauw gespeculeerd over een cyberaanval"
	"specula*", "specule*", "gespeculeerd", "speculeren", "spekulier*", "spekulation*", "especul*",
	// nothing to go on yet: "Rien ne permet à ce stade d'affirmer que des fichiers ont été chiffrés"
	"rien ne permet", "impossible de dire", "too early to say", "cannot yet say", "nothing yet to suggest", "lasst sich nicht sagen",
	"noch nicht sagen", "non e possibile dire", "nulla permette", "no es posible afirmar", "nada permite", "valt niet te zeggen",
	"impossible de savoir", "impossible donc de savoir", "difficile de savoir", "impossible to know", "no way of knowing",
	"impossibile sapere", "imposible saber", "blijft gissen", "nicht zu sagen",
	// "né è chiaro se dati dei cittadini siano stati sottratti"
	"chiaro se", "clair si", "claro si", "duidelijk of", "klar ob", "clear whether", "clear if",
	// not said: "no ha precisado la naturaleza del problema ni si se ha producido una petición de rescate"
	"n a pas precise", "n ont pas precise", "has not said", "have not said", "did not say whether", "no ha precisado",
	"no han precisado", "non ha precisato", "non hanno precisato", "machte keine angaben", "wollte nicht sagen",
	"heeft niet gezegd", "chiarire se", "non ha voluto chiarire", "declined to clarify", "refused to say whether",
	"refuse de dire si", "no ha querido aclarar", "aclarar si", "niet willen zeggen of",
	// questions left unanswered: "declining to answer questions about a ransom"
	"questions about", "declining to answer", "declined to answer", "refused to answer", "would not answer",
	"refuse de repondre", "a refuse de repondre", "rifiutato di rispondere", "se nego a responder",
	// not yet known: "nous ne savons toujours pas s'il s'agit", "non è stato chiarito se"
	"ne savons pas", "ne savons toujours pas", "ne sait pas", "ne sait toujours pas", "still unclear", "remains unclear",
	"is unclear", "wissen nicht", "wissen noch nicht", "non e stato chiarito", "non e ancora chiaro", "resta da chiarire",
	"no esta claro", "todavia no se sabe", "weten nog niet", "nog onduidelijk")

// undisclosed say the kind of attack was not told: "la nature de
// l'attaque n'a pas été précisée", "no ha precisado de qué tipo de ataque
// se trata". An intrusion cannot be inferred from what was denied then.
var undisclosed = words("pas precise la nature", "pas precise de quelle", "nature de l attaque n a pas",
	"nature exacte", "sans preciser la nature", "pas souhaite preciser", "refuse de preciser", "declined to say", "not disclosed the nature", "did not say what kind", "not said what kind",
	"would not say what kind", "nature of the attack", "type of attack has not", "no ha precisado de que tipo",
	"sin precisar", "naturaleza del ataque", "art des angriffs", "um welche art", "natura dell attacco",
	"tipo di attacco", "aard van de aanval", "naturaleza del problema", "naturaleza del incidente", "tipo de incidente",
	"nature de l incident", "nature du probleme", "nature of the incident", "art des vorfalls", "natura del problema",
	"natura dell incidente", "aard van het incident")

// negatedAfter, after a cue, deny it ("la piste du rançongiciel est exclue").
var negatedAfter = words("exclu", "exclue", "exclus", "ecarte", "ecartee", "ruled out", "ausgeschlossen", "escluso", "descartado",
	"nichts", "niets", "geen sprake", "keine rede", "no question", "aucune trace", "no sign",
	// German says "not" after the noun: "eine Lösegeldforderung liegt nicht vor"
	"liegt nicht vor", "liegen nicht vor", "nicht gestellt", "nicht erhoben", "nicht gefordert",
	"war es nicht", "ist es nicht", "sei es nicht", "war das nicht", // "Ein Angriff war es nicht."
	// "Schadsoftware zur Verschlüsselung sei nicht ausgeführt worden"
	"nicht ausgefuhrt", "nicht ausgelost", "nicht aktiviert", "nicht zum einsatz", "nicht gestartet", "nicht stattgefunden",
	// "dass die schnelle Abschaltung einen Datenabfluss verhindert habe"
	"verhindert", "verhindern", "verhindert werden", "abgewendet", "prevented", "averted",
	// reports of it denied: "reports of encryption were denied"
	"zuruckgewiesen", "were denied", "was denied", "dementiert", "smentit*", "desmentid*", "ontkend")

// eventWords say that something happened to a body.
var eventWords = words("touche", "touchee", "touches", "touchees", "vise", "visee", "vises", "visees", "cible",
	"ciblee", "cibles", "ciblees", "frappe", "frappee", "frappes", "frappees", "paralyse", "paralysee", "paralyses",
	"paralysees", "victime*", "bloque", "bloquee", "bloques", "hit", "targeted", "struck", "attacked", "paralysed",
	// a round-up's turn: "traf es den Kanton Solothurn", "war die Provinz an der Reihe", "c'était au tour du conseil"
	"traf", "trafen", "trifft", "an der reihe", "au tour", "toccato", "toccata", "le toco", "aan de beurt",
	"the turn of", "het raak", "tocco a", "toco a",
	"paralyzed", "crippled", "knocked", "getroffen", "lahmgelegt", "angegriffen", "betroffen", "colpit*",
	"paralizzat*", "attaccat*", "afectad*", "atacad*", "victima*", "paralizad*",
	// hacked: "Bagnolet de nouveau piratée"
	"piratee", "piratees", "hacked", "gehackt", "hackeado", "hackeada", "hackerato", "hackerata")

// mentionMarkers before a body say it is cited as context, not reported.
var mentionMarkers = words("apres", "comme", "a l image de", "a l instar de", "tout comme", "rappel*", "deja",
	"avant elle", "avant lui", "precedemment", "after", "like", "following", "as did", "similar to", "earlier",
	"previously", "nach", "wie", "bereits", "dopo", "come", "gia", "tras", "despues", "como", "ya",
	"heels of", "wake of", "dans la foulee de", "dans le sillage de", "im gefolge", "sulla scia", "a raiz de")

// plannedWords describe an outage that was planned, not an attack.
var plannedWords = words(append([]string{"upgrade", "planned", "gepland*", "prevu*", "programmat*", "programad*", "onderhoud*", "wartung*",
	"manutenzion*", "mantenimiento*", "maintenance", "mise a jour", "mises a jour", "travaux informatiques", "system upgrade"}, plannedWorks...)...)

// plannedWorks name works planned as such, which a lead may give as an
// outage's cause ("La mairie migre ses outils vers un nouvel hébergeur");
// "prévu", "planned" may be said of a return after an attack, and a site
// "in manutenzione" is what an attacked body shows.
var plannedWorks = []string{"migration*", "interruption programmee", "interruption planifiee", "coupure programmee", "operation programmee",
	"planned outage", "scheduled maintenance", "wartungsarbeiten", "geplante*", "manutenzione programmata", "mantenimiento programado",
	"umstellung*", "systemumstellung*", "softwareumstellung*", "changeover", "switchover", "overstap*", // "Bürgerservice wegen Systemumstellung geschlossen"
	"migre", "migrent", "migrer", "migriert", "migreert", "migreren", "migrates", "migrating",
	"migracio", "migracion", "migrazione", "migratie"} // "la web municipal, fora de servei per una migració planificada"

// leadWorks find plannedWorks in a lead.
var leadWorks = words(plannedWorks...)

// trainingWords describe an exercise or awareness campaign, not an attack.
var trainingWords = words(append([]string{"fictie*", "fictiv*", "fictif*", "fittizi*", "ficticio*", "fausse", "fausses"}, drills...)...)

// drills name an exercise or a course: a cue right after one is what is
// practised ("un corso obbligatorio sul phishing", "des exercices de
// simulation d'hameçonnage"), not what happened.
var drills = []string{"probt", "proben", "geprobt", "sensibilis*", "formation*", "exercice*", "simulation*", "simule*", "training",
	"drill*", "awareness", "ubung*", "schulung*", "esercitazion*", "formazione", "simulacro*", "formacion",
	"mock", "simulated", "simulat*", "simulier*", "simulad*", "gesimuleerd*", "oefening*", "oefen*", "nagespeeld*",
	// "les agents municipaux s'entraînent", "dipendenti comunali a lezione di cybersicurezza"
	"s entrain*", "entrainement*", "a lezione", "simulazion*", "simulacre*", "un corso", "il corso", "corsi di formazione"}

var drillWords = words(drills...)

// impersonation says a scam used a body's name: its victims are the people
// who received it, not the body.
var impersonation = words("se faisant passer pour", "se font passer pour", "usurp*", "au nom de la mairie",
	"de la part de la mairie", "faux sms", "faux messages", "faux mails", "faux courriels", "impersonat*",
	"pretending to be", "fake sms", "fake text*", "im namen der", "spacciandosi", "haciendose pasar",
	"finti sms", "falsi sms", "sms falsi", "finte email", "finte mail", "falsi messaggi", "a nome del comune",
	"falsos sms", "sms falsos", "mensajes falsos", "correos falsos", "en nombre del ayuntamiento", "gefalschte*",
	"valse sms", "nep sms", "nepberichten", "uit naam van", "in the council s name", "using the council s name",
	"council s name", "in the name of the council", "au nom de la ville", "au nom de la commune",
	// Portuguese: "Burla das SMS em nome da Câmara de Paredes"
	"em nome da camara", "em nome do municipio", "em nome da autarquia", "sms falsos", "mensagens falsas", "fazendo se passar",
	"using the name of", "use the name of", "borrow the name of", "utilisent le nom de", "utilisant le nom de", // "Fraudsters are using the name of Stroud District Council"
	// the messages say they come from it: "text messages claiming to come from 'Gloucester Parking Services'"
	"claiming to come from", "claiming to be from", "purporting to come from", "pretendant venir", "pretendument envoye*",
	"angeblich von", "angeblich im auftrag", "che sembrano provenire", "che dicono di provenire", "que dicen proceder",
	"que aparentan proceder", "die lijken te komen van", "zogenaamd afkomstig van")

// defrauded: a message forged in a supplier's or an executive's name
// deceived the body itself, which paid ("invoice fraud", "fraude au
// président", "Lieferanten-Mail"): not a scam on residents in its name.
var defrauded = words("lieferant*", "supplier", "suppliers", "contractor", "contractors", "fournisseur", "fournisseurs",
	"fornitore", "fornitori", "proveedor", "proveedores", "leverancier", "leveranciers", "aannemer",
	"ceo fraud", "mandate fraud", "invoice fraud", "payment diversion", "fraude au president", "faux ordre de virement",
	"ceo betrug", "chef betrug", "rechnungsbetrug", "truffa del ceo", "frode del ceo", "fraude del ceo", "ceo fraude", "factuurfraude")

// fakeWords and messageNouns, a few words apart, tell messages forged in
// a body's name: "fake parking penalty texts", "falsi messaggi di pagamento".
var (
	fakeWords  = words("fake", "bogus", "fraudulent", "faux", "fausses", "frauduleux", "frauduleuses", "gefalscht*", "falsch*", "betrugerisch*", "falsi", "false", "finti", "finte", "falsos", "falsas", "fraudulent*", "nep", "valse", "frauduleuze", "fraudolent*")
	staffNouns = words("agents", "employes", "salaries", "personnel", "staff", "employees", "mitarbeiter*", "beschaftigte*",
		"dipendenti", "impiegati", "empleados", "funcionarios", "trabajadores", "medewerkers", "ambtenaren", "personeel")
	messageNouns = words("texts", "text messages", "sms", "messages", "emails", "e mails", "mails", "courriels", "nachrichten", "messaggi", "mensajes", "correos", "berichten", "letters", "lettres", "briefe", "lettere", "cartas", "brieven",
		// bills: "Gefälschte Zahlungsaufforderungen aus dem Rathaus"
		"zahlungsaufforderung*", "payment requests", "invoices", "rechnungen", "factures", "fatture", "facturas", "facturen")
)

// impacts name what an attack took down.
var impacts = map[string]cue{
	"servers":            words("serveur*", "server*", "servidor*"),
	"email":              words("messagerie*", "mail", "mails", "courriel*", "email*", "e mail*", "posta elettronica", "correo*"),
	"website":            words("site internet", "sites internet", "site web", "sites web", "website*", "webseite*", "homepage", "sito web", "sito internet", "sitio web", "sites de la ville", "sites"),
	"phones":             words("telephon*", "lignes telephoniques", "phone*", "telefon*"),
	"services-suspended": words("mode degrade", "degraded mode", "services suspendus", "a l arret", "indisponible*", "unavailable", "down", "offline", "hors service", "hors ligne", "au ralenti", "eingeschrankt", "nicht erreichbar", "sospes*", "suspendid*", "papier", "paper"),
	"data-encrypted":     words("chiffre", "chiffres", "chiffree", "chiffrees", "encrypted", "verschlusselt", "criptat*", "cifrad*", "illisible*", "unreadable"),
	"data-leaked":        words("publie* des documents", "donnees publiees", "documents publies", "divulgu*", "leak*", "leaked", "published", "veroffentlicht", "pubblicat*", "publicad*"),
}

// responses name what the victim did.
var responses = map[string]cue{
	"anssi-notified":  words("anssi", "agence nationale de la securite des systemes d information", "national cybersecurity agency"),
	"cert-notified":   words("cert", "cert fr", "csirt", "bsi", "ncsc", "incibe", "ccn cert", "acn"),
	"complaint-filed": words("plainte", "complaint", "anzeige", "strafanzeige", "denuncia", "querella"),
	"cnil-notified":   words("cnil", "ico", "datenschutzbehorde", "garante della privacy", "aepd"),
	"investigation":   words("dgsi", "gendarmerie", "parquet", "enquete", "investigation", "investigating", "ermittl*", "indagin*", "investigacion"),
}

// ransomWords and what was done about a ransom.
var (
	ransomWords   = words("rancon", "rancons", "ransom", "losegeld*", "riscatto", "rescate")
	ransomRefused = words("refuse*", "ne paiera pas", "ne paierons pas", "pas question de payer", "will not pay", "won t pay", "refused", "refusal", "not to pay", "nicht zahlen", "weiger*", "rifiut*", "non paghera", "no pagara", "se niega")
	ransomPaid    = words("a paye", "ont paye", "paid the ransom", "has paid", "hat bezahlt", "ha pagato", "pago el rescate")
	ransomNone    = words("aucune demande de rancon", "pas de demande de rancon", "no ransom demand", "no ransom", "kein losegeld", "aucune rancon", "sans demande de rancon")
)

// groups are threat groups as they are written; the first spelling is the
// one kept.
// Names that are also common words (Conti, Hive, Maze, Play…) are only
// taken with a word that makes them a group ("ransomware Conti", "groupe
// Medusa", "Akira gang").
var groups = compileGroups([][]string{
	{"LockBit", "lockbit*"}, {"Pysa", "pysa", "mespinoza"}, {"Ryuk", "ryuk"}, {"REvil", "revil", "sodinokibi"},
	{"BlackCat", "blackcat", "alphv"}, {"Vice Society", "vice society"}, {"Rhysida", "rhysida"}, {"Clop", "clop", "cl0p"},
	{"DoppelPaymer", "doppelpaymer"}, {"Egregor", "egregor"}, {"NetWalker", "netwalker"}, {"Avaddon", "avaddon"},
	{"Babuk", "babuk"}, {"Black Basta", "black basta"}, {"Qilin", "qilin"}, {"RansomHub", "ransomhub"},
	{"BianLian", "bianlian"}, {"Anonymous Sudan", "anonymous sudan"}, {"NoName057(16)", "noname057*"},
	{"Killnet", "killnet"}, {"Rhysida", "rhysida"}, {"BlackSuit", "blacksuit"}, {"8Base", "8base"},
	{"Conti", "ransomware conti", "conti ransomware", "groupe conti", "gang conti", "conti gang", "conti group"},
	{"Hive", "ransomware hive", "hive ransomware", "groupe hive", "hive gang", "hive group"},
	{"Maze", "ransomware maze", "maze ransomware", "groupe maze", "maze gang", "maze group"},
	{"Medusa", "ransomware medusa", "medusa ransomware", "groupe medusa", "medusa gang", "medusa group"},
	{"Akira", "ransomware akira", "akira ransomware", "groupe akira", "akira gang", "akira group"},
	{"Royal", "royal ransomware", "ransomware royal"}, {"Play", "play ransomware", "ransomware play"},
})

// group is a threat group and the ways it is written.
type group struct {
	name string
	cue  cue
}

func compileGroups(list [][]string) []group {
	out := make([]group, len(list))
	for i, g := range list {
		out[i] = group{g[0], words(g[1:]...)}
	}
	return out
}

// set is a set of single folded words.
func set(list ...string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[w] = true
	}
	return m
}
