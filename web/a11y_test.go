package web

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestAccessibility checks the basics on every page, in both languages:
// a lang attribute, one h1 and headings that never skip a level, a label
// for every form field, text in every link.
func TestAccessibility(t *testing.T) {
	t.Parallel()
	h, _ := mustPages(t)
	for _, path := range []string{"/", "/incidents?q=mairie", "/incidents/2021-04-bourg-saint-maurice", "/articles", "/articles/1",
		"/map", "/sources", "/dictionary", "/incidents/nope", "/incidents?attack=worm"} {
		for _, lang := range []string{"en", "fr"} {
			rec := get(t, h, path, "Accept-Language", lang)
			doc, err := html.Parse(rec.Body)
			if err != nil {
				t.Fatal(err)
			}
			for _, problem := range a11yProblems(doc, lang) {
				t.Errorf("%s (%s): %s", path, lang, problem)
			}
		}
	}
}

// a11yProblems lists what a page gets wrong.
func a11yProblems(doc *html.Node, lang string) []string {
	var problems []string
	labels, fields := map[string]bool{}, []string{}
	h1s, last := 0, 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch tag := n.Data; tag {
			case "html":
				if attr(n, "lang") != lang {
					problems = append(problems, fmt.Sprintf("html lang %q, want %q", attr(n, "lang"), lang))
				}
			case "h1", "h2", "h3", "h4", "h5", "h6":
				level := int(tag[1] - '0')
				if level == 1 {
					h1s++
				}
				if level > last+1 {
					problems = append(problems, fmt.Sprintf("%s after h%d: a heading level is skipped", tag, last))
				}
				last = level
			case "label":
				labels[attr(n, "for")] = true
			case "input", "select", "textarea":
				if attr(n, "type") != "hidden" {
					fields = append(fields, attr(n, "id"))
				}
			case "a":
				if strings.TrimSpace(textOf(n)) == "" && attr(n, "aria-label") == "" {
					problems = append(problems, fmt.Sprintf("link to %s has no text", attr(n, "href")))
				}
			case "img":
				if _, ok := attrOK(n, "alt"); !ok {
					problems = append(problems, "img without alt")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if h1s != 1 {
		problems = append(problems, fmt.Sprintf("%d h1, want 1", h1s))
	}
	for _, id := range fields {
		if id == "" || !labels[id] {
			problems = append(problems, fmt.Sprintf("field %q has no label", id))
		}
	}
	return problems
}

func attr(n *html.Node, name string) string {
	v, _ := attrOK(n, name)
	return v
}

func attrOK(n *html.Node, name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// TestA11yProblemsFindsThem: the checker itself flags a bad page.
func TestA11yProblemsFindsThem(t *testing.T) {
	t.Parallel()
	doc, _ := html.Parse(strings.NewReader(`<html><body><h1>a</h1><h3>b</h3><input id="x"><a href="/"></a><img src="a.png"></body></html>`))
	if got := a11yProblems(doc, "en"); len(got) != 5 {
		t.Errorf("found %d problems, want 5 (lang, h3, label, link, img): %q", len(got), got)
	}
}
