package incident

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/fold"
	"github.com/vigie-news/vigie/internal/when"
	"github.com/vigie-news/vigie/place"
)

// pastMarkers in a sentence say it recalls another, earlier attack.
var pastMarkers = words("similaire", "similar", "similar attack", "deja", "already", "l an dernier", "l annee derniere",
	"last year", "letztes jahr", "vergangenes jahr", "l anno scorso", "el ano pasado", "egalement victime",
	"avant elle", "before it", "ahnlich*", "simile", "analogo",
	// "Het is niet de eerste keer dat een gemeente … : in december 2020 werd Hof van Twente lamgelegd"
	"pas la premiere fois", "not the first time", "nicht das erste mal", "nicht zum ersten mal", "non e la prima volta",
	"no es la primera vez", "niet de eerste keer", "nao e a primeira vez")

// againWords tell of a new attack on a body hit before: its older date
// is the earlier attack's. Some also say a service is back ("wieder
// online", "again"); secondTime are those that never do.
var (
	secondTimeList = []string{"erneut", "nouvelle fois", "once more", "second time", "deuxieme fois", "seconde fois",
		"zweiten mal", "seconda volta", "segunda vez", "tweede keer"}
	secondTime = words(secondTimeList...)
	againWords = words(append([]string{"de nouveau", "a nouveau", "encore une fois", "again", "wieder", "di nuovo",
		"ancora una volta", "de nuevo", "otra vez", "nuevamente", "opnieuw"}, secondTimeList...)...)
)

// hitAgain: the title or the lead says the victim is hit again ("Swale
// council hit again", "for the second time in three years"): the article
// reports a new attack, and its sentences dated months back tell the
// earlier one.
func (an *analysis) hitAgain() bool {
	return slices.ContainsFunc(an.early(1), func(i int) bool {
		f := an.folded[i]
		return againWords.in(withoutBack(f)) || backWords.in(f) && eventWords.in(f)
	})
}

// backWords say "again" and "back" at once: German "wieder" or "erneut"
// tell a body hit again only with a verb of being hit ("wieder
// getroffen") or an attack ("Erneut Hacker im Netz"), not in
// "Zulassungsstelle wieder voll digital".
var backWords = words("wieder", "erneut")

// withoutBack is a folded sentence without its backWords.
func withoutBack(folded string) string { return backDropper.Replace(" " + folded + " ") }

var backDropper = strings.NewReplacer(" wieder ", " ", " erneut ", " ")

// hitAnew: the title or the lead tell the victim hit a second time, in
// words that cannot mean "back to normal" ("Erneut Hacker im Netz des
// Landkreises", "for the second time"), or with a verb of being hit ("la
// mairie de nouveau visée", "hit again"): the time they count runs from
// the first attack, and the recent dates are the new one's.
func (an *analysis) hitAnew() bool {
	if an.newTitle == nil {
		v := newIncident.in(an.folded[0]) || newAttackIn(tokenize(an.sents[0].Text)) ||
			olderKinds(an.folded[0]) != an.folded[0] // "le site de la mairie saturé, quatre ans après le rançongiciel"
		an.newTitle = &v
	}
	if *an.newTitle {
		return true // "Guérande : nouvel incident informatique à l'hôtel de ville"; not "un exercice simulant une nouvelle attaque" below it
	}
	return slices.ContainsFunc(an.early(1), func(i int) bool {
		f := an.folded[i]
		hit := eventWords.in(f) || facingWords.in(f)
		return secondTime.in(withoutBack(f)) || againWords.in(f) && hit ||
			strings.Contains(" "+f+" ", " erneut ") && an.tellsAttack(i) // "Erneut Hacker im Netz des Landkreises"; not "Wunschkennzeichen lassen sich erneut im Internet reservieren"
	})
}

// facingWords say a body faces something, with againWords a new incident
// ("La mairie fait de nouveau face à un incident informatique").
var facingWords = words("face a", "face aux", "facing", "faces", "confronted with", "confrontee", "confronte",
	"alle prese con", "se enfrenta", "enfrenta", "kampt met", "sieht sich")

// newAttackIn: a word of "new" stands right before an attack or a leak,
// or one word before it ("nouvelle fuite de données", "New ransomware
// attack", "Neuer Hackerangriff", "nueva filtración").
func newAttackIn(toks []token) bool {
	for k, t := range toks {
		if !newWords[t.Fold] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+2 && !toks[j].Punct; j++ {
			if attackToken(toks[j]) || leakNouns.in(toks[j].Fold) || breachNouns[toks[j].Fold] {
				return true
			}
		}
	}
	return false
}

// newAttackKind is the kind of attack the title calls new: "nouvelle
// fuite de données, quatre ans après le rançongiciel" is a breach, the
// ransomware is the old one.
func (an *analysis) newAttackKind() vigie.AttackType {
	toks := tokenize(an.sents[0].Text)
	for k, t := range toks {
		if !newWords[t.Fold] || !newAttackIn(toks[k:min(k+3, len(toks))]) {
			continue
		}
		end := k + 1
		for end < len(toks) && !toks[end].Punct {
			end++
		}
		text := an.sents[0].Text[t.Start:toks[end-1].End]
		return readFacts([]sentence{{Text: text}}, []string{foldProse(text)}).attack
	}
	return ""
}

// newWords say "new" before a noun.
var newWords = set("nouvel", "nouvelle", "new", "fresh", "neuer", "neuen", "neues", "neue", "erneuter", "erneuten",
	"nuovo", "nuova", "nuevo", "nueva", "nieuwe", "nieuw")

// breachNouns name a breach in one word.
var breachNouns = set("breach", "datenleck", "datalek", "violazione", "brecha")

// newIncident, in a title, tells of the victim's new incident.
var newIncident = words("nouvel incident", "nouvelle attaque", "nouvelle cyberattaque", "nouvelle alerte", "new attack",
	"fresh attack", "new cyber attack", "neuer angriff", "neuen angriff", "neuer cyberangriff", "nuovo attacco",
	"nuevo ataque", "nieuwe aanval", "nieuwe hack")

// discoveryWords say when an attack was found out.
var discoveryWords = words("decouvert*", "constate*", "detecte*", "s est apercu*", "se sont apercus", "discovered",
	"detected", "noticed", "spotted", "entdeckt*", "bemerkt*", "festgestellt", "stellte* fest", "aufgefallen", "scopert*", "rilevat*", "accort*",
	"notat*", "descubiert*", "detectad*", "detecto", "detectaron", "detectamos", "descubrieron", "descubrimos", "advirtieron",
	"ontdekt", "opgemerkt", "gemerkt", "remarque*", "apercu*",
	"repere", "reperee", "reperes", "reperees") // "a repéré des transferts anormaux"

// finding reads one incident: its victim (g[0]), the bodies the title
// names with it (g[1:]), and what the sentences of span say.
func (an *analysis) finding(g []body, span []int) vigie.Finding {
	v := an.fullest(g[0])
	own := an.ownSentences(v, span)
	told := an.specific(own)
	current := an.notAncient(an.current(told, v.key))
	if v.sent > 0 && slices.Contains(told, v.sent) && !slices.Contains(current, v.sent) && an.yearsBack(v.sent) > 0 && !an.hitAgain() &&
		!attackAfterMarker(an.folded[v.sent]) {
		// "Wädenswil (Kanton Zürich), Oktober 2021: … verschlüsselte
		// Erpressersoftware die Server": the sentence bringing the victim
		// in tells its attack, however old
		current = append([]int{v.sent}, current...)
	}
	f := readFacts(an.pick(current))
	withheld := slices.ContainsFunc(slices.Concat(an.early(2), own), func(i int) bool { return undisclosed.in(an.folded[i]) })
	if (f.attack == "" || f.attack == vigie.AttackUnknown) && !withheld && !an.hitAnew() { // "has declined to say whether … encrypted": not told, and no old attack tells it
		f = readFacts(an.pick(an.notAncient(told)))
	}
	if f.attack == "" || f.attack == vigie.AttackUnknown {
		f.attack = cmp.Or(an.newAttackKind(), f.attack)
	}
	v.Body = an.memberSeat(an.seatInText(v.Body))
	out := vigie.Finding{
		Victim: v.Body, Attack: f.attack, Group: f.group, Impacts: f.impacts, Responses: f.responses,
		Ransom: f.ransom, RansomAmount: f.amount, Evidence: f.evidence, Unencrypted: f.encryptionDenied && !f.encrypted, Encrypted: f.encrypted,
	}
	out.Evidence = append(out.Evidence, an.evidence("victim", v.Official, v.sent), an.evidence("place", v.Place.Name, v.sent))
	an.alsoEvidence = nil
	out.AlsoAffected = an.alsoAffected(g, own)
	out.Evidence = append(out.Evidence, an.alsoEvidence...)
	if an.impersonated() {
		an.asScam(&out)
	}
	out.Start, out.Discovered = an.dates(own, v.key, v.sent, &out)
	if len(span) > 0 {
		if d, ok := an.datelineStart(span[0], out.Victim.Place); ok && (out.Start.IsZero() || out.Start.Time.After(d.Time) && !within(out.Start, d)) {
			out.Start = d // the paragraph's dateline: nothing it tells began after it; a day of its month is more precise
		}
	}
	out.Again = an.hitAnew()
	out.InScope = out.Victim.Kind.InScope()
	out.Confidence = findingConfidence(out, v)
	return out
}

// fullest gives a body the fullest place the article gives it: "la
// commune", read as Millau from the title, is the "Mairie de Millau"
// named later with its code and département.
func (an *analysis) fullest(b body) body {
	if b.Kind == vigie.VictimLocalPublicBody && b.named.Proper == "" {
		if o, ok := an.onlyNamed(b.Kind); ok {
			b.Body = o.Body // "Website waterschap onbereikbaar" is the Waterschap Drents Overijsselse Delta the text names
			return b
		}
		if label := an.titleLabel(); label != "" && b.named.Anchor != "" {
			b.Official = capitalize(b.named.Anchor) + " " + label // "Aa en Maas: gemalen draaien…" over "het waterschap"
			b.key = identity(b.Body)
			return b
		}
	}
	for _, bs := range an.bodies {
		for _, o := range bs {
			if o.key == b.key && placeDetail(o.Place) > placeDetail(b.Place) {
				b.Place = o.Place
			}
		}
	}
	return b
}

// titleLabel is the name a title opens with before a colon when it is
// no town the gazetteer knows ("Aa en Maas: gemalen draaien, maar
// vergunningen liggen stil"): what a body the text calls by its kind
// alone ("het waterschap") is named; "" for none.
func (an *analysis) titleLabel() string {
	label, _, ok := strings.Cut(an.sents[0].Text, ":")
	label = strings.TrimSpace(label)
	if !ok || label == "" || len(strings.Fields(label)) > 4 {
		return ""
	}
	for _, t := range tokenize(label) {
		if t.Punct || !joiners[t.Fold] && (!t.Upper || kindWords[t.Fold] || countedNouns.in(t.Fold)) {
			return "" // "Collectivités : deux ans sous pression" labels a topic
		}
	}
	if place.IsCommonWord(label) {
		return ""
	}
	if _, commune := an.commune(label, ""); commune {
		return ""
	}
	return label
}

// onlyNamed is the one body of kind k the article names with a proper
// name, if it names one only.
func (an *analysis) onlyNamed(k vigie.VictimKind) (body, bool) {
	var found body
	for _, bs := range an.bodies {
		for _, o := range bs {
			switch {
			case o.Kind != k || o.named.Proper == "" || o.Marked:
			case found.key != "" && found.key != o.key:
				return body{}, false
			default:
				found = o
			}
		}
	}
	return found, found.key != ""
}

// placeDetail counts what a place says: a code, a département, a region,
// a country, a point.
func placeDetail(p vigie.Place) int {
	n := 0
	for _, ok := range []bool{p.INSEE != "", p.Department != "", p.Region != "", p.Country != "", p.HasPoint()} {
		if ok {
			n++
		}
	}
	return n
}

// seatInText places a local authority whose place is not one of its towns
// ("Dacorum", a district named after no town), or only the one the
// registry's lack of a seat made us guess for a council (a Kreis names
// its towns by what happened there), in the first town of its area
// the article names as a place ("the Forum in Hemel Hempstead"): its
// offices are where the press goes.
func (an *analysis) seatInText(b vigie.Body) vigie.Body {
	a, ok := authorityOf(b)
	if !ok || townOf(b.Kind, b.Place, a.ID) && (!a.SeatGuessed || b.Kind != vigie.VictimCommune) {
		return b
	}
	for _, c := range an.places {
		if townOf(b.Kind, c.Place(), a.ID) {
			b.Place = c.Place()
			break
		}
	}
	return b
}

// memberSeat places an intercommunality whose name holds no town, and
// whose seat the registry therefore does not give, in the town the
// article is about when that town is one of its members ("WALLERS. …
// la communauté d'agglomération de la Porte du Hainaut"): its seat, more
// likely than its most populous member.
func (an *analysis) memberSeat(b vigie.Body) vigie.Body {
	if b.Kind != vigie.VictimIntercommunalty || an.focus == nil || an.focus.INSEE == "" {
		return b
	}
	e, ok := an.g.EPCIOf(an.focus.INSEE)
	if !ok || officialEPCI(e.Name) != b.Official || strings.Contains(fold.String(e.Name), fold.String(e.Seat.Name)) {
		return b
	}
	b.Place = an.focus.Place()
	return b
}

func (an *analysis) evidence(field, value string, sent int) vigie.Evidence {
	return vigie.Evidence{Field: field, Value: value, Sentence: an.sents[sent].Text}
}

// current leaves out of own the sentences that recall an earlier attack
// in the past perfect, or beside "again", with its old date ("nel maggio
// 2021 un ransomware aveva cifrato i server", "drie jaar na de
// ransomware-aanval van september 2020 opnieuw getroffen"): the attack
// being reported is told by the others; so are those that tell an attack
// after a mention marker, or with an old date ("Last year a ransomware
// attack crippled a neighbouring authority"), without naming the victim.
// A follow-up that tells its own attack only that way keeps them (see
// finding).
func (an *analysis) current(own []int, victim string) []int {
	again := an.hitAgain()
	return slices.DeleteFunc(slices.Clone(own), func(i int) bool {
		return (again || recalled(an.folded[i]) || againWords.in(an.folded[i]) || an.countsBack(i)) && an.datesOld(i, true) ||
			!an.names(i, victim) && !an.headedBy(i, victim) && (attackAfterMarker(an.folded[i]) || an.datesOld(i, true) && an.attackIn(i))
	})
}

// headedBy: sentence i's paragraph opens on a short line naming the
// victim by key ("Boston Borough Council, June 2024. On 3 June, ransomware
// encrypted servers"): what follows tells that victim's attack, however
// old.
func (an *analysis) headedBy(i int, key string) bool {
	j := i
	for j > 0 && an.sents[j-1].Paragraph == an.sents[i].Paragraph {
		j--
	}
	return j < i && an.names(j, key) && len(wordsOf(an.sents[j].Text)) <= 8 && !an.attackIn(j)
}

// specific leaves out of own the sentences that speak of a class, not of
// this attack: naming no body, they count or generalise over bodies or
// attacks ("Les collectivités sont de plus en plus la cible de
// rançongiciels", "Ransomware accounts for a third of the incidents",
// "like those LockBit ran against other towns", "ransomware remains the
// most acute threat"). What kind they name is no fact of this attack.
func (an *analysis) specific(own []int) []int {
	return slices.DeleteFunc(slices.Clone(own), func(i int) bool {
		f := an.folded[i]
		return i > 0 && len(an.bodies[i]) == 0 &&
			(countedNouns.in(f) || pluralAttacks.in(f) || pluralKinds.in(f) || aggregates.in(f) || percentRe.MatchString(f) || riskOnly(f))
	})
}

// pluralKinds name attacks of a kind as a class.
var pluralKinds = words("rancongiciels", "ransomwares", "logiciels de rancon", "ransomware gangs", "ransomware groups",
	"ransomware groepen", "ransomware bendes", "ransomware banden", "bandas de ransomware", "gruppi ransomware")

// inThePast set what a sentence tells in a time before the one reported,
// with no date: "une ville déjà rançonnée par le passé".
var inThePast = words("par le passe", "in the past", "in der vergangenheit", "in passato", "en el pasado", "in het verleden",
	// counted back from the story's time: "era già stata colpita da un ransomware quattro anni prima"
	"anni prima", "anno prima", "ans plus tot", "an plus tot", "years earlier", "year earlier", "years before", "jahre zuvor",
	"jahr zuvor", "jahre davor", "anos antes", "ano antes", "jaar eerder", "jaar daarvoor")

// countsBack: sentence i counts time back from the day it was written
// ("drie jaar geleden", "il y a deux ans"), or since an attack ("trois
// ans après le rançongiciel"): what it dates is of another time.
func (an *analysis) countsBack(i int) bool {
	d, _ := an.elapsedIn(i)
	return d > 0
}

// attackAfterMarker: an attack is told after a mention marker ("a year
// after the ransomware attack on the HSE"): another attack, when the
// sentence does not name the victim.
// notAncient leaves out of own the sentences that date their story more
// than three years back ("In 2014 a hacker exploited the Heartbleed
// flaw", six months after a ransomware attack), unless the article counts
// the years since its attack.
func (an *analysis) notAncient(own []int) []int {
	if an.anniversary() {
		return own
	}
	return slices.DeleteFunc(slices.Clone(own), func(i int) bool { return an.yearsBack(i) > 3 })
}

// datesLater: the sentence's dates are of what came after the attack, a
// trial's, a regulator's or a council's decision, or what it tells came
// some time after.
func datesLater(folded string) bool {
	return toldAfterAttack(folded) || courtWords.in(folded) || decidedWords.in(folded)
}

// decidedWords tell a decision voted or taken: "Der Gemeinderat … hat am
// Dienstag einstimmig beschlossen", "councillors voted on Monday".
var decidedWords = words("beschlossen", "beschloss", "verabschiedet", "voted", "approved", "a vote", "ont vote", "a adopte",
	"ont adopte", "approvato", "approvata", "deliberato", "aprobado", "aprobo", "aprobaron", "besloten", "stemde", "stemden",
	"goedgekeurd")

// toldAfterAttack: the sentence tells what came some time after an attack
// ("fast zwei Jahre nach dem Angriff", "neuf jours après l'attaque"), so
// its dates are of what came after, unless written as the attack's own.
func toldAfterAttack(folded string) bool {
	ms := append(attackWords.all(folded), plainAttack.all(folded)...)
	return slices.ContainsFunc(ms, func(m []int) bool {
		return mentionMarkers.in(lastWords(folded[:m[0]], 5)) && slices.ContainsFunc(strings.Fields(lastWords(folded[:m[0]], 8)), isUnit)
	})
}

// isUnit: the word names a span of time ("jours", "weeks", "Jahre").
func isUnit(w string) bool {
	_, ok := when.UnitDays(w)
	return ok
}

func attackAfterMarker(folded string) bool {
	for _, m := range append(attackWords.all(folded), attackKinds[vigie.AttackRansomware].all(folded)...) {
		if mentionMarkers.in(lastWords(folded[:m[0]], 3)) {
			return true
		}
	}
	return false
}

func (an *analysis) pick(idx []int) ([]sentence, []string) {
	ss, fs := make([]sentence, len(idx)), make([]string, len(idx))
	for k, i := range idx {
		ss[k], fs[k] = an.sents[i], an.folded[i]
		if inThePast.in(fs[k]) {
			fs[k] = foldProse(presentClauses(an.sents[i].Text)) // "Une attaque par déni de service…, mais qui a rappelé … une ville déjà rançonnée par le passé"
		} else if t, ok := an.withoutSince(an.sents[i].Text, fs[k]); ok {
			fs[k] = foldProse(t)
		}
	}
	return ss, fs
}

// presentClauses is text without its clauses set in the past.
func presentClauses(text string) string {
	var keep []string
	for _, c := range clauseSplit.Split(text, -1) {
		if !inThePast.in(fold.String(c)) {
			keep = append(keep, c)
		}
	}
	return strings.Join(keep, ", ")
}

// withoutSince is text without its clause that counts the time since an
// earlier attack, when another clause tells one ("intrusion dans la
// messagerie municipale, trois ans après le rançongiciel") or the body is
// hit again ("Dos años y medio después del secuestro informático …, el
// Ayuntamiento vuelve a sufrir un incidente grave"): the kind it names
// is the earlier attack's.
func (an *analysis) withoutSince(text, folded string) (string, bool) {
	if !strings.ContainsAny(text, ",;:") || !sinceCue.in(folded) {
		return text, false // most sentences
	}
	var keep []string
	dropped := false
	for _, c := range clauseSplit.Split(text, -1) {
		if an.countsSince(tokenize(c)) {
			dropped = true
			continue
		}
		keep = append(keep, c)
	}
	if !dropped || !an.hitAgain() && !slices.ContainsFunc(keep, func(c string) bool { return attackWords.in(foldProse(c)) }) {
		return text, false
	}
	return strings.Join(keep, ", "), true
}

// sinceCue finds afterWords at once, in folded text ("dall'attacco" folds
// to "dall attacco").
var sinceCue = func() cue {
	var ws []string
	for w := range afterWords {
		ws = append(ws, strings.TrimRight(w, "'’"))
	}
	slices.Sort(ws)
	return words(slices.Compact(ws)...)
}()

// countsSince: toks count time after an attack they name ("trois ans
// après le rançongiciel").
func (an *analysis) countsSince(toks []token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if _, ok := when.UnitDays(toks[k].Fold); !ok || !afterWords[toks[k+1].Fold] {
			continue
		}
		if _, ok := when.Count(toks[k-1].Fold, an.lang); ok && attackSoon(toks[k+2:]) >= 0 {
			return true
		}
	}
	return false
}

// clauseSplit cuts a sentence at its commas, semicolons and colons, and
// before "but".
var clauseSplit = regexp.MustCompile(`[,;:]|\b(?:mais|but|aber|ma|pero|maar)\b`)

// ownSentences leaves out of span the sentences about other attacks: those
// that name another body as context (after a marker, or with words such as
// "similar", "already", "last year") and not the victim.
func (an *analysis) ownSentences(v body, span []int) []int {
	var out []int
	for _, i := range span {
		if !an.aboutOthers(i, v) {
			out = append(out, i)
		}
	}
	return out
}

func (an *analysis) aboutOthers(i int, v body) bool {
	if an.impersonated() {
		return false // the body a scam names is its bait, not another attack
	}
	aside := an.asideSentence(i)
	names, other := false, false
	ownParagraph := v.sent > 0 && v.sent < len(an.sents) && an.sents[v.sent].Paragraph == an.sents[i].Paragraph
	for _, b := range an.bodies[i] {
		switch {
		case ownParagraph && b.named.Proper == "" && b.key != v.key:
			// "Schwechat, Lower Austria. On 22 April the municipal website … of
			// the town": a body called by its kind in the victim's paragraph is
			// the victim, whatever earlier body the reading took it for
		case b.Kind == vigie.VictimOther && v.Kind != vigie.VictimOther, b.Locative:
			// residents whose data were taken are no other attack's victims;
			// "in Ittigen im Kanton Bern": the canton says where
		case b.key == v.key && !b.Marked:
			names = true
		case b.key != v.key && (b.Marked || aside):
			other = true
		}
	}
	if !other && !names && aside && (slices.Contains(an.beside, i) || neighbourNouns.in(an.folded[i])) {
		return true // "la coïncidence avec le rançongiciel qui frappe depuis lundi la ville voisine"
	}
	if !other && !names && aside && v.Place.Name != "" {
		// "Erinnerungen an Gmunden werden wach, wo im Juni 2023 ein Angriff…": another town's attack
		c := an.barePlace(an.sents[i].Text)
		here := strings.Contains(" "+an.folded[i]+" ", " "+fold.String(v.Place.Name)+" ") // "de computers van Eemnes, Laren en Blaricum"
		other = c != nil && fold.String(c.Name) != fold.String(v.Place.Name) && !here && !an.names(i, v.key)
	}
	return other && !names
}

// neighbourNouns name a neighbour in one word, or a neighbour town as a
// noun ("l'attaque de la voisine").
var neighbourNouns = words("nachbargemeinde*", "nachbarstadt", "nachbarkommune*", "nachbarkreis*", "nachbarlandkreis*", "nachbarort*",
	"buurgemeente*", "buurstad", "la voisine", "sa voisine")

// asideSentence: sentence i tells of an attack without "also", or recalls
// the past: the bodies it names that are not the victim are context.
// Remembered, as every finding asks.
func (an *analysis) asideSentence(i int) bool {
	if an.asideMemo == nil {
		an.asideMemo = make([]int8, len(an.sents))
	}
	if an.asideMemo[i] == 0 {
		f := an.folded[i]
		an.asideMemo[i] = -1
		if pastMarkers.in(f) || recalled(f) || (an.attackIn(i) || eventWords.in(f)) && !alsoWords.in(f) {
			an.asideMemo[i] = 1
		}
	}
	return an.asideMemo[i] == 1
}

// alsoAffected lists the bodies hit with the victim: named with it in the
// title, or in a sentence that says what the attack did and names the
// victim too or says "also", unless set aside as context. National bodies
// and companies there are helpers (ANSSI, a prefecture, a contractor).
func (an *analysis) alsoAffected(g []body, own []int) []vigie.Body {
	seen := map[string]bool{g[0].key: true}
	var out []vigie.Body
	add := func(b body) {
		if !seen[b.key] && !an.victims[b.key] { // another attack the article reports
			seen[b.key] = true
			out = append(out, b.Body)
			an.alsoEvidence = append(an.alsoEvidence, an.evidence("also_affected", b.Official, b.sent))
		}
	}
	for _, b := range g[1:] {
		add(b)
	}
	for _, i := range own {
		f := an.folded[i]
		if i == 0 || pastMarkers.in(f) || recalled(f) || !(an.attackIn(i) || eventWords.in(f) || impactVerbs.in(f)) ||
			!(an.names(i, g[0].key) || alsoWords.in(f)) {
			continue
		}
		for _, b := range an.bodies[i] {
			if hitWith(b) && !an.earlierTarget(i, b) {
				add(b)
			}
		}
	}
	return out
}

// earlierTarget: body b of sentence i is what an attack set back by a
// marker hit ("L'episodio arriva pochi giorni dopo il pesante attacco
// subito dal Comune di Lamezia Terme"): another attack's victim, named
// within three words of it in one clause.
func (an *analysis) earlierTarget(i int, b body) bool {
	raw := an.sents[i].Text[:b.Start]
	if k := strings.LastIndexAny(raw, ",;:("); k >= 0 {
		raw = raw[k+1:]
	}
	clause := fold.String(raw)
	ms := append(attackWords.all(clause), plainAttack.all(clause)...)
	for _, m := range append(ms, attackKinds[vigie.AttackRansomware].all(clause)...) {
		if mentionMarkers.in(lastWords(clause[:m[0]], 3)) && len(strings.Fields(clause[m[1]:])) <= 3 {
			return true
		}
	}
	return false
}

// hitWith: a body a sentence about the attack names may have been hit
// with the victim; not one cited as context, nor a helper (a national
// body, a company), nor people ("une commune d'environ 5 000 habitants"),
// nor an area named as where things are ("dans la région", "in the
// valley").
func hitWith(b body) bool {
	switch {
	case b.Marked || b.Locative:
		return false
	case b.Kind == vigie.VictimNationalBody || b.Kind == vigie.VictimCompany || b.Kind == vigie.VictimOther:
		return false
	}
	return true
}

// alsoWords say that others were hit too.
var alsoWords = words("aussi", "egalement", "eux aussi", "elle aussi", "too", "as well", "also", "auch", "ebenfalls",
	"anche", "pure", "tambien", "asimismo")

// names reports whether sentence i names the body of that key, unmarked.
func (an *analysis) names(i int, key string) bool {
	return slices.ContainsFunc(an.bodies[i], func(b body) bool { return b.key == key && !b.Marked })
}

// impersonated: the title or lead says a scam used the body's name, and
// the first paragraphs do not say its accounts were taken or entered.
func (an *analysis) impersonated() bool {
	staff := slices.ContainsFunc(an.early(2), func(i int) bool { return staffNouns.in(an.folded[i]) })
	if staff && slices.ContainsFunc(an.lead(), func(i int) bool { return trainingWords.in(an.folded[i]) && !fakeWords.in(an.folded[i]) }) {
		return false // "Deux mille agents à l'école des faux courriels … un vaste programme de sensibilisation": staff trained, no one scammed
	}
	return slices.ContainsFunc(an.lead(), func(i int) bool {
		if defrauded.in(an.folded[i]) || otherKindAsserted(an.folded[i]) {
			return false // "Gefälschte Lieferanten-Mail: Bad Vöslau überweist 186.000 Euro an Betrüger": the body was deceived; "Rançons, faux courriels, serveurs à l'arrêt": one kind of several
		}
		return impersonation.in(an.folded[i]) || !staff && near(an.folded[i], fakeWords, messageNouns, 3) // forged mails sent to its staff hit the body
	}) &&
		!slices.ContainsFunc(an.early(2), func(i int) bool {
			return accountTaken(an.folded[i]) || credentialsGiven(an.folded[i]) || credentialsTaken(an.folded[i]) // "le credenziali sottratte": its own accounts
		})
}

// asScam makes a finding about a scam that impersonates a body: its
// victims are the people it targets, out of scope.
func (an *analysis) asScam(f *vigie.Finding) {
	p := f.Victim.Place
	f.AlsoAffected = nil
	f.Victim = vigie.Body{Name: f.Victim.Name, Official: "Habitants " + deName(p.Name), Kind: vigie.VictimOther, Place: p}
	f.Attack = vigie.AttackPhishing
}

// dates reads the start and the discovery of the attack from the
// sentences that speak of it: the earliest date they give, not after the
// publication nor long before. victim is the victim's identity and at the
// sentence it was read from ("À Firminy, tout a commencé en mars 2021",
// in a round-up), or -1.
func (an *analysis) dates(own []int, victim string, at int, f *vigie.Finding) (start, found vigie.Timestamp) {
	var starts, finds, downs []dated
	again := an.hitAgain()
	for _, i := range own {
		fo := an.folded[i]
		// Sentences about what is down tell of now and of what comes next
		// ("closed again on Tuesday"), not of when the attack began.
		attack := an.attackIn(i) && an.namesAttack(i) || eventWords.in(fo) || happenedWords.in(fo) || unreachable.in(fo) || // named, not told by the answer to it
			i == at && outageWords.in(fo) // "le conseil de district de Horsham a vu ses systèmes tomber le 9 mai 2022"
		discovery := discoveryWords.in(fo)
		if !attack && !discovery {
			if shutDown.in(fo) {
				downs = append(downs, an.plainDates(i, false)...)
			} else if outageWords.in(fo) {
				starts = append(starts, an.plainDates(i, true)...) // "hors service depuis la nuit de dimanche 5 à lundi 6 novembre"
			}
			continue
		}
		if again && an.datesOld(i, true) {
			continue // "The council's ransomware ordeal in October 2022…", under "Swale council hit again"
		}
		if i > 0 && len(an.bodies[i]) == 0 && aggregates.in(fo) {
			continue // "Similar defacements have hit dozens of small websites across Europe this summer": other attacks' time
		}
		text := an.sents[i].Text
		recalls := pastMarkers.in(fo) || recalled(fo) // another, earlier attack's date
		// A sentence that tells the victim's attack ("La mairie de Caen,
		// victime d'une cyberattaque en mars 2019, …") dates it, however
		// old, unless it tells of a new one ("de nouveau", "again").
		victimsAttack := attack && (an.names(i, victim) || i == at || an.underHeading(i, at)) && !pastMarkers.in(fo) && !againWords.in(fo) && !recalls
		later := datesLater(fo) // "Fast zwei Jahre nach dem Angriff … hat am Dienstag der Prozess begonnen": Tuesday is the trial's
		if i > 0 && thatDay.in(fo) && !recalls {
			starts = append(starts, an.dayBefore(i)...) // "… depuis vendredi dernier. Ce jour-là, … une attaque informatique"
		}
		if i > 0 && attack && thenOpens(fo) {
			starts = append(starts, an.timeBefore(i)...) // "… die im vergangenen Herbst wochenlang im Ausnahmezustand gearbeitet hat. Damals hatten Kriminelle die Server … verschlüsselt"
		}
		for _, e := range slices.Concat(an.datesIn(i), when.Seasons(text, an.ref)) {
			if e.Until || an.outside(victim, i, e.Start) || an.othersClause(i, victim, e.Start) || an.readAhead(e) {
				continue // "geeft de stad tot 19 december om te betalen": a deadline, not a start; "a year ago tomorrow": not tomorrow
			}
			if statedOn(text, e) {
				continue // "le bourgmestre a confirmé jeudi soir une attaque": the day it was said
			}
			if due(text, e) {
				continue // "Un prestataire spécialisé doit arriver mercredi": a weekday to come, not the last one
			}
			year, headed := an.yearOfParagraph(e, i)
			d := dated{t: an.yearOfElapsed(e), vague: e.Vague, weekend: e.Weekend, sent: i, own: (headed || attackBefore(text[:e.Start]) || attackOwns(text[e.End:]) && !e.Vague) && !recalls && !againWords.in(fo)}
			if victimsAttack && !an.plausible(e.Date) && an.past(e.Date) && !e.Since {
				d.own = true
			}
			if later && !d.own && !attackBefore(text[:e.Start]) && !an.atElapsed(d.t) {
				continue
			}
			if an.sinceAttack(d.t) && !d.own {
				continue // "Een jaar na de aanval …, blijkt uit een brief die maandag is verstuurd": Monday is the letter's
			}
			if e.Night {
				d.t = an.nightDate(e, i)
			}
			if e.Vague { // "la semaine dernière" says the month, not the day
				d.t = an.vagueMonth(d.t)
			}
			if headed {
				d.t.Time = d.t.Time.AddDate(year-d.t.Time.Year(), 0, 0)
			}
			if !an.plausible(d.t) && !(d.own && an.past(d.t)) && !an.countedBack(d.t, i, f.Victim, again || recalls && !slices.Contains(an.lead(), i) && (!an.names(i, victim) || an.hitAnew())) {
				continue // a date years old is the attack's only when the text writes it as the attack's ("l'attaque du 12 mars 2019"), or as long ago as the title says
			}
			starts = append(starts, d)
			if discovery {
				finds = append(finds, d)
			}
		}
	}
	if len(starts) == 0 {
		starts = append(an.leadDates(victim), downs...) // the day systems were switched off, if no earlier one is told
	}
	if len(starts) == 0 && an.anniversary() {
		starts = []dated{an.elapsedMonth()} // "Three years almost to the week after intruders got in": that month
	}
	first := an.earliest(starts, "start", f)
	f.StartWeekend = first.weekend
	return first.t, an.earliest(finds, "discovered", f).t
}

// underHeading: sentence i is in the paragraph a heading of its own at
// sentence at stands over ("Bisceglie, novembre 2022", then "Un attacco
// DDoS filorusso ha oscurato il sito comunale il 28 novembre 2022").
func (an *analysis) underHeading(i, at int) bool {
	return at > 0 && i > at && len(an.paragraph(at)) == 1 && slices.Contains(an.headedParagraph(at), i)
}

// shutDown tell that systems were switched off, which an attack makes
// its victim do at once: "Since the network was shut down on 11 October".
// The day is the attack's when no sentence tells an earlier one.
var shutDown = words("shut down", "switched off", "taken offline", "coupe le reseau", "coupe ses serveurs", "abgeschaltet",
	"heruntergefahren", "vom netz genommen", "spento i server", "spenti", "apagados", "desconectad*", "uitgeschakeld",
	"platgelegd", "offline gehaald")

// plainDates are the plausible past days sentence i gives; since, only
// those it says something lasts since ("hors service depuis la nuit de
// dimanche 5 à lundi 6 novembre").
func (an *analysis) plainDates(i int, since bool) []dated {
	var out []dated
	for _, e := range an.datesIn(i) {
		if !e.Until && !e.Vague && (e.Since || !since) && an.plausible(e.Date) && an.past(e.Date) && !an.readAhead(e) {
			d := dated{t: e.Date, weekend: e.Weekend, sent: i}
			if e.Night {
				d.t = an.nightDate(e, i)
			}
			out = append(out, d)
		}
	}
	return out
}

// thatDay refers to the day the sentence before gave.
var thatDay = words("ce jour la", "that day", "on that day", "an diesem tag", "an jenem tag", "quel giorno", "ese dia",
	"aquel dia", "die dag", "diezelfde dag")

// dayBefore are the plausible days sentence i-1 gives, as the attack's:
// sentence i tells the attack on "that day".
func (an *analysis) dayBefore(i int) []dated {
	var out []dated
	for _, e := range an.datesIn(i - 1) {
		if !e.Until && !e.Vague && e.Date.Precision == vigie.PrecisionDay && an.plausible(e.Date) {
			out = append(out, dated{t: e.Date, sent: i, own: true})
		}
	}
	return out
}

// thenWords open a sentence set at the time the one before gave.
var thenWords = words("damals", "a l epoque", "at the time", "back then", "all epoca", "allora", "entonces", "en aquel momento",
	"toen", "destijds")

// thenOpens: the folded sentence opens on a word of "then", alone ("At
// the time, …"), not on "at the time of the intrusion".
func thenOpens(folded string) bool {
	m := thenWords.all(firstWords(folded, 3))
	if len(m) == 0 || m[0][0] != 0 {
		return false
	}
	next := firstWords(strings.TrimSpace(folded[m[0][1]:]), 1)
	return next != "of" && next != "de" && next != "del" && next != "della" && next != "van"
}

// timeBefore is the last time sentence i-1 gives, a season's too, as the
// attack's: sentence i, opening on "Damals", tells the attack then, which
// is months back ("im vergangenen Herbst"), not the day of a report.
func (an *analysis) timeBefore(i int) []dated {
	es := slices.Concat(an.datesIn(i-1), when.Seasons(an.sents[i-1].Text, an.ref))
	es = slices.DeleteFunc(es, func(e when.Expr) bool {
		return e.Until || !an.plausible(e.Date) || !an.past(e.Date) || an.ref.Sub(e.Date.Time) < 60*24*time.Hour
	})
	if len(es) == 0 {
		return nil
	}
	last := slices.MaxFunc(es, func(a, b when.Expr) int { return a.Start - b.Start })
	return []dated{{t: last.Date, vague: last.Vague, sent: i, own: true}}
}

// vagueMonth is the month of a vague week or few days: the month most of
// its days up to the publication fall in ("esta semana" written on Friday
// 4 October is October, though its Monday was 30 September).
func (an *analysis) vagueMonth(t vigie.Timestamp) vigie.Timestamp {
	if t.Precision == vigie.PrecisionDay {
		day := an.refDay()
		end := t.Time.AddDate(0, 0, 6)
		if end.After(day) && !day.Before(t.Time) {
			end = day
		}
		t.Time = t.Time.Add(end.Sub(t.Time) / 2)
	}
	t.Time = time.Date(t.Time.Year(), t.Time.Month(), 1, 0, 0, 0, 0, time.UTC)
	t.Precision = vigie.PrecisionMonth
	return t
}

// leadDates are the dates of the lead's sentences that name the victim,
// for an article whose attack sentences give none ("Die Stadt Potsdam hat
// am Donnerstag die Internetverbindung gekappt. Es gebe Hinweise auf eine
// Cyberattacke").
//
// Under a title that tells the attack on the victim, or its outage, the
// lead's first sentence dates it without naming it ("Differdange : le
// site de la Ville défiguré par des pirates" over "Samedi matin, la page
// d'accueil affichait un message de propagande"; "Online-Dienste des
// Magistrats stundenlang lahmgelegt" over "Wer am Dienstag einen Termin …
// buchen wollte, hatte Pech").
func (an *analysis) leadDates(victim string) []dated {
	var out []dated
	titled := (an.titleAttack() || unreachable.in(an.folded[0]) || outageWords.in(an.folded[0])) && an.names(0, victim)
	lead := an.earlyProse(2)
	if !an.hitAnew() && (an.elapsed() > 0 || slices.ContainsFunc(an.sents, an.datesItsAttackOld)) {
		lead = an.earlyProse(1) // a follow-up: past its first paragraph, the lead dates what came later
	}
	for _, i := range lead[1:] {
		es := slices.DeleteFunc(slices.Clone(an.datesIn(i)), func(e when.Expr) bool {
			return e.Until || an.readAhead(e) || an.othersClause(i, victim, e.Start) || due(an.sents[i].Text, e)
		})
		if len(es) == 0 {
			continue // a standfirst that dates nothing leaves the lead's first date to tell it
		}
		first := titled && !an.sents[i].Aside
		if first {
			titled = false
		}
		if recalled(an.folded[i]) || pastMarkers.in(an.folded[i]) || aheadWords.in(an.folded[i]) || datesLater(an.folded[i]) {
			continue
		}
		if !an.names(i, victim) && !first {
			es = slices.DeleteFunc(es, func(e when.Expr) bool { return !an.elapsedAgo(e) }) // "Zwei Jahre danach: … Vor genau zwei Jahren gingen in der Kreisbehörde die Lichter aus"
		}
		for _, e := range es {
			d := dated{t: an.nightDate(e, i), vague: e.Vague, weekend: e.Weekend, sent: i}
			if e.Vague {
				d.t = an.vagueMonth(d.t)
			}
			if (an.plausible(d.t) || an.elapsedAgo(e)) && !an.sinceAttack(d.t) {
				out = append(out, d)
			}
		}
	}
	return out
}

// statedOn: a verb of saying or confirming stands right before the date
// or right after it ("confirmó ayer el alcalde", "said on Monday", "am
// Dienstag bestätigt"): the date is the statement's, not the attack's.
func statedOn(text string, e when.Expr) bool {
	return statedVerbs.in(lastWords(fold.String(text[:e.Start]), 2)) || statedVerbs.in(firstWords(fold.String(text[e.End:]), 2)) ||
		statedVerbs.in(lastWords(clauseAfter(text, e.End), 1)) // "heeft op 27 januari het rapport over het datalek gepubliceerd": the verb closes the clause
}

// clauseAfter is the folded rest of the clause from position at, when it
// is short enough for its last word to be its verb: "" when longer.
func clauseAfter(text string, at int) string {
	rest := text[at:]
	if k := strings.IndexAny(rest, ",;:"); k >= 0 {
		rest = rest[:k]
	}
	if len(strings.Fields(rest)) > 10 {
		return ""
	}
	return fold.String(rest)
}

// courtWords tell of a trial or a regulator's decision, whose days are
// not the attack's ("Vor dem Landgericht Dresden hat am Montag der Prozess
// begonnen", "un provvedimento reso noto martedì").
var courtWords = words("prozessauftakt", "prozess gegen", "der prozess", "strafprozess", "landgericht", "amtsgericht", "urteil",
	"verurteilt*", "angeklagt*", "anklage", "trial", "in court", "crown court", "magistrates", "sentenced", "convicted",
	"proces", "tribunal", "condamne*", "a processo", "il processo", "processo penale", "tribunale", "condannat*", "imputat*",
	"provvedimento", "sanziona*", "el juicio", "juicio contra", "juzgado", "condenad*", "rechtbank", "rechtszaak", "veroordeeld",
	// a regulator's fine: "La Cnil a sanctionné la commune d'une amende de 40 000 euros" (in English, "a reprimand over the theft … in July last year" dates the theft)
	"sanctionne*", "amende",
	// in the dock: "se sientan desde este viernes en el banquillo", "auf der Anklagebank", "on the dock"
	"banquillo", "acusados", "acusado de", "anklagebank", "in the dock", "defendants", "sul banco degli imputati", "beklaagden", "verdachten",
	"prevenus", "banc des prevenus", "juges pour", "juge pour")

// statedVerbs say or confirm something.
var statedVerbs = words("confirme", "confirmee", "annonce", "annoncee", "indique", "declare", "affirme", "confirmed", "announced",
	"said", "stated", "told", "revealed", "heard", "learned", "learnt", "bestatigt*", "mitgeteilt", "teilte", "erklarte", "sagte", "gab bekannt",
	"confermat*", "annunciat*", "dichiarat*", "confirmo", "confirmado", "anuncio", "anunciado", "declaro", "informo",
	"bevestigd*", "meldde", "gemeld", "liet weten", "maakte bekend", "zei",
	// a report put out: "A report to the council's executive, published on Monday"
	"published", "publie", "publiee", "veroffentlicht", "pubblicat*", "publicad*", "gepubliceerd", "presented", "vorgestellt",
	"prasentiert*", "presente", "presentee", "presentat*", "presentad*", "gepresenteerd",
	// findings handed over: "La préposée … a rendu mardi ses conclusions"
	"rendu", "remis", "issued", "released", "delivered", "vorgelegt", "consegnat*", "entregad*", "uitgebracht")

// datesItsAttackOld: sentence s tells an attack, dated long before the
// article, as its own story rather than as one recalled ("l'attaque
// du 12 mars 2022"): the article follows an old attack up.
func (an *analysis) datesItsAttackOld(s sentence) bool {
	f := an.folded[s.Index]
	return an.attackIn(s.Index) && an.datesOld(s.Index, true) && !recalled(f) && !pastMarkers.in(f) && !againWords.in(f)
}

// aheadWords tell of what is planned or to come ("les mariages prévus
// samedi seront célébrés"): a weekday beside them is no day past.
var aheadWords = words("seront", "sera", "prevu", "prevus", "prevue", "prevues", "will", "shall", "planned", "scheduled",
	"geplant", "sara", "saranno", "previsto", "previsti", "prevista", "previste", "seran", "zal", "zullen", "gepland")

// due: the words right before a weekday put it ahead ("doit arriver
// mercredi", "is due on Monday"), though it was read as the last one.
// Not German "soll", Dutch "moet", Italian "dovrebbe": "Der Angriff soll
// am Montag begonnen haben" reports a past day.
func due(text string, e when.Expr) bool {
	return e.Relative && dueWords.in(lastWords(fold.String(text[:e.Start]), 3))
}

var dueWords = words("doit", "doivent", "devrait", "devraient", "is due", "are due", "is expected", "are expected",
	"deve", "devono", "debe", "deben", "deberia")

// nextInParagraph is the sentence after i in its paragraph, or "".
func (an *analysis) nextInParagraph(i int) string {
	if i+1 < len(an.sents) && an.sents[i+1].Paragraph == an.sents[i].Paragraph {
		return an.sents[i+1].Text
	}
	return ""
}

// nightDate is the day e, read in sentence i, stands for: a night's by
// the house convention (see when.NightDate), its hour possibly in the
// next sentence of the paragraph.
func (an *analysis) nightDate(e when.Expr, i int) vigie.Timestamp {
	if !e.Night {
		return e.Date
	}
	return when.NightDate(e, an.sents[i].Text+" "+an.nextInParagraph(i))
}

type dated struct {
	t       vigie.Timestamp
	vague   bool
	weekend bool // a weekend's Saturday: the attack may be its Sunday
	sent    int
	own     bool // written as the attack's own date: "the ransomware attack of last spring"
}

// attackBefore: the words right before a date name an attack, whose date
// it is ("l'attaque du", "the ransomware attack of", "dem Angriff im",
// "l'attacco del", "el ciberataque de").
func attackBefore(prefix string) bool {
	if k := strings.LastIndexAny(prefix, ".,;:!?()«»\"–—"); k >= 0 && strings.TrimSpace(prefix[k+1:]) == "" ||
		k >= 0 && len(strings.Fields(prefix[k+1:])) <= 2 {
		return false // "ce type d'attaque : en décembre dernier, …": the date opens another clause
	}
	ws := strings.Fields(fold.String(prefix))
	k := len(ws)
	for k > 0 && len(ws)-k < 3 && dateConnectors[ws[k-1]] {
		k--
	}
	if k > 2 && suffered[ws[k-1]] {
		for j := k - 2; j >= 1 && j >= k-4; j-- {
			if relatives[ws[j]] {
				return attackNouns.in(ws[j-1]) // "del ciberataque que sufrió el pasado 18 de febrero", "l'attaque qu'elle a subie le 3 mars"
			}
		}
	}
	if k > 0 && itSystems.in(ws[k-1]) && slices.ContainsFunc(ws[max(0, k-6):k-1], intruders.in) {
		return true // "when criminals locked the borough's network last September"
	}
	if k > 1 && attackAdjectives[ws[k-1]] {
		k-- // "l'attaque informatique du printemps", "l'attacco informatico del 3 marzo"
	}
	if k == 0 || k == len(ws) && !attackNouns.in(ws[k-1]) { // "l'attaque du", "dem Angriff im"; not "the attack cost it in"
		return false
	}
	if k > 1 && k < len(ws) && detected[ws[k-1]] {
		k-- // "an attack detected on Sunday 19 May", "l'attaque découverte le 3 mars"
	}
	return attackNouns.in(ws[k-1])
}

// attackOwns: the words right after a date make it an attack's, as its
// possessor ("last September's denial-of-service incident", "Monday's
// cyber attack"): its own date.
func attackOwns(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(rest, "'s ") && !strings.HasPrefix(rest, "’s ") {
		return false
	}
	ws := strings.Fields(fold.String(rest))
	for _, w := range ws[1:min(6, len(ws))] { // "'s denial-of-service incident"
		if attackNouns.in(w) {
			return true
		}
	}
	return false
}

// suffered are the verbs of a relative clause between an attack and its
// date, and relatives the pronouns that open it.
var (
	suffered = map[string]bool{"sufrio": true, "sufrida": true, "padecio": true, "subie": true, "subi": true, "suffered": true,
		"erlitt": true, "erlitten": true, "subito": true, "subita": true, "onderging": true, "ondergaan": true}
	relatives = map[string]bool{"que": true, "qu": true, "that": true, "which": true, "den": true, "die": true, "che": true,
		"dat": true}
)

// attackAdjectives may follow an attack's noun before its date.
var attackAdjectives = map[string]bool{"informatique": true, "informatico": true, "informatica": true,
	"numerique": true, "massive": true, "massiva": true, "masivo": true, "digitale": true}

// detected are the participles that may stand between an attack and its
// date.
var detected = map[string]bool{"detected": true, "discovered": true, "spotted": true, "detectee": true, "detecte": true,
	"decouverte": true, "decouvert": true, "constatee": true, "entdeckt": true, "bemerkt": true, "festgestellt": true,
	"scoperto": true, "rilevato": true, "detectado": true, "descubierto": true, "ontdekt": true}

// attackNouns name an attack (not its authors): a date right after one is
// its date.
var attackNouns = words("cyberattaque*", "attaque*", "piratage*", "intrusion*", "cyberattack*", "attack*", "hack",
	"breach", "incident", "cyberangriff*", "angriff*", "hackerangriff*", "attacco", "attacchi", "cyberattacco",
	"ciberataque*", "ataque*", "hackeo", "cyberaanval*", "aanval*", "hackeraanval*", "rancongiciel*", "ransomware*")

// dateConnectors stand between an attack's noun and its date: "du",
// "of", "im", "del", "de".
var dateConnectors = map[string]bool{"du": true, "de": true, "des": true, "d": true, "l": true, "la": true, "le": true,
	"of": true, "the": true, "from": true, "in": true, "on": true, "im": true, "vom": true, "von": true, "am": true,
	"del": true, "della": true, "dell": true, "di": true, "en": true, "el": true, "van": true, "op": true,
	"pasado": true, "scorso": true, "vergangenen": true} // "el pasado 18 de febrero", "lo scorso 3 marzo"

// refDay is the publication's calendar day, as the date rules store days.
func (an *analysis) refDay() time.Time {
	return time.Date(an.ref.Year(), an.ref.Month(), an.ref.Day(), 0, 0, 0, 0, time.UTC)
}

// readAhead: e is read from the publication's day into the days after it
// ("tomorrow", "next Monday"): nothing that began.
func (an *analysis) readAhead(e when.Expr) bool { return e.Relative && e.Date.Time.After(an.refDay()) }

// past: not after the publication.
func (an *analysis) past(t vigie.Timestamp) bool {
	return !t.IsZero() && !t.Time.After(an.refDay().Add(24*time.Hour))
}

// countedBack: an old date t of sentence i is the attack's own because
// the title or the lead counts the time back to it, and the sentence
// neither recalls another attack nor names another authority than v.
func (an *analysis) countedBack(t vigie.Timestamp, i int, v vigie.Body, otherAttack bool) bool {
	return !otherAttack && an.atElapsed(t) && !an.namesOther(i, v)
}

// namesOther: sentence i names a local authority other than v ("c'était
// le Grand Annecy qui avait été frappé", in an article on Annecy's town
// hall).
func (an *analysis) namesOther(i int, v vigie.Body) bool {
	return slices.ContainsFunc(an.bodies[i], func(b body) bool {
		return b.Kind.InScope() && fold.String(b.Official) != fold.String(v.Official)
	})
}

// atElapsed: t is in the past, within six months and a quarter of the
// time elapsed of when the title or the lead says the attack was ("nearly
// three years after data theft", then "in the summer of 2023").
func (an *analysis) atElapsed(t vigie.Timestamp) bool {
	el := an.elapsed()
	if el <= 60*24*time.Hour || !an.sinceNamed || !an.past(t) {
		return false
	}
	return an.ref.Add(-el).Sub(t.Time).Abs() < 183*24*time.Hour+el/4 // "dos años y medio después del ataque … en noviembre de 2022"
}

// elapsedAgo: e counts back, to the day, as long as the title says the
// attack was ago ("Zwei Jahre danach", then "Vor genau zwei Jahren").
func (an *analysis) elapsedAgo(e when.Expr) bool {
	el := an.elapsed()
	return el > 60*24*time.Hour && e.Relative && !e.Vague && e.Date.Precision == vigie.PrecisionDay &&
		an.ref.Add(-el).Sub(e.Date.Time).Abs() < 45*24*time.Hour
}

// elapsedMonth is the month the title or the lead puts the attack in, by
// how long ago they say it was.
func (an *analysis) elapsedMonth() dated {
	t := an.ref.Add(-an.elapsed())
	return dated{t: vigie.Timestamp{Time: time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC), Precision: vigie.PrecisionMonth}, vague: true, sent: an.sinceAt}
}

// plausible: not after the publication, not years before it.
func (an *analysis) plausible(t vigie.Timestamp) bool {
	if t.IsZero() {
		return false
	}
	day := an.refDay()
	return !t.Time.After(day.Add(24*time.Hour)) && day.Sub(t.Time) < 550*24*time.Hour
}

// earliest picks the earliest precise date, else the earliest vague or
// month one, and records its evidence.
func (an *analysis) earliest(ds []dated, field string, f *vigie.Finding) dated {
	ds = agreeWithOwn(ds)
	slices.SortStableFunc(ds, func(a, b dated) int {
		if a.own != b.own && (a.own && !an.plausible(a.t) || b.own && !an.plausible(b.t)) {
			if a.own { // a follow-up: the attack's own date, years old, wins
				return -1
			}
			return 1
		}
		if pa, pb := a.vague || a.t.Precision != vigie.PrecisionDay, b.vague || b.t.Precision != vigie.PrecisionDay; pa != pb {
			if pa {
				return 1
			}
			return -1
		}
		return a.t.Time.Compare(b.t.Time)
	})
	if len(ds) == 0 {
		return dated{}
	}
	f.Evidence = append(f.Evidence, an.evidence(field, ds[0].t.String(), ds[0].sent))
	return ds[0]
}

// agreeWithOwn drops, when the text writes the attack's own date ("une
// cyberattaque en octobre"), the dates after every such date: they tell
// of what came later ("a-t-on appris lundi"). Earlier ones may be when it
// began.
func agreeWithOwn(ds []dated) []dated {
	var own []dated
	for _, d := range ds {
		if d.own {
			own = append(own, d)
		}
	}
	if len(own) == 0 || len(own) == len(ds) {
		return ds
	}
	return slices.DeleteFunc(slices.Clone(ds), func(d dated) bool {
		return !slices.ContainsFunc(own, func(o dated) bool { return within(d.t, o.t) || d.t.Time.Before(o.t.Time) })
	})
}

// within: t falls in the day or month o gives.
func within(t, o vigie.Timestamp) bool {
	if o.Precision == vigie.PrecisionDay {
		return t.Time.Equal(o.Time) || t.Precision != vigie.PrecisionDay && inMonth(t, o)
	}
	return inMonth(t, o)
}

func inMonth(a, b vigie.Timestamp) bool {
	return a.Time.Year() == b.Time.Year() && a.Time.Month() == b.Time.Month()
}

// mentions lists the attacks the article cites as context: bodies named
// near an attack that are not among those it reports.
func (an *analysis) mentions(groups [][]body) []vigie.Finding {
	reported := map[string]bool{}
	for _, g := range groups {
		for _, b := range g {
			reported[b.key] = true
		}
	}
	seen := map[string]bool{}
	var out []vigie.Finding
	for i := range an.sents {
		if !an.attackIn(i) && !eventWords.in(an.folded[i]) {
			continue
		}
		for _, b := range an.bodies[i] {
			if reported[b.key] || seen[b.key] {
				continue
			}
			seen[b.key] = true
			m := vigie.Finding{Victim: b.Body, Attack: vigie.AttackUnknown, InScope: b.Kind.InScope(),
				Evidence: []vigie.Evidence{an.evidence("mention", b.Official, i)}}
			out = append(out, m)
		}
	}
	return out
}

// findingConfidence: how sure the reading is, from what it found.
func findingConfidence(f vigie.Finding, v body) float64 {
	c := 0.5
	if v.sent == 0 {
		c += 0.2
	}
	if f.Attack != vigie.AttackUnknown {
		c += 0.1
	}
	if !f.Start.IsZero() {
		c += 0.1
	}
	if f.Victim.Place.INSEE != "" || f.Victim.Place.Name != "" {
		c += 0.1
	}
	return min(c, 1)
}
