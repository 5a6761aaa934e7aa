package when

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sinceWords make the date after them a start, alone or in sincePairs;
// articles may stand between ("depuis le 24 avril", "seit dem 1. März",
// "desde el lunes").
var (
	sinceWords = setOf(strings.Fields("depuis dès since seit ab desde da dal dalla dallo dall sinds vanaf"))
	sincePairs = setOf([]string{"sin da", "fin da", "a partire da", "a partire dal", "a partire dalla",
		"a partir de", "a partir do", "a partir del", "à partir de", "à partir du"})
	articles = setOf(strings.Fields("le la l the dem den el il lo o"))
)

func setOf(words []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// since reports whether e is introduced as a start, by the words before
// it or by its own first word ("depuis janvier").
func since(text string, e Expr) bool {
	if first := wordsOf(firstWord(e.Text)); len(first) == 1 && sinceWords[first[0]] {
		return true
	}
	words := wordsOf(lastWords(text[:e.Start], 4))
	for len(words) > 0 && articles[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	for n := 1; n <= 3 && n <= len(words); n++ {
		w := strings.Join(words[len(words)-n:], " ")
		if n == 1 && sinceWords[w] || sincePairs[w] {
			return true
		}
	}
	return false
}

// untilWords, one of the two words before a date, or untilPairs, both,
// make it an end or a deadline ("geeft de stad tot 19 december om te
// betalen", "bis zum 1. März", "jusqu'au 3 mai", "fino al 10 ottobre",
// "si la ville ne paie pas d'ici au 2 décembre", "uiterlijk 5 mei").
var (
	untilWords = setOf(strings.Fields("until till tot bis jusqu hasta entro uiterlijk spätestens"))
	untilPairs = setOf([]string{"fino al", "fino a", "ici au", "ici le", "ici à", "ici a"})
)

// until reports whether e is introduced as an end or a deadline.
func until(text string, e Expr) bool {
	words := wordsOf(lastWords(text[:e.Start], 2))
	for _, w := range words {
		if untilWords[w] {
			return true
		}
	}
	return untilPairs[strings.Join(words, " ")]
}

// firstWord returns the start of s up to the end of its first word.
func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !isWordRune(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// lastWords returns the end of s holding its last n words, stopping at
// punctuation: only spaces and apostrophes may stand between them.
func lastWords(s string, n int) string {
	i, inWord := len(s), false
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case isWordRune(r):
			inWord = true
		case unicode.IsSpace(r) || r == '\'' || r == '’' || r == '\u00a0':
			if inWord {
				n--
				inWord = false
			}
			if n == 0 {
				return s[i:]
			}
		default:
			return s[i:]
		}
		i -= size
	}
	return s[i:]
}

// wordsOf returns the lowercased words of s; accents count, as "dès" is
// not "des".
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) })
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }
