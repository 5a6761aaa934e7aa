package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// randomIncidents returns n incidents drawn by r, with what tells them
// apart in a search drawn too: places with and without a point, a region
// or a country, attacks and kinds in any case, starts shared, undated or
// at a time of day in another zone, words in varied numbers.
func randomIncidents(r *rand.Rand, n int) []*vigie.Incident {
	places := append(slices.Clone(benchPlaces),
		vigie.Place{Name: "Albi", Department: "81", DepartmentName: "Tarn", Region: "Occitanie", Country: "fr", Lat: 43.9298, Lon: 2.148},
		vigie.Place{Name: "Nowhere"},
		vigie.Place{Name: "Genève", Region: " Genève ", Country: "ch"})
	attacks := []vigie.AttackType{vigie.AttackRansomware, vigie.AttackDDoS, vigie.AttackDataBreach, vigie.AttackPhishing, vigie.AttackUnknown, "", "Ransomware"}
	kinds := []vigie.VictimKind{vigie.VictimCommune, vigie.VictimIntercommunalty, vigie.VictimLocalPublicBody, vigie.VictimHospital, vigie.VictimCompany, ""}
	zone := time.FixedZone("CEST", 7200)
	incs := make([]*vigie.Incident, n)
	for i := range incs {
		p := places[r.IntN(len(places))]
		var start vigie.Timestamp
		switch day := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(900)); r.IntN(4) {
		case 0: // undated
		case 1:
			start = vigie.At(day.Add(time.Duration(r.IntN(86400)) * time.Second).In(zone))
		default:
			start = vigie.Day(day)
		}
		src, ev := sourcesAndEvidence(int64(i+1), "fr", benchText(r, benchWordsFR, 1+r.IntN(20)))
		incs[i] = &vigie.Incident{
			ID: fmt.Sprintf("r%04d", r.IntN(100000)*10000+i), Title: benchText(r, benchWordsEN, 1+r.IntN(8)), Summary: benchText(r, benchWordsFR, r.IntN(30)),
			Victim: vigie.Body{Name: "la mairie de " + p.Name, Official: "Commune de " + p.Name, Kind: kinds[r.IntN(len(kinds))], Place: p},
			Attack: attacks[r.IntN(len(attacks))], Start: start, InScope: r.IntN(3) > 0, Sources: src, Evidence: ev,
		}
	}
	return incs
}

// randomIncidentFilter returns a filter drawn by r: words or none, filters,
// a point, an order and a page.
func randomIncidentFilter(r *rand.Rand) vigie.IncidentFilter {
	pick := func(vs ...string) string { // none, most often
		if r.IntN(4) > 0 {
			return ""
		}
		return vs[r.IntN(len(vs))]
	}
	f := vigie.IncidentFilter{
		Country: pick("fr", "GB", " ch", "XX"), Region: pick("auvergne-rhone-alpes", "Occitanie", "genève", "Savoie", "--"),
		Department: pick("73", "2a", "81"), Attack: vigie.AttackType(pick("ransomware", "DDoS", "unknown")),
		Kind: vigie.VictimKind(pick("commune", "hospital ")), Sort: pick("date", "relevance"), Page: 1 + r.IntN(3), Size: []int{1, 7, 20}[r.IntN(3)],
	}
	if r.IntN(3) > 0 {
		f.Query = []string{" ", "de", "la mairie", "the council", "attack", "rançongiciel", "cyberatack", "rancongicel", `"conseil municipal"`,
			"attaq*", "de -la", "savoie", "grenoble", "commune"}[r.IntN(14)]
	}
	if r.IntN(6) == 0 {
		f.From = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(900))
	}
	if r.IntN(6) == 0 { // a day, as starts are, or a time of day
		f.To = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(900))
		if r.IntN(2) == 0 {
			f.To = f.To.Add(time.Duration(r.IntN(86400)) * time.Second)
		}
	}
	if b := r.IntN(6); b < 2 {
		yes := b == 0
		f.InScope = &yes
	}
	if r.IntN(6) == 0 {
		f.Near, f.Km = chambery, float64(r.IntN(300))
		if r.IntN(3) == 0 {
			f.Sort = "distance"
		}
	}
	return f
}

// checkFindAsBleve checks that find answers filters as bleve alone does:
// the same total, page and facets, with and without forgiving typos.
func checkFindAsBleve(t *testing.T, x *Incidents, filters []vigie.IncidentFilter) {
	t.Helper()
	ctx := context.Background()
	for _, f := range filters {
		from, size, err := paging(f.Page, f.Size)
		if err != nil {
			t.Fatal(err)
		}
		for _, fuzzy := range []bool{false, f.Query != ""} {
			got, gotFacets, err := x.find(ctx, f, fuzzy, from, size, true)
			if err != nil {
				if _, _, berr := x.findBleve(ctx, f, fuzzy, from, size, true); berr == nil || berr.Error() != err.Error() {
					t.Errorf("%+v fuzzy %v: error %v, bleve alone %v", f, fuzzy, err, berr)
				}
				continue
			}
			want, wantFacets, err := x.findBleve(ctx, f, fuzzy, from, size, true)
			if err != nil {
				t.Fatalf("%+v: %v", f, err)
			}
			if got.Total != want.Total || got.Fuzzy != want.Fuzzy || !slices.Equal(got.IDs, want.IDs) {
				t.Errorf("%+v fuzzy %v:\n got %d %v\nwant %d %v", f, fuzzy, got.Total, got.IDs, want.Total, want.IDs)
			}
			if !reflect.DeepEqual(gotFacets, wantFacets) {
				t.Errorf("%+v fuzzy %v: facets\n got %v\nwant %v", f, fuzzy, gotFacets, wantFacets)
			}
		}
	}
}

// TestIncidentTable_findAsBleve: on random incidents and filters, the
// table's listings, orders and facets are bleve's, in memory and on disk,
// after a replace, after updates, and read back from the index reopened.
func TestIncidentTable_findAsBleve(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(8, 99))
	incs := randomIncidents(r, 400)
	filters := make([]vigie.IncidentFilter, 50)
	for i := range filters {
		filters[i] = randomIncidentFilter(r)
	}
	for _, in := range incs[:10] { // bounds on a start
		if t, ok := publishedTime(in.Start); ok {
			filters = append(filters, vigie.IncidentFilter{From: t}, vigie.IncidentFilter{To: t, Size: 50, Sort: "relevance"})
		}
	}
	filters = append(filters, vigie.IncidentFilter{Region: "--"}, vigie.IncidentFilter{Attack: " "}, vigie.IncidentFilter{Country: "Fr", Query: "de"})
	dir := t.TempDir()
	for _, engine := range []string{"memory", "disk"} {
		t.Run(engine, func(t *testing.T) {
			path, filters := filepath.Join(dir, "incidents.bleve"), filters
			if engine == "memory" {
				path, filters = "", filters[:15] // bleve's memory engine is slow with typos and points
			}
			x, err := OpenIncidents(path) // closed below, to be opened again
			if err != nil {
				t.Fatal(err)
			}
			mustReplace(t, x, incs[:300]...)
			checkFindAsBleve(t, x, filters)

			// a cycle: some gone, some changed, some new, one given twice
			changed := randomIncidents(r, 60)
			for i, in := range changed[:30] {
				in.ID = incs[i*3].ID
			}
			changed = append(changed, changed[0])
			gone := []string{incs[1].ID, incs[4].ID, incs[3].ID, "not-there"}
			if err := x.Update(gone, append(changed, incs[300:]...)); err != nil {
				t.Fatal(err)
			}
			for _, u := range []struct {
				gone []string
				incs []*vigie.Incident
			}{{nil, nil}, {[]string{incs[10].ID, changed[40].ID}, randomIncidents(r, 5)}, {nil, changed[45:50]}} {
				tableRows(x.table)
				if err := x.Update(u.gone, u.incs); err != nil {
					t.Fatal(err)
				}
			}
			checkFindAsBleve(t, x, filters)
			if path == "" {
				_ = x.Close()
				return
			}
			before := tableRows(x.table)
			if err := x.Close(); err != nil {
				t.Fatal(err)
			}
			x = mustOpenIncidents(t, path)
			if after := tableRows(x.table); !reflect.DeepEqual(after, before) {
				t.Errorf("the table read back from the index is not the table its writes made")
			}
			checkFindAsBleve(t, x, filters)
		})
	}
}

// tableRows returns the rows of t, in order, without their codes (which
// depend on the order the values came in), checking that its positions
// are theirs.
func tableRows(t *incidentTable) []incidentRow {
	var rows []incidentRow
	for i, r := range t.rows {
		if t.pos[r.id] != int32(i) || len(t.pos) != len(t.rows) {
			panic("the positions of the table are not its rows'")
		}
		for f, c := range r.codes {
			if t.values[f][c] != r.facets[f] {
				panic("a row's code is not its value's")
			}
		}
		r.codes = [len(facetOrder)]int32{}
		rows = append(rows, r)
	}
	return rows
}

// TestIncidentTable_unknownHit: a hit the table does not know (a write
// landing between the index and the table) is searched by bleve alone.
func TestIncidentTable_unknownHit(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	corpus := incidentCorpus()
	mustReplace(t, x, corpus...)
	x.table.replace(nil)
	got := mustSearchIncidents(t, x, vigie.IncidentFilter{Query: "savoie"})
	if want := []string{idBourg, idAlbertville, idAix}; got.Total != 3 || !slices.Equal(slices.Sorted(slices.Values(got.IDs)), want) {
		t.Errorf("savoie = %d %v, want %v", got.Total, got.IDs, want)
	}
	if got.Facets[FacetDepartment][0] != (FacetCount{"73", 3}) {
		t.Errorf("facets = %v", got.Facets)
	}
}

// TestIncidentTable_listing: a listing without words reads the table alone,
// which a write keeps in step.
func TestIncidentTable_listing(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	corpus := incidentCorpus()
	mustReplace(t, x, corpus...)
	all := mustSearchIncidents(t, x, vigie.IncidentFilter{Size: MaxSize})
	want := []string{idLeeds, idAix, idParis, idAjaccio, idAlbertville, idBourg, idSaintDenis}
	if !slices.Equal(all.IDs, want) {
		t.Errorf("listing = %v, want %v", all.IDs, want)
	}
	if err := x.Update([]string{idLeeds}, nil); err != nil {
		t.Fatal(err)
	}
	if got := mustSearchIncidents(t, x, vigie.IncidentFilter{Size: MaxSize}); !slices.Equal(got.IDs, want[1:]) || got.Facets[FacetCountry][0] != (FacetCount{"FR", 6}) || len(got.Facets[FacetCountry]) != 1 {
		t.Errorf("after Update: %v %v", got.IDs, got.Facets[FacetCountry])
	}
}

func TestIncidentTable_concurrent(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	x := mustOpenIncidents(t, filepath.Join(t.TempDir(), "incidents.bleve"))
	incs := randomIncidents(r, 200)
	mustReplace(t, x, incs...)
	done := make(chan struct{})
	errs := make(chan error, 2)
	for _, f := range []vigie.IncidentFilter{{Query: "de la"}, {Country: "FR"}} {
		go func() {
			for {
				select {
				case <-done:
					errs <- nil
					return
				default:
				}
				if res, err := x.Search(context.Background(), f); err != nil || res.Total == 0 || len(res.IDs) == 0 {
					errs <- fmt.Errorf("%+v: %d %v %v", f, res.Total, res.IDs, err)
					return
				}
			}
		}()
	}
	for i := range 20 {
		if err := x.Update([]string{incs[i].ID}, incs[i+100:i+110]); err != nil {
			t.Fatal(err)
		}
	}
	close(done)
	for range 2 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	tableRows(x.table)
}
