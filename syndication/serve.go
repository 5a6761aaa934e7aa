package syndication

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"
)

func formatInt(n int64) string { return strconv.FormatInt(n, 10) }

// Serve answers r with body, a feed of format last changed at modified,
// honouring If-None-Match and If-Modified-Since with 304 Not Modified.
// The ETag is a hash of the body, so it changes whenever the feed does.
func Serve(w http.ResponseWriter, r *http.Request, body []byte, format Format, modified time.Time) {
	sum := sha256.Sum256(body)
	h := w.Header()
	h.Set("ETag", `"`+hex.EncodeToString(sum[:12])+`"`)
	h.Set("Content-Type", format.ContentType())
	h.Set("Cache-Control", "public, max-age=300")
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("X-Content-Type-Options", "nosniff")
	// ServeContent handles the validators and HEAD; it is given the time
	// to the second, as HTTP dates are.
	http.ServeContent(w, r, "", modified.UTC().Truncate(time.Second), bytes.NewReader(body))
}

// DiscoveryLinks returns the <link rel="alternate"> elements that let
// browsers and feed readers find the feeds of a search: kind is
// "incidents" or "articles", query its encoded query string.
func DiscoveryLinks(baseURL, kind, query, title string) template.HTML {
	var b strings.Builder
	names := map[Format]string{Atom: "Atom", RSS: "RSS", JSON: "JSON Feed"}
	for _, f := range Formats {
		u := fmt.Sprintf("%s/feeds/%s.%s", baseURL, kind, f)
		if query != "" {
			u += "?" + query
		}
		ct, _, _ := strings.Cut(f.ContentType(), ";")
		fmt.Fprintf(&b, `<link rel="alternate" type="%s" title="%s" href="%s">`+"\n",
			template.HTMLEscapeString(ct), template.HTMLEscapeString(title+" ("+names[f]+")"), template.HTMLEscapeString(u))
	}
	return template.HTML(b.String())
}
