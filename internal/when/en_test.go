package when

import "testing"

// Default reference: Tuesday 27 April 2021, 17:30 in Paris.
func TestFindEnglish(t *testing.T) {
	t.Parallel()
	runFind(t, "en", []findCase{
		{name: "month first", text: "On April 24, 2021, the city was hit.", want: []string{"April 24, 2021=2021-04-24"}},
		{name: "last month name", text: "the attack it suffered last November", want: []string{"last November=2020-11"}},
		{name: "month of", text: "the attack of November", want: []string{"of November=2020-11"}},
		{name: "last, the month under way", text: "recovering from last April's incident", want: []string{"last April=2020-04"}},
		{name: "day first", text: "24 April 2021", want: []string{"24 April 2021=2021-04-24"}},
		{name: "ordinal", text: "on the 24th of April", want: []string{"the 24th of April=2021-04-24"}},
		{name: "no year", text: "April 24", want: []string{"April 24=2021-04-24"}},
		{name: "month, last year", ref: "2025-09-23 10:00", text: "discovered in February last year", want: []string{"in February=2024-02"}},
		{name: "day, last year", ref: "2025-09-23 10:00", text: "on 3 February of last year", want: []string{"3 February=2024-02-03"}},
		{name: "month and year, last year", ref: "2025-09-23 10:00", text: "in February 2023, last year's report", want: []string{"in February 2023=2023-02"}},
		{name: "May", text: "on May 1", want: []string{"May 1=2020-05-01"}},
		{name: "weekday and date", text: "Wednesday, September 27, 2023", want: []string{"Wednesday, September 27, 2023=2023-09-27"}},
		{name: "abbreviation", text: "Sept. 27, 2023", want: []string{"Sept. 27, 2023=2023-09-27"}},
		{name: "US numeric", text: "on 04/24/2021", want: []string{"04/24/2021=2021-04-24"}},

		{name: "last weekday", text: "last Thursday", want: []string{"last Thursday=2021-04-22 rel"}},
		{name: "on weekday", text: "on Monday", want: []string{"on Monday=2021-04-26 rel"}},
		{name: "any such weekday", text: "defaced on a Saturday afternoon", want: nil},
		{name: "a feast of a year", text: "encrypted on Shrove Tuesday 2022", want: nil},
		{name: "weekday night", text: "Monday night", want: []string{"Monday night=2021-04-26 rel night"}},
		{name: "this weekday", text: "this Tuesday", want: []string{"this Tuesday=2021-04-27 rel"}},
		{name: "last today's weekday", text: "last Tuesday", want: []string{"last Tuesday=2021-04-20 rel"}},
		{name: "next weekday", text: "next Monday", want: []string{"next Monday=2021-05-03 rel"}},
		{name: "until a date", ref: "2022-12-12 10:00", text: "gives the city until 19 December to pay", want: []string{"19 December=2021-12-19 until"}},
		{name: "since a date", ref: "2022-09-28 10:00", text: "offline since Monday 26 September", want: []string{"Monday 26 September=2022-09-26 since"}},

		{name: "today", text: "today", want: []string{"today=2021-04-27 rel"}},
		{name: "this morning", text: "this morning", want: []string{"this morning=2021-04-27 rel"}},
		{name: "yesterday", text: "yesterday", want: []string{"yesterday=2021-04-26 rel"}},
		{name: "day before yesterday", text: "the day before yesterday", want: []string{"the day before yesterday=2021-04-25 rel"}},
		{name: "last night", text: "last night", want: []string{"last night=2021-04-26 rel night"}},

		{name: "this weekend", text: "this weekend", want: []string{"this weekend=2021-04-24 rel"}},
		{name: "last weekend", text: "last weekend", want: []string{"last weekend=2021-04-24 rel"}},
		{name: "over the weekend", text: "over the weekend", want: []string{"over the weekend=2021-04-24 rel"}},
		{name: "weekend of dates", text: "the weekend of April 24 and 25", want: []string{"the weekend of April 24 and 25=2021-04-24"}},
		{name: "Bourg-Saint-Maurice", text: "The hospital was attacked over the weekend of April 24 and 25.", want: []string{"over the weekend of April 24 and 25=2021-04-24"}},
		{name: "weekend with dash", text: "the weekend of 24-25 April", want: []string{"the weekend of 24-25 April=2021-04-24"}},

		{name: "night of weekdays", text: "in the night of Sunday to Monday", want: []string{"in the night of Sunday to Monday=2021-04-25 rel night"}},
		{name: "night of dates", ref: "2022-10-28 12:00", text: "on the night of October 26 to 27", want: []string{"on the night of October 26 to 27=2022-10-26 night"}},
		{name: "overnight", text: "overnight Sunday", want: []string{"overnight Sunday=2021-04-25 rel night"}},
		{name: "overnight into", text: "overnight Sunday into Monday", want: []string{"overnight Sunday into Monday=2021-04-25 rel night"}},

		{name: "days ago", text: "ten days ago", want: []string{"ten days ago=2021-04-17 rel"}},
		{name: "weeks ago", text: "two weeks ago", want: []string{"two weeks ago=2021-04-13 rel"}},
		{name: "a week ago", text: "a week ago", want: []string{"a week ago=2021-04-20 rel"}},
		{name: "twenty-one days", text: "twenty-one days ago", want: []string{"twenty-one days ago=2021-04-06 rel"}},
		{name: "a few days", text: "a few days ago", want: []string{"a few days ago=2021-04-24 rel vague"}},
		{name: "a few months", text: "a few months ago", want: []string{"a few months ago=2021-02 rel vague"}},
		{name: "last week", text: "last week", want: []string{"last week=2021-04-19 rel vague"}},
		{name: "last month", text: "last month", want: []string{"last month=2021-03 rel"}},

		{name: "month and year", text: "in December 2020", want: []string{"in December 2020=2020-12"}},
		{name: "mid month", text: "mid-January", want: []string{"mid-January=2021-01"}},
		{name: "early month", text: "early January", want: []string{"early January=2021-01"}},
		{name: "late month", text: "late December", want: []string{"late December=2020-12"}},
		{name: "in May", text: "in May", want: []string{"in May=2020-05"}},
		{name: "may is a verb", text: "data may be leaked in may", want: nil},
		{name: "a month's possessive", text: "January's extortion attempt and November's incident", want: []string{"January's=2021-01", "November's=2020-11"}},
		{name: "a bare month is none", text: "January was quiet", want: nil},

		{name: "between", text: "between February 6 and March 5, 2024", want: []string{"February 6=2024-02-06", "March 5, 2024=2024-03-05"}},
		{name: "year on the first end", text: "from December 28, 2020 to January 3", want: []string{"December 28, 2020=2020-12-28", "January 3=2021-01-03"}},
		{name: "from to", text: "from 6 to 8 March", want: []string{"6=2021-03-06", "8 March=2021-03-08"}},

		{name: "clock", text: "at 11.30 pm", want: nil},
		{name: "machines", text: "300 machines", want: nil},
		{name: "bare year", text: "in 2020", want: nil},
		{name: "numbers", text: "from 2 to 20 servers", want: nil},
	})
}
