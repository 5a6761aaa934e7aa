package when

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/vigie-news/vigie"
)

// NightDate returns the day a night expression stands for, by the house
// convention: "the night of X to X+1" is X, unless the sentence gives an
// hour after midnight and before 6 am ("vers 1 heure du matin", "around 1
// am", "gegen 2 Uhr", "alle 3 di notte", "peu après minuit"), which puts it
// on X+1. The first time of day in the sentence decides: "entre 23 heures et
// 2 heures" stays on X. Other expressions are returned as they are.
func NightDate(e Expr, sentence string) vigie.Timestamp {
	if !e.Night || e.Date.Precision != vigie.PrecisionDay {
		return e.Date
	}
	if h, ok := firstHour(sentence); ok && h < 6 {
		return dayStamp(addDays(e.Date.Time, 1))
	}
	return e.Date
}

// clock is a way of writing a time of day. Group h holds the hour; am, pm
// and late (a night that may be evening: "alle 11 di notte") adjust it.
// Without an am or pm mark a bare number needs a word before it ("vers",
// "gegen", "a las"): "pendant 3 heures" is a duration.
var clocks = []*regexp.Regexp{
	// 1h30, 23 h 15 (French); a lone "3h" may be a duration ("en 3h").
	regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?P<h>[0-2]?[0-9])[\s\x{a0}]?h[\s\x{a0}]?[0-5][0-9]` + frClockMod),
	regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:vers|à|dès|jusqu['’]à|aux alentours de|autour de|environ|peu avant|peu après)[\s\x{a0}]+(?P<h>[0-2]?[0-9]|une|deux|trois|quatre|cinq)[\s\x{a0}]*(?:heures?|h)` + frClockMod + `(?:[^\p{L}]|$)`),
	regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?P<h>[0-2]?[0-9]|une|deux|trois|quatre|cinq)[\s\x{a0}]*heures?(?P<am>[\s\x{a0}]+du[\s\x{a0}]+matin)`),
	// English: 1 am, 1:30 a.m., two in the morning, at 01:30.
	regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?P<h>1[0-2]|0?[0-9])(?:[:.][0-5][0-9])?[\s\x{a0}]*(?:(?P<am>a\.?m\.?)|(?P<pm>p\.?m\.?))(?:[^\p{L}]|$)`),
	regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?P<h>one|two|three|four|five)(?: o['’]clock)? in the (?P<am>morning)`),
	regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:at|around|about|by|shortly after|shortly before|um|gegen|kurz nach|kurz vor)[\s\x{a0}]+(?P<h>[0-2]?[0-9]):[0-5][0-9]`),
	// German: 2 Uhr, 2.30 Uhr nachts.
	regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?P<h>[0-2]?[0-9])(?:[:.][0-5][0-9])?[\s\x{a0}]*Uhr(?:[\s\x{a0}]+(?:(?P<am>nachts|morgens|früh)|(?P<pm>abends|nachmittags)))?`),
	// Italian: alle 3, alle 2.30 di notte, all'una.
	regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:alle|verso le|intorno alle|dalle|fino alle|poco dopo le|poco prima delle)[\s\x{a0}]+(?P<h>[0-2]?[0-9])(?:[:.,][0-5][0-9])?` + itClockMod),
	regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:all['’]|verso l['’]|intorno all['’])(?P<h>una)` + itClockMod),
	// Spanish: a las 3 de la madrugada, a la una.
	regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:a las|a la|hacia las|hacia la|sobre las|sobre la|alrededor de las|pasadas las|desde las)[\s\x{a0}]+(?P<h>[0-2]?[0-9]|una)(?:[:.][0-5][0-9])?(?:[\s\x{a0}]*(?:horas|h))?` +
		`(?:[\s\x{a0}]+de[\s\x{a0}]+la[\s\x{a0}]+(?:(?P<am>madrugada|mañana)|(?P<pm>tarde)|(?P<late>noche)))?`),
	// Words that say it: after midnight, in the early hours.
	regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?P<small>(?:peu )?après minuit|(?:shortly |just )?after midnight|in the (?:early|small) hours|nach Mitternacht|in den frühen Morgenstunden|dopo (?:la )?mezzanotte|nelle prime ore|(?:pasada|tras) la medianoche|de madrugada|en la madrugada|au petit matin|na madrugada|na middernacht)`),
}

const (
	frClockMod = `(?:[\s\x{a0}]+(?:(?P<am>du matin)|(?P<pm>du soir|de l['’]après-midi)))?`
	itClockMod = `(?:[\s\x{a0}]+(?:(?P<late>di notte|della notte)|(?P<am>del mattino|di mattina)|(?P<pm>del pomeriggio|di sera|della sera)))?`
)

var hourWords = map[string]int{
	"une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "una": 1,
}

// firstHour returns the hour (0-23) of the first time of day in s. Two
// ways of reading the same hour ("at 12:15" and "12:15 am") are resolved
// in favour of the one that says am or pm.
func firstHour(s string) (int, bool) {
	best := clockMatch{at: len(s) + 1}
	for _, re := range clocks {
		for _, idx := range re.FindAllStringSubmatchIndex(s, -1) {
			c, ok := readClock(re, s, idx)
			if !ok {
				continue
			}
			if c.at < best.at || (c.at == best.at && c.marked && !best.marked) {
				best = c
			}
			break
		}
	}
	return best.hour, best.at <= len(s)
}

// clockMatch is one reading of a time of day.
type clockMatch struct {
	at     int  // offset of the hour
	hour   int  // 0-23
	marked bool // am, pm or a time of day was given
}

// readClock reads the hour of one clock match on a 24-hour dial.
func readClock(re *regexp.Regexp, s string, idx []int) (clockMatch, bool) {
	group := func(name string) (string, int) {
		i := re.SubexpIndex(name)
		if i < 0 || idx[2*i] < 0 {
			return "", -1
		}
		return s[idx[2*i]:idx[2*i+1]], idx[2*i]
	}
	if _, at := group("small"); at >= 0 {
		return clockMatch{at: at, hour: 1, marked: true}, true
	}
	word, at := group("h")
	h, err := strconv.Atoi(word)
	if err != nil {
		h = hourWords[strings.ToLower(word)]
	}
	am, _ := group("am")
	pm, _ := group("pm")
	late, _ := group("late")
	switch {
	case pm != "" && h < 12, late != "" && h >= 7 && h < 12:
		h += 12
	case am != "" && h == 12:
		h = 0
	}
	return clockMatch{at: at, hour: h, marked: am != "" || pm != "" || late != ""}, h >= 0 && h <= 23
}
