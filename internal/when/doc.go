// Package when finds the date expressions journalists write ("jeudi
// dernier", "dans la nuit de dimanche à lundi", "over the weekend of April
// 24 and 25", "vor zehn Tagen", "a finales de diciembre") and resolves them
// against the publication time of the article, so that Vigie can date the
// attacks it reads about.
//
// It reads French, English, German, Italian and Spanish, and the common
// forms of Dutch and Portuguese. Each language is a table of regular
// expressions written with a few placeholders ({day}, {month}, {wday},
// {num}…) in its own file; a rule's kind says how its match becomes a date.
//
// Conventions, chosen once and kept everywhere:
//   - A plain weekday ("lundi", "on Monday", "am Montag") is the most recent
//     such day on or before the reference day, which may be that day itself;
//     with "dernier", "last", "vergangenen", "scorso", "pasado" it is strictly
//     before it.
//   - A date without a year is the most recent one not after the reference
//     day plus one (for time zones); a weekday written with it must agree,
//     or the previous year is tried.
//   - "The night of X to X+1" is X, with Night set; NightDate moves it to X+1
//     when the sentence gives an hour between midnight and 6 am.
//   - Weekends resolve to their Saturday; weeks to their Monday (Vague).
//   - Dates are calendar days as seen in the location given, stored as
//     vigie.Day stores them (midnight UTC), or months (vigie.PrecisionMonth).
//
// It does not decide which date is the start of an attack, nor read clock
// times beyond NightDate's hour test, nor future-oriented phrases beyond
// "demain"/"tomorrow" and "next Monday"; a bare year ("en 2020") gives
// nothing.
package when
