package pagetrim

import (
	"bytes"
	"io"
	"mime"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Trim returns body without what extraction never reads of it, when
// contentType says it is UTF-8 HTML (as the crawler stores every page);
// any other body, and a page whose trimmed parse would differ from its own
// in what extraction reads, comes back as it is.
func Trim(contentType string, body []byte) []byte {
	if !isUTF8HTML(contentType) {
		return body
	}
	out, err := rewrite(body)
	if err != nil || len(out) >= len(body) || !sameTree(body, out) {
		return body
	}
	return out
}

// isUTF8HTML tells the content type of an HTML page in UTF-8.
func isUTF8HTML(contentType string) bool {
	mt, params, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml") &&
		strings.EqualFold(params["charset"], "utf-8")
}

// rewriter writes a page again token by token, keeping each token's own
// bytes unless it is a comment, the code of a script or style, or a tag
// with attributes to drop.
type rewriter struct {
	out  bytes.Buffer
	code bool // the next text is a script's or a style's
	svg  int  // depth of <svg> elements, as the tokenizer sees them
}

// rewrite returns page trimmed by the rules of rules.go.
func rewrite(page []byte) ([]byte, error) {
	z := html.NewTokenizer(bytes.NewReader(page))
	w := &rewriter{}
	w.out.Grow(len(page) / 2)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() == io.EOF {
				return w.out.Bytes(), nil
			}
			return nil, z.Err()
		}
		w.token(z, tt)
	}
}

// token writes the current token of z, of type tt.
func (w *rewriter) token(z *html.Tokenizer, tt html.TokenType) {
	code := w.code
	w.code = false
	switch tt {
	case html.CommentToken:
		if w.svg > 0 { // possibly CDATA, text in SVG
			w.out.Write(z.Raw())
		} else {
			w.out.WriteString("<!---->")
		}
	case html.TextToken:
		if code {
			w.out.WriteString(maskText(string(z.Text())))
		} else {
			w.out.Write(z.Raw())
		}
	case html.StartTagToken, html.SelfClosingTagToken:
		w.startTag(z, tt)
	case html.EndTagToken:
		w.out.Write(z.Raw()) // before TagName, which lower-cases the name in place
		if name, _ := z.TagName(); string(name) == "svg" && w.svg > 0 {
			w.svg--
		}
	default:
		w.out.Write(z.Raw())
	}
}

// startTag writes a start tag without the attributes keepAttr drops, as it
// was when it drops none.
func (w *rewriter) startTag(z *html.Tokenizer, tt html.TokenType) {
	raw := bytes.Clone(z.Raw()) // Token unescapes and lower-cases in place
	tok := z.Token()
	if tok.Data == "svg" && tt == html.StartTagToken {
		w.svg++
	}
	svg := w.svg > 0 || tok.Data == "svg"
	typ := ""
	for _, a := range tok.Attr {
		if a.Key == "type" {
			typ = a.Val
		}
	}
	w.code = tt == html.StartTagToken && !svg && isCode(tok.Data, typ)
	kept := keepAttrs(tok.Data, svg, slices.Clone(tok.Attr))
	if slices.Equal(kept, tok.Attr) {
		w.out.Write(raw)
		return
	}
	tok.Attr = kept
	w.out.WriteString(tok.String())
}
