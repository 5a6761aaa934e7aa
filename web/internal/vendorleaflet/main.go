// Command vendorleaflet copies Leaflet's built files and licence from the
// npm registry into web/static/leaflet, checking the tarball against the
// integrity the registry published for the pinned version. It is run by
// `go generate ./web` (see web/generate.go); its output is committed, so
// that builds and tests never need the network.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
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
	body, err := download(tarball)
	if err != nil {
		return err
	}
	sum := sha512.Sum512(body)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != integrity {
		return fmt.Errorf("%s: integrity %s, want %s", tarball, got, integrity)
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	found := 0
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		} else if err != nil {
			return err
		}
		name, ok := keep[h.Name]
		if !ok {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		path := filepath.Join(out, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return err
		}
		found++
	}
	if found != len(keep) {
		return fmt.Errorf("%d of %d files found in %s", found, len(keep), tarball)
	}
	note := "Leaflet " + version + " (BSD-2-Clause, see LICENSE), from " + tarball + "\nintegrity " + integrity + "\nWritten by `go generate ./web`; do not edit.\n"
	return os.WriteFile(filepath.Join(out, "VERSION"), []byte(strings.TrimLeft(note, "\n")), 0o644)
}

func download(url string) ([]byte, error) {
	c := &http.Client{Timeout: time.Minute}
	res, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", url, res.Status)
	}
	return io.ReadAll(io.LimitReader(res.Body, 10<<20))
}
