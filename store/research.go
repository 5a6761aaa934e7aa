package store

import (
	"context"
	"database/sql"
	"strings"

	"github.com/vigie-news/vigie"
)

// insertResearchRows writes the rows of in that researchers query
// directly: its bodies (incident_body) and its evidence sentences
// (evidence). The views incident and incident_article need nothing more.
// Unknown values are NULL.
func insertResearchRows(ctx context.Context, tx *sql.Tx, in *vigie.Incident) error {
	bodies := append([]vigie.Body{in.Victim}, in.AlsoAffected...)
	for i, b := range bodies {
		role := "also_affected"
		if i == 0 {
			role = "victim"
		}
		p := b.Place
		var lat, lon any
		if p.HasPoint() {
			lat, lon = p.Lat, p.Lon
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO incident_body (incident_id, position, role, name, official, kind,
			place, insee, department, department_name, region, country, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			in.ID, i, role, null(b.Name), null(b.Official), null(string(b.Kind)), null(p.Name), null(p.INSEE),
			null(p.Department), null(p.DepartmentName), null(p.Region), null(p.Country), lat, lon); err != nil {
			return err
		}
	}
	for i, e := range in.Evidence {
		var article any
		if e.ArticleID != 0 {
			article = e.ArticleID
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO evidence (incident_id, position, field, value, sentence, article_id, url)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, in.ID, i, e.Field, null(e.Value), e.Sentence, article, null(e.URL)); err != nil {
			return err
		}
	}
	return nil
}

// null returns s, or nil (NULL) when it is blank.
func null(s string) any {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return s
}
