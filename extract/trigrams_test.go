package extract

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/abadojack/whatlanggo"
	"github.com/vigie-news/vigie"
)

// sameAsWhatlanggo says whether latinScript and detectLatin read text as
// whatlanggo does; when two languages tie for the nearest, whatlanggo's
// pick follows a map's order, so only the confidence (0) is compared.
func sameAsWhatlanggo(t *testing.T, text string) {
	t.Helper()
	latin := whatlanggo.DetectScript(text) == unicode.Latin
	if latinScript(text) != latin {
		t.Errorf("latinScript(%.80q) = %v, whatlanggo's DetectScript reads Latin: %v", text, !latin, latin)
	}
	if !latin {
		return
	}
	want := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: detectable})
	lang, confidence := detectLatin(text)
	if confidence != want.Confidence || lang != want.Lang && confidence != 0 {
		t.Errorf("detectLatin(%.80q) = %s %v, whatlanggo reads %s %v", text, lang, confidence, want.Lang, want.Confidence)
	}
}

// TestDetectLatinAsWhatlanggo reads the title and text of every page of
// the test corpora, whole and cut, with both detectors.
func TestDetectLatinAsWhatlanggo(t *testing.T) {
	t.Parallel()
	if len(latinDetectable().langs) < 15 {
		t.Fatalf("%d profiles of whatlanggo read", len(latinDetectable().langs))
	}
	n := 0
	for i, name := range corpusFiles(t) {
		if raceEnabled && i%4 != 0 {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := Extract(vigie.Page{URL: "http://news.test/a/b", FinalURL: "http://news.test/a/b", Body: b}, Hint{})
		text := a.Title + "\n\n" + a.Text
		for _, cut := range []int{4000, 600, 120, 30} {
			sameAsWhatlanggo(t, text[:min(cut, len(text))])
			n++
		}
	}
	for _, text := range []string{"a", "É", "x y", "ab12", "abc Жжж", "ab Жж", "abc 日本", "@[`{", "aB\xe9", "L'été 2021 !!", "ﬁn ǅ Ǆ İstanbul ẞ", "aaa aaa aaa", "\xff\xfe abc", "Ça  va   bien"} {
		sameAsWhatlanggo(t, text)
	}
	t.Logf("%d texts", n)
}

// FuzzDetectLatin compares detectLatin with whatlanggo on any text.
func FuzzDetectLatin(f *testing.F) {
	for _, s := range []string{"Le conseil municipal s'est réuni hier.", "The town hall was hit.", "Die Stadt ist Opfer eines Angriffs", "a  b", "İ ı ß", "ab Жж", "Kyiv Київ", strings.Repeat("ab ", 50)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sameAsWhatlanggo(t, text)
	})
}

// TestTrigramRanks: the most frequent trigram ranks first, ties go to the
// greater trigram, and a space between spaces is no trigram.
func TestTrigramRanks(t *testing.T) {
	t.Parallel()
	keys, ranks := trigramRanks("Ab, ab.")
	got := map[string]int{}
	for i, k := range keys {
		got[string([]rune{rune(k >> 42), rune(k >> 21 & (1<<21 - 1)), rune(k & (1<<21 - 1))})] = ranks[i]
	}
	// " ab" and "ab " twice each, "ab " the greater; "b  " and "  a" are
	// centred on a space next to another.
	want := map[string]int{"ab ": 0, " ab": 1}
	if len(got) != len(want) || got["ab "] != 0 || got[" ab"] != 1 {
		t.Errorf("trigramRanks = %v, want %v", got, want)
	}
}
