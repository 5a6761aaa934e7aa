package when

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// paris is the location of the tests' publication times.
var paris = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic(err)
	}
	return loc
}()

// defaultRef is Tuesday 27 April 2021, 17:30 in Paris.
const defaultRef = "2021-04-27 17:30"

// mustRef reads "YYYY-MM-DD HH:MM" in Paris.
func mustRef(tb testing.TB, s string) time.Time {
	tb.Helper()
	if s == "" {
		s = defaultRef
	}
	t, err := time.ParseInLocation("2006-01-02 15:04", s, paris)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// findCase is a text, the publication time (defaultRef when empty) and the
// expressions expected, each written by show.
type findCase struct {
	name string
	ref  string
	text string
	want []string
}

// show writes an expression as "Text=date" followed by its flags.
func show(e Expr) string {
	var b strings.Builder
	b.WriteString(e.Text + "=" + e.Date.String())
	for _, f := range []struct {
		on   bool
		name string
	}{{e.Relative, "rel"}, {e.Night, "night"}, {e.Vague, "vague"}, {e.Since, "since"}, {e.Until, "until"}} {
		if f.on {
			b.WriteString(" " + f.name)
		}
	}
	return b.String()
}

func shows(exprs []Expr) []string {
	var out []string
	for _, e := range exprs {
		out = append(out, show(e))
	}
	return out
}

func runFind(t *testing.T, lang string, cases []findCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ref := mustRef(t, tc.ref)
			got := shows(Find(tc.text, lang, ref, paris))
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("Find(%q)\n got: %q\nwant: %q", tc.text, got, tc.want)
			}
			if full := shows(find(tc.text, lang, ref, paris, true)); strings.Join(full, " | ") != strings.Join(got, " | ") {
				t.Errorf("a full scan of %q finds %q, Find %q", tc.text, full, got)
			}
		})
	}
}

func TestFindUsesLocation(t *testing.T) {
	t.Parallel()
	ref := time.Date(2021, 4, 26, 23, 30, 0, 0, time.UTC) // 01:30 on the 27th in Paris
	for _, tc := range []struct {
		loc  *time.Location
		want string
	}{{paris, "2021-04-27"}, {time.UTC, "2021-04-26"}, {nil, "2021-04-26"}} {
		got := Find("aujourd'hui", "fr", ref, tc.loc)
		if len(got) != 1 || got[0].Date.String() != tc.want {
			t.Errorf("in %v: Find = %v, want %s", tc.loc, got, tc.want)
		}
	}
}

func TestFindLanguageCodes(t *testing.T) {
	t.Parallel()
	ref := mustRef(t, "")
	for _, tc := range []struct{ lang, text, want string }{
		{"fr-FR", "hier", "hier=2021-04-26 rel"},
		{"EN_gb", "yesterday", "yesterday=2021-04-26 rel"},
		{"", "gestern", "gestern=2021-04-26 rel"},
		{"xx", "ayer", "ayer=2021-04-26 rel"},
		{"de", "hier", ""}, // German "here"
	} {
		var got []string
		for _, e := range Find(tc.text, tc.lang, ref, paris) {
			got = append(got, show(e))
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("Find(%q, %q) = %q, want %q", tc.text, tc.lang, got, tc.want)
		}
	}
}

func TestFindDatePrecision(t *testing.T) {
	t.Parallel()
	got := Find("le 24 avril et en mars", "fr", mustRef(t, ""), paris)
	if len(got) != 2 {
		t.Fatalf("Find = %v, want 2 expressions", got)
	}
	if want := vigie.Day(time.Date(2021, 4, 24, 0, 0, 0, 0, time.UTC)); got[0].Date != want {
		t.Errorf("day = %#v, want %#v", got[0].Date, want)
	}
	if got[1].Date.Precision != vigie.PrecisionMonth || got[1].Date.Time != time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC) {
		t.Errorf("month = %#v, want March 2021 at month precision", got[1].Date)
	}
}

func TestEveryLanguageHasRules(t *testing.T) {
	t.Parallel()
	for _, l := range languages {
		if len(rulesFor(l.code).rules) <= len(compileNumeric()) {
			t.Errorf("%s has no rules", l.code)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"dans la nuit du mercredi 26 au jeudi 27 octobre, vers 1 heure du matin",
		"between February 6 and March 5, 2024; last Thursday; 24/04/2021",
		"am Freitagabend, dem 13. März, vor zehn Tagen",
		"nella notte tra domenica e lunedì, dall'8 al 10 marzo",
		"hace unos días, la madrugada del domingo al lunes",
		"lunedì\u00a024 aprile 2021 é\xff", "", "31 février", "le 1er",
	} {
		f.Add(s)
	}
	ref := time.Date(2021, 4, 27, 15, 30, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		for _, lang := range []string{"fr", "en", "de", "it", "es", "nl", "pt", ""} {
			got := Find(text, lang, ref, paris)
			checkExprs(t, text, got)
			if full := find(text, lang, ref, paris, true); !slices.Equal(shows(full), shows(got)) {
				t.Fatalf("%s: a full scan of %q finds %q, Find %q", lang, text, shows(full), shows(got))
			}
		}
	})
}

// TestScanMatchesFullScan runs the token scan and a plain scan of every
// rule over long texts in every language.
func TestScanMatchesFullScan(t *testing.T) {
	t.Parallel()
	ref := mustRef(t, "2022-10-29 10:00")
	texts := []string{article, mixed}
	for _, lang := range []string{"fr", "en", "de", "it", "es", "nl", "pt", ""} {
		for _, text := range texts {
			got := shows(Find(text, lang, ref, paris))
			if full := shows(find(text, lang, ref, paris, true)); !slices.Equal(full, got) {
				t.Errorf("%s: a full scan finds\n%q\nFind finds\n%q", lang, full, got)
			}
			if lang == "fr" && text == article && len(got) < 20 {
				t.Errorf("fr: Find found only %q in the article", got)
			}
		}
	}
}

// mixed holds expressions of every language, glued and spaced oddly.
const mixed = "Lundi,mardi;hier-soir. Am Freitagabend,dem 13. März vor zehn Tagen; gestern Abendessen. " +
	"over the weekend of April 24 and 25, 2021 and last Thursday night, two weeks ago. " +
	"nella notte tra domenica e lunedì, dall'8 al 10 marzo, l'altroieri, stamattina. " +
	"hace unos días, la madrugada del domingo al lunes, el pasado fin de semana. " +
	"vrijdagavond, gisteravond, tien dagen geleden; na segunda-feira passada, há dez dias. " +
	"mi-janvier 2022, la semaine dernière, il y a vingt et un jours, début du mois de mars, 24/04/2021, 2021-04-24T10:00Z." +
	"dans la nuit du mercredi 26\n au jeudi 27 octobre, le week-end des 24-25 septembre, du 6 au 8 mars 2022."

func checkExprs(t *testing.T, text string, exprs []Expr) {
	t.Helper()
	prev := 0
	for _, e := range exprs {
		if e.Start < prev || e.End <= e.Start || e.End > len(text) {
			t.Fatalf("bad offsets %d-%d after %d in %q", e.Start, e.End, prev, text)
		}
		if e.Text != text[e.Start:e.End] {
			t.Fatalf("Text %q != text[%d:%d] %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
		if p := e.Date.Precision; e.Date.IsZero() || (p != vigie.PrecisionDay && p != vigie.PrecisionMonth) {
			t.Fatalf("%q: bad date %#v", e.Text, e.Date)
		}
		prev = e.End
	}
}

// article is 3 kB of French news with some thirty date expressions.
const article = `Cyberattaque : la mairie de Frontignan paralysée depuis jeudi.
La commune a été victime d'une attaque par rançongiciel dans la nuit du mercredi 26 au jeudi 27 octobre, vers 1 heure du matin. ` +
	`Les 300 postes de travail et 2 serveurs sur 200 ont été chiffrés ; la rançon demandée s'élèverait à 150 000 euros. ` +
	`Le maire, qui s'exprimait ce matin lors d'une conférence de presse à 11h30, a indiqué que les services avaient été coupés dès jeudi dernier. ` +
	`« Il y a quelques jours, nous avions déjà constaté des connexions suspectes », explique le directeur général des services. ` +
	`Une plainte a été déposée le 28 octobre 2022 auprès du parquet, et l'ANSSI est intervenue pendant le week-end. ` +
	`L'agglomération voisine avait subi une attaque similaire en décembre 2020, puis une autre mi-janvier, et une troisième il y a trois semaines. ` +
	`Les services de l'état civil fonctionnent en mode dégradé du 27 octobre au 4 novembre ; les paiements en ligne sont suspendus jusqu'à nouvel ordre. ` +
	`Selon la préfecture, les premiers signes remontent à la semaine dernière, peut-être même au début du mois. ` +
	`En 2020, 40 collectivités avaient été touchées en France. Hier soir, le conseil municipal s'est réuni en urgence. ` +
	`Les élus ont voté une enveloppe de 50 000 euros pour reconstruire le système d'information d'ici le 15 décembre. ` +
	`Le prestataire informatique, contacté lundi, n'a pas souhaité répondre. Les données de 12 000 habitants pourraient avoir été dérobées ; ` +
	`elles seraient publiées sur le site du groupe LockBit le 10/11/2022 si la rançon n'est pas payée. ` +
	`Le précédent incident, survenu dans la nuit de dimanche à lundi le 3 avril, avait été maîtrisé en 48 heures. ` +
	`Depuis le début du mois de septembre, la commune avait pourtant renforcé ses sauvegardes. ` +
	`La cellule de crise se réunira de nouveau demain à 9 heures, puis vendredi 4 novembre. ` +
	`Contactée par notre rédaction, la préfète a rappelé que trois communes du département avaient déjà été visées depuis janvier, ` +
	`dont l'une dans la nuit du 12 au 13 mars, et qu'un exercice de gestion de crise avait été organisé il y a deux mois. ` +
	`Les habitants sont invités à se méfier des courriels frauduleux qui circulent depuis le week-end dernier ; ` +
	`plusieurs d'entre eux, reçus samedi 22 octobre, imitaient les factures d'eau de la régie municipale. ` +
	`Le numéro d'urgence mis en place mardi reste joignable de 8 h 30 à 18 heures, du lundi au vendredi. ` +
	`Enfin, le rapport d'activité 2021 de la commune, publié le 30/06/2022, mentionnait déjà des failles dans la politique de sauvegarde.`

func BenchmarkFind(b *testing.B) {
	text := article
	ref := time.Date(2022, 10, 29, 10, 0, 0, 0, paris)
	Find(text, "fr", ref, paris) // compile the rules outside the loop
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Find(text, "fr", ref, paris)
	}
}

func BenchmarkFindAllLanguages(b *testing.B) {
	ref := time.Date(2022, 10, 29, 10, 0, 0, 0, paris)
	Find(article, "", ref, paris)
	b.SetBytes(int64(len(article)))
	b.ResetTimer()
	for b.Loop() {
		Find(article, "", ref, paris)
	}
}

func TestTokenKeyIsNormWord(t *testing.T) {
	t.Parallel()
	for _, w := range []string{"Dienstag", "März", "Maerz", "DÉCEMBRE", "lunedì", "Œuvre", "STRAßE", "miércoles", "x²", "Ångström", "Ħal", "ΑΘΗΝΑ"} {
		if got, want := tokenKey(w), normWord(w); got != want {
			t.Errorf("tokenKey(%q) = %q, normWord %q", w, got, want)
		}
	}
}

// BenchmarkFindSentence is the way incident calls Find: one sentence at a time.
func BenchmarkFindSentence(b *testing.B) {
	const s = "La commune a été victime d'une attaque par rançongiciel dans la nuit du mercredi 26 au jeudi 27 octobre, vers 1 heure du matin."
	ref := time.Date(2022, 10, 29, 10, 0, 0, 0, paris)
	Find(s, "fr", ref, paris)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		Find(s, "fr", ref, paris)
	}
}
