package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// table collects the lines of one tab-separated data file.
type table struct{ buf bytes.Buffer }

func (t *table) row(fields ...string) {
	t.buf.WriteString(strings.Join(fields, "\t"))
	t.buf.WriteByte('\n')
}

// write gzips the table into dir/name. gzip's header carries no time, so
// the same input always gives the same bytes.
func (t *table) write(dir, name string) error {
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	if _, err := zw.Write(t.buf.Bytes()); err != nil {
		return fmt.Errorf("gen: compress %s: %w", name, err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gen: compress %s: %w", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), out.Bytes(), 0o644); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	return nil
}

func coord(v float64) string {
	s := strconv.FormatFloat(v, 'f', 4, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

func flag01(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func writeAll(dir string, fr *france, epcis []epci, world []place, regions []worldRegion) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	for name, t := range map[string]*table{
		"communes.tsv.gz": communesTable(fr),
		"aliases.tsv.gz":  aliasesTable(fr),
		"epci.tsv.gz":     epciTable(epcis),
		"areas.tsv.gz":    areasTable(fr, regions),
		"world.tsv.gz":    worldTable(world),
	} {
		if err := t.write(dir, name); err != nil {
			return err
		}
	}
	return nil
}

// communesTable: INSEE code, name, département, région code, population,
// lat, lon, 1 when the position is estimated.
func communesTable(fr *france) *table {
	t := &table{}
	for _, c := range fr.communes {
		t.row(c.Code, c.Nom, c.Departement, c.Region, strconv.Itoa(c.Population), coord(c.lat), coord(c.lon), flag01(c.approx))
	}
	return t
}

var arrondissement = regexp.MustCompile(`^(.+) (\d+(?:er|e)) Arrondissement$`)

// aliasesTable: name, INSEE code of the current commune, kind (d: commune
// déléguée, a: commune associée, m: arrondissement municipal). A municipal
// arrondissement is also listed as "Paris 15e" and "15e arrondissement de Paris".
func aliasesTable(fr *france) *table {
	t := &table{}
	for _, a := range fr.aliases {
		t.row(a.name, a.insee, string(a.kind))
		if m := arrondissement.FindStringSubmatch(a.name); a.kind == 'm' && m != nil {
			t.row(m[1]+" "+m[2], a.insee, "m")
			t.row(m[2]+" arrondissement de "+m[1], a.insee, "m")
		}
	}
	return t
}

// epciTable: SIREN, type, name, seat INSEE code, 1 when the seat is named
// in the EPCI's name, members' INSEE codes separated by commas.
func epciTable(epcis []epci) *table {
	t := &table{}
	for _, e := range epcis {
		t.row(e.code, e.typ, e.name, e.seat, flag01(e.named), strings.Join(e.members, ","))
	}
	return t
}

// areasTable: kind (D: département, R: région), country, code, name,
// région code (départements), chef-lieu (INSEE code in France, geonameid
// elsewhere), other names separated by "|".
func areasTable(fr *france, regions []worldRegion) *table {
	t := &table{}
	for _, d := range fr.departments {
		t.row("D", "FR", d.Code, d.Nom, d.Region, d.ChefLieu, strings.Join(frenchDepartmentAliases[d.Code], "|"))
	}
	for _, r := range fr.regions {
		t.row("R", "FR", r.Code, r.Nom, "", r.ChefLieu, strings.Join(frenchRegionAliases[r.Code], "|"))
	}
	for _, r := range regions {
		t.row("R", r.country, r.code, r.name, "", r.capital, strings.Join(r.aliases, "|"))
	}
	return t
}

// worldTable: geonameid, country, admin1 code, population, lat, lon,
// names separated by "|" (official first).
func worldTable(world []place) *table {
	t := &table{}
	for _, p := range world {
		t.row(p.id, p.country, p.country+"."+p.admin[0], strconv.Itoa(p.population), coord(p.lat), coord(p.lon), strings.Join(p.names, "|"))
	}
	return t
}
