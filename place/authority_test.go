package place

import (
	"regexp"
	"slices"
	"testing"

	vigie "github.com/vigie-news/vigie"
)

// authorityCase is a written name and the authority it must give first.
type authorityCase struct {
	name, country, want string
}

func checkAuthorities(t *testing.T, cases []authorityCase) {
	t.Helper()
	g := mustGazetteer(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := g.Authorities(c.name, c.country)
			if len(got) == 0 {
				t.Fatalf("Authorities(%q, %q) found nothing, want %s", c.name, c.country, c.want)
			}
			if got[0].ID != c.want {
				t.Errorf("Authorities(%q, %q)[0] = %s %q (%s), want %s; all: %v", c.name, c.country, got[0].ID, got[0].Name, got[0].Kind, c.want, ids(got))
			}
		})
	}
}

func ids(as []Authority) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}

func TestAuthoritiesFrance(t *testing.T) {
	t.Parallel()
	checkAuthorities(t, []authorityCase{
		{"Bourg-Saint-Maurice", "", "insee:73054"},
		{"Mairie de Bourg-Saint-Maurice", "", "insee:73054"},
		{"la mairie de Bourg-St-Maurice", "FR", "insee:73054"},
		{"Ville de Bourg-Saint-Maurice", "", "insee:73054"},
		{"Commune de Bourg-Saint-Maurice", "France", "insee:73054"},
		{"Annecy-le-Vieux", "FR", "insee:74010"}, // a delegated commune: its commune nouvelle
		{"Ville d'Annecy", "", "insee:74010"},
		{"CC de Haute-Tarentaise", "", "siren:247300254"},
		{"Communauté de communes de Haute-Tarentaise", "", "siren:247300254"},
		{"CC Faucigny - Glières", "", "siren:200000172"},                         // its seat is named in it by no commune
		{"Communauté de communes de Bourg-Saint-Maurice", "", "siren:247300254"}, // by its seat
		{"Grand Annecy", "", "siren:200066793"},
		{"agglomération d'Annecy", "", "siren:200066793"},
		{"Savoie", "", "insee-dep:73"},
		{"Conseil départemental de la Savoie", "", "insee-dep:73"},
		{"Département de Savoie", "", "insee-dep:73"},
		{"Région Auvergne-Rhône-Alpes", "", "insee-reg:84"},
		{"Conseil régional d'Auvergne-Rhône-Alpes", "", "insee-reg:84"},
		{"Paris", "", "insee:75056"}, // the commune before the département of the same name
	})
}

func TestAuthoritiesUnitedKingdom(t *testing.T) {
	t.Parallel()
	checkAuthorities(t, []authorityCase{
		{"Hartlepool Borough Council", "", "gss:E06000001"},
		{"Hartlepool Council", "GB", "gss:E06000001"},
		{"Hartlepool", "UK", "gss:E06000001"},
		{"Adur District Council", "", "gss:E07000223"},
		{"Adur Council", "", "gss:E07000223"},
		{"Birmingham City Council", "", "gss:E08000025"},
		{"Kent County Council", "", "gss:E10000016"}, // a county: no commune in its name
		{"Kent", "GB", "gss:E10000016"},
		{"Allerdale Borough Council", "", "gss:E06000063"}, // merged into Cumberland in 2023
		{"West Midlands Combined Authority", "", "gss:E47000007"},
		{"Bristol", "GB", "gss:E06000023"},
		{"City of Bristol Council", "", "gss:E06000023"},
		{"Armagh City, Banbridge and Craigavon Borough Council", "", "gss:N09000002"},
	})
}

func TestAuthoritiesGermany(t *testing.T) {
	t.Parallel()
	checkAuthorities(t, []authorityCase{
		{"Leipzig", "DE", "ags:14713000"},
		{"Stadt Leipzig", "", "ags:14713000"},
		{"Landkreis Leipzig", "", "ags:14729"},
		{"Kreis Leipzig", "", "ags:14729"},
		{"Landratsamt Leipzig", "DE", "ags:14729"},
		{"Kreis Pinneberg", "", "ags:01056"},
		{"Kreisverwaltung Pinneberg", "", "ags:01056"},
		{"Pinneberg", "DE", "ags:01056039"},
		{"Rhein-Sieg-Kreis", "", "ags:05382"}, // no commune in its name
		{"Kreisverwaltung Rhein-Sieg-Kreis", "", "ags:05382"},
		{"Erzgebirgskreis", "", "ags:14521"},
		{"Landeshauptstadt München", "", "ags:09162000"},
		{"Stadtverwaltung München", "", "ags:09162000"},
		{"Munich City Council", "", "ags:09162000"}, // by the names GeoNames knows the town by
		{"Munich", "DE", "ags:09162000"},
		{"Landkreis München", "", "ags:09184"},
		{"Bayern", "", "ags:09"},
		{"Freistaat Bayern", "", "ags:09"},
		{"Land Rheinland-Pfalz", "", "ags:07"},
		{"Amt Burg-St. Michaelisdonn", "", "ars:010515163"},
		{"Kreises Ludwigslust-Parchim", "", "ags:13076"}, // the genitive: "die Bürgerbüros des Kreises …"
		{"des Landkreises Leipzig", "", "ags:14729"},
	})
}

func TestAuthoritiesItaly(t *testing.T) {
	t.Parallel()
	checkAuthorities(t, []authorityCase{
		{"Roma", "IT", "istat:058091"},
		{"Comune di Roma", "", "istat:058091"},
		{"Rome", "IT", "istat:058091"},
		{"Provincia di Torino", "", "istat-prov:001"},
		{"Città metropolitana di Torino", "", "istat-prov:001"},
		{"Provincia di Barletta-Andria-Trani", "", "istat-prov:110"}, // no one commune in its name
		{"Regione Lombardia", "", "istat-reg:03"},
		{"Lombardia", "", "istat-reg:03"},
	})
}

func TestAuthoritiesSpain(t *testing.T) {
	t.Parallel()
	checkAuthorities(t, []authorityCase{
		{"Sevilla", "ES", "ine:41091"},
		{"Ayuntamiento de Sevilla", "", "ine:41091"},
		{"Alicante", "ES", "ine:03014"},
		{"Ayuntamiento de Alacant", "", "ine:03014"},
		{"A Coruña", "ES", "ine:15030"},
		{"Diputación de Sevilla", "", "ine-prov:41"},
		{"Provincia de Sevilla", "", "ine-prov:41"},
		{"Comunidad de Madrid", "", "ine-ca:13"},
		{"Junta de Andalucía", "", "ine-ca:01"},
		{"Generalitat de Catalunya", "", "ine-ca:09"},
		{"Xunta de Galicia", "", "ine-ca:12"},
	})
}

func TestAuthoritiesSwitzerland(t *testing.T) {
	t.Parallel()
	checkAuthorities(t, []authorityCase{
		{"Lausanne", "CH", "bfs:5586"},
		{"Commune de Lausanne", "CH", "bfs:5586"},
		{"Ville de Lausanne", "CH", "bfs:5586"},
		{"Stadt Zürich", "", "bfs:261"},
		{"Bienne", "CH", "bfs:371"},
		{"Biel", "CH", "bfs:371"},
		{"Canton de Vaud", "", "bfs-kt:22"},
		{"Kanton Bern", "", "bfs-kt:2"},
		{"Ville de Genève", "", "bfs:6621"},
		{"Stadt Genf", "", "bfs:6621"},
		{"Vaud", "CH", "bfs-kt:22"},
	})
}

func TestAuthoritiesAustria(t *testing.T) {
	t.Parallel()
	checkAuthorities(t, []authorityCase{
		{"Wien", "AT", "gkz:90001"},
		{"Graz", "", "gkz:60101"},
		{"Stadt Graz", "", "gkz:60101"},
		{"Magistrat Graz", "", "gkz:60101"},
		{"Land Steiermark", "", "gkz:6"},
		{"Steiermark", "", "gkz:6"},
		{"Gemeinde Hornstein", "", "gkz:10304"},
	})
}

func TestAuthoritiesBelgium(t *testing.T) {
	t.Parallel()
	checkAuthorities(t, []authorityCase{
		{"Liège", "BE", "nis:62063"},
		{"Ville de Liège", "", "nis:62063"},
		{"Luik", "", "nis:62063"},
		{"Stad Antwerpen", "", "nis:11002"},
		{"Ville d'Anvers", "", "nis:11002"},
		{"Province de Liège", "", "nis:60000"},
		{"Provincie Antwerpen", "", "nis:10000"},
		{"Région wallonne", "", "nis:03000"},
	})
}

func TestAuthoritiesNetherlands(t *testing.T) {
	t.Parallel()
	checkAuthorities(t, []authorityCase{
		{"Amsterdam", "NL", "cbs:GM0363"},
		{"Gemeente Amsterdam", "", "cbs:GM0363"},
		{"Aa en Hunze", "", "cbs:GM1680"}, // named after no town
		{"Den Bosch", "NL", "cbs:GM0796"},
		{"Gemeente Beek", "NL", "cbs:GM0888"},
	})
}

// TestAuthoritiesTownAndDistrict holds the line between a town and the
// district named after it: each name gives both, in its own order, and a
// kind word keeps only its kind.
func TestAuthoritiesTownAndDistrict(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, c := range []struct {
		name      string
		want      []string // in this order
		wantNot   []string
		firstKind vigie.VictimKind
	}{
		{"Leipzig", []string{"ags:14713000", "ags:14713", "ags:14729"}, nil, vigie.VictimCommune},
		{"Landkreis Leipzig", []string{"ags:14729"}, []string{"ags:14713000"}, vigie.VictimDepartment},
		{"Stadt Leipzig", []string{"ags:14713000"}, []string{"ags:14729"}, vigie.VictimCommune},
		{"München", []string{"ags:09162000", "ags:09184"}, nil, vigie.VictimCommune},
		{"Landkreis München", []string{"ags:09184"}, []string{"ags:09162000"}, vigie.VictimDepartment},
		{"Kent", []string{"gss:E10000016"}, nil, vigie.VictimDepartment},
		{"Liège", []string{"nis:62063", "nis:60000"}, nil, vigie.VictimCommune},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ids(g.Authorities(c.name, ""))
			last := -1
			for _, w := range c.want {
				i := slices.Index(got, w)
				if i < 0 || i < last {
					t.Fatalf("Authorities(%q) = %v, want %v in that order", c.name, got, c.want)
				}
				last = i
			}
			for _, w := range c.wantNot {
				if slices.Contains(got, w) {
					t.Errorf("Authorities(%q) = %v, has %s", c.name, got, w)
				}
			}
			if a, _ := g.Authority(got[0]); a.Kind != c.firstKind {
				t.Errorf("Authorities(%q)[0] is a %s, want a %s", c.name, a.Kind, c.firstKind)
			}
		})
	}
}

func TestAuthorityOf(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	bsm := vigie.Place{Name: "Bourg-Saint-Maurice", INSEE: "73054", Department: "73", Country: "FR"}
	grimma := vigie.Place{Name: "Grimma", Country: "DE", Region: "Sachsen", Lat: 51.2337, Lon: 12.7196}
	leipzig := vigie.Place{Name: "Leipzig", Country: "DE", Lat: 51.34, Lon: 12.37}
	maidstone := vigie.Place{Name: "Maidstone", Country: "GB", Lat: 51.2667, Lon: 0.5167}
	roma := vigie.Place{Name: "Roma", Country: "IT", Region: "Lazio"}
	liege := vigie.Place{Name: "Liège", Country: "BE"}
	sevilla := vigie.Place{Name: "Sevilla", Country: "ES"}
	gieten := vigie.Place{Name: "Gieten", Country: "NL", Lat: 53.0042, Lon: 6.7639}
	for _, c := range []struct {
		kind  vigie.VictimKind
		place vigie.Place
		want  string // "" when there is none
	}{
		{vigie.VictimCommune, bsm, "insee:73054"},
		{vigie.VictimIntercommunalty, bsm, "siren:247300254"},
		{vigie.VictimDepartment, bsm, "insee-dep:73"},
		{vigie.VictimRegion, bsm, "insee-reg:84"},
		{vigie.VictimCommune, vigie.Place{Name: "Séez", Department: "73", Country: "FR"}, "insee:73285"},
		{vigie.VictimCommune, grimma, "ags:14729160"},
		{vigie.VictimDepartment, grimma, "ags:14729"},
		{vigie.VictimRegion, grimma, "ags:14"},
		{vigie.VictimCommune, leipzig, "ags:14713000"},
		{vigie.VictimDepartment, leipzig, "ags:14713"}, // a kreisfreie Stadt is its own Kreis
		{vigie.VictimIntercommunalty, vigie.Place{Name: "Otterwisch", Country: "DE"}, "ars:147295301"},
		{vigie.VictimCommune, maidstone, "gss:E07000110"},
		{vigie.VictimDepartment, maidstone, "gss:E10000016"},
		{vigie.VictimRegion, maidstone, ""},
		{vigie.VictimCommune, roma, "istat:058091"},
		// GeoNames lists "Oppido Lucano" among Potenza's names, so both
		// comuni are seated there by name: Potenza is Potenza's.
		{vigie.VictimCommune, vigie.Place{Name: "Potenza", Country: "IT"}, "istat:076063"},
		{vigie.VictimDepartment, roma, "istat-prov:058"},
		{vigie.VictimRegion, roma, "istat-reg:12"},
		{vigie.VictimCommune, liege, "nis:62063"},
		{vigie.VictimDepartment, liege, "nis:60000"},
		{vigie.VictimRegion, liege, "nis:03000"},
		{vigie.VictimCommune, sevilla, "ine:41091"},
		{vigie.VictimDepartment, sevilla, "ine-prov:41"},
		{vigie.VictimRegion, sevilla, "ine-ca:01"},
		{vigie.VictimRegion, vigie.Place{Name: "Graz", Country: "AT"}, "gkz:6"},
		{vigie.VictimCommune, vigie.Place{Name: "Lausanne", Country: "CH", Region: "Vaud"}, "bfs:5586"},
		{vigie.VictimRegion, vigie.Place{Name: "Lausanne", Country: "CH", Region: "Vaud"}, "bfs-kt:22"},
		{vigie.VictimDepartment, vigie.Place{Name: "Graz", Country: "AT"}, ""}, // no Bezirke in the data
		{vigie.VictimCommune, vigie.Place{Name: "Nowhere", Country: "DE"}, ""},
		{vigie.VictimCommune, vigie.Place{Name: "Amsterdam", Country: "NL"}, "cbs:GM0363"},
		// A village of a municipality named after no town (Gieten, in Aa
		// en Hunze): no seat is near enough to tell, so none rather than a
		// neighbour.
		{vigie.VictimCommune, gieten, ""},
		{vigie.VictimCommune, vigie.Place{Name: "Shoreham-by-Sea", Country: "GB", Lat: 50.8342, Lon: -0.2716}, "gss:E07000223"},
	} {
		t.Run(string(c.kind)+" "+c.place.Name, func(t *testing.T) {
			a, ok := g.AuthorityOf(c.kind, c.place)
			if c.want == "" {
				if ok {
					t.Fatalf("AuthorityOf(%s, %s) = %s, want none", c.kind, c.place.Name, a.ID)
				}
				return
			}
			if !ok || a.ID != c.want || a.Kind != c.kind {
				t.Fatalf("AuthorityOf(%s, %s) = %s %s (%v), want %s", c.kind, c.place.Name, a.ID, a.Kind, ok, c.want)
			}
		})
	}
}

// TestAuthorityRegionAndSeat checks that a body whose name holds no
// commune takes its kind, seat and region from the registry.
func TestAuthorityRegionAndSeat(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, c := range []struct {
		id, kind, region, country string
	}{
		{"ags:14521", "departement", "Sachsen", "DE"},     // Erzgebirgskreis
		{"ags:09", "region", "Bayern", "DE"},              // a Land is a region, not the country
		{"gss:E10000016", "departement", "England", "GB"}, // Kent County Council
		{"istat-prov:110", "departement", "Puglia", "IT"},
		{"istat-reg:03", "region", "Lombardia", "IT"},
		{"nis:10000", "departement", "Vlaams Gewest", "BE"},
		{"bfs-kt:22", "region", "Vaud", "CH"},
		{"siren:200000172", "intercommunalite", "Auvergne-Rhône-Alpes", "FR"},
	} {
		a, ok := g.Authority(c.id)
		if !ok {
			t.Errorf("Authority(%s) not found", c.id)
			continue
		}
		if p := a.Place(); p.Region != c.region || p.Country != c.country || !p.HasPoint() {
			t.Errorf("Authority(%s).Place() = %+v", c.id, p)
		}
		if string(a.Kind) != c.kind || a.Region != c.region || a.Country != c.country || a.Seat.Name == "" || a.Seat.Country != c.country {
			t.Errorf("Authority(%s) = %s, %s, %s, seat %q in %s; want %s, %s, %s", c.id, a.Kind, a.Region, a.Country, a.Seat.Name, a.Seat.Country, c.kind, c.region, c.country)
		}
	}
}

// TestAuthoritySeats checks the seats GeoNames' codes give the bodies
// named after no town of theirs: a Kreis's PPLA3, a British council's
// town (data/SOURCES.md, "Seats").
func TestAuthoritySeats(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, c := range []struct{ name, seat string }{
		{"Landkreis Waldeck-Frankenberg", "Korbach"}, // not Waldeck, the town named in it
		{"Landkreis Emsland", "Meppen"},
		{"Swale Borough Council", "Sittingbourne"},
		{"Derbyshire Dales District Council", "Matlock"},
		{"Gedling Borough Council", "Arnold"}, // not the village of Gedling
		{"Dorset Council", "Dorchester"},
		// Copeland was merged into Cumberland in 2023: the registry lists
		// it as Cumberland's former name, and Cumberland's seat is
		// Carlisle, not Copeland's Whitehaven.
		{"Copeland Borough Council", "Carlisle"},
	} {
		got := g.Authorities(c.name, "")
		if len(got) == 0 {
			t.Errorf("Authorities(%q) found nothing", c.name)
			continue
		}
		if a := got[0]; a.Seat.Name != c.seat || a.SeatStandIn {
			t.Errorf("Authorities(%q)[0] = %s, seat %q (stand-in %v), want %q", c.name, a.ID, a.Seat.Name, a.SeatStandIn, c.seat)
		}
	}
}

// codeFormats are the code formats of each scheme, by country and kind.
var codeFormats = map[string]*regexp.Regexp{
	"FR commune":          regexp.MustCompile(`^insee:(\d[\dAB]\d{3})$`),
	"FR intercommunalite": regexp.MustCompile(`^siren:\d{9}$`),
	"FR departement":      regexp.MustCompile(`^insee-dep:(\d[\dAB]|9[78]\d)$`),
	"FR region":           regexp.MustCompile(`^insee-reg:(\d{2}|9[78]\d)$`),
	"GB commune":          regexp.MustCompile(`^gss:[ENSW]\d{8}$`),
	"GB departement":      regexp.MustCompile(`^gss:E10\d{6}$`),
	"GB intercommunalite": regexp.MustCompile(`^gss:E47\d{6}$`),
	"GB region":           regexp.MustCompile(`^gss:E61\d{6}$`),
	"DE commune":          regexp.MustCompile(`^ags:\d{8}$`),
	"DE intercommunalite": regexp.MustCompile(`^ars:\d{9}$`),
	"DE departement":      regexp.MustCompile(`^ags:\d{5}$`),
	"DE region":           regexp.MustCompile(`^ags:\d{2}$`),
	"IT commune":          regexp.MustCompile(`^istat:\d{6}$`),
	"IT departement":      regexp.MustCompile(`^istat-prov:\d{3}$`),
	"IT region":           regexp.MustCompile(`^istat-reg:\d{2}$`),
	"ES commune":          regexp.MustCompile(`^ine:\d{5}$`),
	"ES departement":      regexp.MustCompile(`^ine-prov:\d{2}$`),
	"ES region":           regexp.MustCompile(`^ine-ca:\d{2}$`),
	"AT commune":          regexp.MustCompile(`^gkz:[1-9]\d{4}$`),
	"CH commune":          regexp.MustCompile(`^bfs:\d{1,4}$`),
	"CH region":           regexp.MustCompile(`^bfs-kt:([1-9]|1\d|2[0-6])$`),
	"AT region":           regexp.MustCompile(`^gkz:[1-9]$`),
	"BE commune":          regexp.MustCompile(`^nis:\d{5}$`),
	"BE departement":      regexp.MustCompile(`^nis:\d0000|20001|20002$`),
	"BE region":           regexp.MustCompile(`^nis:0[234]000$`),
	"NL commune":          regexp.MustCompile(`^cbs:GM\d{4}$`),
}

// TestAuthorityCodes checks that every authority of every country and
// kind has a code in its scheme's format, that every listed country and
// kind has authorities, that codes are unique, and that Authority finds
// each by its ID.
func TestAuthorityCodes(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	if err := g.loadAuthorities(); err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	check := func(id, name, country string, kind vigie.VictimKind) {
		key := country + " " + string(kind)
		re, ok := codeFormats[key]
		if !ok {
			t.Errorf("%s %q: no format for %s", id, name, key)
			return
		}
		if !re.MatchString(id) {
			t.Errorf("%s %q (%s): not in the format %s", id, name, key, re)
		}
		count[key]++
	}
	for _, c := range g.communes {
		if c.Country == "FR" {
			check("insee:"+c.INSEE, c.Name, "FR", vigie.VictimCommune)
		}
	}
	fr := []Authority{}
	for _, e := range g.epcis {
		fr = append(fr, epciAuthority(e))
	}
	for _, d := range g.departments {
		fr = append(fr, departmentAuthority(d))
	}
	for _, r := range g.regions {
		if r.Country == "FR" {
			fr = append(fr, g.regionAuthority(r))
		}
	}
	for _, a := range fr {
		check(a.ID, a.Name, a.Country, a.Kind)
	}
	seen := map[string]bool{}
	for i := range g.auths {
		r := &g.auths[i]
		if seen[r.id] {
			t.Errorf("%s is listed twice", r.id)
		}
		seen[r.id] = true
		check(r.id, r.name, r.country, r.kind)
		if r.kind == vigie.VictimCommune && i%10 != 0 {
			continue // one commune in ten is enough to check the rest
		}
		a := g.authority(int32(i))
		if b, ok := g.Authority(a.ID); !ok || b.Name != a.Name {
			t.Errorf("Authority(%s) = %q, %v; want %q", a.ID, b.Name, ok, a.Name)
		}
		if a.Seat.Country != a.Country || a.Region == "" {
			t.Errorf("%s %q: seat %q in %q, region %q", a.ID, a.Name, a.Seat.Name, a.Seat.Country, a.Region)
		}
	}
	for key := range codeFormats {
		if count[key] == 0 {
			t.Errorf("no authority of %s", key)
		}
	}
	// The registries' sizes, as a floor: a regeneration that loses part
	// of a country fails here.
	for key, floor := range map[string]int{
		"FR commune": 34000, "FR intercommunalite": 1200, "FR departement": 100, "FR region": 18,
		"GB commune": 350, "GB departement": 20, "DE commune": 10700, "DE departement": 400, "DE region": 16,
		"DE intercommunalite": 1100, "IT commune": 7800, "IT departement": 100, "IT region": 20,
		"ES commune": 8100, "ES departement": 52, "ES region": 19, "AT commune": 2090, "AT region": 9, "CH commune": 2100, "CH region": 26, "NL commune": 340, "BE commune": 560, "BE departement": 10, "BE region": 3,
	} {
		if count[key] < floor {
			t.Errorf("%d authorities of %s, want at least %d", count[key], key, floor)
		}
	}
}

// TestAuthorityAliasesFindIt checks, on the authorities outside France
// (a fifth of the communes) and a sample of French ones, that each alias
// finds it back.
func TestAuthorityAliasesFindIt(t *testing.T) {
	if testing.Short() {
		t.Skip("every alias of 9,000 authorities")
	}
	t.Parallel()
	g := mustGazetteer(t)
	var all []Authority
	for _, insee := range []string{"73054", "74010", "75056", "13055"} {
		a, _ := g.Authority("insee:" + insee)
		all = append(all, a)
	}
	for _, id := range []string{"siren:247300254", "insee-dep:73", "insee-dep:2A", "insee-reg:84"} {
		a, _ := g.Authority(id)
		all = append(all, a)
	}
	if err := g.loadAuthorities(); err != nil {
		t.Fatal(err)
	}
	// Every authority above the communes, and one commune in five: the
	// same code builds every commune's aliases, and make test runs with
	// the race detector.
	for i := range g.auths {
		if g.auths[i].kind != vigie.VictimCommune || i%5 == 0 {
			all = append(all, g.authority(int32(i)))
		}
	}
	missed := 0
	for _, a := range all {
		for _, name := range append([]string{a.Name}, a.Aliases...) {
			if !slices.Contains(ids(g.Authorities(name, a.Country)), a.ID) {
				missed++
				if missed <= 20 {
					t.Errorf("Authorities(%q, %s) misses %s %q", name, a.Country, a.ID, a.Name)
				}
			}
		}
	}
}

func TestParseAuthority(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, core string
		kind       vigie.VictimKind
	}{
		{"Landkreis Leipzig", "leipzig", vigie.VictimDepartment},
		{"Kreisverwaltung Rhein-Sieg-Kreis", "rhein sieg", vigie.VictimDepartment}, // as the index files "Rhein-Sieg-Kreis"
		{"Adur District Council", "adur", vigie.VictimCommune},
		{"Kent County Council", "kent", vigie.VictimDepartment},
		{"the London Borough of Hackney", "hackney", vigie.VictimCommune},
		{"la mairie des Mureaux", "mureaux", vigie.VictimCommune},
		{"Conseil départemental de la Savoie", "savoie", vigie.VictimDepartment},
		{"Comune di Roma", "roma", vigie.VictimCommune},
		{"Diputación Provincial de Sevilla", "sevilla", vigie.VictimDepartment},
		{"Gemeente Amsterdam", "amsterdam", vigie.VictimCommune},
		{"Leipzig", "leipzig", ""},
		{"Villeurbanne", "villeurbanne", ""}, // "ville" only as a word
	} {
		p := parseAuthority(c.name)
		if p.core != c.core || p.kind != c.kind {
			t.Errorf("parseAuthority(%q) = %q, %q; want %q, %q", c.name, p.core, p.kind, c.core, c.kind)
		}
	}
}

func TestAuthoritiesNone(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, c := range []struct{ name, country string }{
		{"Mairie de LockBit", ""}, {"Comune di Nowhere", "IT"}, {"", ""}, {"the council", ""},
		{"Leipzig", "FR"}, {"Leipzig", "Atlantis"},
	} {
		if got := g.Authorities(c.name, c.country); len(got) != 0 {
			t.Errorf("Authorities(%q, %q) = %v, want none", c.name, c.country, ids(got))
		}
	}
	if _, ok := g.Authority("gss:X99999999"); ok {
		t.Error("Authority(gss:X99999999) found")
	}
	if _, ok := g.Authority("73054"); ok {
		t.Error("Authority without a scheme found")
	}
}

// TestCouncilsNearAsScan: the nearest council seat found among those
// within 10 km north or south of a point is the one a scan of every
// council finds, for points all over the registries' countries.
func TestCouncilsNearAsScan(t *testing.T) {
	t.Parallel()
	g := Default()
	if err := g.loadAuthorities(); err != nil {
		t.Fatal(err)
	}
	nearest := func(country string, lat, lon float64, ids []int32) (int32, float64) {
		best, bestKm := int32(-1), 1e9
		for _, i := range ids {
			r := &g.auths[i]
			if r.kind != vigie.VictimCommune || r.country != country || r.standIn {
				continue
			}
			seat := g.communes[r.seat]
			if d := distanceKm(vigie.Point{Lat: lat, Lon: lon}, vigie.Point{Lat: seat.Lat, Lon: seat.Lon}); d < bestKm {
				best, bestKm = i, d
			}
		}
		return best, bestKm
	}
	all := make([]int32, len(g.auths))
	for i := range all {
		all[i] = int32(i)
	}
	checked := 0
	for k := 0; k < len(g.communes); k += 251 {
		c := g.communes[k]
		if len(g.councilsByLat[c.Country]) == 0 {
			continue
		}
		for _, dlat := range []float64{0, 0.05, -0.08} {
			lat, lon := c.Lat+dlat, c.Lon+0.03
			want, wantKm := nearest(c.Country, lat, lon, all)
			near := slices.Clone(g.councilsNear(c.Country, lat, 10))
			slices.Sort(near)
			got, gotKm := nearest(c.Country, lat, lon, near)
			if (wantKm < 10 || gotKm < 10) && got != want {
				t.Fatalf("near %.4f,%.4f (%s): got %d at %.2f km, want %d at %.2f km", lat, lon, c.Country, got, gotKm, want, wantKm)
			}
			checked++
		}
	}
	if checked < 400 {
		t.Fatalf("only %d points checked", checked)
	}
}

// TestFirstTownOfAPair: the press calls a British council named after two
// towns by the first ("Folkestone council"), whose town its registry
// seat is not: the town's council is that one.
func TestFirstTownOfAPair(t *testing.T) {
	t.Parallel()
	g := Default()
	c, ok := g.Resolve("Folkestone", Context{})
	if !ok {
		t.Fatal("Folkestone not found")
	}
	if a, ok := g.AuthorityOf(vigie.VictimCommune, c.Place()); !ok || a.ID != "gss:E07000112" {
		t.Errorf("Folkestone's council: %+v, %v; want Folkestone and Hythe District Council", a, ok)
	}
}
