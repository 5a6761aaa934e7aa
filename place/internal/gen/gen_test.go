package main

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// generatedWorld reads the committed world.tsv.gz: for each official name
// and country, the admin1 codes of the places with that name.
func generatedWorld(tb testing.TB) map[string][]string {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "..", "data", "world.tsv.gz"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string][]string{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		name, _, _ := strings.Cut(fields[6], "|")
		out[fields[1]+"/"+name] = append(out[fields[1]+"/"+name], fields[2])
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// TestAdmin1 checks the hand-written admin1 table against the data: a
// well-known city in every region lands in that region.
func TestAdmin1(t *testing.T) {
	t.Parallel()
	world := generatedWorld(t)
	seen := map[string]bool{}
	for _, tc := range []struct{ country, city, region string }{
		{"CH", "Lausanne", "Vaud"}, {"CH", "Zürich", "Zürich"}, {"CH", "Genève", "Genève"}, {"CH", "Bern", "Bern"},
		{"CH", "Sitten", "Valais"}, {"CH", "Fribourg", "Fribourg"}, {"CH", "Neuchâtel", "Neuchâtel"},
		{"CH", "Delémont", "Jura"}, {"CH", "Basel", "Basel-Stadt"}, {"CH", "Liestal", "Basel-Landschaft"},
		{"CH", "Aarau", "Aargau"}, {"CH", "Luzern", "Luzern"}, {"CH", "Lugano", "Ticino"}, {"CH", "Chur", "Graubünden"},
		{"CH", "Sankt Gallen", "St. Gallen"}, {"CH", "Schaffhausen", "Schaffhausen"}, {"CH", "Solothurn", "Solothurn"},
		{"CH", "Frauenfeld", "Thurgau"}, {"CH", "Zug", "Zug"}, {"CH", "Schwyz", "Schwyz"}, {"CH", "Altdorf", "Uri"},
		{"CH", "Glarus", "Glarus"}, {"CH", "Stans", "Nidwalden"}, {"CH", "Sarnen", "Obwalden"},
		{"CH", "Appenzell", "Appenzell Innerrhoden"}, {"CH", "Herisau", "Appenzell Ausserrhoden"},
		{"DE", "Köthen", "Sachsen-Anhalt"}, {"DE", "Magdeburg", "Sachsen-Anhalt"}, {"DE", "Stuttgart", "Baden-Württemberg"},
		{"DE", "Munich", "Bayern"}, {"DE", "Bremen", "Bremen"}, {"DE", "Hamburg", "Hamburg"},
		{"DE", "Frankfurt am Main", "Hessen"}, {"DE", "Hannover", "Niedersachsen"}, {"DE", "Köln", "Nordrhein-Westfalen"},
		{"DE", "Mainz", "Rheinland-Pfalz"}, {"DE", "Saarbrücken", "Saarland"}, {"DE", "Kiel", "Schleswig-Holstein"},
		{"DE", "Potsdam", "Brandenburg"}, {"DE", "Rostock", "Mecklenburg-Vorpommern"}, {"DE", "Dresden", "Sachsen"},
		{"DE", "Erfurt", "Thüringen"}, {"DE", "Berlin", "Berlin"},
		{"IT", "Palermo", "Sicilia"}, {"IT", "Milan", "Lombardia"}, {"IT", "Rome", "Lazio"}, {"IT", "Naples", "Campania"},
		{"IT", "Turin", "Piemonte"}, {"IT", "Genoa", "Liguria"}, {"IT", "Florence", "Toscana"}, {"IT", "Bologna", "Emilia-Romagna"},
		{"IT", "Venice", "Veneto"}, {"IT", "Trieste", "Friuli-Venezia Giulia"}, {"IT", "Trento", "Trentino-Alto Adige/Südtirol"},
		{"IT", "Aosta", "Valle d'Aosta"}, {"IT", "Cagliari", "Sardegna"}, {"IT", "Bari", "Puglia"}, {"IT", "Potenza", "Basilicata"},
		{"IT", "Catanzaro", "Calabria"}, {"IT", "Pescara", "Abruzzo"}, {"IT", "Campobasso", "Molise"}, {"IT", "Ancona", "Marche"},
		{"IT", "Perugia", "Umbria"},
		{"ES", "Barcelona", "Catalunya"}, {"ES", "Madrid", "Comunidad de Madrid"}, {"ES", "Sevilla", "Andalucía"},
		{"ES", "Valencia", "Comunitat Valenciana"}, {"ES", "Bilbao", "País Vasco"}, {"ES", "Zaragoza", "Aragón"},
		{"ES", "Santiago de Compostela", "Galicia"}, {"ES", "Palma", "Illes Balears"}, {"ES", "Las Palmas de Gran Canaria", "Canarias"},
		{"ES", "Oviedo", "Asturias"}, {"ES", "Santander", "Cantabria"}, {"ES", "Pamplona", "Navarra"}, {"ES", "Murcia", "Región de Murcia"},
		{"ES", "Toledo", "Castilla-La Mancha"}, {"ES", "Valladolid", "Castilla y León"}, {"ES", "Mérida", "Extremadura"},
		{"ES", "Logroño", "La Rioja"}, {"ES", "Ceuta", "Ceuta"}, {"ES", "Melilla", "Melilla"},
		{"BE", "Liège", "Région wallonne"}, {"BE", "Namur", "Région wallonne"}, {"BE", "Gent", "Vlaams Gewest"}, {"BE", "Antwerpen", "Vlaams Gewest"},
		{"BE", "Brussels", "Bruxelles-Capitale"},
		{"GB", "Manchester", "England"}, {"GB", "London", "England"}, {"GB", "Edinburgh", "Scotland"},
		{"GB", "Cardiff", "Wales"}, {"GB", "Belfast", "Northern Ireland"},
		{"LU", "Luxembourg", "Luxembourg"}, {"LU", "Esch-sur-Alzette", "Esch-sur-Alzette"}, {"LU", "Diekirch", "Diekirch"},
		{"LU", "Mamer", "Capellen"}, {"LU", "Troisvierges", "Clervaux"}, {"LU", "Echternach", "Echternach"},
		{"LU", "Grevenmacher", "Grevenmacher"}, {"LU", "Mersch", "Mersch"}, {"LU", "Redange-sur-Attert", "Redange"},
		{"LU", "Remich", "Remich"}, {"LU", "Vianden", "Vianden"}, {"LU", "Wiltz", "Wiltz"},
		{"NL", "Assen", "Drenthe"}, {"NL", "Leeuwarden", "Fryslân"}, {"NL", "Arnhem", "Gelderland"},
		{"NL", "Groningen", "Groningen"}, {"NL", "Maastricht", "Limburg"}, {"NL", "Eindhoven", "Noord-Brabant"},
		{"NL", "Amsterdam", "Noord-Holland"}, {"NL", "Utrecht", "Utrecht"}, {"NL", "Middelburg", "Zeeland"},
		{"NL", "Rotterdam", "Zuid-Holland"}, {"NL", "The Hague", "Zuid-Holland"}, {"NL", "Enschede", "Overijssel"},
		{"NL", "Hengelo", "Overijssel"}, {"NL", "Hengelo", "Gelderland"}, {"NL", "Goor", "Overijssel"}, {"NL", "Lelystad", "Flevoland"},
		{"AT", "Eisenstadt", "Burgenland"}, {"AT", "Klagenfurt am Wörthersee", "Kärnten"}, {"AT", "Sankt Pölten", "Niederösterreich"},
		{"AT", "Linz", "Oberösterreich"}, {"AT", "Salzburg", "Salzburg"}, {"AT", "Graz", "Steiermark"},
		{"AT", "Innsbruck", "Tirol"}, {"AT", "Bregenz", "Vorarlberg"}, {"AT", "Vienna", "Wien"},
		{"PT", "Aveiro", "Aveiro"}, {"PT", "Beja", "Beja"}, {"PT", "Braga", "Braga"}, {"PT", "Bragança", "Bragança"},
		{"PT", "Castelo Branco", "Castelo Branco"}, {"PT", "Coimbra", "Coimbra"}, {"PT", "Évora", "Évora"}, {"PT", "Faro", "Faro"},
		{"PT", "Funchal", "Região Autónoma da Madeira"}, {"PT", "Guarda", "Guarda"}, {"PT", "Leiria", "Leiria"},
		{"PT", "Lisbon", "Lisboa"}, {"PT", "Portalegre", "Portalegre"}, {"PT", "Porto", "Porto"}, {"PT", "Santarém", "Santarém"},
		{"PT", "Setúbal", "Setúbal"}, {"PT", "Viana do Castelo", "Viana do Castelo"}, {"PT", "Vila Real", "Vila Real"},
		{"PT", "Viseu", "Viseu"}, {"PT", "Ponta Delgada", "Região Autónoma dos Açores"},
		{"IE", "Cork", "Munster"}, {"IE", "Limerick", "Munster"}, {"IE", "Dublin", "Leinster"}, {"IE", "Gaillimh", "Connacht"},
		{"IE", "Letterkenny", "Ulster"},
		{"MC", "Monaco", "Monaco"},
		{"AD", "Andorra la Vella", "Andorra la Vella"}, {"AD", "Canillo", "Canillo"}, {"AD", "Encamp", "Encamp"},
		{"AD", "la Massana", "La Massana"}, {"AD", "Ordino", "Ordino"}, {"AD", "Sant Julià de Lòria", "Sant Julià de Lòria"},
		{"AD", "les Escaldes", "Escaldes-Engordany"},
		{"PL", "Gdańsk", "Pomorskie"}, {"PL", "Sopot", "Pomorskie"}, {"PL", "Gdynia", "Pomorskie"}, {"PL", "Kraków", "Małopolskie"},
		{"PL", "Warsaw", "Mazowieckie"}, {"PL", "Wrocław", "Dolnośląskie"}, {"PL", "Bydgoszcz", "Kujawsko-Pomorskie"},
		{"PL", "Toruń", "Kujawsko-Pomorskie"}, {"PL", "Łódź", "Łódzkie"}, {"PL", "Lublin", "Lubelskie"},
		{"PL", "Zielona Góra", "Lubuskie"}, {"PL", "Gorzów Wielkopolski", "Lubuskie"}, {"PL", "Opole", "Opolskie"},
		{"PL", "Rzeszów", "Podkarpackie"}, {"PL", "Białystok", "Podlaskie"}, {"PL", "Katowice", "Śląskie"},
		{"PL", "Kielce", "Świętokrzyskie"}, {"PL", "Olsztyn", "Warmińsko-Mazurskie"}, {"PL", "Poznań", "Wielkopolskie"},
		{"PL", "Szczecin", "Zachodniopomorskie"},
		{"SE", "Stockholm", "Stockholms län"}, {"SE", "Sundsvall", "Västernorrlands län"}, {"SE", "Härnösand", "Västernorrlands län"},
		{"SE", "Malmö", "Skåne län"}, {"SE", "Lund", "Skåne län"}, {"SE", "Göteborg", "Västra Götalands län"}, {"SE", "Uppsala", "Uppsala län"},
		{"SE", "Karlskrona", "Blekinge län"}, {"SE", "Gävle", "Gävleborgs län"}, {"SE", "Visby", "Gotlands län"},
		{"SE", "Halmstad", "Hallands län"}, {"SE", "Östersund", "Jämtlands län"}, {"SE", "Jönköping", "Jönköpings län"},
		{"SE", "Kalmar", "Kalmar län"}, {"SE", "Falun", "Dalarnas län"}, {"SE", "Växjö", "Kronobergs län"},
		{"SE", "Luleå", "Norrbottens län"}, {"SE", "Kiruna", "Norrbottens län"}, {"SE", "Örebro", "Örebro län"},
		{"SE", "Linköping", "Östergötlands län"}, {"SE", "Nyköping", "Södermanlands län"}, {"SE", "Karlstad", "Värmlands län"},
		{"SE", "Umeå", "Västerbottens län"}, {"SE", "Västerås", "Västmanlands län"},
	} {
		codes := world[tc.country+"/"+tc.city]
		if len(codes) == 0 {
			t.Errorf("%s (%s) is not in world.tsv.gz", tc.city, tc.country)
			continue
		}
		var names []string
		for _, code := range codes {
			country, admin, _ := strings.Cut(code, ".")
			names = append(names, admin1[country][admin].name)
			if admin1[country][admin].name == tc.region {
				seen[code] = true
			}
		}
		if !slices.Contains(names, tc.region) {
			t.Errorf("%s (%s) is in %v, want %s", tc.city, tc.country, names, tc.region)
		}
	}
	for country, areas := range admin1 {
		for code, a := range areas {
			if !seen[country+"."+code] {
				t.Errorf("no city checks region %s.%s (%s)", country, code, a.name)
			}
		}
	}
}

// TestKeepPlace checks the population thresholds of Poland and Sweden,
// which the other countries do not have.
func TestKeepPlace(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		country    string
		population int
		want       bool
	}{
		{"PL", 4999, false}, {"PL", 5000, true}, {"SE", 1999, false}, {"SE", 2000, true},
		{"DE", 500, true}, {"AT", 0, true}, {"NO", 100000, false},
	} {
		c := &city{class: "P", code: "PPL", country: tc.country, admin: [4]string{"01"}, population: tc.population}
		if got := keepPlace(c); got != tc.want {
			t.Errorf("keepPlace(%s, %d inhabitants) = %v, want %v", tc.country, tc.population, got, tc.want)
		}
	}
}

func TestSeatOf(t *testing.T) {
	t.Parallel()
	members := func(ms ...any) jsonEPCI {
		var e jsonEPCI
		for i := 0; i < len(ms); i += 3 {
			e.Membres = append(e.Membres, struct {
				Code       string `json:"code"`
				Nom        string `json:"nom"`
				Population int    `json:"populationMunicipale"`
			}{ms[i].(string), ms[i+1].(string), ms[i+2].(int)})
		}
		return e
	}
	for _, tc := range []struct {
		name  string
		e     jsonEPCI
		seat  string
		named bool
	}{
		{"CA du Grand Annecy", members("74010", "Annecy", 130000, "74256", "Sevrier", 4000), "74010", true},
		{"CC de Haute-Tarentaise", members("73257", "Séez", 2300, "73054", "Bourg-Saint-Maurice", 7270, "73296", "Tignes", 2000), "73054", false},
		{"CU Angers Loire Métropole", members("49099", "Avrillé", 13000, "49007", "Angers", 155000), "49007", true},
		{"CA Beaune, Côte et Sud - Communauté Beaune-Chagny-Nolay", members("71073", "Chagny", 5500, "21054", "Beaune", 20000, "21461", "Nolay", 1500), "21054", true},
		{"CC du Pays de Pontchâteau St-Gildas-des-Bois", members("44129", "Pontchâteau", 11000, "44154", "Saint-Gildas-des-Bois", 3600, "44041", "Crossac", 3000), "44129", true},
		{"CC de la Moivre à la Coole", members("51177", "Courtisols", 2343, "51376", "Moivre", 54), "51177", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.e.Nom = tc.name
			if seat, named := seatOf(tc.e, nil); seat != tc.seat || named != tc.named {
				t.Errorf("seatOf(%s) = %s, %v; want %s, %v", tc.name, seat, named, tc.seat, tc.named)
			}
		})
	}
}

func TestPlaceNames(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		c    city
		want []string
	}{
		{city{name: "Biel/Bienne"}, []string{"Biel/Bienne", "Biel", "Bienne"}},
		{city{name: "Köthen", alternates: []string{"Koethen", "Köthen (Anhalt)", "KTN", "mi lan", "Кётен", "Lungsod ng Köthen", "Cothen"}},
			[]string{"Köthen", "Koethen", "Köthen (Anhalt)", "Cothen"}},
		{city{name: "Halle (Saale)"}, []string{"Halle (Saale)", "Halle"}},
		{city{name: "Genève", alternates: []string{"Geneve", "Geneva", "Genf", "GVA", "Ĝenevo"}}, []string{"Genève", "Geneva", "Genf", "Ĝenevo"}},
		{city{name: "Vienna", country: "AT", alternates: []string{"Bienne", "Vienne", "Wien"}}, []string{"Vienna", "Vienne", "Wien"}},
	} {
		t.Run(tc.c.name, func(t *testing.T) {
			t.Parallel()
			if got := placeNames(&tc.c); !slices.Equal(got, tc.want) {
				t.Errorf("placeNames(%s) = %q, want %q", tc.c.name, got, tc.want)
			}
		})
	}
}

func TestBest(t *testing.T) {
	t.Parallel()
	cands := []*city{
		{name: "Seynod", code: "PPL", population: 18590},
		{name: "Annecy-le-Vieux", code: "PPL", population: 21521},
		{name: "Annecy", code: "PPLA2", population: 49232},
		{name: "Tassin-la-Demi-Lune", code: "PPL", population: 16920},
	}
	if b := best(cands, "Annecy"); b.name != "Annecy" {
		t.Errorf("best(Annecy) = %s", b.name)
	}
	if b := best(cands, "Arboys en Bugey"); b.name != "Annecy" { // no name matches: the PPLA
		t.Errorf("best(Arboys en Bugey) = %s, want the PPLA", b.name)
	}
}

func TestOfficialFor(t *testing.T) {
	for _, c := range []struct {
		official string
		names    []string
		want     string
		own      bool
	}{
		{"Roma", []string{"Rome", "Roma", "Rom"}, "Roma", true},
		{"St. Gallen", []string{"Sankt Gallen", "St. Gallen"}, "St. Gallen", true},
		{"Zwettl-Niederösterreich", []string{"Zwettl Stadt", "Zwettl", "Zwettl-Niederösterreich"}, "Zwettl-Niederösterreich", true},
		{"Coruña, A", []string{"A Coruna", "A Coruña", "La Coruña"}, "A Coruña", true},
		{"Hospitalet de Llobregat, L'", []string{"Hospitalet", "L'Hospitalet de Llobregat"}, "L'Hospitalet de Llobregat", true},
		{"Alicante/Alacant", []string{"Alicante", "Alacant"}, "Alicante/Alacant", true},
		{"Potenza", []string{"Potenza", "Oppido Lucano"}, "", true},                    // the same name: nothing to change
		{"Borriana/Burriana", []string{"Burriana", "Borriana"}, "", true},              // GeoNames has the Castilian half
		{"Bruck i.d.OPf.", []string{"Bruck", "Bruck i.d.OPf."}, "", true},              // an abbreviation says less
		{"Oppido Lucano", []string{"Oppido Lucano", "Palmira"}, "", true},              // its own place, named alike
		{"Porto Viro", []string{"Adria", "Atria"}, "", false},                          // not this place's name
		{"Lübben (Spreewald) / Lubin (Błota)", []string{"Lubin", "Lübben"}, "", false}, // no name of the place in full
	} {
		got, own := officialFor(c.official, c.names)
		if got != c.want || own != c.own {
			t.Errorf("officialFor(%q, %q) = %q, %v; want %q, %v", c.official, c.names, got, own, c.want, c.own)
		}
	}
}
