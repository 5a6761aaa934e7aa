package incident

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// followed clusters an attack's first report with a later piece and
// returns the incidents the later piece is in.
func followed(t *testing.T, first, later *vigie.Article) []string {
	t.Helper()
	first.ID, later.ID = 1, 2
	src := vigie.Source{TimeZone: paris}
	incs := Cluster([]vigie.Report{Analyze(first, src), Analyze(later, src)}, map[int64]*vigie.Article{1: first, 2: later}, nil)
	var out []string
	for _, in := range incs {
		for _, s := range in.Sources {
			if s.ArticleID == 2 {
				out = append(out, in.ID)
			}
		}
	}
	return out
}

// rijnland is the first report of an attack, new for each test (followed
// sets its id).
func rijnland() *vigie.Article {
	return article("nl", "2022-09-23 10:00", "Hoogheemraadschap van Rijnland getroffen door phishingaanval",
		"Het Hoogheemraadschap van Rijnland is op 22 september getroffen door een phishingaanval. Medewerkers konden niet inloggen.")
}

// TestFollowUpByName: a piece months later that tells the attack but
// names the body in a form the reader cannot resolve ("Rijnland") follows
// the incident whose victim's own name it spells, and is relevant.
func TestFollowUpByName(t *testing.T) {
	t.Parallel()
	later := article("nl", "2023-03-01 09:00", "Half jaar na phishingaanval voert Rijnland tweestapsverificatie in",
		"Ruim vijf maanden na de phishingaanval van vorig jaar is inloggen bij Rijnland zonder tweede factor niet meer mogelijk.")
	r := Analyze(later, vigie.Source{TimeZone: paris})
	if len(r.Findings) != 0 || len(r.Names) == 0 {
		t.Fatalf("the follow-up has findings %+v and names %q; want none, and names", r.Findings, r.Names)
	}
	if got := followed(t, rijnland(), later); len(got) != 1 {
		t.Errorf("the follow-up is in incidents %q, want the attack's", got)
	}
}

// TestFollowUpNotTaken: pieces that name the body but are no follow-up of
// its attack stay out of its incident.
func TestFollowUpNotTaken(t *testing.T) {
	t.Parallel()
	for name, later := range map[string]*vigie.Article{
		"denied": article("nl", "2023-03-01 09:00", "Rijnland: mailproblemen waren geen aanval",
			"De problemen met de mail bij Rijnland waren geen cyberaanval, meldt het waterschap."),
		"another cause": article("nl", "2023-03-01 09:00", "Stroomuitval legt kantoor Rijnland plat",
			"Een stroomuitval legde dinsdag de systemen van Rijnland plat; een aanval is het niet, want de stroom viel uit."),
		"a company": article("nl", "2023-03-01 09:00", "Ransomware bij Leidse transporteur, na Rijnland",
			"Een ransomware-aanval legt het bedrijf Van Dijk Transport in Leiden plat, maanden na de aanval op Rijnland."),
		"a company by its legal form": article("nl", "2023-03-01 09:00", "Ransomware bij Van Dijk Transport B.V., na Rijnland",
			"Een ransomware-aanval legt Van Dijk Transport B.V. in Leiden plat, maanden na de aanval op Rijnland."),
		"before the attack": article("nl", "2022-05-01 09:00", "Rijnland oefent een aanval",
			"Rijnland oefent een aanval op zijn netwerk, zegt het bestuur."),
		"after years of silence": article("nl", "2026-03-01 09:00", "Rijnland opnieuw aangevallen",
			"Rijnland meldt een aanval op zijn netwerk."),
		"no attack told": article("nl", "2023-03-01 09:00", "Rijnland kiest nieuwe dijkgraaf",
			"Rijnland heeft een nieuwe dijkgraaf gekozen. Hij wil het waterschap beter beveiligen."),
	} {
		if got := followed(t, rijnland(), later); len(got) != 0 {
			t.Errorf("%s: in incidents %q, want none", name, got)
		}
	}
}

// TestFollowUpOfOneVictim: names that spell two victims follow neither.
func TestFollowUpOfOneVictim(t *testing.T) {
	t.Parallel()
	a := article("nl", "2022-09-23 10:00", "Hoogheemraadschap van Rijnland getroffen door phishingaanval",
		"Het Hoogheemraadschap van Rijnland is op 22 september getroffen door een phishingaanval.")
	b := article("nl", "2022-09-26 10:00", "Hoogheemraadschap van Delfland getroffen door phishingaanval",
		"Het Hoogheemraadschap van Delfland is op 25 september getroffen door een phishingaanval.")
	c := article("nl", "2023-03-01 09:00", "Na de phishingaanval: Rijnland en Delfland voeren tweestapsverificatie in",
		"Maanden na de aanval is inloggen bij Rijnland en Delfland zonder tweede factor niet meer mogelijk.")
	a.ID, b.ID, c.ID = 1, 2, 3
	src := vigie.Source{TimeZone: paris}
	reports := []vigie.Report{Analyze(a, src), Analyze(b, src), Analyze(c, src)}
	if len(reports[2].Findings) != 0 {
		t.Skipf("the reader now finds %d victims in the joint piece: nothing to follow", len(reports[2].Findings))
	}
	for _, in := range Cluster(reports, map[int64]*vigie.Article{1: a, 2: b, 3: c}, nil) {
		for _, s := range in.Sources {
			if s.ArticleID == 3 {
				t.Errorf("the piece naming two victims follows %s", in.ID)
			}
		}
	}
}

// TestAftermathFollowsRecentAttack: a piece that tells only systems
// coming back ("les services redémarrent"), with no attack word, follows
// the attack on the body it names when that attack began weeks before,
// and not one begun a year before.
func TestAftermathFollowsRecentAttack(t *testing.T) {
	t.Parallel()
	first := func() *vigie.Article {
		return article("fr", "2023-11-21 10:00", "Cyberattaque : la communauté de communes de Grand Lieu privée d'informatique",
			"La communauté de communes de Grand Lieu a été visée par une cyberattaque vendredi 17 novembre. Ses serveurs sont à l'arrêt.")
	}
	later := func(pub string) *vigie.Article {
		return article("fr", pub, "Grand Lieu : les services informatiques redémarrent pas à pas",
			"Trois semaines après l'incident, la communauté de communes de Grand Lieu rouvre son guichet et relance ses logiciels.")
	}
	r := Analyze(later("2023-12-08 16:40"), vigie.Source{TimeZone: paris})
	if len(r.Findings) != 0 || !r.Recent || len(r.Names) == 0 {
		t.Fatalf("the aftermath has findings %+v, recent %v, names %q; want none, recent, names", r.Findings, r.Recent, r.Names)
	}
	if got := followed(t, first(), later("2023-12-08 16:40")); len(got) != 1 {
		t.Errorf("three weeks on: in incidents %q, want the attack's", got)
	}
	if got := followed(t, first(), later("2024-12-08 16:40")); len(got) != 0 {
		t.Errorf("a year on: in incidents %q, want none", got)
	}
}

// TestAnniversaryOfAnOutage: a piece a year on, whose title counts the
// year and whose lead tells only the servers cut and an incident of a
// kind never told, follows that year-old incident.
func TestAnniversaryOfAnOutage(t *testing.T) {
	t.Parallel()
	first := article("fr", "2024-01-10 10:00", "Ciney : l'administration communale privée d'informatique",
		"Depuis lundi 8 janvier, la Ville de Ciney travaille sans réseau après une cyberattaque. Elle a coupé préventivement l'ensemble de ses serveurs.")
	later := article("fr", "2025-01-08 10:00", "Ciney, un an après : « On ne saura sans doute jamais tout »",
		"Le 8 janvier 2024, la Ville coupait tous ses serveurs. Douze mois plus tard, elle a changé de prestataire mais reste muette sur ce qui s'est passé.\n\n"+
			"Il y a tout juste un an, l'administration cinacienne basculait dans le noir numérique. L'« incident de sécurité » du 8 janvier 2024 reste, "+
			"douze mois plus tard, entouré d'un certain mystère : la Ville n'a jamais précisé s'il s'agissait d'un rançongiciel ou d'une autre forme d'attaque.")
	if got := followed(t, first, later); len(got) != 1 {
		t.Errorf("the anniversary is in incidents %q, want the attack's", got)
	}
}

// TestFollowUpOpensOnTheBody: a piece whose title names neither the body
// nor an attack, but whose first sentence or the next is the body's news
// and whose lead recalls its attack (the cost voted by its council, its
// insurer's refusal), follows that attack; one that recalls it further down, its first sentence about
// others, does not.
func TestFollowUpOpensOnTheBody(t *testing.T) {
	t.Parallel()
	first := func() *vigie.Article {
		return article("de", "2022-08-25 10:00", "Hackerangriff legt Rathaus in Gütersloh lahm",
			"Unbekannte haben am Dienstag die Server der Stadt Gütersloh verschlüsselt. Das Bürgerbüro bleibt geschlossen.")
	}
	budget := article("de", "2023-02-16 18:00", "Haushalt 2023: Eine Million Euro für die Folgen des Sommers",
		"Der Rat der Stadt Gütersloh hat am Mittwochabend den Haushalt verabschiedet. Größter Posten ist eine Million Euro für die Folgen der Erpressung vom August, als Kriminelle die Server im Rathaus verschlüsselt hatten.")
	if got := followed(t, first(), budget); len(got) != 1 {
		t.Errorf("the budget vote is in incidents %q, want the attack's", got)
	}
	insurer := article("de", "2023-05-11 18:00", "Die Versicherung zahlt nicht",
		"Es gibt keine Entschädigung. Die Versicherung der Stadt Gütersloh hat Ende April abgelehnt, die Schäden des Hackerangriffs vom August zu übernehmen.")
	if got := followed(t, first(), insurer); len(got) != 1 {
		t.Errorf("the insurer's refusal is in incidents %q, want the attack's", got)
	}
	team := article("de", "2023-02-16 18:00", "Vier Kommunen teilen sich ein IT-Sicherheitsteam",
		"Vier Kommunen im Kreis wollen ab Juli gemeinsam ein Team für IT-Sicherheit bezahlen. Das beschloss der Kreistag am Mittwoch.\n\n"+
			"Den Anstoß gab die Erpressung der Stadt Gütersloh im vergangenen Sommer.")
	if got := followed(t, first(), team); len(got) != 0 {
		t.Errorf("the shared team is in incidents %q, want none: the attack is its context", got)
	}
}

// TestFollowUpsThatDateTheirAttack: pieces whose title names neither the
// body nor its attack follow it when their text dates it: an anniversary
// counting the years back to the day the computers were locked ("vijf
// jaar geleden dat …"), an outage's aftermath months on that gives the
// attack's month, a piece opening in the body's house ("im Göppinger
// Landratsamt").
func TestFollowUpsThatDateTheirAttack(t *testing.T) {
	t.Parallel()
	zele := func() *vigie.Article {
		return article("nl", "2020-11-18 10:00", "Gijzelsoftware legt gemeentehuis van Zele plat",
			"De gemeente Zele is maandag getroffen door een aanval met gijzelsoftware. Alle servers zijn versleuteld en de loketten blijven dicht.")
	}
	anniversary := article("nl", "2025-11-17 09:00", "Vijf jaar later: een gemeentehuis dat zijn back-ups elke week controleert",
		"Het is deze week vijf jaar geleden dat de computers in het gemeentehuis van Zele op slot gingen. Op een maandagochtend in november 2020 bleken alle servers versleuteld door criminelen die losgeld eisten. De gemeente betaalde niet.\n\n"+
			"Vandaag wordt elke week een back-up teruggezet om te zien of hij werkt. Helemaal vergeten is de aanval niet.")
	if got := followed(t, zele(), anniversary); len(got) != 1 {
		t.Errorf("the anniversary is in incidents %q, want the attack's", got)
	}
	director := article("nl", "2021-09-02 09:00", "Nieuwe ICT-directeur moet digitale schade herstellen",
		"De gemeente Zele heeft een ICT-directeur aangesteld. Hij begint op 1 oktober.\n\n"+
			"De functie werd in het leven geroepen na de aanval met gijzelsoftware in november vorig jaar, toen het gemeentehuis wekenlang op papier werkte.")
	if got := followed(t, zele(), director); len(got) != 1 {
		t.Errorf("the new director is in incidents %q, want the attack's", got)
	}
	goeppingen := article("de", "2023-06-12 10:00", "Landkreis Göppingen: Hacker verschlüsseln Kreisverwaltung",
		"Der Landkreis Göppingen ist Opfer eines Hackerangriffs geworden. Seit Samstag sind die Rechner der Kreisverwaltung verschlüsselt.")
	house := article("de", "2025-06-11 10:00", "Die Zulassungsstelle arbeitet wieder wie früher",
		"Vor zwei Jahren ging im Göppinger Landratsamt gar nichts mehr. Erpresser hatten die Rechner der Kreisverwaltung verschlüsselt, wochenlang wurden Autos mit Papierformularen zugelassen.\n\n"+
			"Heute läuft die Zulassung in einem neuen System.")
	if got := followed(t, goeppingen, house); len(got) != 1 {
		t.Errorf("the piece opening in the Landratsamt is in incidents %q, want the attack's", got)
	}
}

// TestFollowUpAfterAStandfirst: a first paragraph that tells the attack
// but names no body nor place passes the opening to the next paragraph,
// which names the body alone: the piece follows its attack. Not under a
// first paragraph on bodies in the plural or naming a place, nor where
// the next names several.
func TestFollowUpAfterAStandfirst(t *testing.T) {
	t.Parallel()
	first := func() *vigie.Article {
		return article("de", "2023-06-12 10:00", "Landkreis Göppingen: Hacker verschlüsseln Kreisverwaltung",
			"Der Landkreis Göppingen ist Opfer eines Hackerangriffs geworden. Seit Samstag sind die Rechner der Kreisverwaltung verschlüsselt.")
	}
	insurer := article("de", "2024-09-05 10:00", "Versicherung verweigert die Zahlung",
		"Rund eine Million Euro hat der Neuaufbau der IT nach dem Hackerangriff gekostet. Die Versicherung will davon nichts zahlen.\n\n"+
			"Fünfzehn Monate nach dem Angriff, der das Landratsamt im Juni 2023 für Wochen lahmlegte, streitet der Landkreis Göppingen mit seinem Versicherer.")
	if got := followed(t, first(), insurer); len(got) != 1 {
		t.Errorf("the insurer's refusal is in incidents %q, want the attack's", got)
	}
	for name, later := range map[string]*vigie.Article{
		"bodies in the plural": article("de", "2024-09-05 10:00", "Verwaltungen rüsten auf",
			"Immer mehr Verwaltungen investieren nach einem Hackerangriff in ihre IT.\n\n"+
				"Fünfzehn Monate nach dem Angriff, der das Landratsamt im Juni 2023 lahmlegte, plant der Landkreis Göppingen eine Million Euro ein."),
		"a place first": article("de", "2024-09-05 10:00", "Prorussische Hacker legen Kantonsseiten lahm",
			"Der Nachbarkanton Basel-Landschaft ist am Montag Ziel einer Überlastungsattacke geworden.\n\n"+
				"Für Pendler aus dem Landkreis Göppingen, die Formulare brauchten, hieß es warten."),
		"a list": article("de", "2024-09-05 10:00", "Hacker bleiben eine Gefahr",
			"Experten warnen nach dem Hackerangriff vor weiteren Attacken.\n\n"+
				"Der Landkreis Göppingen und die Stadt Ulm planen dafür eine Million Euro ein."),
	} {
		if got := followed(t, first(), later); len(got) != 0 {
			t.Errorf("%s: in incidents %q, want none", name, got)
		}
	}
}

// TestFollowUpsRecallingTheirAttack: follow-ups whose lead names no
// attack in the usual words follow it: mailboxes "piratées" a year on,
// a new IT head whose second paragraph recalls the ransomware months
// before, a council vote on the cost of a "secuestro informático"; not a
// piece on what towns in the plural should learn.
func TestFollowUpsRecallingTheirAttack(t *testing.T) {
	t.Parallel()
	mende := func() *vigie.Article {
		return article("fr", "2024-03-06 11:00", "Mende : intrusion dans la messagerie de la mairie",
			"La mairie de Mende a découvert lundi 4 mars qu'un inconnu s'était emparé des identifiants de six agents et lisait leurs courriels.")
	}
	alcoy := func() *vigie.Article {
		return article("es", "2022-09-10 10:00", "Un ciberataque paraliza el Ayuntamiento de Alcoy",
			"El Ayuntamiento de Alcoy trabaja desde el jueves 8 de septiembre con papel: un programa malicioso cifró los servidores y los delincuentes exigen un rescate.")
	}
	for name, c := range map[string]struct {
		first, later *vigie.Article
		want         int
	}{
		"pirated mailboxes": {mende(), article("fr", "2025-03-04 08:00", "Un an après, les leçons des boîtes mail piratées",
			"Il y a un an, les agents de l'hôtel de ville de Mende découvraient qu'un inconnu lisait leur courrier. "+
				"Les identifiants avaient été dérobés par une fausse page de connexion."), 1},
		"a new IT head": {mende(), article("fr", "2024-10-03 14:00", "Un ancien militaire prend la tête du numérique",
			"Il a passé vingt ans dans l'armée de l'air. Depuis le 1er octobre, Paul Martin dirige le service des systèmes d'information de la ville de Mende.\n\n"+
				"Le poste a été créé au printemps, après l'intrusion qui avait frappé la messagerie de la ville."), 1},
		"a vote on the cost": {alcoy(), article("es", "2023-02-24 10:00", "El pleno aprueba 640.000 euros por la crisis informática",
			"El pleno municipal de Alcoy aprobó este jueves un crédito para pagar las facturas generadas tras el secuestro informático que sufrió el consistorio a finales del verano pasado."), 1},
		"criminals locked the network": {article("en", "2022-09-20 10:00", "Worthing council hit by ransomware",
			"Worthing Borough Council's systems were encrypted by ransomware on Sunday 18 September."),
			article("en", "2023-02-22 10:00", "Cabinet signs off £500,000 to rebuild computer systems",
				"Councillors in Worthing have approved a £500,000 package to replace servers wrecked when criminals locked its network last September."), 1},
		"the town named, the body by its kind": {article("en", "2022-09-20 10:00", "Worthing council hit by ransomware",
			"Worthing Borough Council's systems were encrypted by ransomware on Sunday 18 September."),
			article("en", "2023-02-22 10:00", "Cabinet signs off £500,000 to rebuild computer systems",
				"Councillors in Worthing have approved a £500,000 package to replace servers wrecked when criminals locked the borough's network last September."), 1},
		"the attack in the next paragraph": {article("de", "2023-03-06 10:00", "Cyberangriff: Server der Stadt Görlitz verschlüsselt",
			"Die Stadt Görlitz ist Opfer eines Cyberangriffs geworden. Seit Sonntag sind die Server verschlüsselt."),
			article("de", "2023-12-07 10:00", "Haushalt 2024: Neuaufbau der IT kostet zwei Millionen Euro",
				"Der Rat der Stadt Görlitz hat am Donnerstagabend den Haushalt für das kommende Jahr beschlossen.\n\n"+
					"Das Geld ist eine direkte Folge der Erpressungsattacke vom März. Die Opposition trug die Ausgaben mit."), 1},
		"the body hit with the victim": {article("fr", "2022-11-21 12:10", "Mende : la ville et la communauté de communes privées d'informatique",
			"La mairie de Mende et la communauté de communes Cœur de Lozère, qui partagent leur réseau, sont paralysées par un rançongiciel depuis samedi 19 novembre."),
			article("fr", "2023-05-16 17:40", "L'assureur refuse de couvrir la facture : l'intercommunalité saisit la justice",
				"Six mois après le piratage qui avait mis à l'arrêt ses serveurs et ceux de la ville-centre, la communauté de communes Cœur de Lozère se retrouve face à son propre assureur."), 1},
		"a trial over invoices from its mailboxes": {article("it", "2020-11-12 10:00", "Provincia di Como, caselle email violate: false fatture ai fornitori",
			"La Provincia di Como ha scoperto all'inizio di novembre che alcuni dipendenti avevano inserito le proprie credenziali in una pagina fasulla: i malintenzionati hanno poi scritto ai fornitori dalle caselle dell'ente."),
			article("it", "2024-02-20 10:00", "Fatture false a nome dell'ente: in due a processo",
				"Si è aperto ieri davanti al tribunale di Como il processo a due uomini accusati della truffa delle false richieste di pagamento partite dalle caselle di posta della Provincia nell'autunno del 2020.\n\n"+
					"Secondo l'accusa, i due avrebbero acquistato le credenziali sottratte con una falsa pagina di accesso."), 1},
		"towns in the plural": {mende(), article("fr", "2024-12-07 06:45", "Cybersécurité : après Mende, les communes appelées à mieux se protéger",
			"Sauvegardes, mots de passe, plan de crise : l'association des maires consacre un dossier à la sécurité informatique.\n\n"+
				"Combien de communes sauraient réagir si leurs serveurs devenaient inaccessibles ? L'intrusion subie par Mende au printemps a servi d'électrochoc."), 0},
	} {
		if got := followed(t, c.first, c.later); len(got) != c.want {
			t.Errorf("%s: in incidents %q, want %d", name, got, c.want)
		}
	}
}

// TestOutageExplainedFollowsNothing: a town hall cut off for days, whose
// second paragraph denies any attack and blames an excavator that cut
// the fibre, keeps no names to follow an attack with.
func TestOutageExplainedFollowsNothing(t *testing.T) {
	t.Parallel()
	r := Analyze(article("fr", "2021-11-18 10:00", "Tonnerre : trois jours sans téléphone ni internet à l'hôtel de ville",
		"Les habitants qui ont tenté de joindre leur mairie depuis lundi sont tombés sur une tonalité muette. Le standard et la messagerie de l'hôtel de ville de Tonnerre sont restés hors service jusqu'à mercredi soir.\n\n"+
			"Aucun acte malveillant là-dedans. Lors de travaux de voirie, une pelleteuse a sectionné le câble de fibre optique qui relie le bâtiment au réseau."), vigie.Source{TimeZone: paris})
	if r.Relevant || len(r.Names) > 0 || len(r.Kinds) > 0 {
		t.Errorf("relevant %v, names %v, kinds %v: the outage was read as an attack's aftermath", r.Relevant, r.Names, r.Kinds)
	}
}

// TestFirmHiredIsTheBodysStory: a council vote on the firm hired to
// rebuild the network after "ciberdelincuentes" encrypted the servers
// tells the council's attack, not a company's: it keeps the town's name
// to follow it, dated November.
func TestFirmHiredIsTheBodysStory(t *testing.T) {
	t.Parallel()
	r := Analyze(article("es", "2023-01-26 10:00", "El pleno da luz verde a un contrato de emergencia de 600.000 euros",
		"El pleno municipal de Lorca ratificó este jueves la contratación por vía de emergencia de una empresa tecnológica para reconstruir la red informática del Ayuntamiento. "+
			"La adjudicación se hizo sin concurso en noviembre, pocos días después de que un grupo de ciberdelincuentes cifrara los servidores y exigiera un pago."), vigie.Source{TimeZone: paris})
	if !slices.Contains(r.Names, "lorca") || r.Told.Time.Month() != time.November {
		t.Errorf("names %v, told %s: want Lorca's attack of November followed", r.Names, r.Told)
	}
}

// TestFollowUpsJoinTheirAttack: follow-ups read this session join the
// attack they tell, and look-alikes do not. A budget piece whose lead is
// a standfirst naming nothing tells the attack in the paragraph under it;
// a standfirst on councils pooling money recalls one. "One year on",
// under a standfirst, names the council in the second sentence of the
// next paragraph and tells the encryption further down. A new IT head's
// portrait tells the attack in its third paragraph; another's head
// "arriva da un'azienda" (no firm's story), and the site was "sommerso da
// un diluvio di connessioni". A piece naming its town only by its German
// adjective ("Tausender Soester") follows the town's attack; a firm of
// the town ("Soester Zulieferer") does not.
func TestFollowUpsJoinTheirAttack(t *testing.T) {
	t.Parallel()
	dartford := func() *vigie.Article {
		return article("en", "2020-10-09 10:00", "Dartford council systems down after criminal attack",
			"Dartford Borough Council says a ransomware attack on Thursday 8 October has taken most of its systems offline.")
	}
	soest := func() *vigie.Article {
		return article("de", "2024-05-08 10:00", "Soest: Unbekannte greifen auf Daten des Bürgerbüros zu",
			"Die Stadt Soest hat einen Hackerangriff auf das Bürgerbüro gemeldet. Unbekannte hatten sich am Montag über einen Wartungszugang Zugriff auf den Server verschafft.")
	}
	for _, tc := range []struct {
		name         string
		first, later *vigie.Article
		want         int // incidents the later piece is in
	}{
		{"under a standfirst", dartford(), article("en", "2021-02-23 10:00", "Council tax to rise 2.99% as recovery bill lands",
			"Opposition members say residents are paying for years of underinvestment in IT.\n\n"+
				"Households in Dartford will pay 2.99 per cent more in council tax from April, with almost £900,000 set aside to cover the aftermath of last autumn's ransomware attack on the borough council."), 1},
		{"councils pooling money", dartford(), article("en", "2021-02-23 10:00", "Kent councils to share a cyber security team",
			"Four councils around the Medway are to pool money for a shared cyber security team.\n\n"+
				"The idea was first floated after the ransomware attack on Dartford last autumn, which left staff without email for a month."), 0},
		{"one year on", dartford(), article("en", "2021-10-08 10:00", "One year on: the week the computers went dark",
			"Staff who lived through last October's shutdown describe what it was like.\n\n"+
				"It was a Thursday, and it began with a colleague saying her spreadsheet looked odd. Twelve months later, the people who kept Dartford Borough Council running can laugh about some of it.\n\n"+
				"\"We had a whiteboard in the housing office,\" recalls one officer.\n\n"+
				"The attack, which encrypted the authority's servers on 8 October last year, was never claimed publicly."), 1},
		{"a new head, the attack in the third paragraph",
			article("fr", "2022-09-06 10:00", "Belfort : la mairie et le Grand Belfort privés d'informatique",
				"La Ville de Belfort et le Grand Belfort Communauté d'Agglomération sont paralysés depuis lundi 5 septembre par un rançongiciel."),
			article("fr", "2023-01-24 10:00", "Un nouveau patron pour le numérique mutualisé",
				"Venu du secteur bancaire, Thomas Grandjean prend la direction des systèmes d'information commune à la Ville et au Grand Belfort.\n\n"+
					"Il a pris ses fonctions le 2 janvier. Thomas Grandjean dirige désormais la direction des systèmes d'information que partagent la Ville de Belfort et le Grand Belfort Communauté d'Agglomération.\n\n"+
					"Son prédécesseur a quitté le poste à l'automne, quelques semaines après l'attaque qui avait figé les ordinateurs des deux collectivités au début du mois de septembre. Les fichiers avaient été chiffrés par des criminels réclamant une rançon."), 1},
		{"a new head from a firm",
			article("it", "2021-05-19 10:00", "Provincia di Lecce, sito irraggiungibile per un attacco DDoS",
				"Il portale della Provincia di Lecce è irraggiungibile da ieri, 18 maggio, per un attacco DDoS."),
			article("it", "2021-11-30 10:00", "Un ingegnere di 34 anni per guidare l'informatica",
				"Si chiama Francesca Lombardi, ha 34 anni e arriva da un'azienda di telecomunicazioni barese. Da ieri è la nuova dirigente del settore sistemi informativi della Provincia di Lecce.\n\n"+
					"La nomina arriva al termine di un anno complicato. A maggio il portale istituzionale era rimasto oscurato per quasi due giorni, sommerso da un diluvio di connessioni fasulle orchestrate da ignoti."), 1},
		{"a town by its adjective", soest(), article("de", "2024-08-20 10:00", "Meldedaten im Darknet aufgetaucht",
			"Mehr als drei Monate nach dem Hackerangriff auf das Bürgerbüro stehen Namen und Anschriften Tausender Soester zum Verkauf."), 1},
		{"a firm of the town", soest(), article("de", "2024-08-20 10:00", "Soester Zulieferer nach Hackerangriff im Notbetrieb",
			"Ein Hackerangriff hat die Produktion eines Autozulieferers lahmgelegt. Die Bänder stehen seit Montag still."), 0},
	} {
		if got := followed(t, tc.first, tc.later); len(got) != tc.want {
			t.Errorf("%s: the later piece is in %v, want %d incident(s)", tc.name, got, tc.want)
		}
	}
}

// TestFollowUpsOfTheirBodies: follow-ups that name their body in a form
// of its own, or in a lead that tells another story first, join its
// attack. A district's house in the genitive ("im Kreishaus der
// Mecklenburgischen Seenplatte") is the district, by its code; a new
// director "formerly of a large NHS trust" comes from a hospital, whose
// story the piece is not; "les élus de Brunoy" name the town, and "une
// dépense que personne n'avait prévue" is no planned work; "leurs
// ordinateurs bloqués" are systems down. Residents finding their details
// on a leak site follow the attack on the town the lead names; "the
// criminals who locked its files" tell the council's attack; "Etten-Leur",
// whose second half is a common French word, is followed by its code.
func TestFollowUpsOfTheirBodies(t *testing.T) {
	t.Parallel()
	for name, c := range map[string]struct {
		first, later *vigie.Article
	}{
		"a district in the genitive": {article("de", "2021-10-19 10:00", "Hackerangriff legt Landkreis Mecklenburgische Seenplatte lahm",
			"Der Landkreis Mecklenburgische Seenplatte ist am Montag, 18. Oktober, Opfer eines Cyberangriffs geworden. Die Server sind verschlüsselt."),
			article("de", "2023-10-18 06:45", "Zwei Jahre danach: Was vom Angriff geblieben ist",
				"Vor zwei Jahren blieben im Kreishaus der Mecklenburgischen Seenplatte plötzlich alle Bildschirme schwarz. Heute wirkt der Alltag wieder normal, doch die Folgen der Erpressung sind im Haushalt zu spüren.\n\n"+
					"Eine Sachbearbeiterin der Zulassungsstelle in Neubrandenburg erinnert sich an Wochen mit Zettelwirtschaft.")},
		"a director from a hospital": {article("en", "2021-06-14 10:00", "Oldham Council hit by ransomware attack",
			"Oldham Council's servers were encrypted by ransomware on Saturday 12 June, and its online services are down."),
			article("en", "2023-06-19 10:00", "New digital chief inherits a network rebuilt from scratch",
				"Oldham Council has appointed Jane Doe, formerly of a large NHS trust, as its new director of digital. She takes over a department that, two years ago, had to rebuild its entire network after criminals encrypted the authority's servers.")},
		"the town's councillors": {article("fr", "2019-11-18 10:00", "Cyberattaque : la mairie de Brunoy paralysée",
			"La mairie de Brunoy est victime depuis samedi 16 novembre d'un rançongiciel qui a chiffré ses serveurs."),
			article("fr", "2020-02-06 21:15", "Budget 2020 : une enveloppe exceptionnelle pour l'informatique",
				"Le débat a duré près de deux heures, jeudi soir. Les élus de Brunoy ont adopté le budget primitif avec une dépense que personne n'avait prévue il y a un an : 310 000 euros pour reconstruire le système d'information.\n\n"+
					"Cette somme est la conséquence directe du piratage subi en novembre, lorsque des malfaiteurs avaient verrouillé les serveurs municipaux.")},
		"computers locked, a year on": {article("fr", "2020-09-14 10:00", "Rançongiciel : l'hôtel de ville de Dreux à l'arrêt",
			"L'hôtel de ville de Dreux est paralysé depuis dimanche 13 septembre par un rançongiciel qui a chiffré ses serveurs."),
			article("fr", "2021-09-13 18:20", "Un an après, les agents racontent les semaines au papier et au crayon",
				"Il y a un an jour pour jour, les équipes de l'hôtel de ville de Dreux découvraient leurs ordinateurs bloqués. Nous avons retrouvé ceux qui ont vécu ces semaines de l'intérieur.\n\n"+
					"Les pirates n'ont jamais été identifiés ; aucune rançon n'a été versée.")},
		"a leak found": {article("fr", "2024-02-12 10:00", "Cyberattaque : la mairie de Lisieux paralysée",
			"La mairie de Lisieux est victime depuis le samedi 10 février d'un rançongiciel qui a chiffré ses serveurs."),
			article("en", "2024-04-10 10:00", "Normandy residents find their personal details on a leak site",
				"Residents of Lisieux have found their names and addresses published on a leak site, two months after the town hall was hit by ransomware.")},
		"the criminals who locked its files": {article("en", "2020-10-27 10:00", "Ransomware attack hits Craven District Council",
			"Craven District Council's servers were encrypted by ransomware on Saturday 24 October."),
			article("en", "2021-02-24 10:00", "Reserves raided to pay for last autumn's IT rebuild",
				"Almost half a million pounds will come out of the district's general reserve to cover the cost of rebuilding computer systems wrecked in October, councillors heard.\n\n"+
					"Figures put the bill at £468,000. Craven District Council insisted again that no money was handed to the criminals who locked its files and demanded payment.")},
		"a hyphened town": {article("nl", "2025-06-03 10:00", "Gemeente Etten-Leur getroffen door ransomware",
			"De gemeente Etten-Leur is op maandag 2 juni getroffen door een aanval met gijzelsoftware. De servers zijn versleuteld."),
			article("nl", "2025-06-12 08:15", "Etten-Leur werkt al ruim een week met pen en papier",
				"Sinds de aanval met gijzelsoftware van 2 juni werken de ambtenaren van Etten-Leur met pen en papier. Paspoorten worden met de hand aangevraagd.")},
	} {
		if got := followed(t, c.first, c.later); len(got) != 1 {
			t.Errorf("%s: in incidents %q, want the attack's", name, got)
		}
	}
}

// TestHijackedSiteAndPastAttacks: a town's site "détourné" for hours is
// defaced; an attack "dell'anno scorso" in a piece on grants is no news,
// and the grants' province is no victim.
func TestHijackedSiteAndPastAttacks(t *testing.T) {
	t.Parallel()
	src := vigie.Source{TimeZone: paris}
	r := Analyze(article("fr", "2021-03-09 12:10", "Pessac : le site de la ville détourné pendant plusieurs heures",
		"Les internautes qui se sont connectés au site officiel de Pessac lundi matin ont eu une drôle de surprise : la page d'accueil affichait une revendication politique."), src)
	if len(r.Findings) != 1 || r.Findings[0].Attack != vigie.AttackDefacement {
		t.Errorf("hijacked site: findings %+v, want one defacement", r.Findings)
	}
	r = Analyze(article("it", "2023-05-16 10:00", "PNRR, dodici milioni ai comuni della provincia per migrare al cloud",
		"Sono 140 i comuni della provincia di Bergamo che riceveranno i fondi del Piano nazionale di ripresa e resilienza. "+
			"Tra i sindaci c'è chi ricorda che l'esperienza dell'anno scorso a Treviglio, dove il municipio rimase senza computer dopo un attacco, ha convinto molti colleghi."), src)
	if r.Relevant {
		t.Errorf("grants: relevant, findings %+v; want a mention of Treviglio only", r.Findings)
	}
}

// TestOutageBeforeItsAttack: a town's services down by "un guasto ai
// server", with no other cause and no attack denied, are the first days of
// the attack the town owns to the next week; a provider's outage whose
// lead says "Ein Angriff war es nicht" and blames a "Hardwaredefekt"
// follows nothing.
func TestOutageBeforeItsAttack(t *testing.T) {
	t.Parallel()
	attack := article("it", "2022-11-09 10:00", "Mendrisio, ora è ufficiale: fu un ransomware",
		"Il Comune di Mendrisio conferma che il blocco dei server iniziato giovedì 3 novembre è stato causato da un ransomware che ha cifrato i dati.")
	outage := article("it", "2022-11-04 12:00", "Mendrisio, sportelli comunali chiusi: «Un guasto ai server»",
		"Porte aperte ma computer spenti. Da giovedì mattina gli uffici del Comune di Mendrisio lavorano a scartamento ridotto e il sito mostra soltanto un avviso di manutenzione.")
	if got := followed(t, attack, outage); len(got) != 1 {
		t.Errorf("the outage is in incidents %q, want the attack's", got)
	}
	r := Analyze(article("de", "2025-04-08 10:45", "Störung beim IT-Dienstleister: Dutzende Tiroler Gemeindeämter stundenlang offline",
		"Ein defektes Netzwerkgerät im Rechenzentrum legte Meldeamt und Bauamt in über 60 Gemeinden lahm. Ein Angriff war es nicht.\n\n"+
			"„Es gibt keinerlei Hinweis auf einen Angriff von außen“, sagte der Geschäftsführer des Dienstleisters. In Schwaz verteilte das Gemeindeamt Wartemarken."), vigie.Source{TimeZone: paris})
	if r.Relevant || len(r.Names) > 0 {
		t.Errorf("provider's outage: relevant %v, names %v; want neither", r.Relevant, r.Names)
	}
}

// TestMailsFromItsOwnAccountAndCorsica: mails sent from an official's
// account that "kwaadwillenden" got into hit the municipality, they are
// no scam in its name; "la Collectivité de Corse" is the island's
// government by its whole name.
func TestMailsFromItsOwnAccountAndCorsica(t *testing.T) {
	t.Parallel()
	checkFindings(t, []findingCase{
		{"its own mailbox", article("nl", "2024-05-09 10:00", "Gemeente Purmerend waarschuwt voor valse mails uit eigen mailbox",
			"De gemeente Purmerend waarschuwt inwoners voor e-mails die van een medewerker lijken te komen, maar door oplichters zijn verstuurd. Kwaadwillenden hebben woensdag toegang gekregen tot het e-mailaccount van een ambtenaar en van daaruit honderden berichten verzonden."),
			true, []string{"Gemeente Purmerend|commune|phishing|2024-05-08"}},
		{"Corsica's collectivity", article("fr", "2025-01-20 18:00", "Le site de la Collectivité de Corse rendu inaccessible par une attaque par déni de service",
			"Pendant une bonne partie de la journée de lundi, le portail de la Collectivité de Corse a été submergé de requêtes."),
			true, []string{"Collectivité de Corse|region|ddos|2025-01-20"}},
	})
}

// TestFollowUpsOfADistrictBackAtWork: pieces on a district's services back
// at work after its attack follow it. "Landkreis Jerichower Land" ends on
// "Land"; "wieder" and "erneut" say "back", not "hit again", unless they
// tell an attack ("Unbekannte dringen erneut ins Rathausnetz ein"); a
// title counting "Drei Jahre danach" counts from the attack its lead
// recalls; "Schaumburger Zulassungsstelle" is Landkreis Schaumburg's.
func TestFollowUpsOfADistrictBackAtWork(t *testing.T) {
	t.Parallel()
	jerichow := func() *vigie.Article {
		return article("de", "2023-10-17 10:00", "Cyberangriff auf den Landkreis Jerichower Land",
			"Der Landkreis Jerichower Land ist am Montag, 16. Oktober, Opfer eines Cyberangriffs geworden. Die Server sind verschlüsselt.")
	}
	schaumburg := func() *vigie.Article {
		return article("de", "2022-06-21 10:00", "Erpressungsangriff legt Landkreis Schaumburg lahm",
			"Der Landkreis Schaumburg ist seit Montag, 20. Juni, von einem Erpressungsangriff betroffen. Die Server sind verschlüsselt.")
	}
	for name, c := range map[string]struct {
		first, later *vigie.Article
	}{
		"back online a year on": {jerichow(), article("de", "2024-10-16 10:00", "Zulassungsstelle wieder voll digital – ein Jahr nach dem Stillstand",
			"Ein Jahr hat es gedauert: Die Kfz-Zulassungsstelle des Landkreises Jerichower Land arbeitet seit dieser Woche wieder mit der vollständigen Online-Anbindung. Wunschkennzeichen lassen sich erneut im Internet reservieren.\n\n"+
				"Seit dem Cyberangriff vom 16. Oktober 2023 hatte die Behörde mit einer Übergangssoftware gearbeitet.")},
		"three years after": {jerichow(), article("de", "2026-10-20 10:00", "Drei Jahre danach: Zulassungsstelle wieder voll digital",
			"Drei Jahre nach dem Cyberangriff auf den Landkreis Jerichower Land ist die Zulassungsstelle wieder vollständig online. Die Rückkehr war eine Baustelle.")},
		"a district's adjective": {schaumburg(), article("de", "2022-08-30 15:50", "Schaumburger Zulassungsstelle öffnet wieder – zehn Wochen nach dem Angriff",
			"Wer ein Auto anmelden wollte, musste seit Juni ausweichen. Ab Donnerstag öffnet die Zulassungsstelle des Kreises wieder. Es ist einer der letzten Bereiche, die nach dem Erpressungsangriff vom 20. Juni wieder ans Netz gehen.")},
	} {
		if got := followed(t, c.first, c.later); len(got) != 1 {
			t.Errorf("%s: in incidents %q, want the attack's", name, got)
		}
	}
	checkFindings(t, []findingCase{
		{"intruders again", article("de", "2023-06-15 10:00", "Emmerich: Unbekannte dringen erneut ins Rathausnetz ein",
			"Zweieinhalb Jahre nach dem Erpressungsangriff vom Dezember 2020 trifft es die Stadtverwaltung Emmerich wieder. Am Montag, 12. Juni, bemerkten Techniker fremde Anmeldungen auf einem Server.\n\n"+
				"Diesmal wurde nichts verschlüsselt. „Die Eindringlinge waren in unserem Netz“, sagte ein Sprecher."),
			true, []string{"Stadt Emmerich|commune|intrusion|2023-06-12"}},
	})
}

// TestTitleWordIsNoTown: "Councillors approve…" opens a title with a
// word the text writes in lower case ("One independent councillor"): no
// town called Councillors, so the piece follows Boston's attack.
func TestTitleWordIsNoTown(t *testing.T) {
	t.Parallel()
	first := article("en", "2024-06-05 10:00", "Boston council's systems locked by ransomware",
		"Boston Borough Council said on Tuesday that criminals had encrypted its servers on Monday, 3 June. Phone lines and online payments are down.")
	later := article("en", "2024-09-18 10:00", "Councillors approve £780,000 to rebuild IT after summer crisis",
		"Councillors in Boston have backed an emergency allocation of £780,000 from reserves to pay for the recovery of the borough's computer network, three months after criminals encrypted its servers.\n\n"+
			"A report to the full council on Monday broke down the cost. The council had no cyber insurance policy at the time of the attack.\n\n"+
			"One independent councillor asked whether the authority should now buy insurance.")
	got := followed(t, first, later)
	if len(got) != 1 || !strings.HasSuffix(got[0], "-boston") {
		t.Errorf("in incidents %q, want Boston's", got)
	}
}

// TestDataFoundOnlineFollowsItsAttack: a title telling residents' data
// found online ("Adressen und Geburtsdaten im Netz aufgetaucht") over a
// lead that recalls "dem Datenleck bei der Stadt Herzogenrath" tells that
// attack's leak, not a recall in passing.
func TestDataFoundOnlineFollowsItsAttack(t *testing.T) {
	t.Parallel()
	first := article("de", "2023-05-24 13:05", "Herzogenrath: Unbekannte verschaffen sich Zugriff auf Meldedaten",
		"Die Stadt Herzogenrath hat einen Datenabfluss aus ihrer Verwaltung gemeldet. Nach Angaben eines Sprechers fiel am Montag auf, dass über eine Schnittstelle des Bürgerportals in großem Umfang Datensätze abgerufen worden waren.")
	later := article("de", "2023-08-16 10:00", "Adressen und Geburtsdaten im Netz aufgetaucht",
		"Drei Monate nach dem Datenleck bei der Stadt Herzogenrath sind Teile der entwendeten Informationen in einem Forum aufgetaucht, in dem Kriminelle Datensätze handeln. Das bestätigte die Stadtverwaltung am Dienstag.\n\n"+
			"Ein IT-Sicherheitsforscher hatte die Datei entdeckt und die Stadt verständigt.")
	if got := followed(t, first, later); len(got) != 1 {
		t.Errorf("in incidents %q, want the attack's", got)
	}
}

// TestMailboxesViolatedByAnIntruder: "la violazione delle caselle di
// posta del municipio … un intruso aveva potuto leggere le mail" tells an
// attack, which the piece on the new security officer follows.
func TestMailboxesViolatedByAnIntruder(t *testing.T) {
	t.Parallel()
	first := article("it", "2026-01-14 10:00", "Bagnacavallo, violata la posta del Comune",
		"Il Comune di Bagnacavallo ha denunciato un accesso abusivo alle caselle di posta dell'ente, scoperto lunedì 12 gennaio. Un intruso ha letto per giorni le mail ordinarie e certificate.")
	later := article("it", "2026-02-20 10:00", "Arriva un responsabile per la sicurezza digitale in municipio",
		"Il Comune di Bagnacavallo avrà un responsabile dedicato alla sicurezza informatica. La giunta ha approvato giovedì una convenzione con due comuni vicini.\n\n"+
			"La decisione arriva poche settimane dopo la violazione delle caselle di posta del municipio, avvenuta a metà gennaio: per diversi giorni un intruso aveva potuto leggere le mail ordinarie e certificate dell'ente.")
	if got := followed(t, first, later); len(got) != 1 {
		t.Errorf("in incidents %q, want the attack's", got)
	}
}
