package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/vigie-news/vigie/internal/fold"
)

// officialCountries are the countries whose registry names each
// municipality by its official name in its own language(s): Destatis,
// Statistik Austria, the BFS, ISTAT and INE. The others' registries name
// councils (GB), or use display names (the Dutch dashboard's "Den Bosch"),
// or one language of a bilingual commune (Belgium's "Vorst" for Forest).
var officialCountries = []string{"DE", "AT", "CH", "IT", "ES"}

// invertedArticle is INE's way of writing a leading article last:
// "Coruña, A", "Bisbal d'Empordà, La".
var invertedArticle = regexp.MustCompile(`^(.+), (La|El|Las|Los|L'|A|O|As|Os|Les|Els|Es|Sa|Ses)$`)

// displayName is a registry name as it is written in running text: an
// inverted article put back in front.
func displayName(name string) string {
	m := invertedArticle.FindStringSubmatch(name)
	if m == nil {
		return name
	}
	if strings.HasSuffix(m[2], "'") {
		return m[2] + m[1]
	}
	return m[2] + " " + m[1]
}

// officialFor returns the name the municipality seated at a place is
// officially known by, and whether that name is one of the place's own
// names (so that it is the same town: GeoNames lists "Oppido Lucano" among
// Potenza's names). The name is "" where it should not replace GeoNames'
// main name: where they are the same, where GeoNames' name is the
// Castilian half of a bilingual one ("Burriana", not "Borriana/Burriana"),
// or where the registry abbreviates ("Bruck i.d.OPf."). It does replace an
// exonym or a spelling ("Rome": Roma, "Sankt Gallen": St. Gallen, "Zwettl
// Stadt": Zwettl-Niederösterreich).
func officialFor(official string, names []string) (string, bool) {
	name := displayName(official)
	parts := strings.Split(name, "/")
	for i := range parts {
		parts[i] = fold.String(strings.TrimSpace(parts[i]))
	}
	forms := append([]string{fold.String(name)}, parts...)
	own := false
	for _, n := range names {
		own = own || slices.Contains(forms, fold.String(n))
	}
	switch {
	case !own:
		return "", false
	case name == names[0], strings.Contains(strings.TrimPrefix(name, "St. "), "."),
		len(parts) > 1 && slices.Contains(parts[1:], fold.String(names[0])):
		return "", true
	}
	return name, true
}

// runOfficial writes official.tsv.gz: geonameid and official name of the
// places that are their municipality's own seat (authorities.tsv.gz, seat
// found by name) in officialCountries, where that name differs from
// GeoNames'. A place that is the own seat of two municipalities by name
// keeps GeoNames' name.
func runOfficial(out string) error {
	names := map[string][]string{}
	err := readGzipTSV(filepath.Join(out, "world.tsv.gz"), func(f []string) error {
		names[f[0]] = strings.Split(f[6], "|")
		return nil
	})
	if err != nil {
		return err
	}
	found := map[string]string{}
	var order []string
	err = readGzipTSV(filepath.Join(out, "authorities.tsv.gz"), func(f []string) error {
		if f[1] != "c" || f[6] != "0" || !slices.Contains(officialCountries, f[2]) {
			return nil
		}
		ns, ok := names[f[5]]
		if !ok {
			return fmt.Errorf("gen: authorities.tsv.gz: unknown seat %q", f[5])
		}
		name, own := officialFor(f[3], ns)
		if !own {
			return nil
		}
		if _, seen := found[f[5]]; seen {
			name = "" // two municipalities claim it
		} else {
			order = append(order, f[5])
		}
		found[f[5]] = name
		return nil
	})
	if err != nil {
		return err
	}
	var t table
	n := 0
	for _, id := range order {
		if found[id] != "" {
			t.row(id, found[id])
			n++
		}
	}
	if err := t.write(out, "official.tsv.gz"); err != nil {
		return err
	}
	fmt.Printf("gen: %d official names in %s\n", n, filepath.Join(out, "official.tsv.gz"))
	return nil
}
