package incident

import (
	"slices"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/when"
)

// elapsed is how long before its publication the article says its attack
// happened, read in the title and the lead: "Een jaar na de aanval",
// "Deux ans après la cyberattaque", "Hace dos años que el Palacio
// Provincial se quedó a oscuras", "three months on from the attack". It
// is 0 when they do not say. Read once per article.
func (an *analysis) elapsed() time.Duration {
	if an.since == nil {
		an.since = new(time.Duration)
		for _, i := range an.early(1) {
			if d, named := an.elapsedIn(i); d > 0 {
				*an.since, an.sinceAt, an.sinceNamed = d, i, named
				break
			}
		}
	}
	return *an.since
}

// sinceAttack: t is well after the attack, by what the article says of how
// long ago the attack was.
func (an *analysis) sinceAttack(t vigie.Timestamp) bool {
	el := an.elapsed()
	return el > 60*24*time.Hour && an.ref.Sub(t.Time) < el/2 && !an.hitAnew()
}

// elapsedIn reads a duration set back from now in sentence i: a number
// and a unit, then a word of "after" and an attack a few words on, or a
// word of "later"; or a word of "ago" around them. named says that the
// attack is named right after ("deux ans après la cyberattaque"), not
// read from "later" or "ago" alone.
func (an *analysis) elapsedIn(i int) (d time.Duration, named bool) {
	toks := tokenize(an.sents[i].Text)
	for k := 0; k < len(toks); k++ {
		days, ok := when.UnitDays(toks[k].Fold)
		if !ok {
			continue
		}
		n, ok := 1, k == 0 && i == 0 // a headline drops its article: "Jaar na inbraak", "Year after hack"
		if k > 0 {
			n, ok = when.Count(toks[k-1].Fold, an.lang)
		}
		half := halved(toks[:k])
		if !ok && !half {
			continue
		}
		d = time.Duration(n*days) * 24 * time.Hour
		if half {
			n, d = 1, time.Duration(days)*12*time.Hour // "Ein halbes Jahr nach dem Datendiebstahl", "half a year after"
		}
		if n*days > 15*365 {
			continue // "travaillent comme il y a trente ans": a comparison, no attack that old
		}
		at := -1
		if k+1 < len(toks) && afterWords[toks[k+1].Fold] {
			at = attackSoon(toks[k+2:])
		}
		named = at >= 0 && (i == 0 || !targetAfter(toks[k+2+at:])) // below the title, not "after the attack on the HSE"
		switch {
		case k >= 2 && agoBefore[toks[k-2].Fold], k >= 1 && ilYA(toks[:k-1]):
			return d, false // "hace dos años", "vor einem Jahr", "il y a un an", "il y a tout juste un an"
		case k+1 < len(toks) && agoAfter[toks[k+1].Fold]:
			// "a year ago", "un anno fa", "een jaar geleden"; but "It was a
			// year ago today that staff … were ordered to unplug everything",
			// "vijf jaar geleden dat de computers … op slot gingen" count from
			// the event the clause tells, in a piece on an attack
			return d, an.cyber && slices.Contains(an.lead(), i) && thatAfter(toks[k+2:])
		case k+1 < len(toks) && laterWords[toks[k+1].Fold] && an.cyber:
			// "Ein Jahr danach", "One year on", "un an plus tard": alone in a
			// title that names the attack, it counts from that attack ("Ein
			// Jahr danach: Cyberangriff kostet den Landkreis …"), not from
			// another ("un an après l'agglomération")
			alone := k+2 >= len(toks) || toks[k+2].Punct
			return d, named || i == 0 && alone && slices.ContainsFunc(toks, attackToken)
		case named:
			return d, true // "Een jaar na de aanval", "deux ans après la cyberattaque"
		}
		if a := afterWithin(toks[k+1:], 5); at < 0 && a >= 0 && an.cyber && slices.Contains(an.lead(), i) && attackSoon(toks[k+2+a:]) >= 0 {
			return d, true // "Three years almost to the week after intruders got in", "nearly three years after data theft"
		}
	}
	return 0, false
}

// halved: the words before a unit end on a word of "half" ("ein halbes
// Jahr", "half a year", "een half jaar", "mezzo anno", "medio año").
func halved(before []token) bool {
	n := len(before)
	return n > 0 && halfWords[before[n-1].Fold] || n > 1 && before[n-1].Fold == "a" && before[n-2].Fold == "half"
}

var halfWords = map[string]bool{"halbes": true, "halben": true, "halbe": true, "half": true, "mezzo": true, "medio": true}

// ilYA: the words before a count end on "il y a", and at most two more
// ("il y a tout juste"): the count is of time ago.
func ilYA(before []token) bool {
	for j := len(before) - 1; j >= 2 && j >= len(before)-3; j-- {
		if before[j-2].Fold == "il" && before[j-1].Fold == "y" && before[j].Fold == "a" {
			return true
		}
	}
	return false
}

// yearOfElapsed moves a date written without its year ("the incident of
// 5 February", read as the last 5 February) back by whole years to the
// one nearest when the article says the attack was ("more than a year
// after criminals locked the authority's files").
func (an *analysis) yearOfElapsed(e when.Expr) vigie.Timestamp {
	t, el := e.Date, an.elapsed()
	if el < 300*24*time.Hour || !an.sinceNamed || e.Relative || yearRe.MatchString(e.Text) || an.hitAnew() {
		return t // "moins d'un an après l'agglomération, la ville visée": the year counts from another attack; so it does for a body hit anew
	}
	at := an.ref.Add(-el)
	best := t
	for back := 1; back <= 4; back++ {
		c := t
		c.Time = t.Time.AddDate(-back, 0, 0)
		if c.Time.Sub(at).Abs() < best.Time.Sub(at).Abs() {
			best = c
		}
	}
	return best
}

// yearOfParagraph is the year sentence i's paragraph gave, before e, to
// the month e writes without its year ("Boston Borough Council, June
// 2024. On 3 June, ransomware encrypted servers"): a round-up's heading
// dates the attack it tells, however old. False when it gave none.
func (an *analysis) yearOfParagraph(e when.Expr, i int) (int, bool) {
	if e.Relative || yearRe.MatchString(e.Text) {
		return 0, false
	}
	p := an.sents[i].Paragraph
	for j := i; j >= 0 && an.sents[j].Paragraph == p; j-- {
		text := an.sents[j].Text
		if j == i {
			text = text[:e.Start]
		}
		if !yearRe.MatchString(text) {
			continue // most sentences: no year to give
		}
		for _, h := range when.Find(text, an.lang, an.ref, an.loc) {
			if yearRe.MatchString(h.Text) && h.Date.Time.Month() == e.Date.Time.Month() {
				return h.Date.Time.Year(), true
			}
		}
	}
	return 0, false
}

// attackToken: the word names an attack.
func attackToken(t token) bool { return attackWords.in(t.Fold) || plainAttack.in(t.Fold) }

// attackSoon is where an attack is named within the next five words
// ("een jaar na de ontdekking van de inbraak"), or -1.
func attackSoon(toks []token) int {
	for k, t := range toks[:min(5, len(toks))] {
		if attackWords.in(t.Fold) || plainAttack.in(t.Fold) || attackKinds["ransomware"].in(t.Fold) || intruders.in(t.Fold) {
			return k
		}
	}
	return -1
}

// intruders name who carried an attack out, or what they took.
var intruders = words("intruders", "intruder", "intrus", "eindringlinge", "eindringling", "intrusi", "intruso", "intrusos", "indringers", "indringer", "hackers", "pirates", "piratas",
	"criminals", "criminels", "kriminelle", "criminali", "criminales", "criminelen", "attackers", "attaquants", "angreifer", "aanvallers",
	"theft", "diebstahl", "datendiebstahl", "furto", "robo", "diefstal", "breach", "datenleck", "datalek")

// afterWords' place among the first n of toks, or -1: "three years almost
// to the week after".
func afterWithin(toks []token, n int) int {
	for k, t := range toks[:min(n, len(toks))] {
		if afterWords[t.Fold] {
			return k
		}
	}
	return -1
}

// targetAfter: the attack at toks[0] is said to hit someone named ("the
// attack on the HSE"), within two words; a body called by its kind alone
// ("nach dem Angriff auf die Kreisverwaltung") is the article's own.
func targetAfter(toks []token) bool {
	for k := 1; k < min(3, len(toks)); k++ {
		if targets.in(toks[k].Fold) {
			return !bareKindAt(toks, k+1)
		}
	}
	return false
}

// bareKindAt: a body's kind alone stands at toks[k], after an article: no
// name follows it.
func bareKindAt(toks []token, k int) bool {
	if k < len(toks) && determiners[toks[k].Fold] {
		k++
	}
	if k >= len(toks) {
		return false
	}
	_, n := matchAnchor(toks, k, "")
	return n > 0 && (k+n >= len(toks) || toks[k+n].Punct || !toks[k+n].Upper)
}

// thatAfter: a clause opens within the next three words ("today that",
// "dat", "que"): what the time counts back to follows.
func thatAfter(toks []token) bool {
	for _, t := range toks[:min(3, len(toks))] {
		if t.Punct {
			return false
		}
		if thatWords[t.Fold] {
			return true
		}
	}
	return false
}

var (
	agoBefore  = map[string]bool{"hace": true, "vor": true}
	agoAfter   = map[string]bool{"ago": true, "fa": true, "geleden": true}
	laterWords = map[string]bool{"later": true, "on": true, "danach": true, "spater": true, "dopo": true, "despues": true,
		"plus": true, "apres": true}
	afterWords = map[string]bool{"na": true, "nach": true, "after": true, "apres": true, "dopo": true, "despues": true,
		"tras": true, "since": true, "seit": true, "depuis": true, "from": true,
		"dall'": true, "dall’": true, "dalla": true, "dal": true, "desde": true} // "a un anno dall'attacco"
)
