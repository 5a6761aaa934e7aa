package incident

import (
	"strconv"
	"time"

	"github.com/vigie-news/vigie"
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
			if d := an.elapsedIn(i); d > 0 {
				*an.since = d
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
	return el > 60*24*time.Hour && an.ref.Sub(t.Time) < el/2
}

// elapsedIn reads a duration set back from now in sentence i: a number
// and a unit, then a word of "after" and an attack a few words on, or a
// word of "later"; or a word of "ago" around them.
func (an *analysis) elapsedIn(i int) time.Duration {
	toks := tokenize(an.sents[i].Text)
	for k := 1; k < len(toks); k++ {
		days, ok := unitDays[toks[k].Fold]
		if !ok {
			continue
		}
		n, ok := numberAt(toks[k-1].Fold)
		if !ok {
			continue
		}
		d := time.Duration(n*days) * 24 * time.Hour
		switch {
		case k >= 2 && agoBefore[toks[k-2].Fold], k >= 3 && toks[k-3].Fold == "il" && toks[k-2].Fold == "y":
			return d // "hace dos años", "vor einem Jahr", "il y a un an"
		case k+1 < len(toks) && agoAfter[toks[k+1].Fold]:
			return d // "a year ago", "un anno fa", "een jaar geleden"
		case k+1 < len(toks) && laterWords[toks[k+1].Fold] && an.cyber:
			return d // "Ein Jahr danach", "One year on", "un an plus tard"
		case k+1 < len(toks) && afterWords[toks[k+1].Fold]:
			if at := attackSoon(toks[k+2:]); at >= 0 && (i == 0 || !targetAfter(toks[k+2+at:])) {
				return d // "Een jaar na de aanval", "deux ans après la cyberattaque"; below the title, not "after the attack on the HSE"
			}
		}
	}
	return 0
}

// attackSoon is where an attack is named within the next four words, or -1.
func attackSoon(toks []token) int {
	for k, t := range toks[:min(4, len(toks))] {
		if attackWords.in(t.Fold) || plainAttack.in(t.Fold) || attackKinds["ransomware"].in(t.Fold) {
			return k
		}
	}
	return -1
}

// targetAfter: the attack at toks[0] is said to hit someone ("the attack
// on the HSE"), within two words.
func targetAfter(toks []token) bool {
	for _, t := range toks[1:min(3, len(toks))] {
		if targets.in(t.Fold) {
			return true
		}
	}
	return false
}

// numberAt reads a count written in figures or in words.
func numberAt(w string) (int, bool) {
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 100 {
		return n, true
	}
	n, ok := numberWords[w]
	return n, ok
}

var numberWords = map[string]int{
	"un": 1, "une": 1, "one": 1, "a": 1, "an": 1, "ein": 1, "eine": 1, "einem": 1, "einen": 1, "uno": 1, "una": 1, "een": 1,
	"deux": 2, "two": 2, "zwei": 2, "due": 2, "dos": 2, "twee": 2, "trois": 3, "three": 3, "drei": 3, "tre": 3, "tres": 3,
	"drie": 3, "quatre": 4, "four": 4, "vier": 4, "quattro": 4, "cuatro": 4, "cinq": 5, "five": 5, "funf": 5, "cinque": 5,
	"cinco": 5, "vijf": 5, "six": 6, "sechs": 6, "sei": 6, "seis": 6, "zes": 6, "huit": 8, "eight": 8, "acht": 8, "otto": 8,
	"ocho": 8, "neuf": 9, "nine": 9, "neun": 9, "nove": 9, "nueve": 9, "negen": 9, "dix": 10, "ten": 10, "zehn": 10,
	"dieci": 10, "diez": 10, "tien": 10, "zwolf": 12, "twelve": 12, "douze": 12, "dodici": 12, "doce": 12, "twaalf": 12,
}

var unitDays = map[string]int{
	"jours": 1, "days": 1, "tage": 1, "tagen": 1, "giorni": 1, "dias": 1, "dagen": 1,
	"semaine": 7, "semaines": 7, "week": 7, "weeks": 7, "woche": 7, "wochen": 7, "settimana": 7, "settimane": 7,
	"semana": 7, "semanas": 7, "weken": 7,
	"mois": 30, "month": 30, "months": 30, "monat": 30, "monate": 30, "monaten": 30, "mese": 30, "mesi": 30, "mes": 30,
	"meses": 30, "maand": 30, "maanden": 30,
	"an": 365, "ans": 365, "annee": 365, "annees": 365, "year": 365, "years": 365, "jahr": 365, "jahre": 365,
	"jahren": 365, "anno": 365, "anni": 365, "ano": 365, "anos": 365, "jaar": 365, "jaren": 365,
}

var (
	agoBefore  = map[string]bool{"hace": true, "vor": true}
	agoAfter   = map[string]bool{"ago": true, "fa": true, "geleden": true}
	laterWords = map[string]bool{"later": true, "on": true, "danach": true, "spater": true, "dopo": true, "despues": true,
		"plus": true, "apres": true}
	afterWords = map[string]bool{"na": true, "nach": true, "after": true, "apres": true, "dopo": true, "despues": true,
		"tras": true, "since": true, "seit": true, "depuis": true, "from": true}
)
