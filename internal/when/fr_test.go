package when

import "testing"

// Default reference: Tuesday 27 April 2021, 17:30 in Paris.
func TestFindFrench(t *testing.T) {
	t.Parallel()
	runFind(t, "fr", []findCase{
		{name: "month, last year", ref: "2025-09-23 10:00", text: "découverte en février de l'année dernière", want: []string{"en février=2024-02"}},
		// Absolute dates.
		{name: "full date", text: "Le 24 avril 2021, la mairie a été attaquée.", want: []string{"24 avril 2021=2021-04-24"}},
		{name: "month after attack", text: "la cyberattaque d'octobre", want: []string{"d'octobre=2020-10"}},
		{name: "slashes", text: "le 24/04/2021", want: []string{"24/04/2021=2021-04-24"}},
		{name: "dots", text: "le 24.04.2021", want: []string{"24.04.2021=2021-04-24"}},
		{name: "iso", text: "publié 2021-04-24T10:00:00+02:00", want: []string{"2021-04-24T10:00:00+02:00=2021-04-24"}},
		{name: "two-digit year", text: "le 24/04/21", want: []string{"24/04/21=2021-04-24"}},
		{name: "month first when it must", text: "le 04/24/2021", want: []string{"04/24/2021=2021-04-24"}},
		{name: "last century", text: "le 24/04/98", want: []string{"24/04/98=1998-04-24"}},
		{name: "phone number", text: "tél. 01.23.45.67.89", want: nil},
		{name: "version is no date", text: "la version 1.10.12 du logiciel", want: nil},
		{name: "first of the month", text: "le 1er mai", want: []string{"1er mai=2020-05-01"}},
		{name: "abbreviated", text: "24 avr. 2021", want: []string{"24 avr. 2021=2021-04-24"}},
		{name: "weekday and year", text: "mercredi 27 septembre 2023", want: []string{"mercredi 27 septembre 2023=2023-09-27"}},
		{name: "no year", text: "le 24 avril", want: []string{"24 avril=2021-04-24"}},
		{name: "tomorrow in another zone", text: "le 28 avril", want: []string{"28 avril=2021-04-28"}},
		{name: "too far ahead is last year", text: "le 29 avril", want: []string{"29 avril=2020-04-29"}},
		{name: "weekday picks the year", text: "samedi 25 avril", want: []string{"samedi 25 avril=2020-04-25"}},
		{name: "weekday that fits no year", text: "lundi 22 avril", want: []string{"lundi 22 avril=2021-04-22"}},
		{name: "weekday agrees", ref: "2024-04-26 09:00", text: "lundi 22 avril", want: []string{"lundi 22 avril=2024-04-22"}},
		{name: "announced", ref: "2022-10-29 10:00", text: "La cellule se réunira vendredi 4 novembre.", want: []string{"vendredi 4 novembre=2022-11-04"}},
		{name: "29 February", text: "le 29 février", want: []string{"29 février=2020-02-29"}},
		{name: "no such day", text: "le 31 avril", want: nil},
		{name: "weekday and day", ref: "2022-10-17 09:00", text: "le samedi 15, vers minuit", want: []string{"samedi 15=2022-10-15 rel"}},
		{name: "weekday and hour", text: "samedi 15 heures", want: []string{"samedi=2021-04-24 rel"}},
		{name: "nbsp", text: "le 24\u00a0avril\u00a02021", want: []string{"24\u00a0avril\u00a02021=2021-04-24"}},
		{name: "no accents", text: "le 3 fevrier 2021", want: []string{"3 fevrier 2021=2021-02-03"}},
		{name: "capitals", text: "LUNDI 26 AVRIL", want: []string{"LUNDI 26 AVRIL=2021-04-26"}},

		// Weekdays.
		{name: "weekday", text: "lundi", want: []string{"lundi=2021-04-26 rel"}},
		{name: "ce weekday", text: "ce lundi", want: []string{"ce lundi=2021-04-26 rel"}},
		{name: "weekday dernier", text: "lundi dernier", want: []string{"lundi dernier=2021-04-26 rel"}},
		{name: "jeudi dernier", text: "jeudi dernier", want: []string{"jeudi dernier=2021-04-22 rel"}},
		{name: "today's weekday", text: "mardi", want: []string{"mardi=2021-04-27 rel"}},
		{name: "today's weekday dernier", text: "mardi dernier", want: []string{"mardi dernier=2021-04-20 rel"}},
		{name: "evening", text: "vendredi soir", want: []string{"vendredi soir=2021-04-23 rel"}},
		{name: "next", text: "lundi prochain", want: []string{"lundi prochain=2021-05-03 rel"}},
		{name: "since weekday", text: "La messagerie est coupée depuis lundi.", want: []string{"lundi=2021-04-26 rel since"}},
		{name: "dès", text: "dès jeudi", want: []string{"jeudi=2021-04-22 rel since"}},
		{name: "à partir du", text: "à partir du 24 avril", want: []string{"24 avril=2021-04-24 since"}},
		{name: "des is not dès", text: "la réunion des 24 avril", want: []string{"24 avril=2021-04-24"}},
		{name: "plural is a habit", text: "tous les lundis", want: nil},

		// Days around the reference.
		{name: "today", text: "aujourd'hui", want: []string{"aujourd'hui=2021-04-27 rel"}},
		{name: "curly apostrophe", text: "aujourd’hui", want: []string{"aujourd’hui=2021-04-27 rel"}},
		{name: "this morning", text: "ce matin", want: []string{"ce matin=2021-04-27 rel"}},
		{name: "tonight", text: "ce soir", want: []string{"ce soir=2021-04-27 rel"}},
		{name: "yesterday", text: "hier", want: []string{"hier=2021-04-26 rel"}},
		{name: "yesterday evening", text: "hier soir", want: []string{"hier soir=2021-04-26 rel"}},
		{name: "day before", text: "avant-hier", want: []string{"avant-hier=2021-04-25 rel"}},
		{name: "tomorrow", text: "demain", want: []string{"demain=2021-04-28 rel"}},
		{name: "last night", text: "cette nuit", want: []string{"cette nuit=2021-04-26 rel night"}},

		// Weekends.
		{name: "this weekend", text: "ce week-end", want: []string{"ce week-end=2021-04-24 rel"}},
		{name: "weekend without hyphen", text: "ce weekend", want: []string{"ce weekend=2021-04-24 rel"}},
		{name: "last weekend", text: "le week-end dernier", want: []string{"le week-end dernier=2021-04-24 rel"}},
		{name: "this weekend on Sunday", ref: "2021-04-25 18:00", text: "ce week-end", want: []string{"ce week-end=2021-04-24 rel"}},
		{name: "last weekend on Sunday", ref: "2021-04-25 18:00", text: "le week-end dernier", want: []string{"le week-end dernier=2021-04-17 rel"}},
		{name: "during the weekend", text: "pendant le week-end", want: []string{"pendant le week-end=2021-04-24 rel"}},
		{name: "weekend of two days", text: "le week-end des 24 et 25 avril", want: []string{"le week-end des 24 et 25 avril=2021-04-24"}},
		{name: "Les Mureaux", ref: "2022-09-27 12:00", text: "Les Mureaux ont été attaqués le week-end du 24 septembre.", want: []string{"le week-end du 24 septembre=2022-09-24"}},

		// Nights.
		{name: "night of weekdays", text: "dans la nuit de dimanche à lundi", want: []string{"dans la nuit de dimanche à lundi=2021-04-25 rel night"}},
		{name: "night of dates", ref: "2022-10-28 12:00", text: "la nuit du 26 au 27 octobre", want: []string{"la nuit du 26 au 27 octobre=2022-10-26 night"}},
		{name: "night last year", text: "la nuit du 26 au 27 octobre", want: []string{"la nuit du 26 au 27 octobre=2020-10-26 night"}},
		{name: "Frontignan", ref: "2022-10-28 12:00", text: "dans la nuit du mercredi 26 au jeudi 27 octobre", want: []string{"dans la nuit du mercredi 26 au jeudi 27 octobre=2022-10-26 night"}},
		{name: "night without month", ref: "2022-10-28 12:00", text: "dans la nuit du mercredi 26 au jeudi 27,", want: []string{"dans la nuit du mercredi 26 au jeudi 27=2022-10-26 night"}},
		{name: "new year's night", ref: "2021-01-02 12:00", text: "dans la nuit du 31 décembre au 1er janvier", want: []string{"dans la nuit du 31 décembre au 1er janvier=2020-12-31 night"}},
		{name: "night of two days", text: "la nuit de samedi à lundi", want: []string{"la nuit de samedi à lundi=2021-04-24 rel night"}},
		{name: "night of one weekday", text: "dans la nuit de lundi", want: []string{"dans la nuit de lundi=2021-04-26 rel night"}},
		{name: "night of one date", text: "la nuit du 24 avril", want: []string{"la nuit du 24 avril=2021-04-24 night"}},
		{name: "Grand Annecy", ref: "2020-12-29 08:00", text: "Le Grand Annecy a été visé dans la nuit de dimanche à lundi.", want: []string{"dans la nuit de dimanche à lundi=2020-12-27 rel night"}},

		// Counting back.
		{name: "days ago in words", text: "il y a dix jours", want: []string{"il y a dix jours=2021-04-17 rel"}},
		{name: "weeks ago", text: "il y a 3 semaines", want: []string{"il y a 3 semaines=2021-04-06 rel"}},
		{name: "a week ago", text: "il y a une semaine", want: []string{"il y a une semaine=2021-04-20 rel"}},
		{name: "compound number", text: "il y a vingt-deux jours", want: []string{"il y a vingt-deux jours=2021-04-05 rel"}},
		{name: "fortnight idiom", text: "il y a quinze jours", want: []string{"il y a quinze jours=2021-04-13 rel vague"}},
		{name: "about", text: "il y a près de dix jours", want: []string{"il y a près de dix jours=2021-04-17 rel vague"}},
		{name: "months ago", text: "il y a deux mois", want: []string{"il y a deux mois=2021-02 rel"}},
		{name: "a year ago", text: "il y a un an", want: []string{"il y a un an=2020-04 rel vague"}},
		{name: "a likeness", text: "les agents travaillent comme il y a trente ans", want: nil},
		{name: "exactly a year ago", text: "il y a tout juste un an", want: []string{"il y a tout juste un an=2020-04-27 rel"}},
		{name: "a few days", text: "il y a quelques jours", want: []string{"il y a quelques jours=2021-04-24 rel vague"}},
		{name: "a few weeks", text: "il y a quelques semaines", want: []string{"il y a quelques semaines=2021-04-13 rel vague"}},
		{name: "a few months", text: "il y a quelques mois", want: []string{"il y a quelques mois=2021-02 rel vague"}},
		{name: "last week", text: "la semaine dernière", want: []string{"la semaine dernière=2021-04-19 rel vague"}},
		{name: "this week", text: "cette semaine", want: []string{"cette semaine=2021-04-26 rel vague"}},

		// Months.
		{name: "month and year", text: "en décembre 2020", want: []string{"en décembre 2020=2020-12"}},
		{name: "bare month and year", text: "décembre 2020", want: []string{"décembre 2020=2020-12"}},
		{name: "mid", text: "mi-janvier", want: []string{"mi-janvier=2021-01"}},
		{name: "early", text: "début janvier", want: []string{"début janvier=2021-01"}},
		{name: "late", text: "fin décembre", want: []string{"fin décembre=2020-12"}},
		{name: "in a month", text: "en janvier", want: []string{"en janvier=2021-01"}},
		{name: "in this month", text: "en avril", want: []string{"en avril=2021-04"}},
		{name: "in a later month", text: "en mai", want: []string{"en mai=2020-05"}},
		{name: "at the start of the month", text: "au début du mois", want: []string{"au début du mois=2021-04 rel"}},
		{name: "last month", text: "le mois dernier", want: []string{"le mois dernier=2021-03 rel"}},
		{name: "since a month", text: "depuis janvier", want: []string{"depuis janvier=2021-01 since"}},
		{name: "SMS scam", ref: "2024-01-22 10:00", text: "Les arnaques par SMS se multiplient depuis le début du mois de janvier.", want: []string{"depuis le début du mois de janvier=2024-01 since"}},
		{name: "bare month is nothing", text: "La planète Mars", want: nil},

		// Spans.
		{name: "between", text: "entre le 6 février et le 5 mars 2024", want: []string{"6 février=2024-02-06", "5 mars 2024=2024-03-05"}},
		{name: "from to", text: "du 6 février au 5 mars", want: []string{"6 février=2021-02-06", "5 mars=2021-03-05"}},
		{name: "days of one month", text: "du 6 au 8 mars", want: []string{"6=2021-03-06", "8 mars=2021-03-08"}},
		{name: "across the year", text: "du 28 décembre au 3 janvier", want: []string{"28 décembre=2020-12-28", "3 janvier=2021-01-03"}},
		{name: "years on both ends", text: "du 28 décembre 2020 au 3 janvier 2021", want: []string{"28 décembre 2020=2020-12-28", "3 janvier 2021=2021-01-03"}},
		{name: "since until", text: "depuis le 6 février jusqu'au 5 mars", want: []string{"6 février=2021-02-06 since", "5 mars=2021-03-05 until"}},
		{name: "a deadline", ref: "2022-11-17 08:30", text: "si la ville ne paie pas d'ici au 2 décembre", want: []string{"2 décembre=2021-12-02 until"}},

		// Not dates.
		{name: "money", text: "une rançon de 150 000 euros", want: nil},
		{name: "machines", text: "300 machines et 2 serveurs sur 200", want: nil},
		{name: "clock", text: "à 23h30", want: nil},
		{name: "bare year", text: "en 2020", want: nil},
		{name: "seven", text: "sept personnes", want: nil},

		// Cases from the corpus.
		{name: "Chaville", ref: "2022-10-17 09:00", text: "L'attaque a eu lieu vers 1 heure du matin, le samedi 15 octobre.", want: []string{"samedi 15 octobre=2022-10-15"}},
		{name: "Marseille", ref: "2020-03-15 11:00", text: "Les services ont été attaqués vendredi soir.", want: []string{"vendredi soir=2020-03-13 rel"}},
		{name: "Saint-Cloud", ref: "2022-01-26 10:00", text: "L'attaque a été détectée jeudi dernier.", want: []string{"jeudi dernier=2022-01-20 rel"}},
		{name: "Gravelines", ref: "2024-04-26 15:00", text: "jeudi 25 avril, vers 11 heures, les agents ont constaté", want: []string{"jeudi 25 avril=2024-04-25"}},
	})
}
