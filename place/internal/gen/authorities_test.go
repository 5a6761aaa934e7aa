package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

func writeFixture(tb testing.TB, name, text string) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

func byID(as []*authority) map[string]*authority {
	m := map[string]*authority{}
	for _, a := range as {
		m[a.id] = a
	}
	return m
}

// A few lines of Destatis' extract: a Land, a kreisfreie Stadt, a
// Landkreis with an Amt, and an uninhabited area left out.
const gvFixture = "\ufeffsatzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad,schluessel,bezeichnung,verstaedterungschluessel,verstaedterungbezeichnung\n" +
	"10,,14,,,,,Sachsen,,,,,,,,,,,,\n" +
	"40,41,14,7,13,,,\"Leipzig, Stadt\",,,,,,,,,,,,\n" +
	"50,50,14,7,13,0000,,\"Leipzig, Stadt\",,,,,,,,,,,,\n" +
	"60,61,14,7,13,0000,000,\"Leipzig, Stadt\", 297.80, 593 145, 1, 1, 1,04109,\"12,373075\",\"51,340632\",,,,\n" +
	"40,44,14,7,29,,,Leipzig,,,,,,,,,,,,\n" +
	"50,54,14,7,29,5301,,Bad Lausick,,,,,,,,,,,,\n" +
	"60,63,14,7,29,5301,010,\"Bad Lausick, Stadt\", 1, 7 984, 1, 1, 1,04651,\"12,64\",\"51,14\",,,,\n" +
	"60,64,14,7,29,5301,330,Otterwisch, 1, 1 381, 1, 1, 1,04668,\"12,61\",\"51,20\",,,,\n" +
	"60,66,14,7,29,0000,999,Forst, 1, 0, 0, 0, 0,,,,,,,\n"

func TestReadDE(t *testing.T) {
	t.Parallel()
	as, err := readDE(writeFixture(t, "gv.csv", gvFixture))
	if err != nil {
		t.Fatal(err)
	}
	m := byID(as)
	for id, want := range map[string]struct {
		name, kind string
		parents    []string
		pop        int
	}{
		"ags:14":        {"Sachsen", "r", nil, 602510},
		"ags:14713":     {"Leipzig", "d", []string{"ags:14"}, 593145},
		"ags:14713000":  {"Leipzig", "c", []string{"ags:14713", "ags:14"}, 593145},
		"ags:14729":     {"Landkreis Leipzig", "d", []string{"ags:14"}, 9365},
		"ars:147295301": {"Verwaltungsgemeinschaft Bad Lausick", "i", []string{"ags:14729", "ags:14"}, 9365},
		"ags:14729010":  {"Bad Lausick", "c", []string{"ars:147295301", "ags:14729", "ags:14"}, 7984},
		"ags:14729330":  {"Otterwisch", "c", []string{"ars:147295301", "ags:14729", "ags:14"}, 1381},
	} {
		a := m[id]
		if a == nil {
			t.Errorf("%s missing", id)
			continue
		}
		if a.name != want.name || a.kind != want.kind || !slices.Equal(a.parents, want.parents) || a.pop != want.pop {
			t.Errorf("%s = %q %s %v %d, want %q %s %v %d", id, a.name, a.kind, a.parents, a.pop, want.name, want.kind, want.parents, want.pop)
		}
	}
	if _, ok := m["ags:14729999"]; ok {
		t.Error("an uninhabited gemeindefreies Gebiet is listed")
	}
	if a := m["ags:14713000"]; !a.hasPoint || a.lat < 51.3 || a.lon < 12.3 || !slices.Contains(a.aliases, "Stadt Leipzig") {
		t.Errorf("Leipzig: point %v %v,%v, aliases %v", a.hasPoint, a.lat, a.lon, a.aliases)
	}
	if a := m["ags:14729"]; !slices.Contains(a.aliases, "Leipzig") {
		t.Errorf("Landkreis Leipzig aliases %v, want its bare name", a.aliases)
	}
}

const ukFixture = "local-authority-code,official-name,nice-name,gss-code,replaced-by,nation,local-authority-type,county-la,combined-authority,alt-names,current-authority,pop-2020,lat,long,snac\n" +
	"KEN,Kent County Council,Kent,E10000016,,England,CTY,,,\"Kent,kent county\",True,1589057.0,51.5,0.09,29\n" +
	"MAI,Maidstone Borough Council,Maidstone,E07000110,,England,NMD,KEN,,Maidstone,True,171826.0,51.27,0.52,29UH\n" +
	"ALL,Allerdale Borough Council,Allerdale,E07000026,CBD,England,NMD,,,,False,,,,16UB\n" +
	"CBD,Cumberland Council,Cumberland,E06000063,,England,UA,,,,True,,,,\n"

func TestReadUK(t *testing.T) {
	t.Parallel()
	as, err := readUK(writeFixture(t, "uk.csv", ukFixture))
	if err != nil {
		t.Fatal(err)
	}
	m := byID(as)
	if len(as) != 3 {
		t.Errorf("%d authorities, want the 3 current", len(as))
	}
	if a := m["gss:E10000016"]; a == nil || a.kind != "d" || a.hasPoint {
		t.Errorf("Kent = %+v, want a county without its (wrong) point", a)
	}
	if a := m["gss:E07000110"]; a == nil || a.kind != "c" || !slices.Equal(a.parents, []string{"gss:E10000016"}) {
		t.Errorf("Maidstone = %+v, want a district of Kent", a)
	}
	if a := m["gss:E06000063"]; a == nil || !slices.Contains(a.aliases, "Allerdale Borough Council") {
		t.Errorf("Cumberland = %+v, want Allerdale's name among its aliases", a)
	}
	// GeoNames still gives Allerdale's towns its ONS code.
	for id, want := range map[string][]string{"gss:E10000016": {"29"}, "gss:E07000110": {"29UH"}, "gss:E06000063": {"16UB"}} {
		if a := m[id]; !slices.Equal(a.onsCodes, want) {
			t.Errorf("%s: ONS codes %v, want %v", id, a.onsCodes, want)
		}
	}
	if a := m["gss:E06000063"]; !a.unitary {
		t.Error("Cumberland is not a council of one tier")
	}
}

func TestReadATAndNL(t *testing.T) {
	t.Parallel()
	at, err := readAT(writeFixture(t, "at.csv", "Gemeindekennziffer;Gemeindename;Gemeindecode;Status;PLZ des Gem.Amtes;weitere Postleitzahlen\n"+
		"60101;Graz;60101;SR;8010;\n90001;Wien-Innere Stadt;90101;SR;1010;\n90001;Wien-Leopoldstadt;90201;SR;1020;\n"),
		map[string]string{"AT.06": "Steiermark", "AT.09": "Wien"})
	if err == nil {
		t.Fatalf("readAT read %d authorities from 3 lines, want an error for a list too short", len(at))
	}
	nl, err := readNL(writeFixture(t, "gm.ts", "export const gmData = [\n  {\n    name: 'Aa en Hunze',\n    vrCode: 'VR03',\n    gemcode: 'GM1680',\n  },\n];\n"))
	if err == nil {
		t.Fatalf("readNL read %d from one entry, want an error for a list too short", len(nl))
	}
}

func TestPlaceSeats(t *testing.T) {
	t.Parallel()
	world := []worldPlace{
		{id: "1", country: "DE", region: "Sachsen", pop: 600000, lat: 51.34, lon: 12.37, names: []string{"Leipzig"}},
		{id: "2", country: "DE", region: "Sachsen", pop: 28000, lat: 51.23, lon: 12.72, names: []string{"Grimma"}},
		{id: "3", country: "DE", region: "Hessen", pop: 900, lat: 50.0, lon: 9.0, names: []string{"Leipzig"}},
	}
	all := []*authority{
		{id: "ags:14", kind: "r", country: "DE", name: "Sachsen", region: "Sachsen"},
		{id: "ags:14713000", kind: "c", country: "DE", name: "Leipzig", seatNames: []string{"Leipzig"}, hasPoint: true, lat: 51.34, lon: 12.37, parents: []string{"ags:14713", "ags:14"}},
		{id: "ags:14713", kind: "d", country: "DE", name: "Leipzig", seatNames: []string{"Leipzig"}, region: "Sachsen", parents: []string{"ags:14"}},
		{id: "ags:14729160", kind: "c", country: "DE", name: "Grimma", seatNames: []string{"Grimma"}, hasPoint: true, lat: 51.23, lon: 12.72, pop: 28000, parents: []string{"ags:14729", "ags:14"}},
		{id: "ags:14729999", kind: "c", country: "DE", name: "Kleindorf", seatNames: []string{"Kleindorf"}, hasPoint: true, lat: 51.25, lon: 12.70, pop: 300, parents: []string{"ags:14729", "ags:14"}},
		{id: "ags:14729", kind: "d", country: "DE", name: "Landkreis Leipzig", parents: []string{"ags:14"}},
	}
	if err := placeSeats(all, indexSeats(world), map[string]string{"DE|sachsen": "1"}); err != nil {
		t.Fatal(err)
	}
	m := byID(all)
	for id, want := range map[string]struct {
		seat   string
		approx bool
	}{
		"ags:14":       {"1", false}, // the region's seat
		"ags:14713000": {"1", false}, // its name, near its point (not Leipzig in Hessen)
		"ags:14713":    {"1", false}, // its name, in its region
		"ags:14729160": {"2", false},
		"ags:14729999": {"2", true}, // not in the gazetteer: the nearest place
		"ags:14729":    {"2", true}, // no member named in it: the most populous
	} {
		if a := m[id]; a.seat != want.seat || a.approx != want.approx {
			t.Errorf("%s: seat %s approx %v, want %s %v", id, a.seat, a.approx, want.seat, want.approx)
		}
	}
}

// dbfFixture writes a dBase III file with character fields.
func dbfFixture(tb testing.TB, name string, fields []string, widths []int, rows [][]string) string {
	tb.Helper()
	size := 1
	for _, w := range widths {
		size += w
	}
	header := 32 + 32*len(fields) + 1
	b := make([]byte, header, header+size*len(rows)+1)
	b[0] = 3
	binary.LittleEndian.PutUint32(b[4:8], uint32(len(rows)))
	binary.LittleEndian.PutUint16(b[8:10], uint16(header))
	binary.LittleEndian.PutUint16(b[10:12], uint16(size))
	for i, f := range fields {
		d := b[32+32*i:]
		copy(d[:11], f)
		d[11] = 'C'
		d[16] = byte(widths[i])
	}
	b[header-1] = 0x0d
	for _, r := range rows {
		b = append(b, ' ')
		for i, v := range r {
			cell := make([]byte, widths[i])
			copy(cell, v)
			b = append(b, cell...)
		}
	}
	b = append(b, 0x1a)
	return writeFixture(tb, name, string(b))
}

func TestReadCH(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, swissYear), 0o755); err != nil {
		t.Fatal(err)
	}
	cantons := [][]string{{"1", "Zürich"}, {"2", "Bern / Berne"}}
	for i := 3; i <= 26; i++ {
		cantons = append(cantons, []string{strconv.Itoa(i), "Kanton " + strconv.Itoa(i)})
	}
	communes := [][]string{{"261", "Zürich", "1"}, {"371", "Biel/Bienne", "2"}, {"22", "Benken (ZH)", "1"}}
	for i := 0; i < 2000; i++ {
		communes = append(communes, []string{strconv.Itoa(3000 + i), "Dorf " + strconv.Itoa(i), "2"})
	}
	for name, path := range map[string]string{
		"cantons.dbf":        dbfFixture(t, "c.dbf", []string{"id", "name"}, []int{2, 33}, cantons),
		"municipalities.dbf": dbfFixture(t, "m.dbf", []string{"id", "name", "KTNR"}, []int{4, 28, 2}, communes),
	} {
		if err := os.Rename(path, filepath.Join(dir, swissYear, name)); err != nil {
			t.Fatal(err)
		}
	}
	as, err := readCH(dir, map[string]string{"CH.ZH": "Zürich", "CH.BE": "Bern"})
	if err != nil {
		t.Fatal(err)
	}
	m := byID(as)
	if a := m["bfs-kt:2"]; a == nil || a.kind != "r" || a.region != "Bern" || !slices.Contains(a.aliases, "Canton de Berne") {
		t.Errorf("canton 2 = %+v", a)
	}
	if a := m["bfs:371"]; a == nil || a.region != "Bern" || !slices.Contains(a.aliases, "Bienne") || !slices.Equal(a.parents, []string{"bfs-kt:2"}) {
		t.Errorf("Biel/Bienne = %+v", a)
	}
	if a := m["bfs:22"]; a == nil || !slices.Contains(a.seatNames, "Benken") {
		t.Errorf("Benken (ZH) = %+v, want the name without its canton as a seat name", a)
	}
}
