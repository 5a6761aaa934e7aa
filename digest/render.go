package digest

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/vigie-news/vigie"
)

//go:embed templates
var templateFS embed.FS

// Email is a rendered email: its subject and both parts.
type Email struct {
	Subject string
	Text    string
	HTML    string
}

// view is what the templates of one email see.
type view struct {
	Digest         Digest
	Lang           string
	Subject        string
	Count          string
	Filters        string
	ManageURL      string
	UnsubscribeURL string
}

// Templates are parsed once with placeholder functions, and cloned with
// those of a language when used.
var (
	textTmpl = texttemplate.Must(texttemplate.New("digest.txt.tmpl").Funcs(funcs("en")).ParseFS(templateFS, "templates/digest.txt.tmpl"))
	htmlTmpl = htmltemplate.Must(htmltemplate.New("digest.html.tmpl").Funcs(funcs("en")).ParseFS(templateFS, "templates/digest.html.tmpl"))
	pageTmpl = htmltemplate.Must(htmltemplate.New("page.html.tmpl").Funcs(pageFuncs("en")).ParseFS(templateFS, "templates/page.html.tmpl"))
)

func pageFuncs(l string) map[string]any {
	fm := funcs(l)
	fm["join"] = func(vs []string) string { return strings.Join(vs, ", ") }
	return fm
}

func funcs(l string) map[string]any {
	return map[string]any{
		"t":      func(key string) string { return label(l, key) },
		"attack": func(a vigie.AttackType) string { return attackName(a, l) },
		"day":    func(t time.Time) string { return t.Format(time.DateOnly) },
	}
}

// Render writes d as an email, with the links to manage the subscription
// and to unsubscribe.
func Render(d Digest, manageURL, unsubscribeURL string) (Email, error) {
	l := lang(d.Filter.Lang)
	v := view{Digest: d, Lang: l, Subject: subject(d), ManageURL: manageURL, UnsubscribeURL: unsubscribeURL,
		Count:   fmt.Sprintf(label(l, "count"), d.New, d.Average, label(l, d.Trend)),
		Filters: fmt.Sprintf(label(l, "filters"), describeFilter(d.Filter)),
	}
	var text, html bytes.Buffer
	tt, err := textTmpl.Clone()
	if err != nil {
		return Email{}, fmt.Errorf("digest: text template: %w", err)
	}
	if err := tt.Funcs(funcs(l)).Execute(&text, v); err != nil {
		return Email{}, fmt.Errorf("digest: render text: %w", err)
	}
	ht, err := htmlTmpl.Clone()
	if err != nil {
		return Email{}, fmt.Errorf("digest: html template: %w", err)
	}
	if err := ht.Funcs(funcs(l)).Execute(&html, v); err != nil {
		return Email{}, fmt.Errorf("digest: render html: %w", err)
	}
	return Email{Subject: v.Subject, Text: text.String(), HTML: html.String()}, nil
}

func subject(d Digest) string {
	switch d.New {
	case 0:
		return fmt.Sprintf(label(d.Filter.Lang, "subject_none"), d.Week.Num)
	case 1:
		return fmt.Sprintf(label(d.Filter.Lang, "subject_one"), d.Week.Num)
	}
	return fmt.Sprintf(label(d.Filter.Lang, "subject"), d.Week.Num, d.New)
}

// describeFilter says in words what f selects.
func describeFilter(f vigie.DigestFilter) string {
	var parts []string
	for _, c := range f.Countries {
		parts = append(parts, countryName(strings.ToUpper(c), f.Lang))
	}
	parts = append(parts, f.Regions...)
	parts = append(parts, f.Departments...)
	for _, a := range f.Attacks {
		parts = append(parts, attackName(a, f.Lang))
	}
	if f.InScopeOnly {
		parts = append(parts, strings.ToLower(label(f.Lang, "in_scope")))
	}
	if len(parts) == 0 {
		return label(f.Lang, "all")
	}
	return strings.Join(parts, ", ")
}
