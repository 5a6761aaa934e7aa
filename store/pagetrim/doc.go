// Package pagetrim shrinks a fetched HTML page, before the store compresses
// it, to what extraction can ever read of it, so that `vigie reprocess`
// extracts from the trimmed page exactly the article it extracted from the
// page as fetched.
//
// Three things go: the code of long inline scripts and styles (replaced by
// a run of "x" of the same length, which zstd stores in a few bytes, since
// extraction measures text lengths that count them), the text of comments,
// and the attributes no reader looks at (styles that do not hide,
// data-*, event handlers, srcset, ARIA labels, SVG geometry). Elements,
// text, JSON-LD, meta and link tags, class and id, and every attribute of
// images and embeds stay byte for byte. A trimmed page is kept only when
// its parse tree is the original's in all of that; otherwise the page is
// returned whole.
//
// It is not a sanitizer (bluemonday is) and not a minifier: the trimmed
// page is for extraction only, no longer a page a browser would run.
package pagetrim
