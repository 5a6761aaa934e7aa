package index

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// Places of the incident corpus.
var (
	placeBourg = vigie.Place{Name: "Bourg-Saint-Maurice", INSEE: "73054", Department: "73", DepartmentName: "Savoie",
		Region: "Auvergne-Rhône-Alpes", Country: "FR", Lat: 45.6186, Lon: 6.7697} // 66 km from Chambéry
	placeAlbertville = vigie.Place{Name: "Albertville", INSEE: "73011", Department: "73", DepartmentName: "Savoie",
		Region: "Auvergne-Rhône-Alpes", Country: "FR", Lat: 45.6755, Lon: 6.3925} // 39 km from Chambéry
	placeAix = vigie.Place{Name: "Aix-les-Bains", INSEE: "73008", Department: "73", DepartmentName: "Savoie",
		Region: "Auvergne-Rhône-Alpes", Country: "fr", Lat: 45.6885, Lon: 5.9153} // 14 km from Chambéry
	placeParis = vigie.Place{Name: "Paris", INSEE: "75056", Department: "75", DepartmentName: "Paris",
		Region: "Île-de-France", Country: "FR", Lat: 48.8566, Lon: 2.3522}
	placeAjaccio = vigie.Place{Name: "Ajaccio", INSEE: "2A004", Department: "2a", DepartmentName: "Corse-du-Sud",
		Region: "Corse", Country: "FR", Lat: 41.9192, Lon: 8.7386}
	placeLeeds      = vigie.Place{Name: "Leeds", Region: "England", Country: "GB", Lat: 53.8008, Lon: -1.5491}
	placeSaintDenis = vigie.Place{Name: "Saint-Denis", INSEE: "97411", Department: "974", DepartmentName: "La Réunion",
		Region: "La Réunion", Country: "FR"} // no point
)

// chambery is the point near searches are made from.
var chambery = &vigie.Point{Lat: 45.5646, Lon: 5.9178}

// incidentCorpus returns the incidents the search tests run on. Latest
// start first they are leeds, aix, paris, ajaccio, albertville, bourg and
// the undated saint-denis.
func incidentCorpus() []*vigie.Incident {
	day := func(y int, m time.Month, d int) vigie.Timestamp {
		return vigie.Day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
	}
	fr := func(id int64, sentences ...string) ([]vigie.IncidentSource, []vigie.Evidence) {
		return sourcesAndEvidence(id, "fr", sentences...)
	}
	bourgSrc, bourgEv := fr(1, "La commune de Bourg-Saint-Maurice a été victime d’un rançongiciel.",
		"Le groupe LockBit a revendiqué l'attaque.")
	albSrc, albEv := fr(2, "Le site de la mairie d'Albertville est inaccessible depuis lundi.")
	aixSrc, aixEv := fr(3, "Des données personnelles des usagers du CCAS ont fuité.",
		"Le CCAS avait déjà été visé, comme l'hôpital voisin, l'an passé.")
	parisSrc, parisEv := fr(4, "Les urgences de l'hôpital fonctionnent en mode dégradé.")
	ajaccioSrc, ajaccioEv := fr(5, "Des courriels frauduleux ont été envoyés aux agents municipaux.")
	leedsSrc, leedsEv := sourcesAndEvidence(6, "en-GB", "The company's systems were attacked by hackers on Tuesday.")
	sdSrc, sdEv := fr(7, "Les services de la mairie de Saint-Denis sont perturbés.")
	return []*vigie.Incident{
		{ID: "2021-04-bourg-saint-maurice", Title: "Ransomware attack on Commune de Bourg-Saint-Maurice (Savoie)",
			Summary:      "Ransomware attack on Commune de Bourg-Saint-Maurice, claimed by LockBit.",
			Victim:       vigie.Body{Name: "la mairie de Bourg-Saint-Maurice", Official: "Commune de Bourg-Saint-Maurice", Kind: vigie.VictimCommune, Place: placeBourg},
			AlsoAffected: []vigie.Body{{Name: "l'office de tourisme", Official: "Office de tourisme des Arcs", Kind: vigie.VictimLocalPublicBody}},
			Attack:       vigie.AttackRansomware, Group: "LockBit", Start: day(2021, 4, 12), InScope: true, Sources: bourgSrc, Evidence: bourgEv},
		{ID: "2022-01-albertville", Title: "Denial-of-service attack on Commune d'Albertville (Savoie)",
			Victim: vigie.Body{Name: "Albertville", Official: "Commune d'Albertville", Kind: vigie.VictimCommune, Place: placeAlbertville},
			Attack: vigie.AttackDDoS, Start: vigie.Timestamp{Time: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), Precision: vigie.PrecisionMonth},
			InScope: true, Sources: albSrc, Evidence: albEv},
		{ID: "2023-06-aix-les-bains", Title: "Data breach on CCAS d'Aix-les-Bains (Savoie)",
			Victim: vigie.Body{Name: "le CCAS", Official: "CCAS d'Aix-les-Bains", Kind: vigie.VictimLocalPublicBody, Place: placeAix},
			Attack: vigie.AttackDataBreach, Start: vigie.At(time.Date(2023, 6, 5, 9, 30, 0, 0, time.FixedZone("CEST", 7200))),
			InScope: true, Sources: aixSrc, Evidence: aixEv},
		{ID: "2023-03-paris-hopital", Title: "Ransomware attack on Hôpital Saint-Louis (Paris)",
			Victim: vigie.Body{Name: "l'hôpital Saint-Louis", Official: "Hôpital Saint-Louis", Kind: vigie.VictimHospital, Place: placeParis},
			Attack: vigie.AttackRansomware, Start: day(2023, 3, 2), Sources: parisSrc, Evidence: parisEv},
		{ID: "2022-10-ajaccio", Title: "Phishing campaign on Commune d'Ajaccio (Corse-du-Sud)",
			Victim: vigie.Body{Name: "la ville d'Ajaccio", Official: "Commune d'Ajaccio", Kind: vigie.VictimCommune, Place: placeAjaccio},
			Attack: vigie.AttackPhishing, Start: day(2022, 10, 15), InScope: true, Sources: ajaccioSrc, Evidence: ajaccioEv},
		{ID: "2024-02-leeds-acme", Title: "Intrusion on Acme Ltd (England)",
			Victim: vigie.Body{Name: "Acme", Official: "Acme Ltd", Kind: vigie.VictimCompany, Place: placeLeeds},
			Attack: vigie.AttackIntrusion, Start: vigie.At(time.Date(2024, 2, 20, 14, 0, 0, 0, time.UTC)), Sources: leedsSrc, Evidence: leedsEv},
		{ID: "undated-saint-denis", Title: "Cyber attack on Commune de Saint-Denis (La Réunion)",
			Victim: vigie.Body{Name: "Saint-Denis", Official: "Commune de Saint-Denis", Kind: vigie.VictimCommune, Place: placeSaintDenis},
			Attack: vigie.AttackUnknown, InScope: true, Sources: sdSrc, Evidence: sdEv},
	}
}

// sourcesAndEvidence returns one source, the article id in lang, and the
// evidence sentences read from it.
func sourcesAndEvidence(id int64, lang string, sentences ...string) ([]vigie.IncidentSource, []vigie.Evidence) {
	url := "https://example.org/" + strings.Repeat("a", int(id))
	src := []vigie.IncidentSource{{ArticleID: id, URL: url, Lang: lang, Role: vigie.RoleFirstReport}}
	var ev []vigie.Evidence
	for _, s := range sentences {
		ev = append(ev, vigie.Evidence{Field: "victim", Sentence: s, ArticleID: id, URL: url})
	}
	return src, ev
}

// mustOpenIncidents opens the incident index at path and closes it at the
// end of the test.
func mustOpenIncidents(tb testing.TB, path string) *Incidents {
	tb.Helper()
	x, err := OpenIncidents(path)
	if err != nil {
		tb.Fatalf("OpenIncidents(%q): %v", path, err)
	}
	tb.Cleanup(func() { _ = x.Close() })
	return x
}

// mustReplace makes incs the incidents of x.
func mustReplace(tb testing.TB, x *Incidents, incs ...*vigie.Incident) {
	tb.Helper()
	if err := x.Replace(incs); err != nil {
		tb.Fatalf("Replace: %v", err)
	}
}

// mustSearchIncidents searches x for f.
func mustSearchIncidents(tb testing.TB, x *Incidents, f vigie.IncidentFilter) IncidentResult {
	tb.Helper()
	r, err := x.Search(context.Background(), f)
	if err != nil {
		tb.Fatalf("Search(%+v): %v", f, err)
	}
	return r
}

// mustCountIncidents returns the number of documents of x.
func mustCountIncidents(tb testing.TB, x *Incidents) uint64 {
	tb.Helper()
	n, err := x.Count()
	if err != nil {
		tb.Fatalf("Count: %v", err)
	}
	return n
}

// incidentIDs returns the sorted ids of the incidents matching f.
func incidentIDs(tb testing.TB, x *Incidents, f vigie.IncidentFilter) []string {
	tb.Helper()
	f.Size = MaxSize
	ids := mustSearchIncidents(tb, x, f).IDs
	slices.Sort(ids)
	return ids
}

// forEachIncidentEngine runs test on an incident index holding
// incidentCorpus, in memory and on disk.
func forEachIncidentEngine(t *testing.T, test func(t *testing.T, x *Incidents)) {
	t.Run("memory", func(t *testing.T) {
		t.Parallel()
		x := mustOpenIncidents(t, "")
		mustReplace(t, x, incidentCorpus()...)
		test(t, x)
	})
	t.Run("disk", func(t *testing.T) {
		t.Parallel()
		x := mustOpenIncidents(t, filepath.Join(t.TempDir(), "incidents.bleve"))
		mustReplace(t, x, incidentCorpus()...)
		test(t, x)
	})
}

func TestIncidents_replace(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, filepath.Join(t.TempDir(), "incidents.bleve"))
	corpus := incidentCorpus()
	mustReplace(t, x, corpus...)
	if n := mustCountIncidents(t, x); n != uint64(len(corpus)) {
		t.Fatalf("Count = %d, want %d", n, len(corpus))
	}

	// a new clustering: bourg is gone, albertville changed, a new one came
	alb := *corpus[1]
	alb.Title, alb.Summary = "Denial-of-service attack on Commune d'Albertville", "Its website was down for a week."
	newer := &vigie.Incident{ID: "2024-05-chambery", Title: "Ransomware attack on Commune de Chambéry",
		Victim: vigie.Body{Official: "Commune de Chambéry", Kind: vigie.VictimCommune}, InScope: true}
	next := append([]*vigie.Incident{&alb, newer}, corpus[2:]...)
	mustReplace(t, x, next...)
	if n := mustCountIncidents(t, x); n != uint64(len(next)) {
		t.Errorf("Count after a new set = %d, want %d", n, len(next))
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"bourg", nil},
		{"week", []string{"2022-01-albertville"}},
		{"chambery", []string{"2024-05-chambery"}},
		{"ajaccio", []string{"2022-10-ajaccio"}},
	} {
		if got := incidentIDs(t, x, vigie.IncidentFilter{Query: tc.q}); !slices.Equal(got, tc.want) {
			t.Errorf("search %q after a new set = %v, want %v", tc.q, got, tc.want)
		}
	}

	mustReplace(t, x)
	if n := mustCountIncidents(t, x); n != 0 {
		t.Errorf("Count after an empty set = %d, want 0", n)
	}
}

func TestIncidents_replaceRefusesBadSets(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	corpus := incidentCorpus()
	mustReplace(t, x, corpus...)
	for name, incs := range map[string][]*vigie.Incident{
		"nil incident":   {corpus[0], nil},
		"no id":          {corpus[0], {Title: "Sans id"}},
		"id given twice": {corpus[0], corpus[1], corpus[0]},
	} {
		t.Run(name, func(t *testing.T) {
			if err := x.Replace(incs); err == nil {
				t.Error("Replace succeeded")
			}
			if n := mustCountIncidents(t, x); n != uint64(len(corpus)) {
				t.Errorf("Count = %d, want %d: a refused set changes nothing", n, len(corpus))
			}
		})
	}
}

func TestOpenIncidents_reopenKeepsDocuments(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "incidents.bleve")
	x, err := OpenIncidents(path)
	if err != nil {
		t.Fatal(err)
	}
	mustReplace(t, x, incidentCorpus()...)
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	x = mustOpenIncidents(t, path)
	if n, want := mustCountIncidents(t, x), uint64(len(incidentCorpus())); n != want {
		t.Errorf("Count after reopen = %d, want %d", n, want)
	}
	got := incidentIDs(t, x, vigie.IncidentFilter{Near: chambery})
	if want := []string{"2022-01-albertville", "2023-06-aix-les-bains"}; !slices.Equal(got, want) {
		t.Errorf("near search after reopen = %v, want %v", got, want)
	}
}

// TestOpenIncidents_articleIndex checks that each index refuses the other:
// their mappings differ.
func TestOpenIncidents_articleIndex(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	articles, incidents := filepath.Join(dir, "articles.bleve"), filepath.Join(dir, "incidents.bleve")
	// each index created with its own mapping
	if err := closeIf(Open(articles)); err != nil {
		t.Fatal(err)
	}
	if err := closeIf(OpenIncidents(incidents)); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"incidents as articles": closeIf(Open(incidents)),
		"articles as incidents": closeIf(OpenIncidents(articles)),
	} {
		if !strings.Contains(vigie.ErrorMessage(err), "vigie reindex") || vigie.ErrorCode(err) != vigie.ECONFLICT {
			t.Errorf("%s: error %v, want a mapping version conflict asking for vigie reindex", name, err)
		}
	}
}

// closeIf closes x when err is nil and returns err.
func closeIf(x interface{ Close() error }, err error) error {
	if err != nil {
		return err
	}
	return x.Close()
}

func TestIncidents_canceledContext(t *testing.T) {
	t.Parallel()
	x := mustOpenIncidents(t, "")
	mustReplace(t, x, incidentCorpus()...)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Search(ctx, vigie.IncidentFilter{Query: "savoie"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Search with a canceled context: %v, want context.Canceled", err)
	}
}
