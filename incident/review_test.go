package incident

import (
	"slices"
	"strings"
	"testing"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/fold"
	"github.com/vigie-news/vigie/place"
)

// victimsOf are the official names of an article's findings, in order.
func victimsOf(got []string) []string {
	var out []string
	for _, g := range got {
		out = append(out, strings.Split(g, "|")[0])
	}
	return out
}

// TestReviews: a year's review or a piece that counts its attacks reports
// every attack its paragraphs tell, however each is written: under a
// title whose victim is one of them, bare towns as subjects or as the
// next one hit, two attacks in one sentence each with its date, two
// victims listed under "two attacks".
func TestReviews(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		a    *vigie.Article
		want []string // victims, in order
	}{
		{"a title's town hall among the four the lead counts", article("de", "2024-12-29 09:00", "Rückblick 2024: Als das Rathaus plötzlich offline war",
			"Vier Fälle zeigen, wie verwundbar Kommunen geworden sind.\n\n"+
				"Im Februar drangen Angreifer in das Netz der Gemeente Zwolle ein und kopierten Postfächer.\n\n"+
				"Am 9. April verschlüsselte eine Ransomware die Server des Landkreises Cham.\n\n"+
				"Im Juli traf ein Überlastungsangriff den Kanton Jura, dessen Website stundenlang ausfiel.\n\n"+
				"Zuletzt legte im Oktober ein Angriff die Verwaltung der Provinz Lecco lahm."),
			[]string{"Gemeente Zwolle", "Landkreis Cham", "Kanton Jura", "Provinz Lecco"}},
		{"bare towns: a subject after an opening phrase, the next one's turn", article("fr", "2024-12-28 08:00", "2024, l'année où les collectivités ont appris à se défendre",
			"Le conseil départemental de la Moselle a été visé le 12 janvier par une intrusion, repérée par son prestataire.\n\n"+
				"Deux mois plus tard, le 14 mars, c'était au tour de Sarreguemines : un rançongiciel a chiffré les serveurs de la ville.\n\n"+
				"À l'automne, enfin, Thionville a vu le site internet de la ville tomber le 3 octobre sous une attaque par déni de service."),
			[]string{"Conseil départemental de Moselle", "Mairie de Sarreguemines", "Mairie de Thionville"}},
		{"two attacks in one sentence, each date after its victim", article("en", "2024-12-27 09:00", "2024 in review: the year cyber attacks reached the town hall",
			"Closest to home, Mid Suffolk District Council found on 3 April that payroll files had been copied.\n\n"+
				"Further afield, Torridge District Council lost its phones to ransomware from 19 February, and Rother District Council went through the same ordeal after an attack detected on Sunday 9 June."),
			[]string{"Mid Suffolk District Council", "Torridge District Council", "Rother District Council"}},
		{"two attacks in one sentence, each month before its victim", article("en", "2024-12-30 09:00", "A year of council cyber attacks: what two councils learned",
			"March's extortion attempt at Wyre Borough Council and October's incident at Ceredigion County Council could hardly have been more different.\n\n"+
				"In Lancashire, thieves copied licensing files and demanded payment."),
			[]string{"Wyre Borough Council", "Ceredigion County Council"}},
		{"two victims listed under a title counting two attacks", article("es", "2025-02-20 08:15", "Dos ataques en una semana: Teruel y Alcañiz, misma pesadilla",
			"A pocos kilómetros de distancia, la Diputación Provincial de Teruel y el Ayuntamiento de Alcañiz viven desde mediados de febrero la misma situación: archivos secuestrados y una petición de rescate."),
			[]string{"Diputación Provincial de Teruel", "Ayuntamiento de Alcañiz"}},
	} {
		rel, got := findingsOf(tc.a)
		if !rel || !slices.Equal(victimsOf(got), tc.want) {
			t.Errorf("%s: relevant %v, findings %q; want %q", tc.name, rel, got, tc.want)
		}
	}
}

// TestPairedDates: each of two attacks told in one sentence takes the date
// of its own clause.
func TestPairedDates(t *testing.T) {
	t.Parallel()
	_, got := findingsOf(article("en", "2024-12-27 09:00", "2024 in review: the year cyber attacks reached the town hall",
		"Closest to home, Mid Suffolk District Council found on 3 April that payroll files had been copied.\n\n"+
			"Further afield, Torridge District Council lost its phones to ransomware from 19 February, and Rother District Council went through the same ordeal after an attack detected on Sunday 9 June."))
	want := []string{"2024-04-03", "2024-02-19", "2024-06-09"}
	if len(got) != len(want) {
		t.Fatalf("findings %q", got)
	}
	for k, g := range got {
		if !strings.HasSuffix(g, "|"+want[k]) {
			t.Errorf("finding %q, want start %s", g, want[k])
		}
	}
}

// TestNamesOfAuthorities: a town named in another language beside its
// own name, a Kreis in French, "X council" for the county council the
// text names in full, a bare district for the one named in full, and
// "gemeente en OCMW" as two bodies.
func TestNamesOfAuthorities(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a German exonym beside the French name", article("de", "2023-05-17 20:00", "Ransomware-Angriff auf die Stadtverwaltung von Peterlingen",
			"Die Waadtländer Kleinstadt Peterlingen – auf Französisch Payerne – kämpft mit den Folgen eines Ransomware-Angriffs. Am Dienstag waren die Dateien der Verwaltung verschlüsselt."),
			"Commune de Payerne|commune|"},
		{"an exonym in brackets", article("de", "2023-05-24 08:00", "Cyberangriff auf Peterlingen",
			"Am Wochenende traf es das waadtländische Peterlingen (Payerne): Eine Schadsoftware verschlüsselte die Server der Stadtverwaltung."),
			"Commune de Payerne|commune|"},
		{"a Kreis in French", article("fr", "2023-09-20 10:00", "Rhénanie-Palatinat : l'arrondissement de Bernkastel-Wittlich paralysé",
			"L'arrondissement de Bernkastel-Wittlich a été touché le 11 septembre par un rançongiciel qui a chiffré ses serveurs."),
			"Landkreis Bernkastel-Wittlich|departement|"},
		{"X council is the county council the text names in full", article("en", "2023-06-07 10:00", "Leitrim council data posted online weeks after cyber attack",
			"Files stolen from Leitrim County Council in the ransomware attack of 18 April have appeared on a leak site. The council said it had warned staff."),
			"Leitrim County Council|departement|"},
		{"the Kreisverwaltung is the Kreis named in full, not the court's town", article("de", "2024-07-11 19:00", "Drei Jahre nach dem Hackerangriff: Prozess in Zweibrücken",
			"Drei Jahre nach der Attacke auf die Kreisverwaltung hat vor dem Landgericht Zweibrücken der Prozess begonnen. Die Täter hatten im Juli 2021 die Server verschlüsselt.\n\n"+
				"Für den Kreis Südwestpfalz ist der Prozess auch ein Stück Aufarbeitung."),
			"Kreis Südwestpfalz|departement|"},
		{"gemeente en OCMW are two bodies", article("nl", "2022-10-11 10:00", "Lebbeke: gemeente en OCMW plat door ransomware",
			"De computers van gemeente en OCMW in Lebbeke liggen sinds zondag plat. Criminelen versleutelden de servers."),
			"Gemeente Lebbeke|commune|"},
		{"the servers of a town", article("de", "2023-05-24 08:00", "Angriff in der Waadt",
			"Im Kanton Waadt verschlüsselten Angreifer am 16. Mai die Server von Payerne. Die Gemeinde arbeitet seither mit Papierformularen."),
			"Commune de Payerne|commune|"},
	})
}

// TestFollowUpDates: a date written without its year in a follow-up that
// says the attack was more than a year ago is that year's; a new
// incident at a body hit before says so; "a Sicilian town" names no town.
func TestFollowUpDates(t *testing.T) {
	t.Parallel()
	_, got := findingsOf(article("en", "2025-03-12 10:00", "Data watchdog reprimands Ceredigion over February breach",
		"The Information Commissioner's Office has issued a reprimand to Ceredigion County Council, more than a year after a ransomware attack locked the authority's files.\n\n"+
			"The regulator's findings say that the incident of 5 February began with a phishing email."))
	if len(got) != 1 || !strings.HasSuffix(got[0], "|2024-02-05") {
		t.Errorf("findings %q, want the attack of 5 February 2024", got)
	}
	r := Analyze(article("fr", "2025-02-11 10:00", "Vannes : nouvel incident informatique à l'hôtel de ville",
		"Trois ans après le rançongiciel qui l'avait paralysée, la ville de Vannes fait face à une nouvelle alerte. Vendredi dernier, le système de supervision a signalé des connexions anormales."), vigie.Source{TimeZone: paris})
	if len(r.Findings) != 1 || !r.Findings[0].Again || r.Findings[0].Start.String() != "2025-02-07" {
		t.Errorf("findings %+v, want one hit anew on Friday 7 February", r.Findings)
	}
	_, got = findingsOf(article("en", "2023-06-08 10:00", "Sicilian town still counting the cost of autumn hack",
		"Eight months on, the hill town of Ragusa is still paying for the ransomware attack of last autumn, when its municipal servers were encrypted.\n\n"+
			"Other Sicilian councils are now reviewing their contracts with the town's former IT supplier."))
	if len(got) != 1 || !strings.HasPrefix(got[0], "Comune di Ragusa|") {
		t.Errorf("findings %q, want Ragusa's council, not a town named Sicilian", got)
	}
}

// TestFollowUpsCountingFromTheAttack: a follow-up whose title counts the
// time since the attack, without naming it, and whose lead tells it,
// reports that attack on the body it names ("lokaal bestuur",
// "l'intercommunalité" in the sentence after the attack's).
func TestFollowUpsCountingFromTheAttack(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"a Flemish local government two weeks on", article("nl", "2022-10-25 10:00", "Twee weken na de hackersaanval: lokaal bestuur Zele herstelt langzaam",
			"Burgerzaken werkt weer, de sociale dienst nog niet.\n\n"+
				"De gemeente heeft bevestigd dat de aanvallers gegevens hebben gekopieerd voordat ze de bestanden versleutelden."),
			"Gemeente Zele|commune|"},
		{"an intercommunality named in the sentence after the attack", article("fr", "2023-12-05 10:00", "Pays de Mormal : six semaines après, la CCPM reconstruit son réseau",
			"La collectivité a choisi de tout réinstaller.\n\n"+
				"Six semaines se sont écoulées depuis que le rançongiciel a mis à terre l'informatique de la collectivité. La communauté de communes du Pays de Mormal a fait le choix de reconstruire un réseau neuf."),
			"Communauté de communes du Pays de Mormal|intercommunalite|"},
	})
}

// TestEncryptionDeniedAfterItsNoun: "Van versleutelde bestanden is geen sprake"
// denies encryption after naming it.
func TestEncryptionDeniedAfterItsNoun(t *testing.T) {
	t.Parallel()
	_, got := findingsOf(article("nl", "2022-11-21 10:00", "Na het lek bij de gemeente Zele: burgers moeten documenten vervangen",
		"Hackers hebben bij de gemeente Zele in oktober duizenden dossiers buitgemaakt en op een lekwebsite gezet. Van versleutelde bestanden is ook nu geen sprake."))
	if len(got) != 1 || strings.Split(got[0], "|")[2] != string(vigie.AttackDataBreach) {
		t.Errorf("findings %q, want a data breach", got)
	}
}

// TestWordsOfThisSession: words that were missing, each in a text that
// needs it.
func TestWordsOfThisSession(t *testing.T) {
	t.Parallel()
	checkFirstFindings(t, []firstFinding{
		{"Italian passato remoto of encrypting", article("it", "2023-10-23 10:00", "Un anno dopo l'attacco, il Comune di Noto ha cambiato tutto",
			"Era l'ottobre del 2022 quando un gruppo criminale cifrò i server del municipio. A un anno di distanza, l'amministrazione traccia un bilancio."),
			"Comune di Noto|commune|ransomware|"},
		{"a town's government in Spanish", article("es", "2024-07-26 10:00", "El consistorio amplía la denuncia y refuerza la vigilancia de su red",
			"Un día después de hacer público el chantaje, el gobierno municipal de Requena ha ampliado la denuncia. Los intrusos habrían entrado a través de una cuenta de un proveedor."),
			"Ayuntamiento de Requena|commune|"},
		{"a round-up's town before the body it names after it", article("fr", "2025-07-02 10:00", "Collectivités : deux ans sous pression",
			"Retour sur deux affaires suivies dans nos colonnes.\n\n"+
				"Le 11 mars 2024, c'était au tour de Fougères : rançongiciel, serveurs chiffrés, CCAS paralysé.\n\n"+
				"Enfin, le 2 juin, la ville de Lahr voyait des boîtes mail de ses agents détournées après un hameçonnage."),
			"Mairie de Fougères|commune|ransomware|"},
	})
	_, got := findingsOf(article("es", "2025-06-10 17:40", "Tondela cifra en medio millón el coste del ciberataque",
		"La cámara municipal aprueba una modificación presupuestaria.\n\n"+
			"Cinco meses después del ataque que dejó sin sistemas al Ayuntamiento de Requena, el pleno aprobó esta semana una modificación presupuestaria."))
	for _, g := range got {
		if strings.HasSuffix(g, "|2025-06") {
			t.Errorf("finding %q: this week is the vote's, not the attack's", g)
		}
	}
}

// firstFinding is an article and the start of its first finding, as
// findingsOf writes it ("Gemeente Lebbeke|commune|").
type firstFinding struct {
	name string
	a    *vigie.Article
	want string
}

// checkFirstFindings: each article is relevant and its first finding
// starts as wanted.
func checkFirstFindings(t *testing.T, cases []firstFinding) {
	t.Helper()
	for _, tc := range cases {
		rel, got := findingsOf(tc.a)
		if !rel || len(got) == 0 || !strings.HasPrefix(got[0], tc.want) {
			t.Errorf("%s: relevant %v, findings %q; want %s…", tc.name, rel, got, tc.want)
		}
	}
}

// TestRoundUpCasesByTheirTowns: a round-up telling each case in its
// paragraph, opened on the town's case ("Il caso più serio resta quello
// di Foligno", "Diverso ancora l'episodio di Spoleto, in provincia di
// Perugia"), reports each: "il Comune" after it is that town's, not the
// Regione the paragraph asks for money; a stranger who used an
// employee's credentials, as the province came "a scoprire", broke in.
// A piece on one of them does not count as hit the town whose earlier
// attack it recalls ("dopo il pesante attacco subito dal Comune di
// Foligno").
func TestRoundUpCasesByTheirTowns(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"cases by their towns", article("it", "2023-04-28 10:00", "Puglia e Umbria, tre enti locali nel mirino degli hacker in due settimane",
			"Un Comune paralizzato, una Provincia violata, un sito istituzionale sfregiato. Nelle ultime due settimane tre amministrazioni locali hanno fatto i conti con incursioni informatiche.\n\n"+
				"Il caso più serio resta quello di Foligno. Dal 16 aprile il Comune lavora con carta e penna dopo che un ransomware ha cifrato i server; la giunta ha chiesto un contributo straordinario alla Regione.\n\n"+
				"Giovedì 20 aprile è stata la Provincia di Lecce a scoprire che un estraneo aveva usato le credenziali di un dipendente per entrare nella posta elettronica. Nessun blocco, ma un'indagine aperta.\n\n"+
				"Diverso ancora l'episodio di Spoleto, in provincia di Perugia. Il 25 aprile la home page del sito del Comune è stata sostituita per alcune ore da una pagina con slogan. Gli uffici hanno ripristinato la versione originale nel pomeriggio."),
			true, []string{"Comune di Foligno|commune|ransomware|2023-04-16", "Provincia di Lecce|departement|unknown|2023-04-20", "Comune di Spoleto|commune|defacement|2023-04-25"}},
	})
	r := Analyze(article("it", "2023-04-22 10:00", "Provincia di Lecce, accesso abusivo ai sistemi: denuncia alla Polizia postale",
		"Qualcuno è entrato nella rete della Provincia di Lecce senza averne il diritto. I tecnici hanno individuato giovedì accessi anomali al server di posta.\n\n"+
			"L'episodio arriva pochi giorni dopo il pesante attacco subito dal Comune di Foligno, ma dalla Provincia fanno sapere che non ci sono elementi che colleghino le due vicende."), vigie.Source{TimeZone: paris})
	if len(r.Findings) != 1 || len(r.Findings[0].AlsoAffected) > 0 {
		t.Errorf("findings %+v: want the province's alone, none hit with it", r.Findings)
	}
}

// TestKindOfTheNewAttack: a title telling a town's site "saturé", four
// years after its ransomware, tells a denial of service; a regulator's
// fine two years after a leak keeps the leak's kind.
func TestKindOfTheNewAttack(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"saturated years after", article("fr", "2024-05-07 10:00", "Tournus : le site de la mairie saturé, quatre ans après le rançongiciel",
			"Depuis lundi 6 mai, le site internet de la mairie de Tournus ne répond plus."),
			true, []string{"Mairie de Tournus|commune|ddos|2024-05-06"}},
		{"a fine after the leak", article("fr", "2025-10-02 10:00", "Tournus : la CNIL sanctionne l'office de tourisme deux ans après la fuite de données",
			"La CNIL a infligé une amende à l'office de tourisme de Tournus, dont les fichiers de clients avaient été copiés."),
			true, []string{"Office de tourisme de Tournus|local-public-body|data-breach|"}},
	})
}

// TestBodyNamedOnceAndCalledByItsKind: a first report whose title names
// no body, and whose lead calls the council by its kind ("weeks after the
// borough council discovered…") before naming it, reports the attack on
// it. "Aucun paiement n'a été versé aux pirates" denies no attack;
// "aucun pirate" does.
func TestBodyNamedOnceAndCalledByItsKind(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"named once, then by its kind", article("en", "2025-03-04 10:30", "Residents' names and addresses found for sale on dark web forum",
			"Personal details belonging to thousands of people in Gosport have been offered for sale on a criminal forum, weeks after the borough council discovered that someone had been inside its network.\n\n"+
				"Gosport Borough Council said on Monday that it had been alerted by a threat intelligence firm to a listing advertising council tax data. A sample posted by the seller included names and council tax account numbers.\n\n"+
				"The authority first detected unusual activity on one of its database servers on 11 February. It now accepts that data was copied before the intruders were locked out."),
			true, []string{"Gosport Council|commune|data-breach|2025-02-11"}},
	})
	for text, want := range map[string]bool{
		"Aucun paiement n'a été versé aux pirates, a-t-il été confirmé en séance.": false,
		"Aucun pirate n'est entré dans le réseau.":                                 true,
		"La commune assure n'avoir versé aucune somme aux auteurs de l'attaque.":   false,
		"Il ne s'agit pas d'une cyberattaque.":                                     true,
	} {
		f := fold.String(text)
		denied := false
		for _, l := range []cue{attackWords, plainAttack} {
			for _, m := range l.all(f) {
				denied = denied || deniedAttack(f, m)
			}
		}
		if denied != want {
			t.Errorf("%q: attack denied %v, want %v", text, denied, want)
		}
	}
}

// TestDistrictsInEnglishAndHijackedMailboxes: "the district of Cham" in
// English is the registry's Landkreis Cham, while "Horsham district" stays
// the council; mails sent "aus gekaperten Postfächern" with "erbeuteten
// Zugangsdaten" hit the town, no scam in its name.
func TestDistrictsInEnglishAndHijackedMailboxes(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"a German district in English", article("en", "2021-07-09 15:10", "German district shuts down systems after ransomware hit",
			"A rural district in eastern Germany has switched off its network after criminals encrypted its data.\n\n"+
				"The district of Cham, in the state of Bavaria, said the intrusion was detected early on Tuesday 6 July. A ransom note was left on staff computers."),
			true, []string{"Landkreis Cham|departement|ransomware|2021-07-06"}},
		{"a British district", article("en", "2022-05-11 10:00", "Horsham district council systems down after ransomware attack",
			"Horsham District Council's systems were encrypted by ransomware on Monday 9 May. Band D households in Horsham district were told to expect delays."),
			true, []string{"Horsham Council|commune|ransomware|2022-05-09"}},
		{"hijacked mailboxes", article("de", "2025-06-04 10:00", "Stadt Offenburg: Betrüger verschicken Mails aus gekaperten Postfächern",
			"In der Offenburger Stadtverwaltung sind mehrere Beschäftigte am Montag auf eine gefälschte Anmeldeseite hereingefallen. Mit den erbeuteten Zugangsdaten verschickten die Täter hunderte E-Mails im Namen der Stadt Offenburg."),
			true, []string{"Stadt Offenburg|commune|phishing|2025-06-02"}},
	})
}

// TestLeakPublishedAfterRansomRefused: documents stolen and published
// after a ransom refused are a cyber attack, without the word; a German
// body's name stops before "im Darknet".
func TestLeakPublishedAfterRansomRefused(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"stolen and published", article("it", "2024-05-21 10:00", "Provincia di Oristano, pubblicati online i documenti rubati",
			"L'ultimatum è scaduto e i file sono finiti in rete. L'ente: «Nessun riscatto».\n\n"+
				"Il gruppo che ad aprile aveva sottratto documenti alla Provincia di Oristano ha pubblicato un archivio di 12 gigabyte."),
			true, []string{"Provincia di Oristano|departement|data-breach|2024-04"}},
		{"im Darknet", article("de", "2023-04-19 10:00", "Steuerdaten aus dem Stadthaus im Darknet aufgetaucht",
			"Die Täter des Angriffs von Anfang März haben Daten der Stadtverwaltung Wil im Darknet veröffentlicht. Die Stadt hatte das Lösegeld nicht bezahlt."),
			true, []string{"Gemeinde Wil|commune|data-breach|2023-03"}},
	})
}

// TestHomePageCoveredWithSlogans: a home page "cubierta de consignas" and
// a young man accused "de desfigurar la web municipal" tell a defacement.
func TestHomePageCoveredWithSlogans(t *testing.T) {
	t.Parallel()
	r := Analyze(article("es", "2026-02-10 10:00", "Dos años después, a juicio el joven acusado de desfigurar la web municipal de Cartagena",
		"Dos años después de que la portada del Ayuntamiento de Cartagena apareciera cubierta de consignas, un joven de 19 años se sienta en el banquillo acusado de daños informáticos."), vigie.Source{TimeZone: paris})
	if !r.Relevant || len(r.Findings) != 1 || r.Findings[0].Attack != vigie.AttackDefacement {
		t.Errorf("relevant %v, findings %+v: want Cartagena's defacement", r.Relevant, r.Findings)
	}
}

// TestCountryInTheURL: a story filed under "/suisse/geneve/" is not
// about the village of Suisse in Moselle.
func TestCountryInTheURL(t *testing.T) {
	t.Parallel()
	a := article("fr", "2023-02-14 10:00", "Vol de fichiers : l'ancien informaticien condamné", "Le Tribunal de police a rendu son jugement lundi.")
	a.URL = "http://www.journal.test/suisse/geneve/2023-02-14-ancien-informaticien/"
	an := newAnalysis(a, vigie.Source{TimeZone: paris}, place.Default())
	if c := an.urlSection(a.URL); c != nil && c.Name == "Suisse" {
		t.Errorf("the URL's section is %s (%s): want none, or Geneva", c.Name, c.Country)
	}
}

// TestFraudstersPaidAndFraudstersBorrowingTheName: a council that paid
// fraudsters posing as its contractor was deceived, an attack on it;
// fraudsters "using the name of" a council to text residents scam them.
func TestFraudstersPaidAndFraudstersBorrowingTheName(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"paid to fraudsters", article("en", "2021-07-14 14:48", "Rochdale Council lost £92,000 to fake supplier emails",
			"Rochdale Council paid almost £92,000 to fraudsters who posed as one of its building contractors, the authority has admitted. In June, staff in the finance department received emails that appeared to come from a firm carrying out repairs."),
			true, []string{"Rochdale Council|commune|phishing|2021-06"}},
	})
	r := Analyze(article("en", "2024-01-23 10:00", "Beware texts offering council tax refunds, residents told",
		"Fraudsters are using the name of Cotswold District Council to harvest bank details.\n\n"+
			"Residents across the district have received text messages offering a council tax rebate."), vigie.Source{TimeZone: paris})
	if r.Relevant {
		t.Errorf("a scam in the council's name: relevant, findings %+v", r.Findings)
	}
}

// TestWasteBoard: a district's waste board ("der Lungauer
// Abfallverband", "Abfallwirtschaftsverband Lungau") is a local public
// body an attack can hit.
func TestWasteBoard(t *testing.T) {
	t.Parallel()
	r := Analyze(article("de", "2024-03-12 09:20", "Pinzgauer Abfallverband wird erpresst",
		"Unbekannte haben am vergangenen Donnerstag Kundendaten des Abfallwirtschaftsverbands Pinzgau kopiert und fordern ein Lösegeld in Bitcoin. Verschlüsselt worden sei nichts."), vigie.Source{TimeZone: paris})
	if !r.Relevant || len(r.Findings) != 1 || r.Findings[0].Victim.Kind != vigie.VictimLocalPublicBody {
		t.Errorf("relevant %v, findings %+v: want the waste board's attack", r.Relevant, r.Findings)
	}
}

// TestHalfYearReview: a title that reviews half a year ("Halbjahresbilanz")
// looks back on the attacks its paragraphs tell, each its own finding.
func TestHalfYearReview(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"halbjahresbilanz", article("de", "2024-06-27 17:30", "Halbjahresbilanz: Rathäuser in ganz Europa im Visier von Hackern",
			"Verschlüsselte Server, lahmgelegte Websites: Das erste Halbjahr 2024 war für Kommunalverwaltungen kein ruhiges. Eine Auswahl.\n\n"+
				"Landkreis Ludwigslust-Parchim (Mecklenburg-Vorpommern): Am 4. März verschlüsselten Erpresser die Server des Landratsamts.\n\n"+
				"Witten (Nordrhein-Westfalen): Ein DDoS-Angriff legte am 11. April die Website der Stadt lahm."),
			true, []string{"Landkreis Ludwigslust-Parchim|departement|ransomware|2024-03-04", "Stadt Witten|commune|ddos|2024-04-11"}},
	})
}

// TestTraditionalRegionIsNoTown: "au pays de Caux" names a region, not
// Caux in the Hérault: "l'intercommunalité" of the title is the one the
// lead names.
func TestTraditionalRegionIsNoTown(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"pays de", article("fr", "2024-05-02 10:00", "Cyberattaque au pays de Caux : l'intercommunalité refuse de payer",
			"Dix jours après le rançongiciel qui a chiffré les serveurs de l'intercommunalité de Fécamp, la collectivité a confirmé qu'elle ne paierait pas de rançon."),
			true, []string{"Communauté d'agglomération Fécamp Caux Littoral Agglomération|intercommunalite|ransomware|"}},
	})
}

// TestRumourGainsaid: a rumour of an attack that the next sentence denies
// ("Il n'en est rien.") is none, under a title blaming a power cut.
func TestRumourGainsaid(t *testing.T) {
	t.Parallel()
	r := Analyze(article("fr", "2024-02-08 16:00", "Mauguio : la mairie sans informatique, la faute à une coupure de courant",
		"Plus de téléphone ni de messagerie mercredi à la mairie de Mauguio. Sur les réseaux sociaux, certains ont aussitôt parlé d'une cyberattaque.\n\n"+
			"Il n'en est rien. Un incident sur le réseau électrique a privé le bâtiment de courant, explique la commune."), vigie.Source{TimeZone: paris})
	if r.Relevant {
		t.Errorf("a rumour denied, a power cut: relevant, findings %+v", r.Findings)
	}
}

// TestDistrictOfTheURL: a local paper files a district's news under its
// name (/eichsfeld/): "die Kreisverwaltung" of a piece that never names
// its district is that district's.
func TestDistrictOfTheURL(t *testing.T) {
	t.Parallel()
	a := article("de", "2023-09-14 17:00", "Nach Cyberangriff: Kreisverwaltung arbeitet im Notbetrieb",
		"Seit dem Angriff am vergangenen Donnerstag arbeitet das Landratsamt mit Stift und Papier. Der Landrat bestätigte, dass Erpresser die Server verschlüsselt haben.")
	a.URL = "https://www.bote.test/saale-orla-kreis/2023-09-14/kreisverwaltung-notbetrieb"
	r := Analyze(a, vigie.Source{TimeZone: paris})
	if !r.Relevant || len(r.Findings) != 1 || r.Findings[0].Victim.Official != "Saale-Orla-Kreis" {
		t.Errorf("relevant %v, findings %+v: want the Saale-Orla-Kreis's attack", r.Relevant, r.Findings)
	}
}

// TestCatalanAttack: "l'atac informàtic del 14 de juny de 2021" is an
// attack, dated in Catalan.
func TestCatalanAttack(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"atac informàtic", article("ca", "2023-05-09 13:00", "La Sindicatura xifra en 500.000 euros el cost de l'atac informàtic a Vic",
			"L'atac informàtic del 14 de juny de 2021 va costar 500.000 euros a l'Ajuntament de Vic, segons l'informe de fiscalització publicat aquest dimarts."),
			true, []string{"Ayuntamiento de Vic|commune|unknown|2021-06-14"}},
		{"xifrat", article("ca", "2024-02-20 10:00", "Ciberatac a l'Ajuntament de Ripoll",
			"Els servidors de l'Ajuntament de Ripoll van ser xifrats dilluns a la nit."),
			true, []string{"Ayuntamiento de Ripoll|commune|ransomware|2024-02-19"}},
	})
}

// TestRumouredEncryptionRejected: "Gerüchte über verschlüsselte Daten
// weist die Stadt zurück" rejects encryption, its verb after the noun: the
// flood the article tells is the attack.
func TestRumouredEncryptionRejected(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"weist zurück", article("de", "2024-05-15 12:30", "Bebra: Internetseite der Stadt nach Angriff nicht erreichbar",
			"Seit Dienstag legen massenhafte Anfragen die Online-Dienste der Stadt Bebra lahm. Gerüchte über verschlüsselte Daten weist die Stadt zurück.\n\n"+
				"Nach Angaben der Verwaltung wird der Server mit Millionen von Anfragen überflutet – eine sogenannte DDoS-Attacke."),
			true, []string{"Stadt Bebra|commune|ddos|2024-05-14"}},
	})
}

// TestPersonalDataBreachAndHackedAnew: the law's "violation de données
// personnelles" is a data breach; a town "de nouveau piratée" tells a new
// attack, whose day the lead gives, not the old one it recalls.
func TestPersonalDataBreachAndHackedAnew(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"violation de données", article("fr", "2023-07-05 09:00", "Honfleur : les données de 8 000 visiteurs de l'office de tourisme exposées",
			"L'office de tourisme de Honfleur a informé mardi ses clients d'une « violation de données personnelles » de sa billetterie en ligne, détectée lundi 3 juillet."),
			true, []string{"Office de tourisme de Honfleur|local-public-body|data-breach|2023-07-03"}},
		{"de nouveau piratée", article("fr", "2024-03-08 10:00", "Montreuil-Bellay de nouveau piratée : un fichier de familles mis en vente",
			"Un courriel piégé a permis de dérober des données du service périscolaire. La ville de Montreuil-Bellay avait déjà subi un rançongiciel il y a trois ans.\n\n"+
				"Lundi 4 mars, une employée a saisi ses identifiants sur une fausse page de connexion. Un fichier de 900 familles a été copié depuis sa messagerie."),
			true, []string{"Mairie de Montreuil-Bellay|commune|data-breach|2024-03-04"}},
	})
}

// TestPolishAndSwedish: a Polish town office named in the genitive
// ("Urzędu Miasta Sopotu") and a Swedish municipality in its genitive
// ("Sundsvalls kommun") are those towns' bodies; their attacks are read
// in their languages.
func TestPolishAndSwedish(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"polish", article("pl", "2024-05-22 10:00", "Atak DDoS na stronę Urzędu Miasta Sopotu",
			"We wtorek strona internetowa Urzędu Miasta Sopotu była niedostępna. Miasto padło ofiarą ataku typu DDoS."),
			true, []string{"Gmina Sopot|commune|ddos|2024-05-21"}},
		{"swedish", article("sv", "2024-06-11 10:00", "Sundsvalls kommun: känsliga handlingar läckta efter dataintrång",
			"Sundsvalls kommun bekräftar att känsliga handlingar har läckt efter ett dataintrång som upptäcktes den 10 juni."),
			true, []string{"Sundsvalls kommun|commune|data-breach|2024-06-10"}},
		{"swedish, nothing encrypted", article("sv", "2024-06-11 10:00", "Sundsvalls kommun: känsliga handlingar läckta efter dataintrång",
			"Sundsvalls kommun har drabbats av ett dataintrång som upptäcktes den 10 juni. Inga system har krypterats, enligt kommunens säkerhetschef."),
			true, []string{"Sundsvalls kommun|commune|data-breach|2024-06-10"}},
	})
}

// TestElidedNameIsOneBody: "Office de tourisme d'Honfleur" and "Office de
// tourisme de Honfleur" are one body.
func TestElidedNameIsOneBody(t *testing.T) {
	t.Parallel()
	a := vigie.Body{Name: "Office de tourisme d'Honfleur", Kind: vigie.VictimLocalPublicBody}
	b := vigie.Body{Name: "Office de tourisme de Honfleur", Kind: vigie.VictimLocalPublicBody}
	if identity(a) != identity(b) {
		t.Errorf("identity %q and %q: want one", identity(a), identity(b))
	}
}

// TestTwoNeighboursTwoAttacks: a piece that counts two attacks ("Les deux
// attaques n'ont rien de commun") and tells each in its sentence, on
// neighbours hit the same week, reports both; "la commune voisine,
// Gradignan," names Gradignan; a town hall that "découvrait que" its
// servers had been encrypted tells its attack, in no tense of recall; "un
// afflux massif de connexions" is a denial of service.
func TestTwoNeighboursTwoAttacks(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"two neighbours", article("fr", "2024-11-21 09:00", "Après la Ville de Talence, sa voisine Gradignan ciblée à son tour",
			"Semaine noire pour deux communes voisines. Lundi, la Ville de Talence découvrait que ses serveurs avaient été chiffrés par un rançongiciel. "+
				"Mercredi, c'est le site internet de la commune voisine, Gradignan, qui est tombé sous un afflux massif de connexions.\n\n"+
				"Les deux attaques n'ont rien de commun, insistent les deux mairies."),
			true, []string{"Mairie de Talence|commune|ransomware|2024-11-18", "Mairie de Gradignan|commune|ddos|2024-11-20"}},
	})
}

// TestHeardOnAndRecordsAccessed: "a committee heard on Monday" dates the
// hearing, not the attack "last spring"; records "accessed in the breach"
// were taken.
func TestHeardOnAndRecordsAccessed(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"heard on", article("en", "2025-03-11 10:00", "Ransomware recovery cost borough £900,000, councillors told",
			"Recovering from the ransomware attack that crippled Tamworth Borough Council last spring has cost £900,000, a scrutiny committee heard on Monday."),
			true, []string{"Tamworth Council|commune|ransomware|2024-03"}},
		{"records accessed", article("en", "2025-01-30 10:00", "Council reveals 3,000 tenants' records were accessed",
			"Around 3,000 tenants had their records accessed in the breach at Falkirk Council, officers told councillors."),
			true, []string{"Falkirk Council|commune|data-breach|"}},
	})
}

// TestRoundUpClausesWithoutAndAppositions: in a round-up, a pluperfect in
// a clause of what was not said ("sans jamais dire de quelle attaque elle
// avait été victime") recalls nothing, and a Land set off by commas after
// "un Land entier" is the victim.
func TestRoundUpClausesWithoutAndAppositions(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"four cases", article("fr", "2025-07-02 10:00", "Collectivités : deux ans sous pression",
			"À l'heure du bilan, un constat : aucune collectivité n'est à l'abri. Retour sur trois affaires suivies dans nos colonnes.\n\n"+
				"En novembre 2023, la communauté de communes du Pays de Fayence coupait tout le 20 du mois, sans jamais dire de quelle attaque elle avait été victime.\n\n"+
				"Le 5 mars dernier, c'est un Land entier, la Sarre, dont les sites ont été noyés sous un déni de service.\n\n"+
				"Enfin, le 2 juin, la ville de Colmar voyait ses serveurs chiffrés par un rançongiciel."),
			true, []string{"Communauté de communes du Pays de Fayence|intercommunalite|unknown|2023-11", "Land Saarland|region|ddos|2025-03-05",
				"Mairie de Colmar|commune|ransomware|2025-06-02"}},
	})
}

// TestYearInARelativeClause: a year in a relative clause ("…, den
// Erpresser 2021 lahmgelegt hatten") does not make a year review's
// paragraph an old example when its main clause dates its news.
func TestYearInARelativeClause(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"relative clause", article("de", "2024-12-28 10:00", "Jahresrückblick 2024: Angriffe auf Verwaltungen",
			"Das Jahr begann mit einer Welle: Am 16. Januar legten Überlastungsangriffe die Internetseiten des Kantons Tessin stundenlang lahm.\n\n"+
				"Am 6. Mai wurde die Startseite des Landkreises Goslar durch Parolen ersetzt – ein glimpflicher Vorfall für einen Kreis, den Erpresser 2021 wochenlang lahmgelegt hatten."),
			true, []string{"Kanton Ticino|region|ddos|2024-01-16", "Landkreis Goslar|departement|defacement|2024-05-06"}},
	})
}

// TestSwedishMunicipalityName: a Swedish municipality takes the genitive's
// "s" unless its name ends on a vowel or an s ("Sundsvalls kommun",
// "Uppsala kommun", "Västerås kommun").
func TestSwedishMunicipalityName(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]string{"Sundsvall": "Sundsvalls kommun", "Uppsala": "Uppsala kommun", "Västerås": "Västerås kommun", "Malmö": "Malmö kommun"} {
		if got := townHall(place.Commune{Name: name, Country: "SE"}); got != want {
			t.Errorf("townHall(%s) = %q, want %q", name, got, want)
		}
	}
}

// TestNeighbourByItsKind: a town's own piece that recalls the attack on
// "la ville voisine", "the neighbouring council", unnamed, takes neither
// that attack's kind nor its day.
func TestNeighbourByItsKind(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"la ville voisine", article("fr", "2024-11-22 12:30", "Gradignan : le site de la mairie saturé, sans lien avec la voisine",
			"Le site de la mairie de Gradignan a été rendu inaccessible mercredi par une attaque par déni de service.\n\n"+
				"La coïncidence avec le rançongiciel qui frappe depuis lundi la ville voisine a alimenté les inquiétudes."),
			true, []string{"Mairie de Gradignan|commune|ddos|2024-11-20"}},
		{"the neighbouring council", article("en", "2024-11-22 12:30", "Gedling council website knocked offline",
			"Gedling Borough Council's website was knocked offline on Wednesday by a distributed denial of service attack.\n\n"+
				"It came two days after ransomware encrypted the servers of the neighbouring council on Monday."),
			true, []string{"Gedling Council|commune|ddos|2024-11-20"}},
	})
}

// TestPlannedWorksInTheLeadAndExercises: a title that names no attack over
// a lead that gives planned works as the cause (a migration, "une
// interruption programmée"), or a title that says the town rehearses
// ("probt den Ernstfall"), reports no attack, whatever fears or past
// attacks the piece recalls; a site "in manutenzione" over an attack's
// lead is no planned work; "en aucun cas", "geen spoor van" deny.
func TestPlannedWorksInTheLeadAndExercises(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"migration in the lead", article("fr", "2024-10-08 08:30", "Vesoul : le site de la ville indisponible jusqu'à jeudi",
			"La mairie migre ses outils informatiques vers un nouvel hébergeur. Une interruption programmée, insiste la commune.\n\n"+
				"Le service communication a reçu plusieurs appels d'habitants craignant une attaque informatique. "+
				"Échaudée par le rançongiciel de mars 2021, la commune a choisi des sauvegardes sur un second site."),
			false, nil},
		{"a rehearsal", article("de", "2025-05-06 13:15", "Gerbrunn probt den Ernstfall",
			"Einen Vormittag lang spielte die Gemeindeverwaltung einen Totalausfall der IT durch.\n\n"+
				"So sah am Dienstag im Rathaus Gerbrunn eine Übung aus, bei der die Verwaltung einen Cyberangriff durchspielte."),
			false, nil},
		{"maintenance shown after an attack", article("it", "2024-12-03 10:00", "Provincia di Lecco, i dati rubati pubblicati in rete",
			"Il sito della Provincia di Lecco è ancora in manutenzione.\n\n"+
				"Gli hacker che avevano colpito l'ente a novembre hanno pubblicato i documenti sottratti."),
			true, []string{"Provincia di Lecco|departement|data-breach|"}},
		{"en aucun cas", article("fr", "2025-06-27 16:45", "Albi : la mairie injoignable toute la journée",
			"Le standard de la mairie d'Albi est resté muet toute la journée de jeudi.\n\n"+
				"« Il ne s'agit en aucun cas d'une attaque », prévient le service informatique."),
			false, nil},
		{"geen spoor van", article("nl", "2025-04-09 14:50", "Website gemeente Heemstede urenlang onbereikbaar",
			"De website en de systemen van de gemeente Heemstede lagen dinsdag urenlang plat. Onderzoek vond geen spoor van een cyberaanval."),
			false, nil},
	})
}

// TestCauseInsteadOfAttack: "Stromausfall statt Hackerangriff", "power
// cut rather than cyber attack" deny the attack; a sentence calling off
// the one before ("Die Verwaltung gibt Entwarnung", "a false alarm")
// denies the guess it told.
func TestCauseInsteadOfAttack(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"statt", article("de", "2025-07-02 12:15", "Rathaus Weyhe offline – Stromausfall statt Hackerangriff",
			"Telefone tot, Webseite weg: Viele Bürger vermuteten am Dienstag einen Cyberangriff auf die Gemeinde Weyhe. Die Verwaltung gibt Entwarnung.\n\n"+
				"Ursache war ein Stromausfall im Rechenzentrum."),
			false, nil},
		{"rather than", article("en", "2025-07-02 12:15", "Power cut rather than cyber attack behind Rushmoor outage",
			"Residents suspected a cyber attack when Rushmoor Borough Council's phones and website went down on Tuesday. The council said it was a false alarm."),
			false, nil},
	})
}

// TestFirmByItsTrade: a title naming a firm by its trade ("une brasserie",
// "transportbedrijf") over a town's name reports the firm's attack, not
// the town hall's.
func TestFirmByItsTrade(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"a brewery", article("fr", "2024-12-04 10:00", "Erquelinnes : une brasserie à l'arrêt après un rançongiciel",
			"La brasserie n'a pas pu expédier une seule caisse depuis lundi. Un rançongiciel a chiffré ses ordinateurs.\n\n"+
				"La commune d'Erquelinnes, sollicitée, précise que ses propres services ne sont pas concernés."),
			false, nil},
		{"a haulier", article("nl", "2024-12-04 10:00", "Transportbedrijf uit Oisterwijk getroffen door ransomware",
			"Een transportbedrijf uit Oisterwijk is getroffen door ransomware. De systemen van het bedrijf liggen plat."),
			false, nil},
	})
}

// TestEncryptionRumouredRejectedOrDenied: rumours of ransomware assert
// none; a German report of encryption the town "weist … zurück" a few
// words on, and an Italian "negando qualsiasi cifratura", deny it: an
// intrusion.
func TestEncryptionRumouredRejectedOrDenied(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"rumours", article("fr", "2025-02-18 10:00", "Intrusion dans le réseau de la commune de Milvignes",
			"Une intrusion a été détectée dimanche dans le réseau informatique de la commune de Milvignes. Des rumeurs évoquaient un rançongiciel. "+
				"La commune dément : aucune donnée n'a été chiffrée."),
			true, []string{"Milvignes|commune|intrusion|2025-02-16"}},
		{"weist zurück", article("de", "2025-02-19 10:00", "Hackerangriff auf Neuenburger Gemeinde Milvignes",
			"Unbekannte sind am Sonntag in das Netz der Gemeinde Milvignes eingedrungen. "+
				"Berichte über eine Verschlüsselung durch Erpressersoftware weist die Gemeinde zurück: Es seien weder Daten verschlüsselt noch Lösegeld gefordert worden."),
			true, []string{"Milvignes|commune|intrusion|2025-02-16"}},
		{"negando", article("it", "2025-02-20 10:00", "Attacco informatico al comune svizzero di Milvignes",
			"Domenica il comune svizzero di Milvignes ha subito un'intrusione nella sua rete, negando qualsiasi cifratura."),
			true, []string{"Milvignes|commune|intrusion|2025-02-16"}},
	})
}

// TestTownByItsRomanceAdjective: a title naming its town hall by the town's
// adjective ("el consistorio ourensano", "la mairie niçoise") is about
// that town; "la ville voisine" names none.
func TestTownByItsRomanceAdjective(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"ourensano", article("es", "2024-05-21 18:10", "El consistorio ourensano recupera el padrón una semana después del ataque",
			"Ocho días después del secuestro informático que paralizó la administración local, el padrón municipal vuelve a funcionar. "+
				"Los técnicos del Ayuntamiento han restaurado las bases de datos a partir de copias de seguridad."),
			true, []string{"Ayuntamiento de Ourense|commune|ransomware|"}},
		{"niçoise", article("fr", "2024-05-21 18:10", "La mairie niçoise toujours paralysée par le rançongiciel",
			"Une semaine après l'attaque, les agents de la mairie travaillent toujours sur papier."),
			true, []string{"Mairie de Nice|commune|ransomware|"}},
	})
	if c := newAnalysis(&vigie.Article{Title: "x", Lang: "fr"}, vigie.Source{}, place.Default()).adjectiveTown("La ville voisine paralysée"); c != nil {
		t.Errorf("la ville voisine: %s", c.Name)
	}
}

// TestDutchFederalState: "de deelstaat Niederösterreich" is a Land.
func TestDutchFederalState(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"deelstaat", article("nl", "2024-06-12 08:30", "Ook deelstaten in het vizier van hackers",
			"In Oostenrijk kopieerden onbekenden op 13 mei gegevens van aanvragers uit een subsidieportaal van de deelstaat Niederösterreich en eisten losgeld, zonder systemen te versleutelen."),
			true, []string{"Land Niederösterreich|region|data-breach|2024-05-13"}},
	})
}

// TestReportPublishedOnADay: a Dutch verb closing its clause ("heeft op
// 27 januari het rapport over het datalek gepubliceerd") makes the day
// the report's, not the attack's told "in september".
func TestReportPublishedOnADay(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"gepubliceerd", article("nl", "2025-01-28 10:00", "Onderzoek naar datalek Eemsdelta afgerond",
			"De gemeente Eemsdelta heeft op 27 januari het rapport over het datalek gepubliceerd. Hackers kregen in september toegang tot gegevens van 2.000 inwoners."),
			true, []string{"Eemsdelta|commune|data-breach|2024-09"}},
	})
}

// TestOverviewWithAMergedMunicipality: a lead announcing an overview
// ("tour d'horizon des attaques") names no victim of its own; a
// municipality "née en 2019 de la fusion" is not dated 2019 by it; "a
// reconnu qu'un intrus avait pénétré" owns to the attack, recalling none.
func TestOverviewWithAMergedMunicipality(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"overview", article("fr", "2024-06-14 19:25", "Une semaine noire pour les collectivités",
			"Tour d'horizon des attaques informatiques qui ont visé des administrations locales ces derniers jours.\n\n"+
				"En Suisse, la Ville de Monthey a découvert vendredi 7 juin qu'un serveur de fichiers avait été visité. Les auteurs exigent une rançon.\n\n"+
				"Aux Pays-Bas, la municipalité de Molenlanden, née en 2019 de la fusion de deux communes, a reconnu qu'un intrus avait pénétré son réseau le 4 juin. Le conseil municipal a été informé en urgence."),
			true, []string{"Commune de Monthey|commune|ransomware|2024-06-07", "Molenlanden|commune|unknown|2024-06-04"}},
	})
}

// TestPluperfectAfterAColon: after a full clause and a colon, a
// pluperfect tells what had been done before the news ("recibió el 7 de
// octubre un correo de extorsión: los delincuentes no habían bloqueado
// nada, pero se habían llevado documentos"), no earlier attack.
func TestPluperfectAfterAColon(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"colon", article("es", "2024-12-29 09:00", "2024, el año en que los piratas llamaron a la puerta de los ayuntamientos",
			"Repasamos dos casos que han marcado el año.\n\n"+
				"El 13 de mayo, un ransomware cifró los servidores del Ayuntamiento de Estella.\n\n"+
				"En la costa francesa, la Ville de Frontignan recibió el 7 de octubre un correo de extorsión: los delincuentes no habían bloqueado nada, pero se habían llevado documentos y pedían dinero."),
			true, []string{"Ayuntamiento de Estella-Lizarra|commune|ransomware|2024-05-13", "Mairie de Frontignan|commune|unknown|2024-10-07"}},
	})
}

// TestRoundUpOfThreeInTheRegion: "les cyberattaques qui ont frappé la
// région" say where, not whom; "les serveurs de la mairie et de
// l'agglomération" name the mairie first; "n'a toujours pas dit quelle
// forme avait pris l'attaque" asks, recalling nothing.
func TestRoundUpOfThreeInTheRegion(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"three", article("fr", "2024-12-20 06:00", "Sarreguemines, Béthune, Lens : trois collectivités face aux pirates",
			"Trois attaques, trois réponses différentes. Retour sur les cyberattaques qui ont frappé la région ces deux dernières années.\n\n"+
				"À Sarreguemines, le rançongiciel lancé le 5 mars 2023 a chiffré les serveurs de la mairie et de l'agglomération. La Ville a choisi la transparence.\n\n"+
				"À Béthune, la mairie a découvert le 14 novembre 2022 qu'un pirate circulait dans son réseau. Rien n'a été chiffré.\n\n"+
				"À Lens enfin, la mairie n'a toujours pas dit quelle forme avait pris l'attaque qui a paralysé ses services à partir du 16 septembre 2024."),
			true, []string{"Mairie de Sarreguemines|commune|ransomware|2023-03-05", "Mairie de Béthune|commune|intrusion|2022-11-14", "Mairie de Lens|commune|unknown|2024-09-16"}},
	})
}

// TestCourtTownInTheTitle: the town a title puts a court in ("Juzgado en
// Córdoba … el ataque al Consistorio lucentino") is not the town of the
// body the title names by its kind: the lead's is.
func TestCourtTownInTheTitle(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"juzgado en", article("es", "2025-06-10 12:00", "Juzgado en Córdoba un joven acusado de facilitar el ataque al Consistorio",
			"Casi tres años después del ataque informático de julio de 2022, se sienta en el banquillo el presunto vendedor de las credenciales.\n\n"+
				"La Audiencia Provincial de Córdoba juzga desde este lunes a un joven acusado de vender las credenciales que permitieron el ataque al Ayuntamiento de Montilla."),
			true, []string{"Ayuntamiento de Montilla|commune|unknown|2022-07"}},
	})
}

// TestIntercommunalityByItsAcronym: "la 2CCAM", "la CAPH" are the
// intercommunalities whose official names' initials they are; an
// intercommunality whose name holds no town sits in the member town the
// piece is datelined in, not at the registry's guess.
func TestIntercommunalityByItsAcronym(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"2CCAM", article("fr", "2023-09-19 10:00", "Attaque contre la 2CCAM : une semaine après, le flou demeure",
			"Une semaine après l'attaque informatique qui a frappé la 2CCAM, les services redémarrent progressivement."),
			true, []string{"Communauté de communes Cluses-Arve et Montagnes|intercommunalite|unknown|"}},
	})
	r := Analyze(article("fr", "2023-11-28 11:00", "Cyberattaque : l'informatique de la CAPH à l'arrêt",
		"WALLERS.\n\nLa CAPH a annoncé lundi que son système informatique était indisponible suite à une cyberattaque survenue dimanche."), vigie.Source{TimeZone: paris})
	if len(r.Findings) != 1 || r.Findings[0].Victim.Official != "Communauté d'agglomération de la Porte du Hainaut" || r.Findings[0].Victim.Place.Name != "Wallers" {
		t.Errorf("CAPH: %+v", r.Findings)
	}
}

// TestTamperedSite: Italian "manomissione del sito", "la pagina
// manomessa" tell a defacement.
func TestTamperedSite(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"manomissione", article("it", "2019-05-14 17:00", "Nuovo portale e più controlli: la risposta dopo la pagina manomessa",
			"A meno di tre settimane dalla manomissione del sito istituzionale, il Comune di Montepulciano ha messo online un portale completamente rifatto."),
			true, []string{"Comune di Montepulciano|commune|defacement|"}},
	})
}

// TestExercisesCoursesAndBodiesAboveNations: staff "s'entraînent" or go
// "a lezione di cybersicurezza" under a simulated attack, a drill named
// "Mairie de Rançonville" (a town's name holding "rançon"), a Catalan
// planned migration the town hall "desmenteix" is an attack, a report of
// the Council of Europe: no attack on a local authority.
func TestExercisesCoursesAndBodiesAboveNations(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"staff in training", article("fr", "2025-10-14 09:00", "Cybersécurité : à Bron, les agents municipaux s'entraînent à déjouer les pièges",
			"Un exercice de crise, baptisé « Mairie de Rançonville », a réuni lundi une soixantaine d'agents de la mairie de Bron.\n\n"+
				"L'exercice simule l'attaque d'une commune fictive par un groupe inspiré de LockBit, détaille la formatrice du centre de gestion."),
			false, nil},
		{"a course", article("it", "2025-05-06 15:20", "Lodi, 200 dipendenti comunali a lezione di cybersicurezza",
			"Il corso, promosso dal Comune di Lodi con l'università, si chiude con una simulazione di phishing.\n\n"+
				"Riconoscere una mail truffa e sapere chi chiamare in caso di incidente informatico: sono i temi del corso."),
			false, nil},
		{"a Catalan migration", article("ca", "2025-07-08 10:00", "Sant Adrià de Besòs: la web municipal, fora de servei per una migració planificada",
			"La pàgina web de l'Ajuntament de Sant Adrià de Besòs no està disponible des de dissabte. L'Ajuntament desmenteix qualsevol atac informàtic."),
			false, nil},
		{"the Council of Europe", article("en", "2025-03-12 11:00", "Council of Europe report urges towns to share cyber incident data",
			"A report adopted this week by the Council of Europe says municipalities should share information about cyber incidents as easily as flood warnings."),
			false, nil},
	})
}

// TestFearsRumoursAndScamsInPortuguese: an attack the staff "ont d'abord
// craint" before "une coupure de courant" is no attack; "Rumours
// circulated … that the council had been hit by ransomware" asserts no
// ransomware; "Burla das SMS em nome da Câmara" is a scam on residents.
func TestFearsRumoursAndScamsInPortuguese(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"a fear, then a power cut", article("fr", "2024-06-04 13:15", "Maubeuge : l'hôtel de ville privé d'informatique toute la matinée",
			"Les agents ont d'abord craint une attaque informatique. Il s'agissait en fait d'une coupure de courant.\n\n"+
				"Ordinateurs éteints, standard injoignable : ce mardi matin, l'hôtel de ville de Maubeuge a fonctionné au ralenti."),
			false, nil},
		{"a rumour far before its cue", article("en", "2024-04-18 12:40", "Orkney council says hackers got into staff email",
			"Orkney Islands Council has confirmed that an unauthorised person gained access to staff email accounts on Tuesday, 16 April.\n\n"+
				"Rumours circulated in Kirkwall on Wednesday that the council had been hit by ransomware."),
			true, []string{"Orkney Islands Council|commune|unknown|2024-04-16"}},
		{"a Portuguese scam", article("pt", "2024-06-18 15:00", "Burla das SMS em nome da Câmara de Paredes já fez 37 vítimas",
			"Dezenas de moradores receberam mensagens a pedir o pagamento de uma taxa de água em atraso.\n\n"+
				"A autarquia sublinha que nunca foi alvo de qualquer ataque informático e que não houve fuga de dados dos seus sistemas."),
			false, []string{"Habitants de Paredes|other|phishing|"}},
	})
}

// TestGangClaimsEncryptionTownDenies: a gang's claim of encryption ("un
// grupo de ransomware, que aseguraba haber robado y cifrado…") the town
// denies is a data breach; a ransomware group named as such that claims an
// attack whose data it published is a ransomware attack.
func TestGangClaimsEncryptionTownDenies(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		a    *vigie.Article
		want string
	}{
		{article("es", "2025-06-11 10:00", "El Ayuntamiento de Alcobendas niega que sus sistemas fueran cifrados",
			"El Ayuntamiento de Alcobendas ha salido al paso de la reivindicación publicada el lunes por un grupo de ransomware, que aseguraba haber robado y cifrado todos los servidores del consistorio.\n\n"+
				"Sí admite que el jueves 5 de junio se detectó un acceso no autorizado a un servidor desde el que se copiaron documentos con datos personales."), "data-breach"},
		{article("en", "2025-06-13 10:15", "Crawley council denies ransomware claim",
			"Crawley Borough Council has rejected a ransomware group's claim that it encrypted all the council's servers. It says nothing was encrypted, but confirms that files were copied."), "data-breach"},
		{article("en", "2021-01-08 11:40", "Hackney's stolen data published online",
			"Data stolen from Hackney Council during last October's cyberattack has been published by the criminals behind it. The Pysa ransomware group has claimed responsibility for the attack."), "ransomware"},
	} {
		_, got := findingsOf(tc.a)
		if len(got) == 0 || strings.Split(got[0], "|")[2] != tc.want {
			t.Errorf("%q: got %q, want %s", tc.a.Title, got, tc.want)
		}
	}
}

// TestNamesJoinedByArticles: "de los", "delle", "dels" stand inside a
// town's name: "San Sebastián de los Reyes" is not Donostia / San
// Sebastián.
func TestNamesJoinedByArticles(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"de los", article("es", "2025-06-11 10:00", "El Ayuntamiento de San Sebastián de los Reyes sufre un ciberataque",
			"El Ayuntamiento de San Sebastián de los Reyes ha sufrido un ciberataque el jueves 5 de junio."),
			true, []string{"Ayuntamiento de San Sebastián de los Reyes|commune|unknown|2025-06-05"}},
		{"dels", article("ca", "2025-03-18 10:00", "Ciberatac a l'Ajuntament de Sant Vicenç dels Horts",
			"L'Ajuntament de Sant Vicenç dels Horts ha patit un ciberatac el diumenge 16 de març."),
			true, []string{"Ayuntamiento de Sant Vicenç dels Horts|commune|unknown|2025-03-16"}},
	})
}

// TestCouncilNamedByAList: a council whose name lists places over a comma
// ("Newry, Mourne and Down District Council") is that council, not
// "Mourne and Down".
func TestCouncilNamedByAList(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"a listed name", article("en", "2023-02-12 10:00", "Newry, Mourne and Down District Council hit by cyber attack",
			"Newry, Mourne and Down District Council said its files were locked by a ransomware attack on Friday 10 February."),
			true, []string{"Newry, Mourne and Down District Council|commune|ransomware|2023-02-10"}},
	})
}

// TestWhetherOpensTheSentence: "Of het om ransomware … gaat, wil het
// gemeentebestuur niet zeggen" tells no ransomware.
func TestWhetherOpensTheSentence(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"of het om", article("nl", "2025-05-23 10:00", "Gemeente Seneffe kampt met IT-incident",
			"De Henegouwse gemeente Seneffe kampt sinds dinsdag 20 mei met de gevolgen van een cyberaanval. Of het om ransomware, een inbraak of iets anders gaat, wil het gemeentebestuur niet zeggen."),
			true, []string{"Commune de Seneffe|commune|unknown|2025-05-20"}},
	})
}

// TestMetropolitanCityIsAProvince: Italy's "Città metropolitana" is the
// province it replaced, not a grouping of communes.
func TestMetropolitanCityIsAProvince(t *testing.T) {
	t.Parallel()
	_, got := findingsOf(article("it", "2024-04-10 10:00", "Attacco hacker alla Città metropolitana di Reggio Calabria",
		"Un attacco ransomware ha paralizzato i sistemi della Città metropolitana di Reggio Calabria lunedì 8 aprile."))
	if len(got) == 0 || strings.Split(got[0], "|")[1] != "departement" {
		t.Errorf("got %q, want a departement", got)
	}
}

// TestWhetherRunsOverItsList: "will not say whether it was hit by
// ransomware, a data theft or something else", "non dire se i file siano
// stati cifrati o esfiltrati", "Weder zu einer Verschlüsselung noch zu
// einem Datenabfluss" tell no kind.
func TestWhetherRunsOverItsList(t *testing.T) {
	t.Parallel()
	for _, tc := range []*vigie.Article{
		article("en", "2025-01-20 10:00", "Louth County Council hit by cyber attack",
			"Louth County Council was hit by a cyber attack on Thursday 16 January. Four days on, the council has still not said whether it was hit by ransomware, a data theft or something else entirely."),
		article("it", "2025-02-14 10:00", "Attacco informatico al Comune di Aosta",
			"Il Comune di Aosta è stato colpito da un attacco informatico martedì 11 febbraio. L'amministrazione continua a non dire se i file siano stati cifrati o esfiltrati."),
		article("de", "2025-01-20 10:00", "Cyberangriff auf die Gemeinde Ybbsitz",
			"Die Gemeinde Ybbsitz ist am Montag Ziel eines Cyberangriffs geworden. Weder zu einer Verschlüsselung noch zu einem Datenabfluss gibt es Angaben."),
	} {
		_, got := findingsOf(tc)
		if len(got) == 0 || strings.Split(got[0], "|")[2] != "unknown" {
			t.Errorf("%q: got %q, want unknown", tc.Title, got)
		}
	}
}

// TestCostsAreFiguresAndRansomWithoutEncryption: "le bilan est désormais
// chiffré" counts, it does not encrypt; a ransom asked of a body whose
// first report said nothing was encrypted, and no report tells files
// encrypted or services down, is extortion: a data breach.
func TestCostsAreFiguresAndRansomWithoutEncryption(t *testing.T) {
	t.Parallel()
	_, got := findingsOf(article("fr", "2025-06-20 10:00", "Libourne : les données de 4 870 foyers copiées",
		"Des pirates ont copié les données de la mairie de Libourne en mai. Le bilan est désormais chiffré : 4 870 foyers ont vu leurs informations copiées."))
	if len(got) == 0 || strings.Split(got[0], "|")[2] != "data-breach" {
		t.Errorf("a cost counted: got %q, want data-breach", got)
	}
	src := vigie.Source{TimeZone: paris}
	first := article("it", "2023-09-08 10:00", "Provincia di Isernia, accesso abusivo ai server",
		"La Provincia di Isernia ha scoperto giovedì 7 settembre un accesso non autorizzato ai propri server: alcuni documenti sono stati sottratti. Nessun file è stato cifrato.")
	second := article("it", "2023-09-21 10:00", "Isernia, arriva la richiesta di riscatto: la Provincia non tratta",
		"Gli hacker che hanno colpito la Provincia di Isernia hanno inviato una richiesta di riscatto per non pubblicare i documenti. La Provincia non pagherà.")
	first.ID, second.ID = 1, 2
	incs := Cluster([]vigie.Report{Analyze(first, src), Analyze(second, src)}, map[int64]*vigie.Article{1: first, 2: second}, nil)
	if len(incs) != 1 || incs[0].Attack != vigie.AttackDataBreach {
		t.Errorf("a ransom without encryption: %d incidents, attack %v; want one data breach", len(incs), incs[0].Attack)
	}
}

// TestDrilledKindsAndTheftsNamed: "un corso obbligatorio sul phishing"
// after an attack tells no phishing; "il furto di credenziali" is a theft.
func TestDrilledKindsAndTheftsNamed(t *testing.T) {
	t.Parallel()
	_, got := findingsOf(article("it", "2024-04-20 10:00", "Sciacca, il Comune stanzia fondi dopo l'attacco informatico",
		"Il Comune di Sciacca è stato colpito da un attacco informatico lunedì 8 aprile. Una quota sarà destinata alla formazione dei dipendenti, chiamati a seguire un corso obbligatorio sul phishing."))
	if len(got) == 0 || strings.Split(got[0], "|")[2] != "unknown" {
		t.Errorf("a course on phishing: got %q, want unknown", got)
	}
	if f := foldProse("Il riferimento è al furto di credenziali dell'agosto 2024."); !credentialsTaken(f) {
		t.Errorf("%q: no theft of credentials", f)
	}
}

// TestOutageTitleDatesItsLead: under a title telling the victim's outage,
// the lead's first dated sentence dates the attack the next one names.
func TestOutageTitleDatesItsLead(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"an outage title", article("de", "2022-10-20 09:48", "Friedrichsdorf: Internetauftritt der Stadt stundenlang nicht erreichbar",
			"Wer am Mittwoch online einen Termin beim Friedrichsdorfer Bürgerbüro buchen wollte, hatte Pech. Die Website der Stadt war bis zum späten Abend nicht aufrufbar. "+
				"Nach Angaben der Verwaltung wurden die Server mit einer Flut von Anfragen aus dem Ausland überschwemmt."),
			true, []string{"Stadt Friedrichsdorf|commune|ddos|2022-10-19"}},
	})
}

// TestCasaConsistorial: "la casa consistorial de Sant Joan Despí" and
// Catalan "el consistori" name the town hall.
func TestCasaConsistorial(t *testing.T) {
	t.Parallel()
	_, got := findingsOf(article("ca", "2025-02-18 10:00", "Ciberatac a Sant Joan Despí",
		"Diumenge 16 de febrer els servidors de la casa consistorial de Sant Joan Despí van quedar xifrats per un programari de segrest."))
	if len(got) == 0 || !strings.Contains(got[0], "Sant Joan Despí|commune|") {
		t.Errorf("got %q, want the town hall of Sant Joan Despí", got)
	}
}

// TestWeekdayToCome: "doit arriver mercredi" is the Wednesday ahead, no
// start of the attack.
func TestWeekdayToCome(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"doit arriver", article("fr", "2022-11-15 18:42", "Castelnaudary : la mairie paralysée par un rançongiciel",
			"La mairie de Castelnaudary a été victime d'un rançongiciel. Un prestataire spécialisé doit arriver mercredi pour évaluer l'étendue du chiffrement des serveurs."),
			true, []string{"Mairie de Castelnaudary|commune|ransomware|"}},
	})
}

// TestPortugueseAndCatalanDenials: "negou", "desmenteix", "desmente" deny.
func TestPortugueseAndCatalanDenials(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"A Câmara negou qualquer ataque informático.", "L'Ajuntament desmenteix qualsevol atac informàtic.",
		"A autarquia desmente qualquer ataque informático."} {
		if f := foldProse(s); !denials.in(f) {
			t.Errorf("%q: no denial read", s)
		}
	}
}
