package incident

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/place"
)

// TestNewAttackNotTypedByTheOld: an article about a new attack on a body
// hit before does not take its kind from the old one when it does not
// tell its own ("sans en préciser la nature").
func TestNewAttackNotTypedByTheOld(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a new incident, the old ransomware recalled", article("fr", "2025-01-15 10:00", "Plouha : nouvel incident informatique à la mairie",
			"Les services de la mairie de Plouha fonctionnent au ralenti depuis vendredi 10 janvier, après une attaque dont la commune ne précise pas la nature.\n\n"+
				"La ville avait déjà été frappée en mars 2022 par un rançongiciel qui avait bloqué ses services pendant près d'un mois."),
			"Mairie de Plouha|commune|unknown|2025-01-10"},
		{"a DDoS three years after a ransomware attack", article("nl", "2024-10-08 10:00", "Website van Aarschot urenlang onbereikbaar door DDoS-aanval",
			"De website van de stad Aarschot was maandag urenlang onbereikbaar door een DDoS-aanval.\n\n"+
				"Aarschot kreeg drie jaar geleden nog een zware ransomware-aanval te verwerken, waarna het netwerk grondig werd vernieuwd."),
			"Gemeente Aarschot|commune|ddos|2024-10-07"},
		{"the kind withheld, an old ransomware recalled", article("en", "2025-09-24 10:00", "Three Rivers council systems down again after 'cyber incident'",
			"Three Rivers District Council has taken several of its online services offline after what it describes only as 'a cyber incident', detected yesterday morning.\n\n"+
				"The council has declined to say whether data has been stolen or whether any systems have been encrypted.\n\n"+
				"In 2023 a ransomware gang encrypted its file servers, an episode that later drew a reprimand from the Information Commissioner."),
			"Three Rivers District Council|commune|unknown|2025-09-23"},
	})
}

// TestWhetherIsNoAssertion: a kind named inside "whether…", "neither…
// nor…" or "it is not a case of…" is not asserted.
func TestWhetherIsNoAssertion(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"Italian se", article("it", "2024-04-16 10:00", "Sistemi fuori uso al Comune di Canicattì",
			"Da lunedì i sistemi informatici del Comune di Canicattì sono fuori uso dopo un attacco informatico. Non è stato chiarito se vi siano file cifrati o dati sottratti."),
			"Comune di Canicattì|commune|unknown|"},
		{"German weder… noch", article("de", "2025-01-15 10:00", "Wasserverband Ybbs: IT-Störung nach Sicherheitsvorfall",
			"Beim Wasserverband Ybbs ist am Montag ein Cyberangriff festgestellt worden. Weder wurden Daten verschlüsselt noch Lösegeld gefordert, teilte der Verband mit."),
			"Wasserverband Ybbs|local-public-body|intrusion|2025-01-13"},
		{"Spanish no se trata de", article("es", "2023-10-20 10:00", "Elda detecta un acceso no autorizado a un servidor",
			"El Ayuntamiento de Elda ha confirmado un acceso no autorizado a uno de sus servidores. El concejal quiso dejar claro que no se trata de un caso de secuestro de datos."),
			"Ayuntamiento de Elda|commune|intrusion|"},
	})
}

// TestStartToldInTheLead: a standfirst that dates nothing leaves the
// lead's date to tell the start; a day a statement was made, and a day
// something is planned for, do not.
func TestStartToldInTheLead(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a standfirst, then the lead's day", article("de", "2024-02-19 13:20", "Weilheim: Gehacktes Mitarbeiterpostfach verschickt Betrugsmails",
			"Die Stadt warnt vor E-Mails, die scheinbar aus dem Rathaus kommen.\n\n"+
				"Vergangenen Donnerstag klickte eine Mitarbeiterin der Stadtverwaltung Weilheim auf einen Link in einer E-Mail und gab dort ihre Zugangsdaten ein."),
			"Stadt Weilheim|commune|phishing|2024-02-15"},
		{"the day the mayor confirmed it", article("es", "2024-01-18 10:00", "Un ciberataque deja sin sistemas informáticos al Ayuntamiento de Baza",
			"El Ayuntamiento de Baza trabaja desde el pasado martes sin ordenadores. Un ataque de ransomware cifró durante la madrugada los servidores municipales, según confirmó ayer el alcalde."),
			"Ayuntamiento de Baza|commune|ransomware|2024-01-16"},
		{"intruders who got in overnight", article("fr", "2024-10-15 10:00", "L'agglomération de Montbéliard victime d'un vol de données",
			"Des pirates affirment détenir des fichiers de l'intercommunalité.\n\n"+
				"Dans la nuit de dimanche à lundi, des intrus ont réussi à s'introduire dans le réseau de Pays de Montbéliard Agglomération. Lundi après-midi, un courriel réclamait une rançon."),
			"Communauté d'agglomération Pays de Montbéliard Agglomération|intercommunalite|data-breach|2024-10-13"},
		{"a night in the lead, an hour after midnight", article("fr", "2025-03-10 15:40", "Gex : les services de la mairie à l'arrêt après une attaque informatique",
			"Messagerie, état civil, paiement en ligne : plus rien ne fonctionne à l'hôtel de ville. La collectivité parle d'une attaque informatique d'ampleur.\n\n"+
				"C'est un agent d'astreinte qui a donné l'alerte. Dans la nuit de dimanche à lundi, vers 3 heures, plusieurs serveurs de la mairie de Gex ont cessé de répondre."),
			"Mairie de Gex|commune|unknown|2025-03-10"},
	})
	_, got := findingsOf(article("fr", "2022-05-10 10:00", "Dinant : l'administration communale victime d'un rançongiciel",
		"Les serveurs de la Ville de Dinant ont été chiffrés par un rançongiciel.\n\n"+
			"Le service population fonctionne en mode dégradé ; les mariages prévus samedi seront bien célébrés, promet la Ville."))
	for _, g := range got {
		if g == "Commune de Dinant|commune|ransomware|2022-05-07" {
			t.Errorf("finding %q: Saturday is the weddings', to come", g)
		}
	}
}

// TestTownAfterAd: Italian writes "ad" before a vowel ("Ad Aosta"): the
// town hall the sentence then names is Aosta's, not the next town's.
func TestTownAfterAd(t *testing.T) {
	t.Parallel()
	_, got := findingsOf(article("it", "2025-02-27 10:00", "Da Aosta a Faenza, febbraio nero per i municipi italiani",
		"Un incidente ancora senza spiegazioni in Valle d'Aosta, un DDoS in Romagna.\n\n"+
			"Ad Aosta, tre settimane dopo l'incidente del 4 febbraio, il Municipio non ha ancora chiarito che cosa sia accaduto.\n\n"+
			"A Faenza, invece, l'attacco dell'11 febbraio è stato un classico DDoS: il sito del Comune è stato irraggiungibile per alcune ore."))
	aosta := slices.ContainsFunc(got, func(g string) bool {
		return strings.HasPrefix(g, "Comune di Aosta|commune|") && strings.HasSuffix(g, "|2025-02-04")
	})
	if !aosta || !slices.Contains(got, "Comune di Faenza|commune|ddos|2025-02-11") {
		t.Errorf("findings %q, want Aosta's incident of 4 February and Faenza's DDoS of 11 February", got)
	}
}

// TestRoundUpParagraphs: in a round-up, a paragraph whose attack names no
// body is about the town it opened on ("À Dinant, …"); a home page
// replaced is a defacement; a province named as where the hit towns lie
// ("i municipi della provincia Granda") is not itself hit.
func TestRoundUpParagraphs(t *testing.T) {
	t.Parallel()
	_, got := findingsOf(article("fr", "2023-12-15 10:00", "Dinant, Clervaux : deux communes piratées en quelques jours",
		"En l'espace de quelques jours, deux communes de Belgique et du Grand-Duché ont vu leurs systèmes informatiques pris pour cible.\n\n"+
			"À Dinant, en Ardenne belge, les services communaux sont à l'arrêt depuis le lundi 4 décembre. Un rançongiciel a chiffré les serveurs de l'administration.\n\n"+
			"De l'autre côté de la frontière, la Commune de Clervaux a découvert le vendredi 8 décembre que la page d'accueil de son site internet avait été remplacée par un message revendicatif."))
	for _, want := range []string{"Commune de Dinant|commune|ransomware|", "Commune de Clervaux|commune|defacement|2023-12-08"} {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, want) }) {
			t.Errorf("findings %q, want %s…", got, want)
		}
	}
	_, got = findingsOf(article("it", "2024-03-13 10:00", "Settimana nera per i Comuni del Cuneese: colpiti Savigliano e Bra",
		"Due attacchi in pochi giorni contro i siti di altrettanti municipi della provincia Granda. Venerdì 8 marzo il portale del Comune di Bra è stato reso irraggiungibile da un attacco di tipo DDoS.\n\n"+
			"Lunedì 11 marzo è toccato a Savigliano: la homepage del Comune era stata sostituita dagli attaccanti."))
	for _, want := range []string{"Comune di Bra|commune|ddos|2024-03-08", "Comune di Savigliano|commune|defacement|2024-03-11"} {
		if !slices.Contains(got, want) {
			t.Errorf("findings %q, want %s", got, want)
		}
	}
	if slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, "Provincia") }) {
		t.Errorf("findings %q: the province is where the towns lie", got)
	}
}

// TestShortFormOfAName: "la mairie de Beaumont" over a text that names
// Beaumont-de-Lomagne is that town's, not another Beaumont's.
func TestShortFormOfAName(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a town's name cut short", article("fr", "2025-02-20 10:00", "Piratage de la mairie de Beaumont : un informaticien jugé",
			"Un informaticien a comparu jeudi pour sa participation à l'attaque du 12 mars 2022 contre la ville de Beaumont-de-Lomagne."),
			"Mairie de Beaumont-de-Lomagne|commune|unknown|2022-03-12"},
	})
}

// TestElapsedInAHeadline: a headline drops the article before its unit
// ("Jaar na inbraak"): a year after the attack all the same.
func TestElapsedInAHeadline(t *testing.T) {
	t.Parallel()
	for _, a := range []*vigie.Article{
		article("nl", "2025-06-03 10:00", "Jaar na inbraak: waterschap kreeg aanvallers pas na weken buiten", "Het waterschap Rivierenland heeft zijn evaluatierapport besproken."),
		article("en", "2025-06-03 10:00", "Year after hack, council counts the cost", "Wychavon District Council has published its review."),
	} {
		an := newAnalysis(a, vigie.Source{TimeZone: paris}, place.Default())
		if d := an.elapsed(); d < 360*24*time.Hour {
			t.Errorf("%q: elapsed %v, want a year", a.Title, d)
		}
	}
}

// TestHalfAYearAfter: "ein halbes Jahr nach dem Datendiebstahl" counts
// half a year back, as "sechs Monate" would.
func TestHalfAYearAfter(t *testing.T) {
	t.Parallel()
	for _, a := range []*vigie.Article{
		article("de", "2024-01-16 08:45", "Steuerdaten tauchen im Darknet auf", "Ein halbes Jahr nach dem Datendiebstahl bei der Stadt Kriens sind Teile der Dateien im Darknet aufgetaucht."),
		article("en", "2024-01-16 08:45", "Stolen files surface online", "Half a year after the data theft at Rother District Council, part of the files have surfaced online."),
	} {
		an := newAnalysis(a, vigie.Source{TimeZone: paris}, place.Default())
		if d := an.elapsed(); d < 150*24*time.Hour || d > 200*24*time.Hour {
			t.Errorf("%q: elapsed %v, want half a year", a.Text, d)
		}
	}

}

// TestDatelineAfterStandfirst: a title and a standfirst that name no
// place, then "QUETIGNY." opening the first paragraph: the town of the
// story, whose date is not the one a body recalled at the end carries
// ("de la ville d'Angers en janvier 2021").
func TestDatelineAfterStandfirst(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a dateline of its own after the standfirst", article("fr", "2025-02-10 18:42", "Cyberattaque : les services municipaux paralysés depuis lundi",
			"Messagerie coupée, logiciels inaccessibles : la commune a découvert ce lundi matin que ses serveurs avaient été chiffrés.\n\n"+
				"QUETIGNY. Les premiers agents arrivés à l'hôtel de ville ce lundi n'ont pas pu ouvrir leur session. L'attaque s'est produite dans la nuit de dimanche à lundi.\n\n"+
				"La commune rejoint la longue liste des collectivités touchées ces dernières années, de la ville d'Angers en janvier 2021 aux petites mairies rurales."),
			"Mairie de Quetigny|commune|ransomware|2025-02-09"},
	})
}

// TestNotTheFirstTime: "Het is niet de eerste keer dat …" brings an
// earlier attack to mind: its date is not this one's.
func TestNotTheFirstTime(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"an earlier attack after 'not the first time'", article("nl", "2024-05-14 15:30", "Website gemeente plat door DDoS-aanval, digitaal loket onbereikbaar",
			"URK - De website van de gemeente en het digitale loket zijn sinds dinsdagochtend onbereikbaar. Volgens de gemeente gaat het om een DDoS-aanval.\n\n"+
				"Het is niet de eerste keer dat een Nederlandse gemeente zwaar getroffen wordt door digitale criminelen: in december 2020 werd Hof van Twente lamgelegd door ransomware, waarna de gemeente maandenlang nauwelijks kon werken."),
			"Gemeente Urk|commune|ddos|2024-05-14"},
	})
}

// TestTitleOpensOnAShortName: "Sant Boi investiga…" opens on the name
// the press gives Sant Boi de Llobregat, which the text spells in full
// further down; not on "Boi", another town's other name.
func TestTitleOpensOnAShortName(t *testing.T) {
	t.Parallel()
	a := article("es", "2025-01-15 11:30", "Sant Boi investiga una filtración de datos del padrón",
		"El Ayuntamiento detectó el lunes un acceso no autorizado a un extracto del padrón municipal. Afecta a unos 9.000 vecinos.\n\n"+
			"El Ajuntament de Sant Boi de Llobregat ha comunicado a la Autoridad Catalana de Protección de Datos una brecha de seguridad.")
	r := Analyze(a, vigie.Source{TimeZone: paris})
	if len(r.Findings) == 0 || r.Findings[0].Victim.Place.Name != "Sant Boi de Llobregat" {
		t.Errorf("findings %+v, want Sant Boi de Llobregat's", r.Findings)
	}
}

// TestPortugueseBasics: Portuguese words of an attack and its bodies
// ("acesso não autorizado", "os SMAS de Sintra", "a Câmara Municipal"),
// and a dateline in capitals after a kicker, a standfirst and a byline.
func TestPortugueseBasics(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"unauthorised access to a municipal service", article("pt", "2023-11-23 10:00", "SMAS de Sintra detetam acesso indevido a dados de clientes",
			"Os Serviços Municipalizados de Água e Saneamento (SMAS) de Sintra detetaram, na terça-feira, um acesso não autorizado à base de dados de clientes."),
			"SMAS de Sintra|local-public-body|intrusion|2023-11-21"},
		{"a dateline in the fourth paragraph", article("pt", "2024-03-05 10:00", "Ataque informático deixa serviços da câmara sem sistemas",
			"Autarquias\n\nServidores da autarquia foram cifrados na madrugada de segunda-feira.\n\nRita Gameiro · 5 de março de 2024\n\n"+
				"SANTARÉM — A Câmara Municipal foi alvo de um ataque informático na madrugada de segunda-feira, 4 de março."),
			"Câmara Municipal de Santarém|commune|ransomware|2024-03-04"},
	})
}

// TestHeadingsOfTheirOwn: a round-up whose cases each sit under a
// heading of its own, town and month ("Agrigento, gennaio 2024"), over a
// paragraph that never names the town again.
func TestHeadingsOfTheirOwn(t *testing.T) {
	t.Parallel()
	_, fs := findingsOf(article("it", "2024-12-28 10:00", "Comuni sotto attacco: da Aversa ad Agrigento, il bilancio degli hacker",
		"Tre casi, tre modi di colpire. Ecco come gli attacchi informatici hanno messo in ginocchio i municipi del Sud.\n\n"+
			"Aversa, aprile 2023\n\nIl 12 aprile 2023 un ransomware ha cifrato i server del Comune di Aversa. Un anno dopo, l'ente ha traslocato tutto nel cloud.\n\n"+
			"Agrigento, gennaio 2024\n\nNella notte tra il 21 e il 22 gennaio scorso a Palazzo dei Giganti si sono spenti gli schermi: ransomware anche qui, con servizi bloccati per due settimane.\n\n"+
			"Bisceglie, novembre 2022\n\nUn attacco DDoS filorusso ha oscurato il sito comunale il 28 novembre 2022. Due giovani sono ora a processo a Trani."))
	joined := strings.Join(fs, " ")
	for _, want := range []string{"Aversa|commune|ransomware|2023-04-12", "Agrigento|commune|ransomware|2024-01-21", "Bisceglie|commune|ddos|2022-11-28"} {
		if !strings.Contains(joined, want) {
			t.Errorf("findings %q: want %s", fs, want)
		}
	}
}

// TestTriedWhereItsCourtSits: "jugé à Évreux" names the court's town;
// the lead's "mairie de Pont-Audemer" is the body the attack hit, dated
// by the relative clause that tells it.
func TestTriedWhereItsCourtSits(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a trial in the court's town", article("fr", "2025-11-18 20:30", "Rançongiciel de 2023 : un blanchisseur présumé jugé à Évreux",
			"Deux ans et demi après l'attaque qui avait mis à genoux la mairie de Pont-Audemer, un homme de 31 ans comparaissait pour avoir converti une partie des fonds.\n\n"+
				"Ce mardi, devant le tribunal correctionnel d'Évreux, un Rouennais de 31 ans était jugé pour blanchiment, en lien avec le rançongiciel qui avait frappé la Ville de Pont-Audemer dans la nuit du 18 au 19 mars 2023."),
			"Mairie de Pont-Audemer|commune|ransomware|2023-03-18"},
	})
}

// TestTheCityJustNamed: "de stad" after a sentence that names a town of
// the title bare is that town, not the title's first.
func TestTheCityJustNamed(t *testing.T) {
	t.Parallel()
	_, got := findingsOf(article("nl", "2024-01-30 07:00", "Van Zwolle tot Kortrijk: zo kwetsbaar zijn lokale besturen in de Lage Landen",
		"Een gemeente onder vuur, een stad lamgelegd: twee recente aanvallen naast elkaar gelegd.\n\n"+
			"De gemeente Zwolle kreeg in mei vorig jaar te maken met een overbelastingsaanval op haar website.\n\n"+
			"Veel ingrijpender is wat Kortrijk nu doormaakt. De West-Vlaamse stad werd half januari getroffen door ransomware; de servers van de stad zijn versleuteld."))
	if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, "Gemeente Kortrijk|commune|ransomware|") }) {
		t.Errorf("findings %q, want Kortrijk's ransomware", got)
	}
}

// TestPrepositionInsideAName: "im" in "Furth im Wald" is the town's
// name, not a place after a preposition.
func TestPrepositionInsideAName(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a town whose name holds 'im'", article("de", "2024-02-21 10:00", "Furth im Wald: Internetseite der Stadt durch Überlastungsangriff offline",
			"Seit Dienstagvormittag war die Internetseite der Stadt nicht erreichbar. Grund war ein DDoS-Angriff."),
			"Stadt Furth im Wald|commune|ddos|"},
	})
}

// TestForgedMessages: texts forged in a council's name target its
// residents, and the article reports no attack on the council; forged
// mails sent to its staff hit the body.
func TestForgedMessages(t *testing.T) {
	t.Parallel()
	rel, got := findingsOf(article("en", "2023-03-02 16:25", "Warning over fake parking penalty texts using Worcester's name",
		"Residents are being warned about a wave of text messages claiming to come from Worcester Parking Services. Worcester City Council said the messages are a scam."))
	if rel {
		t.Errorf("relevant, findings %q: a scam aimed at residents", got)
	}
	checkFirstFindings(t, []firstFinding{
		{"forged mails to the staff", article("fr", "2024-01-17 10:00", "Le CPAS de Huy visé par des courriels frauduleux",
			"Des courriels frauduleux ont été envoyés lundi aux agents du CPAS de Huy, dont plusieurs ont livré leurs identifiants. Un hameçonnage a permis d'accéder à trois boîtes mail."),
			"CPAS de Huy|"},
	})
}

// TestAFirmHitAfterTheTownHall: a title that tells a firm hit, the town
// hall's attack recalled, reports no attack on a local authority; a town
// hall hit with a firm, or a firm that runs councils' computers, does.
func TestAFirmHitAfterTheTownHall(t *testing.T) {
	t.Parallel()
	rel, got := findingsOf(article("fr", "2023-03-24 10:00", "Mâcon : une imprimerie de la zone industrielle victime à son tour d'un piratage",
		"L'entreprise, qui emploie 60 salariés, a vu ses machines bloquées par un logiciel de rançon.\n\n"+
			"Décidément, le mois de mars est rude à Mâcon. Après la mairie, c'est une entreprise privée, l'Imprimerie Perrin, qui a été frappée le week-end dernier par un logiciel de rançon."))
	if rel {
		t.Errorf("relevant, findings %q: the firm's attack", got)
	}
	checkFirstFindings(t, []firstFinding{
		{"a town hall hit with a firm", article("fr", "2023-03-24 10:00", "Mâcon : la mairie et une entreprise de transport victimes de hackers",
			"La mairie de Mâcon a découvert lundi 20 mars que ses fichiers étaient chiffrés par un rançongiciel."),
			"Mairie de Mâcon|commune|ransomware|2023-03-20"},
	})
}

// TestTheCouncilAfterItsName: "the council", after "Carlow council" and
// "Carlow County Council", is the county council, not the town's.
func TestTheCouncilAfterItsName(t *testing.T) {
	t.Parallel()
	a := article("en", "2025-05-23 10:00", "Carlow council gets €600,000 to rebuild defences after breach",
		"Carlow County Council is to receive €600,000 to strengthen its cyber defences.\n\n"+
			"A portion will go towards a review of how long the council keeps personal records.")
	an := newAnalysis(a, vigie.Source{TimeZone: paris}, place.Default())
	last := an.bodies[len(an.bodies)-1]
	if len(last) != 1 || last[0].Official != "Carlow County Council" {
		t.Errorf("the council: %+v, want Carlow County Council", last)
	}
}

// TestALeakToldByItsNoun: "the theft and publication of residents' data"
// tells an attack, in a follow-up that names no other.
func TestALeakToldByItsNoun(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a grant after a leak", article("en", "2025-05-23 10:00", "Carlow council gets €600,000 to rebuild defences after breach",
			"Carlow County Council is to receive €600,000 to strengthen its defences, eight months after the theft and publication of residents' data.\n\n"+
				"The Data Protection Commission's inquiry into the breach is continuing."),
			"Carlow County Council|departement|"},
	})
}

// TestAClauseInThePast: a clause that tells an earlier attack with no
// date ("une ville déjà rançonnée par le passé") does not type the one
// its sentence reports.
func TestAClauseInThePast(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a DDoS in a town held to ransom before", article("fr", "2024-10-10 10:00", "Toul : le site de la ville submergé par une attaque informatique",
			"Le site internet de la ville de Toul a été rendu inaccessible mardi 8 octobre. Une attaque par déni de service plus spectaculaire que grave, mais qui a rappelé de mauvais souvenirs à une ville déjà rançonnée par le passé."),
			"Mairie de Toul|commune|ddos|2024-10-08"},
	})
}

// TestPageInAnotherLanguage: a German page of an Italian paper places its
// "Brixen" in Italy (Bressanone), not in Austria (Brixen im Thale).
func TestPageInAnotherLanguage(t *testing.T) {
	t.Parallel()
	a := article("de", "2026-02-09 17:25", "Brixen: Stadtverwaltung arbeitet mit Papier und Stift",
		"Am vergangenen Freitagabend ist das Netzwerk der Stadtgemeinde Brixen von einer Erpressersoftware befallen worden. Die Daten wurden verschlüsselt.")
	for _, tc := range []struct{ lang, country string }{{"it", "IT"}, {"de", "AT"}} {
		r := Analyze(a, vigie.Source{TimeZone: paris, Language: tc.lang})
		if len(r.Findings) == 0 || r.Findings[0].Victim.Place.Country != tc.country {
			t.Errorf("on a source in %q: findings %+v, want a victim in %s", tc.lang, r.Findings, tc.country)
		}
	}
}

// TestLandmarkInTheTitle: a title's "Costa Blanca town", "Town on
// Geneva's doorstep" or "Village near Geneva" says where the town is;
// the lead names it.
func TestLandmarkInTheTitle(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a coast named for a town", article("en", "2026-05-07 10:00", "Hackers demand ransom from Costa Blanca town over stolen residents' data",
			"The town hall of Xàbia, on Spain's Costa Blanca, has reported to police that criminals copied a large volume of data from its servers on Monday and are now demanding payment to keep it private.\n\n"+
				"The council stressed that its computer systems continue to work normally and that nothing was encrypted."),
			"Ayuntamiento de Javea|commune|"},
		{"a town on a city's doorstep", article("en", "2025-03-12 10:00", "Town on Geneva's doorstep knocked offline by cyber attack",
			"Families in Gex, a French town of roughly 13,000 people, have been unable to email their town hall since Monday, when a cyber attack crippled the municipality's computer systems."),
			"Mairie de Gex|commune|"},
		{"a village near a city", article("en", "2025-03-12 10:00", "Village near Geneva knocked offline by cyber attack",
			"Families in Gex, a French town of roughly 13,000 people, have been unable to email their town hall since Monday, when a cyber attack crippled the municipality's computer systems."),
			"Mairie de Gex|commune|"},
	})
}

// TestEncryptionDenied: encryption excluded by a split German verb, or
// skipped by extortion, is not asserted: data stolen and a ransom asked
// make a data breach.
func TestEncryptionDenied(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"schließt … aus", article("de", "2026-01-15 13:20", "Bludenz: Unbekannte stehlen Daten aus dem Rathaus",
			"Bei einem Hackerangriff am Dienstag wurden aus dem Netz der Stadt Bludenz Dokumente von einem Dateiserver des Rathauses gestohlen.\n\n"+
				"Eine Verschlüsselung der Systeme schließt die Stadt ausdrücklich aus. Eine Gruppe droht, die Dateien zu veröffentlichen, sollte die Stadt nicht zahlen."),
			"Stadt Bludenz|commune|data-breach|"},
		{"skip the encryption", article("en", "2026-01-16 10:00", "Austrian town says hackers stole files from its town hall",
			"The town of Bludenz in western Austria has admitted that criminals stole internal documents from its town hall on 13 January.\n\n"+
				"An unknown group has since emailed the town demanding payment and threatening to leak the material.\n\n"+
				"Security specialists say such 'pure extortion' cases, in which criminals skip the encryption stage altogether, are becoming more common."),
			"Stadt Bludenz|commune|data-breach|"},
	})
}

// TestScamFollowsNoAttack: a scam in the council's name that recalls the
// council's data theft is no follow-up of it: it spells no names to be
// tracked by.
func TestScamFollowsNoAttack(t *testing.T) {
	t.Parallel()
	r := Analyze(article("es", "2026-06-03 10:00", "Alertan de SMS fraudulentos que usan el nombre del Ayuntamiento",
		"La Policía Local de Xàbia ha alertado de una oleada de mensajes de texto que, desde el lunes 1 de junio, llegan a móviles de vecinos haciéndose pasar por el Ayuntamiento. En ellos se informa de una sanción de tráfico pendiente de 45 euros y se facilita un enlace para abonarla.\n\n"+
			"La página a la que dirige el enlace imita el diseño de la sede electrónica municipal y solicita los datos de la tarjeta bancaria. Varias personas ya han denunciado cargos no autorizados.\n\n"+
			"El Consistorio recuerda que nunca notifica multas por SMS y que sus sistemas no han sufrido ningún nuevo incidente. «Es una estafa que utiliza nuestro nombre, no un problema de nuestros servidores», insisten desde el área de Seguridad Ciudadana.\n\n"+
			"Los agentes no descartan que los estafadores se aprovechen de la inquietud generada por el robo de datos que sufrió el Ayuntamiento a principios de mayo."), vigie.Source{TimeZone: paris})
	if r.Relevant || len(r.Names) > 0 {
		t.Errorf("relevant %v, names %q: want neither", r.Relevant, r.Names)
	}
}

// TestFollowUpsOfOldAttacks: a follow-up whose title counts the time
// since an attack it does not name by the victim's name follows the one
// authority its lead names; an overview announced in the lead is a
// round-up, where a hospital's town is no town hall hit.
func TestFollowUpsOfOldAttacks(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a reprimand two years on", article("en", "2025-06-10 10:00", "Watchdog reprimands NDC two years after data theft",
			"The Information Commissioner's Office has issued a formal reprimand to North Devon Council over the attack on 11 April, in which criminals encrypted the authority's network and stole the personal details of more than 2,000 residents.\n\n"+
				"The regulator's report, published on Monday, says a vulnerability in a remote access gateway had been publicly known for five months."),
			"North Devon District Council|commune|ransomware|2023-04-11"},
	})
	_, got := findingsOf(article("fr", "2024-06-12 10:00", "Du Valais à la Hollande-Méridionale, une semaine noire pour les collectivités",
		"Vol de données en Suisse, intrusion aux Pays-Bas : tour d'horizon des attaques informatiques qui ont visé des administrations locales ces derniers jours.\n\n"+
			"En Suisse, la Ville de Sierre a découvert vendredi 7 juin qu'un serveur de fichiers avait été visité. Les auteurs exigent une rançon pour ne pas publier les documents.\n\n"+
			"Le même week-end, un hôpital andalou, à Vélez-Málaga, a lui aussi vu ses serveurs chiffrés, rappelant que les établissements de santé restent des cibles privilégiées."))
	if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, "Commune de Sierre|") }) ||
		slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, "Vélez") }) {
		t.Errorf("overview: findings %q, want Sierre's, and no town hall for the hospital of Vélez-Málaga", got)
	}
}

// TestNumberOpensTheTitle: "Deux ans après …" opening a title names no
// town the gazetteer lacks.
func TestNumberOpensTheTitle(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"two years after", article("fr", "2024-03-12 10:00", "Deux ans après le rançongiciel, la sous-préfecture du Comminges fait ses comptes",
			"Reconstruction du réseau, prestataires, heures supplémentaires : la ville de Saint-Gaudens évalue à 640 000 euros le coût de l'attaque informatique qui l'avait frappée.\n\n"+
				"C'était il y a deux ans jour pour jour. Deux ans après l'attaque du 12 mars 2022, la municipalité a présenté en commission des finances le bilan détaillé d'un épisode que beaucoup d'agents n'ont pas oublié.\n\n"+
				"La chambre régionale des comptes d'Occitanie relève dans son rapport que la commune « ne disposait d'aucun plan de continuité d'activité » au moment des faits."),
			"Mairie de Saint-Gaudens|commune|"},
	})
}
