package when

import "testing"

func TestNightDate(t *testing.T) {
	t.Parallel()
	ref := mustRef(t, "2022-10-28 12:00")
	for _, tc := range []struct {
		name, lang, expr, sentence, want string
	}{
		{"no hour", "fr", "dans la nuit du mercredi 26 au jeudi 27 octobre", "La mairie a été attaquée.", "2022-10-26"},
		{"hour after midnight", "fr", "dans la nuit du mercredi 26 au jeudi 27 octobre", "L'attaque a commencé vers 1 heure du matin.", "2022-10-27"},
		{"hour in words", "fr", "dans la nuit de dimanche à lundi", "vers une heure du matin", "2022-10-24"},
		{"hour glued", "fr", "dans la nuit de dimanche à lundi", "Les serveurs sont tombés à 3h15.", "2022-10-24"},
		{"evening hour", "fr", "dans la nuit de dimanche à lundi", "vers 23 heures", "2022-10-23"},
		{"first hour decides", "fr", "dans la nuit de dimanche à lundi", "entre 23 heures et 2 heures", "2022-10-23"},
		{"six is morning", "fr", "dans la nuit de dimanche à lundi", "à 6 heures", "2022-10-23"},
		{"duration", "fr", "dans la nuit de dimanche à lundi", "pendant 3 heures", "2022-10-23"},
		{"afternoon", "fr", "dans la nuit de dimanche à lundi", "à 3 heures de l'après-midi", "2022-10-23"},
		{"after midnight", "fr", "dans la nuit de dimanche à lundi", "peu après minuit", "2022-10-24"},
		{"am", "en", "on the night of October 26 to 27", "The attack began around 1 am.", "2022-10-27"},
		{"a.m.", "en", "on the night of October 26 to 27", "at 2:30 a.m.", "2022-10-27"},
		{"pm", "en", "on the night of October 26 to 27", "around 11 pm", "2022-10-26"},
		{"12 am", "en", "on the night of October 26 to 27", "at 12:15 am", "2022-10-27"},
		{"Uhr", "de", "in der Nacht zum Montag", "gegen 2 Uhr", "2022-10-24"},
		{"Uhr evening", "de", "in der Nacht zum Montag", "gegen 22 Uhr", "2022-10-23"},
		{"di notte", "it", "nella notte tra domenica e lunedì", "alle 3 di notte", "2022-10-24"},
		{"late di notte", "it", "nella notte tra domenica e lunedì", "alle 11 di notte", "2022-10-23"},
		{"madrugada", "es", "en la noche del domingo al lunes", "a las 3 de la madrugada", "2022-10-24"},
		{"not a night", "fr", "samedi 15 octobre", "vers 1 heure du matin", "2022-10-15"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			exprs := Find(tc.expr, tc.lang, ref, paris)
			if len(exprs) != 1 {
				t.Fatalf("Find(%q) = %v, want one expression", tc.expr, exprs)
			}
			if got := NightDate(exprs[0], tc.sentence).String(); got != tc.want {
				t.Errorf("NightDate(%q, %q) = %s, want %s", tc.expr, tc.sentence, got, tc.want)
			}
		})
	}
}

func TestFirstHour(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		s    string
		want int // -1: none
	}{
		{"vers 1 heure du matin", 1},
		{"à 23h30", 23},
		{"11 h 45", 11},
		{"vers 7 heures du soir", 19},
		{"at 9 p.m.", 21},
		{"um 2.30 Uhr nachts", 2},
		{"a la una de la madrugada", 1},
		{"all'una di notte", 1},
		{"alle 8 di sera", 20},
		{"a las 10 de la noche", 22},
		{"en 48 heures", -1},
		{"24 heures sur 24", -1},
		{"300 machines", -1},
		{"", -1},
	} {
		h, ok := firstHour(tc.s)
		if !ok {
			h = -1
		}
		if h != tc.want {
			t.Errorf("firstHour(%q) = %d, want %d", tc.s, h, tc.want)
		}
	}
}

func TestNightDateKeepsMonths(t *testing.T) {
	t.Parallel()
	e := Expr{Night: true, Date: monthStamp(2021, 4)}
	if got := NightDate(e, "vers 1 heure du matin"); got != e.Date {
		t.Errorf("NightDate of a month = %v, want it unchanged", got)
	}
}

// TestWeekendFlag: a weekend is dated by its Saturday and flagged, for
// its Sunday may be the day; a weekday named is not.
func TestWeekendFlag(t *testing.T) {
	t.Parallel()
	ref := mustRef(t, "2022-10-14 12:00") // a Friday
	for _, tc := range []struct {
		lang, text string
		weekend    bool
	}{
		{"en", "its computer systems at the weekend", true},
		{"de", "Unbekannte haben am Wochenende Teile der Server verschlüsselt", true},
		{"es", "el ciberataque sufrido el pasado fin de semana", true},
		{"en", "over the weekend of October 8 and 9", true},
		{"en", "in the early hours of Sunday", false},
		{"fr", "samedi", false},
	} {
		es := Find(tc.text, tc.lang, ref, nil)
		if len(es) != 1 {
			t.Fatalf("%q: %d expressions", tc.text, len(es))
		}
		if es[0].Weekend != tc.weekend || es[0].Date.String()[:8] != "2022-10-" {
			t.Errorf("%q: %s weekend=%v, want weekend=%v", tc.text, es[0].Date, es[0].Weekend, tc.weekend)
		}
	}
}
