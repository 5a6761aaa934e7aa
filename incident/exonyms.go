package incident

import (
	"strings"

	"github.com/vigie-news/vigie/internal/fold"
	"github.com/vigie-news/vigie/place"
)

// exonyms reads the names an article gives a town in another language,
// next to the name the registries know: "Peterlingen – auf Französisch
// Payerne –", "das westflämische Ypern (Ieper)", "Bozen, in italiano
// Bolzano". The name the registries lack stands for the town they know,
// in the whole article.
func (an *analysis) exonyms() map[string]place.Commune {
	out := map[string]place.Commune{}
	for _, s := range an.sents {
		toks := tokenize(s.Text)
		for k := 0; k < len(toks); k++ {
			if !toks[k].Upper || toks[k].Punct || place.IsCommonWord(toks[k].Text) {
				continue
			}
			end := properEnd(toks, k)
			if end == k {
				continue
			}
			if other, ok := otherName(toks, end); ok {
				if c, ok := an.g.Resolve(s.Text[toks[other].Start:toks[properEnd(toks, other)-1].End], an.ctx); ok {
					for j := k; j < end; j++ { // "Die Waadtländer Kleinstadt Peterlingen": German nouns have capitals too
						if name := s.Text[toks[j].Start:toks[end-1].End]; len(an.g.Communes(name)) == 0 {
							out[fold.String(name)] = c
						}
					}
				}
			}
			k = end - 1
		}
	}
	return out
}

// otherName is where the name the text gives in another language starts,
// after a name ending at toks[end]: right inside brackets, or after a few
// words that name the language ("– auf Französisch", ", en néerlandais").
func otherName(toks []token, end int) (int, bool) {
	if end+2 < len(toks) && toks[end].Text == "(" && toks[end+1].Upper && !toks[end+1].Punct {
		close := properEnd(toks, end+1)
		return end + 1, close < len(toks) && toks[close].Text == ")"
	}
	language := false
	for k := end; k < len(toks) && k < end+5; k++ {
		t := toks[k]
		switch {
		case languageNames[t.Fold]:
			language = true
		case t.Upper && !t.Punct:
			return k, language
		case !t.Punct && !languageLinks[t.Fold]:
			return 0, false
		}
	}
	return 0, false
}

// languageNames name the languages a town's other name is given in,
// folded, in the press's languages.
var languageNames = map[string]bool{"franzosisch": true, "deutsch": true, "italienisch": true, "niederlandisch": true,
	"flamisch": true, "francais": true, "allemand": true, "italien": true, "neerlandais": true, "flamand": true,
	"frans": true, "duits": true, "italiaans": true, "french": true, "german": true, "dutch": true, "flemish": true,
	"italian": true, "welsh": true, "irish": true, "francese": true, "tedesco": true, "olandese": true,
	"frances": true, "aleman": true, "neerlandes": true, "catalan": true, "valenciano": true, "castellano": true,
	"italiano": true, "cymraeg": true}

// languageLinks are the small words around a language's name: "auf",
// "en", "in het", "also known as".
var languageLinks = map[string]bool{"auf": true, "en": true, "in": true, "het": true, "op": true, "ou": true, "or": true,
	"oder": true, "o": true, "of": true, "bzw": true, "also": true, "known": true, "as": true, "dit": true, "genannt": true,
	"heisst": true, "called": true, "appelee": true, "detta": true, "llamada": true, "the": true}

// exonym is the town an article names by its other name, when it does.
func (an *analysis) exonym(name string) (place.Commune, bool) {
	if an.exonymMemo == nil {
		an.exonymMemo = an.exonyms()
	}
	c, ok := an.exonymMemo[fold.String(strings.TrimSpace(name))]
	return c, ok
}
