package incident

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/when"
)

// facts are what the sentences about one incident say, each with the
// sentence it came from.
type facts struct {
	attack     vigie.AttackType
	group      string
	impacts    []string
	responses  []string
	ransom     string
	amount     string
	evidence   []vigie.Evidence
	attackSeen bool // some sentence names an attack, of whatever kind

	encrypted, encryptionDenied bool     // a sentence says data were encrypted; one denies it
	gangKind                    bool     // a sentence names a ransomware gang by its kind ("the Pysa ransomware group")
	leaked                      bool     // a sentence says data were stolen or published
	leakedIn                    sentence // the first that does
	vulnerability               bool     // a sentence names a security flaw
	ransomDenied, theftDenied   bool     // a sentence denies a ransom demand; one denies data were taken
	undisclosed                 bool     // a sentence says the kind of attack was not told
}

// vulnerabilityCue names a security flaw: an attack through one, without
// encryption, is an intrusion. A flaw alone is no attack.
var vulnerabilityCue = words("sicherheitslucke*", "schwachstelle*", "vulnerability", "vulnerabilities", "faille*",
	"falla de seguridad", "vulnerabilita", "kwetsbaarhe*", "lek in")

// gotAccess: someone got themselves access, a few words apart ("sich ein
// Fremder … Zugang zum Netz verschafft hatte", "s'est procuré un accès
// au serveur"), or through one compromised ("über einen kompromittierten
// Zugang"): an intrusion.
func gotAccess(folded string) bool { return near(folded, accessNouns, procuredWords, 4) }

var (
	accessNouns   = words("zugang", "zugriff", "acces", "accesso", "acceso", "toegang")
	procuredWords = words("verschafft", "verschaffte", "verschafften", "procure", "procuree", "procures", "procurato",
		"procuro", "verschaft", "verschaften",
		// a login taken over: "über einen kompromittierten Zugang"
		"kompromittierten", "kompromittierter", "compromis", "compromesso", "comprometido", "gecompromitteerde")
)

// exploited: someone used a security flaw ("un giovane ha sfruttato una
// falla del portale", "exploited a flaw in the booking system", "nutzte
// eine Sicherheitslücke aus"): an attack in itself.
func exploited(folded string) bool { return near(folded, exploitWords, flawNouns, 4) }

var (
	exploitWords = words("exploite*", "exploited", "exploiting", "exploit", "ausgenutzt", "ausnutzte*", "nutzte*", "nutzten",
		"sfruttat*", "sfruttando", "aprovech*", "explotad*", "explotaron", "exploto", "misbruik", "uitgebuit",
		"maakte gebruik van", "maakten gebruik van") // "Een onbekende maakte gebruik van een fout in het digitale loket"
	flawNouns = words("sicherheitslucke*", "schwachstelle*", "lucke", "vulnerability", "vulnerabilities", "faille*", "flaw",
		"flaws", "falla", "falle", "fallo", "vulnerabilidad*", "vulnerabilita", "kwetsbaarhe*", "lek", "brecha", "fout")
)

// readFacts reads the attack type, group, impacts, responses and ransom
// from sentences (already folded in fs).
func readFacts(ss []sentence, fs []string) facts {
	var f facts
	best := len(kindOrder)
	fs = slices.Clone(fs)
	for i, s := range ss {
		if s.Question {
			continue // "Rançongiciel, intrusion, vol de données ?" asks, it does not tell
		}
		fs[i] = olderKinds(fs[i])
		if attackWords.in(fs[i]) || breakIns.in(fs[i]) {
			f.attackSeen = true // "drang ein Unbekannter … ins Netz der Behörde ein"
		}
		f.readDenials(fs[i])
		for rank, kind := range kindOrder {
			var ok bool
			switch kind {
			case vigie.AttackRansomware:
				ok = f.readRansomware(fs[i])
			case vigie.AttackDataBreach:
				ok = assertedCue(attackKinds[kind], fs[i]) || dataTaken(fs[i])
				if ok && !f.leaked {
					f.leaked, f.leakedIn = true, s
				}
			case vigie.AttackDefacement:
				ok = assertedCue(attackKinds[kind], fs[i]) || defaced(fs[i])
			case vigie.AttackDDoS:
				ok = assertedCue(attackKinds[kind], fs[i]) || flooded(fs[i])
			case vigie.AttackPhishing:
				ok = assertedCue(attackKinds[kind], fs[i]) || credentialsGiven(fs[i]) || // "Dos de ellos introdujeron sus credenciales"
					(s.Index == 0 || accountTaken(fs[i])) && near(fs[i], fakeWords, messageNouns, 3) ||
					mailFromTakenAccount(fs[i]) // "Gefälschte Zahlungsaufforderungen aus dem Rathaus", sent from its mailbox; not a warning below
			case vigie.AttackIntrusion:
				ok = assertedCue(attackKinds[kind], fs[i]) || gotAccess(fs[i])
			default:
				ok = assertedCue(attackKinds[kind], fs[i])
			}
			if ok {
				f.attackSeen = true
				if rank < best {
					best, f.attack = rank, kind
					f.note("attack", string(kind), s)
				}
			}
		}
		f.readGroup(s, fs[i])
		f.readImpacts(s, fs[i])
		f.readResponses(s, fs[i])
		f.readRansom(s, fs[i])
	}
	if f.attack == vigie.AttackRansomware && !f.encrypted && (f.encryptionDenied || f.leaked && !f.gangKind) {
		// A ransom asked, a group named, data published, nothing encrypted: extortion.
		f.attack = vigie.AttackDataBreach
		for k := range f.evidence {
			if f.evidence[k].Field == "attack" {
				f.evidence[k].Value = string(f.attack)
				if f.leaked {
					f.evidence[k].Sentence = f.leakedIn.Text
				}
			}
		}
	}
	if f.attack == "" && f.attackSeen && !f.encryptionDenied {
		f.vulnerability = slices.ContainsFunc(fs, vulnerabilityCue.in)
	}
	contained := f.encryptionDenied || f.ransomDenied && f.theftDenied
	if f.attack == "" && (contained || f.vulnerability) && f.attackSeen && !f.undisclosed {
		// An attack through a flaw, or one whose encryption, or whose ransom
		// and theft, are denied: someone got in, and no more is said.
		f.attack = vigie.AttackIntrusion
	}
	if f.attack == "" {
		f.attack = vigie.AttackUnknown
	}
	return f
}

// olderKinds blanks the kinds of attack a folded sentence counts years
// from when it tells another ("le site de la mairie saturé, quatre ans
// après le rançongiciel"): the earlier attack's kind, not this one's.
func olderKinds(folded string) string {
	if !mentionMarkers.in(folded) {
		return folded // most sentences: no kind is looked for
	}
	blanked := folded
	for _, c := range attackKinds {
		for _, m := range c.all(folded) {
			before := lastWords(folded[:m[0]], 8)
			if mentionMarkers.in(lastWords(folded[:m[0]], 5)) && slices.ContainsFunc(strings.Fields(before), isYears) {
				blanked = blanked[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + blanked[m[1]:]
			}
		}
	}
	if blanked == folded || !tellsKind(blanked) {
		return folded // "la CNIL sanctionne l'office de tourisme deux ans après la fuite de données": the attack it tells
	}
	return blanked
}

// tellsKind: a folded sentence tells an attack of some kind, by name or by
// its effect.
func tellsKind(folded string) bool {
	for _, c := range attackKinds {
		if c.in(folded) {
			return true
		}
	}
	return flooded(folded) || defaced(folded) || dataLocked(folded) || dataTaken(folded)
}

// isYears: the word counts years ("ans", "Jahre").
func isYears(w string) bool {
	d, ok := when.UnitDays(w)
	return ok && d >= 365
}

// readRansomware: the sentence tells of ransomware that struck:
// encryption or a ransom asserted, or a group named as the one that acted
// (not as a suspect or a threat). It notes whether the sentence says data
// were encrypted, or denies it.
func (f *facts) readRansomware(folded string) bool {
	if dataLocked(folded) && slices.ContainsFunc(lockedWords.all(folded), func(m []int) bool { return !claimed(folded, m) }) {
		f.encrypted = true
		return true // "Iemand heeft onze bestanden gegijzeld": encryption told by its effect
	}
	if !attackKinds[vigie.AttackRansomware].in(folded) || securedOnly(folded) {
		return false
	}
	enc := false
	for _, m := range encryptionCue.all(folded) {
		if assertedAt(folded, m) && !attempted(folded, m) && !rejected(folded, m) && !claimed(folded, m) {
			enc = true
			if gangKind(folded, m) {
				f.gangKind = true
			} else {
				f.encrypted = true
			}
		}
	}
	return enc || slices.ContainsFunc(ransomCue.all(folded), func(m []int) bool { return assertedAt(folded, m) && !rejected(folded, m) && !claimed(folded, m) }) ||
		groupCue.in(folded) && !suspectWords.in(folded)
}

// securedOnly: the sentence's encryption words all qualify the channel
// right after them ("über ein verschlüsseltes Formular", "a secure
// encrypted connection"): a safeguard, no attack. Not a noun further on:
// folding drops the comma of "serveurs chiffrés, messagerie coupée".
func securedOnly(folded string) bool {
	ms := attackKinds[vigie.AttackRansomware].all(folded)
	return len(ms) > 0 && !slices.ContainsFunc(ms, func(m []int) bool {
		return !channelNouns.in(firstWords(folded[m[1]:], 1)) && !messengers.in(lastWords(folded[:m[0]], 1))
	})
}

// channelNouns are what encryption keeps safe, in the languages that
// write the participle before its noun.
var channelNouns = words("formular", "formulare", "verbindung", "kanal", "connection", "channel", "form", "formulier",
	"verbinding", "kanaal", "messaging", "messenger", "chat", "app")

// messengers, in the languages that write the participle after its noun,
// are the encrypted apps claims are posted on ("sur une messagerie
// cryptée"), not a body's mail that was encrypted.
var messengers = words("messagerie", "messaggistica", "mensajeria", "application", "applicazione", "aplicacion", "canal", "canale")

// readDenials notes what the sentence denies of an attack's outcomes
// ("there have been no ransom demands", "no data had been lost", "nothing
// was encrypted"), and
// whether it says the attack's kind was not told.
func (f *facts) readDenials(folded string) {
	f.undisclosed = f.undisclosed || undisclosed.in(folded)
	f.ransomDenied = f.ransomDenied || deniedCue(ransomCue, folded)
	f.theftDenied = f.theftDenied || deniedCue(lossCue, folded)
	f.encryptionDenied = f.encryptionDenied || slices.ContainsFunc(encryptionCue.all(folded), func(m []int) bool {
		// "insists that none of its systems were encrypted"; "Des tentatives de chiffrement ont eu lieu, mais elles ont été bloquées"
		return deniedAt(folded, m) || attempted(folded, m) || rejected(folded, m)
	})
}

// rejected: the German verb right after a cue, or after its noun, rejects
// it, its particle a few words on ("Berichte über eine Verschlüsselung
// wies die Stadt am Freitag ausdrücklich zurück", "Gerüchte über
// verschlüsselte Daten weist die Stadt zurück").
func rejected(folded string, m []int) bool {
	after := strings.Fields(folded[m[1]:])
	return slices.ContainsFunc(after[:min(len(after), 3)], rejectVerbs.in) && slices.Contains(after[:min(len(after), 10)], "zuruck")
}

var rejectVerbs = words("wies", "weist", "wiesen", "weisen")

// gangKind: the cue names the kind of a gang ("a ransomware group's
// claim", "un grupo de ransomware"), not an encryption told: the attack
// is ransomware, unless a sentence denies the encryption.
func gangKind(folded string, m []int) bool {
	return gangNouns.in(firstWords(folded[m[1]:], 1)) || gangOf.in(lastWords(folded[:m[0]], 2))
}

var (
	gangNouns = words("group", "groups", "gang", "gangs", "gruppe", "gruppen", "bande", "banden", "groep", "groepen", "bende", "operators")
	gangOf    = words("grupo de", "grupos de", "groupe de", "groupes de", "gruppo di", "gruppi di", "banda de", "bandas de", "gang de")
)

// claimed: the words right before a cue say the attackers claim it ("a
// ransomware group's claim that it encrypted all the servers", "asegura
// haber secuestrado los servidores"): their word, not the body's.
func claimed(folded string, m []int) bool {
	return claimWords.in(lastWords(folded[:m[0]], 6))
}

var claimWords = words("claim that", "claims that", "claimed that", "claim to have", "claims to have", "claimed to have", "boast*",
	"affirme avoir", "affirment avoir", "pretend avoir", "pretendent avoir", "revendique avoir", "revendiquent avoir", "se vante*",
	"behauptet*", "behaupten", "sostiene di aver*", "sostengono di aver*", "afferma di aver*", "affermano di aver*", "si vanta*",
	"asegura haber", "aseguran haber", "aseguraba haber", "aseguraban haber", "afirma haber", "afirman haber", "presume* de haber",
	"beweert", "beweren", "beweerde*", "zegt te hebben", "zeggen te hebben")

// attempted: the words right before a cue say it was tried ("tentatives
// de chiffrement", "ont tenté de déployer un logiciel de chiffrement",
// "versuchten, die Daten zu verschlüsseln"), not done.
func attempted(folded string, m []int) bool {
	return attemptWords.in(lastWords(folded[:m[0]], 5))
}

var attemptWords = words("tentative", "tentatives", "tente de", "tente d", "tenterent", "tentaient", "tried to", "tries to", "attempt", "attempts", "attempted", "attempting",
	"versuch", "versuchte*", "versucht", "versuchen", "tentativo", "tentativi", "tentato di", "tentarono", "intento", "intentos",
	"intentaron", "intento de", "poging", "pogingen", "probeerde*", "geprobeerd")

// deniedCue: the sentence denies one of the cue's words ("no ransom
// demand"); a question or a supposition denies nothing.
func deniedCue(c cue, folded string) bool {
	return slices.ContainsFunc(c.all(folded), func(m []int) bool { return deniedAt(folded, m) })
}

// deniedAt: the words at m are denied, not supposed.
func deniedAt(folded string, m []int) bool {
	w := around(folded, m)
	return w.negated() && !w.supposed()
}

// dataTaken: a verb of theft a few words from data, not denied: "download
// more than 30,000 emails", "sensitive details exposed".
func dataTaken(folded string) bool {
	return near(folded, theftVerbs, dataNouns, 5) || separableTheft(folded)
}

// separableTheft reads a German verb of theft split around its object
// ("zogen Unbekannte über eine Lücke Unterlagen von Bewerbern ab", "griff
// Daten ab"): its stem, data after it, its particle after them.
func separableTheft(folded string) bool {
	if !theftStemCue.in(folded) {
		return false
	}
	ws := strings.Fields(folded)
	for k, w := range ws {
		particles, ok := theftStems[w]
		if !ok {
			continue
		}
		data := false
		for j := k + 1; j < len(ws) && j <= k+18; j++ { // a German clause holds its particle back past a long object
			data = data || dataNouns.in(ws[j])
			if slices.Contains(particles, ws[j]) {
				return data
			}
		}
	}
	return false
}

// theftStems are German verbs of theft, past or present ("Unbefugte
// greifen Daten aus Bürgerportal ab"), with the particle that ends their
// clause ("zapften … Meldedaten ab" and "zapften … an" both tap data).
var theftStems = func() map[string][]string {
	ab, tap := []string{"ab"}, []string{"an", "ab"}
	return map[string][]string{"zog": ab, "zogen": ab, "griff": ab, "griffen": ab, "saugte": ab,
		"saugten": ab, "zapfte": tap, "zapften": tap, "schopfte": ab, "schopften": ab,
		"ziehen": ab, "zieht": ab, "greifen": ab, "greift": ab, "saugen": ab, "saugt": ab, "zapfen": tap, "zapft": tap}
}()

// theftStemCue finds theftStems' words at once.
var theftStemCue = words(slices.Collect(maps.Keys(theftStems))...)

// near: one of the cue's words, not denied, is at most n words from one of
// the nouns.
func near(folded string, c, nouns cue, n int) bool {
	vs := c.all(folded)
	if len(vs) == 0 {
		return false // most sentences: the nouns are not looked for
	}
	ns := nouns.all(folded)
	for _, v := range vs {
		if !assertedAt(folded, v) {
			continue
		}
		for _, d := range ns {
			if wordsBetween(folded, v, d) <= n {
				return true
			}
		}
	}
	return false
}

// dataLocked: files held hostage, made unreadable or locked, a few words
// from data and not denied ("bestanden gegijzeld", "ha reso illeggibili i
// documenti", "todos los archivos bloqueados"): encryption told without
// its word.
func dataLocked(folded string) bool { return near(folded, lockedWords, dataNouns, 4) }

// defaced: a home page replaced, a few words from it and not denied ("la
// page d'accueil de son site internet avait été remplacée par un
// message", "l'homepage era stata sostituita"), or a website vandalised
// ("website replaced with political slogans"): a defacement told by its
// effect.
func defaced(folded string) bool {
	return near(folded, replacedWords, homePages, 6) || near(folded, websites, vandalWords, 5) ||
		near(folded, homePages, vandalWords, 5) // "la portada del Ayuntamiento apareciera cubierta de consignas"
}

// flooded: a service swamped by traffic, a few words apart and not
// denied ("brought down by a barrage of traffic"): a denial of service
// told by its effect.
func flooded(folded string) bool {
	return near(folded, floodWords, trafficNouns, 4) || near(folded, websites, floodWords, 2) // "le site de la mairie saturé"
}

// leakTold: data stolen or leaked, told by a noun a few words from them
// ("the theft and publication of residents' data", "la fuite de données").
func leakTold(folded string) bool { return near(folded, leakNouns, dataNouns, 4) }

// accountTaken: a mailbox or an account was taken over ("la boîte mail de
// la mairie piratée", "hackers took control of the council's email
// account"): the mails that follow come from the body's own systems.
func accountTaken(folded string) bool { return near(folded, takenWords, accountNouns, 7) }

// mailFromTakenAccount: an account taken over sent fake mail ("la
// casella di posta di una dipendente è stata usata per inviare centinaia
// di email fraudolente"): phishing from the body's own mailbox.
func mailFromTakenAccount(folded string) bool {
	return (accountTaken(folded) || near(folded, usedToSend, accountNouns, 10)) &&
		(near(folded, fakeWords, messageNouns, 3) || near(folded, fakeWords, mailNoun, 2))
}

var (
	// mailNoun is "email", singular or the plural of the languages that do
	// not inflect it: sent from a taken account, not only a scam's bait.
	mailNoun = words("email")
	// usedToSend: an account was used to send what it should not.
	usedToSend = words("used to send", "utilisee pour envoyer", "utilise pour envoyer", "utilisees pour envoyer", "utilises pour envoyer",
		"usata per inviare", "usato per inviare", "usate per inviare", "usati per inviare", "utilizzata per inviare",
		"utilizada para enviar", "utilizado para enviar", "utilizadas para enviar", "utilizados para enviar",
		"gebruikt om", "benutzt um", "genutzt um", "verwendet um")
)

// credentialsGiven: staff gave their credentials away ("Dos de ellos
// introdujeron sus credenciales", "avaient saisi leurs identifiants sur
// une page imitant la messagerie"): the body's own accounts were taken.
func credentialsGiven(folded string) bool { return near(folded, enteredWords, credentialNouns, 3) }

// credentialsTaken: staff's credentials were stolen or seized ("Un
// individu s'était emparé des identifiants de plusieurs agents", "les
// identifiants avaient été dérobés"): someone got into their accounts.
func credentialsTaken(folded string) bool {
	return credentialNouns.in(folded) && (near(folded, theftVerbs, credentialNouns, 4) || near(folded, takenWords, credentialNouns, 4) ||
		near(folded, strangers, credentialNouns, 4)) // "un estraneo aveva usato le credenziali di un dipendente"
}

// strangers are someone the body does not know, who has no business
// with its staff's credentials.
var strangers = words("estraneo", "estranei", "sconosciuto", "sconosciuti", "inconnu", "inconnus", "unbekannter", "unbekannte",
	"unbekannten", "stranger", "strangers", "unknown person", "unknown persons", "desconocido", "desconocidos", "onbekende", "onbekenden")

// wordsBetween counts the words between two matches in folded text.
func wordsBetween(folded string, a, b []int) int {
	if a[0] > b[0] {
		a, b = b, a
	}
	if b[0] < a[1] {
		return 0
	}
	return len(strings.Fields(folded[a[1]:b[0]]))
}

func (f *facts) note(field, value string, s sentence) {
	f.evidence = append(f.evidence, vigie.Evidence{Field: field, Value: value, Sentence: s.Text})
}

// assertedCue reports whether the sentence holds one of the cue's words
// that no negation denies: "aucune donnée n'a été chiffrée" does not say
// the data were encrypted.
func assertedCue(c cue, folded string) bool {
	for _, m := range c.all(folded) {
		if assertedAt(folded, m) {
			return true
		}
	}
	return false
}

// assertedAt: the words at m are told as a fact, neither denied nor
// hedged ("en cas de demande de rançon", "un éventuel vol de données").
func assertedAt(folded string, m []int) bool {
	w := around(folded, m)
	return !w.negated() && !w.supposed() && !figures(folded, m)
}

// figures: French "chiffrer" also counts money ("il chiffre le coût à
// 210 000 euros", "les chiffres du budget"), which folding makes look
// like "chiffré": that sense encrypts nothing.
func figures(folded string, m []int) bool {
	before := lastWords(folded[:m[0]], 1)
	switch folded[m[0]:m[1]] {
	case "chiffre": // "il chiffre à…", "le chiffre", "le bilan est désormais chiffré", not "a été chiffré à 90 %"
		return figureDeterminers.in(before) || !passive.in(before) && figureWords.in(firstWords(folded[m[1]:], 4)) ||
			costNouns.in(lastWords(folded[:m[0]], 4))
	case "chiffres": // "les chiffres", not "les fichiers chiffrés à…"
		return figureDeterminers.in(before)
	}
	return false
}

// passive auxiliaries come before a participle.
var passive = words("ete", "est", "sont", "etaient", "etait", "etre", "soient", "seront", "sera")

// verbFinalDenials end a German sentence that denies its subject.
var verbFinalDenials = words("nicht vor", "nicht gestellt", "nicht erhoben", "nicht gefordert", "nicht bestatigt")

// excludes is the stem of German "ausschließen" split around its object:
// "Eine Verschlüsselung der Systeme schließt die Stadt aus".
var excludes = words("schliesst", "schliessen", "schloss", "schlossen")

// excluded: the sentence's verb is "schließt … aus", whose particle ends it.
func (w cueWindow) excluded() bool {
	return (w.end == "aus" || strings.HasSuffix(w.end, " aus")) && (excludes.in(w.after) || excludes.in(lastWords(w.prefix, 6)))
}

var (
	figureWords       = words("a", "le cout", "la facture", "le montant", "le prejudice", "les pertes", "euros", "millions", "milliers")
	figureDeterminers = words("les", "des", "ces", "un", "le", "quelques", "ses", "leurs")
	costNouns         = words("bilan", "cout", "couts", "facture", "montant", "prejudice", "pertes", "degats", "addition", "budget")
)

// cueWindow is what stands around a cue's words in a sentence: the six
// words before and after, and all that precedes it.
type cueWindow struct{ before, after, prefix, end string }

// around is the window of the cue's words at m. Its words before stop at
// a contrast ("Kein Hacker im klassischen Sinn, sondern … zogen Unbekannte
// … ab"): what is denied before it is not what is told after.
func around(folded string, m []int) cueWindow {
	prefix := folded[:m[0]]
	if k := lastContrast(prefix); k >= 0 {
		prefix = prefix[k:]
	}
	return cueWindow{lastWords(prefix, 6), firstWords(folded[m[1]:], 6), prefix, lastWords(folded[m[1]:], 2)}
}

// lastContrast is where the words after the last contrasting conjunction
// of prefix begin, or -1.
func lastContrast(prefix string) int {
	if !strings.Contains(prefix, "sondern") && !strings.Contains(prefix, "bensi") && !strings.Contains(prefix, "sino") {
		return -1 // most sentences: no need to match words
	}
	ms := contrasts.all(prefix)
	if len(ms) == 0 {
		return -1
	}
	return ms[len(ms)-1][1]
}

// contrasts turn a denial into an assertion: "nicht X, sondern Y" (not
// "but", which may join two denials).
var contrasts = words("sondern", "bensi", "sino")

// negated: a negation right before or after, or a denial earlier, or a
// German verb that ends the sentence denied ("eine Lösegeldforderung liegt
// nach Angaben der Verwaltung bislang nicht vor") or excluded.
func (w cueWindow) negated() bool {
	return negators.in(w.before) || noneOf.in(lastWords(w.prefix, 10)) || negatedAfter.in(w.after) || denials.in(w.prefix) ||
		verbFinalDenials.in(w.end) || w.excluded()
}

// noneOf quantifies a subject to nothing, however long it is: "none of
// the council's systems were encrypted".
var noneOf = words("none of", "aucun de", "aucune de", "aucun des", "aucune des", "keiner der", "keines der", "keine der",
	"nessuno dei", "nessuna delle", "ninguno de", "ninguna de", "geen van")

// supposed: a hedge right before, a question put earlier, or an
// exclusion denied around it ("il n'est pas exclu qu'il s'agisse d'un
// rançongiciel", "ransomware has not been ruled out"): possible, not told.
func (w cueWindow) supposed() bool {
	return hedges.in(w.before) || queries.in(w.prefix) || notExcluded.in(w.prefix) || notExcluded.in(w.after) ||
		whetherWords.in(firstWords(w.prefix, 1)) || whetherClauses.in(w.prefix) || untoldEither(w) ||
		drillWords.in(w.before) || // "un corso obbligatorio sul phishing"
		rumourWords.in(w.prefix) // "Des rumeurs évoquaient un rançongiciel", "Rumours circulated in Kirkwall … that the council had been hit by ransomware"
}

// whetherClauses open an indirect question that runs over the list
// after it: "will not say whether it was hit by ransomware, a data theft
// or something else", "non dire se i file siano stati cifrati o
// esfiltrati", "s'il s'agit d'un rançongiciel", "si el sistema fue
// cifrado". German "ob" is read with the word after it: "Rothenburg ob
// der Tauber" asks nothing.
var whetherClauses = words("whether", "ob es", "ob sich", "ob dabei", "ob daten", "ob die", "ob ein", "ob eine", "ob auch",
	"ob und", "ob tatsachlich", "se sia", "se siano", "se si tratti", "se si tratta", "se i", "se il", "se gli",
	"se vi", "se ci", "si hubo", "si el", "si los", "si las", "si se ha", "si se han", "s il", "s ils", "si des", "si les",
	"of er", "ni si")

// untoldEither: "neither … nor" that ends on what is not told ("Weder zu
// einer Verschlüsselung noch zu einem Datenabfluss gibt es Angaben") leaves
// the list untold; "Weder wurden Daten verschlüsselt noch…" denies it.
func untoldEither(w cueWindow) bool {
	return neither.in(w.prefix) && (infoNouns.in(w.after) || infoNouns.in(w.end))
}

var (
	neither   = words("weder", "neither")
	infoNouns = words("angaben", "auskunft", "auskunfte", "informationen", "bekannt", "details", "information", "informations",
		"precisions", "informazioni", "dettagli", "informacion", "detalles", "informatie", "details bekend")
)

// whetherWords opening a sentence make what it tells a question or a
// condition: "Of het om ransomware gaat, …", "Ob hier Daten abflossen, …"
// ("whether" anywhere is a whetherClause). Not Romance "si" and "se":
// Italian "Se ne sono accorti", Spanish "Sí admite" open sentences that
// tell.
var whetherWords = words("of", "ob", "if")

// notExcluded deny an exclusion: what they speak of may have happened.
var notExcluded = words("pas exclu", "pas exclue", "n exclut pas", "n excluent pas", "pas a exclure", "pas ecarte", "pas ecartee",
	"n ecarte pas", "not ruled out", "not be ruled out", "not been ruled out", "not been excluded", "cannot rule out",
	"can t rule out", "could not rule out", "did not rule out", "not excluded", "nicht ausgeschlossen", "nicht auszuschliessen", "schliesst nicht aus",
	"schliessen nicht aus", "non e escluso", "non e esclusa", "non si esclude", "non esclude", "non escludono",
	"no se descarta", "no descarta", "no descartan", "no se puede descartar", "niet uitgesloten", "sluit niet uit",
	"sluiten niet uit", "nao e de excluir", "nao se exclui", "nao exclui")

func lastWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[len(w)-n:]
	}
	return strings.Join(w, " ")
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}

func (f *facts) readGroup(s sentence, folded string) {
	if f.group != "" {
		return
	}
	for _, g := range groups {
		if g.cue.in(folded) {
			f.group = g.name
			f.note("group", g.name, s)
			return
		}
	}
}

func (f *facts) readImpacts(s sentence, folded string) {
	for _, name := range sortedKeys(impacts) {
		if !slices.Contains(f.impacts, name) && assertedCue(impacts[name], folded) && impactContext(folded) {
			f.impacts = append(f.impacts, name)
			f.note("impact", name, s)
		}
	}
}

// impactContext: a sentence about what is down or lost, not one that only
// names a website or a phone number.
var impactVerbs = words("coupe*", "arret", "paralys*", "bloque*", "indisponible*", "inaccessible*", "inutilisable*",
	"perturb*", "suspendu*", "hors service", "hors ligne", "ralenti", "degrade", "chiffre*", "illisible*", "touche*",
	"down", "offline", "unavailable", "unreachable", "disrupted", "suspended", "encrypted", "unreadable", "affected",
	"hit", "paralys*", "cut", "leak*", "published", "stolen", "publie*", "divulgu*", "derobe*", "vole*", "ausgefallen",
	"lahmgelegt", "verschlusselt", "betroffen", "eingeschrankt", "nicht erreichbar", "veroffentlicht", "sospes*",
	"bloccat*", "criptat*", "pubblicat*", "inaccesibl*", "suspendid*", "cifrad*", "publicad*", "papier", "paper",
	"main", "stylo*", "pen")

func impactContext(folded string) bool { return impactVerbs.in(folded) }

func (f *facts) readResponses(s sentence, folded string) {
	for _, name := range sortedKeys(responses) {
		if !slices.Contains(f.responses, name) && assertedCue(responses[name], folded) {
			f.responses = append(f.responses, name)
			f.note("response", name, s)
		}
	}
}

// amountRe finds a sum of money.
var amountRe = regexp.MustCompile(`(?i)(\d[\d\s.,  ]*\d|\d)\s*(millions?|million|mio\.?|k|m)?\s*(d['’]\s*)?(euros?|€|eur|dollars?|\$|usd|bitcoins?|btc)`)

func (f *facts) readRansom(s sentence, folded string) {
	if !ransomWords.in(folded) {
		return
	}
	state := ""
	switch {
	case ransomNone.in(folded):
		state = "none"
	case ransomPaid.in(folded) && !negators.in(folded):
		state = "paid"
	case ransomRefused.in(folded):
		state = "refused"
	case !negators.in(folded):
		state = "demanded"
	}
	if state != "" && ransomRank[state] > ransomRank[f.ransom] {
		f.ransom = state
		f.note("ransom", state, s)
	}
	if m := amountRe.FindString(s.Text); m != "" && f.amount == "" {
		f.amount = strings.TrimSpace(m)
		f.note("ransom_amount", f.amount, s)
	}
}

// ransomRank: what is known last wins over what is known first.
var ransomRank = map[string]int{"": 0, "demanded": 1, "none": 2, "refused": 3, "paid": 4}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
