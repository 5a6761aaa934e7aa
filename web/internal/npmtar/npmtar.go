// Package npmtar fetches a package tarball from the npm registry for the
// web package's vendoring generators, checks it against the integrity the
// registry published, and reads files out of it. It runs at `go generate`
// time only; nothing at run time imports it.
package npmtar

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"time"
)

// maxTarball bounds the bytes read from the registry.
const maxTarball = 128 << 20

// Fetch downloads the tarball at url and checks it against integrity, a
// "sha512-<base64>" string as `npm view NAME@VERSION dist.integrity` prints.
func Fetch(url, integrity string) ([]byte, error) {
	c := &http.Client{Timeout: 5 * time.Minute}
	res, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", url, res.Status)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, maxTarball))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	sum := sha512.Sum512(body)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != integrity {
		return nil, fmt.Errorf("%s: integrity %s, want %s", url, got, integrity)
	}
	return body, nil
}

// Files returns the named files of the gzipped tarball body, by name
// ("package/LICENSE"); a name missing from it is an error.
func Files(body []byte, names ...string) (map[string][]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	tr := tar.NewReader(zr)
	out := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		if want[h.Name] {
			if out[h.Name], err = io.ReadAll(tr); err != nil {
				return nil, err
			}
		}
	}
	for _, n := range names {
		if _, ok := out[n]; !ok {
			return nil, fmt.Errorf("%s not in the tarball", n)
		}
	}
	return out, nil
}
