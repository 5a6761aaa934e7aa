package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/incident"
	"github.com/vigie-news/vigie/internal/fold"
)

// casieDoc is one CASIE article and its annotated events.
type casieDoc struct {
	ID   string `json:"id"`
	Info struct {
		Title, Date string
	} `json:"info"`
	Source string `json:"source_txt"`
	Cyber  struct {
		Hopper []struct {
			Events []struct {
				Subtype  string `json:"subtype"`
				Realis   string `json:"realis"`
				Argument []struct {
					Text string `json:"text"`
					Role struct {
						Type string `json:"type"`
					} `json:"role"`
				} `json:"argument"`
			} `json:"events"`
		} `json:"hopper"`
	} `json:"cyberevent"`
}

// casieKinds maps CASIE's attack subtypes to Vigie's attack types.
var casieKinds = map[string]vigie.AttackType{"Ransom": vigie.AttackRansomware, "Databreach": vigie.AttackDataBreach, "Phishing": vigie.AttackPhishing}

// localGovernment matches a victim that is a local authority.
var localGovernment = regexp.MustCompile(`(?i)\b(city|county|town|village|borough|township|parish|municipal\w*|council|mayor)\b`)

// counts is a confusion tally.
type counts struct{ tp, fp, fn, tn int }

func (c counts) String() string {
	p, r := ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f (tp %d fp %d fn %d tn %d)", p, r, f, c.tp, c.fp, c.fn, c.tn)
}

func (c *counts) add(got, want bool) {
	switch {
	case got && want:
		c.tp++
	case got:
		c.fp++
	case want:
		c.fn++
	default:
		c.tn++
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// casie measures, on CASIE's annotated English news, how often Vigie finds
// an attack where the annotators saw one, with the same type and victim,
// and its relevance on the articles whose victim is a local government.
func casie(dir string, verbose bool, id string, w io.Writer) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl")) // the one JSON Lines file of the folder
	if err != nil || len(files) != 1 {
		return fmt.Errorf("want one .jsonl file in %s, found %d (%v)", dir, len(files), err)
	}
	f, err := os.Open(files[0])
	if err != nil {
		return err
	}
	defer f.Close()
	var detect, local counts
	var typed, typeOK, victims, victimOK int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d casieDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return err
		}
		if id != "" && d.ID != id {
			continue
		}
		kinds, vs := casieGold(d)
		r := incident.Analyze(casieArticle(d), vigie.Source{TimeZone: time.UTC})
		if id != "" {
			out, _ := json.MarshalIndent(r, "", "  ")
			fmt.Fprintf(w, "%s\n%s\ngold: %v %q\n", d.Info.Title, out, kinds, vs)
		}
		found := len(r.Findings) > 0
		detect.add(found, len(kinds) > 0)
		isLocal := false
		for _, v := range vs {
			isLocal = isLocal || localGovernment.MatchString(v)
		}
		local.add(r.Relevant, isLocal && len(kinds) > 0)
		if verbose && r.Relevant != (isLocal && len(kinds) > 0) {
			fmt.Fprintf(w, "casie %s relevant=%v local-gold=%v: %s %q%s\n", d.ID, r.Relevant, isLocal, d.Info.Title, vs, inScope(r))
		}
		if !found {
			continue
		}
		if len(kinds) == 1 {
			typed++
			for k := range kinds {
				if r.Findings[0].Attack == k {
					typeOK++
				}
			}
		}
		if len(vs) > 0 {
			victims++
			if sameVictim(r.Findings[0].Victim, vs) {
				victimOK++
			}
		}
	}
	fmt.Fprintf(w, "CASIE (1,000 English articles)\n  attack reported:        %s\n", detect)
	fmt.Fprintf(w, "  attack type (one kind): %d/%d = %.2f\n", typeOK, typed, ratio(typeOK, typed))
	fmt.Fprintf(w, "  victim:                 %d/%d = %.2f\n", victimOK, victims, ratio(victimOK, victims))
	fmt.Fprintf(w, "  relevance vs local-government victims: %s\n", local)
	return sc.Err()
}

// inScope lists, for -v, the victims Vigie read.
func inScope(r vigie.Report) string {
	var out string
	for _, f := range r.Findings {
		out += fmt.Sprintf(" -> %s (%s, %s, in scope %v)", f.Victim.Official, f.Victim.Kind, f.Attack, f.InScope)
	}
	return out
}

// casieGold returns the attack types and victims of the actual attack
// events of an article.
func casieGold(d casieDoc) (map[vigie.AttackType]bool, []string) {
	kinds := map[vigie.AttackType]bool{}
	var vs []string
	for _, h := range d.Cyber.Hopper {
		for _, e := range h.Events {
			k, ok := casieKinds[e.Subtype]
			if !ok || e.Realis != "Actual" {
				continue
			}
			kinds[k] = true
			for _, a := range e.Argument {
				if a.Role.Type == "Victim" {
					vs = append(vs, a.Text)
				}
			}
		}
	}
	return kinds, vs
}

var textTag = regexp.MustCompile(`(?s)<text>(.*?)(</text>|$)`)

// casieArticle makes an article of a CASIE record, its paragraphs as the
// source file breaks them.
func casieArticle(d casieDoc) *vigie.Article {
	body := d.Source
	if m := textTag.FindStringSubmatch(d.Source); m != nil {
		body = m[1]
	}
	var paras []string
	for _, p := range strings.Split(body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	a := &vigie.Article{ID: 1, Title: d.Info.Title, Text: strings.Join(paras, "\n\n"), Lang: "en"}
	if t, err := time.Parse("2006_01_02", d.Info.Date); err == nil {
		a.Published = vigie.Day(t)
	}
	return a
}

// sameVictim: one of the annotated victims and Vigie's victim hold each
// other, once folded.
func sameVictim(b vigie.Body, gold []string) bool {
	mine := []string{fold.String(b.Name), fold.String(b.Official), fold.String(b.Place.Name)}
	for _, g := range gold {
		g = strings.TrimPrefix(fold.String(g), "the ")
		for _, m := range mine {
			if g != "" && m != "" && (strings.Contains(m, g) || strings.Contains(g, m)) {
				return true
			}
		}
	}
	return false
}
