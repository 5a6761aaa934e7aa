package main

import "testing"

// TestRuledSeats checks the seats GeoNames' codes give: a Kreis's PPLA3,
// a British council's town inside it by ONS codes or by its admin2 area.
func TestRuledSeats(t *testing.T) {
	t.Parallel()
	type geo struct {
		place                worldPlace
		code, admin2, admin3 string
	}
	de := func(id, name string, pop int, code, admin3 string) geo {
		return geo{worldPlace{id: id, country: "DE", region: "Hessen", pop: pop, lat: 51.2, lon: 8.9, names: []string{name}}, code, "", admin3}
	}
	gb := func(id, name string, pop int, lat, lon float64, code, admin2, admin3 string) geo {
		return geo{worldPlace{id: id, country: "GB", region: "England", pop: pop, lat: lat, lon: lon, names: []string{name}}, code, admin2, admin3}
	}
	places := []geo{
		de("10", "Waldeck", 7000, "PPL", "06635"),
		de("11", "Korbach", 24000, "PPLA3", "06635"),
		de("12", "Bad Krozingen", 20000, "PPL", "08315"),
		gb("20", "Teynham", 2687, 51.33, 0.81, "PPL", "G5", "29UM012"),
		gb("21", "Sittingbourne", 48948, 51.34, 0.73, "PPL", "G5", "29UM"),
		gb("22", "Faversham", 19829, 51.31, 0.89, "PPL", "G5", "29UM"),
		gb("23", "Maidstone", 107627, 51.26, 0.52, "PPLA2", "G5", "29UH"),
		gb("30", "Leicester", 368600, 52.64, -1.13, "PPLA2", "H4", "31UC"), // given Charnwood's code
		gb("31", "Loughborough", 65255, 52.77, -1.2, "PPL", "H5", "31UC"),
		gb("32", "Shepshed", 13505, 52.77, -1.29, "PPL", "H5", "31UC"),
		gb("40", "Weymouth", 57691, 50.61, -2.46, "PPL", "D6", "19UJ"),
		gb("41", "Dorchester", 16879, 50.72, -2.43, "PPLA2", "D6", "19UH"),
		gb("42", "Milborne St Andrew", 1062, 50.78, -2.28, "PPL", "D6", "19UH005"),
		gb("50", "Rushmoor", 886, 51.16, -0.75, "PPL", "N7", "43UL011"),
		gb("51", "Aldershot", 61339, 51.25, -0.76, "PPL", "F2", "24UL"),
		gb("60", "Gedling", 6817, 52.98, -1.08, "PPL", "J9", "37UE"),
		gb("61", "Arnold", 37873, 53, -1.13, "PPL", "J9", "37UE"),
		gb("70", "Kirriemuir", 6160, 56.67, -3, "PPL", "T7", ""),
		gb("71", "Arbroath", 23902, 56.56, -2.58, "PPL", "T7", ""),
		gb("72", "Forfar", 13970, 56.64, -2.89, "PPLA2", "T7", ""),
		gb("80", "Rochford", 16739, 51.58, 0.71, "PPL", "E4", "22UJ"),
		gb("81", "Rayleigh", 32150, 51.59, 0.6, "PPL", "E4", "22UJ"),
		gb("90", "Wembley", 90045, 51.55, -0.3, "PPL", "GLA", "B5"),
	}
	var world []worldPlace
	var rows []*city
	for _, p := range places {
		world = append(world, p.place)
		rows = append(rows, &city{id: p.place.id, code: p.code, country: p.place.country, admin: [4]string{"", p.admin2, p.admin3, ""}})
	}
	council := func(id, name string, lat, lon float64, codes ...string) *authority {
		return &authority{id: id, kind: "c", country: "GB", name: name + " Council", seatNames: []string{name}, hasPoint: true, lat: lat, lon: lon, onsCodes: codes}
	}
	dorset := council("gss:E06000059", "Dorset", 50.78, -2.28, "19UH", "19UJ")
	angus := council("gss:S12000041", "Angus", 56.67, -3, "00QC")
	dorset.unitary, angus.unitary = true, true
	all := []*authority{
		{id: "ags:06635", kind: "d", country: "DE", name: "Landkreis Waldeck-Frankenberg"},
		{id: "ags:06635021", kind: "c", country: "DE", name: "Waldeck", seatNames: []string{"Waldeck"}, parents: []string{"ags:06635"}},
		{id: "ags:08315", kind: "d", country: "DE", name: "Landkreis Breisgau-Hochschwarzwald"},
		{id: "ags:08315014", kind: "c", country: "DE", name: "Bad Krozingen", seatNames: []string{"Bad Krozingen"}, pop: 20000, parents: []string{"ags:08315"}},
		council("gss:E07000113", "Swale", 51.33, 0.81, "29UM"),
		council("gss:E07000130", "Charnwood", 52.72, -1.15, "31UC"),
		dorset,
		council("gss:E07000092", "Rushmoor", 51.29, -0.76, "24UL"),
		council("gss:E07000173", "Gedling", 52.98, -1.08, "37UE"),
		angus,
		council("gss:E07000075", "Rochford", 51.58, 0.71, "22UJ"),
		{id: "gss:E09000005", kind: "c", country: "GB", name: "London Borough of Brent", hasPoint: true, lat: 51.55, lon: -0.3}, // London: no codes
		{id: "gss:E10000016", kind: "d", country: "GB", name: "Kent County Council", onsCodes: []string{"29"}},
	}
	ix := indexSeats(world)
	ix.ruled = ruledSeats(all, geoPlaces(world, rows))
	if err := placeSeats(all, ix, nil); err != nil {
		t.Fatal(err)
	}
	m := byID(all)
	for id, want := range map[string]struct {
		seat            string
		approx, nearest bool
	}{
		"ags:06635":     {"11", false, false}, // its PPLA3, not the member named in it
		"ags:08315":     {"12", true, false},  // seated outside itself: its most populous member's
		"gss:E07000113": {"21", true, true},   // no town named Swale: its most populous
		"gss:E07000130": {"31", true, true},   // Leicester carries its code but lies in another area
		"gss:E06000059": {"41", true, true},   // its PPLA2 before the more populous Weymouth
		"gss:E07000092": {"51", true, true},   // the Rushmoor near its point is another council's hamlet
		"gss:E07000173": {"61", true, true},   // the village it is named after, dwarfed by Arnold
		"gss:S12000041": {"72", true, true},   // Scotland: the admin2 area its point lies in
		"gss:E07000075": {"80", false, false}, // its own town, half Rayleigh's size
		"gss:E09000005": {"90", true, true},   // the nearest place, as before
		"gss:E10000016": {"23", true, true},   // the county's PPLA2
	} {
		if a := m[id]; a.seat != want.seat || a.approx != want.approx || a.nearest != want.nearest {
			t.Errorf("%s: seat %s approx %v nearest %v, want %s %v %v", id, a.seat, a.approx, a.nearest, want.seat, want.approx, want.nearest)
		}
	}
}
