package crawler

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// maxEncodings is how many content codings one answer may stack, those
// named in Content-Encoding and those sniffed from a .gz body together.
const maxEncodings = 3

// errTooManyEncodings refuses an answer compressed more times than any
// honest server does.
var errTooManyEncodings = errors.New("too many nested content encodings")

// decodeBody replaces res.Body by its decoded bytes, capped at max: every
// coding Content-Encoding names, whatever its spelling (gzip, x-gzip,
// deflate, identity), innermost last, and a gzip body a .gz URL or a gzip
// Content-Type carries. The caps apply to the inflated bytes, streamed, so
// a bomb is never inflated past max, whatever its compressed size. res is
// marked Uncompressed so that colly does not inflate it again on its own.
func decodeBody(res *http.Response, max int64) error {
	codings := contentCodings(res.Header.Get("Content-Encoding"))
	if len(codings) > maxEncodings {
		res.Body.Close()
		return errTooManyEncodings
	}
	closers := []io.Closer{res.Body}
	var r io.Reader = res.Body
	for i := len(codings) - 1; i >= 0; i-- {
		dec, err := decoder(codings[i], r)
		if err != nil {
			closeAll(closers)
			return err
		}
		r = dec
		if c, ok := dec.(io.Closer); ok {
			closers = append(closers, c)
		}
	}
	if gzipped(res) {
		for n := len(codings); ; n++ {
			br := bufio.NewReader(r)
			if magic, _ := br.Peek(2); string(magic) != "\x1f\x8b" {
				r = br
				break
			}
			if n == maxEncodings {
				closeAll(closers)
				return errTooManyEncodings
			}
			zr, err := gzip.NewReader(br)
			if err != nil {
				closeAll(closers)
				return fmt.Errorf("gzip body: %w", err)
			}
			r = zr
			closers = append(closers, zr)
		}
	}
	res.Body = &cappedBody{Reader: io.LimitReader(r, max), closers: closers}
	res.Header.Del("Content-Encoding")
	res.Header.Del("Content-Length")
	res.ContentLength = -1
	res.Uncompressed = true
	return nil
}

// contentCodings lists the codings of a Content-Encoding header in the
// order they were applied, lowercased, identity left out.
func contentCodings(header string) []string {
	var out []string
	for _, c := range strings.Split(header, ",") {
		if c = strings.ToLower(strings.TrimSpace(c)); c != "" && c != "identity" {
			out = append(out, c)
		}
	}
	return out
}

// decoder undoes one content coding.
func decoder(coding string, r io.Reader) (io.Reader, error) {
	switch coding {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%s body: %w", coding, err)
		}
		return zr, nil
	case "deflate":
		// RFC 9110 deflate is zlib; some servers send raw deflate.
		br := bufio.NewReader(r)
		if head, _ := br.Peek(2); len(head) == 2 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 && head[0]&0x0f == 8 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("deflate body: %w", err)
			}
			return zr, nil
		}
		return flate.NewReader(br), nil
	}
	return nil, fmt.Errorf("unsupported content encoding %q", coding)
}

// gzipped reports whether a body may be gzip without a Content-Encoding to
// say so: a .gz URL (sitemap.xml.gz) or a gzip media type.
func gzipped(res *http.Response) bool {
	ct := strings.ToLower(res.Header.Get("Content-Type"))
	if strings.Contains(ct, "gzip") {
		return true
	}
	return res.Request != nil && res.Request.URL != nil && strings.HasSuffix(strings.ToLower(res.Request.URL.Path), ".gz")
}

// cappedBody is a decoded body: reading stops at the cap, closing closes
// every decoder and the connection's body.
type cappedBody struct {
	io.Reader
	closers []io.Closer
}

func (b *cappedBody) Close() error { return closeAll(b.closers) }

func closeAll(cs []io.Closer) error {
	var errs []error
	for i := len(cs) - 1; i >= 0; i-- {
		errs = append(errs, cs[i].Close())
	}
	return errors.Join(errs...)
}
