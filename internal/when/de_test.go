package when

import "testing"

// Default reference: Tuesday 27 April 2021, 17:30 in Paris.
func TestFindGerman(t *testing.T) {
	t.Parallel()
	runFind(t, "de", []findCase{
		{name: "month, last year", ref: "2025-09-23 10:00", text: "entdeckt im Februar vergangenen Jahres", want: []string{"im Februar=2024-02"}},
		{name: "full date", text: "am 24. April 2021", want: []string{"24. April 2021=2021-04-24"}},
		{name: "month after attack", text: "nach dem Angriff vom Oktober", want: []string{"vom Oktober=2020-10"}},
		{name: "last month name", text: "der Angriff im vergangenen Oktober", want: []string{"im vergangenen Oktober=2020-10"}},
		{name: "last, the month under way", text: "seit dem vergangenen April", want: []string{"seit dem vergangenen April=2020-04 since"}},
		{name: "the month under way", text: "der Angriff im April", want: []string{"im April=2021-04"}},
		{name: "no year", text: "am 24. April", want: []string{"24. April=2021-04-24"}},
		{name: "umlaut spelled out", text: "am 3. Maerz 2021", want: []string{"3. Maerz 2021=2021-03-03"}},
		{name: "numeric", text: "am 24.04.2021", want: []string{"24.04.2021=2021-04-24"}},
		{name: "weekday, den", text: "Montag, den 26. April", want: []string{"Montag, den 26. April=2021-04-26"}},
		{name: "Freitagabend", ref: "2020-03-15 12:00", text: "am Freitagabend, dem 13. März", want: []string{"Freitagabend, dem 13. März=2020-03-13"}},

		{name: "am weekday", text: "am Montag", want: []string{"am Montag=2021-04-26 rel"}},
		{name: "any such weekday", text: "an einem Sonntag im Frühjahr", want: nil},
		{name: "last weekday", text: "vergangenen Freitag", want: []string{"vergangenen Freitag=2021-04-23 rel"}},
		{name: "weekday evening", text: "am Freitagabend", want: []string{"am Freitagabend=2021-04-23 rel"}},
		{name: "last today's weekday", text: "letzten Dienstag", want: []string{"letzten Dienstag=2021-04-20 rel"}},
		{name: "weekday night", text: "Sonntagnacht", want: []string{"Sonntagnacht=2021-04-25 rel night"}},
		{name: "since", text: "seit Montag", want: []string{"Montag=2021-04-26 rel since"}},
		{name: "every Monday", text: "montags", want: nil},

		{name: "today", text: "heute", want: []string{"heute=2021-04-27 rel"}},
		{name: "yesterday", text: "gestern", want: []string{"gestern=2021-04-26 rel"}},
		{name: "yesterday evening", text: "gestern Abend", want: []string{"gestern Abend=2021-04-26 rel"}},
		{name: "day before", text: "vorgestern", want: []string{"vorgestern=2021-04-25 rel"}},
		{name: "last night", text: "in der vergangenen Nacht", want: []string{"in der vergangenen Nacht=2021-04-26 rel night"}},

		{name: "last weekend", text: "am vergangenen Wochenende", want: []string{"am vergangenen Wochenende=2021-04-24 rel"}},
		{name: "weekend", text: "am Wochenende", want: []string{"am Wochenende=2021-04-24 rel"}},
		{name: "weekend of dates", text: "am Wochenende vom 24. und 25. April", want: []string{"am Wochenende vom 24. und 25. April=2021-04-24"}},

		{name: "night of weekdays", text: "in der Nacht von Sonntag auf Montag", want: []string{"in der Nacht von Sonntag auf Montag=2021-04-25 rel night"}},
		{name: "night to a weekday", text: "in der Nacht zum Montag", want: []string{"in der Nacht zum Montag=2021-04-25 rel night"}},
		{name: "night to today", text: "in der Nacht zum Dienstag", want: []string{"in der Nacht zum Dienstag=2021-04-26 rel night"}},
		{name: "night of dates", ref: "2022-10-28 12:00", text: "in der Nacht vom 26. auf den 27. Oktober", want: []string{"in der Nacht vom 26. auf den 27. Oktober=2022-10-26 night"}},
		{name: "night of weekdays and their days", ref: "2023-03-06 16:05", text: "in der Nacht von Samstag auf Sonntag, 4./5. März, haben", want: []string{"in der Nacht von Samstag auf Sonntag, 4./5. März=2023-03-04 night"}},
		{name: "night to a date", ref: "2022-10-28 12:00", text: "in der Nacht zum 27. Oktober", want: []string{"in der Nacht zum 27. Oktober=2022-10-26 night"}},

		{name: "days ago", text: "vor zehn Tagen", want: []string{"vor zehn Tagen=2021-04-17 rel"}},
		{name: "exactly years ago", text: "Vor genau zwei Jahren gingen die Lichter aus", want: []string{"Vor genau zwei Jahren=2019-04-27 rel"}},
		{name: "weeks ago", text: "vor zwei Wochen", want: []string{"vor zwei Wochen=2021-04-13 rel"}},
		{name: "a week ago", text: "vor einer Woche", want: []string{"vor einer Woche=2021-04-20 rel"}},
		{name: "a few days", text: "vor einigen Tagen", want: []string{"vor einigen Tagen=2021-04-24 rel vague"}},
		{name: "a couple of days", text: "vor ein paar Tagen", want: []string{"vor ein paar Tagen=2021-04-24 rel vague"}},
		{name: "last week", text: "letzte Woche", want: []string{"letzte Woche=2021-04-19 rel vague"}},

		{name: "month and year", text: "im Dezember 2020", want: []string{"im Dezember 2020=2020-12"}},
		{name: "early month", text: "Anfang Januar", want: []string{"Anfang Januar=2021-01"}},
		{name: "mid month", text: "Mitte Januar", want: []string{"Mitte Januar=2021-01"}},
		{name: "late month", text: "Ende Dezember", want: []string{"Ende Dezember=2020-12"}},
		{name: "since month", text: "seit Januar", want: []string{"seit Januar=2021-01 since"}},

		{name: "span", text: "vom 6. bis 8. März", want: []string{"6=2021-03-06", "8. März=2021-03-08 until"}},
		{name: "between", text: "zwischen dem 6. Februar und dem 5. März 2024", want: []string{"6. Februar=2024-02-06", "5. März 2024=2024-03-05"}},

		{name: "clock", text: "um 23.30 Uhr", want: nil},
		{name: "here", text: "hier", want: nil},
	})
}
