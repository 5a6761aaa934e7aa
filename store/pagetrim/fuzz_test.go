package pagetrim

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/vigie-news/vigie"
)

// FuzzTrim: whatever the bytes, Trim returns the page or a page that
// extracts to the same article and error (make fuzz).
func FuzzTrim(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.html")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<svg><![CDATA[x]]><style>a{}</style></svg><script>" + string(bytes.Repeat([]byte("a "), 400)) + "</script>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		out := Trim(utf8HTML, body)
		if bytes.Equal(out, body) {
			return
		}
		page := vigie.Page{URL: "https://example.com/2024/a", FinalURL: "https://example.com/2024/a", ContentType: utf8HTML}
		src := vigie.Source{Name: "fuzz", TimeZone: paris}
		want, wantErr := extractPage(page, src, body)
		got, gotErr := extractPage(page, src, out)
		if !reflect.DeepEqual(got, want) || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("trimmed %q\nextracts to %+v (%v), want %+v (%v)", out, got, gotErr, want, wantErr)
		}
	})
}
