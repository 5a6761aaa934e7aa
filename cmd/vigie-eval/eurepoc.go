package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/incident"
)

// eurepocRow is one EuRepoC incident.
type eurepocRow struct {
	ID           string `json:"ID"`
	Name         string `json:"name"`
	Description  string `json:"description"`
	StartDate    string `json:"start_date"`
	IncidentType string `json:"incident_type"`
	Countries    any    `json:"receiver_country_parsed"`
}

// strings flattens nested JSON lists of strings.
func flatten(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return nil
}

// eurepocCountries are the receiver countries Vigie's gazetteer covers.
var eurepocCountries = map[string]string{"France": "FR", "Germany": "DE", "Italy": "IT", "Spain": "ES",
	"Belgium": "BE", "Switzerland": "CH", "Luxembourg": "LU", "United Kingdom": "GB"}

// eurepocAttack maps EuRepoC's incident types to Vigie's attack types.
func eurepocAttack(t string) vigie.AttackType {
	switch {
	case strings.Contains(t, "Ransomware"):
		return vigie.AttackRansomware
	case strings.Contains(t, "Data theft"):
		return vigie.AttackDataBreach
	case strings.Contains(t, "Hijacking"):
		return vigie.AttackIntrusion
	}
	return ""
}

// eurepoc reads each EuRepoC incident's headline and description as a
// short article and measures attack types, victims' countries, and how
// many incidents on local authorities Vigie finds relevant.
func eurepoc(dir string, verbose bool, w io.Writer) error {
	f, err := os.Open(filepath.Join(dir, "eurepoc_global_database_1.1.jsonl"))
	if err != nil {
		return err
	}
	defer f.Close()
	var n, found, typed, typeOK, placed, countryOK int
	var local counts
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r eurepocRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return err
		}
		n++
		rep := incident.Analyze(eurepocArticle(r), vigie.Source{TimeZone: time.UTC})
		isLocal := localGovernment.MatchString(r.Name + " " + r.Description)
		local.add(rep.Relevant, isLocal)
		if verbose && rep.Relevant != isLocal {
			fmt.Fprintf(w, "eurepoc %s relevant=%v local=%v: %s\n", r.ID, rep.Relevant, isLocal, r.Name)
		}
		if len(rep.Findings) == 0 {
			continue
		}
		found++
		fd := rep.Findings[0]
		if want := eurepocAttack(r.IncidentType); want != "" && fd.Attack != vigie.AttackUnknown {
			typed++
			if fd.Attack == want {
				typeOK++
			}
		}
		if c := eurepocCountry(r); c != "" && fd.Victim.Place.Country != "" {
			placed++
			if fd.Victim.Place.Country == c {
				countryOK++
			}
		}
	}
	fmt.Fprintf(w, "EuRepoC (%d coded incidents, headline + description)\n", n)
	fmt.Fprintf(w, "  with a finding:          %d (%.2f)\n", found, ratio(found, n))
	fmt.Fprintf(w, "  attack type:             %d/%d = %.2f (where both give one)\n", typeOK, typed, ratio(typeOK, typed))
	fmt.Fprintf(w, "  victim country:          %d/%d = %.2f (covered countries, where Vigie places the victim)\n", countryOK, placed, ratio(countryOK, placed))
	fmt.Fprintf(w, "  relevance vs local-government words: %s\n", local)
	return sc.Err()
}

func eurepocArticle(r eurepocRow) *vigie.Article {
	a := &vigie.Article{ID: 1, Title: r.Name, Text: r.Description, Lang: "en"}
	if t, err := time.Parse(time.DateOnly, r.StartDate); err == nil {
		a.Published = vigie.Day(t.AddDate(0, 0, 1))
	}
	return a
}

// eurepocCountry is the ISO code of the single receiver country, when it
// is one Vigie covers.
func eurepocCountry(r eurepocRow) string {
	var found []string
	for _, c := range flatten(r.Countries) {
		if iso, ok := eurepocCountries[c]; ok {
			found = append(found, iso)
		}
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}
