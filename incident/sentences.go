package incident

import (
	"strings"

	"github.com/vigie-news/vigie/internal/fold"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of an article, with where it sits.
type sentence struct {
	Text      string
	Paragraph int  // 0 is the title
	Index     int  // position in the article
	Question  bool // ends with a question mark: it asks, it does not tell
	Aside     bool // its paragraph is a kicker, a byline or a tag line, not prose
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "dr": true, "st": true, "ste": true, "mr": true,
	"mrs": true, "ms": true, "prof": true, "gen": true, "no": true, "n°": true, "etc": true, "env": true,
	"p": true, "av": true, "bd": true, "jan": true, "janv": true, "feb": true, "févr": true, "fév": true,
	"mar": true, "apr": true, "avr": true, "jun": true, "jul": true, "juil": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "déc": true, "vs": true, "ca": true, "bzw": true,
	"z.b": true, "u.a": true, "dott": true, "sig": true, "sr": true, "sra": true, "inc": true, "ltd": true,
}

// split cuts an article into sentences: the title is sentence and paragraph 0, and each
// paragraph of text (separated by blank lines) is cut at sentence ends.
func split(title, text string) []sentence {
	var out []sentence
	add := func(s string, para int) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, sentence{Text: s, Paragraph: para, Index: len(out), Question: strings.HasSuffix(s, "?")})
		}
	}
	// The title is always sentence 0, even empty.
	out = append(out, sentence{Text: strings.TrimSpace(title), Paragraph: 0, Index: 0, Question: strings.HasSuffix(title, "?")})
	for i, p := range strings.Split(text, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		n := len(out)
		for _, s := range sentencesOf(p) {
			add(s, i+1)
		}
		for k := n; k < len(out); k++ {
			out[k].Aside = !prose(p)
		}
	}
	return out
}

// prose: a paragraph of sentences, not a kicker, a byline or a tag line
// ("Liguria", "Par J. Carpentier · Publié le 20 juin 2023", "All times
// are UK time."), which do not count among an article's first paragraphs.
func prose(p string) bool {
	p = strings.TrimRight(p, " \"'»”’)")
	return len(strings.Fields(p)) >= 6 && strings.HasSuffix(p, ".") || strings.HasSuffix(p, "!") || strings.HasSuffix(p, "?") ||
		strings.HasSuffix(p, ":")
}

// sentencesOf cuts a paragraph at ., ! or ? followed by a space and a
// capital letter, a digit or an opening quote, unless the dot ends an
// abbreviation or an initial.
func sentencesOf(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end := closeQuotes(p, i+1)
		if end >= len(p) || p[end] != ' ' || !startsSentence(p[end+1:]) || (c == '.' && isAbbreviation(p[start:i])) ||
			(c == '.' && isOrdinalDate(p[start:i], p[end+1:])) {
			continue
		}
		out = append(out, p[start:end])
		start = end + 1
		i = end
	}
	return append(out, p[start:])
}

// closeQuotes skips the closing quotes and brackets after a sentence's end,
// with the space French puts before them.
func closeQuotes(p string, i int) int {
	for i < len(p) {
		j := i
		if p[j] == ' ' {
			j++
		}
		r, size := utf8.DecodeRuneInString(p[j:])
		if !strings.ContainsRune(`"'»”’)`, r) || (j > i && r != '»') {
			return i
		}
		i = j + size
	}
	return i
}

// isOrdinalDate: "am 30. Oktober", where the dot makes a number ordinal.
func isOrdinalDate(before, after string) bool {
	n := len(before)
	if n == 0 || before[n-1] < '0' || before[n-1] > '9' {
		return false
	}
	next, _, _ := strings.Cut(after, " ")
	return calendarWords[fold.String(next)]
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"«“‘'(„‚¿¡`, r)
}

// isAbbreviation reports whether the text before a dot ends with an
// abbreviation or a single letter (an initial).
func isAbbreviation(before string) bool {
	w := before
	if i := strings.LastIndexAny(before, " («\""); i >= 0 {
		w = before[i+1:]
	}
	if r, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) == 1 && unicode.IsLetter(r) {
		return true // an initial; "on October 3. The council…" ends a sentence
	}
	return abbreviations[strings.ToLower(w)]
}
