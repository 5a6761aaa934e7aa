package place

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

func gz(tb testing.TB, s string) *fstest.MapFile {
	tb.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return &fstest.MapFile{Data: b.Bytes()}
}

// mustDataFS copies the embedded data into a MapFS, replacing some files.
func mustDataFS(tb testing.TB, replace map[string]*fstest.MapFile) fstest.MapFS {
	tb.Helper()
	m := fstest.MapFS{}
	entries, err := fs.ReadDir(dataFS, "data")
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range entries {
		b, err := fs.ReadFile(dataFS, "data/"+e.Name())
		if err != nil {
			tb.Fatal(err)
		}
		m[e.Name()] = &fstest.MapFile{Data: b}
	}
	for name, f := range replace {
		if f == nil {
			delete(m, name)
		} else {
			m[name] = f
		}
	}
	return m
}

func TestLoad(t *testing.T) {
	t.Parallel()
	if _, err := Load(mustDataFS(t, nil)); err != nil {
		t.Fatalf("Load(copy of data) = %v", err)
	}
	for _, tc := range []struct {
		desc    string
		replace map[string]*fstest.MapFile
		want    string
	}{
		{"missing file", map[string]*fstest.MapFile{"epci.tsv.gz": nil}, "epci.tsv.gz"},
		{"not gzipped", map[string]*fstest.MapFile{"aliases.tsv.gz": {Data: []byte("Annecy-le-Vieux\t74010\td\n")}}, "aliases.tsv.gz"},
		{"wrong field count", map[string]*fstest.MapFile{"aliases.tsv.gz": gz(t, "Annecy-le-Vieux\t74010\n")}, "aliases.tsv.gz:1"},
		{"unknown commune", map[string]*fstest.MapFile{"aliases.tsv.gz": gz(t, "Nowhere\t00000\td\n")}, `unknown commune "00000"`},
		{"bad number", map[string]*fstest.MapFile{"world.tsv.gz": gz(t, "1\tCH\tCH.VD\tmany\t46.5\t6.6\tLausanne\n")}, "world.tsv.gz:1"},
		{"unknown region", map[string]*fstest.MapFile{"world.tsv.gz": gz(t, "1\tCH\tCH.XX\t10\t46.5\t6.6\tLausanne\n")}, `unknown region "CH.XX"`},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			t.Parallel()
			_, err := Load(mustDataFS(t, tc.replace))
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "place: ") {
				t.Errorf("Load = %v, want an error about %s", err, tc.want)
			}
		})
	}
}

func TestDefaultIsShared(t *testing.T) {
	t.Parallel()
	if a, b := Default(), Default(); a != b {
		t.Error("Default() built two gazetteers")
	}
}
