package widget

import (
	"fmt"
	"html/template"
	"slices"
	"strings"
)

// Snippet returns the HTML a host page pastes to embed the incidents of
// Vigie at base: a placeholder whose data- attributes are the options
// (region, country, department, attack, kind, q, limit, lang, theme,
// title), then the script that turns it into a resizing iframe.
func Snippet(base string, options map[string]string) string {
	var b strings.Builder
	b.WriteString("<div data-vigie-incidents")
	keys := make([]string, 0, len(options))
	for k := range options {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, ` data-%s="%s"`, template.HTMLEscapeString(k), template.HTMLEscapeString(options[k]))
	}
	fmt.Fprintf(&b, "></div>\n<script async src=\"%s/embed/widget.js\"></script>\n", template.HTMLEscapeString(base))
	return b.String()
}

// HostPage returns a newsroom-like page of another site that embeds two
// widgets of Vigie at base: a light one in French and a dark one in
// English. The demo serves it; the browser tests load it.
func HostPage(base string) string {
	light := Snippet(base, map[string]string{"limit": "5", "lang": "fr", "theme": "light", "title": "Les dernières cyberattaques"})
	dark := Snippet(base, map[string]string{"limit": "3", "lang": "en", "theme": "dark"})
	dark = dark[:strings.Index(dark, "\n")+1] // one script serves every placeholder
	return `<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Le Journal des Alpes (démo) - widget Vigie</title></head>
<body style="font-family:Georgia,serif;max-width:760px;margin:2rem auto;padding:0 1rem">
<h1>Le Journal des Alpes</h1>
<p>Page d'un journal fictif, servie depuis une autre origine que Vigie, qui intègre la liste des derniers incidents.</p>
<section id="light">
<h2>Thème clair, en français</h2>
` + light + `</section>
<section id="dark">
<h2>Dark theme, in English</h2>
` + dark + `</section>
<p id="after">Suite de l'article.</p>
</body>
</html>
`
}
