package incident

import (
	"regexp"
	"slices"
	"strings"

	"github.com/vigie-news/vigie"
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
	leaked                      bool     // a sentence says data were stolen or published
	leakedIn                    sentence // the first that does
	vulnerability               bool     // a sentence names a security flaw
}

// vulnerabilityCue names a security flaw: an attack through one, without
// encryption, is an intrusion. A flaw alone is no attack.
var vulnerabilityCue = words("sicherheitslucke*", "schwachstelle*", "vulnerability", "vulnerabilities", "faille*",
	"falla de seguridad", "vulnerabilita", "kwetsbaarhe*", "lek in")

// readFacts reads the attack type, group, impacts, responses and ransom
// from sentences (already folded in fs).
func readFacts(ss []sentence, fs []string) facts {
	var f facts
	best := len(kindOrder)
	for i, s := range ss {
		if s.Question {
			continue // "Rançongiciel, intrusion, vol de données ?" asks, it does not tell
		}
		if attackWords.in(fs[i]) {
			f.attackSeen = true
		}
		for rank, kind := range kindOrder {
			var ok bool
			switch kind {
			case vigie.AttackRansomware:
				ok = f.readRansomware(fs[i])
			case vigie.AttackDataBreach:
				ok = assertedCue(attackKinds[kind], fs[i])
				if ok && !f.leaked {
					f.leaked, f.leakedIn = true, s
				}
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
	if f.attack == vigie.AttackRansomware && !f.encrypted && (f.encryptionDenied || f.leaked) {
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
	if f.attack == "" && (f.encryptionDenied || f.vulnerability) && f.attackSeen {
		f.attack = vigie.AttackIntrusion // an attack through a flaw, or whose encryption is denied: someone got in
	}
	if f.attack == "" {
		f.attack = vigie.AttackUnknown
	}
	return f
}

// readRansomware: the sentence tells of ransomware that struck:
// encryption or a ransom asserted, or a group named as the one that acted
// (not as a suspect or a threat). It notes whether the sentence says data
// were encrypted, or denies it.
func (f *facts) readRansomware(folded string) bool {
	if !attackKinds[vigie.AttackRansomware].in(folded) {
		return false
	}
	enc := false
	if encryptionCue.in(folded) {
		enc = assertedCue(encryptionCue, folded)
		f.encrypted = f.encrypted || enc
		f.encryptionDenied = f.encryptionDenied || !enc
	}
	return enc || assertedCue(ransomCue, folded) || groupCue.in(folded) && !suspectWords.in(folded)
}

func (f *facts) note(field, value string, s sentence) {
	f.evidence = append(f.evidence, vigie.Evidence{Field: field, Value: value, Sentence: s.Text})
}

// assertedCue reports whether the sentence holds one of the cue's words
// that no negation denies: "aucune donnée n'a été chiffrée" does not say
// the data were encrypted.
func assertedCue(c cue, folded string) bool {
	for _, m := range c.all(folded) {
		before := lastWords(folded[:m[0]], 6)
		after := firstWords(folded[m[1]:], 6)
		if !negators.in(before) && !negatedAfter.in(after) && !denials.in(folded[:m[0]]) {
			return true
		}
	}
	return false
}

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
