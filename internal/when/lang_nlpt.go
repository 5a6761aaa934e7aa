package when

// Dutch and Portuguese: the common forms only (dates, weekdays, today and
// yesterday, "n days ago", last week, weekends, two-weekday nights).

var dutch = language{
	code: "nl",
	months: [12][]string{
		{"januari", "jan."}, {"februari", "feb."}, {"maart", "mrt."}, {"april", "apr."},
		{"mei"}, {"juni", "jun."}, {"juli", "jul."}, {"augustus", "aug."},
		{"september", "sept.", "sep."}, {"oktober", "okt."}, {"november", "nov."}, {"december", "dec."},
	},
	weekdays: [7][]string{{"zondag"}, {"maandag"}, {"dinsdag"}, {"woensdag"}, {"donderdag"}, {"vrijdag"}, {"zaterdag"}},
	numbers: [32][]string{
		// "anderhalf", "tweeënhalf": a half is rounded down
		1: {"een", "één", "anderhalf", "anderhalve"}, 2: {"twee", "tweeënhalf"}, 3: {"drie"}, 4: {"vier"}, 5: {"vijf"},
		6: {"zes"}, 7: {"zeven"}, 8: {"acht"}, 9: {"negen"}, 10: {"tien"},
		11: {"elf"}, 12: {"twaalf"}, 13: {"dertien"}, 14: {"veertien"}, 15: {"vijftien"},
		16: {"zestien"}, 17: {"zeventien"}, 18: {"achttien"}, 19: {"negentien"}, 20: {"twintig"},
		21: {"eenentwintig"}, 22: {"tweeëntwintig"}, 23: {"drieëntwintig"}, 24: {"vierentwintig"}, 25: {"vijfentwintig"},
		26: {"zesentwintig"}, 27: {"zevenentwintig"}, 28: {"achtentwintig"}, 29: {"negenentwintig"}, 30: {"dertig"},
		31: {"eenendertig"},
	},
	few:     []string{"enkele", "een paar", "een aantal", "enige"},
	ordinal: `(?:e|ste|de)?`,
	to:      []string{"tot", "tot en met", "t/m", "en"},
	rules: []ruleDef{
		{kind: kindDate, tmpl: `(?:{wday:w1},? )?{day:d1} {month:m1}(?:,? {year:y1})?`},
		{kind: kindMonth, tmpl: `(?:(?:in|sinds|begin|eind|half|medio|midden|vanaf|tot|sinds begin|sinds half|sinds eind|in de maand|(?:(?:van|in) )?(?P<last>afgelopen|vorige)|(?:in )?de (?:eerste|tweede) helft van) )?{monthname:m1}(?: {year:y1})?`},
		{kind: kindWeekday, tmpl: `(?:(?P<last>afgelopen|vorige) |deze |(?P<next>volgende|komende) )?{wday:w1}(?:avond|ochtend|middag|morgen|(?P<night>nacht))?`},
		{kind: kindOffset, tmpl: `vandaag|vanochtend|vanmorgen|vanmiddag|vanavond`},
		{kind: kindOffset, arg: -1, tmpl: `gisteren(?:avond|ochtend|middag|morgen)?|gister(?:avond|ochtend|middag|morgen)`},
		{kind: kindOffset, arg: -1, night: true, tmpl: `vannacht|afgelopen nacht|gisternacht`},
		{kind: kindOffset, arg: -2, tmpl: `eergisteren`},
		{kind: kindNight, tmpl: `(?:in )?de nacht van {wday:w1} op {wday:w2}`},
		{kind: kindNight, tmpl: `(?:in )?de nacht van {day:d1}(?: {month:m1})? op {day:d2} {month:m2}(?: {year:y2})?`},
		{kind: kindWeekend, tmpl: `(?:dit|in het|tijdens het) weekend`},
		{kind: kindWeekend, arg: -1, tmpl: `(?:afgelopen|vorig) weekend`},
		{kind: kindSpan, tmpl: `(?:van|tussen) {day:d1}(?: {month:m1})?(?: {year:y1})?{to}{day:d2} {month:m2}(?: {year:y2})?`},
		{kind: kindAgo, tmpl: `(?:(?P<exact>precies|exact) )?(?:(?P<approx>ongeveer|bijna|ruim|zo'n) )?{num:n} (?P<unit>dagen|dag|weken|week|maanden|maand|jaren|jaar) geleden`},
		{kind: kindFew, tmpl: `{few} (?P<unit>dagen|weken|maanden) geleden`},
		{kind: kindWeek, arg: -1, tmpl: `vorige week|afgelopen week`},
		{kind: kindWeek, tmpl: `deze week`},
	},
}

var portuguese = language{
	code: "pt",
	months: [12][]string{
		{"janeiro", "jan."}, {"fevereiro", "fev."}, {"março", "mar."}, {"abril", "abr."},
		{"maio", "mai."}, {"junho", "jun."}, {"julho", "jul."}, {"agosto", "ago."},
		{"setembro", "set."}, {"outubro", "out."}, {"novembro", "nov."}, {"dezembro", "dez."},
	},
	weekdays: [7][]string{{"domingo"}, {"segunda-feira"}, {"terça-feira"}, {"quarta-feira"}, {"quinta-feira"}, {"sexta-feira"}, {"sábado"}},
	numbers: [32][]string{
		1: {"um", "uma"}, 2: {"dois", "duas"}, 3: {"três"}, 4: {"quatro"}, 5: {"cinco"},
		6: {"seis"}, 7: {"sete"}, 8: {"oito"}, 9: {"nove"}, 10: {"dez"},
		11: {"onze"}, 12: {"doze"}, 13: {"treze"}, 14: {"catorze", "quatorze"}, 15: {"quinze"},
		16: {"dezasseis", "dezesseis"}, 17: {"dezassete", "dezessete"}, 18: {"dezoito"}, 19: {"dezanove", "dezenove"}, 20: {"vinte"},
		21: {"vinte e um", "vinte e uma"}, 22: {"vinte e dois", "vinte e duas"}, 23: {"vinte e três"}, 24: {"vinte e quatro"}, 25: {"vinte e cinco"},
		26: {"vinte e seis"}, 27: {"vinte e sete"}, 28: {"vinte e oito"}, 29: {"vinte e nove"}, 30: {"trinta"},
		31: {"trinta e um", "trinta e uma"},
	},
	few:     []string{"alguns", "algumas", "poucos", "poucas"},
	ordinal: `(?:º|°)?`,
	to:      []string{"a", "e", "até"},
	rules: []ruleDef{
		{kind: kindDate, tmpl: `(?:{wday:w1},? )?{day:d1} de {month:m1}(?: de {year:y1})?`},
		{kind: kindMonth, tmpl: `(?:(?:em|desde|até|no início de|no final de|no fim de|em meados de|início de|final de|fim de|meados de|desde o início de|no mês de|durante o mês de) )?{monthname:m1}(?: de {year:y1})?`},
		{kind: kindWeekday, tmpl: `(?:(?:na|no|nesta|neste|(?P<last>na última|no último|última|último|na passada|no passado)|(?P<next>na próxima|no próximo|próxima|próximo)) )?{wday:w1}` +
			`(?: (?P<last>passada|passado)| à (?:tarde|(?P<night>noite))| de manhã)?`},
		{kind: kindOffset, tmpl: `hoje(?: de manhã| à tarde)?|esta manhã|esta tarde|esta madrugada|nesta madrugada`},
		{kind: kindOffset, night: true, tmpl: `esta noite|hoje à noite`},
		{kind: kindOffset, arg: -1, tmpl: `ontem(?: de manhã| à tarde)?`},
		{kind: kindOffset, arg: -1, night: true, tmpl: `ontem à noite`},
		{kind: kindOffset, arg: -2, tmpl: `anteontem`},
		{kind: kindOffset, arg: 1, tmpl: `amanhã`},
		{kind: kindNight, tmpl: `(?:na )?noite de {wday:w1} para {wday:w2}`},
		{kind: kindNight, arg: 1, tmpl: `(?:na )?madrugada de {wday:w1} para {wday:w2}`},
		{kind: kindWeekend, tmpl: `(?:no|neste|este|durante o) fim de semana`},
		{kind: kindWeekend, arg: -1, tmpl: `(?:no )?(?:último|passado) fim de semana|(?:no )?fim de semana passado`},
		{kind: kindAgo, tmpl: `há (?:(?P<approx>cerca de|quase|mais de) )?{num:n} (?P<unit>dias|dia|semanas|semana|meses|mês|anos|ano)`},
		{kind: kindAgo, tmpl: `{num:n} (?P<unit>dias|semanas|meses|anos) atrás`},
		{kind: kindFew, tmpl: `há {few} (?P<unit>dias|semanas|meses)`},
		{kind: kindWeek, arg: -1, tmpl: `(?:na )?semana passada|na última semana`},
		{kind: kindWeek, tmpl: `esta semana|nesta semana`},
	},
}
