package when

// English. Month-first ("April 24, 2021") and day-first ("24 April 2021")
// dates are both read; "May" must be capitalized.
const (
	enDate1     = `(?:{month:m1} {day:d1}|(?:the )?{day:d1}(?: of)?(?: {month:m1})?)(?:,? {year:y1})?`
	enDate2     = `(?:(?:{month:m2} )?{day:d2}|(?:the )?{day:d2}(?: of)? {month:m2})(?:,? {year:y2})?`
	enWday1     = `(?:{wday:w1},? )?`
	enWday2     = `(?:{wday:w2},? )?`
	enNightPre  = `(?:(?:in|on|during|over) )?the night (?:of|from|between) `
	enMonthPre  = `(?:(?:in|of|during|since|throughout|until|by|from|at|for|(?P<last>last|this past)|the) )?(?:(?:early|late|mid|the (?:end|beginning|start|middle) of)-)?`
	enWeekend   = `week-end`
	enDayPart   = `(?: (?:morning|afternoon|evening|(?P<night>night)))?`
	enAgoApprox = `(?:(?P<exact>exactly|precisely) )?(?:(?P<approx>about|nearly|almost|around|more than|over|some|roughly|less than|just over|just under) )?`
)

var english = language{
	code: "en",
	months: [12][]string{
		{"January", "Jan."}, {"February", "Feb."}, {"March", "Mar."}, {"April", "Apr."},
		{"=May"}, {"June", "Jun."}, {"July", "Jul."}, {"August", "Aug."},
		{"September", "Sept.", "Sep."}, {"October", "Oct."}, {"November", "Nov."}, {"December", "Dec."},
	},
	weekdays: [7][]string{{"Sunday"}, {"Monday"}, {"Tuesday"}, {"Wednesday"}, {"Thursday"}, {"Friday"}, {"Saturday"}},
	numbers: [32][]string{
		1: {"one", "a", "an"}, 2: {"two"}, 3: {"three"}, 4: {"four"}, 5: {"five"},
		6: {"six"}, 7: {"seven"}, 8: {"eight"}, 9: {"nine"}, 10: {"ten"},
		11: {"eleven"}, 12: {"twelve"}, 13: {"thirteen"}, 14: {"fourteen"}, 15: {"fifteen"},
		16: {"sixteen"}, 17: {"seventeen"}, 18: {"eighteen"}, 19: {"nineteen"}, 20: {"twenty"},
		21: {"twenty-one"}, 22: {"twenty-two"}, 23: {"twenty-three"}, 24: {"twenty-four"}, 25: {"twenty-five"},
		26: {"twenty-six"}, 27: {"twenty-seven"}, 28: {"twenty-eight"}, 29: {"twenty-nine"}, 30: {"thirty"},
		31: {"thirty-one"},
	},
	few:     []string{"a few", "several", "a couple of", "a couple", "some"},
	ordinal: `(?:st|nd|rd|th)?`,
	to:      []string{"and", "to", "into", "through", "until", "till", "and the", "to the"},
	rules: []ruleDef{
		{kind: kindDate, tmpl: enWday1 + `{month:m1} {day:d1}(?:,? {year:y1})?`},
		{kind: kindDate, tmpl: enWday1 + `(?:the )?{day:d1}(?: of)? {month:m1}(?:,? {year:y1})?`},
		{kind: kindDate, tmpl: `{wday:w1},? the {day:d1}(?:st|nd|rd|th)`},
		{kind: kindMonth, tmpl: enMonthPre + `{monthname:m1}(?:,? {year:y1})?`},
		{kind: kindMonth, tmpl: `{monthname:m1}(?:'|’)s`}, // "January's extortion attempt"
		{kind: kindMonthRel, tmpl: `(?:(?:earlier|early|later|late) )?this month|(?:at )?the (?:end|beginning|start|middle) of (?:the|this) month`},
		{kind: kindMonthRel, arg: -1, tmpl: `(?:(?:early|late) )?last month|(?:at )?the (?:end|beginning|start|middle) of last month`},
		{kind: kindWeekday, tmpl: `(?:(?:this|on|(?P<last>last|this past|past)|(?P<next>next|this coming)) )?{wday:w1}` + enDayPart},
		{kind: kindOffset, tmpl: `(?:earlier |later )?today|this (?:morning|afternoon|evening)`},
		{kind: kindOffset, night: true, tmpl: `tonight`},
		{kind: kindOffset, arg: -1, tmpl: `yesterday(?: (?:morning|afternoon|evening))?`},
		{kind: kindOffset, arg: -1, night: true, tmpl: `(?:late )?last night|yesterday night|overnight last night`},
		{kind: kindOffset, arg: -2, tmpl: `the day before yesterday`},
		{kind: kindOffset, arg: 1, tmpl: `tomorrow`},
		{kind: kindNight, tmpl: enNightPre + `{wday:w1}(?:,? ` + enDate1 + `)? (?:to|into|and) {wday:w2}(?:,? ` + enDate2 + `)?`},
		{kind: kindNight, tmpl: enNightPre + enWday1 + enDate1 + `{to}` + enWday2 + enDate2},
		{kind: kindNight, tmpl: `(?:(?:in|on|during|over) )?the night of ` + enWday1 + enDate1},
		{kind: kindNight, tmpl: `(?:(?:in|on|during|over) )?the night of {wday:w1}`},
		{kind: kindNight, tmpl: `overnight (?:on |from )?{wday:w1}(?: (?:into|to) {wday:w2})?`},
		{kind: kindNight, tmpl: `{wday:w1} (?:night|evening) (?:into|to) {wday:w2}`},
		{kind: kindWeekend, tmpl: `(?:this|over the|during the|at the|on the|this past|over this) ` + enWeekend},
		{kind: kindWeekend, arg: -1, tmpl: `(?:(?:over|during) )?(?:last|the past|the last) ` + enWeekend},
		{kind: kindWeekendOf, tmpl: `(?:(?:over|during|on|at) )?the ` + enWeekend + ` of ` + enWday1 + enDate1 + `(?:{to}` + enWday2 + enDate2 + `)?`},
		{kind: kindSpan, tmpl: `(?:between|from) ` + enWday1 + enDate1 + `{to}` + enWday2 + enDate2},
		{kind: kindAgo, tmpl: enAgoApprox + `{num:n} (?P<unit>days?|weeks?|months?|years?) ago`},
		{kind: kindFew, tmpl: `{few} (?P<unit>days|weeks|months) ago`},
		{kind: kindWeek, arg: -1, tmpl: `(?:(?:early|late) )?last week|the (?:past|previous) week`},
		{kind: kindWeek, tmpl: `(?:(?:earlier|early|later|late) )?this week`},
	},
}
