package when

// Spanish. "La madrugada" is the hours after midnight: "la madrugada del
// domingo al lunes" is Monday.
const (
	esNight    = `(?:(?:en|durante) )?la noche `
	esEarly    = `(?:(?:en|durante) )?la madrugada `
	esWeekend  = `(?:fin|fines) de semana`
	esDate1    = `(?:{wday:w1} )?{day:d1}(?: de {month:m1})?(?: de {year:y1})?`
	esDate2    = `(?:{wday:w2} )?{day:d2} de {month:m2}(?: de {year:y2})?`
	esPair     = `(?:del |de )?{wday:w1}(?: {day:d1})?(?: de {month:m1})? (?:al|a) {wday:w2}(?: {day:d2})?(?: de {month:m2})?(?: de {year:y2})?`
	esOne      = `(?:del |de )?{wday:w1}(?: {day:d1} de {month:m1}(?: de {year:y1})?)?`
	esMonthPre = `(?:(?:en|desde|hasta|durante|para|de|(?:del|el) (?P<last>pasado)|a partir de|el mes de|en el mes de|durante el mes de|desde el mes de|` +
		`a principios de|a mediados de|a finales de|a fines de|a comienzos de|a inicios de|principios de|mediados de|finales de|fines de|comienzos de|` +
		`desde principios de|desde mediados de|desde finales de|hasta finales de|hasta principios de) )?`
)

var spanish = language{
	code: "es",
	months: [12][]string{
		{"enero", "ene."}, {"febrero", "feb."}, {"marzo", "mar."}, {"abril", "abr."},
		{"mayo", "may."}, {"junio", "jun."}, {"julio", "jul."}, {"agosto", "ago."},
		{"septiembre", "setiembre", "sept.", "sep."}, {"octubre", "oct."}, {"noviembre", "nov."}, {"diciembre", "dic."},
	},
	weekdays: [7][]string{{"domingo"}, {"lunes"}, {"martes"}, {"miércoles"}, {"jueves"}, {"viernes"}, {"sábado"}},
	numbers: [32][]string{
		1: {"uno", "un", "una"}, 2: {"dos"}, 3: {"tres"}, 4: {"cuatro"}, 5: {"cinco"},
		6: {"seis"}, 7: {"siete"}, 8: {"ocho"}, 9: {"nueve"}, 10: {"diez"},
		11: {"once"}, 12: {"doce"}, 13: {"trece"}, 14: {"catorce"}, 15: {"quince"},
		16: {"dieciséis"}, 17: {"diecisiete"}, 18: {"dieciocho"}, 19: {"diecinueve"}, 20: {"veinte"},
		21: {"veintiuno", "veintiún", "veintiuna"}, 22: {"veintidós"}, 23: {"veintitrés"}, 24: {"veinticuatro"}, 25: {"veinticinco"},
		26: {"veintiséis"}, 27: {"veintisiete"}, 28: {"veintiocho"}, 29: {"veintinueve"}, 30: {"treinta"},
		31: {"treinta y uno", "treinta y un"},
	},
	few:     []string{"unos", "unas", "algunos", "algunas", "pocos", "pocas", "unos pocos", "unas pocas", "unos cuantos", "unas cuantas", "varios", "varias"},
	ordinal: `(?:º|°|\.º)?`,
	to:      []string{"al", "y el", "y", "hasta el", "a"},
	rules: []ruleDef{
		{kind: kindDate, tmpl: `(?:(?:el )?{wday:w1},? (?:el )?)?{day:d1} (?:de )?{month:m1}(?:,? (?:de |del )?{year:y1})?`},
		{kind: kindDate, tmpl: `(?:el )?{wday:w1} {day:d1}`},
		{kind: kindMonth, tmpl: esMonthPre + `{monthname:m1}(?:,? (?:de |del )?{year:y1})?`},
		{kind: kindMonthRel, tmpl: `(?:(?:a|desde|hasta) )?(?:principios|mediados|finales|fines|comienzos|inicios) de(?:l| este) mes|este mes`},
		{kind: kindMonthRel, arg: -1, tmpl: `el (?:mes pasado|pasado mes)|(?:(?:a|desde) )?(?:principios|mediados|finales|fines) del mes pasado`},
		{kind: kindWeekday, tmpl: `(?:(?:el )?(?P<last>pasado) |(?:el )?(?P<next>próximo) |este |el )?{wday:w1}` +
			`(?: por la (?:mañana|tarde|(?P<night>noche)))?(?: (?P<last>pasado)| (?P<next>próximo|que viene))?`},
		{kind: kindOffset, tmpl: `hoy|esta (?:mañana|tarde|madrugada)`},
		{kind: kindOffset, night: true, tmpl: `esta noche`},
		{kind: kindOffset, arg: -1, tmpl: `ayer(?: por la (?:mañana|tarde)| a mediodía)?`},
		{kind: kindOffset, arg: -1, night: true, tmpl: `anoche|ayer por la noche|ayer en la noche`},
		{kind: kindOffset, arg: -2, tmpl: `anteayer|antier|antes de ayer`},
		{kind: kindOffset, arg: -2, night: true, tmpl: `anteanoche|antes de anoche`},
		{kind: kindNight, tmpl: esNight + esPair},
		{kind: kindNight, tmpl: esNight + `del {day:d1}(?: de {month:m1})?(?: de {year:y1})? al {day:d2} de {month:m2}(?: de {year:y2})?`},
		{kind: kindNight, tmpl: esNight + esOne},
		{kind: kindNight, tmpl: esNight + `del {day:d1} de {month:m1}(?: de {year:y1})?`},
		{kind: kindNight, arg: 1, tmpl: esEarly + esPair},
		{kind: kindNight, arg: 1, tmpl: esEarly + esOne},
		{kind: kindNight, arg: 1, tmpl: esEarly + `del {day:d1} de {month:m1}(?: de {year:y1})?`},
		{kind: kindWeekend, tmpl: `(?:este|durante el|el|en el|durante este|este último|el último) ` + esWeekend},
		{kind: kindWeekend, arg: -1, tmpl: `(?:(?:el|durante el) )?pasado ` + esWeekend + `|(?:el )?` + esWeekend + ` pasado`},
		{kind: kindWeekendOf, tmpl: `(?:(?:el|durante el|en el) )?fin de semana del ` + esDate1 + `(?:{to}(?:{wday:w2} )?{day:d2}(?: de {month:m2})?(?: de {year:y2})?)?`},
		{kind: kindSpan, tmpl: `(?:del|entre el|desde el|entre) ` + esDate1 + `{to}` + esDate2},
		{kind: kindAgo, tmpl: `hace (?:(?P<exact>exactamente|justo|justamente) )?(?:(?P<approx>casi|unos|unas|más de|cerca de|alrededor de|apenas|poco más de) )?{num:n} (?P<unit>días|día|semanas|semana|meses|mes|años|año)`},
		{kind: kindFew, tmpl: `hace {few} (?P<unit>días|semanas|meses)`},
		{kind: kindWeek, arg: -1, tmpl: `(?:la )?semana pasada|la pasada semana`},
		{kind: kindWeek, tmpl: `esta semana`},
	},
}
