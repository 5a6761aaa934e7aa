package incident

import (
	"fmt"
	"testing"
)

func TestFindNamed(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text, lang string
		want       []string // kind|anchor|name|article|marked
	}{
		{"La mairie de Marolles-en-Brie révèle une attaque", "fr", []string{"commune|mairie|Marolles-en-Brie||false"}},
		{"la mairie des Mureaux ciblée", "fr", []string{"commune|mairie|Mureaux|les|false"}},
		{"la Communauté d'agglomération du Grand Annecy", "fr", []string{"intercommunalite|Communauté d'agglomération|Grand Annecy|le|false"}},
		{"Chaville town hall paralysed", "en", []string{"commune|town hall|Chaville||false"}},
		{"la ville d'Angers et Angers Loire Métropole", "fr", []string{"commune|ville|Angers||false", "intercommunalite|Métropole|Angers Loire||false"}},
		{"Annecy : moins d'un an après l'agglomération, la ville visée", "fr", []string{"intercommunalite|agglomération|||true", "commune|ville|||false"}},
		{"l'hôpital d'Albertville-Moûtiers touché", "fr", []string{"hospital|hôpital|Albertville-Moûtiers||false"}},
		{"Annecy-founded IT group Sopra Steria hit", "en", []string{"company|group|Sopra Steria||false"}},
		{"il municipio di Bourg-Saint-Maurice", "it", []string{"commune|municipio|Bourg-Saint-Maurice||false"}},
		{"Cyberangriff auf die Stadt Marseille", "de", []string{"commune|Stadt|Marseille||false"}},
		{"la communauté urbaine Caen la Mer", "fr", []string{"intercommunalite|communauté urbaine|Caen la Mer||false"}},
		{"la ville allemande de Goslar découvre", "fr", []string{"commune|ville|Goslar||false"}},
		{"il comune ticinese di Mendrisio", "it", []string{"commune|comune|Mendrisio||false"}},
		{"el municipio malagueño de Mijas", "es", []string{"commune|municipio|Mijas||false"}},
		{"la commune voisine de Kerkrade", "fr", []string{"commune|commune|||false"}},
		{"Irish county council shuts down IT", "en", []string{"departement|county council|||false"}},
		{"the Dutch water board Waterschap Aa en Maas was hit", "en", []string{"local-public-body|Waterschap|Aa en Maas||false"}},
		{"Bossche verpakkingsbedrijf slachtoffer van cyberaanval", "nl", []string{"company|verpakkingsbedrijf|Bossche||false"}},
		{"Waterschap Aa en Maas getroffen door ransomware", "nl", []string{"local-public-body|Waterschap|Aa en Maas||false"}},
		// what a syndicate serves stands between its kind and its name
		{"le syndicat des eaux de la Dranse visé", "fr", []string{"local-public-body|syndicat|Dranse|la|false"}},
		{"la gestion du Syndicat des eaux du Val de Loire", "fr", []string{"local-public-body|Syndicat|Val de Loire|le|false"}},
		{"le syndicat a découvert lundi que la mairie de Lyon", "fr", []string{"local-public-body|syndicat|||false", "commune|mairie|Lyon||false"}},
		// a council named after two towns joined by "&"
		{"Last summer's attack on Folkestone & Hythe District Council cost", "en", []string{"commune|District Council|Folkestone & Hythe||false"}},
		// or two services joined by "and", capitalised in an official name
		{"le syndicat des eaux et d'assainissement de Lunel visé", "fr", []string{"local-public-body|syndicat|Lunel||false"}},
		{"uma coima aos Serviços Municipalizados de Água e Saneamento de Sintra", "pt", []string{"local-public-body|Serviços Municipalizados|Sintra||false"}},
		{"le syndicat de Bellegarde et Lancrans", "fr", []string{"local-public-body|syndicat|Bellegarde||false"}},
		// a local authority in Portuguese
		{"o ataque que deixou a autarquia de Fafe sem sistemas", "pt", []string{"commune|autarquia|Fafe||false"}},
		// a body called by its kind right after "the attack on" is the one the text is about
		{"Eine Woche nach dem Angriff auf die Kreisverwaltung läuft der Betrieb an", "de", []string{"departement|Kreisverwaltung|||false"}},
		// a Landratsamt in English
		{"The district office in Offenburg shut down its services", "en", []string{"departement|district office|||false"}},
		// a name before its anchor ends on a capital
		{"Selon le Landratsamt, des serveurs ont été chiffrés", "fr", []string{"departement|Landratsamt|||false"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, b := range findNamed(tc.text, tc.lang) {
				got = append(got, fmt.Sprintf("%s|%s|%s|%s|%v", b.AnchorKind, b.Anchor, b.Proper, b.Article, b.Marked))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("findNamed(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
