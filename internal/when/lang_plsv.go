package when

// Polish and Swedish: the common forms only (dates, months, weekdays,
// today and yesterday, "n days ago", last week). Polish writes a month in
// the genitive after a day ("21 maja") and in the locative after "w"
// ("w maju"); Swedish "i tisdags" is last Tuesday.

var polish = language{
	code: "pl",
	months: [12][]string{
		{"stycznia", "styczeń", "styczniu"}, {"lutego", "luty", "lutym"}, {"marca", "marzec", "marcu"},
		{"kwietnia", "kwiecień", "kwietniu"}, {"maja", "maj", "maju"}, {"czerwca", "czerwiec", "czerwcu"},
		{"lipca", "lipiec", "lipcu"}, {"sierpnia", "sierpień", "sierpniu"}, {"września", "wrzesień", "wrześniu"},
		{"października", "październik", "październiku"}, {"listopada", "listopad", "listopadzie"}, {"grudnia", "grudzień", "grudniu"},
	},
	// the accusative after "w": "we wtorek", "w środę"
	weekdays: [7][]string{{"niedzielę", "niedziela"}, {"poniedziałek"}, {"wtorek"}, {"środę", "środa"}, {"czwartek"}, {"piątek"}, {"sobotę", "sobota"}},
	numbers: [32][]string{
		1: {"jeden", "jedna", "jedno"}, 2: {"dwa", "dwie", "dwóch"}, 3: {"trzy", "trzech"}, 4: {"cztery", "czterech"}, 5: {"pięć", "pięciu"},
		6: {"sześć"}, 7: {"siedem"}, 8: {"osiem"}, 9: {"dziewięć"}, 10: {"dziesięć"},
		11: {"jedenaście"}, 12: {"dwanaście"}, 13: {"trzynaście"}, 14: {"czternaście"}, 15: {"piętnaście"},
		16: {"szesnaście"}, 17: {"siedemnaście"}, 18: {"osiemnaście"}, 19: {"dziewiętnaście"}, 20: {"dwadzieścia"},
		30: {"trzydzieści"},
	},
	few:     []string{"kilka", "kilku"},
	ordinal: `\.?`,
	to:      []string{"do", "i"},
	rules: []ruleDef{
		{kind: kindDate, tmpl: `(?:{wday:w1},? )?{day:d1} {month:m1}(?: {year:y1}(?: r\.)?)?`},
		{kind: kindMonth, tmpl: `(?:(?:w|we|od|do|na początku|pod koniec|w połowie|(?:w )?(?P<last>zeszłym|ubiegłym)) )?{monthname:m1}(?: {year:y1})?`},
		{kind: kindWeekday, tmpl: `(?:(?:w|we)(?: (?P<last>zeszły|zeszłą|ubiegły|ubiegłą|ostatni|ostatnią))? |(?P<next>w przyszły|w przyszłą) )?{wday:w1}`},
		{kind: kindOffset, tmpl: `dzisiaj|dziś`},
		{kind: kindOffset, arg: -1, tmpl: `wczoraj`},
		{kind: kindOffset, arg: -2, tmpl: `przedwczoraj`},
		{kind: kindAgo, tmpl: `(?:(?P<approx>około|prawie|ponad) )?{num:n} (?P<unit>dni|dzień|dnia|tygodni|tydzień|tygodnie|miesięcy|miesiąc|miesiące|lat|rok|lata) temu`},
		{kind: kindFew, tmpl: `{few} (?P<unit>dni|tygodni|miesięcy) temu`},
		{kind: kindWeek, arg: -1, tmpl: `w zeszłym tygodniu|w ubiegłym tygodniu|w poprzednim tygodniu`},
		{kind: kindWeek, tmpl: `w tym tygodniu`},
	},
}

var swedish = language{
	code: "sv",
	months: [12][]string{
		{"januari", "jan."}, {"februari", "feb."}, {"mars"}, {"april", "apr."},
		{"maj"}, {"juni"}, {"juli"}, {"augusti", "aug."},
		{"september", "sept.", "sep."}, {"oktober", "okt."}, {"november", "nov."}, {"december", "dec."},
	},
	weekdays: [7][]string{{"söndag"}, {"måndag"}, {"tisdag"}, {"onsdag"}, {"torsdag"}, {"fredag"}, {"lördag"}},
	numbers: [32][]string{
		1: {"en", "ett"}, 2: {"två"}, 3: {"tre"}, 4: {"fyra"}, 5: {"fem"},
		6: {"sex"}, 7: {"sju"}, 8: {"åtta"}, 9: {"nio"}, 10: {"tio"},
		11: {"elva"}, 12: {"tolv"}, 13: {"tretton"}, 14: {"fjorton"}, 15: {"femton"},
		16: {"sexton"}, 17: {"sjutton"}, 18: {"arton"}, 19: {"nitton"}, 20: {"tjugo"},
		30: {"trettio"},
	},
	few:     []string{"några", "ett par"},
	ordinal: `(?::e|:a)?`,
	to:      []string{"till", "och"},
	rules: []ruleDef{
		{kind: kindDate, tmpl: `(?:(?:på )?{wday:w1}(?:en)?,? )?(?:den )?{day:d1} {month:m1}(?: {year:y1})?`},
		{kind: kindMonth, tmpl: `(?:(?:i|sedan|under|från|till|i början av|i slutet av|i mitten av|(?:i )?(?P<last>förra)) )?{monthname:m1}(?: {year:y1})?`},
		{kind: kindWeekday, tmpl: `(?P<last>i) {wday:w1}s`},
		{kind: kindWeekday, tmpl: `(?:i |(?P<last>förra) )?{wday:w1}(?:s(?:kvällen|morgonen|natten))?`},
		{kind: kindOffset, tmpl: `i dag|idag|i morse`},
		{kind: kindOffset, arg: -1, tmpl: `i går|igår|i går kväll|igår kväll`},
		{kind: kindOffset, arg: -2, tmpl: `i förrgår`},
		{kind: kindAgo, tmpl: `för (?:(?P<approx>ungefär|nästan|drygt|över|cirka) )?{num:n} (?P<unit>dagar|dag|veckor|vecka|månader|månad|år) sedan`},
		{kind: kindFew, tmpl: `för {few} (?P<unit>dagar|veckor|månader) sedan`},
		{kind: kindWeek, arg: -1, tmpl: `förra veckan`},
		{kind: kindWeek, tmpl: `den här veckan|denna vecka`},
	},
}
