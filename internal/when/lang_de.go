package when

// German. Day numbers may carry their dot ("24. April"); weekdays take
// their time of day as a suffix ("Freitagabend", "Sonntagnacht").
const (
	deNight   = `(?:(?:in|während) der |die |der )?Nacht `
	deDaySfx  = `(?:abend|morgen|vormittag|nachmittag|mittag|früh|(?P<night>nacht))?`
	deDate1   = `(?:{wday:w1}` + deDaySfx + `,? (?:(?:den|dem) )?)?{day:d1}(?: {month:m1})?(?: {year:y1})?`
	deDate2   = `(?:{wday:w2},? (?:(?:den|dem) )?)?{day:d2} {month:m2}(?: {year:y2})?`
	deWeekend = `Wochenendes?`
	deTimes   = `(?: (?:Morgen|früh|Vormittag|Mittag|Nachmittag|Abend)|morgen|früh|vormittag|mittag|nachmittag|abend)?`
)

var german = language{
	code: "de",
	months: [12][]string{
		{"Januar", "Jänner", "Jan."}, {"Februar", "Feber", "Feb."}, {"März", "Mrz."}, {"April", "Apr."},
		{"Mai"}, {"Juni", "Jun."}, {"Juli", "Jul."}, {"August", "Aug."},
		{"September", "Sept.", "Sep."}, {"Oktober", "Okt."}, {"November", "Nov."}, {"Dezember", "Dez."},
	},
	weekdays: [7][]string{{"Sonntag"}, {"Montag"}, {"Dienstag"}, {"Mittwoch"}, {"Donnerstag"}, {"Freitag"}, {"Samstag", "Sonnabend"}},
	numbers: [32][]string{
		// "anderthalb", "zweieinhalb": a half is rounded down
		1: {"eins", "ein", "eine", "einem", "einer", "einen", "anderthalb", "eineinhalb"}, 2: {"zwei", "zweieinhalb"}, 3: {"drei"}, 4: {"vier"}, 5: {"fünf"},
		6: {"sechs"}, 7: {"sieben"}, 8: {"acht"}, 9: {"neun"}, 10: {"zehn"},
		11: {"elf"}, 12: {"zwölf"}, 13: {"dreizehn"}, 14: {"vierzehn"}, 15: {"fünfzehn"},
		16: {"sechzehn"}, 17: {"siebzehn"}, 18: {"achtzehn"}, 19: {"neunzehn"}, 20: {"zwanzig"},
		21: {"einundzwanzig"}, 22: {"zweiundzwanzig"}, 23: {"dreiundzwanzig"}, 24: {"vierundzwanzig"}, 25: {"fünfundzwanzig"},
		26: {"sechsundzwanzig"}, 27: {"siebenundzwanzig"}, 28: {"achtundzwanzig"}, 29: {"neunundzwanzig"}, 30: {"dreißig"},
		31: {"einunddreißig"},
	},
	few:     []string{"einigen", "ein paar", "wenigen", "mehreren"},
	ordinal: `\.?`,
	to:      []string{"und", "und dem", "bis", "bis zum", "auf", "auf den", "zum"},
	rules: []ruleDef{
		{kind: kindDate, tmpl: `(?:{wday:w1}` + deDaySfx + `,? (?:(?:den|dem) )?)?{day:d1} {month:m1}(?:,? {year:y1})?`},
		{kind: kindDate, tmpl: `{wday:w1}` + deDaySfx + `,? (?:(?:den|dem) )?{day:d1}\.`},
		{kind: kindMonth, tmpl: `(?:(?:im|vom|seit|ab|bis|von|für|(?:(?:im|vom|seit dem) )?(?P<last>vergangenen|letzten)|Anfang|Mitte|Ende|seit Anfang|seit Mitte|seit Ende|bis Anfang|bis Mitte|bis Ende|ab Anfang|ab Mitte|ab Ende|im Laufe des|im Monat|Anfang des Monats|Mitte des Monats|Ende des Monats) )?{monthname:m1}(?: {year:y1})?`},
		{kind: kindMonthRel, tmpl: `(?:(?:seit|ab|bis) )?(?:Anfang|Mitte|Ende) (?:des|dieses) Monats|(?:in )?diesem Monat`},
		{kind: kindMonthRel, arg: -1, tmpl: `(?:im )?(?:vergangenen|letzten|vorigen) Monat|(?:Anfang|Mitte|Ende) (?:des )?(?:vergangenen|letzten|vorigen) Monats`},
		{kind: kindWeekday, tmpl: `(?:(?:am|an diesem|diesen) |(?:am )?(?P<last>vergangenen|letzten|vorigen|vergangenem|letztem|vorigem) |(?:am )?(?P<next>kommenden|nächsten) )?{wday:w1}` + deDaySfx},
		{kind: kindOffset, tmpl: `heute` + deTimes},
		{kind: kindOffset, arg: -1, tmpl: `gestern` + deTimes},
		{kind: kindOffset, arg: -2, tmpl: `vorgestern` + deTimes},
		{kind: kindOffset, arg: -1, night: true, tmpl: `gestern Nacht|(?:in der )?(?:vergangenen|letzten|gestrigen) Nacht|(?:letzte|vergangene) Nacht`},
		{kind: kindNight, tmpl: deNight + `(?:von|vom) {wday:w1} (?:auf|zum|zu|bis) (?:den )?{wday:w2},? (?:den )?{day:d1}/{day:d2} {month:m2}(?: {year:y2})?`}, // "von Samstag auf Sonntag, 4./5. März"
		{kind: kindNight, tmpl: deNight + `(?:von|vom) {wday:w1}(?:,? (?:den |dem )?{day:d1}(?: {month:m1})?)? (?:auf|zum|zu|bis) (?:den )?{wday:w2}(?:,? (?:den |dem )?{day:d2}(?: {month:m2})?(?: {year:y2})?)?`},
		{kind: kindNight, tmpl: deNight + `(?:von|vom) (?:dem |den )?{day:d1}(?: {month:m1})?(?: {year:y1})? (?:auf|zum|zu|bis) (?:den )?{day:d2} {month:m2}(?: {year:y2})?`},
		{kind: kindNight, tmpl: deNight + `(?:zum|zu|auf) (?:den )?(?:{wday:w2}(?:,? (?:den |dem )?{day:d2} {month:m2}(?: {year:y2})?)?|{day:d2} {month:m2}(?: {year:y2})?)`},
		{kind: kindNight, tmpl: deNight + `(?:vom|des) {day:d1} {month:m1}(?: {year:y1})?`},
		{kind: kindWeekend, tmpl: `(?:am|übers|über das|an diesem|dieses|während des) ` + deWeekend},
		{kind: kindWeekend, arg: -1, tmpl: `(?:(?:am|an dem|über das|während des) )?(?:vergangenen|letzten|zurückliegenden|vorigen) ` + deWeekend + `|(?:vergangenes|letztes|voriges) ` + deWeekend},
		{kind: kindWeekendOf, tmpl: `(?:(?:am|an dem|übers) )?` + deWeekend + ` (?:vom|des|am) ` + deDate1 + `(?:{to}(?:{wday:w2},? (?:(?:den|dem) )?)?{day:d2}(?: {month:m2})?(?: {year:y2})?)?`},
		{kind: kindSpan, tmpl: `(?:vom|von|zwischen|zwischen dem|seit dem) ` + deDate1 + `{to}` + deDate2},
		{kind: kindAgo, tmpl: `vor (?:(?P<exact>genau|exakt|ziemlich genau) )?(?:(?P<approx>etwa|rund|fast|knapp|mehr als|über|gut|ungefähr) )?{num:n} (?P<unit>Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)`},
		{kind: kindFew, tmpl: `vor {few} (?P<unit>Tagen|Wochen|Monaten)`},
		{kind: kindWeek, arg: -1, tmpl: `(?:in der )?(?:vergangenen|letzten|vorigen) Woche|(?:letzte|vergangene|vorige) Woche`},
		{kind: kindWeek, tmpl: `(?:in )?dieser Woche|diese Woche|Anfang der Woche`},
	},
}
