package place

import (
	"slices"
	"testing"
)

// mustGazetteer returns the default gazetteer, shared by the tests.
func mustGazetteer(tb testing.TB) *Gazetteer {
	tb.Helper()
	g := Default()
	if g == nil || len(g.communes) == 0 {
		tb.Fatal("place: empty gazetteer")
	}
	return g
}

func mustCommune(tb testing.TB, g *Gazetteer, insee string) Commune {
	tb.Helper()
	c, ok := g.Commune(insee)
	if !ok {
		tb.Fatalf("Commune(%q): not found", insee)
	}
	return c
}

func TestCommunesSpellings(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, tc := range []struct{ name, insee, alias string }{
		{"Bourg-Saint-Maurice", "73054", ""},
		{"bourg saint maurice", "73054", ""},
		{"BOURG-ST-MAURICE", "73054", ""},
		{"Bourg St Maurice", "73054", ""},
		{"Saint-Cloud", "92064", ""},
		{"St-Cloud", "92064", ""},
		{"Les Mureaux", "78440", ""},
		{"Mureaux", "78440", ""},
		{"les mureaux", "78440", ""},
		{"Onet le Chateau", "12176", ""},
		{"Maisons Alfort", "94046", ""},
		{"Gif sur Yvette", "91272", ""},
		{"Aulnoye Aymeries", "59033", ""},
		{"Séez", "73285", ""},
		{"Seez", "73285", ""},
		{"Annecy-le-Vieux", "74010", "Annecy-le-Vieux"},
		{"Paris 15e Arrondissement", "75056", "Paris 15e Arrondissement"},
		{"Paris 15e", "75056", "Paris 15e"},
		{"15e arrondissement de Paris", "75056", "15e arrondissement de Paris"},
		{"Marseille 1er Arrondissement", "13055", "Marseille 1er Arrondissement"},
		{"Lyon 3e Arrondissement", "69123", "Lyon 3e Arrondissement"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cs := g.Communes(tc.name)
			if len(cs) == 0 {
				t.Fatalf("Communes(%q): none", tc.name)
			}
			if cs[0].INSEE != tc.insee || cs[0].Alias != tc.alias {
				t.Errorf("Communes(%q)[0] = %s %s alias %q, want %s alias %q", tc.name, cs[0].Name, cs[0].INSEE, cs[0].Alias, tc.insee, tc.alias)
			}
		})
	}
}

func TestCommunesHomonyms(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	cs := g.Communes("Marolles-en-Brie")
	if len(cs) != 2 || cs[0].INSEE != "94048" || cs[1].INSEE != "77278" {
		t.Errorf("Communes(Marolles-en-Brie) = %+v, want 94048 then 77278", cs)
	}
	codes := map[string]bool{}
	for _, c := range g.Communes("Saint-Denis") {
		codes[c.INSEE] = true
	}
	for _, want := range []string{"93066", "97411"} {
		if !codes[want] {
			t.Errorf("Communes(Saint-Denis) lacks %s", want)
		}
	}
	if cs := g.Communes("Nowhere-on-Sea-sur-Mer"); cs != nil {
		t.Errorf("Communes(Nowhere…) = %+v, want nil", cs)
	}
}

func TestCommunesNeighbours(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, tc := range []struct{ name, want, region, country string }{
		{"Köthen (Anhalt)", "Köthen", "Sachsen-Anhalt", "DE"},
		{"Köthen", "Köthen", "Sachsen-Anhalt", "DE"},
		{"Lausanne", "Lausanne", "Vaud", "CH"},
		{"Genève", "Genève", "Genève", "CH"},
		{"Geneva", "Genève", "Genève", "CH"},
		{"Genf", "Genève", "Genève", "CH"},
		{"München", "München", "Bayern", "DE"},
		{"Munich", "München", "Bayern", "DE"},
		{"Milano", "Milano", "Lombardia", "IT"},
		{"Palermo", "Palermo", "Sicilia", "IT"},
		{"Manchester", "Manchester", "England", "GB"},
		{"Liège", "Liège", "Région wallonne", "BE"},
		{"Gent", "Gent", "Vlaams Gewest", "BE"},
		{"Zürich", "Zürich", "Zürich", "CH"},
		{"Zurich", "Zürich", "Zürich", "CH"},
		{"Barcelona", "Barcelona", "Catalunya", "ES"},
		{"Bienne", "Biel/Bienne", "Bern", "CH"},
		{"Esch-sur-Alzette", "Esch-sur-Alzette", "Esch-sur-Alzette", "LU"},
		{"Amsterdam", "Amsterdam", "Noord-Holland", "NL"},
		{"Den Haag", "Den Haag", "Zuid-Holland", "NL"},
		{"The Hague", "Den Haag", "Zuid-Holland", "NL"},
		{"Den Bosch", "'s-Hertogenbosch", "Noord-Brabant", "NL"},
		{"Enschede", "Enschede", "Overijssel", "NL"},
		{"Goor", "Goor", "Overijssel", "NL"},
		{"Leeuwarden", "Leeuwarden", "Fryslân", "NL"},
		{"Almere", "Almere", "Flevoland", "NL"},
		{"Graz", "Graz", "Steiermark", "AT"},
		{"Innsbruck", "Innsbruck", "Tirol", "AT"},
		{"Wien", "Wien", "Wien", "AT"},
		{"Vienna", "Wien", "Wien", "AT"},
		{"St. Pölten", "Sankt Pölten", "Niederösterreich", "AT"},
		{"Porto", "Porto", "Porto", "PT"},
		{"Lisbon", "Lisboa", "Lisboa", "PT"},
		{"Lisbonne", "Lisboa", "Lisboa", "PT"},
		{"Funchal", "Funchal", "Região Autónoma da Madeira", "PT"},
		{"Cork", "Cork", "Munster", "IE"},
		{"Galway", "Galway", "Connacht", "IE"},
		{"Gaillimh", "Galway", "Connacht", "IE"},
		{"Mullingar", "Mullingar", "Leinster", "IE"},
		{"Monaco", "Monaco", "Monaco", "MC"},
		{"Andorra la Vella", "Andorra la Vella", "Andorra la Vella", "AD"},
		{"Andorre-la-Vieille", "Andorra la Vella", "Andorra la Vella", "AD"},
		{"Escaldes-Engordany", "Escaldes-Engordany", "Escaldes-Engordany", "AD"},
		{"Sopot", "Sopot", "Pomorskie", "PL"},
		{"Gdańsk", "Gdańsk", "Pomorskie", "PL"},
		{"Gdansk", "Gdańsk", "Pomorskie", "PL"},
		{"Danzig", "Gdańsk", "Pomorskie", "PL"},
		{"Warszawa", "Warszawa", "Mazowieckie", "PL"},
		{"Warsaw", "Warszawa", "Mazowieckie", "PL"},
		{"Varsovie", "Warszawa", "Mazowieckie", "PL"},
		{"Kraków", "Kraków", "Małopolskie", "PL"},
		{"Cracovie", "Kraków", "Małopolskie", "PL"},
		{"Wrocław", "Wrocław", "Dolnośląskie", "PL"},
		{"Bielsko-Biała", "Bielsko-Biała", "Śląskie", "PL"},
		{"Sundsvall", "Sundsvall", "Västernorrlands län", "SE"},
		{"Stockholm", "Stockholm", "Stockholms län", "SE"},
		{"Göteborg", "Göteborg", "Västra Götalands län", "SE"},
		{"Gothenburg", "Göteborg", "Västra Götalands län", "SE"},
		{"Malmö", "Malmö", "Skåne län", "SE"},
		{"Uppsala", "Uppsala", "Uppsala län", "SE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cs := g.Communes(tc.name)
			if len(cs) == 0 {
				t.Fatalf("Communes(%q): none", tc.name)
			}
			c := cs[0]
			if c.Name != tc.want || c.Region != tc.region || c.Country != tc.country || c.INSEE != "" || c.GeonameID == "" {
				t.Errorf("Communes(%q)[0] = %+v, want %s in %s, %s", tc.name, c, tc.want, tc.region, tc.country)
			}
		})
	}
}

func TestCommune(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	c := mustCommune(t, g, "74010")
	p := c.Place()
	if p.Name != "Annecy" || p.INSEE != "74010" || p.Department != "74" || p.DepartmentName != "Haute-Savoie" ||
		p.Region != "Auvergne-Rhône-Alpes" || p.Country != "FR" {
		t.Errorf("Commune(74010).Place() = %+v", p)
	}
	if p.Lat < 45.8 || p.Lat > 46 || p.Lon < 6 || p.Lon > 6.2 || c.Approximate {
		t.Errorf("Annecy at %v,%v (approximate %v), want about 45.9,6.13", p.Lat, p.Lon, c.Approximate)
	}
	if c := mustCommune(t, g, "2a004"); c.Name != "Ajaccio" || c.DepartmentName != "Corse-du-Sud" || c.Region != "Corse" {
		t.Errorf("Commune(2a004) = %+v", c)
	}
	for _, code := range []string{"99999", "74011", ""} { // 74011: Annecy-le-Vieux, delegated
		if c, ok := g.Commune(code); ok {
			t.Errorf("Commune(%q) = %+v, want none", code, c)
		}
	}
}

// TestApproximatePositions checks that communes GeoNames lacks are placed
// near where they are: Marolles-en-Brie (77), 412 inhabitants, is in the
// east of Seine-et-Marne, not at Melun.
func TestApproximatePositions(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	c := mustCommune(t, g, "77278")
	if !c.Approximate {
		t.Skip("77278 now has GeoNames coordinates")
	}
	if c.Lat < 48.6 || c.Lat > 49 || c.Lon < 2.8 || c.Lon > 3.4 {
		t.Errorf("Marolles-en-Brie (77) at %v,%v, want near 48.78,3.15", c.Lat, c.Lon)
	}
	// The uninhabited French Southern Lands (984) and Clipperton (989)
	// are not in GeoNames' cities500 and have no neighbours to go by.
	for _, c := range g.communes {
		if c.Country == "FR" && !c.Place().HasPoint() && c.Department != "984" && c.Department != "989" {
			t.Errorf("%s %s has no position", c.Name, c.INSEE)
		}
	}
}

func TestDepartment(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, tc := range []struct{ in, code, name, region, chef string }{
		{"Savoie", "73", "Savoie", "Auvergne-Rhône-Alpes", "73065"},
		{"73", "73", "Savoie", "Auvergne-Rhône-Alpes", "73065"},
		{"la Savoie", "73", "Savoie", "Auvergne-Rhône-Alpes", "73065"},
		{"Savoia", "73", "Savoie", "Auvergne-Rhône-Alpes", "73065"},
		{"Val-de-Marne", "94", "Val-de-Marne", "Île-de-France", "94028"},
		{"val de marne", "94", "Val-de-Marne", "Île-de-France", "94028"},
		{"Bas-Rhin", "67", "Bas-Rhin", "Grand Est", "67482"},
		{"Corse-du-Sud", "2A", "Corse-du-Sud", "Corse", "2A004"},
		{"2A", "2A", "Corse-du-Sud", "Corse", "2A004"},
		{"2b", "2B", "Haute-Corse", "Corse", "2B033"},
		{"1", "01", "Ain", "Auvergne-Rhône-Alpes", "01053"},
		{"La Réunion", "974", "La Réunion", "La Réunion", "97411"},
		{"Territoire de Belfort", "90", "Territoire de Belfort", "Bourgogne-Franche-Comté", "90010"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			d, ok := g.Department(tc.in)
			if !ok || d.Code != tc.code || d.Name != tc.name || d.Region != tc.region || d.ChefLieu.INSEE != tc.chef {
				t.Errorf("Department(%q) = %+v, %v", tc.in, d, ok)
			}
			if p := d.Place(); p.INSEE != tc.chef || p.Department != tc.code {
				t.Errorf("Department(%q).Place() = %+v, want chef-lieu %s", tc.in, p, tc.chef)
			}
		})
	}
	for _, in := range []string{"Narnia", "", "96", "Vaud"} {
		if d, ok := g.Department(in); ok {
			t.Errorf("Department(%q) = %+v, want none", in, d)
		}
	}
}

func TestDepartmentOf(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	if d, ok := g.DepartmentOf("73054"); !ok || d.Code != "73" {
		t.Errorf("DepartmentOf(73054) = %+v, %v", d, ok)
	}
	if d, ok := g.DepartmentOf("00000"); ok {
		t.Errorf("DepartmentOf(00000) = %+v, want none", d)
	}
}

func TestRegion(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, tc := range []struct{ in, code, name, country, chef string }{
		{"Auvergne-Rhône-Alpes", "84", "Auvergne-Rhône-Alpes", "FR", "Lyon"},
		{"auvergne rhone alpes", "84", "Auvergne-Rhône-Alpes", "FR", "Lyon"},
		{"84", "84", "Auvergne-Rhône-Alpes", "FR", "Lyon"},
		{"Île-de-France", "11", "Île-de-France", "FR", "Paris"},
		{"Ile de France", "11", "Île-de-France", "FR", "Paris"},
		{"Provence-Alpes-Côte d'Azur", "93", "Provence-Alpes-Côte d'Azur", "FR", "Marseille"},
		{"PACA", "93", "Provence-Alpes-Côte d'Azur", "FR", "Marseille"},
		{"Grand Est", "44", "Grand Est", "FR", "Strasbourg"},
		{"Alsace", "44", "Grand Est", "FR", "Strasbourg"},
		{"Brittany", "53", "Bretagne", "FR", "Rennes"},
		{"Vaud", "CH.VD", "Vaud", "CH", "Lausanne"},
		{"Genève", "CH.GE", "Genève", "CH", "Genève"},
		{"Valais", "CH.VS", "Valais", "CH", "Sion"},
		{"Bavière", "DE.02", "Bayern", "DE", "München"},
		{"Sachsen-Anhalt", "DE.14", "Sachsen-Anhalt", "DE", "Magdeburg"},
		{"Saxe-Anhalt", "DE.14", "Sachsen-Anhalt", "DE", "Magdeburg"},
		{"Sicilia", "IT.15", "Sicilia", "IT", "Palermo"},
		{"Lombardie", "IT.09", "Lombardia", "IT", "Milano"},
		{"Catalogne", "ES.56", "Catalunya", "ES", "Barcelona"},
		{"Wallonie", "BE.WAL", "Région wallonne", "BE", "Namur"},
		{"Flandre", "BE.VLG", "Vlaams Gewest", "BE", "Antwerpen"},
		{"Bruxelles-Capitale", "BE.BRU", "Bruxelles-Capitale", "BE", "Bruxelles"},
		{"England", "GB.ENG", "England", "GB", "London"},
		{"Écosse", "GB.SCT", "Scotland", "GB", "Edinburgh"},
		{"ch.vd", "CH.VD", "Vaud", "CH", "Lausanne"},
		{"Noord-Holland", "NL.07", "Noord-Holland", "NL", "Haarlem"},
		{"Zuid-Holland", "NL.11", "Zuid-Holland", "NL", "Den Haag"},
		{"Friesland", "NL.02", "Fryslân", "NL", "Leeuwarden"},
		{"Overijssel", "NL.15", "Overijssel", "NL", "Zwolle"},
		{"Limburg", "NL.05", "Limburg", "NL", "Maastricht"},
		{"Brabant-Septentrional", "NL.06", "Noord-Brabant", "NL", "'s-Hertogenbosch"},
		{"Styrie", "AT.06", "Steiermark", "AT", "Graz"},
		{"Tyrol", "AT.07", "Tirol", "AT", "Innsbruck"},
		{"Basse-Autriche", "AT.03", "Niederösterreich", "AT", "Sankt Pölten"},
		{"Vienna", "AT.09", "Wien", "AT", "Wien"},
		{"Porto", "PT.17", "Porto", "PT", "Porto"},
		{"Lisbonne", "PT.14", "Lisboa", "PT", "Lisboa"},
		{"Madère", "PT.10", "Região Autónoma da Madeira", "PT", "Funchal"},
		{"Azores", "PT.23", "Região Autónoma dos Açores", "PT", "Ponta Delgada"},
		{"Munster", "IE.M", "Munster", "IE", "Cork"},
		{"Leinster", "IE.L", "Leinster", "IE", "Dublin"},
		{"Connacht", "IE.C", "Connacht", "IE", "Galway"},
		{"Ulster", "IE.U", "Ulster", "IE", "Letterkenny"},
		{"Monaco", "MC.00", "Monaco", "MC", "Monaco"},
		{"Andorra la Vella", "AD.07", "Andorra la Vella", "AD", "Andorra la Vella"},
		{"Escaldes-Engordany", "AD.08", "Escaldes-Engordany", "AD", "Escaldes-Engordany"},
		{"Pomorskie", "PL.82", "Pomorskie", "PL", "Gdańsk"},
		{"województwo pomorskie", "PL.82", "Pomorskie", "PL", "Gdańsk"},
		{"Poméranie", "PL.82", "Pomorskie", "PL", "Gdańsk"},
		{"Pomeranian Voivodeship", "PL.82", "Pomorskie", "PL", "Gdańsk"},
		{"Mazowieckie", "PL.78", "Mazowieckie", "PL", "Warszawa"},
		{"Małopolskie", "PL.77", "Małopolskie", "PL", "Kraków"},
		{"Petite-Pologne", "PL.77", "Małopolskie", "PL", "Kraków"},
		{"Lower Silesia", "PL.72", "Dolnośląskie", "PL", "Wrocław"},
		{"Schlesien", "PL.83", "Śląskie", "PL", "Katowice"},
		{"Zachodniopomorskie", "PL.87", "Zachodniopomorskie", "PL", "Szczecin"},
		{"Stockholms län", "SE.26", "Stockholms län", "SE", "Stockholm"},
		{"Stockholm County", "SE.26", "Stockholms län", "SE", "Stockholm"},
		{"Västernorrlands län", "SE.24", "Västernorrlands län", "SE", "Härnösand"},
		{"Västernorrland", "SE.24", "Västernorrlands län", "SE", "Härnösand"},
		{"Skåne", "SE.27", "Skåne län", "SE", "Malmö"},
		{"Scanie", "SE.27", "Skåne län", "SE", "Malmö"},
		{"Västra Götaland", "SE.28", "Västra Götalands län", "SE", "Göteborg"},
		{"Uppsala län", "SE.21", "Uppsala län", "SE", "Uppsala"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			r, ok := g.Region(tc.in)
			if !ok || r.Code != tc.code || r.Name != tc.name || r.Country != tc.country || r.ChefLieu.Name != tc.chef {
				t.Errorf("Region(%q) = %s %s %s chef-lieu %s, %v; want %s %s %s %s", tc.in, r.Code, r.Name, r.Country, r.ChefLieu.Name, ok, tc.code, tc.name, tc.country, tc.chef)
			}
			if p := r.Place(); p.Name != tc.chef || p.Country != tc.country {
				t.Errorf("Region(%q).Place() = %+v", tc.in, p)
			}
		})
	}
	// Vienne is a French département, Limbourg first the Belgian province.
	// Stockholm, Uppsala and Lublin are towns; Scania, a lorry maker.
	for _, in := range []string{"Savoie", "Narnia", "", "Vienne", "Limbourg", "Stockholm", "Uppsala", "Lublin", "Scania"} {
		if r, ok := g.Region(in); ok {
			t.Errorf("Region(%q) = %+v, want none", in, r)
		}
	}
}

func TestEPCIs(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, tc := range []struct{ in, name, typ, seat string }{
		{"CC de Haute-Tarentaise", "CC de Haute-Tarentaise", "CC", "73054"},
		{"Communauté de communes de Haute Tarentaise", "CC de Haute-Tarentaise", "CC", "73054"},
		{"communauté de communes de Haute-Tarentaise", "CC de Haute-Tarentaise", "CC", "73054"},
		{"CC Haute-Tarentaise", "CC de Haute-Tarentaise", "CC", "73054"},
		{"CA du Grand Annecy", "CA du Grand Annecy", "CA", "74010"},
		{"Communauté d'agglomération du Grand Annecy", "CA du Grand Annecy", "CA", "74010"},
		{"Grand Annecy", "CA du Grand Annecy", "CA", "74010"},
		{"le Grand Annecy", "CA du Grand Annecy", "CA", "74010"},
		{"l'agglomération d'Annecy", "CA du Grand Annecy", "CA", "74010"},
		{"Angers Loire Métropole", "CU Angers Loire Métropole", "CU", "49007"},
		{"Métropole d'Aix-Marseille-Provence", "Métropole d'Aix-Marseille-Provence", "METRO", "13055"},
		{"Aix-Marseille-Provence Métropole", "Métropole d'Aix-Marseille-Provence", "METRO", "13055"},
		{"Communauté urbaine Caen la Mer", "CU Caen la Mer", "CU", "14118"},
		{"Caen la Mer", "CU Caen la Mer", "CU", "14118"},
		{"Métropole de Lyon", "Métropole de Lyon", "MET69", "69123"},
		{"Métropole de Rouen", "Métropole Rouen Normandie", "METRO", "76540"},
		{"Métropole de Toulouse", "Toulouse Métropole", "METRO", "31555"},
		{"Plaine Commune", "Plaine Commune", "EPT", "93066"},
		{"Agglopolys", "CA de Blois ''Agglopolys''", "CA", "41018"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			es := g.EPCIs(tc.in)
			if len(es) == 0 {
				t.Fatalf("EPCIs(%q): none", tc.in)
			}
			if tc.in == "Agglopolys" && es[0].Brand() != "Agglopolys" {
				t.Errorf("Brand of %s = %q, want Agglopolys", es[0].Name, es[0].Brand())
			}
			if e := es[0]; e.Name != tc.name || e.Type != tc.typ || e.Seat.INSEE != tc.seat || e.Place().INSEE != tc.seat {
				t.Errorf("EPCIs(%q)[0] = %s %s seat %s, want %s %s seat %s", tc.in, e.Name, e.Type, e.Seat.INSEE, tc.name, tc.typ, tc.seat)
			}
		})
	}
	for _, in := range []string{"Lyon", "Toulouse", "Annecy", "", "CC"} {
		if es := g.EPCIs(in); len(es) != 0 {
			t.Errorf("EPCIs(%q) = %s…, want none", in, es[0].Name)
		}
	}
}

func TestEPCIPlace(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	es := g.EPCIs("Grand Annecy")
	if len(es) != 1 {
		t.Fatalf("EPCIs(Grand Annecy) = %d, want 1", len(es))
	}
	e := es[0]
	p := e.Place()
	if p.INSEE != "74010" || p.Department != "74" || p.Region != "Auvergne-Rhône-Alpes" || p.Country != "FR" {
		t.Errorf("Grand Annecy's place = %+v", p)
	}
	if len(e.Members) < 30 || e.Population < 200000 || e.SIREN == "" {
		t.Errorf("Grand Annecy: %d members, population %d, SIREN %q", len(e.Members), e.Population, e.SIREN)
	}
}

func TestEPCIOf(t *testing.T) {
	t.Parallel()
	g := Default()
	for insee, want := range map[string]string{"74010": "CA du Grand Annecy", "49007": "CU Angers Loire Métropole", "73054": "CC de Haute-Tarentaise"} {
		if e, ok := g.EPCIOf(insee); !ok || e.Name != want {
			t.Errorf("EPCIOf(%s) = %q (%v), want %q", insee, e.Name, ok, want)
		}
	}
	if _, ok := g.EPCIOf("99999"); ok {
		t.Error("EPCIOf(99999) found one")
	}
}

func TestLocalNames(t *testing.T) {
	t.Parallel()
	g := Default()
	for name, want := range map[string]string{"Rome": "Roma", "Roma": "Roma", "Milan": "Milano", "Munich": "München", "Brussels": "Bruxelles", "Bruxelles": "Bruxelles",
		"Vienna": "Wien", "Lisbon": "Lisboa", "The Hague": "Den Haag", "Gaillimh": "Galway", "Cluain Meala": "Clonmel"} {
		if cs := g.Communes(name); len(cs) == 0 || cs[0].Name != want {
			t.Errorf("Communes(%q) = %+v, want %s first", name, cs, want)
		}
	}
}

func TestQualified(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	first := func(name, country string) Commune {
		for _, c := range g.Communes(name) {
			if c.Country == country {
				return c
			}
		}
		t.Fatalf("no %s in %s", name, country)
		return Commune{}
	}
	bears := func(words ...string) func(string) bool {
		return func(w string) bool { return slices.Contains(words, w) }
	}
	for _, c := range []struct {
		town, country string
		words         []string
		want          string // "" when c stays
	}{
		{"Castelnuovo", "IT", []string{"garfagnana", "unione"}, "Castelnuovo di Garfagnana"},
		{"Castelnuovo", "IT", []string{"unione"}, ""},
		{"Bourg", "FR", []string{"bresse"}, "Bourg-en-Bresse"},
		{"Castelnuovo", "IT", []string{"garfagnana", "berardenga"}, ""}, // two towns would do: neither
	} {
		got, ok := g.Qualified(first(c.town, c.country), bears(c.words...))
		if c.want == "" && ok || c.want != "" && (!ok || got.Name != c.want) {
			t.Errorf("Qualified(%s, %q) = %s, %v; want %q", c.town, c.words, got.Name, ok, c.want)
		}
	}
}

func TestKnown(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for name, want := range map[string]bool{
		"Bagno a Ripoli": true, "figline e incisa valdarno": true, "Kingston upon Thames": true,
		"Bad Homburg vor der Höhe": true, "Bourg-Saint-Maurice": true,
		"Lecco e Como": false, "Como e Lecco": false, "": false,
	} {
		if got := g.Known(name); got != want {
			t.Errorf("Known(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestNameHeads: a Spanish or Portuguese municipality goes by its name's
// head when no place of that name comes near it in size ("Sant Boi"); a
// head of one word may be a common noun and is no name ("Câmara" of
// Câmara de Lobos).
func TestNameHeads(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for name, want := range map[string]string{"Sant Boi": "Sant Boi de Llobregat", "Las Rozas": "Las Rozas de Madrid", "Vila Nova": "Vila Nova de Gaia"} {
		if ms := g.lookup(name); len(ms) == 0 || g.communes[ms[0].id].Name != want {
			t.Errorf("lookup(%q): want %s first", name, want)
		}
	}
	for _, m := range g.lookup("Câmara") {
		if g.communes[m.id].Name == "Câmara de Lobos" {
			t.Error(`lookup("Câmara") found Câmara de Lobos`)
		}
	}
}

// TestOfficialNameOfABilingualTown: a registry name in German and Sorbian
// ("Kamenz / Kamjenc") is the German one, as the press and the maps write
// it; a registry spelling of its own stays ("Sanremo").
func TestOfficialNameOfABilingualTown(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for name, want := range map[string]string{"Kamenz": "Kamenz", "San Remo": "Sanremo"} {
		c, ok := g.Resolve(name, Context{})
		if !ok {
			t.Fatalf("%s not found", name)
		}
		if got := g.OfficialName(c.Place()); got != want {
			t.Errorf("OfficialName(%s) = %q, want %q", name, got, want)
		}
	}
}

// TestEPCIsByAcronym: initials of the official name, a digit doubling the
// capital after it, hyphenated words read whole or by parts.
func TestEPCIsByAcronym(t *testing.T) {
	g := Default()
	for a, want := range map[string][]string{
		"CAPH":  {"CA de la Porte du Hainaut"},
		"2CCAM": {"CC Cluses-Arve et Montagnes"},
		"MNCA":  {"Métropole Nice Côte d'Azur"},
		"CUCM":  {"CU Caen la Mer", "CU Le Creusot Montceau-les-Mines"},
		"CNIL":  nil,
	} {
		var got []string
		for _, e := range g.EPCIsByAcronym(a) {
			got = append(got, e.Name)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", a, got, want)
		}
	}
}
