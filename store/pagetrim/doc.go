// Package pagetrim shrinks a fetched HTML page, before the store compresses
// it, to what extraction can ever read of it, so that `vigie reprocess`
// extracts from the trimmed page exactly the article it extracted from the
// page as fetched.
//
// What goes (rules.go): the code of long inline scripts and styles,
// replaced by a run of "x" of the same length, which zstd stores in a few
// bytes (extraction measures text lengths that count it); the text of
// comments; the attributes no reader looks at (styles that do not hide,
// data-*, event handlers, srcset, ARIA labels, SVG geometry); and link
// targets, of which only what readability reads stays (a link within the
// page, a javascript: link, another). Elements, text, JSON-LD, meta tags,
// class and id, and every attribute of images and embeds stay byte for
// byte. A trimmed page is kept only when its parse tree is the original's
// in all of that (tree.go); otherwise the page is returned whole.
//
// The page is rewritten with golang.org/x/net/html's tokenizer, the one its
// parser uses, so that every kept token is the bytes it was and parses as
// it did. It is not a sanitizer (bluemonday is) nor a minifier: the trimmed
// page is for extraction only, no longer a page a browser would run.
package pagetrim
