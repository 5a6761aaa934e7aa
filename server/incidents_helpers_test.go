package server

import (
	"context"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/store"
)

// incidentLibrary serves incidents from a real store and incident index,
// as cmd/vigie's app is to.
type incidentLibrary struct {
	db       *store.DB
	ix       *index.Incidents
	articles *library // over the same store
}

// FindIncidents searches the index and reads the incidents found from the
// store, in the index's order (snippets are cut from their evidence).
func (l *incidentLibrary) FindIncidents(ctx context.Context, f vigie.IncidentFilter) (vigie.IncidentList, error) {
	res, err := l.ix.Search(ctx, f)
	if err != nil {
		return vigie.IncidentList{}, err
	}
	incs, err := l.db.IncidentsByID(ctx, res.IDs)
	if err != nil {
		return vigie.IncidentList{}, err
	}
	list := vigie.IncidentList{Total: res.Total, Page: max(f.Page, 1), Size: f.Size, Facets: map[string][]vigie.FacetCount{}}
	if list.Size <= 0 {
		list.Size = index.DefaultSize
	}
	list.Incidents = append(list.Incidents, incs...)
	for name, counts := range res.Facets {
		list.Facets[name] = []vigie.FacetCount{}
		for _, c := range counts {
			list.Facets[name] = append(list.Facets[name], vigie.FacetCount{Value: c.Value, Count: c.Count})
		}
	}
	return list, nil
}

// FindIncident reads one incident from the store.
func (l *incidentLibrary) FindIncident(ctx context.Context, id string) (*vigie.Incident, error) {
	return l.db.Incident(ctx, id)
}

// Places of the incident fixture.
var (
	placeBourg = vigie.Place{Name: "Bourg-Saint-Maurice", INSEE: "73054", Department: "73", DepartmentName: "Savoie",
		Region: "Auvergne-Rhône-Alpes", Country: "FR", Lat: 45.6186, Lon: 6.7697} // 66 km from Chambéry
	placeAlbertville = vigie.Place{Name: "Albertville", INSEE: "73011", Department: "73", DepartmentName: "Savoie",
		Region: "Auvergne-Rhône-Alpes", Country: "FR", Lat: 45.6755, Lon: 6.3925} // 39 km from Chambéry
	placeAix = vigie.Place{Name: "Aix-les-Bains", INSEE: "73008", Department: "73", DepartmentName: "Savoie",
		Region: "Auvergne-Rhône-Alpes", Country: "FR", Lat: 45.6885, Lon: 5.9153} // 14 km from Chambéry
	placeParis = vigie.Place{Name: "Paris", INSEE: "75056", Department: "75", DepartmentName: "Paris",
		Region: "Île-de-France", Country: "FR", Lat: 48.8566, Lon: 2.3522}
	placeAjaccio = vigie.Place{Name: "Ajaccio", INSEE: "2A004", Department: "2A", DepartmentName: "Corse-du-Sud",
		Region: "Corse", Country: "FR", Lat: 41.9192, Lon: 8.7386}
	placeLeeds      = vigie.Place{Name: "Leeds", Region: "England", Country: "GB", Lat: 53.8008, Lon: -1.5491}
	placeSaintDenis = vigie.Place{Name: "Saint-Denis", INSEE: "97411", Department: "974", DepartmentName: "La Réunion",
		Region: "La Réunion", Country: "FR"} // no point
)

// Ids of the incident fixture.
const (
	idBourg       = "2021-04-bourg-saint-maurice"
	idAlbertville = "2022-01-albertville"
	idAix         = "2023-06-aix-les-bains"
	idParis       = "2023-03-paris-hopital"
	idAjaccio     = "2022-10-ajaccio"
	idLeeds       = "2024-02-leeds-acme"
	idSaintDenis  = "undated-saint-denis"
)

// testIncidents returns the incidents of the fixture, reported by the
// fixture's articles (ids). Latest start first they are leeds, aix, paris,
// ajaccio, albertville, bourg and the undated saint-denis; paris and leeds
// are out of scope.
func testIncidents(ids map[string]int64) []*vigie.Incident {
	day := func(y int, m time.Month, d int) vigie.Timestamp {
		return vigie.Day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
	}
	reported := time.Date(2025, 3, 15, 8, 0, 0, 0, time.UTC)
	incident := func(id, title string, victim vigie.Body, attack vigie.AttackType, start vigie.Timestamp, article, sentence string) *vigie.Incident {
		a := ids[article]
		return &vigie.Incident{ID: id, Title: title, Summary: title + ".", Victim: victim, Attack: attack, Start: start,
			InScope: victim.Kind.InScope(), Confidence: 0.8, FirstReported: reported, LastUpdated: reported,
			Sources: []vigie.IncidentSource{{ArticleID: a, URL: "https://example.org/" + article, Site: "Example", Lang: "fr",
				Title: title, Role: vigie.RoleFirstReport, Published: day(2025, 3, 12)}},
			Evidence: []vigie.Evidence{{Field: "victim", Value: victim.Official, Sentence: sentence, ArticleID: a}}}
	}
	body := func(name, official string, kind vigie.VictimKind, p vigie.Place) vigie.Body {
		return vigie.Body{Name: name, Official: official, Kind: kind, Place: p}
	}
	bourg := incident(idBourg, "Ransomware attack on Commune de Bourg-Saint-Maurice",
		body("la mairie de Bourg-Saint-Maurice", "Commune de Bourg-Saint-Maurice", vigie.VictimCommune, placeBourg),
		vigie.AttackRansomware, day(2021, 4, 12), "seez", "La commune de Bourg-Saint-Maurice a été victime d’un rançongiciel.")
	bourg.Group, bourg.Impacts, bourg.Responses, bourg.Ransom = "LockBit", []string{"servers", "email"}, []string{"complaint-filed"}, "refused"
	bourg.AlsoAffected = []vigie.Body{body("l'office de tourisme", "Office de tourisme des Arcs", vigie.VictimLocalPublicBody, vigie.Place{})}
	return []*vigie.Incident{
		bourg,
		incident(idAlbertville, "Denial-of-service attack on Commune d'Albertville",
			body("Albertville", "Commune d'Albertville", vigie.VictimCommune, placeAlbertville), vigie.AttackDDoS,
			vigie.Timestamp{Time: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), Precision: vigie.PrecisionMonth},
			"lyon", "Le site de la mairie d'Albertville est inaccessible depuis lundi."),
		incident(idAix, "Data breach on CCAS d'Aix-les-Bains",
			body("le CCAS", "CCAS d'Aix-les-Bains", vigie.VictimLocalPublicBody, placeAix), vigie.AttackDataBreach,
			day(2023, 6, 5), "seez", "Des données personnelles des usagers du CCAS ont fuité."),
		incident(idParis, "Ransomware attack on Hôpital Saint-Louis",
			body("l'hôpital Saint-Louis", "Hôpital Saint-Louis", vigie.VictimHospital, placeParis), vigie.AttackRansomware,
			day(2023, 3, 2), "lyon", "Les urgences de l'hôpital fonctionnent en mode dégradé."),
		incident(idAjaccio, "Phishing campaign on Commune d'Ajaccio",
			body("la ville d'Ajaccio", "Commune d'Ajaccio", vigie.VictimCommune, placeAjaccio), vigie.AttackPhishing,
			day(2022, 10, 15), "seez", "Des courriels frauduleux ont été envoyés aux agents municipaux."),
		incident(idLeeds, "Intrusion on Acme Ltd",
			body("Acme", "Acme Ltd", vigie.VictimCompany, placeLeeds), vigie.AttackIntrusion,
			vigie.At(time.Date(2024, 2, 20, 14, 0, 0, 0, time.UTC)), "bbc", "The company's systems were attacked by hackers."),
		incident(idSaintDenis, "Cyber attack on Commune de Saint-Denis",
			body("Saint-Denis", "Commune de Saint-Denis", vigie.VictimCommune, placeSaintDenis), vigie.AttackUnknown,
			vigie.Timestamp{}, "seez", "Les services de la mairie de Saint-Denis sont perturbés."),
	}
}

// mustIncidentLibrary returns an incident library over the store of a new
// article fixture, holding testIncidents.
func mustIncidentLibrary(tb testing.TB) *incidentLibrary {
	tb.Helper()
	fx := mustFixture(tb)
	ix, err := index.OpenIncidents("")
	if err != nil {
		tb.Fatalf("index.OpenIncidents: %v", err)
	}
	tb.Cleanup(func() { _ = ix.Close() })
	incs := testIncidents(fx.ids)
	if err := fx.lib.db.ReplaceIncidents(context.Background(), incs); err != nil {
		tb.Fatalf("ReplaceIncidents: %v", err)
	}
	if err := ix.Replace(incs); err != nil {
		tb.Fatalf("Replace: %v", err)
	}
	return &incidentLibrary{db: fx.lib.db, ix: ix, articles: fx.lib}
}

// server returns a Server over l that logs nothing.
func (l *incidentLibrary) server() *Server {
	s := l.articles.server()
	s.Incidents = l
	return s
}

// incidentList is the answer of GET /api/incidents.
type incidentList struct {
	Total     int                           `json:"total"`
	Page      int                           `json:"page"`
	Size      int                           `json:"size"`
	Incidents []map[string]any              `json:"incidents"`
	Facets    map[string][]vigie.FacetCount `json:"facets"`
}

// ids returns the ids of the incidents of l, in order.
func (l incidentList) ids() []string {
	ids := []string{}
	for _, in := range l.Incidents {
		if id, ok := in["id"].(string); ok {
			ids = append(ids, id)
		}
	}
	return ids
}
