package incident

import (
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/internal/fold"
	"github.com/vigie-news/vigie/internal/when"
	"github.com/vigie-news/vigie/place"
)

// analysis is the reading of one article.
type analysis struct {
	art            *vigie.Article
	g              *place.Gazetteer
	lang           string
	loc            *time.Location
	ref            time.Time // publication time, against which relative dates are read
	sents          []sentence
	folded         []string
	ctx            place.Context
	focus          *place.Commune            // the commune the article is about, when it says
	focusRegion    *place.Region             // the region the title is about when it names one, not a commune
	sectionTown    *place.Commune            // the town a section of the article's URL names: /saone-et-loire/chalon-sur-saone/
	localAt        int                       // the sentence local was read in as a place ("à Albi"), -1 when a heading or a kicker set it
	local          *place.Commune            // the commune the paragraph being read is about, when it says
	headed         map[int]*place.Commune    // the town a heading line names, by the sentences of the paragraph under it
	bodies         [][]body                  // per sentence
	cyber          bool                      // the title or the first paragraphs name a cyber attack plainly
	lastOf         map[vigie.VictimKind]body // the last body of each kind named in full, for "the hospital"
	ahead          []body                    // councils called by their kind alone before any is named ("the borough council"): the text may name it later
	places         []*place.Commune          // the towns the article names as places, in order
	target         string                    // an attack's target named bare ("Angriff auf die Südwestfalen-IT")
	attackMemo     []int8                    // per sentence: 0 unknown, 1 names an attack, -1 does not
	asideMemo      []int8                    // per sentence, likewise: tells of an attack as context (see asideSentence)
	beside         []int                     // the sentences that name a neighbour by its kind alone ("la ville voisine")
	datesMemo      [][]when.Expr             // per sentence: the dates it writes, once read (nil until then)
	yearsMemo      []int8                    // per sentence: yearsBack plus one, once read (0 until then)
	alsoEvidence   []vigie.Evidence          // the sentences of the bodies hit with the victim being read
	victims        map[string]bool           // the keys of the victims of the attacks the article reports
	clauses        map[string]clause         // a victim's clause, where a sentence tells two attacks
	seat           *vigie.Place              // where the article says a body sits; nil until read
	district       *place.Authority          // the one district outside France the article names bare; nil until read
	since          *time.Duration            // how long before publication the title or lead sets its attack; nil until read
	sinceAt        int                       // the sentence that says it
	sinceNamed     bool                      // and names the attack it counts from
	titleTownsMemo *[]body                   // the towns the title names bare, once read
	roundupMemo    *readGroups               // the attacks a round-up tells, once read
	openingMemo    *[]int                    // openingSentences, once read
	newTitle       *bool                     // the title tells a new attack (hitAnew), once read
	exonymMemo     map[string]place.Commune  // the towns the article names in another language too, by that name folded
	propers        map[string]bool           // the folded words the article writes with a capital; nil until read
	cur            int                       // the sentence whose bodies are being resolved
	sentPlace      *place.Commune            // the commune a body of that sentence is placed in, for "la mairie" after it
	itDown         bool                      // the title or the first paragraphs tell of computers, servers or systems down
}

// body is a body named in a sentence, resolved.
type body struct {
	named
	vigie.Body
	sent int
	key  string
}

// Analyze reads an article for the cyber attacks it reports and those it
// only mentions. src is the source that led to the article: its region
// tells homonyms apart and its time zone reads dates.
func Analyze(a *vigie.Article, src vigie.Source) vigie.Report {
	an := newAnalysis(a, src, place.Default())
	r := an.report()
	r.ArticleID = a.ID
	for _, fs := range [][]vigie.Finding{r.Findings, r.Mentions} {
		for i := range fs {
			officialPlaces(&fs[i], an.g)
		}
	}
	return r
}

// officialPlaces names a finding's places as their registries do
// ("Sanremo", "St. Gallen"): the reading matched texts against GeoNames'
// names, which the texts use as often.
func officialPlaces(f *vigie.Finding, g *place.Gazetteer) {
	old := f.Victim.Place.Name
	f.Victim.Place.Name = g.OfficialName(f.Victim.Place)
	for i, e := range f.Evidence {
		if e.Field == "place" && e.Value == old {
			f.Evidence[i].Value = f.Victim.Place.Name
		}
	}
	for i := range f.AlsoAffected {
		f.AlsoAffected[i].Place.Name = g.OfficialName(f.AlsoAffected[i].Place)
	}
}

// zoneCountry is the country a source's time zone names, when it is one
// country's: a Belgian paper's Zwijndrecht is Belgium's.
var zoneCountry = map[string]string{"Europe/Paris": "FR", "Europe/Brussels": "BE", "Europe/Amsterdam": "NL",
	"Europe/Luxembourg": "LU", "Europe/Berlin": "DE", "Europe/Vienna": "AT", "Europe/Zurich": "CH", "Europe/Rome": "IT",
	"Europe/Madrid": "ES", "Europe/London": "GB", "Europe/Dublin": "IE", "Europe/Lisbon": "PT", "Europe/Monaco": "MC"}

func newAnalysis(a *vigie.Article, src vigie.Source, g *place.Gazetteer) *analysis {
	an := &analysis{art: a, g: g, lang: primaryLang(a.Lang), loc: src.TimeZone, lastOf: map[vigie.VictimKind]body{}}
	if an.loc == nil {
		an.loc = paris
	}
	an.ref = reference(a, an.loc)
	an.sents = split(a.Title, a.Text)
	for _, s := range an.sents {
		an.folded = append(an.folded, foldProse(s.Text))
	}
	an.ctx = place.ContextOf(g.Find(a.Title + "\n" + a.Text))
	an.ctx.SourceRegion = src.Region
	if src.Region == "" && src.OwnZone && src.TimeZone != nil {
		an.ctx.SourceRegion = zoneCountry[src.TimeZone.String()] // a source's own zone, not the default: a Swiss site left unset is no French one
	}
	mentioned := len(an.ctx.Countries) > 0
	if !mentioned {
		an.ctx.Countries = langCountries[an.lang] // an Italian article's Lugo is the Italian one
		if own := primaryLang(src.Language); own != an.lang {
			an.ctx.Countries = mergeCountries(an.ctx.Countries, langCountries[own]) // a German page of an Italian paper: its Brixen may be Bressanone
		}
	}
	for _, s := range an.sents {
		if c := an.placeIn(s.Text); c != nil {
			an.places = append(an.places, c)
		}
	}
	if !mentioned && len(an.places) > 0 && len(langCountries[an.lang]) == 0 {
		if cs := placesCountry(an.towns()); cs != nil {
			an.ctx.Countries = cs // "in Dundalk and in Drogheda": Louth is the Irish one
		}
	}
	an.sectionTown = an.urlSection(a.URL)
	an.itDown = an.systemsDown()
	an.target = an.attackTarget()
	an.focus = an.findFocus()
	if c := an.fullTown(an.focus); c != nil {
		an.focus = c // "Rode" in a Flemish paper is Sint-Genesius-Rode, not Rode in Somerset
	}
	if r, ok := an.regionOverVillage(an.focus); ok {
		an.focus, an.focusRegion = nil, &r // "Le Tessin visé…" is Ticino, not Tessin in Mecklenburg
	} else if r, ok := an.titleRegion(); ok && an.focus == nil {
		an.focusRegion = &r // "Saarland: Landesportal stundenlang nicht erreichbar", then "die Landesregierung"
	}
	if an.focus == nil {
		an.focus = an.dateline()
	}
	if an.focus == nil && an.focusRegion == nil {
		an.focus = an.titleBodyTown()
	}
	if an.focus == nil && an.focusRegion == nil {
		an.focus = an.sectionTown // a local paper files the story under its town
	}
	for _, i := range an.early(2) {
		an.cyber = an.cyber || an.attackIn(i)
	}
	an.cyber = an.cyber || an.ransomAndAttack() || an.attackConfirmed() || an.countedRoundup()
	an.attackMemo, an.asideMemo = nil, nil // read again now that plain words count
	an.bodies = make([][]body, len(an.sents))
	an.headed = map[int]*place.Commune{}
	var heading, under *place.Commune // the town a heading line of its own named, and the paragraph under it
	for i, s := range an.sents {
		if i == 0 || s.Paragraph != an.sents[i-1].Paragraph {
			an.local, an.localAt, under, heading = heading, -1, heading, nil
		}
		if under != nil {
			an.headed[i] = under
		}
		if c := an.placeIn(s.Text); c != nil {
			if i > 0 || !an.courtTown(s.Text, *c) { // "Juzgado en Córdoba … el ataque al Consistorio lucentino": the court's town is no body's
				an.local, an.localAt = c, i
			}
		} else if c := an.kicker(s.Text); c != nil {
			an.local, an.localAt = c, -1 // "Mijas, November." over "The Spanish town's council was hit…"
			if s.Aside {
				heading = c // "Goslar, février" heads the paragraph that follows
			}
		} else if c := an.headingTown(s); c != nil {
			an.local, an.localAt, heading = c, -1, c // "Úbeda, uffici paralizzati" over "l'Ayuntamiento è stato colpito"
		} else if head, _, ok := strings.Cut(s.Text, ":"); ok && len(head) < 40 {
			if c := an.kicker(head); c != nil {
				an.local, an.localAt = c, -1 // "Amstetten, 21. März: In den frühen Morgenstunden verschlüsseln Kriminelle die Server der Stadtgemeinde."
			}
		}
		an.cur = i
		an.bodies[i] = an.resolveAll(findNamed(s.Text, an.lang), i)
		an.bodies[i] = append(an.bodies[i], an.bareNames(s.Text, i, an.bodies[i])...)
		markSpared(s.Text, an.bodies[i])
		if i == 0 && an.focus == nil {
			an.focus = an.titleCommune()
		}
	}
	an.resolveAhead()
	an.resolveGeneric()
	an.resolveBareDistricts()
	return an
}

// resolveBareDistricts gives the district called by its kind alone ("die
// Kreisverwaltung", "le département") the one district the text names in
// full, when it names one: a court's town in the title ("Prozess in
// Zweibrücken") does not make "die Kreisverwaltung" its own.
func (an *analysis) resolveBareDistricts() {
	only, ok := an.onlyNamed(vigie.VictimDepartment)
	if !ok {
		return
	}
	for i, bs := range an.bodies {
		for k, b := range bs {
			if b.Kind == vigie.VictimDepartment && b.named.Proper == "" && b.key != only.key {
				an.bodies[i][k] = only.writtenAs(b)
			}
		}
	}
}

// writtenAs is body o as the text calls it where b stands: b's words and
// sentence, o's identity.
func (o body) writtenAs(b body) body {
	o.named, o.sent = b.named, b.sent
	return o
}

// resolveGeneric gives a body named by a generic anchor ("Cavan council")
// the body the text names in full under the same name with an anchor of
// its own ("Cavan County Council").
func (an *analysis) resolveGeneric() {
	full := map[string]body{}
	for _, bs := range an.bodies {
		for _, b := range bs {
			if b.named.Proper != "" && !genericAnchors[fold.String(b.named.Anchor)] && b.Kind.InScope() {
				full[fold.String(b.named.Proper)] = b
			}
		}
	}
	renamed := map[string]body{} // the keys "Kilkenny council" had, for the bare "the council" that took it
	for i, bs := range an.bodies {
		for k, b := range bs {
			f, ok := full[fold.String(b.named.Proper)]
			if ok && genericAnchors[fold.String(b.named.Anchor)] && f.key != b.key {
				renamed[b.key] = f
				an.bodies[i][k] = f.writtenAs(b)
			}
		}
	}
	for i, bs := range an.bodies {
		for k, b := range bs {
			if f, ok := renamed[b.key]; ok && b.named.Proper == "" && genericAnchors[fold.String(b.named.Anchor)] {
				an.bodies[i][k] = f.writtenAs(b)
			}
		}
	}
}

// genericAnchors name a council of any kind.
var genericAnchors = map[string]bool{"council": true}

// definites are the definite articles, folded.
var definites = map[string]bool{"the": true, "la": true, "le": true, "l": true, "die": true, "der": true, "den": true,
	"de": true, "het": true, "il": true, "lo": true, "el": true}

// resolveAhead gives the councils the title and lead call by their kind
// alone, before any was named, the one council the whole text names
// ("the borough council is running on paper … The Ipswich council's
// payroll"); none when it names two.
func (an *analysis) resolveAhead() {
	var named body
	for _, bs := range an.bodies {
		for _, b := range bs {
			if b.Kind != vigie.VictimCommune || b.named.Proper == "" {
				continue
			}
			if named.key != "" && named.key != b.key {
				return
			}
			named = b
		}
	}
	if named.key == "" {
		return
	}
	lead := an.lead()
	for _, b := range an.ahead {
		if !slices.Contains(lead, b.sent) || b.sent > 0 && !definites[wordBefore(an.sents[b.sent].Text, b.named.Start)] {
			continue // a lead may keep the name for later ("the borough council"); further down, "het gemeentebestuur" is the town just told of, and "council tax" is none
		}
		an.bodies[b.sent] = append(an.bodies[b.sent], named.writtenAs(b))
	}
}

var paris = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		return time.UTC
	}
	return loc
}()

// reference is the time relative dates are read against: the publication
// time, noon of the publication day when only the day is known, else when
// the article was fetched.
func reference(a *vigie.Article, loc *time.Location) time.Time {
	switch a.Published.Precision {
	case vigie.PrecisionMinute:
		return a.Published.Time.In(loc)
	case vigie.PrecisionDay:
		t := a.Published.Time
		return time.Date(t.Year(), t.Month(), t.Day(), 12, 0, 0, 0, loc)
	}
	limit := time.Now().In(loc)
	if !a.FetchedAt.IsZero() {
		limit = a.FetchedAt.In(loc)
	}
	if t, ok := latestWrittenDate(a, limit, loc); ok {
		return t
	}
	return limit
}

// latestWrittenDate is the latest full date (day, month and year) an
// undated article writes, not after limit: its byline's, most often ("By
// SF - Apr 27, 2021 at 5:30 pm"). Noon of that day.
func latestWrittenDate(a *vigie.Article, limit time.Time, loc *time.Location) (time.Time, bool) {
	var best time.Time
	for _, e := range when.Find(a.Title+"\n"+a.Text, primaryLang(a.Lang), limit, loc) {
		t := e.Date.Time
		if e.Relative || e.Vague || e.Date.Precision != vigie.PrecisionDay || !yearWritten(e.Text) || t.After(limit) {
			continue
		}
		if t.After(best) {
			best = t
		}
	}
	if best.IsZero() {
		return best, false
	}
	return time.Date(best.Year(), best.Month(), best.Day(), 12, 0, 0, 0, loc), true
}

// yearWritten: the expression writes a year ("2021", "'21" aside).
func yearWritten(s string) bool {
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
			if digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}

func primaryLang(l string) string {
	l, _, _ = strings.Cut(strings.ToLower(l), "-")
	return l
}

// findFocus returns the commune the title is about: the place before a
// colon or comma that opens it ("Angers : …", "Saint-Cloud: …", "Caen,
// cinq mois après"), else a commune named in it after a preposition
// ("Cyber attack in Frontignan", "Cyberangriff auf Marseille").
func (an *analysis) findFocus() *place.Commune {
	title := an.art.Title
	if i := strings.IndexAny(title, ":,"); i > 0 && len(strings.Fields(title[:i])) <= 5 {
		if c, ok := an.commune(strings.TrimSpace(title[:i]), ""); ok {
			return &c
		}
	}
	if c := an.placeIn(title); c != nil {
		if an.courtTown(title, *c) {
			return nil
		}
		return c
	}
	if an.titleNamesKnownPlace(title) {
		return nil
	}
	if c := an.barePlace(title); c != nil {
		return c
	}
	if c := an.unknownPlace(title); c != nil {
		return c
	}
	return an.adjectiveTown(title)
}

// adjectiveTown is the town a title naming no place names by its
// adjective after a town hall's word ("El consistorio tudelano recupera
// el padrón", "la mairie sétoise"): the adjective, its suffix cut and a
// vowel put back, is the name of one town of the language's countries of
// at least 10,000 inhabitants, and of no other.
func (an *analysis) adjectiveTown(title string) *place.Commune {
	suffixes := demonymSuffixes[an.lang]
	if suffixes == nil {
		return nil
	}
	toks := tokenize(title)
	for i := range toks {
		a, n := matchAnchor(toks, i, an.lang)
		if n == 0 || a.kind != vigie.VictimCommune || i+n >= len(toks) || toks[i+n].Upper || toks[i+n].Punct || relational.in(toks[i+n].Fold) {
			continue
		}
		if c := an.townOfDemonym(toks[i+n].Fold, suffixes); c != nil {
			return c
		}
	}
	return nil
}

// townOfDemonym is the one town whose folded name is the demonym w
// without one of its suffixes, with a vowel or nothing put back ("tudelano"
// is Tudela, "sétoise" Sète), its final consonant single ("lyonnaise" is
// Lyon); nil for none or several.
func (an *analysis) townOfDemonym(w string, suffixes []string) *place.Commune {
	var found *place.Commune
	for _, suffix := range suffixes {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok || len(stem) < 3 {
			continue
		}
		stems := []string{stem}
		if n := len(stem); stem[n-1] == stem[n-2] {
			stems = append(stems, stem[:n-1])
		}
		for _, st := range stems {
			for _, end := range []string{"", "a", "o", "e"} {
				for _, c := range an.g.Communes(st + end) {
					if c.Population < 10000 || c.Alias != "" || !demonymCountries[an.lang][c.Country] || fold.String(c.Name) != st+end {
						continue
					}
					if found != nil && found.Name != c.Name {
						return nil
					}
					found = &c
				}
			}
		}
	}
	return found
}

// demonymSuffixes end the adjectives of place the languages that put them
// after the noun write lowercase; demonymCountries, where those towns are.
var (
	demonymSuffixes = map[string][]string{
		"fr": {"oise", "ois", "aise", "ais", "ienne", "ien", "ine", "in"},
		"es": {"ano", "ana", "ense", "eno", "ena", "ino", "ina"},
		"it": {"ese", "ano", "ana", "ino", "ina", "ense"},
		"pt": {"ense", "ano", "ana"},
	}
	demonymCountries = map[string]map[string]bool{
		"fr": {"FR": true, "BE": true, "CH": true, "LU": true},
		"es": {"ES": true},
		"it": {"IT": true, "CH": true},
		"pt": {"PT": true},
	}
)

// titleBodyTown is the town of the first council the title names by its
// name ("… deja sin servicio informático al Ayuntamiento de Alcoy"), before
// the section a paper files the story under ("/es/madrid/").
func (an *analysis) titleBodyTown() *place.Commune {
	for _, n := range findNamed(an.art.Title, an.lang) {
		if n.AnchorKind != vigie.VictimCommune || n.Proper == "" || n.Before || n.Marked {
			continue
		}
		if c, ok := an.commune(n.Proper, n.Article); ok {
			return &c
		}
	}
	return nil
}

// fullTown is the town of the press's countries the text names in full
// when the title's town c, abroad, is the end or the start of its
// hyphenated name: "Rode" for "Sint-Genesius-Rode".
func (an *analysis) fullTown(c *place.Commune) *place.Commune {
	if c == nil || an.pressCountry(c.Country) {
		return nil
	}
	short := fold.String(c.Name)
	for _, s := range an.sents[1:] {
		for _, t := range tokenize(s.Text) {
			f := strings.ReplaceAll(t.Fold, " ", "-")
			if !t.Upper || !strings.HasSuffix(f, "-"+short) && !strings.HasPrefix(f, short+"-") {
				continue
			}
			if full, ok := an.commune(t.Text, ""); ok && an.pressCountry(full.Country) {
				return &full
			}
		}
	}
	return nil
}

// attackConfirmed: a title that speaks of an attack in plain words ("Eine
// Woche nach dem Angriff") over a text that names a cyber attack or its
// attackers somewhere ("den Einstiegspunkt der Angreifer").
func (an *analysis) attackConfirmed() bool {
	if !plainAttack.in(an.folded[0]) {
		return false
	}
	return slices.ContainsFunc(an.folded[1:], func(f string) bool { return assertedAttack(attackWords, f) })
}

// countedRoundup: the lead counts cases ("Retour sur quatre affaires") and
// attacks are told in at least two paragraphs after it, so that a round-up
// whose lead sets the scene in other words is still about attacks.
func (an *analysis) countedRoundup() bool {
	if _, ok := an.countedAttacks(); !ok {
		return false
	}
	paras := map[int]bool{}
	for i := range an.sents {
		if an.attackIn(i) && !an.sents[i].Question {
			paras[an.sents[i].Paragraph] = true
		}
	}
	return len(paras) >= 2
}

// regionOverVillage is the first-level region a title's town also names,
// when the town is a village of another country, the press's own or not,
// or a hamlet of the region's own: a region is what news speaks of under
// that name.
func (an *analysis) regionOverVillage(c *place.Commune) (place.Region, bool) {
	if c == nil || c.Population >= villageSize {
		return place.Region{}, false
	}
	r, ok := an.g.Region(c.Name)
	if !ok || r.Country == c.Country && c.Population >= hamletSize {
		return place.Region{}, false
	}
	return r, true
}

// titleRegion is the first-level region a title opens on, before a colon
// ("Saarland: Landesportal nicht erreichbar") or as its subject ("La Sarre
// visée par une attaque"), when no commune has that name.
func (an *analysis) titleRegion() (place.Region, bool) {
	text := an.sents[0].Text
	if head, _, ok := strings.Cut(text, ":"); ok && len(strings.Fields(head)) <= 3 {
		if r, ok := an.g.Region(strings.TrimSpace(head)); ok {
			return r, true
		}
	}
	toks := tokenize(text)
	i := 0
	if len(toks) > 1 && determiners[toks[0].Fold] {
		i = 1
	}
	end := properEnd(toks, i)
	if end == i {
		return place.Region{}, false
	}
	name := text[toks[i].Start:toks[end-1].End]
	if _, ok := an.commune(name, ""); ok {
		return place.Region{}, false
	}
	return an.g.Region(name)
}

// villageSize is the population under which a town yields its name to a
// region of another country.
const villageSize = 20000

// hamletSize: a commune smaller than this that shares its name with a
// region of its own country ("Bretagne", Territoire de Belfort, 319
// inhabitants) is not what the press means by that name.
const hamletSize = 2000

// kicker is the town a paragraph's heading line names alone, or with a
// date and its region: "Mijas, November.", "Blois :", "Erkelenz, North
// Rhine-Westphalia, October 2022.", "Hesperange (Luxemburg), Januar
// 2025:" — the town its anchors speak of.
func (an *analysis) kicker(text string) *place.Commune {
	name, rest, _ := strings.Cut(strings.TrimRight(strings.TrimSpace(text), ".:"), ",")
	_, month := when.Month(strings.TrimSpace(name), an.lang)
	if _, ok := an.datelineDate(name); ok || month {
		name, rest, _ = strings.Cut(rest, ",") // a dateline: "May 22, Vianden, in the Grand Duchy.", "November, Cartagena (Spanien)"
		if len(strings.Fields(rest)) > 4 {
			return nil
		}
		rest = ""
	}
	if name = strings.TrimSpace(name); strings.HasSuffix(name, ")") {
		if open := strings.Index(name, " ("); open > 0 {
			name = name[:open] // "Adliswil (Kanton Zürich), Oktober 2021", "April, Darlington (England)": the town, then where it is
		}
	}
	if mid, date, ok := strings.Cut(rest, ","); ok && shortName(strings.TrimSpace(mid)) {
		if _, ok := an.datelineDate(date); ok {
			rest = date // its region, then its date: "Erkelenz, North Rhine-Westphalia, October 2022."
		}
	}
	if !shortName(name) || len(strings.Fields(rest)) > 3 {
		return nil
	}
	if an.landOnly(rest) {
		rest = "" // "Goes, the Netherlands.", "Bailleul, France."
	}
	if rest = strings.TrimSpace(rest); rest != "" {
		es := when.Find(rest, an.lang, an.ref, an.loc)
		if _, month := when.Month(rest, an.lang); !month && (len(es) != 1 || len(es[0].Text) < len(rest)-1) {
			return nil // "Rushmoor, the council said" is no heading
		}
	}
	return an.leadingTown(name)
}

// landOnly: the words name a country or a region and nothing else.
func (an *analysis) landOnly(words string) bool {
	ms := an.g.Find(words)
	if len(ms) != 1 || ms[0].Kind != place.KindCountry && ms[0].Kind != place.KindRegion {
		return false
	}
	left := strings.TrimSpace(strings.Replace(words, ms[0].Text, "", 1))
	return left == "" || strings.EqualFold(left, "the")
}

// leadingTown is the town the words before a kicker's or a heading's
// comma name ("Mijas", "Úbeda").
func (an *analysis) leadingTown(name string) *place.Commune {
	if !shortName(name) {
		return nil
	}
	if c, ok := an.commune(name, ""); ok {
		return &c
	}
	return nil
}

// shortName: words that may be a town's name before a comma: four at
// most, the first with a capital.
func shortName(name string) bool {
	toks := tokenize(name)
	return len(toks) > 0 && len(toks) <= 4 && toks[0].Upper
}

// datelineDate is the date a dateline opens with, written alone before
// its town ("May 22" in "May 22, Vianden, in the Grand Duchy.").
func (an *analysis) datelineDate(head string) (when.Expr, bool) {
	es := when.Find(head, an.lang, an.ref, an.loc)
	if len(es) != 1 || len(es[0].Text) < len(strings.TrimSpace(head))-1 || es[0].Vague {
		return when.Expr{}, false
	}
	return es[0], true
}

// datelineStart is the date of the dateline opening the paragraph of
// sentence i, when the dateline's town is the victim's: in a round-up
// of datelines ("April 8, Zeist, the Netherlands. Staff … arrived on a
// Monday to find their files encrypted"; "Erkelenz, North
// Rhine-Westphalia, October 2022. The German town's website …"), the
// day the paragraph tells.
func (an *analysis) datelineStart(i int, p vigie.Place) (vigie.Timestamp, bool) {
	k := i
	for k > 0 && an.sents[k-1].Paragraph == an.sents[i].Paragraph {
		k--
	}
	text := an.sents[k].Text
	head, _, _ := strings.Cut(text, ",")
	e, ok := an.datelineDate(head)
	if last := strings.LastIndex(text, ","); !ok && last > 0 && len(strings.Fields(text)) <= 8 {
		e, ok = an.datelineDate(strings.TrimRight(text[last+1:], ". ")) // the date closing a dateline of its own
	}
	if !ok || p.Name == "" {
		return vigie.Timestamp{}, false
	}
	if c := an.kicker(an.sents[k].Text); c == nil || c.Name != p.Name || c.Country != p.Country {
		return vigie.Timestamp{}, false
	}
	return e.Date, true
}

// headingTown is the town a heading line of its own opens with, before
// a comma and a few words of its own ("Úbeda, uffici paralizzati", "Tomar,
// ricatto senza cifratura"): the paragraph under it is about that town.
func (an *analysis) headingTown(s sentence) *place.Commune {
	name, rest, ok := strings.Cut(strings.TrimSpace(s.Text), ",")
	if !ok || !s.Aside || s.Paragraph == 0 || len(strings.Fields(rest)) > 5 || strings.ContainsAny(rest, ".!?") {
		return nil
	}
	return an.leadingTown(name)
}

// ransomAndAttack: the title and first paragraphs speak of a ransom, paid
// or not, and of an attack in plain words or of data taken ("«Nessun
// riscatto pagato»" over "Dieci giorni dopo l'attacco"; "pubblicati online
// i documenti rubati" over "L'ente: «Nessun riscatto»"): the attack is a
// cyber attack.
func (an *analysis) ransomAndAttack() bool {
	early := an.early(2)
	return slices.ContainsFunc(early, func(i int) bool { return ransomCue.in(an.folded[i]) }) &&
		slices.ContainsFunc(early, func(i int) bool {
			f := an.folded[i]
			return plainAttack.in(f) || dataTaken(f) || leakTold(f)
		})
}

// systemsDown: the title or the first two paragraphs name computers,
// servers or systems, or a service that cannot be reached ("les dossiers
// restent inaccessibles").
func (an *analysis) systemsDown() bool {
	for _, i := range an.early(2) {
		if itSystems.in(an.folded[i]) || unreachable.in(an.folded[i]) || outageWords.in(an.folded[i]) {
			return true
		}
	}
	return false
}

// attackTarget finds, in the title and first paragraphs, a name written
// bare after an attack and a preposition ("Hackerangriff auf die
// Südwestfalen-IT", "cyberattaque contre Sopra Steria") that is not a
// place: what a body left unnamed below ("le groupe", "der Zweckverband")
// stands for.
func (an *analysis) attackTarget() string {
	for _, i := range an.early(1) {
		toks := tokenize(an.sents[i].Text)
		for k := 0; k+1 < len(toks); k++ {
			if !attackWords.in(toks[k].Fold) && !plainAttack.in(toks[k].Fold) || !targets.in(toks[k+1].Fold) {
				continue
			}
			j := k + 2
			if j < len(toks) && (articles[toks[j].Fold] || determiners[toks[j].Fold]) {
				j++
			}
			if j >= len(toks) || !toks[j].Upper || toks[j].Punct || calendarWords[toks[j].Fold] {
				continue // "the attack on October 11" names a day, not a target
			}
			end := properEnd(toks, j)
			name := an.sents[i].Text[toks[j].Start:toks[end-1].End]
			if _, ok := an.commune(name, ""); !ok && !place.IsCommonWord(name) {
				return name
			}
		}
	}
	return ""
}

// dateline reads the place a story opens with: "Köthen. …",
// "Siegen/Hemer. …", "MARSEILLE, 15.03.2020 – …", "PARIS (AFP) -"; or,
// in capitals, one of its first paragraphs opens with, past a kicker, a
// standfirst or a byline ("QUETIGNY. Les premiers agents…").
func (an *analysis) dateline() *place.Commune {
	if len(an.sents) < 2 {
		return nil
	}
	if c := an.datelineIn(1, false); c != nil {
		return c
	}
	paragraphs := 0
	for i := 2; i < len(an.sents) && paragraphs < 4; i++ {
		if an.sents[i].Paragraph == an.sents[i-1].Paragraph {
			continue
		}
		paragraphs++
		if c := an.datelineIn(i, true); c != nil {
			return c // after a kicker, a standfirst or a byline, in capitals: "QUETIGNY. Les premiers agents…", "SANTARÉM — A Câmara…"
		}
	}
	return nil
}

// datelineIn reads a dateline opening sentence i; with capitals set,
// only one written in capitals.
func (an *analysis) datelineIn(i int, capitals bool) *place.Commune {
	text := an.sents[i].Text
	end := strings.IndexAny(text, ".,–—(/:")
	if d := strings.Index(text, " -"); d >= 0 && (end < 0 || d < end) {
		end = d // "PARIS - …", not the hyphen of "Saint-Flour n'est pas un cas isolé"
	}
	if end <= 0 || end > 40 {
		return nil
	}
	name := strings.TrimSpace(text[:end])
	if len(strings.Fields(name)) > 3 || place.IsCommonWord(name) || namesListed(text[end+1:]) {
		return nil
	}
	if name == strings.ToUpper(name) { // MARSEILLE
		name = capitalize(strings.ToLower(name))
	} else if capitals {
		return nil
	}
	if c, ok := an.commune(name, ""); ok {
		return &c
	}
	return nil
}

// namesListed: the text after a name's comma goes on listing names
// ("Barnet, Barking and Dagenham and South Oxfordshire among the
// authorities…"): the first name is one of a list, no dateline.
func namesListed(rest string) bool {
	toks := tokenize(rest)
	if len(toks) == 0 || !toks[0].Upper || toks[0].Punct {
		return false
	}
	for _, t := range toks[1:min(5, len(toks))] {
		if conjunctions[t.Fold] || alternatives[t.Fold] {
			return true
		}
	}
	return false
}

// alternatives join the names of a list as conjunctions do ("ed" is
// Italian "and" before a vowel).
var alternatives = map[string]bool{"ed": true, "or": true, "ou": true, "oder": true}

// barePlace finds a place the gazetteer knows written bare in a title,
// neither first nor a common word ("Een jaar na de hack: Hof van Twente
// is…").
func (an *analysis) barePlace(title string) *place.Commune {
	toks := tokenize(title)
	if c := an.openingName(title, toks); c != nil {
		return c
	}
	if len(toks) > 0 && toks[0].Upper && lowerAfterHyphen(toks[0].Text) {
		if c, ok := an.communeSpan(toks[0].Text, "", false); ok {
			return &c // "Sablé-sur-Sarthe de nouveau visée": a name joined by its links is no word opening a sentence
		}
	}
	for i := 1; i < len(toks); i++ {
		if !toks[i].Upper || toks[i].Punct || place.IsCommonWord(toks[i].Text) || withinAnchor(toks, i) {
			continue
		}
		end := properEnd(toks, i)
		if landmark(title, toks, i, end) || countryside(title, toks, i) {
			i = end - 1
			continue // "Town near Geneva knocked offline": the town is not Geneva
		}
		if c, ok := an.communeSpan(title[toks[i].Start:toks[end-1].End], "", false); ok {
			return &c
		}
		if an.lang == "de" && germanAttribute(toks[i]) && isch(toks[i].Fold) == "" { // "Potsdams Verwaltung", "Friedrichsdorfer Website": a genitive, an adjective
			for _, s := range germanStems(toks[i].Text) {
				if c, ok := an.stemCommune(s); ok {
					return &c
				}
			}
		}
		i = end - 1
	}
	return nil
}

// countryside: the name at toks[i] follows "pays de", in lower case, and
// with it names a traditional region, not the commune ("Cyberattaque au
// pays de Caux": Caux in the Hérault is not where). "Pays de Gex", in
// capitals, is the name of a body seated there.
func countryside(title string, toks []token, i int) bool {
	switch lastWords(title[:toks[i].Start], 2) {
	case "pays de", "pays d'", "pays d’", "pays du", "pays des":
		return true
	}
	return false
}

// landmark: the name at toks[i:end] says where something else is: after
// a town's noun and "near", "outside", "près de" ("Town near Geneva"),
// after "came from" ("Un ingénieur venu de Toulouse"), or before "'s
// doorstep".
func landmark(title string, toks []token, i, end int) bool {
	before := lastWords(fold.String(title[:toks[i].Start]), 4)
	if cameFrom.in(lastWords(before, 2)) {
		return true // a newcomer's former town
	}
	if ms := proximity.all(before); len(ms) > 0 && ms[len(ms)-1][1] == len(before) {
		prev := strings.Fields(before[:ms[len(ms)-1][0]])
		return len(prev) > 0 && placeWords[prev[len(prev)-1]] // "Town near Geneva", not "near-total outage at Geneva council"
	}
	if ms := outskirts.all(before); len(ms) > 0 && ms[len(ms)-1][1] == len(before) {
		return true // "on the north-western edge of Paris", "aux portes de Lyon"
	}
	after := strings.ReplaceAll(strings.ToLower(title[toks[end-1].End:]), "’", "'")
	return strings.HasPrefix(after, "'s doorstep") || strings.HasPrefix(after, "'s outskirts") ||
		strings.HasPrefix(after, " suburb") || strings.HasPrefix(after, " commuter town") // "a Paris suburb"
}

// courtTown: the title names town c as where a court sits ("un
// blanchisseur présumé jugé à Évreux", "Prozessauftakt in Landshut")
// while the lead names the body of another town: the story is that
// body's, tried where its court is.
func (an *analysis) courtTown(title string, c place.Commune) bool {
	f := " " + fold.String(title) + " "
	at := strings.Index(f, " "+fold.String(c.Name)+" ")
	if at < 0 || !courtCue.in(lastWords(f[:at], 3)) {
		return false
	}
	for _, s := range an.sents[1:min(3, len(an.sents))] {
		for _, n := range findNamed(s.Text, an.lang) {
			if n.Proper == "" || !n.AnchorKind.InScope() {
				continue
			}
			if o, ok := an.commune(n.Proper, n.Article); ok && o.Name != c.Name {
				return true // "l'attaque qui avait mis à genoux la mairie de Pont-Audemer"
			}
		}
	}
	return false
}

// courtCue words set a town as a court's: "jugé à", "tried in", "vor
// Gericht in".
var courtCue = words("juge a", "jugee a", "juges a", "jugees a", "proces a", "tribunal d", "tribunal de", "tried in",
	"court in", "trial in", "prozess in", "prozessauftakt in", "gericht in", "landgericht", "amtsgericht", "processo a",
	"tribunale di", "juicio en", "juzgado en", "juzgado de", "rechtbank in", "rechtszaak in")

// outskirts put a town at the edge of a city the sentence is not about.
var outskirts = words("edge of", "outskirts of", "suburb of", "suburbs of", "banlieue de", "banlieue d", "portes de", "portes d",
	"periferia di", "porte di", "afueras de", "extrarradio de", "rande von", "toren von", "rand van")

// proximity words put a town beside what the sentence is about.
var proximity = words("near", "outside", "close to", "near to", "pres de", "proche de", "non loin de", "nahe", "unweit", "vicino a",
	"nei pressi di", "cerca de", "nabij", "vlakbij", "in de buurt van")

// openingName is the place a title opens with when its name is several
// words ("Villanueva de la Serena recupera…", "Hof van Twente is…",
// "Sant Boi investiga…"): its last word alone is no place of its own
// ("Serena"), or another ("Boi").
func (an *analysis) openingName(title string, toks []token) *place.Commune {
	end := properEnd(toks, 0)
	if end < 2 || isAnchorAt(toks, 0) {
		return nil
	}
	span := title[toks[0].Start:toks[end-1].End]
	if !slices.ContainsFunc(toks[1:end], func(t token) bool { return !t.Upper }) {
		if c, ok := an.commune(span, ""); ok && !place.IsCommonWord(toks[0].Text) {
			return &c // the whole of "Sant Boi", never a part of "Die Überlastungsattacke", nor "La Corte dei conti"
		}
		return nil
	}
	if c, ok := an.communeSpan(span, "", false); ok {
		return &c
	}
	return nil
}

// withinAnchor: toks[i] is a later word of an anchor ("Hall" in "Town
// Hall"), no name.
func withinAnchor(toks []token, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if _, n := matchAnchor(toks, k, ""); k+n > i {
			return true
		}
	}
	return false
}

// titleNamesKnownPlace: a body the title names is in the gazetteer
// ("les habitants d'Onet-le-Château"); the title is about it.
func (an *analysis) titleNamesKnownPlace(title string) bool {
	for _, n := range findNamed(title, an.lang) {
		if n.Proper == "" {
			continue
		}
		if _, ok := an.communeSpan(n.Proper, n.Article, n.Before); ok {
			return true
		}
	}
	return false
}

// unknownPlace is a place the gazetteer lacks that a title opens with
// ("Spring Hill, Tenn., hit with ransomware", "Atlanta hit by…"), for the
// anchors left alone ("the city") to stand for. It has a name only.
func (an *analysis) unknownPlace(title string) *place.Commune {
	if an.lang == "de" || an.lang == "lb" {
		return nil // every noun has a capital: a capital says nothing of a name
	}
	if c := an.unknownPlaceAt(title); c != nil {
		return c
	}
	if _, after, ok := strings.Cut(title, ":"); ok { // "Een jaar na de hack: Hof van Twente is…"
		return an.unknownPlaceAt(strings.TrimSpace(after))
	}
	return nil
}

// unknownPlaceAt reads a place's name opening title.
func (an *analysis) unknownPlaceAt(title string) *place.Commune {
	toks := tokenize(title)
	end := properEnd(toks, 0)
	if end == 0 || end > 4 || end < len(toks) && (toks[end].Upper || isAnchorAt(toks, end)) {
		return nil // "Sicilian town still counting the cost": an adjective, the town unnamed
	}
	if titleCase(toks) { // "Wasaga Pays Ransom for Town Data": the name is the shortest start the text calls a place
		for n := 1; n <= end; n++ {
			if c := an.unknownPlaceOf(title[:toks[n-1].End], toks[:n]); c != nil {
				return c
			}
		}
		return nil
	}
	return an.unknownPlaceOf(title[:toks[end-1].End], toks[:end])
}

// titleCase: most words of a title have a capital.
func titleCase(toks []token) bool {
	up, all := 0, 0
	for _, t := range toks {
		if !t.Punct && len(t.Fold) > 3 {
			all++
			if t.Upper {
				up++
			}
		}
	}
	return all > 2 && up*4 >= all*3
}

// unknownPlaceOf reads name, the first tokens of a title, as a place the
// gazetteer lacks.
func (an *analysis) unknownPlaceOf(name string, toks []token) *place.Commune {
	end := len(toks)
	f := fold.String(name)
	if attackWords.in(f) || plainAttack.in(f) || isAnchorAt(toks, 0) || determiners[toks[0].Fold] || place.IsCommonWord(name) {
		return nil
	}
	if _, n := when.Count(toks[0].Fold, an.lang); n {
		return nil // "Deux ans après le rançongiciel, …": a number, not a town
	}
	for k := 0; k < end; k++ {
		if isAnchorAt(toks, k) || lowerAfterHyphen(toks[k].Text) {
			return nil // "Annecy-founded IT" is no place's name
		}
	}
	if _, ok := an.g.Department(name); ok {
		return nil
	}
	if _, ok := an.g.Region(name); ok {
		return nil
	}
	if spurious(name) || end == 1 && (an.writtenLower(name) || an.writtenLower(strings.TrimSuffix(name, "s"))) || !an.saysIsPlace(name) {
		// "Councillors approve £780,000…" over "One independent councillor asked": a common word
		return nil
	}
	if c, ok := an.longerPlace(name); ok {
		return &c // "Fiorenzuola, server comunali bloccati", then "a Fiorenzuola d'Arda"
	}
	return &place.Commune{Name: name}
}

// saysIsPlace: the text below the title writes name as a local
// authority's or its people's ("the city of Atlanta", "Mecklenburg
// County", "West Haven officials", "mayor of Midland"): a capitalised
// word opening a title ("Legco set to act…", "Millions of devices…")
// is no place on its own.
func (an *analysis) saysIsPlace(name string) bool {
	f := fold.String(name)
	for _, s := range an.sents[1:] {
		if !strings.Contains(s.Text, name) {
			continue
		}
		for _, n := range findNamed(s.Text, an.lang) {
			if n.AnchorKind.InScope() && fold.String(n.Proper) == f && (!n.Before || namesBefore[fold.String(n.Anchor)]) {
				return true
			}
		}
		if placeOfPeople(s.Text, name) || an.bareLocalAnchor(s.Text) {
			return true
		}
	}
	return false
}

// bareLocalAnchor: the sentence speaks of a local authority by its kind
// alone ("Wasaga Beach has paid … the town's computer system").
func (an *analysis) bareLocalAnchor(text string) bool {
	for _, n := range findNamed(text, an.lang) {
		if n.Proper == "" && n.AnchorKind == vigie.VictimCommune {
			return true
		}
	}
	return false
}

// placeOfPeople: name is written as the place of officials or a mayor.
func placeOfPeople(text, name string) bool {
	fo, fn := " "+fold.String(text)+" ", fold.String(name)
	return peopleAfter.in(firstWords(strings.SplitN(fo, " "+fn+" ", 2)[min(1, strings.Count(fo, " "+fn+" "))], 1)) ||
		strings.Contains(fo, " mayor of "+fn+" ") || strings.Contains(fo, " maire de "+fn+" ")
}

// peopleAfter are the people of a place written after its name: "West
// Haven officials".
var peopleAfter = words("officials", "mayor", "residents")

// placeIn finds a commune a sentence names after a preposition of place
// ("à Albi", "aux Mureaux", "in Frontignan", "auf Marseille").
func (an *analysis) placeIn(text string) *place.Commune {
	toks := tokenize(text)
	if c := an.placeWithDepartment(text, toks); c != nil {
		return c
	}
	for i := 0; i+1 < len(toks); i++ {
		if c, _ := an.townAfter(text, toks, i); c != nil {
			return c
		}
	}
	return nil
}

// insideName: the preposition at toks[i] joins a town's name to the
// capitalised word before it ("Furth im Wald", "Frankfurt am Main").
func (an *analysis) insideName(text string, toks []token, i int) bool {
	if i == 0 || !toks[i-1].Upper || toks[i-1].Punct || !joiners[toks[i].Fold] {
		return false
	}
	end := properEnd(toks, i-1)
	if end <= i+1 {
		return false
	}
	_, ok := an.commune(text[toks[i-1].Start:toks[end-1].End], "")
	return ok
}

// townAfter reads the town a preposition at toks[i] introduces ("à
// Albi", "in Dundalk", "in het Kempense Kalmthout"), nil if none, and
// where what it read ends: past the name after a preposition, else the
// next word.
func (an *analysis) townAfter(text string, toks []token, i int) (*place.Commune, int) {
	if i+1 >= len(toks) || !titlePrepositions[toks[i].Fold] || an.insideName(text, toks, i) || an.lang == "en" && toks[i].Text == "a" {
		return nil, i + 1 // "Furth im Wald": the preposition is the town's own, not where; English "a Paris suburb" is no "à Paris"
	}
	first := i + 1
	if an.lang == "nl" && first+2 < len(toks) && (toks[first].Fold == "het" || toks[first].Fold == "de") &&
		toks[first+1].Upper && strings.HasSuffix(toks[first+1].Fold, "se") && toks[first+2].Upper {
		first += 2 // "in het Kempense Kalmthout": the region's adjective sets the town
	}
	if an.lang == "de" && first+1 < len(toks) && !toks[first].Upper && strings.HasSuffix(toks[first].Fold, "en") && toks[first+1].Upper {
		first++ // "im österreichischen Hallein"
	}
	if !toks[first].Upper {
		return nil, i + 1
	}
	end := properEnd(toks, first)
	if _, month := when.Month(toks[first].Text, an.lang); month && end == first+1 {
		return nil, end // "im März": a month, not Marz
	}
	art := map[string]string{"au": "le", "aux": "les"}[toks[i].Fold]
	name := text[toks[first].Start:toks[end-1].End]
	if c, ok := an.communeSpan(name, art, false); ok && !an.regionElsewhere(name, c) {
		return &c, end
	}
	return nil, end
}

// langCountries are the countries where a language of the local press
// other than French and English is written: where its towns are, unless
// the article says otherwise.
var langCountries = map[string][]string{"it": {"IT", "CH"}, "es": {"ES"}, "nl": {"NL", "BE"}, "de": {"DE", "AT", "CH", "LU"},
	"pt": {"PT"}, "pl": {"PL"}, "sv": {"SE"}}

// mergeCountries is a's countries, then those of b not in a.
func mergeCountries(a, b []string) []string {
	out := slices.Clone(a)
	for _, c := range b {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// placesCountry is the country of the towns an article places things in,
// when there are two or more, all in one country outside France; else
// none ("Officials in Mecklenburg, N.C." is one, read as the German one).
func placesCountry(cs []*place.Commune) []string {
	country, n := "", 0
	for _, c := range cs {
		switch {
		case c.Country == "":
		case c.Country == country:
			n++
		case country != "":
			return nil
		default:
			country, n = c.Country, 1
		}
	}
	if n < 2 || country == "FR" {
		return nil
	}
	return []string{country}
}

// towns lists every town the article places something in ("à Albi",
// "in Dundalk"), in order.
func (an *analysis) towns() []*place.Commune {
	var out []*place.Commune
	for _, s := range an.sents {
		toks := tokenize(s.Text)
		for i := 0; i+1 < len(toks); {
			c, next := an.townAfter(s.Text, toks, i)
			if c != nil {
				out = append(out, c)
			}
			i = next
		}
	}
	return out
}

// regionElsewhere: name is a country or a region other than commune c's
// ("en Aragón" in a Spanish paper is the region, not Aragon in the Aude);
// a region's namesake capital (Salzburg, Genève) is the commune.
func (an *analysis) regionElsewhere(name string, c place.Commune) bool {
	if cc := place.CountryNamed(name); cc != "" && cc != c.Country {
		return true // "la Ville du Locle, en Suisse": the country, not Suisse in Moselle
	}
	r, ok := an.g.Region(name)
	return ok && r.Country != "" && r.Country != c.Country
}

// placeWithDepartment finds "Caen (Calvados)", "Annecy (74)": a name
// followed by its département in brackets.
func (an *analysis) placeWithDepartment(text string, toks []token) *place.Commune {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Text != "(" || !toks[i-1].Upper || toks[i-1].Punct {
			continue
		}
		close := i + 1
		for close < len(toks) && toks[close].Text != ")" && close-i < 6 {
			close++
		}
		if close >= len(toks) {
			continue
		}
		d, ok := an.g.Department(text[toks[i+1].Start:toks[close-1].End])
		if !ok {
			continue
		}
		start := i - 1
		for start > 0 && (toks[start-1].Upper && !toks[start-1].Punct || joiners[toks[start-1].Fold]) && i-start < 5 {
			start--
		}
		for ; start < i; start++ { // the shortest name that is a commune of that département
			ctx := an.ctx
			ctx.Departments, ctx.Explicit = []string{d.Code}, true
			if c, ok := an.g.Resolve(text[toks[start].Start:toks[i-1].End], ctx); ok && c.Department == d.Code {
				return &c
			}
		}
	}
	return nil
}

// titleCommune is the commune of the first local authority the title
// names ("Bourg-Saint-Maurice town hall", "le Grand Annecy" → its seat).
func (an *analysis) titleCommune() *place.Commune {
	for _, b := range an.bodies[0] {
		if b.Kind.InScope() && b.Place.INSEE != "" {
			if c, ok := an.g.Commune(b.Place.INSEE); ok {
				return &c
			}
		}
	}
	return nil
}

// lowerAfterHyphen: "Annecy-founded" has a lowercase part after a hyphen,
// which names of places outside France do not.
func lowerAfterHyphen(w string) bool {
	for _, part := range strings.Split(w, "-")[1:] {
		if r, _ := utf8.DecodeRuneInString(part); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// titlePrepositions introduce a place in a title.
var titlePrepositions = map[string]bool{"in": true, "a": true, "ad": true, "auf": true, "at": true,
	"au": true, "aux": true, "nach": true, "bei": true, "en": true, "im": true}

// commune resolves a name read from an explicit pattern; article is the
// article a preposition folded into it ("du" → "le").
func (an *analysis) commune(name, article string) (place.Commune, bool) {
	ctx := an.ctx
	ctx.Explicit = true
	if article != "" {
		if c, ok := an.g.Resolve(article+" "+name, ctx); ok {
			return c, true
		}
	}
	c, ok := an.g.Resolve(name, ctx)
	for _, base := range baseForms(name, an.lang) {
		if ok {
			break
		}
		c, ok = an.g.Resolve(base, ctx) // "Urząd Miasta Sopotu", "Sundsvalls kommun"
	}
	if ok {
		c = an.fuller(c)
	} else {
		c, ok = an.exonym(name) // "Peterlingen – auf Französisch Payerne"
	}
	return c, ok
}

// baseForms are the forms a town's name written in a case of a language
// that declines names may have in the nominative: Polish genitive and
// locative endings ("Sopotu", "Gdańska", "w Sopocie"), the Swedish
// genitive's "s" ("Sundsvalls kommun").
func baseForms(name, lang string) []string {
	var out []string
	switch lang {
	case "sv":
		if base, ok := strings.CutSuffix(name, "s"); ok && len(base) > 2 {
			out = append(out, base)
		}
	case "pl":
		for _, e := range [][2]string{{"cie", "t"}, {"dzie", "d"}, {"owi", ""}, {"em", ""}, {"ie", ""}, {"u", ""}, {"a", ""}, {"y", ""}, {"i", ""}} {
			if base, ok := strings.CutSuffix(name, e[0]); ok && len(base) > 2 {
				out = append(out, base+e[1])
			}
		}
	}
	return out
}

// fuller is the town the article names in full, or files itself under,
// whose short form c is: "la Ville de Chalon" on a page filed under
// chalon-sur-saone, or after "Chalon-sur-Saône" in the text.
func (an *analysis) fuller(c place.Commune) place.Commune {
	for _, full := range append([]*place.Commune{an.sectionTown}, an.places...) {
		if full != nil && shortTown(c, *full) {
			return *full
		}
	}
	if full, ok := an.spelledFull(c); ok {
		return full
	}
	if full, ok := an.g.Qualified(c, an.bears); ok {
		return full // "con sede a Castelnuovo", in an article on the Unione dei Comuni Garfagnana
	}
	return c
}

// bears: the article writes the folded word with a capital, as a name
// ("Garfagnana").
func (an *analysis) bears(word string) bool {
	if an.propers == nil {
		an.propers = map[string]bool{}
		for _, s := range an.sents {
			for _, t := range tokenize(s.Text) {
				if t.Upper && !t.Punct {
					for _, w := range fold.Words(t.Text) {
						an.propers[w] = true
					}
				}
			}
		}
	}
	return an.propers[word]
}

// spelledFull is the town the text names in full whose first words are
// the alternate name c was found under: "Ayuntamiento de Villanueva" is
// the Villanueva de la Serena the text names, not the town of another
// province known as Villanueva.
func (an *analysis) spelledFull(c place.Commune) (place.Commune, bool) {
	if c.Alias == "" {
		return c, false
	}
	short := fold.String(c.Alias)
	for _, s := range an.sents {
		toks := tokenize(s.Text)
		for k, t := range toks {
			if t.Fold != short && !strings.HasPrefix(short, t.Fold+" ") {
				continue
			}
			end := properEnd(toks, k)
			if end <= k+1 {
				continue
			}
			if full, ok := an.g.Resolve(s.Text[t.Start:toks[end-1].End], an.ctx); ok && shortTown(c, full) {
				return full, true
			}
		}
	}
	return c, false
}

// shortTown: c is a smaller commune whose name is the first part of full's
// hyphenated name, as the press shortens it ("Chalon" for
// Chalon-sur-Saône, "Charleville" for Charleville-Mézières).
func shortTown(c, full place.Commune) bool {
	if c.Name == full.Name && c.GeonameID == full.GeonameID && c.INSEE == full.INSEE {
		return false // the town itself, found under the name the title gives it ("Sant Boi")
	}
	if c.Alias != "" && c != full { // "Villanueva", another town's alternate name, after "Villanueva de la Serena"
		n := len(c.Alias)
		return len(full.Name) > n && (full.Name[n] == '-' || full.Name[n] == ' ') && fold.String(full.Name[:n]) == fold.String(c.Alias)
	}
	n := len(c.Name)
	return c.Population < full.Population && c != full &&
		len(full.Name) > n && full.Name[n] == '-' && strings.EqualFold(full.Name[:n], c.Name)
}

// urlSection is the town a section of the article's address names, the
// deepest first and never the last part (the story's own slug): regional
// papers file local news under the town (/actu/vitre/, /regio/moeskroen/).
// Only a town of the press's countries whose whole name the section spells
// counts.
func (an *analysis) urlSection(raw string) *place.Commune {
	for _, seg := range sections(raw) {
		name := strings.ReplaceAll(seg, "-", " ")
		if _, ok := an.g.Region(name); ok || countryNames[fold.String(name)] {
			continue // "/news/wales/" files the story under the nation, not the village of Wales in Yorkshire; "/suisse/geneve/" not under Suisse (Moselle)
		}
		c, ok := an.g.Resolve(name, an.ctx)
		if !ok {
			c, ok = an.g.Resolve(seg, an.ctx)
		}
		if ok && (an.pressCountry(c.Country) || an.lang == "fr" && slices.Contains(frenchCountries, c.Country)) && spells(seg, c.Name) {
			return &c
		}
	}
	return nil
}

// sections are the folders of a URL's path that may name a place, the
// deepest first: not the page's own name, nor a short or numeric one
// ("/2024/", "/fr/").
func sections(raw string) []string {
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	var out []string
	for k := len(parts) - 2; k >= 0; k-- {
		if len(parts[k]) >= 4 && strings.IndexFunc(parts[k], unicode.IsLetter) >= 0 {
			out = append(out, parts[k])
		}
	}
	return out
}

// countryNames are the press's countries in its languages: a URL
// section named so files a story under the country, not a village.
var countryNames = map[string]bool{"suisse": true, "schweiz": true, "svizzera": true, "switzerland": true, "suiza": true,
	"france": true, "frankreich": true, "francia": true, "frankrijk": true, "italie": true, "italia": true, "italy": true,
	"italien": true, "deutschland": true, "allemagne": true, "germany": true, "germania": true, "alemania": true, "duitsland": true,
	"belgique": true, "belgie": true, "belgium": true, "belgien": true, "belgio": true, "belgica": true, "espagne": true,
	"espana": true, "spain": true, "spanien": true, "spagna": true, "spanje": true, "luxembourg": true, "luxemburg": true,
	"lussemburgo": true, "nederland": true, "netherlands": true, "niederlande": true, "paesi bassi": true, "pays bas": true,
	"autriche": true, "osterreich": true, "austria": true, "oostenrijk": true, "ireland": true, "irlande": true, "irland": true,
	"portugal": true}

// frenchCountries are those whose press writes French.
var frenchCountries = []string{"FR", "BE", "CH", "LU"}

// spells: a URL segment is the name, folded, with hyphens for its spaces
// and apostrophes.
func spells(seg, name string) bool {
	n := strings.NewReplacer(" ", "-", "'", "-", "’", "-").Replace(fold.String(name))
	return strings.EqualFold(seg, n)
}
