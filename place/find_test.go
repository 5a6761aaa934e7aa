package place

import (
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	type want struct {
		text string
		kind MentionKind
		code string
	}
	for _, tc := range []struct {
		desc, text string
		want       []want
	}{
		{"in parentheses", "Marolles-en-Brie (Val-de-Marne) : la mairie", []want{{"Val-de-Marne", KindDepartment, "94"}}},
		{"after en", "Un rançongiciel en Savoie.", []want{{"Savoie", KindDepartment, "73"}}},
		{"headline", "Bas-Rhin : une semaine après", []want{{"Bas-Rhin", KindDepartment, "67"}}},
		{"German", "Köthen in Sachsen-Anhalt", []want{{"Sachsen-Anhalt", KindRegion, "DE.14"}}},
		{"a canton's police", "Die Kantonspolizei Bern ermittelt.", []want{{"Bern", KindRegion, "CH.BE"}}},
		{"code in parentheses", "Annecy (74), Bourg-Saint-Maurice (73) et Ajaccio (2A), pas (75000) ni (99)", []want{{"74", KindDepartment, "74"}, {"73", KindDepartment, "73"}, {"2A", KindDepartment, "2A"}}},
		{"code after something else", "Commentaires (87), Annecy (73), (74)", nil},
		{"inside compound names", "Nogent-sur-Marne, Champigny-sur-Marne, Villeneuve-sur-Lot, Marche-en-Famenne", nil},
		{"longest name", "la Haute-Savoie et la Savoie", []want{{"Haute-Savoie", KindDepartment, "74"}, {"Savoie", KindDepartment, "73"}}},
		{"common word opening a sentence", "Cher lecteur, le Cher est là.", []want{{"Cher", KindDepartment, "18"}}},
		{"common word in a headline", "Somme : la mairie d'Amiens", []want{{"Somme", KindDepartment, "80"}}},
		{"lower case", "un lot de données, la marche, la somme", nil},
		{"with its article", "sur l'île de la Réunion", []want{{"la Réunion", KindDepartment, "974"}}},
		{"countries", "en Suisse et en Allemagne, in Switzerland", []want{{"Suisse", KindCountry, "CH"}, {"Allemagne", KindCountry, "DE"}, {"Switzerland", KindCountry, "CH"}}},
		{"région", "Provence-Alpes-Côte d'Azur et Auvergne-Rhône-Alpes", []want{{"Provence-Alpes-Côte d'Azur", KindRegion, "93"}, {"Auvergne-Rhône-Alpes", KindRegion, "84"}}},
		{"former région", "Alsace: Eschau town hall", []want{{"Alsace", KindRegion, "44"}}},
		{"Italian", "Savoia, attacco informatico", []want{{"Savoia", KindDepartment, "73"}}},
		{"French over Swiss", "le Jura", []want{{"Jura", KindDepartment, "39"}}},
		{"canton", "dans le canton de Vaud", []want{{"Vaud", KindRegion, "CH.VD"}}},
		{"Belgian region", "en Wallonie", []want{{"Wallonie", KindRegion, "BE.WAL"}}},
		{"country in English", "France's ANSSI", []want{{"France", KindCountry, "FR"}}},
		{"after a preposition opening a headline", "Dalla Spagna al Portogallo, due municipi nel mirino", []want{{"Spagna", KindCountry, "ES"}, {"Portogallo", KindCountry, "PT"}}},
		{"inside a longer proper name", "Angers Loire Métropole et l'Hôpital Nord Franche-Comté. Loire Atlantique", []want{{"Loire Atlantique", KindDepartment, "44"}}},
		{"after a capitalised lead word", "Région Grand Est. Cyberattack In Savoie", []want{{"Grand Est", KindRegion, "44"}, {"Savoie", KindDepartment, "73"}}},
		{"countries added later", "aux Pays-Bas, en Autriche, au Portugal, en Irlande, à Monaco et en Andorre; in Ireland, Österreich, Nederland",
			[]want{{"Pays-Bas", KindCountry, "NL"}, {"Autriche", KindCountry, "AT"}, {"Portugal", KindCountry, "PT"}, {"Irlande", KindCountry, "IE"},
				{"Monaco", KindCountry, "MC"}, {"Andorre", KindCountry, "AD"}, {"Ireland", KindCountry, "IE"}, {"Österreich", KindCountry, "AT"}, {"Nederland", KindCountry, "NL"}}},
		{"Dutch, Austrian and Portuguese regions", "in Noord-Holland, en Styrie, in Tirol, à Madère",
			[]want{{"Noord-Holland", KindRegion, "NL.07"}, {"Styrie", KindRegion, "AT.06"}, {"Tirol", KindRegion, "AT.07"}, {"Madère", KindRegion, "PT.10"}}},
		{"accents tell a city from a province", "in Münster, in Munster", []want{{"Munster", KindRegion, "IE.M"}}},
		{"Italian verb", "Guarda il video. A Guarda", []want{{"Guarda", KindRegion, "PT.11"}}},
		{"Poland and Sweden", "en Pologne et en Suède; in Polska, Sverige, Schweden",
			[]want{{"Pologne", KindCountry, "PL"}, {"Suède", KindCountry, "SE"}, {"Polska", KindCountry, "PL"}, {"Sverige", KindCountry, "SE"}, {"Schweden", KindCountry, "SE"}}},
		{"voivodeships and län", "en Poméranie. Województwo małopolskie, in Skåne, Västernorrlands län",
			[]want{{"Poméranie", KindRegion, "PL.82"}, {"Województwo małopolskie", KindRegion, "PL.77"}, {"Skåne", KindRegion, "SE.27"}, {"Västernorrlands län", KindRegion, "SE.24"}}},
		{"a town, not its län; a lorry maker, not Skåne", "in Stockholm, Scania's trucks", nil},
		{"empty", "", nil},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			t.Parallel()
			got := g.Find(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %+v, want %d mentions", tc.text, got, len(tc.want))
			}
			for i, m := range got {
				w := tc.want[i]
				if m.Text != w.text || m.Kind != w.kind || m.Code != w.code || tc.text[m.Start:m.End] != m.Text {
					t.Errorf("Find(%q)[%d] = %+v, want %q %s %s", tc.text, i, m, w.text, w.kind, w.code)
				}
			}
		})
	}
}

func TestFindFields(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	text := "À Marolles-en-Brie (Val-de-Marne), en Suisse, in Bayern."
	got := g.Find(text)
	want := []Mention{
		{Kind: KindDepartment, Text: "Val-de-Marne", Code: "94", Name: "Val-de-Marne", Region: "Île-de-France", Country: "FR"},
		{Kind: KindCountry, Text: "Suisse", Code: "CH", Name: "Suisse", Country: "CH"},
		{Kind: KindRegion, Text: "Bayern", Code: "DE.02", Name: "Bayern", Region: "Bayern", Country: "DE"},
	}
	if len(got) != len(want) {
		t.Fatalf("Find = %+v, want %d mentions", got, len(want))
	}
	for i := range want {
		want[i].Start = strings.Index(text, want[i].Text)
		want[i].End = want[i].Start + len(want[i].Text)
		if got[i] != want[i] {
			t.Errorf("Find[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
}
