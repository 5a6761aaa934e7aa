// Command vendorleaflet copies Leaflet's built files and licence from the
// npm registry into web/static/leaflet, checking the tarball against the
// integrity the registry published for the pinned version. It is run by
// `go generate ./web` (see web/generate.go); its output is committed, so
// that builds and tests never need the network.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/vigie-news/vigie/web/internal/npmtar"
)

// The pinned release, and the integrity of its tarball (npm view
// leaflet@1.9.4 dist.integrity).
const (
	version   = "1.9.4"
	tarball   = "https://registry.npmjs.org/leaflet/-/leaflet-" + version + ".tgz"
	integrity = "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
)

// keep maps the files of the tarball to copy to their names under out.
var keep = map[string]string{
	"package/dist/leaflet.js":                "leaflet.js",
	"package/dist/leaflet.css":               "leaflet.css",
	"package/dist/images/marker-icon.png":    "images/marker-icon.png",
	"package/dist/images/marker-icon-2x.png": "images/marker-icon-2x.png",
	"package/dist/images/marker-shadow.png":  "images/marker-shadow.png",
	"package/dist/images/layers.png":         "images/layers.png",
	"package/dist/images/layers-2x.png":      "images/layers-2x.png",
	"package/LICENSE":                        "LICENSE",
}

func main() {
	out := "static/leaflet"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	if err := run(out); err != nil {
		fmt.Fprintln(os.Stderr, "vendorleaflet:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	body, err := npmtar.Fetch(tarball, integrity)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(keep))
	for n := range keep {
		names = append(names, n)
	}
	files, err := npmtar.Files(body, names...)
	if err != nil {
		return err
	}
	for src, name := range keep {
		path := filepath.Join(out, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, files[src], 0o644); err != nil {
			return err
		}
	}
	note := "Leaflet " + version + " (BSD-2-Clause, see LICENSE), from " + tarball + "\nintegrity " + integrity + "\nWritten by `go generate ./web`; do not edit.\n"
	return os.WriteFile(filepath.Join(out, "VERSION"), []byte(strings.TrimLeft(note, "\n")), 0o644)
}
