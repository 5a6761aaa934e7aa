package when

import "testing"

// Default reference: Tuesday 27 April 2021, 17:30 in Paris.
func TestFindDutch(t *testing.T) {
	t.Parallel()
	runFind(t, "nl", []findCase{
		{name: "last month name", text: "de aanval van afgelopen november", want: []string{"van afgelopen november=2020-11"}},
		{name: "last, the month under way", text: "de aanval van vorige april", want: []string{"van vorige april=2020-04"}},
		{name: "month", text: "in november werd de gemeente getroffen", want: []string{"in november=2020-11"}},
		{name: "bare month", text: "november was rustig", want: nil},
		{name: "half of a month", text: "Een onbekende had in de tweede helft van maart toegang", want: []string{"in de tweede helft van maart=2021-03"}},
		{name: "bare month of last year", ref: "2025-05-15 12:00", text: "de aanval van november vorig jaar heeft", want: []string{"november=2024-11"}},
	})
}
