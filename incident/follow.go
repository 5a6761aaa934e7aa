package incident

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/fold"
	"github.com/vigie-news/vigie/internal/when"
	"github.com/vigie-news/vigie/place"
)

// Follow-ups are tracked, as topic detection and tracking does: a piece
// that tells an attack but names its victim in a form the reader cannot
// resolve ("BH Vöcklabruck", "le SIGI", "Half jaar na phishingaanval voert
// Rijnland tweestapsverificatie in") is no report of a new attack; it
// follows the earlier incident whose victim's own name its title or lead
// spells. The analysis keeps those names (trackNames); clustering matches
// them against the incidents (followUps).

// trackNames are the proper names of the title and lead, folded, and the
// own words of the bodies they name ("la communauté de communes" of a
// piece on Sèvre et Loire: sevre, loire) or the next paragraph opens on
// after a standfirst naming none (openingSentences), of an article that tells an
// attack (toldAttack), or only an outage (toldAftermath: then recent says
// it may follow only an attack begun shortly before, unless the title or
// lead counts the time since the attack); nil for any other.
func (an *analysis) trackNames() (names []string, recent bool) {
	lead := an.lead()
	switch {
	case an.impersonated():
		return nil, false // a scam in the council's name, whatever attack it recalls, follows none
	case an.outageExplained():
		return nil, false
	case an.toldAttack(), an.toldNextParagraph():
	case an.toldAfterStandfirst():
		lead = an.early(2) // "Opposition members say residents are paying …", then "Households in the Canterbury district … last autumn's ransomware attack"
	case an.toldAftermath():
		// "Marche-en-Famenne, un an après": the aftermath of the attack a
		// year before; but one whose second or third paragraph tells the attack
		// ("Le poste a été créé au printemps, après le rançongiciel qui
		// avait paralysé simultanément la ville et l'intercommunalité")
		// tells more than an outage, unless it speaks of bodies in the
		// plural ("Combien de communes vaudoises sauraient réagir…")
		early := an.early(2)
		told := slices.ContainsFunc(an.early(3), an.tellsAttack) // "… quelques semaines après l'attaque qui avait figé les ordinateurs des deux collectivités" in the third
		recent = an.elapsed() == 0 && (!told || slices.ContainsFunc(early, an.collective))
	default:
		return nil, false
	}
	return an.leadNames(lead), recent
}

// leadNames are the proper names of sentences lead, and the keys of the
// bodies they name or the next paragraph opens on (trackNames).
func (an *analysis) leadNames(lead []int) []string {
	var out []string
	for _, i := range lead {
		for _, w := range properWords(an.sents[i].Text) {
			if ownWord(w) && !calendarWords[w] && !place.IsCommonWord(w) { // only words a victim's name may hold: they are keys
				out = append(out, w)
			}
			if town, ok := an.demonymTown(w); ok && !companyNouns.in(an.folded[i]) && !suppliers.in(an.folded[i]) {
				out = append(out, town) // "Tausender Lippstädter": Lippstadt's; not "Rottweiler Zulieferer"
			}
		}
		for _, b := range an.bodies[i] {
			out = append(out, trackKeys(b.Body)...)
		}
		for _, b := range an.bareTowns(an.sents[i].Text, true) {
			out = append(out, trackKeys(b.Body)...) // "Etten-Leur werkt al ruim een week met pen en papier": "leur" is a common word of French
		}
	}
	for _, i := range an.openingSentences() {
		if !slices.Contains(lead, i) { // after a standfirst naming no body, the body the next paragraph opens on
			for _, b := range an.bodies[i] {
				out = append(out, trackKeys(b.Body)...)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// trackKeys are what a follow-up keeps of a body it names: its own words
// and, when a registry knows it, its code ("ags:13071"), which matches the
// body whatever form of its name each article uses ("im Kreishaus der
// Mecklenburgischen Seenplatte", "Landkreis Mecklenburgische Seenplatte").
func trackKeys(b vigie.Body) []string {
	out := ownWords(b)
	if id := VictimID(b); id != "" && b.Kind.InScope() {
		out = append(out, id)
	}
	return out
}

// bareKinds are the in-scope kinds of the bodies the title and lead call
// by their kind alone, by a byname ("die Salinenstadt") or by their
// region's adjective ("de Twentse gemeente"): after a definite article
// below the title ("a council", a list of kinds are none in particular).
func (an *analysis) bareKinds() []vigie.VictimKind {
	var out []vigie.VictimKind
	for _, i := range an.lead() {
		if i == 0 && pluralIncidents.in(an.folded[0]) {
			continue // "Council cyber incidents rose by a third": a kind of body, not one
		}
		text := an.sents[i].Text
		for _, n := range findNamed(text, an.lang) {
			if !n.AnchorKind.InScope() || n.Proper != "" && !an.epithet(n) && !an.regionAdjective(n) {
				continue
			}
			if before := wordBefore(text, n.Start); i > 0 && !definites[before] || indefinites[before] {
				continue // below the title, "the council", "den Kreis"; not "Gemeenten, OCMW's en politiezones", "a council"
			}
			if !slices.Contains(out, n.AnchorKind) {
				out = append(out, n.AnchorKind)
			}
		}
	}
	return out
}

// pluralIncidents count incidents, not attacks ("cyber incidents rose").
var pluralIncidents = words("incidents", "cyber incidents", "vorfalle", "cybervorfalle", "sicherheitsvorfalle", "incidenti",
	"incidentes", "incidenten", "cyberincidenten")

// regionAdjective: a Dutch adjective before an anchor that names no town
// nor province of the Low Countries ("de Twentse gemeente"): where the
// body is, not which.
func (an *analysis) regionAdjective(n named) bool {
	return an.lang == "nl" && n.Before && !strings.Contains(n.Proper, " ") && strings.HasSuffix(n.Proper, "se") &&
		an.dutchAdjective(n).Proper == n.Proper
}

// wordBefore is the folded word of text just before position at.
func wordBefore(text string, at int) string { return lastWords(fold.String(text[:at]), 1) }

// toldAftermath: the title or the lead tell of systems down or coming back
// ("Sèvre et Loire : les services redémarrent", "Rathaus seit einer Woche
// ohne Netz") without naming an attack, nor another cause, planned work or
// a company: the aftermath of an attack on a body the press already
// reported, when there is one.
func (an *analysis) toldAftermath() bool {
	return an.itDown && !slices.ContainsFunc(an.lead(), func(i int) bool {
		return an.tellsAttack(i) || an.otherStory(i)
	})
}

// outageExplained: the first paragraphs deny an attack and give another
// cause ("Aucun acte malveillant là-dedans. … une pelleteuse a sectionné
// le câble de fibre optique"): the story is an outage, it follows none.
func (an *analysis) outageExplained() bool {
	return slices.ContainsFunc(an.early(2), func(i int) bool { return an.otherStory(i) && an.deniesAttack(i) })
}

// deniesAttack: sentence i's paragraph denies an attack ("Aucun acte
// malveillant", "no cyber attack"), not only its claim.
func (an *analysis) deniesAttack(i int) bool {
	return slices.ContainsFunc(an.paragraph(i), func(k int) bool { return deniesIn(an.folded[k]) })
}

// suppliers name a firm by what it supplies.
var suppliers = words("*zulieferer", "zulieferer", "*lieferant", "lieferant", "supplier", "fournisseur", "fornitore", "proveedor", "leverancier")

// demonymTown is the folded town a German adjective of place names
// ("lippstadter", "eichstatter"), when the gazetteer knows it, or the
// district ("schaumburger"), when a registry does.
func (an *analysis) demonymTown(folded string) (string, bool) {
	stem, ok := strings.CutSuffix(folded, "er")
	if an.lang != "de" || !ok || len(stem) < 4 {
		return "", false
	}
	if c, ok := an.commune(stem, ""); ok && fold.String(c.Name) == stem {
		return stem, true
	}
	if a, _, ok := an.districtNamed(capitalize(stem)); ok && slices.Contains(coreWords(a.Name), stem) {
		return stem, true // "Schaumburger Zulassungsstelle": Landkreis Schaumburg's
	}
	return "", false
}

// toldAfterStandfirst: the lead is a standfirst alone, naming no body
// nor place and telling no attack ("Opposition members say residents are
// paying for years of underinvestment in IT."), and the paragraph under
// it tells the attack, denying none, with no other story nor bodies in
// the plural: the lead the story opens on.
func (an *analysis) toldAfterStandfirst() bool {
	lead, next := an.lead(), an.early(2)
	if len(lead) != 2 || len(next) == len(lead) || len(an.bodies[1]) > 0 || an.placeIn(an.sents[1].Text) != nil || an.tellsAttack(1) {
		return false
	}
	if an.collective(0) || an.collective(1) || an.otherStory(1) || an.companyTitle() || an.statistics() {
		return false // "Four councils around the Peak District are to pool money", "Communes wallonnes : l'enquête"
	}
	next = next[len(lead):]
	return slices.ContainsFunc(next, func(i int) bool { return an.tellsAttack(i) && !attackAfterMarker(an.folded[i]) }) &&
		!slices.ContainsFunc(next, an.otherStory) && !slices.ContainsFunc(next, an.collective) && !slices.ContainsFunc(next, an.deniesAttack)
}

// toldNextParagraph: the lead names one body by its name, or one town
// and no body, and tells no other story, and one of the next two
// paragraphs tells the attack ("Der Rat der Stadt Delmenhorst hat … den
// Haushalt beschlossen … Das Geld ist eine direkte Folge der
// Erpressungsattacke vom März"), none speaking of bodies in the plural:
// the body's story after its attack.
func (an *analysis) toldNextParagraph() bool {
	lead, early := an.lead(), an.early(3)
	if slices.ContainsFunc(lead, an.otherStory) || slices.ContainsFunc(early, an.collective) {
		return false
	}
	named := ""
	for _, i := range lead {
		for _, b := range an.bodies[i] {
			if !b.Kind.InScope() || b.named.Proper == "" || b.Marked || b.Locative {
				continue
			}
			if named != "" && named != b.key {
				return false
			}
			named = b.key
		}
	}
	if named == "" {
		named = an.soleTown(lead) // "Les élus de Montgeron ont adopté le budget primitif … Cette somme est la conséquence directe du piratage subi en novembre"
	}
	return named != "" && slices.ContainsFunc(early[len(lead):], an.tellsAttack)
}

// soleTown is the one town sentences ss name, when they name no body in
// scope ("Les élus de Montgeron ont adopté le budget"), or "".
func (an *analysis) soleTown(ss []int) string {
	town := ""
	for _, i := range ss {
		if slices.ContainsFunc(an.bodies[i], func(b body) bool { return b.Kind.InScope() }) {
			return ""
		}
		for _, b := range an.bareTowns(an.sents[i].Text, true) {
			if town != "" && town != b.key {
				return ""
			}
			town = b.key
		}
	}
	return town
}

// toldAttack: the title or the lead tell an attack (a piece whose story
// is another, a policy or a training, recalls it further down), no
// sentence denies one ("il ne s'agit pas d'une cyberattaque"), and the
// title and lead give no other cause (a fire, a power cut, planned
// maintenance) and no company it may have hit ("Belluno, ransomware blocca
// i magazzini di Dolomiti Logistica ... l'azienda": the province, hit
// months before, is no victim).
func (an *analysis) toldAttack() bool {
	lead := an.lead()
	if !slices.ContainsFunc(lead, an.tellsAttack) || slices.ContainsFunc(lead, an.otherStory) {
		return false // most articles: asked first, as the denials read every sentence
	}
	return !slices.ContainsFunc(an.folded, deniesIn)
}

// deniesIn: the folded sentence f denies an attack named in words
// (deniedAttack).
func deniesIn(f string) bool {
	for _, l := range []cue{attackWords, plainAttack} {
		if slices.ContainsFunc(l.all(f), func(m []int) bool { return deniedAttack(f, m) }) {
			return true
		}
	}
	return false
}

// deniedAttack: the attack cue at m in folded sentence f is denied, not
// its claim, nor something done to its authors ("Aucun paiement n'a été
// versé aux pirates", "aucune somme aux auteurs de l'attaque"): a
// negation right before those ("aucun pirate") denies them.
func deniedAttack(f string, m []int) bool {
	w := around(f, m)
	if !w.negated() || w.unclaimed() {
		return false
	}
	if authorsOf.in(lastWords(f[:m[0]], 4)) {
		return false // "n'avoir versé aucune somme aux auteurs de l'attaque"
	}
	return !intruders.in(f[m[0]:m[1]]) || negators.in(lastWords(f[:m[0]], 2))
}

// authorsOf name the authors of what follows: what is denied them is not
// the attack.
var authorsOf = words("auteurs de l", "auteurs de la", "auteurs du", "auteur de l", "authors of the", "perpetrators of the",
	"those behind the", "people behind the", "tatern des", "tater des", "urhebern des", "urheber des", "autori dell", "autori del",
	"autores del", "autores de la", "daders van de")

// unclaimed: the negation is of a claim, not of the attack ("Ningún
// grupo criminal ha reivindicado el ataque", "zu dem Angriff hat sich
// niemand bekannt"): the attack is taken as known.
func (w cueWindow) unclaimed() bool { return claimVerbs.in(w.before) || claimVerbs.in(w.after) }

var claimVerbs = words("revendique*", "reivindicad*", "reivindico", "claim*", "rivendicat*", "opgeeist", "bekannt",
	"bekennt", "bekannte")

// otherStory: sentence i gives another cause (a fire, a power cut),
// planned work, or a company or a hospital the trouble may be about
// ("tocca alla Clinica Sant'Ubaldo: sistemi bloccati"). Schools run on
// their authority's network, and a national body (the regulator, the
// police) is often cited in an aftermath: neither tells another story.
func (an *analysis) otherStory(i int) bool {
	f := an.folded[i]
	return otherCauses.in(f) || undeniedCue(plannedWords, f) || firmIn(f) && !near(f, hireWords, companyWords, 7) && !near(f, cameFrom, companyWords, 3) ||
		slices.ContainsFunc(an.bodies[i], func(b body) bool {
			return !b.Marked && b.Kind == vigie.VictimHospital && !cameFrom.in(lastWords(fold.String(an.sents[i].Text[:b.Start]), 5))
		}) // but not "Wigan Council has appointed Priya Sandhu, formerly of a large NHS trust": where she worked
}

// tellsAttack: sentence i names an attack, plainly or not.
func (an *analysis) tellsAttack(i int) bool {
	return attackWords.in(an.folded[i]) || plainAttack.in(an.folded[i]) || an.attackIn(i)
}

// properWords are the capitalised words of a text, folded ("BH
// Vöcklabruck wieder am Netz": "bh", "vocklabruck" and "netz").
func properWords(text string) []string {
	var out []string
	for _, w := range wordsOf(text) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			out = append(out, fold.String(w))
		}
	}
	return out
}

// wordsOf splits a text into its runs of letters and digits.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// ownWord: a folded word may be a body's own: four letters or more, and no
// word of a kind ("Bezirkshauptmannschaft", "County Council") nor one that
// joins it to a name.
func ownWord(w string) bool { return utf8.RuneCountInString(w) >= 4 && !kindWords[w] }

// coreWords are the words of a victim's name that are its own (ownWord).
// A name holding none ("Mairie de Gap") is never followed by name.
func coreWords(name string) []string {
	var out []string
	for _, w := range wordsOf(fold.String(name)) {
		if ownWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// kindWords are the words of the anchors that name a body's kind, and the
// words that join them to a name.
var kindWords = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range anchors {
		for _, w := range a.words {
			m[w] = true
		}
	}
	for _, set := range []map[string]bool{councilWords, groupingWords, prepositions, joiners, articles} {
		for w := range set {
			m[w] = true
		}
	}
	for _, w := range strings.Fields("communaute communes agglomeration conseil departemental regional unitary authority metropolitan royal intercommunal") {
		m[w] = true
	}
	return m
}()

// ownWords are the coreWords of an in-scope victim's official name (or
// the name written); none for a body out of scope.
func ownWords(b vigie.Body) []string {
	if !b.Kind.InScope() {
		return nil
	}
	return coreWords(cmp.Or(b.Official, b.Name))
}

// followUps adds to the clusters the reports that name no victim but
// spell one (Report.Names), each to the incident it follows (follow), and
// says why.
func followUps(reports []vigie.Report, articles map[int64]*vigie.Article, clusters []*cluster) []Decision {
	byWord := map[string][]int{} // clusters by the own words of their victims
	bySite := map[string][]int{} // clusters by the outlets that reported them
	for i, c := range clusters {
		for _, it := range c.items {
			if l := bySite[it.article.Site]; len(l) == 0 || l[len(l)-1] != i {
				bySite[it.article.Site] = append(l, i)
			}
			for _, v := range append([]vigie.Body{it.finding.Victim}, it.finding.AlsoAffected...) { // "l'agglomération saisit la justice", hit with its town
				for _, w := range trackKeys(v) {
					if l := byWord[w]; len(l) == 0 || l[len(l)-1] != i {
						byWord[w] = append(l, i)
					}
				}
			}
		}
	}
	var decisions []Decision
	var joins []item
	for _, r := range reports {
		a := articles[r.ArticleID]
		if a == nil || len(r.Findings) > 0 || len(r.Names) == 0 {
			continue
		}
		names := slices.Clone(r.Names)
		slices.Sort(names)
		i, v, why := follow(clusters, byWord, names, published(a), r.Recent, r.Told)
		if i < 0 && len(r.Kinds) > 0 {
			i, v, why = anaphor(clusters, bySite[a.Site], a, r)
		}
		if i < 0 || recalledOnly(r, a, v) {
			continue
		}
		f := vigie.Finding{Victim: v, Attack: vigie.AttackUnknown, InScope: true, Confidence: 0.3,
			Evidence: []vigie.Evidence{{Field: "victim", Value: cmp.Or(v.Official, v.Name), Sentence: a.Title}}}
		joins = append(joins, item{article: a, finding: f})
		decisions = append(decisions, Decision{ArticleID: a.ID, Victim: identity(v), Cluster: i, Joined: true, Reasons: []string{why}})
	}
	for k, it := range joins { // once all are decided: a follow-up does not stretch the window of another
		clusters[decisions[k].Cluster].add(it)
	}
	return decisions
}

// follow finds the incident a report that names no victim follows: among
// the clusters with an in-scope victim all of whose own words the
// report's names (sorted) spell, those of one victim (names that fit two
// victims choose none), the latest to begin before the article came out,
// while the press still writes about it (coverage); one that tells only
// an outage (recent), only an attack begun shortly before, unless the
// start it gives (told) is the attack's ("De functie werd in het leven
// geroepen na de aanval met gijzelsoftware in november vorig jaar"). It
// returns the cluster's index, or -1, and that victim.
func follow(clusters []*cluster, byWord map[string][]int, names []string, pub time.Time, recent bool, told vigie.Timestamp) (int, vigie.Body, string) {
	if i, v, why := followBodies(clusters, byWord, names, pub, recent, told, false); i >= 0 {
		return i, v, why
	}
	return followBodies(clusters, byWord, names, pub, recent, told, true) // "l'agglomération saisit la justice": a body hit with the victim
}

// followBodies is follow over the clusters' victims, and the bodies hit
// with them when also is set.
func followBodies(clusters []*cluster, byWord map[string][]int, names []string, pub time.Time, recent bool, told vigie.Timestamp, also bool) (int, vigie.Body, string) {
	var cands []int
	for _, n := range names {
		cands = append(cands, byWord[n]...)
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	best, key := -1, ""
	var victim vigie.Body
	for _, i := range cands {
		c := clusters[i]
		start := cmp.Or(c.start, c.first)
		if pub.Before(start.Add(-lead)) || pub.Sub(c.last) > coverage && !toldFits(told, c.start) || recent && pub.Sub(start) > sameAttack && !toldFits(told, c.start) {
			continue // an outage told months after an attack is no sign of it
		}
		for _, it := range c.items {
			v, ok := spelled(it.finding, names, also)
			if !ok {
				continue
			}
			k := identity(v)
			if key != "" && k != key {
				return -1, vigie.Body{}, ""
			}
			key = k
			if best < 0 || start.After(cmp.Or(clusters[best].start, clusters[best].first)) {
				best, victim = i, v
			}
			break
		}
	}
	if best < 0 {
		return -1, vigie.Body{}, ""
	}
	return best, victim, fmt.Sprintf("follows cluster %d (%s): its title and lead name %s, and it came out after the attack", best, clusters[best].label(), strings.Join(ownWords(victim), " "))
}

// spelled is the body of a finding, its victim or, when also is set, one
// hit with it, all of whose own words are among names (sorted).
func spelled(f vigie.Finding, names []string, also bool) (vigie.Body, bool) {
	bs := []vigie.Body{f.Victim}
	if also {
		bs = f.AlsoAffected
	}
	for _, v := range bs {
		if id := VictimID(v); id != "" {
			if _, ok := slices.BinarySearch(names, id); ok {
				return v, true // the body the follow-up names, by its code
			}
		}
		own := ownWords(v)
		if len(own) > 0 && !slices.ContainsFunc(own, func(w string) bool { _, ok := slices.BinarySearch(names, w); return !ok }) {
			return v, true
		}
	}
	return vigie.Body{}, false
}

// toldFits: a start a follow-up gives is its attack's, which began at
// start: months apart at most, or in its month.
func toldFits(told vigie.Timestamp, start time.Time) bool {
	if told.IsZero() || start.IsZero() {
		return false
	}
	return told.Time.Sub(start).Abs() < sameAttack || told.Precision == vigie.PrecisionMonth && sameMonth(told.Time, start)
}

// followedYears are the years of the attacks a follow-up by kind may
// follow: those within sameAttack of the start it gives, else those of the
// coverage before it came out (pub).
func followedYears(told vigie.Timestamp, pub time.Time) []int {
	from, to := pub.Add(-coverage), pub.Add(lead)
	if !told.IsZero() {
		from, to = told.Time.Add(-sameAttack), told.Time.Add(sameAttack)
	}
	var out []int
	for y := from.Year(); y <= to.Year(); y++ {
		out = append(out, y)
	}
	return out
}

// anaphor finds the incident a report that calls its victim by its kind
// alone follows ("Ein Jahr danach: Der Hackerangriff kostet den Kreis 2,3
// Millionen Euro" in the district's paper): among the clusters its outlet
// reported (cands), still covered, the one where the outlet dated an
// attack on an in-scope victim of one of its kinds, in its Years, before
// it came out and at the start it gives if it gives one, the latest. It
// returns the cluster's index, or -1, and that victim.
func anaphor(clusters []*cluster, cands []int, a *vigie.Article, r vigie.Report) (int, vigie.Body, string) {
	pub := published(a)
	best := -1
	var victim vigie.Body
	var latest time.Time
	for _, i := range cands {
		c := clusters[i]
		if pub.Sub(c.last) > coverage && !yearGiven(r) {
			continue
		}
		for _, it := range c.items {
			v, start := it.finding.Victim, it.finding.Start.Time
			if it.article.Site != a.Site || !v.Kind.InScope() || !slices.Contains(r.Kinds, v.Kind) || it.finding.Start.IsZero() ||
				!slices.Contains(r.Years, start.Year()) || pub.Before(start.Add(-lead)) || r.Recent && pub.Sub(start) > sameAttack ||
				!r.Told.IsZero() && (r.Told.Time.Sub(start) > sameAttack || start.Sub(r.Told.Time) > sameAttack) {
				continue // the outlet's dated report of a body of its kind, at the start it gives, read by its keys (Keys)
			}
			if best < 0 || start.After(latest) {
				best, victim, latest = i, v, start
			}
		}
	}
	if best < 0 {
		return -1, vigie.Body{}, ""
	}
	return best, victim, fmt.Sprintf("follows cluster %d (%s): its title and lead call a %s by its kind alone, and %s reported this one last before it", best, clusters[best].label(), victim.Kind, a.Site)
}

// yearGiven: the report's text gives its attack's year and nothing
// closer ("après le piratage de 2021"): it follows that year's attack
// however long the press was silent.
func yearGiven(r vigie.Report) bool { return r.Told.IsZero() && len(r.Years) == 1 }

// hireWords say a body hired a firm ("la contratación por vía de
// emergencia de una empresa tecnológica"): the firm works for it, its
// story is the body's.
var hireWords = words("contratacion", "contrato", "contratad*", "adjudica*", "hired", "commissioned", "contracted",
	"brought in", "beauftragt*", "engagiert*", "incaricat*", "affidat*", "mandate*", "engage*", "ingeschakeld", "ingehuurd")

// cameFrom say where a newcomer worked before ("arriva da un'azienda di
// telecomunicazioni", "venu du secteur bancaire"): no firm's story.
var cameFrom = words("formerly of", "formerly at", "formerly with", "previously at", "previously with", "anciennement",
	"auparavant", "zuvor bei", "fruher bei", "bisher bei", "in precedenza", "anteriormente en", "antes en", "voorheen bij", "eerder bij",
	"arriva da", "proviene da", "comes from", "came from", "joins from", "vient de", "vient d", "venu de",
	"venu d", "venue de", "venue d", "kommt von", "kommt aus", "wechselt von", "viene de", "procede de", "komt van", "komt uit")

// firmIn: a folded sentence names a company, by an anchor or by its legal
// form ("Die Hasetal Spedition GmbH meldet einen Angriff").
func firmIn(folded string) bool { return companyWords.in(folded) || legalForms.in(folded) }

var legalForms = words("gmbh", "ltd", "plc", "sarl", "srl", "s r l", "s p a", "bv", "b v")

// companyWords are the anchors of a company, but for the words that also
// name a council's provider or a gang ("prestataire", "groupe").
var companyWords = func() cue {
	var list []string
	for _, a := range anchors {
		if a.kind == vigie.VictimCompany && !slices.Contains([]string{"group", "groupe", "prestataire", "provider", "esn", "editeur"}, a.joined) {
			list = append(list, a.joined)
		}
	}
	slices.Sort(list)
	return words(list...)
}()

// countsSince: a title counts a time since something ("Drei Jahre
// danach", "One year on", "Un an après").
func countsSince(title, lang string) bool {
	toks := tokenize(title)
	for k := 1; k+1 < len(toks); k++ {
		if _, unit := when.UnitDays(toks[k].Fold); !unit || !laterWords[toks[k+1].Fold] && !afterWords[toks[k+1].Fold] {
			continue
		}
		if _, ok := when.Count(toks[k-1].Fold, lang); ok {
			return true
		}
	}
	return false
}

// recalledOnly: the reader took the attack on v for context (a mention:
// "Le maire a cité l'exemple de la mairie d'Angers, touchée en janvier"),
// and the title neither names v, nor calls a body of its kind by its
// kind alone ("les failles informatiques du syndicat des eaux"), nor
// tells an attack: the piece is about something else.
func recalledOnly(r vigie.Report, a *vigie.Article, v vigie.Body) bool {
	k := identity(v)
	if !slices.ContainsFunc(r.Mentions, func(m vigie.Finding) bool { return identity(canonical(m.Victim)) == k }) {
		return false
	}
	t := fold.String(a.Title)
	if attackWords.in(t) || plainAttack.in(t) || tellsKind(t) || leakTold(t) || dataSurfaced(t) || countsSince(a.Title, primaryLang(a.Lang)) {
		return false // "Drei Jahre danach: Zulassungsstelle wieder voll digital": the time since its attack
	}
	if slices.ContainsFunc(findNamed(a.Title, primaryLang(a.Lang)), func(n named) bool { return n.AnchorKind == v.Kind && n.Proper == "" }) {
		return false
	}
	words := properWords(a.Title)
	return slices.ContainsFunc(ownWords(v), func(w string) bool { return !slices.Contains(words, w) })
}

// dataSurfaced: a title tells residents' data found online ("Adressen
// und Geburtsdaten im Netz aufgetaucht", "Données d'habitants retrouvées
// sur un forum"): the leak of the attack it follows, not a recall.
func dataSurfaced(folded string) bool {
	return near(folded, surfacedWords, dataNouns, 4) || near(folded, surfacedWords, personalNouns, 4)
}

var (
	surfacedWords = words("aufgetaucht", "aufgetauchte", "retrouve*", "apparu*", "publie*", "published", "surfaced", "found online",
		"appear*", "veroffentlicht", "comparsi", "comparse", "pubblicat*", "aparecen", "aparecid*", "publicad*", "opgedoken", "gepubliceerd")
	personalNouns = words("adressen", "geburtsdaten", "namen", "addresses", "names", "adresses", "noms", "indirizzi", "nomi",
		"direcciones", "nombres", "personal details", "personendaten")
)
