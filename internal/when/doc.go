// Package when finds the date expressions journalists write ("jeudi
// dernier", "dans la nuit de dimanche à lundi", "over the weekend of April
// 24 and 25", "vor zehn Tagen", "a finales de diciembre") and resolves them
// against the publication time of the article, so that Vigie can date the
// attacks it reads about.
//
// It reads French, English, German, Italian and Spanish, and the common
// forms of Dutch and Portuguese. Each language is a table of regular
// expressions in its own file (lang_*.go), written with a few placeholders
// ({day}, {month}, {wday}, {num}…); a rule's kind says how its match
// becomes a date. To read a 3 kB article in about a millisecond, each rule is
// tried only where the text holds its first words and its anchor words,
// which are worked out from the template (scan.go, required.go); tests and
// a fuzz test check that this finds what a plain scan finds.
//
// Conventions, chosen once and kept everywhere:
//   - A plain weekday ("lundi", "ce lundi", "on Monday", "am Montag") is the
//     most recent such day on or before the reference day, which may be that
//     day itself; with "dernier", "last", "vergangenen", "scorso", "pasado"
//     it is strictly before it; with "prochain", "next" strictly after.
//   - A date without a year is the most recent one not after the reference
//     day plus one (for time zones); a weekday written with it must agree,
//     else the previous year is tried, then the next 90 days ("vendredi 4
//     novembre" announced on 29 October). Followed by "last year", "l'année
//     dernière", "vergangenen Jahres"…, it is a year earlier when it fell in
//     the reference's year ("discovered in February last year").
//   - "The night of X to X+1" is X, with Night set, as is "Monday night";
//     NightDate moves it to X+1 when the sentence gives an hour between
//     midnight and 6 am. "La madrugada del domingo al lunes" (the small
//     hours) is Monday, without Night.
//   - A weekend is its Saturday; "last weekend" said on a weekend is the one
//     before. A week is its Monday, and Vague.
//   - Days are calendar days as seen in the location given, stored as
//     vigie.Day stores them (midnight UTC); months have vigie.PrecisionMonth.
//
// It does not decide which date is the start of an attack (Since only says
// "depuis", "since", "seit", "da", "desde"… came before), reads no clock
// times beyond NightDate's hour test, and gives nothing for a bare year
// ("en 2020") or a bare month name.
package when
