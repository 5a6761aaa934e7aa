package when

import "testing"

// Default reference: Tuesday 27 April 2021, 17:30 in Paris.
func TestFindCatalan(t *testing.T) {
	t.Parallel()
	runFind(t, "ca", []findCase{
		{name: "full date", text: "L'atac informàtic del 14 de juny de 2020 va costar 870.000 euros", want: []string{"14 de juny de 2020=2020-06-14"}},
		{name: "elided", text: "el 14 d'abril", want: []string{"14 d'abril=2021-04-14"}},
		{name: "month and year", text: "des del maig de 2020", want: []string{"des del maig de 2020=2020-05"}},
		{name: "month, last", text: "l'atac del passat abril", want: []string{"passat abril=2020-04"}},
		{name: "weekday", text: "dilluns passat", want: []string{"dilluns passat=2021-04-26 rel"}},
		{name: "yesterday", text: "ahir al matí", want: []string{"ahir al matí=2021-04-26 rel"}},
		{name: "ago", text: "fa tres anys", want: []string{"fa tres anys=2018-04 rel vague"}},
		{name: "just ago", text: "Fa just un any, un diumenge", want: []string{"Fa just un any=2020-04-27 rel"}},
		{name: "bare month", text: "juny va ser tranquil", want: nil},
	})
}
