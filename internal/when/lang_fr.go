package when

// French. Templates: a space is any run of spaces, "-" a hyphen, a space or
// nothing, "'" any apostrophe; accents are optional.
const (
	frNightPre = `(?:(?:dans|durant|pendant|lors de|au cours de) )?la nuit `
	frPart     = `(?: (?:soir|matin|midi|après-midi|en (?:fin de |début de )?(?:matinée|soirée|journée|après-midi)))?`
	frMonthPre = `(?:(?:en|dès|depuis|courant|pour|jusqu'en|de) |d'|(?:au|le|du|durant le|pendant le|au cours du|dans le courant du|depuis le|dès le) mois (?:de |d')|` +
		`(?:(?:en|au|à la|à|dès|dès le|dès la|depuis|depuis le|depuis la|le|la|vers|vers le|vers la|jusqu'à|jusqu'au|jusqu'à la) )?(?:début|fin|mi|milieu|courant)(?: du mois)?-(?:de |d')?)?`
	frWeekend = `(?:week-end|fin de semaine)`
	frDate1   = `(?:{wday:w1} )?{day:d1}(?: {month:m1})?(?: {year:y1})?`
	frDate2   = `(?:{wday:w2} )?{day:d2} {month:m2}(?: {year:y2})?`
)

var french = language{
	code: "fr",
	months: [12][]string{
		{"janvier", "janv."}, {"février", "févr.", "fév."}, {"mars"}, {"avril", "avr."},
		{"mai"}, {"juin"}, {"juillet", "juil."}, {"août"},
		{"septembre", "sept."}, {"octobre", "oct."}, {"novembre", "nov."}, {"décembre", "déc."},
	},
	weekdays: [7][]string{{"dimanche"}, {"lundi"}, {"mardi"}, {"mercredi"}, {"jeudi"}, {"vendredi"}, {"samedi"}},
	numbers: [32][]string{
		1: {"un", "une"}, 2: {"deux"}, 3: {"trois"}, 4: {"quatre"}, 5: {"cinq"},
		6: {"six"}, 7: {"sept"}, 8: {"huit"}, 9: {"neuf"}, 10: {"dix"},
		11: {"onze"}, 12: {"douze"}, 13: {"treize"}, 14: {"quatorze"}, 15: {"quinze"},
		16: {"seize"}, 17: {"dix-sept"}, 18: {"dix-huit"}, 19: {"dix-neuf"}, 20: {"vingt"},
		21: {"vingt et un", "vingt-et-un"}, 22: {"vingt-deux"}, 23: {"vingt-trois"}, 24: {"vingt-quatre"}, 25: {"vingt-cinq"},
		26: {"vingt-six"}, 27: {"vingt-sept"}, 28: {"vingt-huit"}, 29: {"vingt-neuf"}, 30: {"trente"},
		31: {"trente et un", "trente-et-un"},
	},
	few:       []string{"quelques", "plusieurs"},
	ordinal:   `(?:er|re|ère)?`,
	to:        []string{"et le", "et", "au", "à", "jusqu'au", "jusqu'à"},
	dayIdioms: map[int]int{8: 7, 15: 14},
	rules: []ruleDef{
		{kind: kindDate, tmpl: `(?:{wday:w1},? )?{day:d1} {month:m1}(?:,? {year:y1})?`},
		{kind: kindDate, tmpl: `{wday:w1} {day:d1}`},
		{kind: kindMonth, tmpl: frMonthPre + `{monthname:m1}(?: {year:y1})?`},
		{kind: kindMonthRel, tmpl: `(?:(?:au|en|dès le|depuis le|le|la|à la|vers la|vers le) )?(?:début|fin|milieu|courant|mi)-(?:du|de ce) mois(?: en cours| courant)?|ce mois-ci|en ce (?:début|milieu|mi|fin)-de mois`},
		{kind: kindMonthRel, arg: -1, tmpl: `(?:(?:le|au cours du|durant le|pendant le) )?mois (?:dernier|passé)|(?:(?:au|à la|la|le|en) )?(?:début|fin|mi|milieu)-du mois (?:dernier|passé)`},
		{kind: kindWeekday, tmpl: `(?:ce )?{wday:w1}` + frPart + `(?: (?P<last>dernier|passé)| (?P<next>prochain))?`},
		{kind: kindOffset, tmpl: `aujourd'hui|ce (?:matin|midi|soir)|cet après-midi|cette (?:matinée|soirée|après-midi)`},
		{kind: kindOffset, arg: -1, tmpl: `hier` + frPart},
		{kind: kindOffset, arg: -2, tmpl: `avant-hier` + frPart},
		{kind: kindOffset, arg: 1, tmpl: `demain` + frPart},
		{kind: kindOffset, arg: -1, night: true, tmpl: `cette nuit|la nuit (?:dernière|passée)`},
		{kind: kindNight, tmpl: frNightPre + `(?:de |du )?{wday:w1}(?: {day:d1}(?: {month:m1})?(?: {year:y1})?)? (?:à|au) {wday:w2}(?: {day:d2}(?: {month:m2})?(?: {year:y2})?)?`},
		{kind: kindNight, tmpl: frNightPre + `du {day:d1}(?: {month:m1})?(?: {year:y1})? (?:au|à) {day:d2} {month:m2}(?: {year:y2})?`},
		{kind: kindNight, tmpl: frNightPre + `(?:de |du )?{wday:w1}(?: {day:d1} {month:m1}(?: {year:y1})?)?`},
		{kind: kindNight, tmpl: frNightPre + `du {day:d1} {month:m1}(?: {year:y1})?`},
		{kind: kindWeekend, tmpl: `(?:ce|cette|(?:pendant|durant) (?:le|ce|cette)|(?:au cours|lors) (?:du|de ce|de cette)) ` + frWeekend},
		{kind: kindWeekend, arg: -1, tmpl: `(?:(?:le|la|ce|au cours du|lors du|pendant le|durant le) )?` + frWeekend + ` (?:dernier|dernière|passé|passée)`},
		{kind: kindWeekendOf, tmpl: `(?:(?:le|ce|au cours du|lors du|pendant le|durant le) )?` + frWeekend + ` (?:des|du) ` + frDate1 + `(?:{to}` + `(?:{wday:w2} )?{day:d2}(?: {month:m2})?(?: {year:y2})?)?`},
		{kind: kindSpan, tmpl: `(?:entre|du|depuis) (?:le )?` + frDate1 + `{to}(?:le )?` + frDate2},
		{kind: kindAgo, tmpl: `il y a (?:(?P<exact>tout juste|exactement|précisément) )?(?:(?P<approx>près de|environ|plus de|moins de|presque|un peu plus de) )?{num:n} (?P<unit>jours?|semaines?|mois|ans|an|années?)`},
		{kind: kindFew, tmpl: `il y a {few} (?P<unit>jours|semaines|mois)`},
		{kind: kindWeek, arg: -1, tmpl: `(?:(?:la|au cours de la|lors de la|durant la|pendant la) )?semaine (?:dernière|passée)`},
		{kind: kindWeek, tmpl: `cette semaine|en début de semaine`},
	},
}
