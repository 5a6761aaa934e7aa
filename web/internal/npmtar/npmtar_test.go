package npmtar

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"testing"
)

// mustTarball returns a gzipped tarball of files, by name.
func mustTarball(tb testing.TB, files map[string]string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body))}); err != nil {
			tb.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			tb.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// TestFetchFiles: a tarball with the published integrity is read; one
// with another, or without a file asked, is refused.
func TestFetchFiles(t *testing.T) {
	t.Parallel()
	body := mustTarball(t, map[string]string{"package/LICENSE": "MIT", "package/data.json": "{}"})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(body) }))
	defer srv.Close()
	sum := sha512.Sum512(body)
	integrity := "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
	got, err := Fetch(srv.URL, integrity)
	if err != nil {
		t.Fatal(err)
	}
	files, err := Files(got, "package/LICENSE", "package/data.json")
	if err != nil || string(files["package/LICENSE"]) != "MIT" || string(files["package/data.json"]) != "{}" {
		t.Errorf("files %q, %v", files, err)
	}
	if _, err := Files(got, "package/missing"); err == nil {
		t.Error("a missing file was not refused")
	}
	if _, err := Fetch(srv.URL, "sha512-AAAA"); err == nil {
		t.Error("a tarball of another integrity was not refused")
	}
}
