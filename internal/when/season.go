package when

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-news/vigie"
)

// A season is read as the month it opens (meteorological seasons: spring
// in March, summer in June, autumn in September, winter in December of the
// year before the one it is named by), at month precision: "the ransomware
// attack of last spring" says the month no better than that.
var seasonMonth = map[string]int{
	"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
	"printemps": 3, "ete": 6, "automne": 9, "hiver": 12,
	"fruhling": 3, "fruhjahr": 3, "sommer": 6, "herbst": 9,
	"primavera": 3, "estate": 6, "autunno": 9, "inverno": 12,
	"verano": 6, "otono": 9, "invierno": 12,
}

// seasonRe finds a season with what places it in time: a year, a word
// saying it is the last one or the current one, or "of" that makes it a
// thing's ("l'attaque du printemps", "der Angriff vom Frühjahr"): the one
// gone or under way. A bare season ("in the summer") is too loose to date
// an attack.
var seasonRe = regexp.MustCompile(`(?i)(?:\b(?P<last>last|past|this past|previous|letzten|vergangenen|im vergangenen|im letzten|la scorsa|lo scorso|nella scorsa|nello scorso|la pasada|el pasado)\s+|\b(?P<this>this|cet|ce|cette|diesen|dieses|questa|questo|este|esta)\s+)?` +
	`(?:(?:l['’]|au |en |à l['’]|im |in the |dans l['’]|nell['’]|in |en el |el |la |(?P<of>du |de l['’]|vom |della |dell['’]|del |de la ))\s*)?` +
	`(?P<season>spring|summer|autumn|fall|winter|printemps|été|automne|hiver|frühling|frühjahr|sommer|herbst|primavera|estate|autunno|inverno|verano|otoño|invierno)` +
	`(?:\s+(?P<after>dernier|passé|scors[oa]|passat[oa]|pasado|pasada))?` +
	`(?:\s+(?:of\s+|de\s+|del\s+|di\s+)?(?P<year>(?:19|20)\d\d))?`)

// Seasons returns the seasons text dates, resolved against ref: "last
// spring", "l'été dernier", "im Sommer 2021", "l'estate scorsa", "el
// verano de 2020". Each is a month-precision Expr; Vague is set.
func Seasons(text string, ref time.Time) []Expr {
	if !mayHoldSeason(text) {
		return nil
	}
	var out []Expr
	names := seasonRe.SubexpNames()
	for _, m := range seasonRe.FindAllStringSubmatchIndex(text, -1) {
		g := map[string]string{}
		for i, n := range names {
			if n != "" && m[2*i] >= 0 {
				g[n] = strings.ToLower(text[m[2*i]:m[2*i+1]])
			}
		}
		month := seasonMonth[foldSeason(g["season"])]
		if si := 2 * seasonRe.SubexpIndex("season"); month == 0 || letterBefore(text, m[si]) || letterAfter(text, m[si+1]) {
			continue // "Hochsommer", "Sommerfest"
		}
		var y int
		switch {
		case g["year"] != "":
			y, _ = strconv.Atoi(g["year"])
			if month == 12 {
				y-- // "winter 2021" opens in December 2020
			}
		case g["last"] != "" || g["after"] != "":
			y = lastSeason(ref, month)
		case g["this"] != "" || g["of"] != "": // "l'attaque informatique du printemps": the spring gone or under way
			y = thisSeason(ref, month)
		default:
			continue
		}
		t := time.Date(y, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
		out = append(out, Expr{Text: text[m[0]:m[1]], Start: m[0], End: m[1], Vague: true, Relative: g["year"] == "",
			Date: vigie.Timestamp{Time: t, Precision: vigie.PrecisionMonth}})
	}
	return out
}

// seasonStems are what every season's name holds, lower case, to pass
// over the sentences that name none before the costly expression.
var seasonStems = []string{"spring", "summer", "autumn", "fall", "winter", "printemps", "été", "automne", "hiver",
	"frühling", "frühjahr", "sommer", "herbst", "primavera", "estate", "autunno", "inverno", "verano", "otoño", "invierno"}

func mayHoldSeason(text string) bool {
	lower := strings.ToLower(text)
	for _, s := range seasonStems {
		if strings.Contains(lower, s) {
			return true
		}
	}
	return false
}

// letterBefore: a letter stands right before byte i of text.
func letterBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && unicode.IsLetter(r)
}

// letterAfter: a letter stands at byte i of text.
func letterAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && unicode.IsLetter(r)
}

// foldSeason drops the accents of the season names.
func foldSeason(s string) string {
	return strings.NewReplacer("é", "e", "ü", "u", "ñ", "n").Replace(s)
}

// lastSeason is the year in which the latest such season that has ended by
// ref opened.
func lastSeason(ref time.Time, month int) int {
	start := time.Date(ref.Year(), time.Month(month), 1, 0, 0, 0, 0, time.UTC)
	for !start.AddDate(0, 3, 0).Before(civil(ref).AddDate(0, 0, 1)) {
		start = start.AddDate(-1, 0, 0)
	}
	return start.Year()
}

// thisSeason is the year in which the latest such season opened that has
// begun by ref ("cet été" written in the autumn is the summer just gone).
func thisSeason(ref time.Time, month int) int {
	start := time.Date(ref.Year(), time.Month(month), 1, 0, 0, 0, 0, time.UTC)
	if start.After(civil(ref)) {
		start = start.AddDate(-1, 0, 0)
	}
	return start.Year()
}
