package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"
)

// cached answers GET and HEAD with an ETag computed from the body, a 304
// when If-None-Match holds it, and Cache-Control: the record changes after
// each crawl, so clients may keep an answer maxAge seconds and must then
// revalidate. Answers other than 200 pass through untouched.
func cached(maxAge string, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rec := &bufferedWriter{header: http.Header{}, status: http.StatusOK}
		next(rec, r)
		h := w.Header()
		for k, vs := range rec.header {
			h[k] = vs
		}
		if rec.status == http.StatusOK && h.Get("Content-Disposition") == "" {
			sum := sha256.Sum256(rec.body.Bytes())
			tag := `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`
			h.Set("ETag", tag)
			h.Set("Cache-Control", "public, max-age="+maxAge+", must-revalidate")
			if etagMatch(r.Header.Get("If-None-Match"), tag) {
				h.Del("Content-Length")
				w.WriteHeader(http.StatusNotModified)
				return
			}
		} else if rec.status == http.StatusOK {
			h.Set("Cache-Control", "public, max-age="+maxAge)
		}
		w.WriteHeader(rec.status)
		if r.Method != http.MethodHead {
			w.Write(rec.body.Bytes())
		}
	}
}

// etagMatch reports whether an If-None-Match header holds tag (weak
// comparison, as RFC 9110 asks for GET).
func etagMatch(header, tag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == tag || t == "*" {
			return true
		}
	}
	return false
}

// bufferedWriter holds an answer until its ETag is known.
type bufferedWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
	wrote  bool
}

func (b *bufferedWriter) Header() http.Header { return b.header }

func (b *bufferedWriter) WriteHeader(status int) {
	if !b.wrote {
		b.status, b.wrote = status, true
	}
}

func (b *bufferedWriter) Write(p []byte) (int, error) {
	b.wrote = true
	return b.body.Write(p)
}
