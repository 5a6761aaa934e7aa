package incident

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// TestRoundupsAndLocalNames: round-ups a lead counts, a council its lead
// names by its kind alone, bynames and adjectives of towns and regions.
func TestRoundupsAndLocalNames(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, pub, title, text string }{
		{"a region's adjective before 'gemeente' names no town abroad, a nationality no place", "nl", "2025-11-04 10:15",
			"Vlaamse subsidie voor Kempense gemeente die bijna twee jaar geleden werd gehackt",
			"De gemeente in de Noorderkempen die in januari 2024 door ransomware werd stilgelegd, krijgt 250.000 euro van de Vlaamse overheid.\n\n" +
				"Met de subsidie wil het gemeentebestuur van Kalmthout een gedeelde beveiligingsdienst opzetten met enkele buurgemeenten."},
		{"the lead keeps the council's name for later", "en", "2022-04-22 09:40",
			"Back to pen and paper at Grafton House as council counts cost of cyber attack",
			"A week after criminals locked up its computers, the borough council is running much of its business on paper.\n\n" +
				"Officers have been handing out printed forms to residents.\n\n" +
				"The Ipswich council's payroll system was restored on Tuesday."},
		{"a town after a region's adjective, and a past attack beyond the count", "nl", "2024-01-19 10:00",
			"Twee overheden in één week doelwit van hackers",
			"Het jaar is nauwelijks begonnen of twee overheden in de Lage Landen moesten al een cyberincident melden.\n\n" +
				"Op dinsdag 9 januari ontdekte de provincie Fryslân dat onbekenden via een lek in haar netwerk waren doorgedrongen. Versleuteld werd er niets.\n\n" +
				"Een paar dagen later, in het weekend van 13 en 14 januari, was het raak in het Kempense Kalmthout. Daar legde gijzelsoftware het gemeentebestuur volledig stil.\n\n" +
				"Voor de Twentse gemeente Hellendoorn, die vorig jaar maart zelf met ransomware te maken kreeg, zijn zulke berichten herkenbaar."},
		{"a country after 'en' is no village, and a pluperfect in reported speech is the news", "fr", "2024-05-24 08:00",
			"Semaine noire pour les collectivités de l'arc alpin, visées par deux attaques informatiques",
			"Du Jura neuchâtelois à la Savoie, deux administrations locales ont été touchées en cinq jours.\n\n" +
				"Première touchée, la Ville du Locle, en Suisse, a découvert lundi 13 mai au matin qu'une partie de ses serveurs avait été chiffrée pendant la nuit précédente. Les pirates réclament une rançon ; la commune refuse de payer.\n\n" +
				"Quatre jours plus tard, c'était au tour du centre communal d'action sociale de Chambéry. Depuis le 17 mai, l'établissement fonctionne sans son logiciel métier."},
		{"a lead that counts attacks over a title that names none, 'its government', the turn of, an account compromised", "en", "2023-05-26 08:15",
			"From Yorkshire to the Tennengau, local government weathers a bruising May",
			"It has been a difficult month for public administrations across Europe. In the space of twelve days, three authorities in three countries reported cyber incidents, each of a different kind.\n\n" +
				"The first came in Austria, where the town of Hallein, in the Tennengau district, had its servers encrypted on 4 May.\n\n" +
				"On 10 May it was the turn of the German state of Hesse. Its government websites in Wiesbaden were swamped by a denial-of-service attack.\n\n" +
				"Then, on 16 May, Kirklees Council in West Yorkshire lost residents' data after an employee's email account was compromised."},
		{"a German town's byname, after 'im' and an adjective; a season ends a name", "de", "2023-05-12 10:00",
			"Verwaltungen im Visier: Zwei Angriffe binnen einer Woche",
			"Erst eine Stadt im Tennengau, dann ein Bundesland: Die öffentliche Hand bleibt ein beliebtes Ziel.\n\n" +
				"Im österreichischen Hallein verschlüsselten Kriminelle am 4. Mai die Server der Stadtgemeinde; seitdem arbeitet das Rathaus der Salinenstadt weitgehend auf Papier.\n\n" +
				"Sechs Tage später traf es das Land Hessen. Eine Überlastungsattacke legte am Mittwoch die Internetportale der Landesregierung in Wiesbaden lahm.\n\n" +
				"Wie verletzlich Landkreise sind, hat die Region selbst erfahren: Der Angriff auf die Kreisverwaltung Bad Kreuznach im Sommer 2021 wirkt bis heute nach."},
		{"a lead that counts attacks over a title that names a province's homonym village", "en", "2024-03-19 08:00",
			"From Zeeland to Lower Saxony: a bruising March for Europe's local councils",
			"Two local authorities on the continent have been knocked offline by ransomware in the space of four days.\n\n" +
				"In the Netherlands, the municipality of Terneuzen, on the Westerschelde estuary, found its servers encrypted on the evening of 10 March.\n\n" +
				"Three days later, on 13 March, the district of Heidekreis in northern Germany shut down its network after criminals encrypted file servers at its headquarters in Bad Fallingbostel."},
		{"'council tax' names no council the text names later", "en", "2023-04-03 10:00",
			"Councils' phone lines down after 'cyber incident' at outsourcing giant Capita",
			"Several councils saw phone lines for benefits, council tax and business rates go down on Friday after a cyber incident at Capita.\n\n" +
				"The London boroughs of Barnet and Barking and Dagenham, and South Oxfordshire District Council, all posted messages warning residents that call centre lines were unavailable."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := Analyze(article(tc.lang, tc.pub, tc.title, tc.text), vigie.Source{TimeZone: paris})
			var got []string
			for _, f := range r.Findings {
				got = append(got, fmt.Sprintf("%s|%s|%s", f.Victim.Kind, f.Victim.Place.Name, f.Victim.Place.Country))
			}
			want := map[string][]string{
				"a region's adjective before 'gemeente' names no town abroad, a nationality no place": {"commune|Kalmthout|BE"},
				"the lead keeps the council's name for later":                                         {"commune|Ipswich|GB"},
				"a town after a region's adjective, and a past attack beyond the count":               {"region|Leeuwarden|NL", "commune|Kalmthout|BE"},
				"a country after 'en' is no village, and a pluperfect in reported speech is the news": {"commune|Le Locle|CH", "local-public-body|Chambéry|FR"},
				"a lead that counts attacks over a title that names none, 'its government', the turn of, an account compromised": {
					"commune|Hallein|AT", "region|Wiesbaden|DE", "commune|Huddersfield|GB"},
				"a German town's byname, after 'im' and an adjective; a season ends a name":       {"commune|Hallein|AT", "region|Wiesbaden|DE"},
				"'council tax' names no council the text names later":                             nil,
				"a lead that counts attacks over a title that names a province's homonym village": {"commune|Terneuzen|NL", "departement|Bad Fallingbostel|DE"},
			}[tc.name]
			if !slices.Equal(got, want) {
				t.Errorf("findings\n got  %q\n want %q", got, want)
			}
		})
	}
}

// TestFollowUpByOutlet: a local paper's piece that calls its victim by
// its kind alone ("den Kreis", "de Twentse gemeente") follows the
// incident of that kind the paper reported last before it, at the start
// it gives; another outlet's, or one whose start is another's, follows
// none.
func TestFollowUpByOutlet(t *testing.T) {
	t.Parallel()
	first := func() *vigie.Article {
		a := article("de", "2021-07-20 10:00", "Hackerangriff legt Kreisverwaltung Bad Kreuznach lahm",
			"Unbekannte haben in der Nacht zum Sonntag die Server der Kreisverwaltung Bad Kreuznach verschlüsselt.")
		a.Site = "nahe.test"
		return a
	}
	later := func(site, pub, title, text string) *vigie.Article {
		a := article("de", pub, title, text)
		a.Site = site
		return a
	}
	kosten := "Seit dem Angriff im Sommer 2021 hat die Kreisverwaltung ihre IT komplett neu aufgebaut. Die Rechnung liegt jetzt vor."
	r := Analyze(later("nahe.test", "2022-07-19 10:00", "Ein Jahr danach: Der Hackerangriff kostet den Kreis 2,3 Millionen Euro", kosten), vigie.Source{TimeZone: paris})
	if len(r.Findings) != 0 || !slices.Contains(r.Kinds, vigie.VictimDepartment) || r.Told.IsZero() || r.Outlet != "nahe.test" {
		t.Fatalf("the follow-up has findings %+v, kinds %q, told %v, outlet %q; want none, a department, summer 2021 and its site", r.Findings, r.Kinds, r.Told, r.Outlet)
	}
	for _, tc := range []struct {
		name  string
		later *vigie.Article
		in    bool
	}{
		{"the paper's own", later("nahe.test", "2022-07-19 10:00", "Ein Jahr danach: Der Hackerangriff kostet den Kreis 2,3 Millionen Euro", kosten), true},
		{"told by its effects four days on", later("nahe.test", "2021-07-23 10:00", "Nach Cyberangriff: Kreis richtet Notbetrieb in der Zulassungsstelle ein",
			"Vier Tage nach dem Angriff auf ihr Rechenzentrum hat die Kreisverwaltung einen ersten Notbetrieb aufgenommen."), true},
		{"another outlet's", later("other.test", "2022-07-19 10:00", "Ein Jahr danach: Der Hackerangriff kostet den Kreis 2,3 Millionen Euro", kosten), false},
		{"another attack's start", later("nahe.test", "2024-03-19 10:00", "Hackerangriff kostet den Kreis 2,3 Millionen Euro",
			"Seit dem Angriff im Herbst 2023 hat die Kreisverwaltung ihre IT komplett neu aufgebaut."), false},
		{"a council of another kind", later("nahe.test", "2022-07-19 10:00", "Ein Jahr danach: Der Hackerangriff kostet die Gemeinde 2,3 Millionen Euro",
			"Seit dem Angriff im Sommer 2021 hat die Gemeindeverwaltung ihre IT komplett neu aufgebaut."), false},
	} {
		if got := followed(t, first(), tc.later); (len(got) == 1) != tc.in {
			t.Errorf("%s: in incidents %q, want in the attack's: %v", tc.name, got, tc.in)
		}
	}
}

// TestReachByOutlet: an outlet's dated reports reach its follow-ups that
// call a body by its kind alone and may follow an attack of that year,
// and those reach them, while two reports of one outlet do not reach each
// other by their outlet, nor a follow-up a report of another year.
func TestReachByOutlet(t *testing.T) {
	t.Parallel()
	dated := func(name string, year int) vigie.Report {
		start := vigie.Timestamp{Time: time.Date(year, 7, 18, 0, 0, 0, 0, time.UTC), Precision: vigie.PrecisionDay}
		return vigie.Report{Outlet: "nahe.test", Findings: []vigie.Finding{{InScope: true, Start: start, Victim: vigie.Body{Name: name, Kind: vigie.VictimDepartment}}}}
	}
	reach := func(from, to vigie.Report) bool {
		return slices.ContainsFunc(Reach(from), func(k string) bool { return slices.Contains(Keys(to), k) })
	}
	report := dated("Landkreis Bad Kreuznach", 2021)
	follow := vigie.Report{Outlet: "nahe.test", Kinds: []vigie.VictimKind{vigie.VictimDepartment}, Names: []string{"kreis"}, Years: []int{2021, 2022}}
	if !reach(report, follow) || !reach(follow, report) {
		t.Errorf("report and follow-up do not reach each other: %q %q / %q %q", Keys(report), Reach(report), Keys(follow), Reach(follow))
	}
	if other := dated("Landkreis Birkenfeld", 2021); reach(report, other) {
		t.Errorf("two reports of one outlet reach each other: %q / %q", Reach(report), Keys(other))
	}
	if older := dated("Landkreis Birkenfeld", 2015); reach(follow, older) || reach(older, follow) {
		t.Errorf("a follow-up reaches a report of a year it cannot follow: %q / %q", Reach(follow), Keys(older))
	}
}

// TestGangInvestigatedEncryptionUnconfirmed: a gang investigators "look
// at" is a suspect, and files "nothing allows one to say" were encrypted
// are not: the attack's kind is unknown.
func TestGangInvestigatedEncryptionUnconfirmed(t *testing.T) {
	t.Parallel()
	r := Analyze(article("fr", "2023-11-16 10:00", "Gembloux : le CPAS coupé du monde après une attaque informatique",
		"Le centre public d'action sociale de Gembloux fonctionne au ralenti depuis mardi. Le président du CPAS parle d'une « attaque informatique d'origine criminelle ».\n\n"+
			"Selon nos informations, les enquêteurs s'intéressent au groupe Akira, qui a revendiqué plusieurs attaques contre des administrations belges. "+
			"Rien ne permet toutefois d'affirmer à ce stade que des fichiers ont été chiffrés ou volés."), vigie.Source{TimeZone: paris})
	if len(r.Findings) != 1 || r.Findings[0].Attack != vigie.AttackUnknown {
		t.Errorf("findings %+v, want one, its attack unknown", r.Findings)
	}
}

// TestAttackOnThatDay: an attack told "that day" began on the day the
// sentence before gives, not on the day a spokesman was asked.
func TestAttackOnThatDay(t *testing.T) {
	t.Parallel()
	r := Analyze(article("fr", "2024-05-21 09:30", "Chambéry : le CCAS victime d'une attaque informatique, les aides versées à la main",
		"L'établissement ne dit rien, pour l'instant, de la nature de l'attaque.\n\n"+
			"Le centre communal d'action sociale de Chambéry fonctionne en mode dégradé depuis vendredi dernier. "+
			"Ce jour-là, en fin de matinée, ses agents ont perdu l'accès à leurs messageries, à la suite de ce que l'établissement qualifie d'« attaque informatique ciblée ». "+
			"Interrogée lundi, la direction du CCAS n'a pas souhaité préciser de quel type d'attaque il s'agissait."), vigie.Source{TimeZone: paris})
	if len(r.Findings) != 1 || r.Findings[0].Start.String() != "2024-05-17" {
		t.Errorf("findings %+v, want one begun on Friday 17 May", r.Findings)
	}
}

// TestFollowUpByTheYearOfItsAttack: a paper's piece that calls its bodies
// by their kind alone and dates their attack by its year only ("après le
// piratage de 2021"), years later, follows the paper's attack of that
// year; "Il y a tout juste un an" counts a year back like "il y a un an".
func TestFollowUpByTheYearOfItsAttack(t *testing.T) {
	t.Parallel()
	first := func() *vigie.Article {
		a := article("fr", "2021-03-16 18:42", "Voiron : les services de la mairie paralysés depuis dimanche",
			"La mairie de Voiron est victime d'une cyberattaque depuis dimanche 14 mars. Les serveurs ont été chiffrés par un rançongiciel.")
		a.Site = "pouls.test"
		return a
	}
	later := article("fr", "2026-03-10 14:05", "Un ancien officier de la gendarmerie prend la tête du numérique mutualisé",
		"Le service informatique commun de la ville et de l'agglomération, lourdement reconstruit après le piratage de 2021, change de patron.\n\n"+
			"Il a passé quinze ans dans la gendarmerie. Le nouveau directeur des systèmes d'information de Voiron et du Pays Voironnais a pris ses fonctions lundi.")
	later.Site = "pouls.test"
	if r := Analyze(later, vigie.Source{TimeZone: paris}); !slices.Equal(r.Years, []int{2021}) {
		t.Errorf("years %v, want 2021", r.Years)
	}
	if got := followed(t, first(), later); len(got) != 1 {
		t.Errorf("by its year: in incidents %q, want the attack's", got)
	}
	anniversary := article("fr", "2022-03-14 12:30", "Un an après, les services municipaux ont tourné la page",
		"Il y a tout juste un an, Voiron découvrait ses serveurs verrouillés. Une partie des dossiers n'a jamais été récupérée.\n\n"+
			"Dans le hall de l'hôtel de ville, les bornes de rendez-vous ont retrouvé leur place.")
	if got := followed(t, first(), anniversary); len(got) != 1 {
		t.Errorf("a year ago: in incidents %q, want the attack's", got)
	}
}
