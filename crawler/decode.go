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
	switch {
	case name == "utf-8":
		enc = nil
	case !plausible(enc, name, body):
		enc = fallback(body)
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
	if name := bomName(body); name != "" {
		enc, _ = htmlindex.Get(name) // a byte-order mark is never wrong
	} else if enc != nil && !plausible(enc, label, body) {
		enc = nil
	}
	if enc == nil {
		enc = fallback(body)
	}
	out := toUTF8(body, enc)
	if m := xmlDecl.FindSubmatchIndex(out); m != nil {
		out = append(append(append([]byte{}, out[:m[4]]...), "UTF-8"...), out[m[5]:]...)
	}
	return out
}

// fallback is what bytes with no believable charset are: UTF-8 when they
// are valid UTF-8 (nil, nothing to decode), else Windows-1252, as browsers
// take them.
func fallback(body []byte) encoding.Encoding {
	if utf8.Valid(body) {
		return nil
	}
	return charmap.Windows1252
}

// bomName names the encoding a byte-order mark declares, "" without one.
func bomName(body []byte) string {
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		return "utf-8"
	case bytes.HasPrefix(body, []byte("\xff\xfe")):
		return "utf-16le"
	case bytes.HasPrefix(body, []byte("\xfe\xff")):
		return "utf-16be"
	}
	return ""
}

// plausible reports whether body can be in the encoding a server or page
// declared, as browsers' sniffing judges it: a UTF-16 label on bytes that
// have no byte-order mark and no NUL in their first KiB is ASCII-compatible
// text mislabelled, and a single-byte label (windows-1251, iso-8859-1, ...)
// on valid UTF-8 that holds multi-byte sequences is UTF-8 mislabelled:
// text really in a single-byte charset is almost never valid UTF-8 once it
// leaves ASCII.
func plausible(enc encoding.Encoding, label string, body []byte) bool {
	if enc == nil || enc == encoding.Nop {
		return true
	}
	name, _ := htmlindex.Name(enc)
	if name == "" {
		name = label
	}
	switch {
	case strings.HasPrefix(name, "utf-16"):
		head := body[:min(len(body), 1024)]
		return bomName(body) != "" || bytes.IndexByte(head, 0) >= 0
	case isSingleByte(name):
		return !(utf8.Valid(body) && hasMultiByte(body))
	}
	return true
}

// isSingleByte reports whether the encoding named maps each byte to one
// character (windows-125x, iso-8859-x, koi8, ...).
func isSingleByte(name string) bool {
	e, err := htmlindex.Get(name)
	_, ok := e.(*charmap.Charmap)
	return err == nil && ok
}

// hasMultiByte reports whether body holds a byte outside ASCII.
func hasMultiByte(body []byte) bool {
	for _, b := range body {
		if b >= 0x80 {
			return true
		}
	}
	return false
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
