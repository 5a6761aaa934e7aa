package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// detectable are the languages the text detector may answer; limiting it
// to the languages of European news avoids wild guesses on short texts.
var detectable = map[whatlanggo.Lang]bool{}

// detectableCode are the ISO 639-1 codes of the detectable languages. A
// page declaring another language keeps it: the detector cannot tell it
// from the neighbour it knows.
var detectableCode = map[string]bool{}

func init() {
	for _, l := range []whatlanggo.Lang{whatlanggo.Fra, whatlanggo.Eng, whatlanggo.Deu, whatlanggo.Ita,
		whatlanggo.Spa, whatlanggo.Por, whatlanggo.Nld, whatlanggo.Pol, whatlanggo.Ces,
		whatlanggo.Ron, whatlanggo.Swe, whatlanggo.Dan, whatlanggo.Nob, whatlanggo.Fin, whatlanggo.Hun,
		whatlanggo.Ell, whatlanggo.Rus, whatlanggo.Ukr, whatlanggo.Tur, whatlanggo.Slv,
		whatlanggo.Hrv, whatlanggo.Bul, whatlanggo.Lit, whatlanggo.Lav, whatlanggo.Est} {
		detectable[l] = true
		detectableCode[l.Iso6391()] = true
	}
}

// Text shorter than minDetect runes is not trusted to say its language
// against the markup.
const minDetect = 250

// language decides the language of an article. The markup (html lang,
// JSON-LD, content-language, og:locale) and the feed are what the site
// says; the text is what it is. A long text whose language is detected
// with confidence wins, because templates often keep the lang of the
// site's main edition on pages in other languages.
func language(m meta, text, feedLang, sourceLang string) string {
	declared := firstLang(m.htmlLang, m.ld("inLanguage"), m.tag("content-language", "og:locale", "dc.language", "language"), feedLang, sourceLang)
	if declared != "" && utf8.RuneCountInString(text) < minDetect {
		return declared // too short to be trusted: the detector need not run
	}
	if len(declared) == 2 && !detectableCode[declared] {
		return declared // Catalan, Galician, Luxembourgish: the detector would answer a neighbour
	}
	detected, sure := detectLanguage(text)
	switch {
	case sure:
		return detected
	case declared != "":
		return declared
	}
	return detected
}

// detectLanguage returns the ISO 639-1 code of text's language and whether
// the text is long and clear enough to trust it.
func detectLanguage(text string) (string, bool) {
	if len(text) > 4000 {
		text = text[:4000]
	}
	lang, confidence := detect(text)
	code := lang.Iso6391()
	return code, code != "" && utf8.RuneCountInString(text) >= minDetect && confidence >= 0.5
}

// detect is whatlanggo.DetectWithOptions limited to the detectable
// languages, read faster for text in Latin script.
func detect(text string) (whatlanggo.Lang, float64) {
	if latinScript(text) {
		return detectLatin(text)
	}
	info := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: detectable})
	return info.Lang, info.Confidence
}

// latinScript says whether whatlanggo.DetectScript(text) is Latin. It
// counts runes of each script until one has more than half the text's
// bytes, then the most frequent: when ASCII letters alone (Latin, never
// its stop characters) are more than half the bytes, no other script can
// get there first, since each rune counts once and takes a byte at least.
// Counting them is a tenth of the library's cost on a news text.
func latinScript(text string) bool {
	letters := 0
	for i := 0; i < len(text); i++ {
		if c := text[i] | 0x20; 'a' <= c && c <= 'z' {
			letters++
		}
	}
	return letters > len(text)/2 || whatlanggo.DetectScript(text) == unicode.Latin
}

// firstLang returns the primary subtag of the first well-formed tag:
// "fr-FR" and "fr_FR" give "fr".
func firstLang(tags ...string) string {
	for _, t := range tags {
		t = strings.ToLower(strings.TrimSpace(t))
		t, _, _ = strings.Cut(strings.ReplaceAll(t, "_", "-"), "-")
		t, _, _ = strings.Cut(t, ",")
		if len(t) == 2 || len(t) == 3 {
			if isLetters(t) {
				return t
			}
		}
	}
	return ""
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
