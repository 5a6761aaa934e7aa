package when

// Italian.
const (
	itNight    = `(?:(?:nella|durante la|la) )?notte `
	itWeekend  = `(?:fine settimana|week-end)`
	itDate1    = `(?:{wday:w1} )?{day:d1}(?: {month:m1})?(?: {year:y1})?`
	itDate2    = `(?:{wday:w2} )?{day:d2} {month:m2}(?: {year:y2})?`
	itMonthPre = `(?:(?:a|ad|in|di|del|(?:lo|dello|nello) (?P<last>scorso)|nel mese di|da|dal|dal mese di|entro|fino a|a partire da|sin da|fin da|` +
		`inizio|metà|fine|a inizio|a metà|a fine|da inizio|da metà|da fine|tra fine|primi di|ai primi di|` +
		`all'inizio di|dall'inizio di|alla fine di|dalla fine di|alla metà di|dalla metà di|verso la fine di|verso metà) )?`
)

var italian = language{
	code: "it",
	months: [12][]string{
		{"gennaio", "genn.", "gen."}, {"febbraio", "febbr.", "feb."}, {"marzo", "mar."}, {"aprile", "apr."},
		{"maggio", "magg.", "mag."}, {"giugno", "giu."}, {"luglio", "lug."}, {"agosto", "ago."},
		{"settembre", "sett.", "set."}, {"ottobre", "ott."}, {"novembre", "nov."}, {"dicembre", "dic."},
	},
	weekdays: [7][]string{{"domenica"}, {"lunedì"}, {"martedì"}, {"mercoledì"}, {"giovedì"}, {"venerdì"}, {"sabato"}},
	numbers: [32][]string{
		1: {"uno", "un", "una"}, 2: {"due"}, 3: {"tre"}, 4: {"quattro"}, 5: {"cinque"},
		6: {"sei"}, 7: {"sette"}, 8: {"otto"}, 9: {"nove"}, 10: {"dieci"},
		11: {"undici"}, 12: {"dodici"}, 13: {"tredici"}, 14: {"quattordici"}, 15: {"quindici"},
		16: {"sedici"}, 17: {"diciassette"}, 18: {"diciotto"}, 19: {"diciannove"}, 20: {"venti"},
		21: {"ventuno"}, 22: {"ventidue"}, 23: {"ventitré"}, 24: {"ventiquattro"}, 25: {"venticinque"},
		26: {"ventisei"}, 27: {"ventisette"}, 28: {"ventotto"}, 29: {"ventinove"}, 30: {"trenta"},
		31: {"trentuno"},
	},
	few:     []string{"pochi", "poche", "qualche", "alcuni", "alcune", "un paio di"},
	ordinal: `(?:°|º)?`,
	to:      []string{"e", "e il", "e l'", "al", "all'", "a", "fino al", "fino all'"},
	rules: []ruleDef{
		{kind: kindDate, tmpl: `(?:{wday:w1},? )?{day:d1} {month:m1}(?:,? {year:y1})?`},
		{kind: kindDate, tmpl: `{wday:w1} {day:d1}`},
		{kind: kindMonth, tmpl: itMonthPre + `{monthname:m1}(?: {year:y1})?`},
		{kind: kindMonthRel, tmpl: `(?:a |ad |da |all'|dall')?(?:inizio|fine|metà) (?:del |di )?mese|(?:in )?questo mese`},
		{kind: kindMonthRel, arg: -1, tmpl: `(?:(?:il|lo|nel|nello) )?(?:mese scorso|scorso mese)`},
		{kind: kindWeekday, tmpl: `(?:(?:lo |il |la )?(?P<last>scorso|scorsa|passato|passata) |(?:il |la )?(?P<next>prossimo|prossima) |(?:questo|questa) )?{wday:w1}` +
			`(?: (?:sera|mattina|mattino|pomeriggio|(?P<night>notte)))?(?: (?P<last>scorso|scorsa|passato|passata)| (?P<next>prossimo|prossima))?`},
		{kind: kindOffset, tmpl: `oggi(?: pomeriggio)?|stamattina|stamane|stamani|questa mattina|stasera|questa sera|questo pomeriggio`},
		{kind: kindOffset, arg: -1, tmpl: `ieri(?: (?:sera|mattina|mattino|pomeriggio))?`},
		{kind: kindOffset, arg: -1, night: true, tmpl: `ieri notte|stanotte|questa notte|la notte scorsa|nella notte appena trascorsa`},
		{kind: kindOffset, arg: -2, tmpl: `l'altro ieri|l'altroieri|altroieri|avantieri|ieri l'altro`},
		{kind: kindOffset, arg: 1, tmpl: `domani`},
		{kind: kindNight, tmpl: itNight + `(?:tra|fra) (?:il |la )?{wday:w1}(?: {day:d1}(?: {month:m1})?)? e (?:il |la )?{wday:w2}(?: {day:d2}(?: {month:m2})?(?: {year:y2})?)?`},
		{kind: kindNight, tmpl: itNight + `(?:tra|fra) (?:il |l')?{day:d1}(?: {month:m1})?(?: {year:y1})? e (?:il |l')?{day:d2} {month:m2}(?: {year:y2})?`},
		{kind: kindNight, tmpl: itNight + `(?:di|del) {wday:w1}(?: {day:d1} {month:m1}(?: {year:y1})?)?`},
		{kind: kindNight, tmpl: itNight + `(?:del |dell')(?:{wday:w1} )?{day:d1} {month:m1}(?: {year:y1})?`},
		{kind: kindWeekend, tmpl: `(?:nel|durante il|questo|in questo|nell'ultimo|nello|durante lo) ` + itWeekend},
		{kind: kindWeekend, arg: -1, tmpl: `(?:(?:lo|il|nello|nel|durante lo|durante il) )?scorso ` + itWeekend + `|(?:(?:il|nel|lo) )?` + itWeekend + ` scorso`},
		{kind: kindWeekendOf, tmpl: `(?:(?:nel|il|durante il|nello|lo) )?` + itWeekend + ` (?:del|dal|tra il|di) ` + itDate1 + `(?:{to}(?:{wday:w2} )?{day:d2}(?: {month:m2})?(?: {year:y2})?)?`},
		{kind: kindSpan, tmpl: `(?:dal |tra il |fra il |tra |fra |tra l'|fra l'|dall')` + itDate1 + `{to}` + itDate2},
		{kind: kindAgo, tmpl: `(?:(?P<exact>esattamente|giusto|proprio) )?(?:(?P<approx>circa|quasi|oltre|più di|appena|poco più di) )?{num:n} (?P<unit>giorni|giorno|settimane|settimana|mesi|mese|anni|anno) fa`},
		{kind: kindFew, tmpl: `{few} (?P<unit>giorni|giorno|settimane|settimana|mesi|mese) fa`},
		{kind: kindWeek, arg: -1, tmpl: `(?:(?:la|nella|durante la) )?(?:settimana scorsa|scorsa settimana)`},
		{kind: kindWeek, tmpl: `questa settimana|in settimana`},
	},
}
