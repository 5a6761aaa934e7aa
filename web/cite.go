package web

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

// citation is the "cite this" block of an incident.
type citation struct {
	URL       string
	Retrieved string
	Text      string
	BibTeX    string
	CSL       string
}

// cite returns the citation of in at its stable url, retrieved at now.
func cite(in *vigie.Incident, url string, now time.Time) citation {
	day := now.UTC().Format("2006-01-02")
	c := citation{URL: url, Retrieved: day}
	c.Text = fmt.Sprintf("Vigie, “%s”, incident %s, %s (retrieved %s).", in.Title, in.ID, url, day)
	var year string
	if !in.Start.IsZero() {
		year = fmt.Sprint(in.Start.Time.Year())
	}
	c.BibTeX = fmt.Sprintf("@misc{vigie-%s,\n  author = {{Vigie}},\n  title = {%s},\n  year = {%s},\n  howpublished = {\\url{%s}},\n  note = {Incident %s, retrieved %s}\n}",
		in.ID, bibEscape(in.Title), year, url, in.ID, day)
	csl := map[string]any{
		"id": "vigie-" + in.ID, "type": "dataset", "title": in.Title, "publisher": "Vigie", "URL": url,
		"accessed": map[string]any{"date-parts": [][]int{{now.UTC().Year(), int(now.UTC().Month()), now.UTC().Day()}}},
	}
	if !in.Start.IsZero() {
		parts := []int{in.Start.Time.Year(), int(in.Start.Time.Month())}
		if in.Start.Precision >= vigie.PrecisionDay {
			parts = append(parts, in.Start.Time.Day())
		}
		csl["issued"] = map[string]any{"date-parts": [][]int{parts}}
	}
	b, _ := json.MarshalIndent([]any{csl}, "", "  ") // plain values cannot fail
	c.CSL = string(b)
	return c
}

// bibEscape escapes BibTeX's special characters in a field value.
func bibEscape(s string) string {
	return strings.NewReplacer(`\`, `\textbackslash{}`, "{", `\{`, "}", `\}`, "&", `\&`, "%", `\%`, "$", `\$`, "#", `\#`, "_", `\_`).Replace(s)
}
