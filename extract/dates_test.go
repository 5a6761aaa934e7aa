package extract

import (
	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

var paris = mustZone("Europe/Paris")

func TestVisibleDate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, text, lang string
		want             string // "" when no date should be found
	}{
		{"french byline with h", "Publié le 27/04/2021 à 17h30", "fr", "2021-04-27T17:30:00+02:00"},
		{"english byline 12-hour", "By SF - Apr 27, 2021 at 5:30 pm", "en", "2021-04-27T17:30:00+02:00"},
		{"french weekday, no time", "mardi 27 avril 2021", "fr", "2021-04-27"},
		{"german with Uhr", "12.03.2024, 08:15 Uhr", "de", "2024-03-12T08:15:00+01:00"},
		{"italian byline", "Di Redazione - 28 aprile 2021 alle 9:15", "it", "2021-04-28T09:15:00+02:00"},
		{"edition line", "Édition du mercredi 13 janvier 2021", "fr", "2021-01-13"},
		{"german dateline", "MARSEILLE, 15.03.2020 – Die Stadt Marseille ist Opfer", "de", "2020-03-15"},
		{"numeric day first in english", "20/02/2024 — An international police operation", "en", "2024-02-20"},
		{"update after publication", "Publié le 27/04/2021 à 15h48 · Mis à jour le 27/04/2021 à 18h02", "fr", "2021-04-27T15:48:00+02:00"},
		{"update only", "Mis à jour le 27/04/2021 à 18h02", "fr", ""},
		{"updated in english", "Updated April 29, 2019 at 3:33 pm", "en", ""},
		{"french abbreviated month", "3 févr. 2022 à 14h10", "fr", "2022-02-03T14:10:00+01:00"},
		{"winter offset", "15 mars 2020 à 09h12", "fr", "2020-03-15T09:12:00+01:00"},
		{"month and year only", "en décembre 2020", "fr", ""},
		{"weekday without year", "jeudi dernier", "fr", ""},
		{"no date", "Par la rédaction", "fr", ""},
		{"english dateline", "ANGERS, 18 Jan 2021 — The town hall", "en", "2021-01-18"},
		{"spanish", "Publicado el 5 de mayo de 2023 a las 10:45", "es", "2023-05-05T10:45:00+02:00"},
		{"numeric date and time, day first outside English", "08/12/2022 13:05", "es", "2022-12-08T13:05:00+01:00"},
		{"a trailing hour is no time ago", "Elena Vidal 08/12/2022 - 13:05 h", "es", "2022-12-08T13:05:00+01:00"},
		{"an ISO date is year, month, day", "Published 2023-09-08", "en", "2023-09-08"},
		{"an ISO date whose day cannot be a month", "Publié le 2021-10-15", "fr", "2021-10-15"},
		{"an ISO date and time", "2023-06-08 10:05", "de", "2023-06-08T10:05:00+02:00"},
		{"a numeric day, its time, then words a parser misreads", "Von Oliver Brandt · 02.06.2025, 06:00 Uhr Heute vor fünf Jahren begann", "de", "2025-06-02T06:00:00+02:00"},
		{"portuguese hour with h", "27 de abril de 2021, às 14h05", "pt", "2021-04-27T14:05:00+02:00"},
		{"an hour mark after the time", "Redacción · Publicado el 11/04/2024 a las 10:05 h", "es", "2024-04-11T10:05:00+02:00"},
		{"a reading time is no time ago", "Billet de Lucie Fabre, 17 novembre 2023 · 4 min de lecture", "fr", "2023-11-17"},
		{"reading time before the date", "Lesezeit: 3 Min. · 12.03.2024", "de", "2024-03-12"},
		{"two-digit year", "Publié le 08/12/22", "fr", "2022-12-08"},
		{"a summer zone named after the time, read in winter", "Publicat el 20/10/2022 a les 12:30 h (CEST)", "ca", "2022-10-20T12:30:00+02:00"},
		{"an italian ore before the time", "13/04/2024 ore 09:15", "it", "2024-04-13T09:15:00+02:00"},
		{"a spanish horas after the time", "13/04/2024 a las 09:15 horas", "es", "2024-04-13T09:15:00+02:00"},
		{"a day the parser would take from the clock", "2 de decembro de 2023 - 10:30 CET", "gl", ""},
		{"a relative reading of a day and a time", "Publié 2026-01-29 18:30 (heure de Bruxelles)", "fr", "2026-01-29T18:30:00+01:00"},
		{"an abbreviated weekday before an abbreviated september", "mar. 24 sept. 2024 - 11:40 · Nathalie Dewever", "fr", "2024-09-24T11:40:00+02:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := visibleDate(tc.text, tc.lang, paris)
			if tc.want == "" {
				if ok {
					t.Errorf("visibleDate(%q) = %s, want none", tc.text, got)
				}
				return
			}
			if !ok || got.String() != tc.want {
				t.Errorf("visibleDate(%q) = %s (%v), want %s", tc.text, got, ok, tc.want)
			}
		})
	}
}

func TestParseMachineDate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"2021-04-27T15:30:00Z", "2021-04-27T17:30:00+02:00"},
		{"2021-04-27T15:48:00+02:00", "2021-04-27T15:48:00+02:00"},
		{"2021-04-27T15:48:00.123+0200", "2021-04-27T15:48:00+02:00"},
		{"2021-04-27T15:48", "2021-04-27T15:48:00+02:00"},
		{"2017-11-03 03:01:00.000000", "2017-11-03T03:01:00+01:00"},
		{"2024-06-25", "2024-06-25"},
		{"Tue, 27 Apr 2021 15:30:00 GMT", "2021-04-27T17:30:00+02:00"},
		{"20221208T130500+0100", "2022-12-08T13:05:00+01:00"},
		{"yesterday", ""},
		{"0001-01-01T00:00:00Z", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			got, ok := parseMachineDate(tc.in, paris)
			if s := got.In(paris).String(); (tc.want == "" && ok) || (tc.want != "" && s != tc.want) {
				t.Errorf("parseMachineDate(%q) = %q (%v), want %q", tc.in, s, ok, tc.want)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	t.Parallel()
	italian := "Il municipio di Bourg-Saint-Maurice, in Savoia, è stato colpito da un attacco informatico lo scorso fine settimana. " +
		"I server del comune sono stati criptati da un ransomware e i dipendenti non riescono più ad accedere ai loro file. " +
		"Anche l'ufficio del turismo e la comunità di comuni dell'Alta Tarentaise sono stati colpiti."
	for _, tc := range []struct {
		name, htmlLang, text, feed, source, want string
	}{
		{"text beats a template's lang", "en", italian, "", "en", "it"},
		{"markup for short text", "fr-FR", "Bonjour", "", "en", "fr"},
		{"feed when no markup", "", "Hi", "de", "en", "de"},
		{"source last", "", "", "", "fr", "fr"},
		{"text when nothing else", "", italian, "", "", "it"},
		{"a declared language the detector cannot answer", "ca", "L'Ajuntament de Cerdanyola del Vallès ha perdut 187.000 euros en una estafa per correu electrònic: els delinqüents es van fer passar per un proveïdor habitual i van demanar el canvi del compte bancari on es pagaven les factures. L'alcalde ha presentat una denúncia als Mossos d'Esquadra.", "", "es", "ca"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := meta{tags: map[string]string{}, htmlLang: tc.htmlLang}
			if got := language(m, tc.text, tc.feed, tc.source); got != tc.want {
				t.Errorf("language = %q, want %q", got, tc.want)
			}
		})
	}
}

func BenchmarkVisibleDate(b *testing.B) {
	for b.Loop() {
		visibleDate("Di Redazione - 28 aprile 2021 alle 9:15", "it", paris)
	}
	_ = time.Now
}

// TestYearWritten: a date the parser puts before the year 1000 has no
// year the text writes.
func TestYearWritten(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text string
		year int
		want bool
	}{
		{"27 avril 2021", 2021, true},
		{"08/12/22", 2022, true},
		{"08/12/2022 - 13:05 h", 2025, false},
		{"2021 3", 3, false},
	} {
		r := dps.SearchResult{Text: tc.text, Date: date.Date{Time: time.Date(tc.year, 1, 1, 0, 0, 0, 0, time.UTC)}}
		if got := yearWritten(r); got != tc.want {
			t.Errorf("yearWritten(%q, %d) = %v, want %v", tc.text, tc.year, got, tc.want)
		}
	}
}

// TestLanguageAroundMinDetect: for texts around the length the detector is
// trusted from, language decides as it would with the detector run on
// every text.
func TestLanguageAroundMinDetect(t *testing.T) {
	t.Parallel()
	italian := []rune(strings.Repeat("Il municipio è stato colpito da un attacco informatico e i server sono stati criptati. ", 4))
	m := meta{tags: map[string]string{}, htmlLang: "en"}
	for n := minDetect - 5; n <= minDetect+5; n++ {
		text := string(italian[:n])
		want := "en"
		if detected, sure := detectLanguage(text); sure {
			want = detected
		}
		if got := language(m, text, "", ""); got != want {
			t.Errorf("%d runes: language = %q, want %q", n, got, want)
		}
	}
}

// TestFeedOffset: a page that shows its time without a zone, read in the
// source's zone, takes the offset of the feed that gives the same wall
// clock; a feed at another time changes nothing.
func TestFeedOffset(t *testing.T) {
	t.Parallel()
	page := []byte(`<html><head><title>Council systems down</title></head><body><article><h1>Council systems down after cyber incident</h1>
<p class="timestamp">Wednesday 10 July 2024, 10.20am</p>
<p>` + strings.Repeat("The council said its systems had been taken offline after a cyber incident and that residents should expect delays. ", 6) + `</p></article></body></html>`)
	bst := time.FixedZone("", 3600)
	for _, c := range []struct {
		feed time.Time
		want string
	}{
		{time.Date(2024, 7, 10, 10, 20, 0, 0, bst), "2024-07-10T10:20:00+01:00"},
		{time.Date(2024, 7, 10, 9, 0, 0, 0, bst), "2024-07-10T10:20:00+02:00"},
	} {
		a, err := Extract(vigie.Page{URL: "https://www.example.co.uk/news/a", Status: 200, Body: page},
			Hint{Source: vigie.Source{Language: "en"}, Link: vigie.Link{Published: c.feed}})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published.Time.Format(time.RFC3339); got != c.want {
			t.Errorf("feed %s: published %s, want %s", c.feed, got, c.want)
		}
	}
}
