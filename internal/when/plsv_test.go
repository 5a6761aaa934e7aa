package when

import "testing"

// Default reference: Tuesday 27 April 2021, 17:30 in Paris.
func TestFindPolish(t *testing.T) {
	t.Parallel()
	runFind(t, "pl", []findCase{
		{name: "full date", text: "Atak nastąpił 21 maja 2020 r. rano", want: []string{"21 maja 2020 r.=2020-05-21"}},
		{name: "no year", text: "strona była niedostępna od 14 kwietnia", want: []string{"14 kwietnia=2021-04-14"}},
		{name: "month, locative", text: "w marcu urząd padł ofiarą ataku", want: []string{"w marcu=2021-03"}},
		{name: "weekday", text: "We wtorek od około godziny 10", want: []string{"We wtorek=2021-04-27 rel"}},
		{name: "yesterday", text: "wczoraj", want: []string{"wczoraj=2021-04-26 rel"}},
		{name: "ago", text: "dwa lata temu", want: []string{"dwa lata temu=2019-04 rel vague"}},
	})
}

func TestFindSwedish(t *testing.T) {
	t.Parallel()
	runFind(t, "sv", []findCase{
		{name: "full date", text: "intrånget upptäcktes den 10 juni 2020", want: []string{"den 10 juni 2020=2020-06-10"}},
		{name: "month", text: "attacken i mars", want: []string{"i mars=2021-03"}},
		{name: "last weekday", text: "kommunen drabbades i tisdags", want: []string{"i tisdags=2021-04-20 rel"}},
		{name: "yesterday", text: "i går", want: []string{"i går=2021-04-26 rel"}},
		{name: "ago", text: "för två år sedan", want: []string{"för två år sedan=2019-04 rel vague"}},
	})
}
