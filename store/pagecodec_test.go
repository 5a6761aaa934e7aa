package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

func TestPageCodecRoundTrip(t *testing.T) {
	t.Parallel()
	binary := make([]byte, 1<<16)
	for i := range binary {
		binary[i] = byte(i * 7919 >> 3)
	}
	for name, body := range map[string][]byte{
		"empty":  {},
		"small":  []byte("<html>"),
		"page":   []byte("<html><body>" + strings.Repeat("<p>Cyberattaque à la mairie de Saint-Cloud.</p>\n", 2000) + "</body></html>"),
		"binary": binary,
		"gzip":   mustGzip(t, []byte("a page that happens to be gzip")),
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			stored := encodePage(body)
			if !bytes.HasPrefix(stored, zstdMagic) {
				t.Fatalf("stored % x…, want a zstd frame", stored[:min(len(stored), 4)])
			}
			got, err := decodePage(stored)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, body) {
				t.Errorf("decoded %d bytes, want %d", len(got), len(body))
			}
		})
	}
}

// TestRawPageGzip reads a page as versions before zstd stored it.
func TestRawPageGzip(t *testing.T) {
	t.Parallel()
	db := mustOpen(t, Memory)
	a := newArticle("https://example.com/a", "text")
	mustSave(t, db, a, vigie.RawPage{Body: []byte("x")})
	body := []byte("<html><body><p>Rançongiciel à la mairie.</p></body></html>")
	mustSetRawBody(t, db, a.ID, mustGzip(t, body))
	assertRawPage(t, db, vigie.RawPage{ArticleID: a.ID, URL: a.URL, Body: body, FetchedAt: a.FetchedAt})
}

func TestRawPageCorrupt(t *testing.T) {
	t.Parallel()
	page := []byte(strings.Repeat("<p>Cyberattaque à la mairie.</p>\n", 500))
	good := encodePage(page)
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0xff
	gz := mustGzip(t, page)
	for name, blob := range map[string][]byte{
		"empty":          {},
		"plain html":     []byte("<html><body>not compressed</body></html>"),
		"zstd magic":     append(bytes.Clone(zstdMagic), "garbage garbage garbage"...),
		"zstd truncated": good[:len(good)/2],
		"zstd flipped":   flipped,
		"zstd bomb":      encodePage(make([]byte, maxPageSize+1)),
		"gzip magic":     append(bytes.Clone(gzipMagic), "garbage"...),
		"gzip truncated": gz[:len(gz)/2],
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			db := mustOpen(t, Memory)
			a := newArticle("https://example.com/a", "text")
			mustSave(t, db, a, vigie.RawPage{Body: []byte("x")})
			mustSetRawBody(t, db, a.ID, blob)
			_, err := db.RawPage(context.Background(), a.ID)
			if err == nil || !strings.Contains(err.Error(), "store: raw page") {
				t.Fatalf("RawPage = %v, want a store error", err)
			}
			if vigie.ErrorCode(err) == vigie.ENOTFOUND {
				t.Errorf("RawPage = %v, want an error that is not ENOTFOUND", err)
			}
			if name == "plain html" && !errors.Is(err, errPageEncoding) {
				t.Errorf("RawPage = %v, want errPageEncoding", err)
			}
		})
	}
}

// mustGzip returns b gzipped, as versions before zstd stored pages.
func mustGzip(tb testing.TB, b []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// mustSetRawBody overwrites the stored body of article id's page.
func mustSetRawBody(tb testing.TB, db *DB, id int64, body []byte) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := db.db.ExecContext(ctx, "UPDATE raw_pages SET body = ? WHERE article_id = ?", body, id); err != nil {
		tb.Fatal(err)
	}
}
