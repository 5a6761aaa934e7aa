package store

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// TestResearchTables: an incident's bodies and evidence are rows, the
// views flatten it, unknown values are NULL, and replacing the incidents
// leaves no orphan row.
func TestResearchTables(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	a := newArticle("https://example.com/seez", "a")
	mustSave(t, db, a, vigie.RawPage{})
	in := &vigie.Incident{ID: "2021-04-seez", Title: "Ransomware attack on Mairie de Séez", Attack: vigie.AttackRansomware, InScope: true,
		Confidence: 0.1 + 0.8, Start: vigie.Day(time.Date(2021, 4, 24, 0, 0, 0, 0, time.UTC)),
		Victim: vigie.Body{Name: "la mairie", Official: "Mairie de Séez", Kind: vigie.VictimCommune,
			Place: vigie.Place{Name: "Sées", INSEE: "61464", Department: "61", Region: "Normandie", Country: "FR", Lat: 48.6, Lon: 0.17}},
		AlsoAffected: []vigie.Body{{Name: "le CCAS", Official: "CCAS de Séez", Kind: vigie.VictimLocalPublicBody}},
		Sources:      []vigie.IncidentSource{{ArticleID: a.ID, Role: vigie.RoleFirstReport}},
		Evidence: []vigie.Evidence{{Field: "victim", Value: "Mairie de Séez", Sentence: "La mairie de Séez a été attaquée.", ArticleID: a.ID},
			{Field: "attack", Value: "ransomware", Sentence: "Un rançongiciel a chiffré les serveurs."}}}
	if err := db.ReplaceIncidents(ctx, []*vigie.Incident{in}); err != nil {
		t.Fatal(err)
	}
	var victim, insee, kind string
	var alsoInsee sql.NullString
	var lat sql.NullFloat64
	row := db.db.QueryRowContext(ctx, `SELECT v.official, v.insee, a.kind, a.insee, a.lat FROM incident_body v
		JOIN incident_body a ON a.incident_id = v.incident_id AND a.role = 'also_affected' WHERE v.role = 'victim'`)
	if err := row.Scan(&victim, &insee, &kind, &alsoInsee, &lat); err != nil || victim != "Mairie de Séez" || insee != "61464" ||
		kind != "local-public-body" || alsoInsee.Valid || lat.Valid {
		t.Errorf("incident_body: %q %q %q %v %v, %v", victim, insee, kind, alsoInsee, lat, err)
	}
	var n int
	var article sql.NullInt64
	if err := db.db.QueryRowContext(ctx, `SELECT count(*), min(article_id) FROM evidence WHERE incident_id = ?`, in.ID).Scan(&n, &article); err != nil ||
		n != 2 || article.Int64 != a.ID {
		t.Errorf("evidence: %d rows, article %v, %v", n, article, err)
	}
	var title, start string
	var conf float64
	var group sql.NullString
	if err := db.db.QueryRowContext(ctx, `SELECT title, start, confidence, grp FROM incident WHERE id = ?`, in.ID).Scan(&title, &start, &conf, &group); err != nil ||
		title != in.Title || start != "2021-04-24" || conf != 0.9 || group.Valid {
		t.Errorf("view incident: %q %q %v %v, %v", title, start, conf, group, err)
	}
	var url, role string
	if err := db.db.QueryRowContext(ctx, `SELECT url, role FROM incident_article WHERE incident_id = ?`, in.ID).Scan(&url, &role); err != nil ||
		url != a.URL || role != "first-report" {
		t.Errorf("view incident_article: %q %q, %v", url, role, err)
	}
	if err := db.ReplaceIncidents(ctx, nil); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"incident_body", "evidence"} {
		if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s keeps %d rows after the incidents went, %v", table, n, err)
		}
	}
}

// TestSiteName: site= finds an outlet by its name or its source's as
// stored (through the indexes), in any case, or by host.
func TestSiteName(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := mustOpen(t, Memory)
	a := newArticle("https://www.francedepeche.test/a.html", "a")
	a.Site, a.Source = "France Dépêche", "France Dépêche - fil"
	mustSave(t, db, a, vigie.RawPage{})
	for in, want := range map[string]string{"France Dépêche": "France Dépêche", "France Dépêche - fil": "France Dépêche",
		"france dépêche": "France Dépêche", "FRANCE DÉPÊCHE - FIL": "France Dépêche",
		"www.francedepeche.test": "France Dépêche", "francedepeche.test": "France Dépêche", "other.test": "", "Le Progrès": ""} {
		if got, err := db.SiteName(ctx, in); err != nil || got != want {
			t.Errorf("SiteName(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
