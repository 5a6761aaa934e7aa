package when

import "testing"

// Default reference: Tuesday 27 April 2021, 17:30 in Paris.
func TestFindSpanish(t *testing.T) {
	t.Parallel()
	runFind(t, "es", []findCase{
		{name: "full date", text: "el 24 de abril de 2021", want: []string{"24 de abril de 2021=2021-04-24"}},
		{name: "month after attack", text: "el ciberataque de octubre", want: []string{"de octubre=2020-10"}},
		{name: "last, the month under way", text: "el ciberataque del pasado abril", want: []string{"del pasado abril=2020-04"}},
		{name: "no year", text: "el 24 de abril", want: []string{"24 de abril=2021-04-24"}},
		{name: "weekday and date", text: "el lunes 26 de abril", want: []string{"el lunes 26 de abril=2021-04-26"}},

		{name: "weekday", text: "el lunes", want: []string{"el lunes=2021-04-26 rel"}},
		{name: "el pasado", text: "el pasado lunes", want: []string{"el pasado lunes=2021-04-26 rel"}},
		{name: "pasado after", text: "el jueves pasado", want: []string{"el jueves pasado=2021-04-22 rel"}},
		{name: "night", text: "el domingo por la noche", want: []string{"el domingo por la noche=2021-04-25 rel night"}},
		{name: "since", text: "desde el lunes", want: []string{"el lunes=2021-04-26 rel since"}},

		{name: "today", text: "hoy", want: []string{"hoy=2021-04-27 rel"}},
		{name: "yesterday", text: "ayer", want: []string{"ayer=2021-04-26 rel"}},
		{name: "day before", text: "anteayer", want: []string{"anteayer=2021-04-25 rel"}},
		{name: "last night", text: "anoche", want: []string{"anoche=2021-04-26 rel night"}},

		{name: "last weekend", text: "el pasado fin de semana", want: []string{"el pasado fin de semana=2021-04-24 rel"}},
		{name: "weekend", text: "el fin de semana", want: []string{"el fin de semana=2021-04-24 rel"}},
		{name: "weekend of dates", text: "el fin de semana del 24 y 25 de abril", want: []string{"el fin de semana del 24 y 25 de abril=2021-04-24"}},

		{name: "night of weekdays", text: "en la noche del domingo al lunes", want: []string{"en la noche del domingo al lunes=2021-04-25 rel night"}},
		{name: "early hours", text: "la madrugada del domingo al lunes", want: []string{"la madrugada del domingo al lunes=2021-04-26 rel"}},
		{name: "night of dates", ref: "2022-10-28 12:00", text: "la noche del 26 al 27 de octubre", want: []string{"la noche del 26 al 27 de octubre=2022-10-26 night"}},

		{name: "days ago", text: "hace diez días", want: []string{"hace diez días=2021-04-17 rel"}},
		{name: "weeks ago", text: "hace dos semanas", want: []string{"hace dos semanas=2021-04-13 rel"}},
		{name: "a few days", text: "hace unos días", want: []string{"hace unos días=2021-04-24 rel vague"}},
		{name: "last week", text: "la semana pasada", want: []string{"la semana pasada=2021-04-19 rel vague"}},

		{name: "month and year", text: "en diciembre de 2020", want: []string{"en diciembre de 2020=2020-12"}},
		{name: "early month", text: "a principios de enero", want: []string{"a principios de enero=2021-01"}},
		{name: "mid month", text: "a mediados de enero", want: []string{"a mediados de enero=2021-01"}},
		{name: "late month", text: "a finales de diciembre", want: []string{"a finales de diciembre=2020-12"}},

		{name: "span", text: "del 6 de febrero al 5 de marzo de 2024", want: []string{"6 de febrero=2024-02-06", "5 de marzo de 2024=2024-03-05"}},
		{name: "between", text: "entre el 6 de febrero y el 5 de marzo", want: []string{"6 de febrero=2021-02-06", "5 de marzo=2021-03-05"}},

		{name: "not dates", text: "300 ordenadores y 2 servidores", want: nil},
	})
}

// Dutch and Portuguese: the basics.
func TestFindDutchPortuguese(t *testing.T) {
	t.Parallel()
	runFind(t, "nl", []findCase{
		{name: "nl date", text: "op 24 april 2021", want: []string{"24 april 2021=2021-04-24"}},
		{name: "nl weekday", text: "afgelopen maandag", want: []string{"afgelopen maandag=2021-04-26 rel"}},
		{name: "nl weekday evening", text: "vrijdagavond", want: []string{"vrijdagavond=2021-04-23 rel"}},
		{name: "nl yesterday", text: "gisteren", want: []string{"gisteren=2021-04-26 rel"}},
		{name: "nl yesterday evening", text: "gisteravond", want: []string{"gisteravond=2021-04-26 rel"}},
		{name: "nl ago", text: "tien dagen geleden", want: []string{"tien dagen geleden=2021-04-17 rel"}},
		{name: "nl ago, a half rounded down", text: "anderhalf jaar geleden", want: []string{"anderhalf jaar geleden=2020-04 rel vague"}},
		{name: "nl last week", text: "vorige week", want: []string{"vorige week=2021-04-19 rel vague"}},
		{name: "nl month", text: "in december 2020", want: []string{"in december 2020=2020-12"}},
		{name: "nl night", text: "in de nacht van zondag op maandag", want: []string{"in de nacht van zondag op maandag=2021-04-25 rel night"}},
	})
	runFind(t, "pt", []findCase{
		{name: "pt date", text: "em 24 de abril de 2021", want: []string{"24 de abril de 2021=2021-04-24"}},
		{name: "pt yesterday", text: "ontem", want: []string{"ontem=2021-04-26 rel"}},
		{name: "pt ago", text: "há dez dias", want: []string{"há dez dias=2021-04-17 rel"}},
		{name: "pt last weekday", text: "na segunda-feira passada", want: []string{"na segunda-feira passada=2021-04-26 rel"}},
		{name: "pt last week", text: "semana passada", want: []string{"semana passada=2021-04-19 rel vague"}},
		{name: "pt month", text: "em dezembro de 2020", want: []string{"em dezembro de 2020=2020-12"}},
		{name: "pt last weekend", text: "no último fim de semana", want: []string{"no último fim de semana=2021-04-24 rel"}},
	})
}
