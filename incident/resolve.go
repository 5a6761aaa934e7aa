package incident

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/fold"
	"github.com/vigie-news/vigie/place"
)

// resolveAll resolves the bodies a sentence names; those that cannot be
// placed or named are dropped.
func (an *analysis) resolveAll(ns []named, sent int) []body {
	var out []body
	an.sentPlace = nil
	for _, n := range ns {
		if n.Beside {
			an.beside = append(an.beside, sent) // "le rançongiciel qui frappe la ville voisine": no body of this text
			continue
		}
		n = an.listName(n, an.sents[sent].Text)
		if b, ok := an.resolve(n); ok {
			b.sent = sent
			b.key = identity(b.Body)
			out = append(out, b)
			if an.sentPlace == nil && b.Place.INSEE != "" && b.Place.Country == "FR" && b.named.Proper != "" {
				if c, ok := an.g.Commune(b.Place.INSEE); ok {
					an.sentPlace = &c
				}
			}
			if n.Proper != "" {
				an.lastOf[b.Kind] = b
			}
		}
	}
	return out
}

// listName widens a name written before its anchor over the comma
// before it when the wider name is an authority's own: "Newry, Mourne and
// Down District Council", "Bournemouth, Christchurch and Poole Council".
func (an *analysis) listName(n named, text string) named {
	if !n.Before || !strings.Contains(n.Proper, " and ") || n.Start > len(text) {
		return n
	}
	head, ok := strings.CutSuffix(strings.TrimRight(text[:n.Start], " "), ",")
	if !ok {
		return n
	}
	toks := tokenize(head)
	k := len(toks)
	for k > 0 && toks[k-1].Upper && !toks[k-1].Punct && len(toks)-k < 2 {
		k--
	}
	if k == len(toks) {
		return n
	}
	wide := n
	wide.Start = toks[k].Start
	wide.Proper = text[wide.Start:n.Start] + n.Proper
	if len(an.g.Authorities(wide.Proper+" "+n.Anchor, "")) == 0 {
		return n
	}
	wide.Written = text[wide.Start:wide.End]
	return wide
}

// resolve turns a named body into a vigie.Body: its place from the
// gazetteer, its official name, and its kind refined (a "ville" that names
// an intercommunality is one).
func (an *analysis) resolve(n named) (body, bool) {
	if an.epithet(n) {
		n.Proper, n.Before = "", false // "das Rathaus der Salinenstadt": the town just named
	}
	if n.Before && n.Start == 0 && !strings.ContainsAny(n.Proper, " -") && an.writtenLower(n.Proper) {
		n.Proper, n.Before, n.Start = "", false, n.End-len(n.Anchor) // "Website waterschap onbereikbaar", then "de website van het waterschap"
		n.Written = n.Anchor
	}
	if an.lang == "nl" && n.AnchorKind == vigie.VictimSchool && n.Proper == "" && fold.String(n.Anchor) == "college" {
		n.AnchorKind = vigie.VictimCommune // "het college": the gemeente's executive (burgemeester en wethouders), no school
	}
	b := body{named: n, Body: vigie.Body{Name: n.Written, Kind: n.AnchorKind}}
	if n.Before && an.lang == "de" && !britishAnchor(fold.String(n.Anchor)) {
		return an.resolveGerman(b) // but "den Cotswold District Council" is read as in English
	}
	if n.Before && an.lang == "nl" {
		b.named = an.dutchAdjective(n)
	}
	r, ok := an.resolveKind(b, n)
	if short, cut := placeTail(n); !ok && cut {
		return an.resolveKind(body{named: short, Body: vigie.Body{Name: short.Written, Kind: short.AnchorKind}}, short)
	}
	return r, ok
}

// placeTail: a German name read with a place's preposition ("der
// Stadtverwaltung Rapperswil-Jona im Darknet"), cut before it, as a town
// named so ("Weil am Rhein") the gazetteer would have known whole.
func placeTail(n named) (named, bool) {
	if n.Before || n.Proper == "" {
		return n, false
	}
	for _, p := range []string{" im ", " am ", " an der ", " in der "} {
		if k := strings.Index(n.Proper, p); k > 0 {
			if w := strings.LastIndex(n.Written, n.Proper); w >= 0 {
				n.Written = n.Written[:w+k]
				n.End = n.Start + len(n.Written)
				n.Proper = n.Proper[:k]
				return n, true
			}
		}
	}
	return n, false
}

// resolveKind resolves a body by the kind of its anchor, as named n.
func (an *analysis) resolveKind(b body, n named) (body, bool) {
	switch n.AnchorKind {
	case vigie.VictimCommune:
		return an.resolveCommune(b)
	case vigie.VictimIntercommunalty:
		return an.resolveEPCI(b)
	case vigie.VictimDepartment:
		return an.resolveDepartment(b)
	case vigie.VictimRegion:
		return an.resolveRegion(b)
	case vigie.VictimOther:
		return an.resolveResidents(b)
	case vigie.VictimCompany:
		if n.Proper == "" || isGroup(n.Proper) || sideOf(n.Proper) {
			return b, false
		}
		b.Official = n.Proper
		b.Place = an.focusPlace()
		return b, true
	}
	return an.resolveOther(b)
}

// epithet: a German council's name is one word for a kind of town
// ("Salinenstadt", "Domstadt", "Kreisstadt") that names no commune: a
// byname of the town the text is about.
func (an *analysis) epithet(n named) bool {
	if an.lang == "en" && n.AnchorKind == vigie.VictimCommune && n.Before && townWords[fold.String(n.Anchor)] {
		_, ok := an.g.Region(n.Proper)
		return ok // "The Zeeland town's website": the town in Zeeland the heading named
	}
	if an.lang != "de" || n.AnchorKind != vigie.VictimCommune || strings.ContainsAny(n.Proper, " -") {
		return false
	}
	f := fold.String(n.Proper)
	if !strings.HasSuffix(f, "stadt") || len(f) < 8 {
		return false
	}
	_, ok := an.commune(n.Proper, "")
	return !ok
}

// townWords are English words for a town that follow a region used as an
// adjective ("the Zeeland town", "the Tuscan city").
var townWords = map[string]bool{"town": true, "city": true, "village": true}

// writtenLower: the article writes word in lower case somewhere, a common
// word that a capital at the start of a sentence does not make a name.
func (an *analysis) writtenLower(word string) bool {
	lower := strings.ToLower(word)
	if lower == word {
		return false
	}
	for _, s := range an.sents {
		if !strings.Contains(s.Text, lower) {
			continue // most sentences: no tokens to cut
		}
		for _, t := range tokenize(s.Text) {
			if t.Text == lower {
				return true
			}
		}
	}
	return false
}

// resolveGerman resolves a German anchor after a place's adjective or
// genitive: only a place the gazetteer knows makes it a body.
func (an *analysis) resolveGerman(b body) (body, bool) {
	for _, stem := range germanStems(b.named.Proper) {
		switch b.Kind {
		case vigie.VictimCommune:
			if c, ok := an.stemCommune(stem); ok {
				return an.communeBody(b, c), true
			}
		case vigie.VictimRegion:
			if r, ok := an.g.Region(stem); ok {
				b.Place, b.Official = r.Place(), regionName(r.Country, r.Name)
				return b, true
			}
		case vigie.VictimDepartment:
			if _, _, ok := an.districtNamed(stem); ok { // "das Ebersberger Landratsamt"
				d := b
				d.named.Proper, d.named.Before = stem, false
				return an.resolveDepartment(d)
			}
		}
	}
	return b, false
}

// dutchAdjective reads a Dutch place adjective before an anchor as the
// place ("het Limburgse provinciehuis" is the provincie Limburg's, "het
// Gentse stadsbestuur" Gent's): the anchor then names it, as if written
// first. A name that is no such adjective is kept.
func (an *analysis) dutchAdjective(n named) named {
	stem, ok := strings.CutSuffix(n.Proper, "se")
	if !ok || strings.ContainsRune(n.Proper, ' ') || len(stem) < 3 {
		return n
	}
	for _, s := range []string{stem, stem + "en", stem + "e"} { // Limburg, Antwerpen, Brugge
		r, region := an.g.Region(s)
		c, commune := an.commune(s, "")
		town := commune && lowlands(c.Country) || len(an.g.Authorities(s, "NL"))+len(an.g.Authorities(s, "BE")) > 0
		if region && lowlands(r.Country) && !town && n.AnchorKind == vigie.VictimCommune {
			n.Proper, n.Before, n.Written = "", false, n.Anchor // "De Drentse gemeente": one in Drenthe, the one the text is about
			return n
		}
		if region && lowlands(r.Country) || town {
			n.Proper, n.Before, n.Written = s, false, n.Anchor+" "+s
			return n
		}
	}
	return n
}

// lowlands: a Dutch adjective names a place of the Netherlands or
// Belgium ("de Kempense gemeente" is one in the Kempen, not Kempen in the
// Rhineland).
func lowlands(country string) bool { return country == "NL" || country == "BE" }

func (an *analysis) resolveCommune(b body) (body, bool) {
	if b.named.Proper == "" && an.indefiniteBefore(b.named.Start) && (an.lang != "en" || !an.indefiniteJustBefore(b.named.Start)) {
		return b, false // "une commune d'environ 5 000 habitants", "a rural council": none in particular ("a council spokesman" is the council's)
	}
	if b.named.Proper == "" && mayors[fold.String(b.named.Anchor)] {
		return b, false // "commenta il sindaco": the town hall speaks, it is not said to be hit
	}
	if b.named.Proper == "" {
		if prev, ok := an.lastOf[vigie.VictimCommune]; ok && an.local != nil && an.localAt < an.cur && prev.sent == an.localAt && prev.Place.Name != an.local.Name {
			prev.named = b.named // "Het gemeentebestuur van Oudsbergen, een jaar na de fusie van … Opglabbeek. … de servers van de gemeente": the body, not the place beside it
			return prev, true
		}
		if c := an.nearestCommune(); c != nil {
			return an.communeBody(b, *c), true
		}
		if prev, ok := an.lastOf[vigie.VictimCommune]; ok { // "de gemeente": the one named before
			prev.named = b.named
			return prev, true
		}
		b.sent = an.cur
		an.ahead = append(an.ahead, b)
		return b, false
	}
	c, ok := an.communeSpan(b.named.Proper, b.named.Article, b.named.Before)
	if a, whole := an.wholeAuthority(b.named.Proper); whole && (!ok || c.Country != a.Country) {
		return authorityBody(b, a), true // "Amber Valley Borough Council" is no council of Valley, Bavaria
	}
	if ok {
		if full, ok := an.fullForm(b.named.Proper, c); ok {
			c = full // "la mairie de Tournon", and "Tournon-sur-Rhône" elsewhere in the text
		}
		return an.communeBody(b, c), true
	}
	if mayors[fold.String(b.named.Anchor)] {
		return b, false // "Mayor Keisha Bottoms": a mayor names a town only by its name
	}
	if es := an.g.EPCIs(b.named.Proper); len(es) > 0 { // "la ville du Grand Annecy"
		return epciBody(b, es[0]), true
	}
	for _, a := range an.g.Authorities(b.named.Proper, "") {
		if a.Kind == vigie.VictimCommune && a.Country != "FR" { // a municipality no town of the gazetteer names: "Westerkwartier"
			return authorityBody(b, a), true
		}
	}
	return an.unplaced(b)
}

// longerPlace is the one town the article writes, somewhere, as name (a
// word no town bears alone) and more words ("a Fiorenzuola d'Arda").
func (an *analysis) longerPlace(name string) (place.Commune, bool) {
	var found *place.Commune
	for _, s := range an.sents {
		if !strings.Contains(s.Text, name+" ") {
			continue // most sentences: no tokens to cut
		}
		toks := tokenize(s.Text)
		for k, t := range toks {
			if t.Text != name {
				continue
			}
			end := properEnd(toks, k)
			if end <= k+1 {
				continue
			}
			c, ok := an.commune(s.Text[t.Start:toks[end-1].End], "")
			if !ok {
				continue
			}
			if found != nil && found.Name != c.Name {
				return place.Commune{}, false
			}
			found = &c
		}
	}
	if found == nil {
		return place.Commune{}, false
	}
	return *found, true
}

// fullForm is the commune the text names in full whose name goes on from
// name with a hyphen ("Tournon" and "Tournon-sur-Rhône", "Bourg" and
// "Bourg-en-Bresse"), when it is not c: a short form of its name.
func (an *analysis) fullForm(name string, c place.Commune) (place.Commune, bool) {
	if strings.ContainsAny(name, " -") {
		return c, false
	}
	prefix := name + "-"
	for _, s := range an.sents {
		for rest := s.Text; ; {
			k := strings.Index(rest, prefix)
			if k < 0 {
				break
			}
			rest = rest[k:]
			end := strings.IndexFunc(rest, nameStop)
			if end < 0 {
				end = len(rest)
			}
			if full, ok := an.commune(strings.TrimRight(rest[:end], "-'"), ""); ok && full.Name != c.Name {
				return full, true
			}
			rest = rest[len(prefix):]
		}
	}
	return c, false
}

// nameStop ends a hyphenated name written in running text.
func nameStop(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",.;:()«»\"", r) }

// unplaced keeps a body the gazetteer does not know, named in full after
// an anchor ("the city of Atlanta", "Mecklenburg County"): a local
// authority all the same, with its place's name and no more.
func (an *analysis) unplaced(b body) (body, bool) {
	name := strings.TrimSpace(b.named.Proper)
	if name == "" || utf8.RuneCountInString(name) < 3 || determiners[fold.String(name)] || spurious(name) {
		return b, false
	}
	if completeRegistry[an.lang] && b.Kind == vigie.VictimCommune {
		return b, false // every commune is in the gazetteer: "Mairie de LockBit" names none
	}
	if an.lang == "de" && b.Kind == vigie.VictimDepartment {
		return b, false // every Kreis is in the registry: "der zweite Landkreis Opfer" names none
	}
	if an.cur == 0 && !an.inBody(name) {
		return b, false // a title's capitals ("Police Department Loses Years Worth") name nothing the text does not
	}
	if b.named.Before && len(strings.Fields(b.named.Anchor)) == 1 && !namesBefore[fold.String(b.named.Anchor)] {
		return b, false // "Smart city": a bare noun after a word says nothing of a place
	}
	if an.lang == "en" && b.Kind == vigie.VictimCommune && !b.named.Before &&
		fold.String(b.named.Written) == fold.String(b.named.Anchor+" "+b.named.Proper) {
		return b, false // "Council Resilience Fund": English names a council before its anchor or after "of"
	}
	if o, ok := an.fullerName(b); ok {
		return o, true
	}
	b.Official = capitalize(b.named.Written)
	if b.Kind == vigie.VictimCommune {
		b.Place = an.unplacedArea(vigie.Place{Name: name})
	}
	return b, true
}

// fullerName is the body the article names elsewhere with the same proper
// name and a kind of its own, which a bare "council" shortens: "Mayo
// council" in a title over "Mayo County Council" in the text.
func (an *analysis) fullerName(b body) (body, bool) {
	if b.AnchorKind != vigie.VictimCommune || b.named.Before && len(strings.Fields(b.named.Anchor)) > 1 {
		return body{}, false
	}
	proper := fold.String(b.named.Proper)
	for k, s := range an.sents {
		if k == an.cur || !strings.Contains(an.folded[k], proper) {
			continue
		}
		for _, n := range findNamed(s.Text, an.lang) {
			if n.AnchorKind != vigie.VictimCommune && n.AnchorKind.InScope() && fold.String(n.Proper) == proper {
				cur := an.cur
				an.cur = k
				o, ok := an.resolve(n)
				an.cur = cur
				if ok {
					o.named = b.named
					return o, true
				}
			}
		}
	}
	return body{}, false
}

// inBody: a sentence below the title writes name.
func (an *analysis) inBody(name string) bool {
	for _, s := range an.sents[1:] {
		if strings.Contains(s.Text, name) {
			return true
		}
	}
	return false
}

// wholeAuthority is the one municipal authority of the press's countries
// that a name of several words is, whole, when no commune bears that name:
// a part of it ("Valley") must not stand for it.
func (an *analysis) wholeAuthority(name string) (place.Authority, bool) {
	if !strings.Contains(strings.TrimSpace(name), " ") {
		return place.Authority{}, false
	}
	if _, ok := an.commune(name, ""); ok {
		return place.Authority{}, false
	}
	var found []place.Authority
	for _, a := range an.g.Authorities(name, "") {
		if a.Kind == vigie.VictimCommune && a.Country != "FR" && an.pressCountry(a.Country) {
			found = append(found, a)
		}
	}
	if len(found) != 1 {
		return place.Authority{}, false
	}
	return found[0], true
}

// mayorWords are the anchors that name a commune through its mayor ("el
// alcalde de Ponferrada", "der Rosenheimer Oberbürgermeister"): the town
// hall speaks through them.
var mayorWords = []string{"maire", "mayor", "alcalde", "alcaldesa", "sindaco", "sindaca", "burgemeester", "bourgmestre",
	"burgermeister", "burgermeisterin", "oberburgermeister", "oberburgermeisterin"}

var mayors = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range mayorWords {
		m[w] = true
	}
	return m
}()

// completeRegistry are the languages whose country's every commune the
// gazetteer holds: a name it lacks after "mairie de" is no commune.
var completeRegistry = map[string]bool{"fr": true, "de": true}

// spurious: a capitalised name that cannot be a body's: a threat group,
// words of an attack or a scam, a figure or a year (a report's title:
// "Panorama 2023"), a common word or the plural of one ("Councils").
func spurious(name string) bool {
	f := fold.String(name)
	if isGroup(name) || attackWords.in(f) || plainAttack.in(f) || strings.ContainsAny(f, "0123456789") || kindNamed(f) {
		return true
	}
	if namesReport(f) {
		return true
	}
	ws := strings.Fields(f)
	last := ws[len(ws)-1]
	for _, sing := range []string{strings.TrimSuffix(last, "s"), strings.TrimSuffix(last, "es"), strings.TrimSuffix(last, "ies") + "y"} {
		if sing != last && (len(anchorsByWord[sing]) > 0 || place.IsCommonWord(sing)) {
			return true
		}
	}
	return false
}

// reportWords name a publication or a survey, not a place: "Mairie de
// Panorama de la cybermenace", "Lagebild: Kommunen bleiben beliebtes Ziel".
var reportWords = map[string]bool{"rapport": true, "report": true, "panorama": true, "barometre": true,
	"barometer": true, "survey": true, "etude": true, "study": true, "bericht": true, "lagebericht": true,
	"rapporto": true, "informe": true, "index": true, "observatoire": true, "lagebild": true, "studie": true,
	"umfrage": true, "indagine": true, "encuesta": true, "onderzoek": true, "peiling": true}

// namesReport: a folded text holds one of the reportWords.
func namesReport(folded string) bool {
	return slices.ContainsFunc(strings.Fields(folded), func(w string) bool { return reportWords[w] })
}

// unplacedArea completes a place the gazetteer lacks with the one region
// (or country) the article names, if it names just one.
func (an *analysis) unplacedArea(p vigie.Place) vigie.Place {
	if len(an.ctx.Regions) == 1 {
		if r, ok := an.g.Region(an.ctx.Regions[0]); ok {
			p.Region, p.Country = r.Name, r.Country
			return p
		}
	}
	if len(an.ctx.Countries) == 1 {
		p.Country = an.ctx.Countries[0]
	}
	return p
}

func (an *analysis) communeBody(b body, c place.Commune) body {
	b.Kind, b.Place, b.Official = vigie.VictimCommune, c.Place(), townHall(c)
	if c.Country == "" && c.INSEE == "" { // a place the gazetteer lacks: named as the article's language names it
		if f, ok := hallByLang[an.lang]; ok {
			b.Official = f(c.Name)
		}
	}
	return b
}

// hallByLang name a commune the gazetteer lacks in the article's language.
var hallByLang = map[string]func(string) string{
	"en": func(n string) string { return "City of " + n },
	"de": func(n string) string { return "Stadt " + n },
	"it": func(n string) string { return "Comune di " + n },
	"es": func(n string) string { return "Ayuntamiento de " + n },
	"nl": func(n string) string { return "Gemeente " + n },
	"pt": func(n string) string { return "Câmara Municipal de " + n },
}

func (an *analysis) resolveEPCI(b body) (body, bool) {
	n := b.named
	if n.Proper == "" {
		if e, ok := an.titleEPCI(); ok && matchesType(n.Anchor, e.Type) {
			return an.epciSeated(b, e), true
		}
		c := an.nearestCommune() // "Blois, May. … the inter-municipal authority around Blois"
		if c == nil || c.INSEE == "" {
			return b, false
		}
		e, ok := an.g.EPCIOf(c.INSEE)
		if !ok || !matchesType(n.Anchor, e.Type) {
			return b, false
		}
		return an.epciSeated(b, e), true
	}
	art := ""
	if n.Article != "" {
		art = n.Article + " "
	}
	for _, cand := range []string{n.Anchor + " " + art + n.Proper, n.Proper + " " + n.Anchor, art + n.Proper, n.Proper} {
		if es := an.g.EPCIs(cand); len(es) > 0 {
			return an.epciSeated(b, es[0]), true
		}
	}
	if e, end, ok := an.adjectivedName(n); ok { // "la communauté de communes de Flandre intérieure"
		b.End, b.Written = end, an.sents[an.cur].Text[b.Start:end]
		return an.epciSeated(b, e), true
	}
	if e, end, ok := an.doubleName(n); ok {
		b.End = end
		b.Written = an.sents[an.cur].Text[b.Start:end]
		return an.epciSeated(b, e), true
	}
	if c, ok := an.commune(n.Proper, n.Article); ok && c.Country == "FR" { // "la comcom de Schirmeck": by its seat
		if e, ok := an.g.EPCIOf(c.INSEE); ok && matchesType(n.Anchor, e.Type) {
			e.Seat = c
			return epciBody(b, e), true
		}
	}
	if !frenchGrouping[fold.String(n.Anchor)] {
		return an.foreignGrouping(b)
	}
	return b, false
}

// adjectivedName is the intercommunality a name goes on to with one or two
// words in lower case ("Flandre intérieure", "Bretagne romantique"), which
// a name of capitalised words leaves out; end is where it ends.
func (an *analysis) adjectivedName(n named) (place.EPCI, int, bool) {
	text := an.sents[an.cur].Text
	if n.End > len(text) {
		return place.EPCI{}, 0, false
	}
	toks := tokenize(text[n.End:])
	name := n.Proper
	for k := 0; k < 2 && k < len(toks) && !toks[k].Upper && !toks[k].Punct; k++ {
		name += " " + toks[k].Text
		if es := an.g.EPCIs(name); len(es) > 0 {
			return es[0], n.End + toks[k].End, true
		}
	}
	return place.EPCI{}, 0, false
}

// frenchGrouping are the anchors of French intercommunalities, all of
// which the EPCI registry lists: a name it lacks is none.
var frenchGrouping = map[string]bool{"communaute de communes": true, "communaute d' agglomeration": true,
	"communaute urbaine": true, "agglomeration": true, "agglo": true, "comcom": true, "metropole": true, "intercommunalite": true}

// foreignGrouping keeps a grouping of municipalities outside France that no
// registry here lists (an unione dei comuni, a comarca, a mancomunidad),
// named in full: it sits where the article says it does, else in the
// town its name holds, else in the town the article is about.
func (an *analysis) foreignGrouping(b body) (body, bool) {
	b, ok := an.unplaced(b)
	if !ok {
		return b, false
	}
	if p := an.seatOf(); !p.IsZero() {
		b.Place = p
	} else if c, ok := an.commune(b.named.Proper, b.named.Article); ok && c.Country != "FR" {
		b.Place = c.Place()
	} else if c := an.local; c != nil && c.Country != "FR" {
		b.Place = c.Place() // "A Lugo, nella sede dell'Unione dei Comuni della Bassa Romagna": not the hamlet of Bassa
	} else if c, ok := an.communeIn(b.named.Proper, b.named.Article); ok && c.Country != "FR" && an.cur > 0 {
		b.Place = c.Place() // a title's is a guess the sentences below may better: "della Bassa Romagna" and "A Lugo"
	} else if c := an.nearestCommune(); c != nil && c.Country != "FR" {
		b.Place = c.Place()
	}
	return b, true
}

// doubleName finds an intercommunality named after two places, of which
// the sentence's name gives the first: "la communauté de communes de
// Gevrey-Chambertin et de Nuits-Saint-Georges". It returns the EPCI and
// where its name ends.
func (an *analysis) doubleName(n named) (place.EPCI, int, bool) {
	text := an.sents[an.cur].Text
	if n.End > len(text) || !strings.HasPrefix(text[n.Start:n.End], n.Written) {
		return place.EPCI{}, 0, false
	}
	toks := tokenize(text[n.End:])
	if len(toks) < 2 || !conjunctions[toks[0].Fold] {
		return place.EPCI{}, 0, false
	}
	k := 1
	if !toks[k].Upper && k+1 < len(toks) {
		k++ // "et de Nuits-Saint-Georges"
	}
	if !toks[k].Upper || toks[k].Punct {
		return place.EPCI{}, 0, false
	}
	end := n.End + toks[properEnd(toks, k)-1].End
	if es := an.g.EPCIs(n.Proper + text[n.End:end]); len(es) > 0 {
		return es[0], end, true
	}
	return place.EPCI{}, 0, false
}

// matchesType: an anchor left alone ("la métropole") names the commune's
// EPCI only when it says its type; "l'agglomération" and
// "l'intercommunalité" say any.
func matchesType(anchor, typ string) bool {
	a := fold.String(anchor)
	switch {
	case strings.Contains(a, "metropol"):
		return typ == "METRO" || typ == "MET69"
	case strings.Contains(a, "urbaine") || a == "urban community":
		return typ == "CU"
	case strings.Contains(a, "communes"):
		return typ == "CC"
	}
	return true
}

// titleEPCI is the intercommunality a title opens with, before a colon
// or a comma ("Vallée de la Bruche : la communauté de communes…"), which
// the anchors left alone below stand for.
func (an *analysis) titleEPCI() (place.EPCI, bool) {
	title := an.art.Title
	i := strings.IndexAny(title, ":,")
	if i <= 0 || len(strings.Fields(title[:i])) > 6 {
		return place.EPCI{}, false
	}
	if es := an.g.EPCIs(strings.TrimSpace(title[:i])); len(es) > 0 {
		return es[0], true
	}
	return place.EPCI{}, false
}

// epciSeated is epciBody with the seat the article gives ("au siège de
// Schirmeck"), when it is one of the members: the registry does not give
// the seats, and the one inferred (the member its name holds, else the
// most populous) can be wrong.
func (an *analysis) epciSeated(b body, e place.EPCI) body {
	if p := an.seatOf(); p.INSEE != "" && slices.Contains(e.Members, p.INSEE) {
		if c, ok := an.g.Commune(p.INSEE); ok {
			e.Seat = c
		}
	}
	return epciBody(b, e)
}

func epciBody(b body, e place.EPCI) body {
	b.Kind, b.Place, b.Official = vigie.VictimIntercommunalty, e.Place(), officialEPCI(e.Name)
	return b
}

func (an *analysis) resolveDepartment(b body) (body, bool) {
	if b.named.Proper == "" {
		return an.bareDepartment(b)
	}
	name := b.named.Proper
	if b.named.Article != "" {
		name = b.named.Article + " " + name
	}
	if d, ok := an.g.Department(name); ok {
		return departmentBody(b, d), true
	}
	if fold.String(b.named.Anchor) == "arrondissement" {
		a, ok := an.pressDistrict(b.named.Proper) // not a French arrondissement, a division of the State
		return authorityBody(b, a), ok && a.Country != "FR"
	}
	province, dutch := an.dutchProvince(b)
	if dutch && slices.Equal(an.ctx.Countries, []string{"NL"}) {
		return province, true
	}
	if a, exact, ok := an.districtNamed(b.named.Proper); ok {
		d, ok := an.foreignDistrict(b)
		if !exact {
			d.Official = a.Name // "des Vogelsbergkreises" is the Vogelsbergkreis
		}
		if ok && d.Place.Country != "" && an.inDistrict(d.Place, a) {
			if translatedDistrict[fold.String(b.named.Anchor)] {
				d.Official = a.Name // "the district of Stendal" is the registry's Landkreis Stendal
			}
			return d, true // placed as the text places it
		}
		official := cmp.Or(d.Official, a.Name)
		if !ok || d.Place.Country == "" {
			official = a.Name // "the rural district of Vulkaneifel", placed nowhere, is the registry's Landkreis Vulkaneifel
		}
		d = authorityBody(b, a)
		d.Official, d.Place = official, a.Place() // placed at its seat, even a stand-in: the text places it elsewhere
		return d, true
	}
	if dutch {
		return province, true
	}
	return an.foreignDistrict(b)
}

// dutchProvince: the Dutch provinces are the country's regions
// ("provincie Fryslân"); a Belgian province of the same name (Limburg) is
// preferred unless the article is about the Netherlands alone.
func (an *analysis) dutchProvince(b body) (body, bool) {
	r, ok := an.g.Region(b.named.Proper)
	if !ok || r.Country != "NL" {
		return b, false
	}
	b.Kind, b.Place, b.Official = vigie.VictimRegion, r.Place(), "Provincie "+r.Name
	return b, true
}

// inDistrict: the place is a town of the district a ("Köthen" of the
// Landkreis Anhalt-Bitterfeld; not Neustadt/Harz of the Landkreis Harz),
// by the registry's parents of its council, else by its country.
func (an *analysis) inDistrict(p vigie.Place, a place.Authority) bool {
	if d, ok := an.g.AuthorityOf(vigie.VictimDepartment, p); ok {
		return d.ID == a.ID
	}
	return p.Country == a.Country
}

// districtNamed is pressDistrict of a name, else the district the
// registry names so, in German out of its genitive too ("die
// Kreisverwaltung des Vogelsbergkreises": registryName); exact says the
// name was the district's as written.
func (an *analysis) districtNamed(name string) (a place.Authority, exact, ok bool) {
	if a, ok := an.pressDistrict(name); ok {
		return a, true, true
	}
	if a, ok := an.registryName(name); ok && a.Kind == vigie.VictimDepartment {
		return a, fold.String(a.Name) == fold.String(name), true
	}
	return place.Authority{}, false, false
}

// pressDistrict is the one district outside France of the press's
// countries the registry knows by name ("de Provincie Limburg" in Dutch
// is the province, not Limburg an der Lahn), else the one of any country.
func (an *analysis) pressDistrict(name string) (place.Authority, bool) {
	var press, abroad []place.Authority
	for _, a := range an.g.Authorities(name, "") {
		switch {
		case a.Kind != vigie.VictimDepartment || a.Country == "FR":
		case an.pressCountry(a.Country):
			press = append(press, a)
		default:
			abroad = append(abroad, a)
		}
	}
	switch {
	case len(press) == 1:
		return press[0], true
	case len(press) == 0 && len(abroad) == 1:
		return abroad[0], true // "el distrito rural de Vulkaneifel": the one district of that name, wherever it is
	}
	return place.Authority{}, false
}

// bareDepartment resolves a département or a district written by its
// anchor alone: none after an indefinite article or for an anchor that
// needs its name; else the focus commune's département, or, in an
// article about no commune, the département it names ("Haute-Loire : le
// Département paralysé"); else a district outside France (bareDistrict).
func (an *analysis) bareDepartment(b body) (body, bool) {
	switch {
	case an.needsName(b.named.Anchor):
		return b, false // "en province", "the state": no body without its name
	case an.indefiniteBefore(b.named.Start):
		return b, false // "42 incidents ont touché un département": none in particular
	case an.focus != nil && an.focus.Country == "FR":
		d, ok := an.g.Department(an.focus.Department)
		return departmentBody(b, d), ok
	case an.focus == nil && len(langCountries[an.lang]) == 0: // French or English: a German "Kreis" is never "des Landes"
		if d, ok := an.namedDepartment(); ok {
			return departmentBody(b, d), true
		}
	}
	return an.bareDistrict(b)
}

// departmentBody makes b the council of the French département d.
func departmentBody(b body, d place.Department) body {
	b.Place, b.Official = d.Place(), "Conseil départemental "+departmentOf(d.Name)
	return b
}

// indefiniteBefore: the word before position at in the sentence read is
// an indefinite article or a quantifier.
func (an *analysis) indefiniteBefore(at int) bool {
	ws := an.wordsBefore(at)
	return an.indefiniteJustBefore(at) ||
		len(ws) > 1 && indefinites[ws[len(ws)-2]] && !prepositions[ws[len(ws)-1]] && !articles[ws[len(ws)-1]] // "a rural council"
}

// indefiniteJustBefore: the word just before position at is an
// indefinite article or a quantifier.
func (an *analysis) indefiniteJustBefore(at int) bool {
	ws := an.wordsBefore(at)
	return len(ws) > 0 && indefinites[ws[len(ws)-1]]
}

// wordsBefore are the folded words of the sentence read before position at.
func (an *analysis) wordsBefore(at int) []string {
	return strings.Fields(fold.String(an.sents[an.cur].Text[:min(at, len(an.sents[an.cur].Text))]))
}

var indefinites = map[string]bool{"un": true, "une": true, "a": true, "an": true, "any": true, "each": true, "every": true,
	"ein": true, "eine": true, "einen": true, "einem": true, "einer": true, "jeder": true, "jede": true, "jeden": true,
	"uno": true, "una": true, "ogni": true, "een": true, "elke": true, "elk": true, "cada": true, "chaque": true,
	"quel": true, "quelque": true, "tout": true, "toute": true, "autre": true, "another": true, "other": true}

// namedDepartment is the French département an article about no commune
// is about where it writes "le Département": the one its paragraph named
// last ("En Seine-et-Marne, … Le Département dit…"), else the one its title
// names, else the only one it names.
func (an *analysis) namedDepartment() (place.Department, bool) {
	ds := an.mentionedDepartments()
	for k := an.cur; k >= 0; k-- {
		if d, ok := lastNamed(an.folded[k], ds); ok {
			return d, true
		}
		if k == 0 || an.sents[k-1].Paragraph != an.sents[an.cur].Paragraph {
			break
		}
	}
	if d, ok := lastNamed(an.folded[0], ds); ok {
		return d, true
	}
	if len(ds) == 1 {
		return ds[0], true
	}
	return place.Department{}, false
}

// mentionedDepartments are the French départements the article names.
func (an *analysis) mentionedDepartments() []place.Department {
	var ds []place.Department
	for _, code := range an.ctx.Departments {
		if d, ok := an.g.Department(code); ok {
			ds = append(ds, d)
		}
	}
	return ds
}

// lastNamed is the département of ds whose name a folded text writes
// last, the longest where names overlap.
func lastNamed(folded string, ds []place.Department) (place.Department, bool) {
	best, at, size := place.Department{}, -1, 0
	for _, d := range ds {
		name := fold.String(d.Name)
		if i := strings.LastIndex(folded, name); i >= 0 && (i+len(name) > at+size || i+len(name) == at+size && len(name) > size) {
			best, at, size = d, i, len(name)
		}
	}
	return best, at >= 0
}

// bareDistrict resolves a district outside France written by its anchor
// alone ("der Landkreis", "the county council", "la Provincia"): the one
// named before in the article, else the registry's district of the town
// the sentence or article is about, else the one district the article
// names by its own name ("den Heidekreis").
func (an *analysis) bareDistrict(b body) (body, bool) {
	if prev, ok := an.lastOf[vigie.VictimDepartment]; ok {
		prev.named = b.named
		return prev, true
	}
	if c := an.nearestCommune(); c != nil && c.Country != "FR" && c.Country != "" && an.pressCountry(c.Country) {
		if a, ok := an.g.AuthorityOf(vigie.VictimDepartment, c.Place()); ok {
			d := authorityBody(b, a)
			if a.SeatStandIn && c == an.sectionTown {
				d.Place = c.Place() // no seat in the registry: the town the paper files the story under
			}
			return d, true
		}
	}
	if a, ok := an.namedDistrict(); ok {
		return authorityBody(b, a), true
	}
	if a, ok := an.sectionDistrict(); ok {
		return authorityBody(b, a), true // "/eichsfeld/…/kreisverwaltung-eichsfeld-notbetrieb": "das Landratsamt" is Eichsfeld's
	}
	return b, false
}

// sectionDistrict is the district outside France a section of the
// article's URL names, as a local paper files a district's news (the
// town it files under is sectionTown): the one district of the press's
// countries so named, in an article that never writes the name (one that
// does names its district where it means it).
func (an *analysis) sectionDistrict() (place.Authority, bool) {
	for _, seg := range sections(an.art.URL) {
		name := strings.ReplaceAll(seg, "-", " ")
		if an.writes(fold.String(name)) {
			continue
		}
		var found []place.Authority
		for _, a := range an.g.Authorities(name, "") {
			if a.Kind == vigie.VictimDepartment && an.pressCountry(a.Country) {
				found = append(found, a)
			}
		}
		if len(found) == 1 {
			return found[0], true
		}
	}
	return place.Authority{}, false
}

// writes: the article's folded text holds the folded words.
func (an *analysis) writes(phrase string) bool {
	c := words(phrase)
	return slices.ContainsFunc(an.folded, c.in)
}

// namedDistrict is the one district outside France the article names by
// its registry name alone, read once per article.
func (an *analysis) namedDistrict() (place.Authority, bool) {
	if an.district == nil {
		an.district = &place.Authority{}
		for i, s := range an.sents {
			for _, d := range an.bareNames(s.Text, i, nil) {
				switch {
				case d.Kind != vigie.VictimDepartment || !an.pressCountry(d.Place.Country):
				case an.district.ID == "":
					*an.district, _ = an.g.Authority(d.ID)
				case an.district.ID != d.ID:
					*an.district = place.Authority{ID: "-"} // two: which one is not told
				}
			}
		}
	}
	return *an.district, an.district.ID != "" && an.district.ID != "-"
}

// pressCountry: the article's language or the countries it names make a
// body of that country one its anchors alone may stand for ("the county"
// in an American story is no German Kreis).
func (an *analysis) pressCountry(country string) bool {
	return slices.Contains(an.ctx.Countries, country) || slices.Contains(langCountries[an.lang], country) ||
		an.lang == "en" && (country == "GB" || country == "IE")
}

// foreignDistrict places a district outside France (Landkreis, provincia,
// county), which the gazetteer does not list: by its namesake town, else by
// the town the sentence or article is about.
func (an *analysis) foreignDistrict(b body) (body, bool) {
	n := b.named
	if n.Proper == "" {
		return b, false
	}
	if british[fold.String(n.Anchor)] && !n.Before {
		if c, ok := an.commune(n.Proper, ""); ok && c.Country != "GB" && c.Country != "IE" {
			return b, false // "County Hall" is a building, not Schwäbisch Hall; "County Kerry" a county
		}
	}
	if c, ok := an.commune(n.Proper, ""); ok && c.Country != "FR" {
		b.Place = c.Place()
	} else if c := an.nearestCommune(); c != nil && c.Country != "FR" && c.Country != "" {
		b.Place = c.Place()
	} else if c := an.foreignPlace(); c != nil {
		b.Place = c.Place()
	} else if c, ok := an.communeIn(n.Proper, ""); ok && c.Country != "FR" {
		b.Place = c.Place()
	} else {
		return an.unplaced(b)
	}
	if b.Place.Country == "GB" && fold.String(n.Anchor) == "district" {
		if a, ok := an.g.AuthorityOf(vigie.VictimCommune, b.Place); ok {
			return authorityBody(b, a), true // "le conseil de district de Horsham": a British district is a lower-tier council, not a county
		}
	}
	b.Official = districtName(n)
	return b, true
}

// translatedDistrict are the anchors of a district in another language
// than its own: its official name is the registry's.
var translatedDistrict = map[string]bool{"district": true, "rural district": true, "district office": true,
	"district administration": true, "distrito": true, "distrito rural": true, "distretto": true, "circondario": true,
	"arrondissement": true}

// british are the anchors of a district in the British Isles only.
var british = map[string]bool{"county": true, "county council": true}

// districtName is a district's official name, whatever words the text
// uses for its administration: "Kreisverwaltung des Landkreises
// Anhalt-Bitterfeld" and "Landratsamt Anhalt-Bitterfeld" are both
// "Landkreis Anhalt-Bitterfeld".
func districtName(n named) string {
	if label, ok := districtHouses[fold.String(n.Anchor)]; ok && n.Proper != "" {
		return label + n.Proper // the body, not its building: "Palacio Provincial de Huesca"
	}
	if !germanDistrict[fold.String(n.Anchor)] {
		return capitalize(n.Written)
	}
	name := n.Proper
	for _, p := range []string{"Landkreises ", "Landkreis ", "Kreises ", "Kreis "} {
		name = strings.TrimPrefix(name, p)
	}
	if s, ok := strings.CutSuffix(name, "-Kreises"); ok { // a genitive: "des Rhein-Pfalz-Kreises"
		return s + "-Kreis"
	}
	return "Landkreis " + name
}

// districtHouses are the buildings a district's press names it by, with
// the body's name before the place's.
var districtHouses = map[string]string{"palacio provincial": "Diputación Provincial de ", "palazzo della provincia": "Provincia di ",
	"provinciehuis": "Provincie ", "provinciebestuur": "Provincie "}

var germanDistrict = map[string]bool{"landkreis": true, "landkreises": true, "landratsamt": true, "kreisverwaltung": true}

// namesBefore are the anchors a place's name comes before in English:
// "Madison County", "Matanuska-Susitna Borough".
var namesBefore = map[string]bool{"county": true, "borough": true, "township": true, "council": true}

// foreignPlace is the first town outside France the article names as a
// place ("in Köthen").
func (an *analysis) foreignPlace() *place.Commune {
	for _, c := range an.places {
		if c.Country != "FR" {
			return c
		}
	}
	return nil
}

// resolveResidents: "les habitants d'Onet-le-Château" are people of a
// commune, the targets of a scam.
func (an *analysis) resolveResidents(b body) (body, bool) {
	var c *place.Commune
	if b.named.Proper != "" {
		if cm, ok := an.communeSpan(b.named.Proper, b.named.Article, b.named.Before); ok {
			c = &cm
		}
	}
	if c == nil {
		c = an.nearestCommune()
	}
	if c == nil {
		return b, false
	}
	b.Place, b.Official = c.Place(), "Habitants "+deName(c.Name)
	return b, true
}

func (an *analysis) resolveRegion(b body) (body, bool) {
	if b.named.Proper == "" && an.needsName(b.named.Anchor) {
		return b, false
	}
	name := b.named.Proper
	if own, ok := ownedAnchors[fold.String(b.named.Anchor)]; ok && name == "" {
		name = own // "la Collectivité de Corse": the anchor is the body's whole name
	} else if name == "" && an.focus != nil {
		name = an.focus.Region
	} else if name == "" && an.focusRegion != nil {
		name = an.focusRegion.Name // "Le Tessin visé…", then "le canton"
	}
	r, ok := an.g.Region(name)
	for _, kind := range []string{"Comunitat ", "Comunidad "} {
		if !ok && b.named.Proper != "" && fold.String(b.named.Anchor) == "generalitat" {
			r, ok = an.g.Region(kind + name) // "la Generalitat Valenciana": the Comunitat Valenciana's government
		}
	}
	if !ok || swissCanton[fold.String(b.named.Anchor)] && r.Country != "CH" {
		return b, false // a French or Luxembourg canton is no authority
	}
	b.Place, b.Official = r.Place(), regionName(r.Country, r.Name)
	return b, true
}

// ownedAnchors are the anchors that are a body's whole name, with its
// region's.
var ownedAnchors = map[string]string{"collectivite de corse": "Corse"}

// namedOnly are the anchors that name a body only with its name after
// them ("the Province of Namur", "the Austrian state of Styria", "le
// district de Lörrach"): alone they are a word of the language ("en
// province", "the state", "das Land", "le district"; "il Land Carinzia"
// is Kärnten). English "district" alone findNamed never reads.
var namedOnly = map[string]bool{"province": true, "state": true, "land": true, "district": true}

// needsName: the anchor names a body only with its name after it, in the
// article's language; German "das Land" alone is the Land the article is
// about.
func (an *analysis) needsName(anchor string) bool {
	a := fold.String(anchor)
	return namedOnly[a] && (a != "land" || an.lang != "de")
}

// swissCanton are the anchors of a Swiss canton, which elsewhere name a
// district that is no body.
var swissCanton = map[string]bool{"kanton": true, "kantons": true, "kantonsverwaltung": true, "canton": true, "cantone": true}

// regionalWords say a government is a region's.
var regionalWords = words("regional", "regionale", "regionaal", "regionales", "regionali")

// governments are the national-body anchors a region has too.
var governments = map[string]bool{"gouvernement": true, "government": true, "regierung": true, "governo": true,
	"gobierno": true, "regering": true}

// regionName is a region's official name in its country's language,
// whatever language the article is in: "Regione Lazio", "Land Hessen".
func regionName(country, name string) string {
	switch country {
	case "IT":
		return "Regione " + name
	case "DE", "AT":
		return "Land " + name
	case "CH":
		return "Kanton " + name
	}
	if name == "Corse" {
		return "Collectivité de Corse" // a territorial collectivity with a region's powers since 2018
	}
	return "Région " + name
}

// resolveOther places hospitals, schools, local public and national
// bodies: by a commune in their name, else where the article is.
func (an *analysis) resolveOther(b body) (body, bool) {
	n := b.named
	if b.Kind == vigie.VictimNationalBody && governments[fold.String(n.Anchor)] && n.Proper != "" {
		r, ok := an.g.Region(strings.TrimSpace(n.Article + " " + n.Proper))
		if !ok {
			r, ok = an.g.Region(n.Proper)
		}
		if ok {
			b.Kind, b.Place, b.Official = vigie.VictimRegion, r.Place(), regionName(r.Country, r.Name)
			return b, true // "le gouvernement de la Sarre" is the Land's, not a nation's
		}
	}
	if n.Proper != "" {
		// A syndicate named after what it serves ("des eaux de la Dranse") is
		// named after a river or a land, not a commune of that name: it sits
		// where the article says, or where the article is.
		if c, ok := an.commune(n.Proper, n.Article); ok && !n.Served {
			b.Place = c.Place()
		} else if p := an.seatOf(); !p.IsZero() {
			b.Place = p
		} else if c, ok := an.communeIn(n.Proper, n.Article); ok && !n.Served {
			b.Place = c.Place()
		}
	}
	if n.Proper == "" && b.Kind == vigie.VictimNationalBody && governments[fold.String(n.Anchor)] && an.focusRegion != nil &&
		regionalWords.in(fold.String(an.sents[an.cur].Text[n.End:min(n.End+12, len(an.sents[an.cur].Text))])) {
		r := *an.focusRegion // "La Sarre visée…, les sites du gouvernement régional inaccessibles"
		b.Kind, b.Place, b.Official = vigie.VictimRegion, r.Place(), regionName(r.Country, r.Name)
		return b, true
	}
	if n.Proper == "" && an.indefiniteJustBefore(n.Start) {
		return b, false // "na gemeenten en een waterschap": none in particular
	}
	if n.Proper == "" {
		if prev, ok := an.lastOf[b.Kind]; ok { // "le centre hospitalier": the one named before
			prev.named, prev.sent = n, 0
			return prev, true
		}
		if an.target != "" && b.Kind != vigie.VictimNationalBody { // "der Zweckverband": the attack's target
			b.named.Proper, b.Official = an.target, an.target
			if b.Place.IsZero() {
				b.Place = an.seatOf()
			}
			an.lastOf[b.Kind] = b
			return b, true
		}
	}
	if b.Place.IsZero() {
		b.Place = an.seatOf()
	}
	if b.Place.IsZero() {
		b.Place = an.focusPlace()
	}
	if b.Kind == vigie.VictimNationalBody && b.Place.IsZero() {
		if c, ok := an.g.Commune("75056"); ok && an.lang == "fr" || strings.Contains(fold.String(b.Name), "franc") {
			b.Place = c.Place()
		}
	}
	b.Official = capitalize(n.Written)
	if label, ok := publicBodyLabels[fold.String(n.Anchor)]; ok && n.Proper != "" && !n.Before && strings.HasPrefix(n.Written, n.Anchor) {
		b.Official = label + n.Written[len(n.Anchor):] // "Centre communal d'action sociale de Mulhouse" is the "CCAS de Mulhouse"
	}
	if b.Kind == vigie.VictimLocalPublicBody && n.Proper == "" && b.Place.Name != "" {
		b.Official = publicBodyLabel(n.Anchor) + " " + deName(b.Place.Name)
	}
	return b, b.Official != ""
}

// seatRe finds where a body says it sits: "mit Sitz in Hemer", "basé à
// Lyon", "dont le siège est à Rennes", "based in Leeds", "con sede a Roma".
var seatRe = regexp.MustCompile(`(?i:mit Sitz in|Sitz in|(?:met )?hoofdkantoor in|headquarters in|Hauptsitz in|basée? à|basés à|dont le siège est à|siège social à|siégeant à|based in|headquartered in|(?:con )?sede (?:legale )?(?:a|in|en|di|de)|(?:au )?siège (?:de|à)|met zetel in|gevestigd in)\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)`)

// seatOf is the commune the article says a body sits in, if it says so;
// read once per article.
func (an *analysis) seatOf() vigie.Place {
	if an.seat == nil {
		an.seat = &vigie.Place{}
		for _, i := range an.early(3) {
			if m := seatRe.FindStringSubmatch(an.sents[i].Text); m != nil {
				if c, ok := an.commune(m[1], ""); ok {
					*an.seat = c.Place()
					break
				}
			}
		}
	}
	return *an.seat
}

// communeSpan resolves the longest part of a name that is a commune,
// keeping the side next to the anchor: "How Annecy" (before "town hall")
// gives Annecy, "Marseille am Vorabend" (after "Stadt") gives Marseille.
func (an *analysis) communeSpan(name, article string, before bool) (place.Commune, bool) {
	if first, _, ok := strings.Cut(strings.ReplaceAll(name, " & ", " and "), " and "); ok { // "Redcar and Cleveland", "Folkestone & Hythe": the first names the seat
		if c, ok := an.commune(name, article); ok {
			return c, true
		}
		name, before = first, false
	}
	ws := strings.Fields(name)
	for n := len(ws); n > 0; n-- {
		if n < len(ws) && !before && an.lang != "de" {
			break // "Hof van Twente" is not Hof; only German capitals lengthen names with nouns
		}
		part := ws[:n]
		if before {
			part = ws[len(ws)-n:]
		}
		art := article
		if before && n < len(ws) {
			art = ""
		}
		if c, ok := an.commune(strings.Join(part, " "), art); ok {
			return c, true
		}
	}
	return place.Commune{}, false
}

// nearestCommune is the commune an anchor left alone ("la mairie")
// stands for: one named just before in its sentence or paragraph, else the
// article's focus.
func (an *analysis) nearestCommune() *place.Commune {
	if an.local != nil {
		return an.local
	}
	if an.sentPlace != nil { // "les habitants d'Onet-le-Château … la mairie"
		return an.sentPlace
	}
	if c := an.townJustNamed(); c != nil {
		return c
	}
	return an.focus
}

// townJustNamed is the town the sentence before names bare, when the
// title names it too ("Van Delft tot Waregem" … "Veel ingrijpender is wat
// Waregem nu doormaakt. De West-Vlaamse stad werd … getroffen"): the
// town "the city" then stands for, rather than the title's first.
func (an *analysis) townJustNamed() *place.Commune {
	if an.cur < 2 {
		return nil
	}
	c := an.barePlace(an.sents[an.cur-1].Text)
	if c == nil || an.focus != nil && c.Name == an.focus.Name || !slices.Contains(an.ctx.Countries, c.Country) ||
		!strings.Contains(" "+an.folded[0]+" ", " "+fold.String(c.Name)+" ") {
		return nil
	}
	return c
}

// publicBodyLabels are the French names of local public bodies written in
// other languages, so that one body has one official name.
var publicBodyLabels = map[string]string{"tourist office": "Office de tourisme", "tourism office": "Office de tourisme",
	"ufficio turistico": "Office de tourisme", "oficina de turismo": "Office de tourisme", "office du tourisme": "Office de tourisme",
	"offices de tourisme": "Office de tourisme", "ccas": "CCAS", "sdis": "SDIS", "centre communal d action sociale": "CCAS",
	"cpas": "CPAS", "centre public d action sociale": "CPAS", "ocmw": "OCMW", "openbaar centrum voor maatschappelijk welzijn": "OCMW"}

func publicBodyLabel(anchor string) string {
	if l, ok := publicBodyLabels[fold.String(anchor)]; ok {
		return l
	}
	return capitalize(anchor)
}

// communeIn finds a commune in a body's name: the whole name, else one of
// its hyphenated parts ("Albertville-Moûtiers").
func (an *analysis) communeIn(name, article string) (place.Commune, bool) {
	if c, ok := an.commune(name, article); ok {
		return c, true
	}
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == ' ' }) {
		if utf8.RuneCountInString(part) > 3 {
			if c, ok := an.commune(part, ""); ok {
				return c, true
			}
		}
	}
	return place.Commune{}, false
}

func (an *analysis) focusPlace() vigie.Place {
	if an.focus == nil {
		return vigie.Place{}
	}
	return an.focus.Place()
}

// bareNames finds the bodies written by their own name alone, outside the
// bodies already found in the sentence: intercommunalities ("le Grand
// Annecy", "Caen la Mer") and the authorities whose registry name says
// which body they are ("Comhairle nan Eilean Siar", "Rhein-Pfalz-Kreis").
func (an *analysis) bareNames(text string, sent int, found []body) []body {
	toks := tokenize(text)
	var out []body
	for i := 0; i < len(toks); i++ {
		if !toks[i].Upper || toks[i].Punct || inside(found, toks[i].Start) {
			continue
		}
		if b, ok := an.townHit(text, toks, i); ok {
			b.sent = sent
			out = append(out, b)
			i = properEnd(toks, i) - 1
			continue
		}
		if e, ok := an.epciAcronym(toks, i); ok {
			n := named{Proper: toks[i].Text, Written: toks[i].Text, Start: toks[i].Start, End: toks[i].End, AnchorKind: vigie.VictimIntercommunalty}
			b := epciBody(body{named: n, Body: vigie.Body{Name: n.Written}}, e)
			b.Marked = markedBefore(text, n.Start)
			b.sent, b.key = sent, identity(b.Body)
			out = append(out, b)
			continue
		}
		proper := min(properEnd(toks, i), i+5)
		for end := lowerTail(toks, proper); end > i; end-- {
			name := text[toks[i].Start:toks[end-1].End]
			n := named{Proper: name, Written: name, Start: toks[i].Start, End: toks[end-1].End}
			b := body{named: n, Body: vigie.Body{Name: name}}
			if es := an.g.EPCIs(name); len(es) > 0 && (end > i+1 || es[0].Brand() == name) { // "Agglopolys" is a name of its own; "le Pilat rhodanien" is its CC
				b.AnchorKind = vigie.VictimIntercommunalty
				b = epciBody(b, es[0])
			} else if a, ok := an.registryName(name); ok && end <= proper {
				b.AnchorKind = a.Kind
				b = authorityBody(b, a)
			} else {
				continue
			}
			b.Marked = markedBefore(text, n.Start)
			b.Locative = locativeBefore(toks, i)
			b.sent, b.key = sent, identity(b.Body)
			out = append(out, b)
			i = end - 1
			break
		}
	}
	return out
}

// epciAcronym is the intercommunality a French text calls by its
// acronym after "la" ("la CAPH", "la 2CCAM"; a CCAS is "le"): the one
// whose official name's initials it is, in the department of the town in
// view, or the only one.
func (an *analysis) epciAcronym(toks []token, i int) (place.EPCI, bool) {
	t := toks[i]
	if an.lang != "fr" || i == 0 || toks[i-1].Fold != "la" && toks[i-1].Fold != "l'" || len(t.Text) < 4 || strings.ToUpper(t.Text) != t.Text {
		return place.EPCI{}, false
	}
	es := an.g.EPCIsByAcronym(t.Text)
	if c := an.nearestCommune(); c != nil && c.Country == "FR" {
		es = slices.DeleteFunc(es, func(e place.EPCI) bool { return e.Seat.Department != c.Department })
	}
	if len(es) != 1 {
		return place.EPCI{}, false
	}
	return es[0], true
}

// lowerTail extends a proper name ending at end over "et" and the name
// after it, and one lowercase word, which an intercommunality's name may
// hold ("Lamballe Terre et Mer", "Pilat rhodanien").
func lowerTail(toks []token, end int) int {
	for end+1 < len(toks) && (toks[end].Fold == "et" || toks[end].Text == "&") && toks[end+1].Upper && !toks[end+1].Punct {
		end += 2 // "Lamballe Terre et Mer"
	}
	if end < len(toks) && !toks[end].Upper && !toks[end].Punct && len(toks[end].Fold) > 3 {
		return end + 1
	}
	return end
}

// townHit is the authority of a town named bare at toks[i] as the next
// one hit ("c'était au tour de Schifflange", "Am Wochenende traf es dann
// das westflämische Ypern") or as the owner of the systems hit ("die
// Server von Payerne", "les serveurs de Clamecy").
func (an *analysis) townHit(text string, toks []token, i int) (body, bool) {
	k := i
	for k > 0 && i-k < 3 && !toks[k-1].Upper && !toks[k-1].Punct && !turnBefore[pairBefore(toks, k)] {
		k-- // "das westflämische"
	}
	end := properEnd(toks, i)
	turn := turnBefore[pairBefore(toks, k)] || turnAfter(toks, end) // "In mei was het Franse Annonay aan de beurt"
	owner := i >= 2 && ownerLinks[toks[i-1].Fold] && itNouns[toks[i-2].Fold]
	if !turn && !owner || place.IsCommonWord(toks[i].Text) {
		return body{}, false
	}
	b, ok := an.townBody(text[toks[i].Start:toks[end-1].End])
	b.Start, b.End = toks[i].Start, toks[end-1].End
	return b, ok
}

// pairBefore is the two words before toks[k], folded, joined by a space.
func pairBefore(toks []token, k int) string {
	if k < 2 {
		return ""
	}
	return toks[k-2].Fold + " " + toks[k-1].Fold
}

// turnBefore are the two words before the name of the next one hit.
var turnBefore = map[string]bool{"tour de": true, "tour d'": true, "turn of": true, "beurt aan": true,
	"toccato a": true, "toccata a": true, "toco a": true, "turno de": true, "traf es": true, "trifft es": true,
	"erwischte es": true}

// turnAfter: the words from toks[end] say it was the town's turn ("aan
// de beurt", "an der Reihe", "Annonay's turn").
func turnAfter(toks []token, end int) bool {
	var ws []string
	for k := end; k < len(toks) && k < end+3; k++ {
		ws = append(ws, toks[k].Fold)
	}
	after := strings.Join(ws, " ") + " "
	return slices.ContainsFunc(turnAfterWords, func(w string) bool { return strings.HasPrefix(after, w+" ") })
}

// turnAfterWords follow the name of the town whose turn it was.
var turnAfterWords = []string{"aan de beurt", "an der reihe", "s turn"}

// ownerLinks and itNouns: "the servers of", "die Server von", "les
// serveurs de", "i server del".
var (
	ownerLinks = map[string]bool{"von": true, "de": true, "d'": true, "du": true, "of": true, "di": true, "del": true,
		"van": true}
	itNouns = map[string]bool{"server": true, "servern": true, "serveurs": true, "servers": true, "servidores": true,
		"systeme": true, "systemes": true, "systems": true, "sistemi": true, "sistemas": true, "systemen": true,
		"reseau": true, "netz": true, "netzwerk": true, "network": true, "rete": true, "red": true, "netwerk": true,
		"computer": true, "computers": true, "ordinateurs": true, "informatique": true}
)

// authorityBody makes b the registry's authority a: its kind, code,
// official name and seat.
func authorityBody(b body, a place.Authority) body {
	b.Kind, b.Place, b.Official, b.ID = a.Kind, a.Place(), a.Name, a.ID
	if a.SeatStandIn {
		b.Place.Name, b.Place.INSEE = a.Name, "" // the place named is a neighbour's, not the body's
	}
	return b
}

// registryName finds the authority a name is, written whole, when the
// name holds its kind in a word no anchor reads ("Comhairle nan Eilean
// Siar", "Rhein-Pfalz-Kreis", German genitive too). A name without one
// ("the Isle of Wight", "the City of London") is a place as often as a
// body: an anchor must say which.
func (an *analysis) registryName(name string) (place.Authority, bool) {
	f := fold.String(name)
	if !kindInName.in(f) && !strings.Contains(f, "kreis") {
		return place.Authority{}, false
	}
	forms := []string{name}
	if an.lang == "de" {
		forms = append(forms, strings.TrimSuffix(name, "es"), strings.TrimSuffix(name, "s"))
	}
	for _, form := range forms {
		a, ok := an.g.AuthorityNamed(form)
		switch {
		case !ok || a.Country == "FR":
		case a.Kind == vigie.VictimCommune || a.Kind == vigie.VictimIntercommunalty || a.Kind == vigie.VictimDepartment:
			return a, true
		}
	}
	return place.Authority{}, false
}

// kindInName are the kind words a registry name may hold that no anchor
// reads: Gaelic and Welsh "council", "county" and "province" inside a name.
var kindInName = words("comhairle", "cyngor", "county", "provincia", "provincie", "province")

func inside(bs []body, at int) bool {
	for _, b := range bs {
		if at >= b.Start && at < b.End {
			return true
		}
	}
	return false
}

// isGroup: the "groupe LockBit" is no company.
func isGroup(name string) bool {
	f := fold.String(name)
	for _, g := range groups {
		if g.cue.in(f) || fold.String(g.name) == f {
			return true
		}
	}
	return false
}

// sideOf: a group's name that only says whose side it is on ("a
// Pro-Russian group", "un gruppo filorusso", "Russian hackers' group"):
// attackers, no company.
func sideOf(name string) bool {
	f := fold.String(name)
	return strings.HasPrefix(f, "pro ") || strings.HasPrefix(f, "anti ") || strings.HasPrefix(f, "filo") ||
		strings.HasPrefix(f, "pro") && strings.HasSuffix(f, "russo") || sides[f]
}

// sides are the nations attackers are said to act for.
var sides = map[string]bool{"russian": true, "chinese": true, "iranian": true, "north korean": true, "russe": true,
	"russo": true, "russisch": true, "russische": true, "ruso": true}

// townHall is a commune's official name as victim: "Mairie de Séez",
// "Mairie d'Annecy", "Mairie des Mureaux"; outside France the local form.
func townHall(c place.Commune) string {
	switch c.Country {
	case "FR", "":
		return "Mairie " + deName(c.Name)
	case "DE", "AT":
		return "Stadt " + c.Name
	case "IT":
		return "Comune di " + c.Name
	case "ES":
		return "Ayuntamiento de " + c.Name
	case "GB":
		return c.Name + " Council"
	case "NL":
		return "Gemeente " + c.Name
	case "PT":
		return "Câmara Municipal de " + c.Name
	case "PL":
		return "Gmina " + c.Name
	case "SE":
		if last, _ := utf8.DecodeLastRuneInString(c.Name); strings.ContainsRune("sxzaeiouyåäö", last) {
			return c.Name + " kommun" // "Västerås kommun", "Uppsala kommun", "Umeå kommun"
		}
		return c.Name + "s kommun" // "Sundsvalls kommun"
	case "BE":
		if c.Region == "Vlaams Gewest" {
			return "Gemeente " + c.Name
		}
	case "CH":
		switch c.Region {
		case "Ticino":
			return "Comune di " + c.Name
		case "Genève", "Vaud", "Neuchâtel", "Jura", "Fribourg", "Valais":
		default:
			return "Gemeinde " + c.Name
		}
	}
	if opensOn(c.Name, "aeiouy") {
		return "Commune d'" + c.Name // Luxembourg, Wallonia, Brussels, Romandy: "Commune d'Ettelbruck"
	}
	return "Commune de " + c.Name // "Commune de Herstal"
}

// deName puts "de" before a French name, elided or contracted as French
// wants: "d'Annecy", "des Mureaux", "du Havre", "de La Rochelle".
func deName(name string) string {
	switch {
	case strings.HasPrefix(name, "Les "):
		return "des " + name[4:]
	case strings.HasPrefix(name, "Le "):
		return "du " + name[3:]
	}
	if opensOn(name, "aeiouyh") {
		return "d'" + name
	}
	return "de " + name
}

// opensOn: name's first letter, folded, is one of letters.
func opensOn(name, letters string) bool {
	r, _ := utf8.DecodeRuneInString(fold.String(name))
	return strings.ContainsRune(letters, r)
}

// officialEPCI writes an EPCI's type in full: "CA du Grand Annecy" →
// "Communauté d'agglomération du Grand Annecy".
func officialEPCI(name string) string {
	for abbr, full := range map[string]string{"CC ": "Communauté de communes ", "CA ": "Communauté d'agglomération ",
		"CU ": "Communauté urbaine "} {
		if strings.HasPrefix(name, abbr) {
			return full + name[len(abbr):]
		}
	}
	return name
}

// departmentOf: "de la Savoie"? The council is written "Conseil
// départemental de Savoie", "du Nord", "des Yvelines", "de l'Ain".
func departmentOf(name string) string {
	f := fold.String(name)
	first, _, _ := strings.Cut(strings.ReplaceAll(f, "-", " "), " ")
	switch {
	case singularS[first]: // "le Doubs", "le Pas-de-Calais"
		return "du " + name
	case strings.HasSuffix(first, "s"): // "Yvelines", "Alpes-Maritimes"
		return "des " + name
	case strings.HasPrefix(f, "haute-"), strings.HasPrefix(f, "haute "): // an aspirated h
		return "de la " + name
	case strings.HasPrefix(f, "haut-"), strings.HasPrefix(f, "haut "):
		return "du " + name
	}
	return deName(name)
}

// singularS are the first words of départements' names that end in s
// but are singular.
var singularS = map[string]bool{"doubs": true, "gers": true, "calvados": true, "pas": true}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return cmp.Or(string(unicode.ToUpper(r))+s[size:], s)
}
