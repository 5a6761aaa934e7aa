package crawler

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// headerCharset returns the charset parameter of a Content-Type, lowercased.
func headerCharset(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(params["charset"]))
}

// DecodeHTML returns an HTML body as UTF-8, honouring in order a byte-order
// mark, the header's charset and a <meta> declaration (also one further
// down than the 1024 bytes browsers look at), and else taking valid UTF-8
// for UTF-8 and anything else for Windows-1252, as browsers do.
func DecodeHTML(body []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain {
		if label := lateMetaCharset(body); label != "" {
			if e, err := htmlindex.Get(label); err == nil {
				enc, _ = e, label
				name, _ = htmlindex.Name(e)
			}
		} else if utf8.Valid(body) {
			name = "utf-8"
		}
	}
	if name == "utf-8" {
		enc = nil
	}
	return toUTF8(body, enc)
}

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)`)

// lateMetaCharset finds a charset declared in the first 64 KiB.
func lateMetaCharset(body []byte) string {
	if len(body) > 64<<10 {
		body = body[:64<<10]
	}
	if m := metaCharset.FindSubmatch(body); m != nil {
		return string(m[1])
	}
	return ""
}

var xmlDecl = regexp.MustCompile(`^(\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding=["']([A-Za-z0-9._:-]+)["'][^>]*\?>`)

// decodeXML returns body as UTF-8 with its XML declaration saying so, so that
// an XML parser does not decode it a second time. The header's charset wins
// over the declaration, as RFC 7303 says; without either, valid UTF-8 is
// UTF-8 and anything else is taken for Windows-1252.
func decodeXML(body []byte, contentType string) []byte {
	label := headerCharset(contentType)
	m := xmlDecl.FindSubmatchIndex(body)
	if label == "" && m != nil {
		label = strings.ToLower(string(body[m[4]:m[5]]))
	}
	var enc encoding.Encoding
	if label != "" {
		if e, err := htmlindex.Get(label); err == nil {
			if name, _ := htmlindex.Name(e); name != "utf-8" {
				enc = e
			}
		}
	}
	if enc == nil && !utf8.Valid(body) {
		enc = charmap.Windows1252
	}
	out := toUTF8(body, enc)
	if m := xmlDecl.FindSubmatchIndex(out); m != nil {
		out = append(append(append([]byte{}, out[:m[4]]...), "UTF-8"...), out[m[5]:]...)
	}
	return out
}

// toUTF8 decodes body from enc; nil leaves it as is, minus a UTF-8 BOM.
func toUTF8(body []byte, enc encoding.Encoding) []byte {
	if enc == nil || enc == encoding.Nop {
		return bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return body
	}
	return out
}
