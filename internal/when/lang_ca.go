package when

// Catalan. Months after "de" elide it before a vowel ("14 d'abril de
// 2021"); "anit" is last night.
const (
	caOf       = `(?:de |d'|d’)`
	caMonthPre = `(?:(?:el|al|des del|des de|fins al|durant el|a principis de|a mitjan|a finals de|de|(?:el )?(?P<last>passat)) |d'|d’)?(?:mes ` + caOf + `)?`
	caWeekend  = `cap de setmana`
)

var catalan = language{
	code: "ca",
	months: [12][]string{
		{"gener"}, {"febrer"}, {"març"}, {"abril"}, {"maig"}, {"juny"},
		{"juliol"}, {"agost"}, {"setembre"}, {"octubre"}, {"novembre"}, {"desembre"},
	},
	weekdays: [7][]string{{"diumenge"}, {"dilluns"}, {"dimarts"}, {"dimecres"}, {"dijous"}, {"divendres"}, {"dissabte"}},
	numbers: [32][]string{
		1: {"un", "una"}, 2: {"dos", "dues"}, 3: {"tres"}, 4: {"quatre"}, 5: {"cinc"},
		6: {"sis"}, 7: {"set"}, 8: {"vuit"}, 9: {"nou"}, 10: {"deu"},
		11: {"onze"}, 12: {"dotze"}, 13: {"tretze"}, 14: {"catorze"}, 15: {"quinze"},
		16: {"setze"}, 17: {"disset"}, 18: {"divuit"}, 19: {"dinou"}, 20: {"vint"},
		21: {"vint-i-un", "vint-i-una"}, 22: {"vint-i-dos", "vint-i-dues"}, 23: {"vint-i-tres"}, 24: {"vint-i-quatre"}, 25: {"vint-i-cinc"},
		26: {"vint-i-sis"}, 27: {"vint-i-set"}, 28: {"vint-i-vuit"}, 29: {"vint-i-nou"}, 30: {"trenta"},
		31: {"trenta-un", "trenta-una"},
	},
	few:     []string{"uns", "unes", "alguns", "algunes", "pocs", "poques", "uns quants", "unes quantes", "diversos", "diverses"},
	ordinal: `(?:º|°)?`,
	to:      []string{"al", "i el", "i", "fins al", "a"},
	rules: []ruleDef{
		{kind: kindDate, tmpl: `(?:(?:el )?{wday:w1},? (?:el )?)?{day:d1} ` + caOf + `{month:m1}(?:,? (?:de |del )?{year:y1})?`},
		{kind: kindDate, tmpl: `(?:el )?{wday:w1} {day:d1}`},
		{kind: kindMonth, tmpl: caMonthPre + `{monthname:m1}(?:,? (?:de |del )?{year:y1})?`},
		{kind: kindMonthRel, tmpl: `aquest mes`},
		{kind: kindMonthRel, arg: -1, tmpl: `el mes passat|el passat mes`},
		{kind: kindWeekday, tmpl: `(?:(?:el )?(?P<last>passat) |(?:el )?(?P<next>proper|pròxim) |aquest |el )?{wday:w1}` +
			`(?: (?:al matí|a la tarda|a la (?P<night>nit)))?(?: (?P<last>passat)| (?P<next>vinent|que ve))?`},
		{kind: kindOffset, tmpl: `avui|aquest matí|aquesta tarda`},
		{kind: kindOffset, night: true, tmpl: `aquesta nit`},
		{kind: kindOffset, arg: -1, tmpl: `ahir(?: al matí| a la tarda)?`},
		{kind: kindOffset, arg: -1, night: true, tmpl: `anit|ahir a la nit`},
		{kind: kindOffset, arg: -2, tmpl: `abans-d'ahir|abans d'ahir|abans-d’ahir|abans d’ahir`},
		{kind: kindOffset, arg: 1, tmpl: `demà`},
		{kind: kindNight, tmpl: `(?:(?:durant|en) )?la nit (?:de |del )?{wday:w1} (?:a|al) {wday:w2}`},
		{kind: kindNight, tmpl: `(?:(?:durant|en) )?la nit del {day:d1} al {day:d2} ` + caOf + `{month:m2}(?: de {year:y2})?`},
		{kind: kindWeekend, tmpl: `(?:aquest|durant el|el) ` + caWeekend},
		{kind: kindWeekend, arg: -1, tmpl: `(?:el )?` + caWeekend + ` passat|el passat ` + caWeekend},
		{kind: kindAgo, tmpl: `fa (?:(?P<exact>just|exactament) )?(?:(?P<approx>gairebé|uns|unes|més de|prop de) )?{num:n} (?P<unit>dies|dia|setmanes|setmana|mesos|mes|anys|any)`},
		{kind: kindFew, tmpl: `fa {few} (?P<unit>dies|setmanes|mesos)`},
		{kind: kindWeek, arg: -1, tmpl: `la setmana passada|la passada setmana`},
		{kind: kindWeek, tmpl: `aquesta setmana`},
	},
}
