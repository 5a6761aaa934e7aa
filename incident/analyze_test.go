package incident

import (
	"fmt"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/place"
)

// article builds a short article published at pub (Paris time).
func article(lang, pub, title, text string) *vigie.Article {
	t, err := time.ParseInLocation("2006-01-02 15:04", pub, paris)
	if err != nil {
		panic(err)
	}
	return &vigie.Article{ID: 1, Title: title, Text: text, Lang: lang, Published: vigie.At(t)}
}

// TestAnalyze: relevance, victim, place, attack and start on the hard cases.
func TestAnalyze(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		a    *vigie.Article
		want string // relevant|kind|place insee-or-name|region|attack|start, or "none" for no finding
	}{
		{"town hall ransomware", article("fr", "2022-10-28 12:50", "Hérault : victime d'une cyberattaque, la mairie de Frontignan refuse de payer la rançon",
			"La mairie a été frappée par un rançongiciel dans la nuit du mercredi 26 au jeudi 27 octobre. Les serveurs sont chiffrés."),
			"true|commune|34108|Occitanie|ransomware|2022-10-26"},
		{"hospital is out of scope", article("fr", "2022-08-22 10:05", "Essonne : l'hôpital de Corbeil-Essonnes déclenche son plan blanc après une cyberattaque",
			"Le centre hospitalier a été visé par un rançongiciel dans la nuit de samedi à dimanche."),
			"false|hospital|91174|Île-de-France|ransomware|2022-08-20"},
		{"mention only", article("fr", "2023-05-10 09:00", "Séez : le conseil municipal vote le budget",
			"Le budget a été adopté. Le maire a rappelé que la mairie avait été touchée par une cyberattaque en avril 2021."),
			"none"},
		{"planned outage", article("fr", "2023-03-08 09:00", "Saint-Cloud : les services en ligne de la ville coupés ce week-end pour une migration informatique",
			"La mairie prévient que ses téléservices seront indisponibles samedi et dimanche."), "none"},
		{"scam impersonating the town hall", article("fr", "2024-01-22 07:15", "Faux SMS de la mairie : une arnaque vise les habitants d'Onet-le-Château",
			"Des habitants ont reçu de faux SMS se faisant passer pour la mairie d'Onet-le-Château depuis le début du mois de janvier."),
			"false|other|12176|Occitanie|phishing|2024-01"},
		{"company in a town", article("en", "2020-10-22 15:10", "Annecy-founded IT group Sopra Steria hit by cyberattack",
			"The group said it detected the attack on the evening of Tuesday, October 20. Ryuk ransomware was used."),
			"false|company|||ransomware|2020-10-20"},
		{"intrusion without encryption", article("fr", "2022-09-27 17:30", "Caen : la ville visée par une cyberattaque",
			"Depuis ce lundi 26 septembre, la Ville de Caen fait face à une attaque informatique. Deux serveurs ont été infiltrés, mais aucune donnée n'a été chiffrée et aucune rançon n'a été réclamée."),
			"true|commune|14118|Normandie|intrusion|2022-09-26"},
		{"german district", article("de", "2021-07-09 14:32", "Cyberangriff legt Landkreis Anhalt-Bitterfeld lahm",
			"Nach einem Hackerangriff auf die Kreisverwaltung in Köthen hat der Landkreis den Katastrophenfall ausgerufen. Die Server wurden am Dienstag verschlüsselt."),
			"true|departement|Köthen (Anhalt)|Sachsen-Anhalt|ransomware|2021-07-06"},
		{"italian commune", article("it", "2022-06-07 18:40", "Attacco hacker al Comune di Palermo, servizi bloccati",
			"Il Comune di Palermo è stato colpito da un attacco ransomware nella notte tra giovedì e venerdì. I sistemi sono fuori uso."),
			"true|commune|Palermo|Sicilia|ransomware|2022-06-02"},
		{"spanish city council", article("es", "2023-09-12 10:15", "Ciberataque contra el Ayuntamiento de Sevilla",
			"El Ayuntamiento de Sevilla sufrió un ataque de ransomware el pasado domingo. Los servicios municipales están paralizados."),
			"true|commune|Sevilla|Andalucía|ransomware|2023-09-10"},
		{"english borough council", article("en", "2020-10-14 11:20", "Hackney Council hit by serious cyberattack",
			"Hackney Council in London said on Tuesday that it had been targeted by a serious cyberattack affecting many of its services and IT systems."),
			"true|commune|Hackney|England|unknown|2020-10-13"},
		{"national body", article("en", "2024-03-13 18:00", "France Travail says data of up to 43 million people may have been stolen",
			"The national employment agency said attackers had access to its systems between February 6 and March 5."),
			"false|national-body|75056|Île-de-France|data-breach|2024-02-06"},
		{"an attack told by its effects and the answer to it", article("de", "2023-03-13 17:20", "Stadtamt Vöcklabruck: EDV seit Sonntag lahmgelegt",
			"Seit Sonntag geht im Stadtamt Vöcklabruck nichts mehr: Server und E-Mail sind außer Betrieb. "+
				"Die Stadtgemeinde hat sämtliche Systeme vorsorglich vom Netz genommen. Auch das Landeskriminalamt wurde eingeschaltet."),
			"true|commune|Vöcklabruck|Oberösterreich|unknown|2023-03-12"},
		{"servers cut off as a precaution after a fire", article("fr", "2023-03-13 17:20", "Millau : la mairie sans informatique depuis dimanche",
			"Un incendie s'est déclaré dimanche dans le local technique de la mairie. Les serveurs informatiques ont été coupés par précaution."),
			"none"},
		{"hit again: the earlier attack's date is not the start", article("en", "2025-02-12 18:05", "Hastings council hit again as website floods with junk traffic",
			"For the second time in less than three years, Hastings Borough Council is dealing with a cyber attack. "+
				"The website has been impossible to reach since Tuesday morning, swamped by bogus requests in a denial-of-service attack.\n\n"+
				"The council's ransomware ordeal in October 2022 cost it hundreds of thousands of pounds."),
			"true|commune|Hastings|England|ddos|2025-02-11"},
		{"a council the title shortens is the one the text names in full", article("en", "2023-09-21 10:00", "Ransomware behind Offaly council shutdown, local authority confirms",
			"Offaly County Council has confirmed that the disruption to its services since Sunday 17 September was caused by a ransomware attack.\n\n"+
				"Motor tax renewals are being processed by hand at the counter in Tullamore."),
			"true|departement|Tullamore|Leinster|ransomware|2023-09-17"},
		{"another town's attack recalled by the town's name alone is not the start", article("de", "2024-10-16 10:00", "Stadtgemeinde Attnang-Puchheim meldet IT-Vorfall",
			"Im Stadtamt Attnang-Puchheim ist seit Montag Improvisation gefragt. Die Stadtgemeinde hat einen IT-Sicherheitsvorfall gemeldet.\n\n"+
				"Erinnerungen an Vöcklabruck werden wach, wo im Mai 2023 ein Angriff die Verwaltung lahmlegte."),
			"true|commune|Attnang-Puchheim|Oberösterreich|unknown|2024-10-14"},
		{"delinquents who sneaked into a server are intruders", article("es", "2025-01-21 10:00", "Unos delincuentes se colaron en los servidores del Ayuntamiento de Aranda de Duero",
			"El domingo 19 de enero, unos delincuentes se colaron en un servidor del Ayuntamiento de Aranda de Duero y se llevaron documentos internos."),
			"true|commune|Aranda de Duero|Castilla y León|intrusion|2025-01-19"},
		{"a district abroad named in the press's words, placed nowhere, is the registry's", article("en", "2023-09-14 10:00", "German district paralysed by cyber attack",
			"The rural district of Vulkaneifel in Germany has been paralysed by a cyber attack since Monday 11 September."),
			"true|departement|Daun|Rheinland-Pfalz|unknown|2023-09-11"},
		{"an intercommunality by the name it goes by, alone", article("fr", "2023-06-21 10:00", "Les données volées à Agglopolys mises en ligne",
			"Un mois après l'attaque du 22 mai, les pirates ont publié les fichiers dérobés à Agglopolys sur leur site."),
			"true|intercommunalite|41018|Centre-Val de Loire|data-breach|2023-05-22"},
		{"an intercommunality by its anchor alone, in the town a heading names", article("en", "2023-05-24 10:00", "French grouping of towns receives extortion demand",
			"Blois, May.\nThe inter-municipal authority received an extortion demand on 22 May after files were stolen from its servers."),
			"true|intercommunalite|41018|Centre-Val de Loire|data-breach|2023-05-22"},
		{"a region the title names bare is the victim the lead calls by its kind", article("fr", "2024-02-07 10:00", "Le Tessin ciblé par une attaque DDoS",
			"Les portails de l'administration tessinoise ont été saturés lundi par une attaque par déni de service.\n\nLe canton a indiqué mardi que tout fonctionnait de nouveau."),
			"true|region|Bellinzona|Ticino|ddos|2024-02-05"},
		{"a region's government is the region's", article("fr", "2025-03-12 10:00", "Attaque DDoS contre les sites du gouvernement de la Sarre",
			"Les sites du gouvernement de la Sarre ont été paralysés mardi par une attaque par déni de service."),
			"true|region|Saarbrücken|Saarland|ddos|2025-03-11"},
		{"a Land a title opens on, then its government by its kind alone", article("de", "2025-03-12 10:00", "Hessen: Landesportal stundenlang nicht erreichbar",
			"Prorussische Aktivisten reklamieren eine Überlastungsattacke auf die Internetseiten der Landesregierung für sich.\n\n"+
				"Die Internetauftritte der hessischen Landesregierung waren am Dienstag über Stunden nicht erreichbar."),
			"true|region|Wiesbaden|Hessen|ddos|2025-03-11"},
		{"a title's county says where the council the text names is", article("en", "2024-08-05 10:00", "Surrey council website defaced with political slogans",
			"Visitors to Waverley Borough Council's site were met with a black page and a list of demands.\n\n"+
				"Waverley Borough Council's public website was defaced on Saturday afternoon."),
			"true|commune|Farnham|England|defacement|2024-08-03"}, // the registry's seat, its largest town (the offices are in Godalming)
		{"a region a title opens on, then its regional government", article("fr", "2025-04-08 10:00", "La Bavière ciblée par des hacktivistes, les sites du gouvernement régional saturés",
			"Les sites du gouvernement régional sont restés inaccessibles lundi après une attaque par déni de service."),
			"true|region|München|Bayern|ddos|2025-04-07"},
		{"a water board with an indefinite article is none in particular", article("nl", "2025-06-25 10:00", "Ook Rijkswaterstaat doelwit van overbelastingsaanval",
			"Na gemeenten en een waterschap was dinsdag de landelijke dienst aan de beurt. De website was urenlang niet bereikbaar na een overbelastingsaanval."),
			"none"},
		{"strangers who got into the network, told without the word attack", article("de", "2025-09-16 18:30", "Stillstand im Rathaus von Ybbs",
			"Seit Montag kein Zugriff auf Akten, keine Mails. Die Stadt spricht von einer Fremdeinwirkung.\n\n"+
				"Nach Auskunft der Stadtgemeinde Ybbs haben sich Unbekannte Zugang zum internen Netz verschafft."),
			"true|commune|Ybbs an der Donau|Niederösterreich|intrusion|"},
		{"a title's town abroad is the press's town whose full name ends with it", article("nl", "2025-11-06 10:00", "Twee jaar na de hack: Rode telt de kosten",
			"Het is vandaag twee jaar geleden dat de computers in het gemeentehuis van Sint-Genesius-Rode op zwart gingen. "+
				"De ransomware-aanval van 6 november 2023 kostte de gemeente bijna 1,4 miljoen euro.\n\nOok het OCMW draagt nog de gevolgen."),
			"true|commune|Sint-Genesius-Rode|Vlaams Gewest|ransomware|2023-11-06"},
		{"a title's first word the text writes in lower case is no name; the seat of a water board", article("nl", "2025-06-24 10:00", "Website waterschap onbereikbaar door DDoS-aanval",
			"Ook het Waterschap Vallei en Veluwe werd maandag bestookt door pro-Russische hackers.\n\n"+
				"De website van het waterschap, met hoofdkantoor in Apeldoorn, was maandag urenlang niet bereikbaar."),
			"true|local-public-body|Apeldoorn|Gelderland|ddos|2025-06-23"},
		{"a body's headquarters are its seat", article("nl", "2025-06-24 10:00", "Waterschap Rijn en IJssel getroffen door DDoS-aanval",
			"Het Waterschap Rijn en IJssel, met hoofdkantoor in Doetinchem, werd maandag getroffen door een DDoS-aanval."),
			"true|local-public-body|Doetinchem|Gelderland|ddos|2025-06-23"},
		{"a hospital a title names is no place that the lead's town replaces", article("en", "2018-01-20 10:00", "Hospital Pays Ransom Despite Having Backups",
			"An Indiana hospital paid a ransom to get rid of ransomware. Attackers breached the network of Hancock Health, a regional hospital in the city of Greenfield, on Thursday, January 11."),
			"false|hospital|||ransomware|2018-01-11"},
		{"an intercommunality whose name goes on in lower case", article("fr", "2024-03-05 10:00", "Aude : l'intercommunalité visée par une cyberattaque",
			"Lundi, la communauté de communes des Pyrénées audoises a été victime d'une cyberattaque qui a chiffré ses serveurs."),
			"true|intercommunalite|11304|Occitanie|ransomware|2024-03-04"},
		{"a German-speaking town's attack on its Informatik, with the cyber security centre called in", article("de", "2023-05-12 10:00", "Stadt Thun: Informatikvorfall legt Teile der Verwaltung lahm",
			"Die Stadtverwaltung Thun ist seit Donnerstagmorgen nur eingeschränkt erreichbar. Grund ist ein Angriff auf die Informatik der Stadt.\n\n"+
				"Die Kantonspolizei und das Nationale Zentrum für Cybersicherheit wurden beigezogen."),
			"true|commune|Thun|Bern|unknown|2023-05-11"},
		{"a district named before the sentence that tells its attack, under a title without one", article("fr", "2023-11-15 10:00", "Cochem-Zell : l'administration du district à l'arrêt",
			"À une vingtaine de kilomètres de la Moselle, le Landkreis de Cochem-Zell est coupé du monde numérique. Lundi 13 novembre au matin, les agents ont trouvé leurs fichiers chiffrés par un logiciel de rançon.\n\n"+
				"L'université populaire du district, hébergée sur les mêmes serveurs, a annulé ses inscriptions en ligne."),
			"true|departement|Cochem|Rheinland-Pfalz|ransomware|2023-11-13"},
		{"a group said to act for a side is no company", article("en", "2024-11-06 10:00", "Pro-Russian group claims attacks on UK council websites",
			"A pro-Russian hacking collective has claimed responsibility for knocking Hartlepool Borough Council's website offline on Monday with a denial-of-service attack."),
			"true|commune|Hartlepool|England|ddos|2024-11-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := Analyze(tc.a, vigie.Source{TimeZone: paris})
			got := "none"
			if len(r.Findings) > 0 {
				f := r.Findings[0]
				p := f.Victim.Place
				got = fmt.Sprintf("%v|%s|%s|%s|%s|%s", r.Relevant, f.Victim.Kind, firstOf(p.INSEE, p.Name), p.Region, f.Attack, f.Start)
			}
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// TestAttackConfirmed: a title's plain attack is a cyber attack when the
// text names one, or its attackers, anywhere.
func TestAttackConfirmed(t *testing.T) {
	t.Parallel()
	text := "Kfz-Zulassung bleibt zu.\n\nDie Kreisverwaltung arbeitet ohne Programme.\n\nNach Angaben des Kreises haben Forensiker den Einstiegspunkt der Angreifer gefunden."
	for _, tc := range []struct {
		title, text string
		want        bool
	}{
		{"Eine Woche nach dem Angriff: Kreis arbeitet mit Notlösungen", text, true},
		{"Kreis arbeitet mit Notlösungen", text, false},
		{"Eine Woche nach dem Angriff: Kreis arbeitet mit Notlösungen", "Kfz-Zulassung bleibt zu.", false},
	} {
		an := newAnalysis(article("de", "2024-10-22 10:00", tc.title, tc.text), vigie.Source{TimeZone: paris}, place.Default())
		if got := an.attackConfirmed(); got != tc.want {
			t.Errorf("attackConfirmed(%q, %q) = %v, want %v", tc.title, tc.text, got, tc.want)
		}
	}
}

// TestBareLocalBodyIsTheNamedOne: a local body a title names by its kind
// alone is the one of that kind the text names in full.
func TestBareLocalBodyIsTheNamedOne(t *testing.T) {
	t.Parallel()
	a := article("nl", "2025-06-24 10:00", "Website waterschap onbereikbaar door DDoS-aanval",
		"Ook het Waterschap Vallei en Veluwe werd maandag bestookt door pro-Russische hackers.\n\nDe website van het waterschap was urenlang niet bereikbaar.")
	r := Analyze(a, vigie.Source{TimeZone: paris})
	if len(r.Findings) != 1 || r.Findings[0].Victim.Official != "Waterschap Vallei en Veluwe" {
		t.Errorf("findings %+v, want one on the Waterschap Vallei en Veluwe", r.Findings)
	}
}

// TestLocalBodyOneName: a local body's official name is one whatever the
// words for its kind: the CCAS in full or by its initials.
func TestLocalBodyOneName(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"Le centre communal d'action sociale de Colmar a été victime d'une cyberattaque lundi.",
		"Le CCAS de Colmar a été victime d'une cyberattaque lundi."} {
		r := Analyze(article("fr", "2024-04-25 10:00", "Colmar : cyberattaque contre l'action sociale", text), vigie.Source{TimeZone: paris})
		if len(r.Findings) != 1 || r.Findings[0].Victim.Official != "CCAS de Colmar" {
			t.Errorf("%q: findings %+v, want one on the CCAS de Colmar", text, r.Findings)
		}
	}
}
