package incident

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/fold"
	"github.com/vigie-news/vigie/internal/when"
	"github.com/vigie-news/vigie/place"
)

// report decides what the article reports and mentions.
func (an *analysis) report() vigie.Report {
	r := vigie.Report{Findings: []vigie.Finding{}, Mentions: []vigie.Finding{}}
	if an.plannedOutage() || an.statistics() {
		r.Mentions = an.mentions(nil)
		if an.unexplainedOutage() {
			r.Names, r.Recent = an.leadNames(an.lead()), true // "Chiasso, sportelli comunali chiusi: «Un guasto ai server»": an attack's first days, if one on its body began then
		}
		return r
	}
	groups, spans := an.incidents()
	an.victims = map[string]bool{}
	for _, g := range groups {
		an.victims[g[0].key] = true
	}
	company := len(groups) == 1 && an.companyTitle() // a round-up's title may list a firm among the bodies it tells
	firm := false
	for i, g := range groups {
		f := an.finding(g, spans[i])
		if company && f.InScope {
			// "Une entreprise de transport chalonnaise victime de hackers",
			// after the town hall: the firm's attack. Its story follows the
			// authority's only if its title names it ("Attacco all'Unione
			// Garfagnana, a processo un ex tecnico della ditta informatica").
			firm = firm || g[0].named.Proper == "" || !strings.Contains(" "+an.folded[0]+" ", " "+fold.String(g[0].named.Proper)+" ")
			continue
		}
		r.Findings = append(r.Findings, f)
		r.Relevant = r.Relevant || f.InScope
	}
	r.Mentions = an.mentions(groups)
	if len(r.Findings) == 0 && !firm { // the firm's story follows no authority's attack its title does not name
		r.Names, r.Recent = an.trackNames()
		if r.Names != nil {
			r.Mentions = slices.DeleteFunc(r.Mentions, an.opensOn) // "Mit den Stimmen von CDU, Grünen und FDP hat der Rat der Stadt Rheda-Wiedenbrück … den Haushalt verabschiedet": its story, not context
			if !trainingWords.in(an.folded[0]) {
				r.Kinds = an.bareKinds() // an exercise ("une fausse cyberattaque pour tester le Département") follows no attack
			}
			var f vigie.Finding
			r.Told, _ = an.dates(an.mainSpan(), "", -1, &f)
		}
		if len(r.Kinds) > 0 {
			r.Years = followedYears(r.Told, an.ref)
			if y := an.attackYear(); r.Told.IsZero() && y > 0 {
				r.Years = []int{y} // "reconstruit après le piratage de 2021": that year's attack
			}
		}
	}
	if len(r.Kinds) > 0 || slices.ContainsFunc(r.Findings, func(f vigie.Finding) bool { return f.InScope }) {
		r.Outlet = an.art.Site
	}
	return r
}

// attackYear is the year the text first writes right after an attack's
// noun ("après le piratage de 2021", "seit dem Angriff von 2019"), or 0.
func (an *analysis) attackYear() int {
	for _, s := range an.sents {
		for _, m := range yearRe.FindAllStringIndex(s.Text, -1) {
			if y, _ := strconv.Atoi(s.Text[m[0]:m[1]]); y <= an.ref.Year() && attackBefore(s.Text[:m[0]]) {
				return y
			}
		}
	}
	return 0
}

// opensOn: the article's first sentence of prose, or the next in its
// paragraph, names by its name the body an attack on which it recalls:
// the story is that body's, told after the attack (its cost voted, its
// insurer's refusal), which a follow-up under a title naming neither
// follows. A first paragraph naming no body nor place (a standfirst:
// "Rund 1,3 Millionen Euro hat der Neuaufbau der IT nach dem Hackerangriff
// gekostet") passes that to the next paragraph's first sentence
// (openingSentences).
func (an *analysis) opensOn(m vigie.Finding) bool {
	k := identity(m.Victim)
	other := func(b body) bool { return b.key != "" && b.key != k && b.Kind.InScope() }
	if slices.ContainsFunc(an.bodies[0], other) || slices.ContainsFunc(an.titleTowns(), other) {
		return false // "Cholet : le conseil municipal vote le budget. … Le maire a cité l'exemple de la mairie d'Angers": Cholet's story
	}
	for _, i := range an.openingSentences() {
		text := an.sents[i].Text
		if slices.ContainsFunc(an.bodies[i], func(b body) bool {
			return b.key == k && b.named.Proper != "" && !b.Marked && !b.Locative && (!afterLocative(text, b.Start) || houses[fold.String(b.named.Anchor)])
		}) { // by its name, not "secrétaires de mairie", nor "dans le Calvados"; but "im Helmstedter Kreishaus" is in its house
			return true
		}
		town := fold.String(m.Victim.Place.Name)
		if town != "" && strings.Contains(" "+an.folded[i]+" ", " "+town+" ") && slices.ContainsFunc(an.bodies[i], func(b body) bool {
			return b.key == k && !b.Marked && !b.Locative
		}) { // "Councillors in Eastbourne have approved … when criminals locked the borough's network": the town named, the body called by its kind
			return true
		}
	}
	return false
}

// openingSentences are the first sentence of prose and the next in its
// paragraph, and, when they name no in-scope body nor place, the first
// sentence of the next paragraph of prose if it names one body alone and
// neither the title nor they speak of bodies in the plural. Read once per
// article: opensOn asks for every mention.
func (an *analysis) openingSentences() []int {
	if an.openingMemo == nil {
		out := an.readOpening()
		an.openingMemo = &out
	}
	return *an.openingMemo
}

// readOpening reads openingSentences.
func (an *analysis) readOpening() []int {
	var out []int
	first, named := -1, false
	for i := 1; i < len(an.sents); i++ {
		switch {
		case an.sents[i].Aside:
			continue
		case first < 0:
			first = i
		case an.sents[i].Paragraph == an.sents[first].Paragraph:
			if i > first+1 {
				continue
			}
		case named || an.collective(0) || slices.ContainsFunc(out, an.collective):
			return out // not a list ("Van Willebroek in 2020 tot de politiezone Zwijndrecht vorig jaar"), nor under a title on many ("Enti locali nel mirino")
		case an.oneBody(i):
			return append(out, i) // the next paragraph's first sentence
		case len(out) == 1 && len(an.bodies[i]) == 0 && i+1 < len(an.sents) && an.sents[i+1].Paragraph == an.sents[i].Paragraph && an.oneBody(i+1):
			return append(out, i+1) // under a standfirst of one sentence, the next one names it: "It was a Thursday, and it began … Twelve months later, the people who kept Canterbury City Council running …"
		default:
			return out
		}
		out = append(out, i)
		named = named || slices.ContainsFunc(an.bodies[i], func(b body) bool { return b.Kind.InScope() }) || an.namesPlace(i)
	}
	return out
}

// oneBody: sentence i names one body, whatever it calls it ("das
// Landratsamt … der Landkreis Hildburghausen").
func (an *analysis) oneBody(i int) bool {
	bs := an.bodies[i]
	return len(bs) > 0 && !slices.ContainsFunc(bs, func(b body) bool { return b.key != bs[0].key })
}

// namesPlace: sentence i names a town, a department or a region ("Der
// Nachbarkanton Basel-Landschaft ist am Montag Ziel einer
// Überlastungsattacke geworden").
func (an *analysis) namesPlace(i int) bool {
	toks := tokenize(an.sents[i].Text)
	for k := 0; k < len(toks); k++ {
		if !toks[k].Upper || toks[k].Punct {
			continue
		}
		end := properEnd(toks, k)
		name := an.sents[i].Text[toks[k].Start:toks[end-1].End]
		if place.IsCommonWord(name) {
			continue
		}
		if _, ok := an.g.Region(name); ok {
			return true
		}
		if _, ok := an.g.Department(name); ok {
			return true
		}
		if _, ok := an.commune(name, ""); ok {
			return true
		}
	}
	return false
}

// collective: sentence i speaks of bodies in the plural ("Enti locali",
// "Lokale besturen", "les collectivités").
func (an *analysis) collective(i int) bool {
	return slices.ContainsFunc(strings.Fields(an.folded[i]), func(w string) bool { return collectives[w] || pluralBodies[w] })
}

var pluralBodies = map[string]bool{"besturen": true, "overheden": true, "verwaltungen": true, "comunes": true, "administrations": true,
	"amministrazioni": true, "administraciones": true, "province": true, "provinces": true, "kreise": true, "landkreise": true}

// houses are the buildings a body is named by: one in them is at the
// body, not in a territory.
var houses = map[string]bool{"rathaus": true, "kreishaus": true, "gemeindeamt": true, "stadtamt": true, "landratsamt": true,
	"town hall": true, "city hall": true, "civic centre": true, "county hall": true, "mairie": true, "hotel de ville": true,
	"gemeentehuis": true, "stadhuis": true, "provinciehuis": true, "palazzo comunale": true, "municipio": true,
	"ayuntamiento": true, "casa consistorial": true}

// afterLocative: one of the two words of text before at is a preposition
// of place ("dans le Calvados", "in Gütersloh").
func afterLocative(text string, at int) bool {
	return slices.ContainsFunc(strings.Fields(lastWords(fold.String(text[:at]), 2)), func(w string) bool { return locatives[w] })
}

// companyTitle: the title tells of a firm hit ("Clacton engineering firm
// hit by cyber attack", "Auch Lübbener Kühlspedition von Hackern
// erpresst") and names no local authority by its kind unmarked: a town
// it names is where the firm is.
func (an *analysis) companyTitle() bool {
	t := an.folded[0]
	if !companyNouns.in(t) || itProvider.in(t) || municipal.in(t) && !mentionMarkers.in(t) {
		return false // a firm that runs the councils' computers, or hit with a town hall
	}
	return !slices.ContainsFunc(an.bodies[0], func(b body) bool { return b.named.Anchor != "" && !b.Marked && b.Kind.InScope() })
}

// companyNouns name a firm.
var companyNouns = words("entreprise", "societe", "firm", "company", "business", "imprimerie", "laiterie", "usine", "pme",
	"transporteur", "unternehmen", "firma", "*spedition", "betrieb", "azienda", "impresa", "ditta", "empresa", "compania",
	"fabrica", "bedrijf", "onderneming", "fabriek", "gmbh", "ltd", "sarl", "spa", "srl", "bv",
	// compounds and trades: "Familienunternehmen", "Landtechnik-Hersteller", "Landtechnik-Händler"
	"*unternehmen", "*hersteller", "*handler", "manufacturer",
	"retailer", "dealer", "fabricant", "produttore", "fabricante", "fabrikant",
	// trades a local paper names its firms by: "Quévy : une brasserie à l'arrêt", "transportbedrijf uit Zundert"
	"brasserie", "brewery", "brauerei", "birrificio", "cerveceria", "brouwerij", "transportbedrijf", "*fabrik",
	"boulangerie", "bakery", "backerei", "supermarche", "supermarket", "fromagerie", "scierie", "sawmill", "winery", "vineyard",
	"logisticien", "logistics", "cooperative", "cooperativa", "bodega")

// incidents finds the attacks the article reports: each group is a
// victim, then the bodies hit with it; each span, the sentences that tell
// its attack.
func (an *analysis) incidents() (groups [][]body, spans [][]int) {
	plural := pluralAttacks.in(an.folded[0])
	if plural {
		if groups, spans = an.roundup(); len(groups) > 1 {
			return groups, spans // "Councils under siege: an autumn of attacks": a round-up when its paragraphs tell two attacks or more
		}
	}
	v := an.titleVictims()
	if groups, spans := an.listedAttacks(); len(groups) > 0 && (len(v) == 0 || hasVictim(groups, v[0].key)) {
		if rg, rs := an.roundup(); len(rg) > len(groups) && covers(rg, groups) {
			return rg, rs // its paragraphs tell one more: "c'est au tour de Mendrisio", under its heading
		}
		return groups, spans // the title's victim, if it names one, among attacks its sentences list
	}
	if len(v) > 0 {
		if rg, rs := an.reviewOf(v); len(rg) > 0 {
			return rg, rs
		}
		return [][]body{v}, [][]int{an.mainSpan()}
	}
	groups, spans = an.roundup()
	if len(groups) > 0 || !an.titleAttack() && (an.elapsed() == 0 || an.sinceAt > 0 || !an.cyber) {
		return groups, spans // but "Haut-Béarn : sept semaines après, la CCHB reconstruit son réseau" counts from an attack its lead tells
	}
	v = an.leadVictim(2)
	if len(v) == 0 {
		v = an.regionVictim()
	}
	if len(v) == 0 {
		v = an.dominantVictim()
	}
	if len(v) == 0 {
		v = an.followedVictim()
	}
	if len(v) > 0 { // one attack, its victim named in the lead only, or named throughout
		return [][]body{v}, [][]int{an.mainSpan()}
	}
	return nil, nil
}

// reviewOf: a year's review, or a piece whose title or lead counts its
// attacks, tells each in a paragraph of its own; when the title's victim
// v is one of them, the others are reported too ("Jahresrückblick 2024:
// Wenn das Rathaus plötzlich offline ist. … Ein Blick zurück auf vier
// Fälle", the town hall being the first told).
func (an *analysis) reviewOf(v []body) ([][]body, [][]int) {
	n, isCounted := an.countedAttacks()
	if !isCounted && !an.looksBack() {
		return nil, nil
	}
	rg, rs := an.roundup()
	if covers(rg, [][]body{v}) {
		return rg, rs
	}
	if len(rg) == 0 || isCounted && len(rg) >= n {
		return nil, nil
	}
	span := an.mainSpan()
	if v[0].sent > 0 {
		span = an.paragraph(v[0].sent)
	}
	return append([][]body{v}, rg...), append([][]int{span}, rs...) // the lead's victim, told in words the paragraphs' reading misses ("L'année avait à peine commencé que le conseil départemental…")
}

// plannedOutage: the title announces an outage, and neither it nor the
// lead names an attack ("website knocked offline by flood of traffic"
// over "a distributed denial-of-service attack" is one).
//
// A title that names no attack over a lead that gives planned works or an
// exercise as the cause ("Neufchâteau : le site de la ville indisponible
// jusqu'à jeudi" over "La mairie migre ses outils informatiques", "…
// probt den Ernstfall"), or an attack set aside for another cause
// (leadSetsAside), is one too.
func (an *analysis) plannedOutage() bool {
	if an.titleDenies() {
		return true
	}
	title := strings.ReplaceAll(an.folded[0], "under fire", "") // "local authorities under fire": attacked, not burning
	planned := plannedWords.in(title) || outageCauses.in(title) || trainingWords.in(title) && !fakeWords.in(title) ||
		slices.ContainsFunc(an.lead(), func(i int) bool { return leadWorks.in(an.folded[i]) }) || an.leadSetsAside()
	return planned && !slices.ContainsFunc(an.lead(), an.undeniedAttack)
}

// leadSetsAside: the lead tells an attack only as a fear or a rumour, and
// gives another cause ("Les agents ont d'abord craint une attaque
// informatique. Il s'agissait en fait d'une coupure de courant."); a
// "blackout informatico" alone is an outage, not its cause.
func (an *analysis) leadSetsAside() bool {
	lead := an.lead()
	return slices.ContainsFunc(lead, func(i int) bool { return i > 0 && otherCauses.in(an.folded[i]) }) &&
		slices.ContainsFunc(lead, func(i int) bool { return i > 0 && an.attackIn(i) && !an.undeniedAttack(i) })
}

// unexplainedOutage: the title tells an outage by a fault whose cause it
// does not give ("un guasto ai server"), nothing planned, the title and
// lead no other cause, and no attack denied: the outage may be the first
// days of an attack the body has not yet owned to.
func (an *analysis) unexplainedOutage() bool {
	if !unexplained.in(an.folded[0]) || plannedWords.in(an.folded[0]) || an.titleDenies() || an.statistics() {
		return false
	}
	return !slices.ContainsFunc(an.lead(), func(i int) bool { return otherCauses.in(an.folded[i]) || an.deniesAttack(i) })
}

var unexplained = words(unexplainedOutages...)

// errorWords name a fault of one's own: "errore durante l'aggiornamento".
var errorWords = words("error", "errore", "erreur", "fehler", "fout", "fallo", "bug", "glitch", "fuori uso") // "panne" is an outage cause

// titleDenies: the title denies an attack and tells an outage or its cause
// ("Sito del Comune fuori uso per due giorni: «Nessun attacco, errore
// durante l'aggiornamento»"): the guesses its lead reports ("hacker,
// virus, riscatto") are no attack.
func (an *analysis) titleDenies() bool {
	t := an.folded[0]
	denied := func(m []int) bool { return around(t, m).negated() }
	return (slices.ContainsFunc(attackWords.all(t), denied) || slices.ContainsFunc(plainAttack.all(t), denied)) &&
		(outageCauses.in(t) || plannedWords.in(t) || unreachable.in(t) || outageWords.in(t) || errorWords.in(t) ||
			impacts["services-suspended"].in(t) || servicesCut.in(t)) ||
		denials.in(t) && rumourWords.in(t) // "Gemeente Veere ontkent geruchten over gijzeling van systemen"
}

// rumourWords name talk of an attack that may not have happened: the
// rumours attackDenials sets aside, and Italian's "voci" and
// "indiscrezioni", too common a word to set a cause aside.
var rumourWords = words(append([]string{"voci", "indiscrezion*"}, rumours...)...)

// rumours name talk: "Gerüchte", "rumeurs", "rumores".
var rumours = []string{"gerucht*", "rumeur*", "rumour*", "rumor*", "rumores"}

// servicesCut say services were cut off: "services municipaux coupés".
var servicesCut = words("coupe", "coupes", "coupee", "coupees", "gestort", "verstoord", "interrott*", "interrumpid*", "unterbrochen")

// statistics: the title and lead tell a report's figures on attacks
// against a kind of body ("Lagebild: Kommunen bleiben beliebtes Ziel", "im
// Schnitt zwei erfolgreiche Ransomware-Angriffe pro Monat", "Council cyber
// incidents rose by a third, report finds"), naming no body in the title:
// the bodies it cites are examples, mentioned.
func (an *analysis) statistics() bool {
	lead := an.early(2)
	if len(an.titleVictims()) > 0 || !slices.ContainsFunc(lead, func(i int) bool { return namesReport(an.folded[i]) }) {
		return false
	}
	return slices.ContainsFunc(lead, func(i int) bool { return aggregates.in(an.folded[i]) || percentRe.MatchString(an.sents[i].Text) })
}

// aggregates are a report's figures: averages, rises, dozens.
var aggregates = words("im schnitt", "durchschnittlich", "on average", "en moyenne", "in media", "de media", "gemiddeld",
	"dutzende", "dozens", "des dizaines", "decine", "decenas", "tientallen", "rose by", "up by", "a rise of", "en hausse de",
	"hausse de", "gestiegen", "zugenommen", "aumentat*", "in aumento", "aumento del", "han aumentado", "gestegen", "toegenomen",
	"prozent", "per cent", "percent", "pour cent", "per cento", "por ciento", "procent")

var percentRe = regexp.MustCompile(`\d\s?%`)

// undeniedAttack: sentence i names an attack and denies none ("Il ne
// s'agit pas d'une cyberattaque", "Ein Hackerangriff wird ausgeschlossen"
// deny).
func (an *analysis) undeniedAttack(i int) bool {
	f := an.folded[i]
	return an.attackIn(i) && !slices.ContainsFunc(attackWords.all(f), func(m []int) bool { w := around(f, m); return w.negated() || w.supposed() }) &&
		!an.gainsaid(i)
}

// gainsaid: the sentence after i opens by denying what i told ("Sur les
// réseaux sociaux, certains ont aussitôt évoqué une cyberattaque. Il n'en
// est rien.").
func (an *analysis) gainsaid(i int) bool {
	if i+1 >= len(an.folded) {
		return false
	}
	return slices.ContainsFunc(gainsayings.all(an.folded[i+1]), func(m []int) bool { return m[0] == 0 }) || allClear.in(an.folded[i+1])
}

// allClear, anywhere in the sentence after one that tells an attack,
// call it off: "Viele Bürger vermuteten einen Cyberangriff. Die
// Verwaltung gibt Entwarnung."
var allClear = words("entwarnung", "fausse alerte", "false alarm", "falso allarme", "falsa alarma", "vals alarm", "loos alarm", "alarme falso")

// gainsayings open a sentence that denies the one before.
var gainsayings = words("il n en est rien", "il n en etait rien", "rien de tel", "that was not the case",
	"this was not the case", "dem ist nicht so", "dem war nicht so", "das ist nicht der fall", "das war nicht der fall",
	"non e cosi", "non era cosi", "non e il caso", "nada de eso", "no es el caso", "no fue asi", "niets is minder waar",
	"dat is niet zo", "dat was niet zo", "dat bleek niet zo",
	// "Op sociale media circuleerde een bericht … Dat klopt niet."
	"dat klopt niet", "that is not true", "that s not true", "this is not true", "c est faux", "das stimmt nicht",
	"non e vero", "eso no es cierto", "no es cierto", "isso nao e verdade", "nao e verdade")

// outageCauses are what takes services offline that is no attack: a fire,
// a power cut, a provider's fault, or an outage whose cause is not given.
var outageCauses = words(append(slices.Clone(unexplainedOutages), otherCauseWords...)...)

// unexplainedOutages name an outage without its cause: the outage
// itself, or a fault (faultWords).
var unexplainedOutages = append([]string{"outage*", "storing*", "storung*"}, faultWords...)

// faultWords name a fault of the systems, a cause no attack is.
var faultWords = []string{"panne*", "guasto", "averia", "fault", "faults", "hardware failure",
	"technical failure", "defaillance technique", "technischer defekt", "fallo tecnico", "falla tecnica"}

// otherCauses name what took services offline, other than an attack.
var otherCauses = words(otherCauseWords...)

var otherCauseWords = []string{"incendie*", "coupure de courant", "coupure d electricite", "inondation*", "fire",
	// the weather: "Storm Debi leaves Birr council offices without power"
	"storm", "storms", "tempete", "unwetter", "tempesta", "temporal", "noodweer", "weather", "without power",
	"blaze", "power cut*", "power outage*", "blackout", "flood*", "stroomstoring*",
	"stromausfall", "hochwasser", "incendio", "alluvione", "apagon",
	"inundacion*", "corte de luz", "stroompanne*", "stroomuitval", "stroomonderbreking*", "brand",
	"technisch defect", "defect*", "defekt*", "hardwaredefekt*", "interruption de courant", "power failure", "stromunterbrechung", "interruzione di corrente",
	"cortocircuito", "apagado",
	// a cable cut by works: "un câble arraché en cause", "Bagger durchtrennt Glasfaserkabel"
	"cable arrache", "cable sectionne", "fibre sectionnee", "fibre arrachee", "fibre optique sectionnee", "pelleteuse",
	"cable cut", "severed cable", "cable was cut", "cut cable", "digger", "kabelschaden", "bagger", "glasfaserkabel durchtrennt",
	"kabel durchtrennt", "cavo tranciato", "cavi tranciati", "escavatore", "ruspa", "cable cortado", "excavadora",
	"kabelbreuk", "graafmachine", "kabel doorgeknipt",
	// weather: "Un violent orage a frappé Orthez", "La foudre, tombée sur un transformateur"
	"orage*", "foudre", "tempete*", "thunderstorm*", "lightning", "gewitter", "unwetter", "blitzeinschlag", "temporale",
	"fulmine", "tormenta", "rayo", "onweer", "blikseminslag",
	// Portuguese: "Apagão deixa serviços da Câmara offline", "falha geral de energia"
	"apagao", "falha de energia", "falha geral de energia", "falha eletrica", "corte de energia", "corte de luz", "inundacao*", "tempestade"}

// attackIn reports whether sentence i names an attack (remembered: it is
// asked often).
func (an *analysis) attackIn(i int) bool {
	if an.attackMemo == nil {
		an.attackMemo = make([]int8, len(an.sents))
	}
	if an.attackMemo[i] == 0 {
		an.attackMemo[i] = -1
		if an.readAttack(i) {
			an.attackMemo[i] = 1
		}
	}
	return an.attackMemo[i] == 1
}

// readAttack: sentence i names an attack, or tells one by the answer to
// it (responded).
func (an *analysis) readAttack(i int) bool {
	return an.namesAttack(i) || an.responded(i)
}

// responded: with systems down, sentence i tells how the body answered an
// intrusion (responseWords), and no other cause. It says there was an
// attack, not when: what is done about it comes after.
func (an *analysis) responded(i int) bool {
	f := an.folded[i]
	return an.itDown && responseWords.in(f) && !faultCauses.in(f) && !plannedWords.in(an.folded[0]) &&
		!slices.ContainsFunc(an.lead(), func(k int) bool { return faultCauses.in(an.folded[k]) })
}

// faultCauses name a cause of an outage other than an attack: a fault, a
// fire, the weather. "Criminal interference is behind the outage" names
// an outage, not its cause.
var faultCauses = words(append(slices.Clone(faultWords), otherCauseWords...)...)

// namesAttack: sentence i names an attack in words.
func (an *analysis) namesAttack(i int) bool {
	f := an.folded[i]
	if assertedAttack(attackWords, f) || an.cyber && assertedAttack(breakIns, f) || (an.cyber || i == 0 && counted(f) || itSystems.in(f)) && assertedAttack(plainAttack, f) ||
		(an.cyber || itSystems.in(f) || ransomCue.in(f) || near(f, intruders, theftVerbs, 3)) && dataTaken(f) || effectWords.in(f) || dataLocked(f) || defaced(f) || flooded(f) || leakTold(f) ||
		(an.cyber || intruders.in(f)) && accountTaken(f) || // "lost residents' data after an employee's email account was compromised"; "la violazione delle caselle di posta … un intruso"
		mailFromTakenAccount(f) ||
		near(f, hijackWords, accountNouns, 4) || // "Postfach gekapert": an account seized, whatever else the text says
		near(f, intruders, itSystems, 5) || // "when criminals locked the borough's network"
		near(f, lockVerbs, intruders, 3) || // "the criminals who locked its files"
		credentialsGiven(f) || credentialsTaken(f) || exploited(f) || gotAccess(f) || // "Quienes introdujeron sus credenciales en la página falsa dieron acceso a los delincuentes"
		an.itDown && assertedAttack(agencyWords, f) ||
		i == 0 && an.cyber && counted(f) && assertedAttack(eventWords, f) { // "trois collectivités frappées en quinze mois"
		return true // "rien à voir avec un piratage", "geen hack": denied
	}
	for _, c := range attackKinds {
		if assertedCue(c, f) || queries.in(f) && undeniedCue(c, f) {
			return true // "non ha voluto chiarire se si tratti di un attacco con richiesta di riscatto": an attack whose kind is not told
		}
	}
	return false
}

// lockVerbs lock what they act on: with its authors, an attack.
var lockVerbs = words("locked", "verrouille*", "gesperrt", "sperrten", "bloccat*", "bloquead*", "vergrendeld", "versleuteld",
	"encrypted", "chiffre*", "verschlusselt*", "cifrat*")

// undeniedCue: the sentence holds one of the cue's words that no negation
// denies, asserted or supposed.
func undeniedCue(c cue, folded string) bool {
	for _, m := range c.all(folded) {
		if !around(folded, m).negated() {
			return true
		}
	}
	return false
}

// assertedAttack: the sentence names an attack that it does not deny
// right before ("pas une cyberattaque", "geen hack", "rien à voir avec un
// piratage"); "betaalt geen losgeld aan de hackers" denies the ransom only.
func assertedAttack(c cue, folded string) bool {
	for _, m := range c.all(folded) {
		before := folded[:m[0]]
		if !negators.in(lastWords(before, 2)) && !attackDenials.in(lastWords(before, 6)) {
			return true
		}
	}
	return false
}

// attackDenials say what follows is not the cause.
var attackDenials = words(append([]string{"rien a voir", "nothing to do with", "nichts zu tun", "nulla a che fare", "nada que ver",
	"niets te maken", "not caused by", "pas due a", "pas du a", "ni une",
	// "the scams were not directly connected to the recent cyber attack on …"
	"not connected", "not directly connected", "not linked", "unrelated to", "no link", "sans lien", "aucun lien",
	"pas lie", "pas liee", "pas lies", "pas liees", "kein zusammenhang", "keinen zusammenhang", "nicht im zusammenhang",
	"nessun legame", "nessun collegamento", "non collegat*", "sin relacion", "ninguna relacion", "no relacionad*",
	"geen verband", "los van", "no hay relacion", "non c e legame", "es gibt keinen zusammenhang",
	// "keine Hinweise auf Angriff", "Gerüchte über Hacker weist die Stadt zurück": no attack asserted
	"keine hinweise", "kein hinweis", "no sign", "no evidence", "aucun signe", "aucune trace", "aucun indice", "nessun segno",
	"nessun indizio", "ningun indicio", "geen aanwijzing*", "geen spoor", "geen sporen", "no trace", "keine spur*", "nessuna traccia",
	"ningun rastro", "ninguna huella",
	// "Il ne s'agit en aucun cas d'une attaque"
	"en aucun cas", "in no way", "keinesfalls", "auf keinen fall", "in nessun caso", "en ningun caso", "in geen geval"}, rumours...)...)

// lead is the title and the first paragraph (the standfirst, usually).
func (an *analysis) lead() []int { return an.early(1) }

// early lists the title and the sentences of the first n paragraphs of
// prose: a kicker or a byline before them does not push the lead out.
func (an *analysis) early(n int) []int { return an.earlyProse(n) }

// earlyProse lists the title and the sentences of the first n prose
// paragraphs, with the kickers and bylines among them.
func (an *analysis) earlyProse(n int) []int {
	var out []int
	seen, last := 0, 0
	for i, s := range an.sents {
		if i > 0 && s.Paragraph != last && !s.Aside {
			seen++ // a prose paragraph; kickers and bylines do not count
		}
		last = s.Paragraph
		if seen > n {
			break
		}
		out = append(out, i)
	}
	return out
}

// titleVictims returns the bodies the title reports as hit: those it names
// that no marker sets aside ("après la mairie"), when the title or the
// lead names an attack; else, for a title that names an attack and a
// commune only ("Cyberangriff auf Marseille"), that commune.
func (an *analysis) titleVictims() []body {
	if counted(an.folded[0]) {
		return nil // "Zwei Angriffe auf Verwaltungen in der Region": a round-up, each told in its paragraphs
	}
	if !an.titleAttack() && (trainingWords.in(an.folded[0]) || !slices.ContainsFunc(an.earlyProse(3)[1:], an.currentAttack) && !an.followUp()) {
		return nil
	}
	var out []body
	joined := an.titleJoinsPlaces()
	for _, b := range an.bodies[0] {
		if joined && b.Anchor == "" {
			continue // "Leicester and the Western Isles": a round-up, each told in its paragraphs
		}
		if b.named.Proper == "" && yearReview.in(an.folded[0]) {
			continue // "Jahresrückblick: Wenn im Rathaus die Bildschirme schwarz bleiben": any town hall
		}
		if b.named.Proper == "" && b.Place.Name == "" && !b.Kind.InScope() {
			continue // "Deux mille agents à l'école des faux courriels": no school of any place
		}
		if !b.Marked && (b.Kind != vigie.VictimOther || an.impersonated()) && !slices.ContainsFunc(out, func(o body) bool { return o.key == b.key }) {
			out = append(out, b)
		}
	}
	if len(out) == 0 && joined {
		return nil // "an autumn of attacks from the Cotswolds to the Jura": a round-up, each told in its paragraphs
	}
	if len(out) == 0 && !an.titleNamesOutOfScope(false) { // "Gubbio, colpita anche una clinica privata": the town is where the clinic is
		named := an.namedInTitle()
		if local := slices.DeleteFunc(slices.Clone(named), func(b body) bool { return !b.Kind.InScope() }); len(local) > 0 {
			named = local // "l'administration du district" and the district's university: the authority
		}
		switch {
		case len(named) == 1:
			out = named
		case len(named) > 1 && slices.ContainsFunc(named, func(b body) bool { return b.Place.Name != named[0].Place.Name }):
			return nil // several bodies of several places: a round-up, each in its paragraph
		}
	}
	if len(out) == 0 {
		out = an.titleKindNamed()
	}
	n, leadCounts := an.countedAttacks()
	leadCounts = leadCounts && n > 1 && !an.titleAttack() // "three authorities in three countries reported cyber incidents"
	if len(out) == 0 && (leadCounts || an.overview()) {
		if groups, _ := an.roundup(); len(groups) > 1 {
			return nil // a round-up, each in its paragraph: "From Zeeland to Lower Saxony" names no village of Zeeland; "tour d'horizon des attaques"
		}
	}
	if len(out) == 0 && !an.attackIn(0) && !leadCounts {
		out = an.leadVictim(2)
	}
	if len(out) == 0 && !an.attackIn(0) && !leadCounts {
		out = an.regionVictim() // "Saarland: Landesportal nicht erreichbar", then "die Landesregierung"
	}
	// Past the test above, the title or the lead tells of an attack:
	// "Bürgerämter in Frankfurt öffnen wieder" over "nach dem
	// Trojaner-Befall der vergangenen Woche" is news of the city's attack.
	if len(out) == 0 && an.focus != nil && an.titleNamesFocus() && an.leadSpeaksOfTheCommune() && !an.titleJoinsPlaces() && !an.titleNamesOutOfScope(false) {
		out = append(out, an.bareTown(an.focus.Name, *an.focus, 0))
	}
	if len(out) == 0 && an.titleAttack() && !an.titleJoinsPlaces() && !an.titleNamesOutOfScope(true) {
		out = an.titleAuthority()
	}
	return an.sharedNetworkFirst(sortVictims(an.whereOnly(out)))
}

// whereOnly: a title's one victim whose name the text never writes, or
// that holds its town's in part only, while the lead names another
// authority hit, said where the victim is: "Hampshire council website
// defaced" over "Test Valley Borough Council's site", "Costa Blanca town"
// over "The town hall of Xàbia, on Spain's Costa Blanca".
func (an *analysis) whereOnly(out []body) []body {
	if len(out) != 1 || !out[0].Kind.InScope() || out[0].Place.Name == "" {
		return out // "Hospital Pays $55K Ransomware Demand": a hospital says no place
	}
	name := out[0].named.Proper
	if name == "" || an.inBody(name) && !partOf(out[0]) {
		return out
	}
	if v := an.leadVictim(2); len(v) == 1 && v[0].key != out[0].key && v[0].Kind.InScope() {
		return v
	}
	return out
}

// partOf: the body's name holds its town's in part only, a landmark that
// ends or begins with it ("Costa Blanca town" read as Blanca).
func partOf(b body) bool {
	name, town := fold.String(b.named.Proper), fold.String(b.Place.Name)
	return town != "" && name != town && strings.Contains(" "+name+" ", " "+town+" ") && !strings.Contains(fold.String(b.Official), name)
}

// titleNamesOutOfScope: the title names a body out of scope by its kind
// ("Una empresa cerámica de Talavera, víctima de un secuestro de datos",
// "Gubbio, colpita anche una clinica privata"): the place it names is
// where that body is, not an authority hit. Without companies, when a
// company may be the authorities' provider ("des communes touchées via
// leur prestataire").
func (an *analysis) titleNamesOutOfScope(companies bool) bool {
	return an.namesOutOfScope(0, companies)
}

// namesOutOfScope: sentence i names a body out of scope by its kind,
// resolved or not ("un hôpital andalou, à Vélez-Málaga"); a company counts
// when companies says so.
func (an *analysis) namesOutOfScope(i int, companies bool) bool {
	return slices.ContainsFunc(findNamed(an.sents[i].Text, an.lang), func(n named) bool {
		return !n.AnchorKind.InScope() && n.AnchorKind != vigie.VictimOther && (companies || n.AnchorKind != vigie.VictimCompany)
	})
}

// titleAuthority: a title that tells of an attack on a name the
// registries know as an authority, and no commune has ("Kreishaushalt:
// Cochem-Zell zahlt Millionen für die Folgen des Hackerangriffs", "A year
// after the cyber attack, Medway counts a £1.9m bill"), tells of that
// authority, as "Cyberangriff auf Marseille" tells of the commune.
func (an *analysis) titleAuthority() []body {
	if b, ok := an.authorityNamedIn(an.sents[0].Text, ""); ok {
		return []body{b}
	}
	return nil
}

// authorityNamedIn is the first authority text names by its registry
// name alone, not a commune's ("Inverclyde", "Derbyshire Dales"), of
// kind only ("" for any).
func (an *analysis) authorityNamedIn(text string, only vigie.VictimKind) (body, bool) {
	toks := tokenize(text)
	for i := 0; i < len(toks); i++ {
		if !toks[i].Upper || toks[i].Punct {
			continue
		}
		last := min(properEnd(toks, i), i+5)
		if last+1 < len(toks) && andWords[toks[last].Fold] && toks[last+1].Upper && !toks[last+1].Punct {
			last = properEnd(toks, last+1) // "Argyll and Bute"
		}
		for end := last; end > i; end-- {
			name := text[toks[i].Start:toks[end-1].End]
			a, ok := an.g.AuthorityNamed(name)
			if !ok || only != "" && a.Kind != only {
				continue
			}
			if _, commune := an.commune(name, ""); commune {
				continue
			}
			b := authorityBody(body{named: named{AnchorKind: a.Kind, Proper: name, Written: name, Start: toks[i].Start, End: toks[end-1].End},
				Body: vigie.Body{Name: name}}, a)
			b.key = identity(b.Body)
			return b, true
		}
	}
	return body{}, false
}

// anniversary: the title or the lead counts the time since the attack it
// names ("Un an après la cyberattaque"), and no other sentence of the lead
// tells an attack as news nor one hit again: the attack the lead recalls
// is the article's own.
func (an *analysis) anniversary() bool {
	return an.elapsed() > 60*24*time.Hour && an.sinceNamed && !an.hitAgain() &&
		!slices.ContainsFunc(an.earlyProse(2)[1:], func(i int) bool {
			d, _ := an.elapsedIn(i)
			return i != an.sinceAt && d == 0 && an.currentAttack(i) // "Fast auf den Tag genau drei Jahre nach der Attacke … hat der Prozess begonnen" counts from it too
		})
}

// followUp: the title names a body and the lead names an attack on it,
// however old ("Vallée de la Bruche : des données d'habitants retrouvées
// en ligne" over "issus de la cyberattaque de novembre dernier contre la
// communauté de communes"): the article tells what came of that attack.
func (an *analysis) followUp() bool {
	for _, i := range an.earlyProse(3)[1:] {
		if !an.attackIn(i) || an.sents[i].Question {
			continue
		}
		for _, b := range an.bodies[i] {
			if !b.Marked && b.Kind.InScope() && slices.ContainsFunc(an.bodies[0], func(t body) bool { return t.key == b.key && !t.Marked }) {
				return true
			}
		}
	}
	return false
}

// sharedNetworkFirst: a title that tells an intercommunality and one of
// its communes hit together ("l'intercommunalité et la mairie
// paralysées") tells of the network they share, which the
// intercommunality runs: it is the victim, the commune also affected;
// unless the title names the commune first ("la ville et
// l'agglomération privées d'informatique").
func (an *analysis) sharedNetworkFirst(bs []body) []body {
	if len(bs) < 2 || bs[0].Kind != vigie.VictimCommune || bs[0].Place.INSEE == "" {
		return bs
	}
	e, ok := an.g.EPCIOf(bs[0].Place.INSEE)
	if !ok {
		return bs
	}
	for k, b := range bs[1:] {
		if b.Kind == vigie.VictimIntercommunalty && b.Official == officialEPCI(e.Name) && (b.sent != bs[0].sent || b.Start < bs[0].Start) {
			out := append([]body{b}, bs[:k+1]...)
			return append(out, bs[k+2:]...)
		}
	}
	return bs
}

// titleAttack: the title names an attack that is not set aside as context
// ("après l'attaque contre l'hôpital, la Ville sensibilise ses agents").
func (an *analysis) titleAttack() bool {
	if !an.attackIn(0) {
		return false
	}
	f := an.folded[0]
	if an.cyber && dataTaken(f) || dataLocked(f) || defaced(f) || flooded(f) {
		return true // "Gestolen documenten van Friese gemeente online gezet", "Iemand heeft onze bestanden gegijzeld", "website replaced with political slogans"
	}
	var spans [][]int
	spans = append(spans, attackWords.all(f)...)
	if an.cyber {
		spans = append(spans, plainAttack.all(f)...)
	} else if counted(f) {
		spans = append(spans, plainAttack.all(f)...) // "Zwei Angriffe auf Verwaltungen in der Region": a round-up's title
	}
	if an.cyber && counted(f) {
		spans = append(spans, eventWords.all(f)...) // "trois collectivités frappées en quinze mois"
	}
	for _, c := range attackKinds {
		spans = append(spans, c.all(f)...)
	}
	for _, m := range spans {
		if at := lastWords(f[:m[0]], 3) + " " + firstWords(f[m[1]:], 3); riskWords.in(at) && !eventWords.in(f) || trainingWords.in(at) {
			continue // "Attack Risk in Barcelona", "vulnerable to attack", "stages mock ransomware attack": no attack happened
		}
		// "deux mois après la cyberattaque" follows up the article's own
		// attack; "après l'attaque contre l'hôpital" recalls another's.
		if !mentionMarkers.in(lastWords(f[:m[0]], 3)) || !targets.in(firstWords(f[m[1]:], 2)) {
			return true
		}
	}
	return false
}

// riskWords say an attack may happen, not that it did.
var riskWords = words("risk", "risks", "at risk", "vulnerable", "threat", "threats",
	"risque", "risques", "menace", "menaces", "vulnerable*", "risiko", "risiken", "bedrohung", "rischio", "rischi",
	"minaccia", "riesgo", "riesgos", "amenaza")

// riskOnly: the sentence speaks of a risk or a threat, and tells nothing
// that happened ("ransomware remains the most acute threat").
func riskOnly(folded string) bool { return riskWords.in(folded) && !eventWords.in(folded) }

// targets introduce whom an attack hit.
var targets = words("contre", "against", "on", "auf", "gegen", "contro", "contra", "tegen", "sur", "visant", "targeting")

// currentAttack: sentence i tells of an attack as news, not as a memory
// ("fin avril, la mairie avait dû se passer d'informatique…"): no
// pluperfect or recall words, and no date more than a month old.
func (an *analysis) currentAttack(i int) bool {
	f := an.folded[i]
	if !an.attackIn(i) || pastMarkers.in(f) || recalled(f) || riskOnly(f) || lastYear.in(f) || an.yearsBack(i) > 0 {
		return false // "… tot de politiezone Zwijndrecht vorig jaar", "Van Willebroek in 2020"
	}
	for _, e := range an.datesIn(i) {
		if an.ref.Sub(e.Date.Time) > 31*24*time.Hour {
			return false
		}
	}
	return true
}

// yearReview are the words of a title that looks back on a year's
// attacks ("a year of cyber attacks", "2023, l'année où…",
// "Jahresrückblick"): the attacks of that year are its news.
var yearReview = words("a year of", "year in review", "in review", "review of the year", "the year", "l annee", "retour sur l annee",
	"jahresruckblick", "ruckblick", "das jahr", "el ano", "l anno", "anno nero", "jaaroverzicht", "het jaar",
	"un anno di", "une annee de", "un ano de", "ein jahr voller", "een jaar vol", // "Comuni nel mirino: un anno di attacchi"
	// and half of one: "Halbjahresbilanz: Kommunen in ganz Europa im Visier von Hackern"
	"jahresbilanz", "halbjahresbilanz", "halbjahresruckblick", "half year review", "half yearly review", "premier semestre", "primo semestre",
	"primer semestre", "eerste halfjaar", "halfjaaroverzicht")

// attackSentences counts the sentences that name an attack in words: a
// look back on the year whose lead names none ("Jahresrückblick: Wenn die
// Verwaltung offline geht") tells its attacks further down.
func (an *analysis) attackSentences() int {
	n := 0
	for i := range an.sents {
		if an.namesAttack(i) {
			n++
		}
	}
	return n
}

// seasonal: the title looks back on a season's or the last months'
// attacks ("Cyberattaques : un été noir pour les collectivités
// bretonnes", "Three councils hit in recent months").
func (an *analysis) seasonal() bool {
	t := an.folded[0]
	return (pluralAttacks.in(t) || blackPeriod(t)) && lastMonths.in(t)
}

// retold: the paragraph opening at sentence i tells, as its own, the
// attack on a body a paragraph listing several named first (listed):
// that body and the index of its group.
func (an *analysis) retold(i int, town body, bare bool, groups [][]body, listed map[int]bool) (int, body, bool) {
	if len(listed) == 0 {
		return -1, body{}, false // most round-ups
	}
	v, ok := an.paragraphVictim(i)
	if !ok && bare {
		v, ok = town, true
	}
	if !ok {
		return -1, body{}, false
	}
	k := slices.IndexFunc(groups, func(g []body) bool { return g[0].key == v.key })
	v.sent = max(v.sent, i) // a town read bare is at the sentence that names it
	return k, v, k >= 0 && listed[k]
}

// windowed: the title or the lead set the attacks they count in a span
// of time ("Three councils, one spring", "Twee overheden in één week",
// "2024, année noire"): an older one told below is an example.
func (an *analysis) windowed() bool {
	if yearRe.MatchString(an.sents[0].Text) {
		return true
	}
	spanned, _ := an.leadSpan()
	return spanned || slices.ContainsFunc(an.lead(), func(i int) bool { return lastMonths.in(an.folded[i]) })
}

// leadSpan reads the spans of time the title and the lead count their
// attacks over, a unit after a word opening a span (spanOpener):
// whether they give one, and how many days the longest counted one
// lasts ("two years of attacks on town halls": 730; "this week": none
// counted, 0).
func (an *analysis) leadSpan() (spanned bool, days int) {
	for _, i := range an.lead() {
		toks := tokenize(an.sents[i].Text)
		for k := 1; k < len(toks); k++ {
			u, ok := when.UnitDays(toks[k].Fold)
			if !ok || !an.spanOpener(toks[k-1].Fold) {
				continue
			}
			spanned = true
			if n, ok := when.Count(toks[k-1].Fold, an.lang); ok {
				if moreThan(toks[:k-1]) {
					n++ // "en un peu plus de trois ans": into the fourth
				}
				days = max(days, n*u)
			} else if pluralYears[toks[k].Fold] {
				days = max(days, openYears*365) // "in den vergangenen Jahren", "these past years": as many as it tells
			}
		}
	}
	return spanned, days
}

// spanOpener: a word before a unit of time makes it a span: a number
// ("in seven months", "één week") or "this", "last", "past" ("this
// week"); not "the bills arrive for years".
func (an *analysis) spanOpener(w string) bool {
	_, counts := when.Count(w, an.lang)
	return counts || spanWords[w]
}

// moreThan: the words before a count make it a floor ("plus de",
// "more than", "über", "oltre", "más de", "ruim").
func moreThan(before []token) bool {
	var ws []string
	for _, t := range before[max(0, len(before)-2):] {
		ws = append(ws, t.Fold)
	}
	return moreThanWords.in(strings.Join(ws, " "))
}

var moreThanWords = words("plus de", "plus d", "more than", "over", "uber", "mehr als", "oltre", "piu di", "mas de", "ruim", "meer dan")

// pluralYears are years counted without a number: a span as long as the
// text makes it, openYears at most.
var pluralYears = map[string]bool{"years": true, "annees": true, "ans": true, "jahre": true, "jahren": true, "anni": true,
	"anos": true, "jaren": true}

const openYears = 10

var spanWords = map[string]bool{"a": true, "an": true, "this": true, "last": true, "past": true, "cette": true, "ce": true,
	"diese": true, "dieser": true, "diesem": true, "letzten": true, "vergangenen": true, "questa": true, "questo": true,
	"ultimi": true, "ultime": true, "esta": true, "este": true, "ultimos": true, "ultimas": true, "deze": true, "dit": true,
	"afgelopen": true, "derniers": true, "dernieres": true}

// windowYears is how many years the span the title or the lead count
// their attacks over lasts, rounded up ("two years of attacks on town
// halls": 2; "in seven months": 1); 0 when they count over none.
func (an *analysis) windowYears() int {
	_, days := an.leadSpan()
	return (days + 364) / 365
}

// lastMonths name a season or the months just gone, whose attacks a
// title counts back over.
var lastMonths = words("ete", "summer", "sommer", "estate", "verano", "zomer", "automne", "autumn", "herbst", "autunno", "otono",
	"najaar", "herfst", "hiver", "winter", "inverno", "invierno", "printemps", "spring", "fruhling", "fruhjahr", "primavera",
	"voorjaar", "lente", "derniers mois", "recent months", "past months", "letzten monaten", "vergangenen monaten",
	"ultimi mesi", "ultimos meses", "afgelopen maanden")

// blackYear words call a year a bad one: "2024, année noire pour les
// pouvoirs locaux".
var blackYear = words("annee noire", "black year", "schwarzes jahr", "anno nero", "ano negro", "zwart jaar", "annus horribilis")

// blackPeriod: the title calls a year or a season a bad one ("un été
// noir pour les collectivités", "a black summer for councils").
func blackPeriod(t string) bool { return blackYear.in(t) || near(t, darkWords, lastMonths, 1) }

// darkWords call a time a bad one.
var darkWords = words("noir", "noire", "black", "schwarz*", "nero", "nera", "negro", "negra", "zwart", "zwarte")

// overview: the title or the lead announces an overview of attacks ("tour
// d'horizon des attaques informatiques qui ont visé des administrations
// locales ces derniers jours", "Een overzicht."): a round-up, each attack
// in its paragraph.
func (an *analysis) overview() bool {
	return slices.ContainsFunc(an.lead(), func(i int) bool { return overviewWords.in(an.folded[i]) })
}

var overviewWords = words("tour d horizon", "overview", "round up", "roundup", "uberblick", "panoramica", "resumen", "repaso",
	"overzicht",
	// looking back on attacks: "we look back at four attacks on local authorities"
	"look back at", "looks back at", "looking back at", "blick zuruck auf", "uno sguardo indietro", "terugblik")

// looksBack: the title looks back on a year's attacks, in words
// (yearReview) or by naming attacks (or a black year) and the year just
// gone, early in the next ("Los ciberataques que marcaron 2024", in
// January 2025), or the year ending, in December. A report's figures of
// the year going ("nel 2024 raddoppiati gli attacchi", in November) are
// no look back.
func (an *analysis) looksBack() bool {
	t := an.folded[0]
	if yearReview.in(t) {
		return true
	}
	if !pluralAttacks.in(t) && !blackPeriod(t) {
		return false
	}
	if an.seasonal() {
		return true
	}
	for _, m := range yearRe.FindAllString(t, -1) {
		if y, _ := strconv.Atoi(m); y == an.ref.Year()-1 && an.ref.Month() <= time.February || y == an.ref.Year() && an.ref.Month() == time.December {
			return true
		}
	}
	return false
}

// recalled: the sentence tells of the past in a tense or words of
// recall; a pluperfect after a verb of finding or saying is no recall but
// the reported tense ("staff found that files had been copied out", "los
// técnicos descubrieron que … y que había una nota").
func recalled(folded string) bool {
	for _, m := range recallWords.all(folded) {
		if pluperfectAt(folded, m) && !reportedSpeech.in(folded[:m[0]]) && !reportedClause(folded[:m[0]]) && !questionWords.in(lastWords(folded[:m[0]], 3)) {
			return true
		}
	}
	return false
}

// questionWords open an indirect question, whose pluperfect recalls
// nothing: "la mairie n'a toujours pas dit quelle forme avait pris
// l'attaque" ("come", "como", "wie" also mean "as": "come era già
// successo" recalls).
var questionWords = words("quelle", "quel", "quelles", "quels", "comment", "pourquoi", "what", "how", "why", "welche", "welcher", "welches",
	"warum", "quale", "quali", "perche", "que tipo", "por que", "welke", "hoe", "waarom")

// recalledInMain: sentence i recalls an earlier time outside its
// relative clauses: "entdeckten die Informatiker einen Eindringling, der
// sich … Zugang verschafft hatte" tells what the intruder had done
// before he was found, no earlier attack.
func (an *analysis) recalledInMain(i int) bool {
	if !recalled(an.folded[i]) {
		return false // most sentences
	}
	text := an.sents[i].Text
	if head, _, ok := strings.Cut(text, ":"); ok && len(strings.Fields(head)) >= 5 && !recalled(fold.String(head)) {
		text = head // "la Ville de Sète recibió el 7 de octubre un correo de extorsión: los delincuentes no habían bloqueado nada": what had been done before the news
	}
	var main []string
	for _, c := range strings.Split(text, ",") {
		w := strings.Fields(c)
		if len(w) > 0 && (relativePronouns[fold.String(w[0])] || withoutClause[fold.String(w[0])]) {
			continue // "…, sans jamais dire de quelle attaque elle avait été victime"
		}
		for k := 1; k < len(w); k++ {
			if plainRelatives[fold.String(w[k])] {
				w = w[:k] // "… had to write to 2,300 residents whose details had been exposed"
				break
			}
		}
		main = append(main, strings.Join(w, " "))
	}
	return recalled(foldProse(strings.Join(main, ",")))
}

// plainRelatives open a relative clause wherever they stand: no article
// or other word is written like them.
var plainRelatives = map[string]bool{"whose": true, "which": true, "who": true, "dont": true, "cui": true, "cuyo": true,
	"cuya": true, "cuyos": true, "cuyas": true, "wessen": true, "welche": true, "welcher": true, "waarvan": true}

// withoutClause words open a clause of what was not done, whose tense
// follows the main verb's: "coupait tout …, sans jamais dire de quelle
// attaque elle avait été victime".
var withoutClause = map[string]bool{"sans": true, "without": true, "ohne": true, "senza": true, "sin": true, "zonder": true}

// relativePronouns open a relative clause, folded.
var relativePronouns = map[string]bool{"der": true, "die": true, "das": true, "welche": true, "welcher": true, "qui": true,
	"dont": true, "che": true, "cui": true, "who": true, "which": true, "quien": true}

// reportedClause: before is a verb of finding or saying, its date or its
// object in between, then its "that" ("Donegal County Council found on 9
// April that staff records had been copied").
func reportedClause(before string) bool {
	ws := strings.Fields(before)
	for k := len(ws) - 1; k >= 0; k-- {
		if !thatWords[ws[k]] {
			continue
		}
		for _, w := range ws[max(0, k-6):k] {
			if reportVerbs.in(w) {
				return true
			}
		}
		return false // the nearest "that" decides
	}
	return false
}

// reportedPhrases are the verbs of finding or saying, with their "that",
// whose clause shifts its tense back (reportedSpeech); their verbs, the
// word before the "that", report a clause further on (reportVerbs).
var reportedPhrases = []string{"found that", "discovered that", "learned that", "learnt that", "realised that", "realized that",
	"noticed that", "confirmed that", "revealed that", "said that", "a decouvert que", "ont decouvert que", "a constate que",
	"ont constate que", "ha scoperto che", "hanno scoperto che", "descubrio que", "descubrieron que", "comprobo que",
	"festgestellt dass", "fest dass", "bemerkt dass", "entdeckte dass", "entdeckten dass", "bemerkte dass", "bemerkten dass",
	"erkannte dass", "erkannten dass", "ontdekte dat", "ontdekten dat",
	// and their infinitives: "è stata la Provincia di Crotone a scoprire che un estraneo aveva usato le credenziali"
	"scoprire che", "decouvrir que", "discover that", "descubrir que", "feststellen dass", "entdecken dass", "ontdekken dat",
	"constater que", "accorgersi che", "accorta che", "accorto che", "s est apercue que", "s est apercu que",
	// in the narrative's imperfect or present: "Lundi, la Ville découvrait que ses serveurs avaient été chiffrés"
	"decouvrait que", "decouvraient que", "decouvre que", "decouvrent que", "constatait que", "constataient que",
	"scopriva che", "scopre che", "descubria que", "descubre que", "discovers that", "finds that", "entdeckt dass", "ontdekt dat",
	// owning to it: "la municipalité a reconnu qu'un intrus avait pénétré son réseau le 4 juin"
	"a reconnu que", "ont reconnu que", "a admis que", "ont admis que", "admitted that", "acknowledged that", "conceded that",
	"ha ammesso che", "hanno ammesso che", "reconocio que", "reconocieron que", "admitio que", "gab zu dass", "raumte ein dass",
	"erkende dat", "erkenden dat", "gaf toe dat", "gaven toe dat"}

var (
	reportedSpeech = words(reportedPhrases...)
	reportVerbs    = words(verbsOf(reportedPhrases)...)
	thatWords      = map[string]bool{"that": true, "que": true, "qu'": true, "qu": true, "che": true, "dass": true, "dat": true} // open a reported clause
)

// verbsOf returns the word before the last of each phrase, once.
func verbsOf(phrases []string) []string {
	var out []string
	for _, p := range phrases {
		ws := strings.Fields(p)
		out = append(out, ws[len(ws)-2])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// pluperfectAt: the recall word matched at m is no bare auxiliary, or is
// one with its participle after it: "avait subi", "hatte … verschlüsselt",
// not "hatte Pech", "il n'y avait plus de réseau", "aveva 3 000 abitanti",
// which tell the time of the piece.
func pluperfectAt(folded string, m []int) bool {
	lang, bare := bareAuxiliaries[folded[m[0]:m[1]]]
	if !bare {
		return true
	}
	ws := strings.Fields(folded[m[1]:])
	if lang == "de" { // the participle closes the clause, or stands before "hatte" closing a subordinate one
		before := lastWords(folded[:m[0]], 1)
		return slices.ContainsFunc(ws[:min(len(ws), 10)], germanParticiple) || before != "" && germanParticiple(before)
	}
	for _, w := range ws {
		if !auxAdverbs[w] {
			return participleEnd[lang].MatchString(w) && !auxFollowers[w]
		}
	}
	return false
}

// bareAuxiliaries are recall words only as a pluperfect's auxiliary, with
// their language.
var bareAuxiliaries = map[string]string{"avait": "fr", "avaient": "fr", "aveva": "it", "avevano": "it", "habia": "es",
	"habian": "es", "hatte": "de"}

// auxAdverbs stand between an auxiliary and its participle: "avait déjà
// été", "había ya sido", "n'y avait plus".
var auxAdverbs = map[string]bool{"n": true, "ne": true, "y": true, "pas": true, "plus": true, "jamais": true, "deja": true,
	"encore": true, "alors": true, "aussi": true, "meme": true, "bien": true, "toujours": true, "egalement": true,
	"gia": true, "ancora": true, "anche": true, "mai": true, "non": true, "sempre": true, "ya": true, "no": true,
	"nunca": true, "tambien": true, "todavia": true, "aun": true}

// auxFollowers are determiners and pronouns written like participles:
// "avait des serveurs", "il y avait une note", "aveva sede".
var auxFollowers = map[string]bool{"de": true, "le": true, "les": true, "des": true, "une": true, "ce": true, "cette": true,
	"ces": true, "ses": true, "que": true, "qui": true, "aucune": true, "quelques": true, "te": true, "se": true,
	"si": true, "ti": true, "tu": true, "lui": true, "sa": true, "to": true, "todo": true, "toda": true, "todos": true,
	"todas": true, "esto": true, "esta": true, "tanta": true, "tanto": true, "tanti": true, "tante": true, "tutto": true,
	"tutti": true, "tutta": true, "tutte": true, "questa": true, "questo": true, "quanto": true, "quanta": true,
	"cada": true, "nada": true, "alta": true, "alto": true, "otra": true, "otro": true, "otros": true, "otras": true,
	"molto": true, "molti": true, "molta": true, "molte": true, "certi": true, "certe": true, "otto": true, "sette": true,
	"venti": true, "trenta": true, "esos": true, "esas": true, "estos": true, "estas": true, "mas": true, "unas": true}

// participleEnd is how a past participle ends, folded, per language.
var participleEnd = map[string]*regexp.Regexp{
	"fr": regexp.MustCompile(`^[a-z]{1,}(e|ee|es|ees|i|ie|is|ies|it|ite|its|u|ue|us|ues|ert|erte|int|ainte)$`),
	"it": regexp.MustCompile(`^[a-z]{2,}[ts][oaie]$`),
	"es": regexp.MustCompile(`^[a-z]{1,}(ad|id|t|ch|s)(o|a|os|as)$`),
}

// germanParticiple: a folded German word shaped like a past participle:
// "gehackt", "abgeschaltet", "verschlüsselt", "infiltriert", "worden".
func germanParticiple(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "en") {
		return false
	}
	if strings.HasSuffix(w, "iert") || strings.Contains(w[:min(len(w)-3, 7)], "ge") {
		return true
	}
	for _, p := range []string{"ver", "be", "ent", "er", "zer", "uber"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// recallWords are tenses and words that tell of the past.
var recallWords = words("avait ete", "avaient ete", "avait du", "avaient du", "avait connu", "avait subi", "avaient subi",
	"avait", "avaient", "aveva", "avevano", "habia", "habian", // the pluperfect tells of an earlier time (not English "had": "had to")
	"had been", "had suffered", "had had", "was hit in", "worden war", "hatte", "era stat*", "erano stat*", "era toccat*",
	"era gia stat*", "erano gia stat*", "had already been", "habia sido ya", "ya habia sido", // "era già stata colpita da un ransomware"
	"habia sido", "habian sido", "il y a un an", "a year ago", "vor einem jahr", "un anno fa", "hace un ano",
	// "Il precedente più vicino … resta quello del Comune di Gubbio"
	"il precedente", "un precedente", "el precedente", "le precedent", "un precedent", "the precedent", "a precedent",
	// "aún está fresco el recuerdo del ataque que dejó sin sistemas al Ayuntamiento de Jaca"
	"el recuerdo", "le souvenir", "il ricordo", "the memory of", "die erinnerung",
	// an earlier case the story brings to mind: "Episodi del genere ricordano da vicino quanto accaduto in Abruzzo"
	"la memoria corre", "ricordano da vicino", "ricorda da vicino", "quanto accaduto", "come accaduto", "reminiscent of",
	"brings to mind", "rappellent", "ce qui est arrive a", "erinnert an den", "erinnern an den", "recuerdan a", "recuerda a lo",
	"doet denken aan", "herinnert aan de")

// namedInTitle finds the body of the early paragraphs whose name the
// title writes bare ("Een jaar na de hack: Hof van Twente…" and "de
// gemeente Hof van Twente" below it).
func (an *analysis) namedInTitle() []body {
	title := " " + an.folded[0] + " "
	var out []body
	for _, i := range an.early(3)[1:] {
		recall := (recalled(an.folded[i]) || pastMarkers.in(an.folded[i])) && !an.anniversary()
		if unlinked(an.folded[i]) {
			continue // "Ein Zusammenhang mit dem Kreis wird nicht vermutet": the Kreis is not the title's victim
		}
		for _, b := range an.bodies[i] {
			if b.Marked || b.Locative || b.Kind == vigie.VictimOther || slices.ContainsFunc(out, func(o body) bool { return o.key == b.key }) {
				continue
			}
			if proper := fold.String(b.named.Proper); recall && (proper == fold.String(b.Place.Name) || !strings.Contains(title, " "+proper+" ") && !landInTitle(title, b)) {
				continue // "quello che aveva colpito la Provincia di Belluno" under "Belluno, ransomware blocca…": an earlier attack on the place's body
			}
			if inTitle(title, b) {
				out = append(out, b)
			}
		}
	}
	if len(out) > 0 && !slices.ContainsFunc(out, func(b body) bool { return b.Place.Name != out[0].Place.Name }) {
		// another place's body the title names, told further down: a round-up
		for i := 1; i < len(an.sents); i++ {
			for _, b := range an.bodies[i] {
				if b.Kind != vigie.VictimOther && b.Place.Name != out[0].Place.Name && nameInTitle(title, b) {
					return append(out, b)
				}
			}
		}
	}
	return out
}

// unlinked: the sentence denies a link between the attack and what it
// names ("no link with the council's incident", "Einen Zusammenhang mit
// dem Vorfall beim Landkreis sieht die Polizei nicht").
func unlinked(folded string) bool { return linkWords.in(folded) && negators.in(folded) }

var linkWords = words("zusammenhang", "bezug", "link", "linked", "connection", "connected", "lien", "lie", "liee", "relacion", "relacionad*",
	"collegamento", "collegat*", "nesso", "verband")

// nameInTitle: the title writes the body's proper name or its place's.
func nameInTitle(title string, b body) bool {
	for _, n := range []string{b.named.Proper, b.Place.Name} {
		if f := fold.String(n); len(f) > 3 && strings.Contains(title, " "+f+" ") {
			return true
		}
	}
	return landInTitle(title, b)
}

// landInTitle: the title names the land a grouping's name ends on.
func landInTitle(title string, b body) bool {
	land := fold.String(landOf(b.named.Proper))
	return len(land) > 3 && strings.Contains(title, " "+land+" ")
}

// landOf is the land a grouping's name ends on, after its last
// preposition: "Comuni del Mugello" is the Mugello's, as a title calls it
// ("Un anno dopo l'attacco, il Mugello…"); "" for a name without one.
func landOf(name string) string {
	ws := strings.Fields(name)
	for k := len(ws) - 2; k > 0; k-- {
		if prepositions[strings.ToLower(ws[k])] {
			return strings.Join(ws[k+1:], " ")
		}
	}
	return ""
}

// titleKindNamed: a title that names its victim by its kind alone ("County
// rejected hacker ransom demand", "City pays ransom") stands for the
// first body of that kind the lead names in full ("Mecklenburg County
// government").
func (an *analysis) titleKindNamed() []body {
	kinds := map[vigie.VictimKind]bool{}
	for _, n := range findNamed(an.sents[0].Text, an.lang) {
		if n.Proper == "" && n.AnchorKind.InScope() && !n.Marked {
			kinds[n.AnchorKind] = true
		}
	}
	if len(kinds) == 0 {
		return nil
	}
	for _, i := range an.early(2)[1:] {
		for _, b := range an.bodies[i] {
			if kinds[b.AnchorKind] && (b.named.Proper != "" || b.Place.INSEE != "") && !b.Marked {
				return []body{b}
			}
		}
	}
	if !kinds[vigie.VictimCommune] {
		return nil
	}
	for _, i := range an.early(2)[1:] { // "West Haven officials said…"
		if name := officialsOf(an.sents[i].Text); name != "" {
			c := place.Commune{Name: name}
			if cs := an.g.Communes(name); len(cs) > 0 {
				c = cs[0]
			}
			b := an.communeBody(body{named: named{AnchorKind: vigie.VictimCommune, Proper: name, Written: name}, sent: i}, c)
			b.Name, b.key = name, identity(b.Body)
			return []body{b}
		}
	}
	return nil
}

// officialsRe finds a place named by its officials: "West Haven officials".
var officialsRe = regexp.MustCompile(`(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’-]+ ){1,3})(?:officials|city officials|town officials|mayor)\b`)

// officialsOf is the place whose officials a sentence quotes, if its name
// is no common word nor an anchor ("County officials").
func officialsOf(text string) string {
	m := officialsRe.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	name := strings.TrimSpace(m[1])
	toks := tokenize(name)
	if place.IsCommonWord(name) || spurious(name) || determiners[toks[0].Fold] {
		return ""
	}
	for k := range toks {
		if isAnchorAt(toks, k) {
			return ""
		}
	}
	return name
}

// leadVictim: under a title that names no attack, the lead tells one as
// news ("the regional municipality of Mekinac was told to deposit eight
// bitcoins"): its one local authority named in full is the victim.
func (an *analysis) leadVictim(paragraphs int) []body {
	for _, i := range an.earlyProse(paragraphs)[1:] {
		if !an.currentAttack(i) || scamOnly(an.folded[i]) || unlinked(an.folded[i]) {
			continue // "the scams were not connected to the recent cyber attack on the council": no attack on it
		}
		var vs []body
		for _, b := range an.bodies[i] {
			if !b.Marked && !b.Locative && b.Kind.InScope() && (b.named.Proper != "" || b.Place.INSEE != "") && !slices.ContainsFunc(vs, func(o body) bool { return o.key == b.key }) {
				vs = append(vs, b)
			}
		}
		for _, j := range []int{i - 1, i + 1} {
			if len(vs) > 0 || j < 1 || j >= len(an.sents) || an.sents[j].Paragraph != an.sents[i].Paragraph || len(an.bodies[i]) > 0 || an.attackIn(j) {
				continue
			}
			for _, b := range an.bodies[j] { // "le Landkreis de Merzig-Wadern est coupé du monde. Lundi, les agents ont trouvé leurs fichiers chiffrés"; "… depuis que le rançongiciel a mis à terre l'informatique de la collectivité. L'intercommunalité a fait le choix…"
				if !b.Marked && !b.Locative && b.Kind.InScope() && (b.named.Proper != "" || j > i && b.Place.INSEE != "") && !slices.ContainsFunc(vs, func(o body) bool { return o.key == b.key }) {
					vs = append(vs, b)
				}
			}
		}
		if len(vs) == 1 || an.joinedPair(i, vs) {
			return vs
		}
	}
	return nil
}

// joinedPair: sentence i names the two bodies vs joined by a conjunction
// alone ("les serveurs communs à la ville de Carhaix-Plouguer et à Poher
// communauté"): one attack on both, the first named its victim. vs is put
// in the order the sentence names them.
func (an *analysis) joinedPair(i int, vs []body) bool {
	if len(vs) != 2 {
		return false
	}
	slices.SortStableFunc(vs, func(a, b body) int { return a.Start - b.Start })
	return vs[0].End <= vs[1].Start && joinedOnly(fold.String(an.sents[i].Text[vs[0].End:vs[1].Start]))
}

// regionVictim: under a title that tells of an attack on a region it
// names bare ("Le Tessin visé par une attaque"), the region's own body,
// as the lead names it ("le canton").
func (an *analysis) regionVictim() []body {
	if an.focusRegion == nil {
		return nil
	}
	for _, i := range an.earlyProse(2)[1:] {
		for _, b := range an.bodies[i] {
			if b.Kind == vigie.VictimRegion && !b.Marked && !b.Locative && b.Place.Region == an.focusRegion.Name {
				return []body{b}
			}
		}
	}
	return nil
}

// followedVictim: under a title that tells of an attack and names no
// victim, a lead that names one local authority only, as the victim of an
// attack set in the past ("Knapp vier Wochen nach dem Datendiebstahl beim
// Land Burgenland haben die Täter einen Teil der Beute veröffentlicht"),
// tells what came of that attack: the article follows it up.
func (an *analysis) followedVictim() []body {
	if turnWords.in(an.folded[0]) {
		return nil // "La province de Flandre orientale à son tour visée": a new victim, the one named before is the last
	}
	var v body
	counted := an.elapsed() > 0 // "Watchdog reprimands NDC two years after data theft": the lead's attack, however old, is the one followed, when the lead names its victim
	for _, i := range an.earlyProse(2)[1:] {
		for _, b := range an.bodies[i] {
			switch {
			case b.key == "" || b.Locative || !b.Kind.InScope() || b.key == v.key:
			case v.key != "":
				return nil // two authorities: which one the article follows is not told
			case !an.attackIn(i) || an.sents[i].Question || scamOnly(an.folded[i]) || !b.Marked && !(counted && b.named.Proper != "") && !an.currentAttack(i) && !opensSince(an.folded[i]):
				return nil // "Redcar and Cleveland's systems were wiped out in February 2020": an example
			default:
				v = b
			}
		}
	}
	if v.key == "" {
		return nil
	}
	return []body{v}
}

// turnWords say a victim follows another: the title tells a new attack.
var turnWords = words("a son tour", "au tour", "a leur tour", "too", "also", "as well", "auch", "ebenfalls", "nun auch",
	"anche", "tambien", "ook", "eveneens", "egalement", "aussi", "next", "latest", "neuer", "nuovo", "nueva", "nuevo")

// scamOnly: the sentence tells of scams and of no other attack it does
// not deny.
func scamOnly(folded string) bool {
	return attackKinds[vigie.AttackPhishing].in(folded) && !assertedAttack(attackWords, folded) && !otherKindAsserted(folded)
}

// otherKindAsserted: the sentence asserts an attack of a kind other than
// phishing ("Rançons, faux courriels, serveurs à l'arrêt").
func otherKindAsserted(folded string) bool {
	for kind, c := range attackKinds {
		if kind != vigie.AttackPhishing && assertedCue(c, folded) {
			return true
		}
	}
	return false
}

// dominantVictim: under a title that tells of an attack and names no
// victim, the one local authority the first paragraphs keep naming (in
// two sentences or more that date nothing years back, by its name or,
// outside a follow-up, by its kind after a definite article; no other in
// scope as often, and once at least by its name, not as a speaker or a
// place) is the victim: "Landes-Websites durch Überlastungsangriff
// lahmgelegt" over "die Online-Dienste des Landes Vorarlberg"; "Residents'
// names and addresses found for sale" over "the borough council" and
// "Havant Borough Council".
func (an *analysis) dominantVictim() []body {
	count, first, named := map[string]int{}, map[string]body{}, map[string]bool{}
	early := slices.DeleteFunc(slices.Clone(an.earlyProse(3)[1:]), func(i int) bool {
		return an.datesOld(i, false) // "Van de gemeente Willebroek in 2020 tot…": an example
	})
	for _, i := range early {
		for _, b := range an.bodies[i] {
			named[b.key] = named[b.key] || b.named.Proper != ""
		}
	}
	for _, i := range early {
		seen := map[string]bool{}
		for _, b := range an.bodies[i] {
			if b.key == "" || !named[b.key] || !b.Kind.InScope() || seen[b.key] ||
				b.named.Proper == "" && (!definites[wordBefore(an.sents[i].Text, b.Start)] || an.elapsed() > 0) {
				continue // by its name, or by its kind once it is named ("the borough council", then "Havant Borough Council"; not "Gemeente na gemeente"), but in a piece counting the time since an attack (a follow-up: "A year on, the planning portal still limps")
			}
			seen[b.key] = true
			count[b.key]++
			if f, ok := first[b.key]; !ok || (f.Marked || f.Locative || f.named.Proper == "") && !b.Marked && !b.Locative && b.named.Proper != "" {
				first[b.key] = b
			}
		}
	}
	best, n, tie := "", 0, false
	for k, c := range count {
		switch {
		case c > n:
			best, n, tie = k, c, false
		case c == n:
			tie = true
		}
	}
	if v := first[best]; n >= 2 && !tie && !v.Marked && !v.Locative && v.named.Proper != "" {
		return []body{v}
	}
	return nil
}

// inTitle: the folded title writes the body's name or place, or the head
// of its anchor ("IT-Dienstleister" for "kommunaler IT-Dienstleister").
func inTitle(title string, b body) bool {
	if nameInTitle(title, b) {
		return true
	}
	ws := strings.Fields(fold.String(b.named.Anchor))
	for k := range ws {
		if tail := strings.Join(ws[k:], " "); len(tail) >= 8 && strings.Contains(title, " "+tail+" ") {
			return true
		}
	}
	return false
}

// titleJoinsPlaces: the title names two places joined by "and"
// ("Antwerpen und Potsdam: zwei Cyberangriffe") or as a range ("da
// Cremona a Sondrio"): a round-up, each told in its paragraphs.
func (an *analysis) titleJoinsPlaces() bool {
	toks := tokenize(an.sents[0].Text)
	for k := 1; k+1 < len(toks); k++ {
		r := k + 1
		if articles[toks[r].Fold] && r+1 < len(toks) {
			r++ // "Leicester and the Western Isles"
		}
		if !(conjunctions[toks[k].Fold] || rangeEnds[toks[k].Fold]) || !toks[k-1].Upper || !toks[r].Upper {
			continue
		}
		start := k - 1
		for start > 0 && toks[start-1].Upper && !toks[start-1].Punct && !rangeStarts[toks[start-1].Fold] {
			start-- // not over "Da" opening the title: "Da Lecco a Celle"
		}
		if rangeEnds[toks[k].Fold] && (start == 0 || !rangeStarts[toks[start-1].Fold]) {
			continue // "da Cremona a Sondrio", not "attacco a Cremona"
		}
		end := properEnd(toks, r)
		left := an.sents[0].Text[toks[start].Start:toks[k-1].End]
		right := an.sents[0].Text[toks[r].Start:toks[end-1].End]
		if an.placeOrBody(left) && an.placeOrBody(right) {
			return true
		}
	}
	return false
}

// placeOrBody: the name is a commune's or an authority's own.
func (an *analysis) placeOrBody(name string) bool {
	if _, ok := an.commune(name, ""); ok {
		return true
	}
	_, ok := an.g.AuthorityNamed(name)
	return ok
}

var conjunctions = map[string]bool{"and": true, "und": true, "et": true, "e": true, "y": true, "en": true}

// rangeStarts and rangeEnds join two places as a range does ("da Cremona
// a Sondrio", "from Kent to Cornwall", "von Potsdam bis Witten").
var (
	rangeStarts = map[string]bool{"da": true, "de": true, "from": true, "von": true, "van": true, "desde": true, "du": true}
	rangeEnds   = map[string]bool{"a": true, "to": true, "bis": true, "tot": true, "hasta": true, "au": true}
)

// titleNamesFocus: the title writes the name of the commune the article is
// about (a dateline alone does not make it the victim).
func (an *analysis) titleNamesFocus() bool {
	f := fold.String(an.focus.Name)
	return f != "" && strings.Contains(" "+an.folded[0]+" ", " "+f+" ") ||
		an.focus.Alias != "" && strings.Contains(" "+an.folded[0]+" ", " "+fold.String(an.focus.Alias)+" ")
}

// leadSpeaksOfTheCommune: the lead names the commune's own services (a
// town hall, the city), not only the place.
func (an *analysis) leadSpeaksOfTheCommune() bool {
	for _, i := range an.early(2) {
		for _, b := range an.bodies[i] {
			if b.Kind == vigie.VictimCommune && an.focus != nil && b.Place.INSEE == an.focus.INSEE {
				return true
			}
		}
		if municipal.in(an.folded[i]) {
			return true
		}
	}
	return false
}

var municipal = words("municipal*", "municipaux", "mairie", "town hall", "city hall", "council", "stadtverwaltung",
	"rathaus", "kommunal*", "comunale", "municipio", "ayuntamiento", "ville", "city", "gemeente*", "gemeentelijk*",
	"stadhuis", "camara municipal", "communal", "communale", "communaux", "communales", "comunal", "comunales",
	"gemeindeverwaltung", "stadsbestuur")

// sortVictims puts first the body the title is about: a local authority
// before a body hit with it, keeping the title's order otherwise.
func sortVictims(bs []body) []body {
	slices.SortStableFunc(bs, func(a, b body) int { return rank(a) - rank(b) })
	return bs
}

func rank(b body) int {
	switch b.Kind {
	case vigie.VictimCommune, vigie.VictimDepartment, vigie.VictimRegion:
		return 0
	case vigie.VictimIntercommunalty:
		return 1
	case vigie.VictimLocalPublicBody:
		return 3
	}
	return 2
}

// mainSpan is every sentence of an article about one incident.
func (an *analysis) mainSpan() []int {
	out := make([]int, len(an.sents))
	for i := range out {
		out[i] = i
	}
	return out
}

// roundup finds the incidents of an article that reports several (or one
// without naming it in its title): a paragraph that opens by naming one
// body hit by an attack, and says more of it, reports that attack. Read
// once per article: the title, the lead's count and a review all ask.
func (an *analysis) roundup() ([][]body, [][]int) {
	if an.roundupMemo == nil {
		g, s := an.readRoundup()
		an.roundupMemo = &readGroups{g, s}
	}
	return an.roundupMemo.groups, an.roundupMemo.spans
}

// readGroups are attacks read from an article: each group a victim and
// the bodies hit with it, each span the sentences that tell its attack.
type readGroups struct {
	groups [][]body
	spans  [][]int
}

// readRoundup reads roundup's incidents.
func (an *analysis) readRoundup() ([][]body, [][]int) {
	var groups [][]body
	var spans [][]int
	review := an.looksBack()
	n, isCounted := an.countedAttacks()
	if !an.titleAttack() && !((an.cyber || review && an.attackSentences() > 1) && (isCounted || review || an.overview() || an.titleJoinsPlaces())) || an.target != "" && !counted(an.folded[0]) && !countedNouns.in(fold.String(an.target)) {
		return nil, nil // the title tells of an attack on a target of its own: the others are context
	}
	judged, listed := map[int]bool{}, map[int]bool{} // listed: groups read from a paragraph listing several
	hits := isCounted && an.countsHits() || review   // a look back names its towns in heading lines
	window := max(1, an.windowYears())               // "two years of attacks on town halls": an attack of two years ago is news
	windowed := an.windowed()
	timeless := isCounted && an.overview() && !an.seasonal() // "Tour d'horizon de quatre collectivités qui ont dû repartir de zéro après un piratage": the attacks it counts, whenever they were
	for i := 1; i < len(an.sents); i++ {
		p := an.sents[i].Paragraph
		town, bare := body{}, false
		if hits && (n == 0 || len(groups) < n) && !(review && isCounted && an.countsInParagraph(i)) {
			town, bare = an.countedTown(i)
			bare = bare && (isCounted || len(wordsOf(an.sents[i].Text)) <= 4) // a year's review: a heading line ("Lézignan-Corbières."), not "Nu Hardenberg de ransomware-aanval van vorig jaar …"
		}
		if judged[p] || !bare && !an.namesSomething(i) {
			continue // paragraphs are judged by their first sentence naming a body
		}
		if an.setsScene(i) && (!bare || an.namedLater(i)) {
			continue // a town named bare sets the scene for no body its paragraph names ("Schwechat, Lower Austria. On 22 April the municipal website … of the town")
		}
		judged[p] = true
		if k, v, ok := an.retold(i, town, bare, groups, listed); ok {
			groups[k], spans[k] = []body{v}, an.paragraph(i) // "les mairies d'Auxonne, de Houilles et d'Étampes", then "À Auxonne, tout a commencé un lundi de juin 2019": its own paragraph tells its attack
			delete(listed, k)
			continue
		}
		counting := isCounted && n > 0 && len(groups) < n && !windowed // "Vier Angriffe, vier Lehren": the four it counts, however old
		if old := an.datesOld(i, an.sents[i-1].Paragraph == p); !timeless && (old && (!isCounted || n > 0 && len(groups) >= n) && !review || an.yearsBack(i) > window && !counting || an.seasonal() && an.yearsBack(i) > 0) {
			continue // "Les conséquences se mesurent en euros. À Caen, l'intrusion de septembre 2022…": an example, not news; so is one past the count
		}
		v, ok := an.paragraphVictim(i)
		if !ok && isCounted && (n == 0 || len(groups) < n) {
			v, ok = an.countedVictim(i) // no more than the title counts: "Los dos organismos colaboran con el Gobierno de Aragón" is none of them
		}
		if !ok && bare {
			v, ok = town, true
		}
		vs := an.pairedAttacks(i)
		if len(vs) == 0 && !ok {
			vs = an.listedVictims(i, n-len(groups))
		}
		if len(vs) > 1 {
			for _, v := range vs {
				if !hasVictim(groups, v.key) {
					groups, spans = append(groups, []body{v}), append(spans, an.paragraph(i))
					listed[len(groups)-1] = true
				}
			}
			continue
		}
		if !ok {
			continue
		}
		span := an.paragraph(i)
		if bare && v.key == town.key {
			span = an.headedParagraph(i) // "Agrigento, gennaio 2024", a heading over the paragraph telling its attack
		}
		if len(span) < 2 && (!isCounted && !review || an.headingLine(i)) || hasVictim(groups, v.key) {
			continue
		}
		groups, spans = append(groups, []body{v}), append(spans, span)
		if len(an.bodies[i]) > 0 && !an.oneBody(i) || an.collective(i) {
			listed[len(groups)-1] = true // "les mairies d'Auxonne, de Houilles et d'Étampes"
		}
	}
	for i := 1; i < len(an.sents); i++ {
		if v, ok := an.laterVictim(i, isCounted); ok && len(groups) > 0 && !hasVictim(groups, v.key) {
			groups, spans = append(groups, []body{v}), append(spans, an.restOfParagraph(i))
		}
	}
	if isCounted && n > 1 && len(groups) > n && !counted(an.folded[0]) {
		groups, spans = groups[:n], spans[:n] // "two councils still living with cyber attacks", then older pieces listed below
	}
	if !an.titleJoinsPlaces() {
		return groups, spans
	}
	for i := 1; i < len(an.sents); i++ {
		if v, ok := an.titledVictim(i); ok && !hasVictim(groups, v.key) {
			groups, spans = append(groups, []body{v}), append(spans, an.paragraph(i)) // a place the title names is one of its attacks, however recalled
		}
	}
	return inTextOrder(groups, spans)
}

// inTextOrder orders the attacks of a round-up as its text tells them,
// by the first sentence of each span.
func inTextOrder(groups [][]body, spans [][]int) ([][]body, [][]int) {
	order := make([]int, len(groups))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return spans[a][0] - spans[b][0] })
	gs, ss := make([][]body, len(order)), make([][]int, len(order))
	for k, o := range order {
		gs[k], ss[k] = groups[o], spans[o]
	}
	return gs, ss
}

// listedVictims: under a title that counts attacks ("Dos ataques en una
// semana"), a sentence telling an attack that lists as many local
// authorities as are left to count lists their attacks, one each ("la
// comarca del Matarraña y el ayuntamiento portugués de Tondela viven la
// misma situación").
func (an *analysis) listedVictims(i, left int) []body {
	if left < 2 || !countsAttacks(an.folded[0]) || !an.attackIn(i) || an.sents[i].Question {
		return nil
	}
	if vs := an.authorities(i, false); len(vs) == left {
		return vs
	}
	return nil
}

// authorities are the local authorities sentence i names, each once,
// neither set aside (unless since) nor as a place.
func (an *analysis) authorities(i int, since bool) []body {
	var vs []body
	for _, b := range an.bodies[i] {
		if (!b.Marked || since) && !b.Locative && b.Kind.InScope() && !slices.ContainsFunc(vs, func(o body) bool { return o.key == b.key }) {
			vs = append(vs, b)
		}
	}
	slices.SortStableFunc(vs, func(a, b body) int { return a.Start - b.Start })
	return vs
}

// hasVictim: one of the groups is the attack on the victim whose key is
// given.
func hasVictim(groups [][]body, key string) bool {
	return slices.ContainsFunc(groups, func(g []body) bool { return g[0].key == key })
}

// countsAttacks: the folded title counts attacks, not bodies ("dos
// ataques", "three cyber attacks").
func countsAttacks(folded string) bool {
	ws := strings.Fields(folded)
	for k, w := range ws[:max(len(ws)-1, 0)] {
		if counts.in(w) && (plainAttack.in(ws[k+1]) || pluralAttacks.in(ws[k+1]) || attackWords.in(ws[k+1])) {
			return true
		}
	}
	return false
}

// kindNamed: the folded text names a kind of attack ("ransomware").
func kindNamed(folded string) bool {
	for _, c := range attackKinds {
		if c.in(folded) {
			return true
		}
	}
	return false
}

// pairedAttacks: sentence i tells two attacks on two local authorities,
// each with a date of its own, the dates after each ("Tendring District
// Council lost its phones to ransomware from 12 February, and New Forest
// District Council went through the same ordeal after an attack detected
// on Sunday 19 May") or before each ("January's extortion attempt at
// Fylde Borough Council and November's incident at Powys County Council").
// Each victim's dates are read in its own clause.
func (an *analysis) pairedAttacks(i int) []body {
	vs := an.authorities(i, false)
	if len(vs) != 2 || vs[0].End > vs[1].Start || !an.attackIn(i) && !happenedWords.in(an.folded[i]) {
		return nil
	}
	v, w := vs[0], vs[1]
	var at []int
	for _, e := range an.datesIn(i) {
		if !e.Until {
			at = append(at, e.Start)
		}
	}
	between := slices.IndexFunc(at, func(a int) bool { return a > v.End && a < w.Start })
	split := w.Start
	switch {
	case between < 0:
		return nil
	case slices.ContainsFunc(at, func(a int) bool { return a > w.End }): // each date after its victim
	case slices.ContainsFunc(at, func(a int) bool { return a < v.Start }): // each date before its victim
		split = at[between]
	default:
		return nil
	}
	if an.clauses == nil {
		an.clauses = map[string]clause{}
	}
	an.clauses[v.key] = clause{sent: i, from: 0, to: split}
	an.clauses[w.key] = clause{sent: i, from: split, to: len(an.sents[i].Text)}
	return vs
}

// clause is the part of a sentence, in bytes, that tells one of the two
// attacks it tells: their dates are read there only.
type clause struct{ sent, from, to int }

// outside: the date at byte at of sentence i lies outside the clause of
// the victim whose key is given.
func (an *analysis) outside(victim string, i, at int) bool {
	c, ok := an.clauses[victim]
	return ok && c.sent == i && (at < c.from || at >= c.to)
}

// othersClause: the date at byte at of sentence i lies in a clause, cut
// by semicolons, that names another body and not the victim whose key is
// given ("La Diputación de Huesca sigue sin sistemas; en octubre le tocó
// a la Comarca del Bajo Aragón"), or stands right after another body's
// name (othersDate): the other body's date.
func (an *analysis) othersClause(i int, victim string, at int) bool {
	text := an.sents[i].Text
	if an.othersDate(i, victim, at) {
		return true
	}
	from := strings.LastIndex(text[:at], ";") + 1
	to := len(text)
	if k := strings.Index(text[at:], ";"); k >= 0 {
		to = at + k
	}
	if from == 0 && to == len(text) {
		return false // one clause
	}
	other := false
	for _, b := range an.bodies[i] {
		if b.Start < from || b.Start >= to {
			continue
		}
		if b.key == victim {
			return false
		}
		other = other || b.Kind.InScope()
	}
	return other
}

// othersDate: the date at byte at of sentence i follows another in-scope
// body's name with no more than a preposition between ("la commune
// rejoint la liste des collectivités touchées, de la ville d'Angers en
// janvier 2021 aux petites mairies"): that body's date.
func (an *analysis) othersDate(i int, victim string, at int) bool {
	text := an.sents[i].Text
	for _, b := range an.bodies[i] {
		if b.End > at || b.End < at-6 || b.key == victim || !b.Kind.InScope() || b.Locative || an.samePlace(victim, b) {
			continue // "la mairie et le CCAS dans la nuit du 9 février": the CCAS of the victim's town shares its date
		}
		if between := strings.TrimSpace(text[b.End:at]); between == "" || isLowerWord(between) {
			return true
		}
	}
	return false
}

// samePlace: body b lies where the victim does, by the story's focus or
// by where the text names the victim.
func (an *analysis) samePlace(victim string, b body) bool {
	if an.focus != nil && b.Place.Name == an.focus.Name {
		return true
	}
	return slices.ContainsFunc(an.bodies, func(vs []body) bool {
		return slices.ContainsFunc(vs, func(v body) bool { return v.key == victim && v.Place.Name == b.Place.Name })
	})
}

// setsScene: sentence i names a place or a body but tells nothing of an
// attack, and the next sentence of its paragraph that names one tells it
// ("In Wrexham, the picture is murkier. The county borough council
// spotted suspicious activity…"): the paragraph is judged by that one.
func (an *analysis) setsScene(i int) bool {
	if an.attackIn(i) || eventWords.in(an.folded[i]) || an.toldNext(i) {
		return false
	}
	for j := i + 1; j < len(an.sents) && an.sents[j].Paragraph == an.sents[i].Paragraph; j++ {
		if an.namesSomething(j) {
			return an.attackIn(j) || eventWords.in(an.folded[j])
		}
	}
	return false
}

// laterVictim: in a round-up, a sentence inside a paragraph that tells,
// with its own date, an attack that hit one other local authority ("In
// Flanders, the municipality of Heist-op-den-Berg was hit by ransomware
// over the weekend of 21 October", after Stroud's sentence) reports that
// attack too.
func (an *analysis) laterVictim(i int, counted bool) (body, bool) {
	f := an.folded[i]
	back := an.yearsBack(i)
	if an.sents[i].Paragraph != an.sents[i-1].Paragraph || an.sents[i].Question || !an.attackIn(i) || !eventWords.in(f) && !counted ||
		pastMarkers.in(f) || recalled(f) || back > 1 || back == 1 && !counted ||
		len(an.datesIn(i)) == 0 {
		return body{}, false // under a title that counts its attacks, last year's is one of them
	}
	for _, b := range an.bodies[i] {
		if !b.Marked && !b.Locative && b.Kind.InScope() {
			if an.kindBefore(i, b.Start) {
				return body{}, false // "Dal 16 aprile il Comune lavora … dopo che un ransomware ha cifrato i server; … alla Regione": the paragraph's body, called by its kind
			}
			return b, true // the first named: those after it are hit with it
		}
	}
	return body{}, false
}

// kindBefore: sentence i calls a body in scope by its kind alone, after
// a definite article, before position at.
func (an *analysis) kindBefore(i, at int) bool {
	text := an.sents[i].Text
	return slices.ContainsFunc(findNamed(text, an.lang), func(n named) bool {
		return n.Proper == "" && n.AnchorKind.InScope() && n.Start < at && definites[wordBefore(text, n.Start)]
	})
}

// namedLater: a sentence after i in its paragraph names an in-scope body
// by its proper name.
func (an *analysis) namedLater(i int) bool {
	for _, j := range an.paragraph(i) {
		if j > i && slices.ContainsFunc(an.bodies[j], func(b body) bool { return !b.Marked && b.Kind.InScope() && b.named.Proper != "" }) {
			return true
		}
	}
	return false
}

// restOfParagraph lists sentence i and those after it in its paragraph.
func (an *analysis) restOfParagraph(i int) []int {
	var out []int
	for j := i; j < len(an.sents) && an.sents[j].Paragraph == an.sents[i].Paragraph; j++ {
		out = append(out, j)
	}
	return out
}

// titledVictim: sentence i names one local authority, which the title
// names among the places of its attacks ("A ottobre era toccato al Comune
// di Cremona", "La Provincia di Sondrio è ferma dal 15 maggio per un
// disservizio informatico" under "Enti locali sotto attacco: da Cremona a
// Sondrio"): the title tells that it was hit.
func (an *analysis) titledVictim(i int) (body, bool) {
	v, ok := an.soleAuthority(i)
	if !ok && len(an.bodies[i]) == 0 {
		return an.titledTown(i) // "Op 26 februari legde ransomware het bestuur van Komen-Waasten stil"
	}
	here := strings.Contains(an.folded[i], fold.String(v.Place.Name))
	named := v.named.Proper != "" || here // not "the council" standing for the title's town
	titled := v
	if !here && v.ID == "" {
		titled.Place.Name = "" // a grouping no registry places, placed by the town read before it ("In Italia la memoria corre all'Unione dei Comuni Garfagnana"), is not the title's town
	}
	return v, ok && named && inTitle(" "+an.folded[0]+" ", titled)
}

// titledTown: sentence i names no body but, bare, a town the title joins
// to others, and tells an attack or opens a paragraph whose next sentence
// does ("Op 11 maart was het de beurt aan Montferland. Ook daar
// versleutelden criminelen de servers"): the town's authority was hit.
func (an *analysis) titledTown(i int) (body, bool) {
	next := i+1 < len(an.sents) && an.sents[i+1].Paragraph == an.sents[i].Paragraph && an.attackIn(i+1) && len(an.bodies[i+1]) == 0
	if an.sents[i].Question || !an.attackIn(i) && !next {
		return body{}, false
	}
	f := " " + an.folded[i] + " "
	for _, b := range an.titleTowns() {
		if strings.Contains(f, " "+fold.String(b.Name)+" ") {
			b.sent = i
			return b, true
		}
	}
	return body{}, false
}

// titleTowns are the town authorities a title names bare, by the
// gazetteer's towns or the registries' municipalities ("Montferland"),
// read once per article.
func (an *analysis) titleTowns() []body {
	if an.titleTownsMemo != nil {
		return *an.titleTownsMemo
	}
	out := an.bareTowns(an.sents[0].Text, true)
	an.titleTownsMemo = &out
	return out
}

// bareTowns are the town authorities a text names bare, in its order;
// with landmarks false, none named as a landmark, after a genitive ("on
// the outskirts of Madrid").
func (an *analysis) bareTowns(text string, landmarks bool) []body {
	var out []body
	toks := tokenize(text)
	for k := 0; k < len(toks); k++ {
		if !toks[k].Upper || toks[k].Punct || place.IsCommonWord(toks[k].Text) {
			continue
		}
		end := properEnd(toks, k)
		if k > 0 && regionArticles[toks[k-1].Text] {
			k = end - 1 // "De la Haute-Savoie à la Bretagne": a region or a département, not the hamlet of its name
			continue
		}
		if an.germanNoun(toks, k) {
			continue // "Angreifer nutzen die schwächste Stelle": a noun, not the town of Stelle
		}
		if b, ok := an.townBody(text[toks[k].Start:toks[end-1].End]); ok {
			b.Start, b.End = toks[k].Start, toks[end-1].End
			if landmarks || k == 0 || !genitives[toks[k-1].Fold] {
				out = append(out, b)
			}
			k = end - 1
		} // else the name may start one word on: "Van Komen-Waasten tot Montferland"
	}
	return out
}

// germanNoun: in German, the capitalised word at toks[k] follows an
// article, itself or before an adjective ("die schwächste Stelle", "eine
// Stelle"): a noun, as a town's name takes none.
func (an *analysis) germanNoun(toks []token, k int) bool {
	if an.lang != "de" && an.lang != "lb" || k == 0 {
		return false
	}
	j := k - 1
	if j > 0 && !toks[j].Upper && !toks[j].Punct && !germanArticles[toks[j].Fold] {
		if strings.Contains(toks[j].Fold, "isch") {
			return false // a land's adjective: "das westflämische Ypern" is the town
		}
		j-- // an adjective: "die schwächste"
	}
	return germanArticles[toks[j].Fold]
}

var germanArticles = map[string]bool{"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
	"ein": true, "eine": true, "einer": true, "einem": true, "einen": true, "eines": true, "keine": true, "jede": true}

// countsInParagraph: sentence i's paragraph counts the attacks below the
// title, which does not ("From the Italian Riviera to Lower Austria … We
// look back at four cases."): in a look back, it introduces them.
func (an *analysis) countsInParagraph(i int) bool {
	if _, ok := countIn(an.folded[0]); ok {
		return false
	}
	return slices.ContainsFunc(an.paragraph(i), func(k int) bool { _, ok := countIn(an.folded[k]); return ok })
}

// headingLine: sentence i, a few words telling no attack, heads the
// paragraph after it, which opens naming a body ("Le syndicat des eaux de
// l'Isle, en octobre"): that paragraph tells the attack and names its
// victim in full.
func (an *analysis) headingLine(i int) bool {
	if an.attackIn(i) || len(wordsOf(an.sents[i].Text)) > 10 {
		return false
	}
	for k := i + 1; k < len(an.sents); k++ {
		if an.sents[k].Paragraph != an.sents[i].Paragraph {
			return len(an.bodies[k]) > 0
		}
	}
	return false
}

// regionArticles, written small before a name, make it a region's or a
// département's ("la Bretagne", "le Calvados"): a town takes none.
var regionArticles = map[string]bool{"la": true, "le": true, "les": true}

// countedTown: under a title that counts its attacks, a paragraph that
// opens on a sentence naming no body but, bare, a town or a council area,
// and goes on to tell an attack, tells that authority's ("First came
// Tendring. On 12 February ransomware encrypted the Essex district's
// servers"; "Op 23 april volgde Zottegem").
func (an *analysis) countedTown(i int) (body, bool) {
	if an.sents[i].Question || an.sents[i-1].Paragraph == an.sents[i].Paragraph {
		return body{}, false // the paragraph's opening sentence only
	}
	f, para := an.folded[i], an.headedParagraph(i)
	if len(para) < 2 || pastMarkers.in(f) || recalled(f) || len(an.authorities(i, false)) > 0 || !slices.ContainsFunc(para, an.attackIn) {
		return body{}, false // not a heading line of its own ("Schaffhouse, le déni de service")
	}
	if b, ok := an.authorityNamedIn(an.sents[i].Text, vigie.VictimCommune); ok {
		b.sent = i
		return b, true // "The first was Argyll and Bute"
	}
	text := an.sents[i].Text
	ts := an.bareTowns(text, false)
	if len(ts) == 0 {
		ts = slices.DeleteFunc(an.bareTowns(text, true), func(b body) bool { return !caseOf(text, b.Start) })
	}
	if len(ts) == 0 {
		return body{}, false
	}
	ts[0].sent = i
	return ts[0], true
}

// caseOf: the name at position at in text follows a case noun, or a
// pronoun standing for one, and its genitive ("Diverso ancora l'episodio
// di Cecina", "the case of Dudley", "quello di Lamezia Terme"): the case
// told is that town's, not a landmark.
func caseOf(text string, at int) bool {
	ws := strings.Fields(fold.String(text[:at]))
	return len(ws) >= 2 && genitives[ws[len(ws)-1]] && caseNouns[ws[len(ws)-2]]
}

var caseNouns = map[string]bool{"episodio": true, "caso": true, "case": true, "cas": true, "fall": true, "geval": true,
	"affaire": true, "incident": true, "incidente": true, "episode": true, "vorfall": true, "voorval": true,
	// and the pronouns standing for one: "Il caso più serio resta quello di Lamezia Terme"
	"quello": true, "quella": true, "celui": true, "celle": true, "that": true, "el": true}

// countsHits: what a round-up counts are attacks: its title counts them
// or their victims ("Three councils, one autumn") or tells one or several
// ("een voorjaar vol digitale aanvallen"), or a sentence of its lead
// counts attacks ("Twee buurgemeenten, twee aanvallen") or counts bodies
// while telling one; not a lead counting bodies that do something else
// ("Four councils … are to pool money").
func (an *analysis) countsHits() bool {
	return counted(an.folded[0]) || an.titleAttack() || pluralAttacks.in(an.folded[0]) ||
		slices.ContainsFunc(an.lead()[1:], func(k int) bool { return countsAttacks(an.folded[k]) || counted(an.folded[k]) && an.attackIn(k) })
}

// andWords join two names into one: "Argyll and Bute".
var andWords = map[string]bool{"and": true, "&": true}

// townBody is the authority of a town named bare: the gazetteer's town,
// else the one municipality of the press's countries a registry gives.
func (an *analysis) townBody(name string) (body, bool) {
	if c, ok := an.commune(name, ""); ok {
		return an.bareTown(name, c, 0), true
	}
	as := slices.DeleteFunc(an.g.Authorities(name, ""), func(a place.Authority) bool {
		return a.Kind != vigie.VictimCommune || !an.pressCountry(a.Country)
	})
	if len(as) != 1 {
		return body{}, false
	}
	b := authorityBody(body{named: named{AnchorKind: vigie.VictimCommune, Written: name}}, as[0])
	b.Name, b.key = name, identity(b.Body)
	return b, true
}

// bareTown is the town hall of commune c, named bare as written in
// sentence sent.
func (an *analysis) bareTown(written string, c place.Commune, sent int) body {
	b := an.communeBody(body{named: named{AnchorKind: vigie.VictimCommune, Written: written}, sent: sent}, c)
	b.Name, b.key = written, identity(b.Body)
	return b
}

// soleAuthority is the one local authority sentence i names, unmarked and
// not as a place, when it names one; a question names none.
func (an *analysis) soleAuthority(i int) (body, bool) {
	if an.sents[i].Question {
		return body{}, false
	}
	vs := an.authorities(i, opensSince(an.folded[i])) // "A week after Worcestershire County Council took its systems offline, …": its news
	if len(vs) != 1 {
		return body{}, false
	}
	return vs[0], true
}

// countedVictim: under a title that counts its attacks, a paragraph
// that opens by naming one local authority, unmarked, tells one of them,
// in the attack's own words or not ("Cinco días después de desconectar su
// red, la Diputación de Huesca ha recuperado el correo").
func (an *analysis) countedVictim(i int) (body, bool) {
	if f := an.folded[i]; pastMarkers.in(f) || an.recalledInMain(i) {
		return body{}, false
	}
	return an.soleAuthority(i)
}

// paragraphVictim: the first sentence of the paragraph names one victim,
// unmarked, with an attack or the words of one happening.
func (an *analysis) paragraphVictim(i int) (body, bool) {
	var vs []body
	for _, b := range an.bodies[i] {
		if !b.Marked && !b.Locative && !slices.ContainsFunc(vs, func(o body) bool { return o.key == b.key }) {
			vs = append(vs, b)
		}
	}
	slices.SortStableFunc(vs, func(a, b body) int { return a.Start - b.Start }) // in the order the sentence names them: "c'était au tour de Vitré : … CCAS paralysé"
	f := an.folded[i]
	if !(an.attackIn(i) || eventWords.in(f) || an.toldNext(i)) || an.sents[i].Question || pastMarkers.in(f) || an.recalledInMain(i) {
		return body{}, false
	}
	vs = slices.DeleteFunc(vs, func(b body) bool { return b.Kind == vigie.VictimOther && !an.impersonated() }) // residents are counted, not hit
	if len(vs) == 0 {
		return an.placeVictim(i)
	}
	if c := an.openingPossessive(i); c != nil && !slices.ContainsFunc(vs, func(b body) bool { return b.named.Proper != "" || b.Place.Name == c.Name }) {
		return an.townVictim(i, c, false) // "Bolton's experience … the council later had to write": the council is Bolton's, not the last one named
	}
	if vs[0].Kind.InScope() { // "… Council is still in talks with the government": a national body is no rival victim
		vs = slices.DeleteFunc(vs, func(b body) bool { return !b.Kind.InScope() && b.Kind != vigie.VictimCompany })
	}
	if len(vs) > 1 && vs[0].End <= vs[1].Start {
		// "X a été visé, et avec lui Y et Z": the attack told between the
		// first and the others makes the first its victim.
		between := fold.String(an.sents[i].Text[vs[0].End:vs[1].Start])
		return vs[0], eventWords.in(between) || attackWords.in(between) || kindNamed(between) || joinedOnly(between)
	}
	return vs[0], len(vs) == 1
}

// joinedOnly: the folded words between two bodies only join them ("la
// ville de Fontenay-le-Comte et la communauté de communes … ont été
// frappées ensemble"): the sentence tells one attack on both, the first
// named its victim; a preposition may be said again ("à la ville de
// Carhaix-Plouguer et à Poher communauté", "et à la communauté").
func joinedOnly(between string) bool {
	ws := strings.Fields(between)
	with := len(ws) > 2 && conjunctions[ws[0]] && withIt.in(strings.Join(ws[1:3], " "))
	if with {
		ws = append(ws[:1], ws[3:]...) // "und mit ihr die Stadt", "et avec elle la ville": hit with the first
	}
	return len(ws) > 0 && len(ws) <= 3 && conjunctions[ws[0]] && !slices.ContainsFunc(ws[1:], func(w string) bool {
		return !articles[w] && w != "l" && !(with && joinArticles[w]) && !repeatedPrepositions[w] // folded, "l'" is "l": "de la mairie et de l'agglomération"
	})
}

// joinArticles are the other languages' definite articles, folded.
var joinArticles = map[string]bool{"der": true, "die": true, "das": true, "den": true, "dem": true, "il": true, "lo": true,
	"el": true, "los": true, "las": true, "de": true, "het": true}

// withIt joins a second body to the first: "und mit ihr die Stadt Dinan".
var withIt = words("mit ihr", "mit ihm", "avec elle", "avec lui", "with it", "con essa", "con esso", "con ella", "con el", "met haar", "met hem")

// repeatedPrepositions are said again before the second of two bodies
// joined, folded.
var repeatedPrepositions = map[string]bool{"a": true, "au": true, "de": true, "du": true, "to": true, "of": true, "for": true,
	"di": true, "del": true, "al": true, "van": true, "von": true}

// counted: the folded title counts the attacks or their victims ("zwei
// Angriffe", "dos instituciones atacadas", "three councils hit"), not
// the time since one ("deux ans après") nor people ("deux hommes devant
// le tribunal"): a round-up, every attack it counts reported, however far
// back in its span.
func counted(folded string) bool {
	_, ok := countIn(folded)
	return ok
}

// covers: every victim of some is a victim of all.
func covers(all, some [][]body) bool {
	for _, g := range some {
		if !hasVictim(all, g[0].key) {
			return false
		}
	}
	return true
}

// countedAttacks is the number of attacks or victims the title counts,
// else its lead when the title names no attack ("Europese gemeenten onder
// vuur", then "twee recente aanvallen in het buitenland laten zien…").
func (an *analysis) countedAttacks() (int, bool) {
	told := an.titleAttack()
	if n, ok := countIn(an.folded[0]); ok || told && !countedNouns.in(an.folded[0]) && !pluralAttacks.in(an.folded[0]) {
		return n, ok // a title telling an attack on one body; not "a summer of hacked town halls" above "we look at three local authorities"
	}
	for _, i := range an.lead()[1:] {
		if n, ok := countIn(an.folded[i]); ok && (n > 0 || !told) { // under a title telling attacks, "several councils" hit through one supplier count none
			return n, ok
		}
		if n := elidedCount(an.folded[i]); n > 0 && pluralAttacks.in(an.folded[i-1]) {
			return n, true // "…dealing with attacks of every kind. Here are three from the past few months."
		}
		if n := listedHits(an.folded[i]); n > 1 {
			return n, true
		}
	}
	return 0, false
}

// listedHits is how many local authorities a sentence lists by their kind
// alone, each after an indefinite article, as hit by attacks: "Un consejo
// comarcal catalán, una mancomunidad francesa y una provincia italiana han
// sufrido ataques informáticos" counts three.
func listedHits(folded string) int {
	if !pluralAttacks.in(folded) {
		return 0
	}
	ws := strings.Fields(folded)
	n := 0
	for k := 1; k < len(ws); k++ {
		if indefinites[ws[k-1]] && slices.ContainsFunc(anchors, func(a anchor) bool {
			return a.kind.InScope() && a.lang == "" && len(a.words) <= len(ws)-k && slices.Equal(a.words, ws[k:k+len(a.words)])
		}) {
			n++
		}
	}
	return n
}

// countIn is the number a counted title gives (0 for "several").
func countIn(folded string) (int, bool) {
	ws := strings.Fields(folded)
	for k, w := range ws[:max(len(ws)-1, 0)] {
		if !counts.in(w) {
			continue
		}
		next := strings.Join(ws[k+1:min(k+3, len(ws))], " ") // "zwei weitere Angriffe"
		if countedNouns.in(next) || plainAttack.in(next) || pluralAttacks.in(next) || attackWords.in(next) {
			return countValues[w], true
		}
	}
	return 0, false
}

// elidedCount is the number a sentence gives alone, its noun the attacks
// the sentence before told ("Here are three from the past few months",
// "En voici trois", "Drei davon"), or 0.
func elidedCount(folded string) int {
	ws := strings.Fields(folded)
	for k, w := range ws {
		n := countValues[w]
		if n == 0 {
			continue
		}
		if k == len(ws)-1 || elidedOf.in(ws[k+1]) {
			return n
		}
	}
	return 0
}

// elidedOf follow a count whose noun is left out: "three from", "trois parmi".
var elidedOf = words("from", "of", "among", "parmi", "davon", "aus", "unter", "di", "tra", "fra", "de", "entre", "van", "uit", "onder")

var countValues = map[string]int{"two": 2, "deux": 2, "zwei": 2, "due": 2, "dos": 2, "twee": 2, "2": 2,
	"three": 3, "trois": 3, "drei": 3, "tre": 3, "tres": 3, "drie": 3, "3": 3,
	"four": 4, "quatre": 4, "vier": 4, "quattro": 4, "cuatro": 4, "4": 4}

// toldNext: the sentence after i, in its paragraph, tells an attack and
// names no body of its own ("Weniger glimpflich kam das Landratsamt
// Lörrach davon. Am 11. Oktober verschlüsselten Angreifer dort mehrere
// Server"): sentence i introduced its victim.
// A heading opening its paragraph ("September, Enzkreis.") introduces the
// victim of the attack any sentence of the paragraph tells.
func (an *analysis) toldNext(i int) bool {
	last := i + 1
	if i > 0 && an.sents[i-1].Paragraph != an.sents[i].Paragraph && len(strings.Fields(an.sents[i].Text)) <= 5 {
		last = len(an.sents) - 1 // a heading: the paragraph's every sentence
	}
	for j := i + 1; j <= last && j < len(an.sents) && an.sents[j].Paragraph == an.sents[i].Paragraph; j++ {
		if an.sents[j].Question || !an.attackIn(j) {
			continue
		}
		return !slices.ContainsFunc(an.bodies[j], func(b body) bool {
			return !b.Locative && b.key != "" && !slices.ContainsFunc(an.bodies[i], func(o body) bool { return o.key == b.key })
		})
	}
	return false
}

// datesOld: sentence i gives a past year ("Van Willebroek in 2020") or
// "last year", or, inside its paragraph, a date months before the
// publication: a round-up's example from the past, not its news.
func (an *analysis) datesOld(i int, inside bool) bool {
	for _, e := range an.datesIn(i) {
		if inside && an.ref.Sub(e.Date.Time) > sameAttack {
			return true
		}
	}
	return an.yearsBack(i) > 0 || lastYear.in(an.folded[i])
}

// yearsBack is how many years before the publication the oldest year
// sentence i writes lies: a round-up that counts its attacks ("dos
// instituciones, atacadas en siete meses") reports last year's, not an
// example years old ("À Caen, l'intrusion de septembre 2020").
func (an *analysis) yearsBack(i int) int {
	if an.yearsMemo == nil {
		an.yearsMemo = make([]int8, len(an.sents))
	}
	if an.yearsMemo[i] == 0 {
		an.yearsMemo[i] = int8(an.readYearsBack(i)) + 1 // a year after 1990: under 127 until 2118
	}
	return int(an.yearsMemo[i]) - 1
}

// readYearsBack reads yearsBack.
func (an *analysis) readYearsBack(i int) int {
	text := an.sents[i].Text
	current := len(text) // where the sentence first dates something of the last month
	dated := false       // the sentence dates something of the last year outside its relative clauses
	for _, e := range an.datesIn(i) {
		d := an.ref.Sub(e.Date.Time)
		if d >= 0 && d <= 31*24*time.Hour {
			current = min(current, e.Start)
		}
		dated = dated || d >= 0 && d <= 365*24*time.Hour && !e.Vague && !inRelative(text, e.Start)
	}
	n := 0
	for _, m := range yearRe.FindAllStringIndex(text, -1) {
		if v, _ := strconv.Atoi(text[m[0]:m[1]]); v > 1990 && v < an.ref.Year() && m[0] < current && !(dated && inRelative(text, m[0])) {
			n = max(n, an.ref.Year()-v)
		}
	}
	return n // "On Tuesday 14 January, the municipality of Westerkwartier, formed in 2019, found…": news, not an example
}

// inRelative: the byte at in text stands in a relative clause set off by
// a comma ("… für einen Kreis, den Erpresser 2021 wochenlang lahmgelegt
// hatten"): what it dates is another time than the sentence's news.
func inRelative(text string, at int) bool {
	start := strings.LastIndexByte(text[:at], ',')
	if start < 0 {
		return false
	}
	w := strings.Fields(text[start+1:])
	return len(w) > 0 && (relativePronouns[fold.String(w[0])] || germanRelatives[fold.String(w[0])] || bodyOrigins[fold.String(w[0])])
}

// bodyOrigins open an apposition telling how a body came to be: "la
// municipalité de Hoeksche Waard, née en 2019 de la fusion de cinq
// communes, …", "the municipality of Westerkwartier, formed in 2019, …".
var bodyOrigins = map[string]bool{"ne": true, "nee": true, "nes": true, "nees": true, "creee": true, "cree": true, "fondee": true, "fonde": true,
	"issue": true, "issu": true, "fusionnee": true, "formed": true, "founded": true, "created": true, "established": true, "merged": true,
	"gegrundet": true, "entstanden": true, "nata": true, "nato": true, "creata": true, "creato": true, "fondata": true, "nacida": true,
	"nacido": true, "creada": true, "creado": true, "fundada": true, "ontstaan": true, "opgericht": true, "gefuseerd": true}

// germanRelatives open a German relative clause after a comma: "…, den
// Erpresser 2021 lahmgelegt hatten".
var germanRelatives = map[string]bool{"den": true, "dem": true, "deren": true, "dessen": true, "denen": true}

var yearRe = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// datesIn are the dates sentence i writes, read once per analysis (the
// readers of a finding ask for them many times). Callers must not modify
// the slice.
func (an *analysis) datesIn(i int) []when.Expr {
	if an.datesMemo == nil {
		an.datesMemo = make([][]when.Expr, len(an.sents))
	}
	if an.datesMemo[i] == nil {
		an.datesMemo[i] = when.Find(an.sents[i].Text, an.lang, an.ref, an.loc)
		if an.datesMemo[i] == nil {
			an.datesMemo[i] = []when.Expr{}
		}
	}
	return an.datesMemo[i]
}

// lastYear words date an event a year or more back.
var lastYear = words("l an dernier", "l annee derniere", "last year", "letztes jahr", "vergangenes jahr", "im vorjahr",
	"l anno scorso", "lo scorso anno", "el ano pasado", "vorig jaar", "vorige jaar", "afgelopen jaar",
	// and their genitives: "l'esperienza dell'anno scorso a Treviglio"
	"dell anno scorso", "dello scorso anno", "de l an dernier", "de l annee derniere", "des letzten jahres", "des vergangenen jahres",
	"del ano pasado", "van vorig jaar")

// namesSomething: sentence i names a body, or a commune as a place.
func (an *analysis) namesSomething(i int) bool {
	since := opensSince(an.folded[i])
	if _, ok := an.departmentVictim(i); ok {
		return true
	}
	if slices.ContainsFunc(an.bodies[i], func(b body) bool { return (!b.Marked || since) && !b.Locative }) ||
		an.placeIn(an.sents[i].Text) != nil || an.subjectPlace(an.sents[i].Text) != nil || an.headedPlace(i) != nil {
		return true
	}
	_, ok := an.openingArea(i)
	return ok
}

// openingArea is the council area a sentence opens on, after a
// preposition, when no town bears its name: "In Inverclyde, staff
// arrived in mid-April to find servers encrypted". Only a council: a
// region named bare is a place as often as a body.
func (an *analysis) openingArea(i int) (body, bool) {
	text := an.sents[i].Text
	toks := tokenize(text)
	if len(toks) < 2 || !titlePrepositions[toks[0].Fold] {
		return body{}, false
	}
	b, ok := an.authorityNamedIn(text, vigie.VictimCommune)
	return b, ok && b.named.Start == toks[1].Start
}

// headedPlace is the town a heading line names over sentence i's
// paragraph, when the sentence names it too: "Le 2 octobre, c'est au tour
// de Mendrisio", under the heading "Mendrisio, octobre".
func (an *analysis) headedPlace(i int) *place.Commune {
	if h := an.headed[i]; h != nil && strings.Contains(" "+an.folded[i]+" ", " "+fold.String(h.Name)+" ") {
		return h
	}
	return nil
}

// placeVictim: a sentence that dates an attack at a commune it names as a
// place ("À Maisons-Alfort (Val-de-Marne), l'attaque a eu lieu…") reports
// an attack on that commune when its paragraph speaks of its services.
func (an *analysis) placeVictim(i int) (body, bool) {
	if b, ok := an.departmentVictim(i); ok {
		return b, true
	}
	if an.namesOutOfScope(i, true) {
		return body{}, false // "un hôpital andalou, à Vélez-Málaga, a vu ses serveurs chiffrés": the town is the hospital's
	}
	c := an.placeIn(an.sents[i].Text)
	if c == nil { // "Drei Wochen später zog Potsdam die Notbremse", under a title naming Potsdam
		if b := an.barePlace(an.sents[i].Text); b != nil && strings.Contains(" "+an.folded[0]+" ", " "+fold.String(b.Name)+" ") {
			c = b
		}
	}
	headed := false
	if c == nil {
		c = an.headedPlace(i)
		headed = c != nil
	}
	if c == nil { // "Almuñécar abrió la lista el 18 de julio, cuando un ransomware cifró los servidores municipales"
		c = an.subjectPlace(an.sents[i].Text)
	}
	if c == nil {
		if b, ok := an.openingArea(i); ok {
			return b, true // "In Inverclyde, staff arrived in mid-April to find servers encrypted": a council area, no town
		}
	}
	for _, j := range an.paragraph(i) {
		if c != nil || j >= i {
			break
		}
		c = an.placeIn(an.sents[j].Text) // "À Durbuy, … les services communaux sont à l'arrêt. Un rançongiciel a chiffré les serveurs"
	}
	if c == nil {
		return body{}, false
	}
	return an.townVictim(i, c, headed)
}

// townVictim is the council of town c, named in sentence i, when its
// paragraph speaks of a council or a town hall (or a heading named c).
func (an *analysis) townVictim(i int, c *place.Commune, headed bool) (body, bool) {
	for _, j := range an.paragraph(i) {
		if headed || municipal.in(an.folded[j]) || an.names(j, "commune:"+c.INSEE) {
			return an.bareTown(c.Name, *c, i), true
		}
	}
	return body{}, false
}

// paragraph lists the sentences of the paragraph of sentence i.
// subjectPlace is the town of the press's countries a sentence opens on,
// as its subject: its name first, a lower-case word after it.
func (an *analysis) subjectPlace(text string) *place.Commune { return an.subjectOf(text, false) }

// subjectOf is subjectPlace, reading a possessive ("Bolton's experience")
// as the town's own when possessive is set.
func (an *analysis) subjectOf(text string, possessive bool) *place.Commune {
	toks := tokenize(text)
	for _, k := range clauseStarts(toks) {
		if c := an.subjectAt(text, toks, k, possessive); c != nil {
			return c
		}
	}
	return nil
}

// openingPossessive is the town a paragraph's first sentence opens on in
// the possessive ("Bolton's experience this March was smaller"), or nil.
func (an *analysis) openingPossessive(i int) *place.Commune {
	if an.lang != "en" || i > 0 && an.sents[i-1].Paragraph == an.sents[i].Paragraph || an.yearsBack(i) > 0 {
		return nil // not "Cavan's recovery from its 2023 ransomware attack", recalled
	}
	return an.subjectOf(an.sents[i].Text, true)
}

// clauseStarts are where a sentence's subject may stand: its first word,
// and the word after each comma of the short phrases that open it ("À
// l'automne, enfin, Longwy a vu son site internet tomber").
func clauseStarts(toks []token) []int {
	out := []int{0}
	for k := 0; k < len(toks) && k < 8; k++ {
		if toks[k].Text == "," {
			out = append(out, k+1)
		}
	}
	return out
}

// subjectAt is the town of the press's countries named at toks[k], a
// lower-case word after its name.
func (an *analysis) subjectAt(text string, toks []token, k int, possessive bool) *place.Commune {
	if len(toks) < k+2 || !toks[k].Upper || toks[k].Punct || place.IsCommonWord(toks[k].Text) {
		return nil
	}
	end := properEnd(toks, k)
	next := end
	if possessive && next+2 < len(toks) && (toks[next].Text == "'" || toks[next].Text == "’") && toks[next+1].Text == "s" {
		next += 2 // "Bolton's experience this March…": the town's own
	}
	if next >= len(toks) || toks[next].Upper || toks[next].Punct || isAnchorAt(toks, next) {
		return nil
	}
	if c, ok := an.commune(text[toks[k].Start:toks[end-1].End], ""); ok && an.pressCountry(c.Country) {
		return &c // "Most serious, perhaps, is…" opens on no Bavarian town
	}
	return nil
}

// opensSince: the sentence opens on how long after something it is set
// ("a week after", "deux mois après", "drei Wochen nach").
func opensSince(folded string) bool {
	ws := strings.Fields(folded)
	for k, w := range ws[:min(len(ws), 4)] {
		if isUnit(w) && k+1 < len(ws) && afterWords[ws[k+1]] {
			return true
		}
	}
	return false
}

// departmentVictim: under a title that counts départements hit ("trois
// départements frappés en cinq semaines"), a sentence that names one
// département ("Dans les Alpes-Maritimes, les premiers signes…") tells of
// its council.
func (an *analysis) departmentVictim(i int) (body, bool) {
	if !strings.Contains(an.folded[0], "departements") || !counted(an.folded[0]) {
		return body{}, false
	}
	d, ok := lastNamed(an.folded[i], an.mentionedDepartments())
	if !ok {
		return body{}, false
	}
	b := departmentBody(body{named: named{AnchorKind: vigie.VictimDepartment, Written: d.Name}, sent: i}, d)
	b.Kind, b.Name = vigie.VictimDepartment, d.Name
	b.key = identity(b.Body)
	return b, true
}

func (an *analysis) paragraph(i int) []int {
	var out []int
	for j, s := range an.sents {
		if s.Paragraph == an.sents[i].Paragraph {
			out = append(out, j)
		}
	}
	return out
}

// headedParagraph is sentence i's paragraph, and when that is a short
// heading of its own telling no attack ("Agrigento, gennaio 2024"), the
// paragraph after it too.
func (an *analysis) headedParagraph(i int) []int {
	para := an.paragraph(i)
	if len(para) > 1 || an.attackIn(i) || len(wordsOf(an.sents[i].Text)) > 6 || i+1 >= len(an.sents) {
		return para
	}
	next := an.paragraph(i + 1)
	heading := " " + an.folded[i] + " "
	if slices.ContainsFunc(next, func(k int) bool {
		return slices.ContainsFunc(an.bodies[k], func(b body) bool {
			return slices.ContainsFunc([]string{b.Place.Name, b.named.Proper}, func(n string) bool {
				return n != "" && strings.Contains(heading, " "+fold.String(n)+" ")
			})
		})
	}) {
		return para // "Calw, l'arrêt complet" over "l'administration du Landkreis de Calw…": that paragraph names its victim
	}
	return append(para, next...)
}

// isLowerWord: s is one word of lowercase letters ("en", "im").
func isLowerWord(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsLower(r) })
}
