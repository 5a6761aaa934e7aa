package when

import "testing"

// Default reference: Tuesday 27 April 2021, 17:30 in Paris.
func TestFindItalian(t *testing.T) {
	t.Parallel()
	runFind(t, "it", []findCase{
		{name: "full date", text: "il 24 aprile 2021", want: []string{"24 aprile 2021=2021-04-24"}},
		{name: "month after attack", text: "l'attacco di ottobre", want: []string{"di ottobre=2020-10"}},
		{name: "last, the month under way", text: "l'attacco dello scorso aprile", want: []string{"dello scorso aprile=2020-04"}},
		{name: "month, last", text: "l'attacco del novembre scorso", want: []string{"del novembre=2020-11"}},
		{name: "no year", text: "il 24 aprile", want: []string{"24 aprile=2021-04-24"}},
		{name: "weekday and date", text: "lunedì 26 aprile", want: []string{"lunedì 26 aprile=2021-04-26"}},
		{name: "first", text: "il 1º maggio 2021", want: []string{"1º maggio 2021=2021-05-01"}},

		{name: "weekday", text: "lunedì", want: []string{"lunedì=2021-04-26 rel"}},
		{name: "weekday unaccented", text: "lunedi", want: []string{"lunedi=2021-04-26 rel"}},
		{name: "weekday scorso", text: "lunedì scorso", want: []string{"lunedì scorso=2021-04-26 rel"}},
		{name: "lo scorso", text: "lo scorso giovedì", want: []string{"lo scorso giovedì=2021-04-22 rel"}},
		{name: "evening", text: "giovedì sera", want: []string{"giovedì sera=2021-04-22 rel"}},
		{name: "night", text: "domenica notte", want: []string{"domenica notte=2021-04-25 rel night"}},
		{name: "since", text: "da lunedì", want: []string{"lunedì=2021-04-26 rel since"}},

		{name: "today", text: "oggi", want: []string{"oggi=2021-04-27 rel"}},
		{name: "yesterday", text: "ieri", want: []string{"ieri=2021-04-26 rel"}},
		{name: "day before", text: "l'altro ieri", want: []string{"l'altro ieri=2021-04-25 rel"}},
		{name: "last night", text: "stanotte", want: []string{"stanotte=2021-04-26 rel night"}},

		{name: "last weekend", text: "lo scorso fine settimana", want: []string{"lo scorso fine settimana=2021-04-24 rel"}},
		{name: "weekend", text: "nel fine settimana", want: []string{"nel fine settimana=2021-04-24 rel"}},
		{name: "weekend of dates", text: "nel fine settimana del 24 e 25 aprile", want: []string{"nel fine settimana del 24 e 25 aprile=2021-04-24"}},

		{name: "night of weekdays", text: "nella notte tra domenica e lunedì", want: []string{"nella notte tra domenica e lunedì=2021-04-25 rel night"}},
		{name: "night of dates", ref: "2022-10-28 12:00", text: "nella notte tra il 26 e il 27 ottobre", want: []string{"nella notte tra il 26 e il 27 ottobre=2022-10-26 night"}},
		{name: "night of one weekday", text: "nella notte di sabato", want: []string{"nella notte di sabato=2021-04-24 rel night"}},

		{name: "days ago", text: "dieci giorni fa", want: []string{"dieci giorni fa=2021-04-17 rel"}},
		{name: "weeks ago", text: "due settimane fa", want: []string{"due settimane fa=2021-04-13 rel"}},
		{name: "a few days", text: "pochi giorni fa", want: []string{"pochi giorni fa=2021-04-24 rel vague"}},
		{name: "some day", text: "qualche giorno fa", want: []string{"qualche giorno fa=2021-04-24 rel vague"}},
		{name: "last week", text: "la settimana scorsa", want: []string{"la settimana scorsa=2021-04-19 rel vague"}},

		{name: "month and year", text: "a dicembre 2020", want: []string{"a dicembre 2020=2020-12"}},
		{name: "early month", text: "inizio gennaio", want: []string{"inizio gennaio=2021-01"}},
		{name: "mid month", text: "a metà gennaio", want: []string{"a metà gennaio=2021-01"}},
		{name: "late month", text: "fine dicembre", want: []string{"fine dicembre=2020-12"}},
		{name: "all'inizio", text: "all'inizio di gennaio", want: []string{"all'inizio di gennaio=2021-01"}},

		{name: "span", text: "dal 6 febbraio al 5 marzo 2024", want: []string{"6 febbraio=2024-02-06 since", "5 marzo 2024=2024-03-05"}},
		{name: "span with elision", text: "tra il 6 e l'8 marzo", want: []string{"6=2021-03-06", "8 marzo=2021-03-08"}},
		{name: "since a date", text: "dal 24 aprile", want: []string{"24 aprile=2021-04-24 since"}},
		{name: "a partire dal", text: "a partire dal 24 aprile", want: []string{"24 aprile=2021-04-24 since"}},
		{name: "since with elision", text: "dall'8 aprile", want: []string{"8 aprile=2021-04-08 since"}},

		{name: "never", text: "non è mai successo", want: nil},
	})
}
