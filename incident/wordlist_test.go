package incident

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vigie-news/vigie/internal/fold"
)

// lexiconCues are the word lists of the incident reader.
func lexiconCues() map[string]cue {
	m := map[string]cue{
		"peopleAfter": peopleAfter, "vulnerabilityCue": vulnerabilityCue, "impactVerbs": impactVerbs,
		"pastMarkers": pastMarkers, "againWords": againWords, "discoveryWords": discoveryWords, "alsoWords": alsoWords,
		"attackNouns": attackNouns, "outageCauses": outageCauses, "attackDenials": attackDenials, "riskWords": riskWords,
		"targets": targets, "recallWords": recallWords, "municipal": municipal, "lastYear": lastYear,
		"attackWords": attackWords, "effectWords": effectWords, "plainAttack": plainAttack, "happenedWords": happenedWords,
		"encryptionCue": encryptionCue, "ransomCue": ransomCue, "groupCue": groupCue, "suspectWords": suspectWords,
		"negators": negators, "denials": denials, "theftVerbs": theftVerbs, "dataNouns": dataNouns, "lossCue": lossCue,
		"hedges": hedges, "queries": queries, "undisclosed": undisclosed, "negatedAfter": negatedAfter, "verbFinalDenials": verbFinalDenials, "agencyWords": agencyWords, "counts": counts, "pluralAttacks": pluralAttacks, "countedNouns": countedNouns, "itSystems": itSystems, "figureWords": figureWords, "passive": passive, "figureDeterminers": figureDeterminers,
		"eventWords": eventWords, "mentionMarkers": mentionMarkers, "plannedWords": plannedWords,
		"trainingWords": trainingWords, "impersonation": impersonation, "ransomWords": ransomWords,
		"ransomRefused": ransomRefused, "ransomPaid": ransomPaid, "ransomNone": ransomNone, "kindInName": kindInName,
		"sparedWords": sparedWords, "notExcluded": notExcluded, "theftStemCue": theftStemCue, "lastMonths": lastMonths, "contrasts": contrasts, "channelNouns": channelNouns, "enteredWords": enteredWords, "credentialNouns": credentialNouns, "hijackWords": hijackWords, "shutDown": shutDown, "pluralKinds": pluralKinds, "unreachable": unreachable, "outageWords": outageWords,
	}
	for k, c := range attackKinds {
		m["attackKinds/"+string(k)] = c
	}
	for k, c := range impacts {
		m["impacts/"+k] = c
	}
	for k, c := range responses {
		m["responses/"+k] = c
	}
	for _, g := range groups {
		m["groups/"+g.name] = g.cue
	}
	return m
}

// wordListTexts are the texts the word lists are checked on: lines of the
// corpus pages, folded as the reader reads them, and the edges of the
// matcher.
func wordListTexts(tb testing.TB) []string {
	texts := []string{"", " ", "attaque", "attaques_", "_attaque", "attaqueX", "Attaque", "cyberattaque123 x",
		"cyberattaques-la", "denial-of-service", "denial of service", "éattaque", "attaqueé", "attaque\xff",
		"fuites de donnees", "fuite de donnees", "fuitede donnees", "rule out rules out ruled out", "e mails e mail",
		"n a pas", "noname05716", "attaque informatiques attaques informatique", "pas pas pas", "ransomware conti",
		"l an dernier", "s est produite", "a l arret", "sites de la ville", "cert fr", "ccn cert"}
	seen := map[string]bool{}
	err := filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		page := markup.ReplaceAllString(code.ReplaceAllString(string(b), " "), " ")
		for _, line := range strings.Split(page, "\n") {
			if line = fold.String(line); line != "" && !seen[line] {
				seen[line] = true
				if len(seen)%3 == 0 { // a third of them is enough, and fast
					texts = append(texts, line)
				}
			}
		}
		return nil
	})
	if err != nil || len(seen) == 0 {
		tb.Fatalf("corpus pages: %v", err)
	}
	return texts
}

var (
	code   = regexp.MustCompile(`(?is)<(script|style|svg)\b.*?</(script|style|svg)>`)
	markup = regexp.MustCompile(`<[^>]*>`)
)

// TestWordListsMatchTheirRegexp checks that every word list of the reader
// finds what its regular expression finds.
func TestWordListsMatchTheirRegexp(t *testing.T) {
	texts := wordListTexts(t)
	for name, c := range lexiconCues() {
		if c.wl == nil {
			t.Errorf("%s: read by a regexp, not as a word list: a word is not ASCII (folded text has no accents) or a star is followed by [a-z0-9]", name)
			continue
		}
		re := cueRegexp(c.list)
		for _, s := range texts {
			want := re.FindAllStringIndex(s, -1)
			if got := c.in(s); got != (want != nil) {
				t.Errorf("%s.in(%q) = %v, regexp %v", name, s, got, want)
			}
			if got := c.all(s); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s.all(%q) = %v, regexp %v", name, s, got, want)
			}
		}
	}
}

// TestWordListFallsBackToRegexp: a list the matcher cannot read exactly
// keeps its regexp.
func TestWordListFallsBackToRegexp(t *testing.T) {
	for _, list := range [][]string{{"a*b"}, {"*x"}, {"x**"}, {"été"}, {"x *"}, {""}} {
		c := words(list...)
		if c.wl != nil || c.re == nil {
			t.Errorf("words(%q) should keep a regexp", list)
		}
	}
	if c := words("a*b"); !c.in("axyb") || c.in("ab c") == c.re.MatchString("ab c") == false {
		t.Error("fallback regexp does not match")
	}
}

// FuzzWordList compares the matcher with the regexp on any text.
func FuzzWordList(f *testing.F) {
	for _, s := range []string{"n a pas ete chiffre", "cyberattaques_ x", "attaque* informatique", "Ransomware 8base"} {
		f.Add(s)
	}
	cues := lexiconCues()
	names := make([]string, 0, len(cues))
	for name := range cues {
		names = append(names, name)
	}
	slices.Sort(names)
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range names {
			c := cues[name]
			re := cueRegexp(c.list)
			if got, want := c.all(s), re.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s.all(%q) = %v, regexp %v", name, s, got, want)
			}
		}
	})
}
