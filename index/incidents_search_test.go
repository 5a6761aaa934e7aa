package index

import (
	"math"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// Ids of the incident corpus.
const (
	idBourg       = "2021-04-bourg-saint-maurice"
	idAlbertville = "2022-01-albertville"
	idAix         = "2023-06-aix-les-bains"
	idParis       = "2023-03-paris-hopital"
	idAjaccio     = "2022-10-ajaccio"
	idLeeds       = "2024-02-leeds-acme"
	idSaintDenis  = "undated-saint-denis"
)

func TestIncidentSearch_query(t *testing.T) {
	t.Parallel()
	forEachIncidentEngine(t, func(t *testing.T, x *Incidents) {
		for _, tc := range []struct {
			name, q string
			want    []string // sorted
		}{
			{"title", "ransomware", []string{idBourg, idParis}},
			{"title and English evidence stemmed", "attacks", []string{idBourg, idAlbertville, idParis, idLeeds, idSaintDenis}},
			{"title stemmed in English", "campaigns", []string{idAjaccio}},
			{"victim official name", "acme", []string{idLeeds}},
			{"victim name as written", "ville d'ajaccio", []string{idAjaccio}},
			{"also affected", "tourisme", []string{idBourg}},
			{"also affected as written", "l'office", []string{idBourg}},
			{"place", "albertville", []string{idAlbertville}},
			{"place folded", "leeds", []string{idLeeds}},
			{"département name", "corse-du-sud", []string{idAjaccio}},
			{"département name only", "reunion", []string{idSaintDenis}},
			{"region", "auvergne", []string{idAix, idAlbertville, idBourg}},
			{"region folded", "ile-de-france", []string{idParis}},
			{"group", "lockbit", []string{idBourg}},
			{"evidence folded", "rancongiciel", []string{idBourg}},
			{"evidence stemmed in French", "donnee personnelle", []string{idAix}},
			{"evidence stemmed in English", "hacker attacking", []string{idLeeds}},
			{"words from several fields", "savoie rancongiciel", []string{idBourg}},
			{"phrase", `"office de tourisme"`, []string{idBourg}},
			{"phrase in evidence", `"mode degrade"`, []string{idParis}},
			{"phrase in reverse", `"tourisme de office"`, nil},
			{"prefix", "bourg-saint-mau*", []string{idBourg}},
			{"prefix folded", "hôpi*", []string{idParis, idAix}},
			{"exclusion", "savoie -lockbit", []string{idAix, idAlbertville}},
			{"no match", "grenoble", nil},
			{"blank is everything", " ", []string{idBourg, idAlbertville, idAjaccio, idParis, idAix, idLeeds, idSaintDenis}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				t.Parallel()
				want := slices.Sorted(slices.Values(tc.want))
				if got := incidentIDs(t, x, vigie.IncidentFilter{Query: tc.q}); !slices.Equal(got, want) {
					t.Errorf("search %q = %v, want %v", tc.q, got, want)
				}
			})
		}
	})
}

func TestIncidentSearch_filters(t *testing.T) {
	t.Parallel()
	yes, no := true, false
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	forEachIncidentEngine(t, func(t *testing.T, x *Incidents) {
		for _, tc := range []struct {
			name string
			f    vigie.IncidentFilter
			want []string // sorted
		}{
			{"country", vigie.IncidentFilter{Country: "GB"}, []string{idLeeds}},
			{"country ignores case", vigie.IncidentFilter{Country: "fr"}, []string{idBourg, idAlbertville, idAjaccio, idParis, idAix, idSaintDenis}},
			{"country of none", vigie.IncidentFilter{Country: "IT"}, nil},
			{"region", vigie.IncidentFilter{Region: "Auvergne-Rhône-Alpes"}, []string{idBourg, idAlbertville, idAix}},
			{"region without accents or capitals", vigie.IncidentFilter{Region: "ile de france"}, []string{idParis}},
			{"region in capitals", vigie.IncidentFilter{Region: "AUVERGNE-RHONE-ALPES"}, []string{idBourg, idAlbertville, idAix}},
			{"region is the whole name", vigie.IncidentFilter{Region: "Auvergne"}, nil},
			{"region of punctuation", vigie.IncidentFilter{Region: "!?"}, nil},
			{"department", vigie.IncidentFilter{Department: "73"}, []string{idBourg, idAlbertville, idAix}},
			{"department of Corsica ignores case", vigie.IncidentFilter{Department: "2A"}, []string{idAjaccio}},
			{"department overseas", vigie.IncidentFilter{Department: "974"}, []string{idSaintDenis}},
			{"attack", vigie.IncidentFilter{Attack: vigie.AttackRansomware}, []string{idBourg, idParis}},
			{"kind", vigie.IncidentFilter{Kind: vigie.VictimLocalPublicBody}, []string{idAix}},
			{"in scope", vigie.IncidentFilter{InScope: &yes}, []string{idBourg, idAlbertville, idAjaccio, idAix, idSaintDenis}},
			{"out of scope", vigie.IncidentFilter{InScope: &no}, []string{idParis, idLeeds}},
			{"from", vigie.IncidentFilter{From: day(2023, 3, 2)}, []string{idParis, idAix, idLeeds}},
			{"to is inclusive", vigie.IncidentFilter{To: day(2021, 4, 12)}, []string{idBourg}},
			{"month indexed at its first day", vigie.IncidentFilter{From: day(2022, 1, 1), To: day(2022, 1, 1)}, []string{idAlbertville}},
			{"minute precision keeps its instant", vigie.IncidentFilter{From: day(2023, 6, 5).Add(7*time.Hour + 30*time.Minute),
				To: day(2023, 6, 5).Add(7*time.Hour + 30*time.Minute)}, []string{idAix}},
			{"near, 50 km by default", vigie.IncidentFilter{Near: chambery}, []string{idAlbertville, idAix}},
			{"near, 20 km", vigie.IncidentFilter{Near: chambery, Km: 20}, []string{idAix}},
			{"near, 100 km", vigie.IncidentFilter{Near: chambery, Km: 100}, []string{idBourg, idAlbertville, idAix}},
			{"near Paris", vigie.IncidentFilter{Near: &vigie.Point{Lat: 48.85, Lon: 2.35}, Km: 10}, []string{idParis}},
			{"near, the whole Earth", vigie.IncidentFilter{Near: chambery, Km: 20000}, []string{idBourg, idAlbertville, idAjaccio, idParis, idAix, idLeeds}},
			{"near the antimeridian", vigie.IncidentFilter{Near: &vigie.Point{Lat: 0, Lon: 180}, Km: 100}, nil},
			{"query and filters", vigie.IncidentFilter{Query: "commune", Department: "73", InScope: &yes, From: day(2022, 1, 1)}, []string{idAlbertville}},
			{"every filter", vigie.IncidentFilter{Country: "FR", Region: "auvergne-rhone-alpes", Department: "73", Attack: vigie.AttackDataBreach,
				Kind: vigie.VictimLocalPublicBody, InScope: &yes, From: day(2023, 1, 1), To: day(2023, 12, 31), Near: chambery, Km: 15}, []string{idAix}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				t.Parallel()
				want := slices.Sorted(slices.Values(tc.want))
				if got := incidentIDs(t, x, tc.f); !slices.Equal(got, want) {
					t.Errorf("Search(%+v) = %v, want %v", tc.f, got, want)
				}
			})
		}
	})
}

func TestIncidentSearch_order(t *testing.T) {
	t.Parallel()
	forEachIncidentEngine(t, func(t *testing.T, x *Incidents) {
		for _, tc := range []struct {
			name  string
			f     vigie.IncidentFilter
			want  []string // in order
			total int
		}{
			{"latest start first, undated last", vigie.IncidentFilter{},
				[]string{idLeeds, idAix, idParis, idAjaccio, idAlbertville, idBourg, idSaintDenis}, 7},
			{"best match first", vigie.IncidentFilter{Query: "lockbit"}, []string{idBourg}, 1},
			{"title weighs more than evidence", vigie.IncidentFilter{Query: "hopital"}, []string{idParis, idAix}, 2},
			{"page 2", vigie.IncidentFilter{Page: 2, Size: 3}, []string{idAjaccio, idAlbertville, idBourg}, 7},
			{"last page", vigie.IncidentFilter{Page: 3, Size: 3}, []string{idSaintDenis}, 7},
			{"past the last page", vigie.IncidentFilter{Page: 4, Size: 3}, nil, 7},
			{"filtered page", vigie.IncidentFilter{Department: "73", Page: 2, Size: 1}, []string{idAlbertville}, 3},
		} {
			t.Run(tc.name, func(t *testing.T) {
				t.Parallel()
				r := mustSearchIncidents(t, x, tc.f)
				if !slices.Equal(r.IDs, tc.want) || r.Total != tc.total {
					t.Errorf("Search(%+v) = %v of %d, want %v of %d", tc.f, r.IDs, r.Total, tc.want, tc.total)
				}
			})
		}
	})
}

// TestIncidentSearch_sameStart checks that incidents starting the same day
// come by id, so that pages are stable.
func TestIncidentSearch_sameStart(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	start := vigie.Day(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	var incs []*vigie.Incident
	for _, id := range []string{"c", "a", "d", "b"} {
		incs = append(incs, &vigie.Incident{ID: id, Title: "Attack on " + id, Start: start})
	}
	mustReplace(t, x, incs...)
	var got []string
	for page := 1; page <= 4; page++ {
		got = append(got, mustSearchIncidents(t, x, vigie.IncidentFilter{Page: page, Size: 1}).IDs...)
	}
	if want := []string{"a", "b", "c", "d"}; !slices.Equal(got, want) {
		t.Errorf("pages = %v, want %v", got, want)
	}
}

func TestIncidentSearch_facets(t *testing.T) {
	t.Parallel()
	forEachIncidentEngine(t, func(t *testing.T, x *Incidents) {
		for _, tc := range []struct {
			name string
			f    vigie.IncidentFilter
			want map[string][]FacetCount
		}{
			{"all", vigie.IncidentFilter{Size: 1}, map[string][]FacetCount{
				FacetCountry:    {{"FR", 6}, {"GB", 1}},
				FacetRegion:     {{"Auvergne-Rhône-Alpes", 3}, {"Corse", 1}, {"England", 1}, {"La Réunion", 1}, {"Île-de-France", 1}},
				FacetDepartment: {{"73", 3}, {"2A", 1}, {"75", 1}, {"974", 1}},
				FacetAttack:     {{"ransomware", 2}, {"data-breach", 1}, {"ddos", 1}, {"intrusion", 1}, {"phishing", 1}, {"unknown", 1}},
				FacetKind:       {{"commune", 4}, {"company", 1}, {"hospital", 1}, {"local-public-body", 1}},
				FacetYear:       {{"2022", 2}, {"2023", 2}, {"2021", 1}, {"2024", 1}},
			}},
			{"filtered", vigie.IncidentFilter{Near: chambery}, map[string][]FacetCount{
				FacetCountry:    {{"FR", 2}},
				FacetRegion:     {{"Auvergne-Rhône-Alpes", 2}},
				FacetDepartment: {{"73", 2}},
				FacetAttack:     {{"data-breach", 1}, {"ddos", 1}},
				FacetKind:       {{"commune", 1}, {"local-public-body", 1}},
				FacetYear:       {{"2022", 1}, {"2023", 1}},
			}},
			{"nothing", vigie.IncidentFilter{Query: "grenoble"}, map[string][]FacetCount{
				FacetCountry: {}, FacetRegion: {}, FacetDepartment: {}, FacetAttack: {}, FacetKind: {}, FacetYear: {},
			}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				t.Parallel()
				if got := mustSearchIncidents(t, x, tc.f).Facets; !reflect.DeepEqual(got, tc.want) {
					t.Errorf("facets = %v\nwant %v", got, tc.want)
				}
			})
		}
	})
}

func TestIncidentSearch_invalid(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	mustReplace(t, x, incidentCorpus()...)
	day := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		f    vigie.IncidentFilter
	}{
		{"unbalanced quote", vigie.IncidentFilter{Query: `"office de tourisme`}},
		{"only exclusions", vigie.IncidentFilter{Query: "-lockbit"}},
		{"short prefix", vigie.IncidentFilter{Query: "b*"}},
		{"no word", vigie.IncidentFilter{Query: "! ?"}},
		{"negative page", vigie.IncidentFilter{Page: -1}},
		{"page too far", vigie.IncidentFilter{Page: MaxOffset, Size: MaxSize}},
		{"from after to", vigie.IncidentFilter{From: day, To: day.Add(-time.Second)}},
		{"km without near", vigie.IncidentFilter{Km: 10}},
		{"negative km", vigie.IncidentFilter{Near: chambery, Km: -1}},
		{"km not a number", vigie.IncidentFilter{Near: chambery, Km: math.NaN()}},
		{"infinite km", vigie.IncidentFilter{Near: chambery, Km: math.Inf(1)}},
		{"latitude past the pole", vigie.IncidentFilter{Near: &vigie.Point{Lat: 91, Lon: 0}}},
		{"longitude out of range", vigie.IncidentFilter{Near: &vigie.Point{Lat: 0, Lon: -181}}},
		{"latitude not a number", vigie.IncidentFilter{Near: &vigie.Point{Lat: math.NaN(), Lon: 0}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r, err := x.Search(t.Context(), tc.f)
			if code := vigie.ErrorCode(err); code != vigie.EINVALID {
				t.Errorf("Search(%+v) = %v, %v; want an error with code %s", tc.f, r, err, vigie.EINVALID)
			}
		})
	}
}

func TestIncidentDocument_leavesOutUnknowns(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	doc, err := x.newIncidentDocument(&vigie.Incident{ID: "x", Title: "Attack", Victim: vigie.Body{
		Place: vigie.Place{Name: "Nowhere", Lat: 95, Lon: 10}}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{incTitle: "Attack", incAnalyzers: []string{analyzerEN}, incPlace: "Nowhere", incInScope: "false"}
	if !reflect.DeepEqual(doc, want) {
		t.Errorf("document = %v, want %v", doc, want)
	}
}
