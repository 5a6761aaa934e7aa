package place

import (
	"strings"

	vigie "github.com/vigie-news/vigie"
)

// form is a way the press writes a body's kind around its name, folded:
// "landkreis" before "Leipzig", "borough council" after "Adur".
type form struct {
	words   string
	kind    vigie.VictimKind // "" when the words say nothing of the level
	country string           // where the words are used; "" anywhere
	needs   string           // a word the body's official name holds: only a Kreis has a "Kreisverwaltung"
}

// prefixForms are the kind words written before a name, longest first
// within a language; a connector ("de", "di", "of"…) may follow.
var prefixForms = []form{
	// French (France, Belgium, Switzerland, Luxembourg)
	{"hotel de ville", vigie.VictimCommune, "", ""}, {"mairie", vigie.VictimCommune, "", ""},
	{"ville", vigie.VictimCommune, "", ""}, {"commune", vigie.VictimCommune, "", ""},
	{"municipalite", vigie.VictimCommune, "", ""}, {"administration communale", vigie.VictimCommune, "", ""},
	{"conseil departemental", vigie.VictimDepartment, "FR", ""}, {"departement", vigie.VictimDepartment, "FR", ""},
	{"conseil general", vigie.VictimDepartment, "FR", ""}, {"conseil regional", vigie.VictimRegion, "FR", ""},
	{"region", vigie.VictimRegion, "", ""}, {"province", vigie.VictimDepartment, "", ""},
	// German
	{"stadtverwaltung", vigie.VictimCommune, "", ""}, {"gemeindeverwaltung", vigie.VictimCommune, "", ""},
	{"landeshauptstadt", vigie.VictimCommune, "", ""}, {"hansestadt", vigie.VictimCommune, "", ""},
	{"marktgemeinde", vigie.VictimCommune, "", ""}, {"rathaus", vigie.VictimCommune, "", ""},
	{"stadt", vigie.VictimCommune, "", ""}, {"gemeinde", vigie.VictimCommune, "", ""}, {"markt", vigie.VictimCommune, "DE", ""},
	{"kreisverwaltung", vigie.VictimDepartment, "", "kreis"}, {"landratsamt", vigie.VictimDepartment, "", "kreis"},
	{"landkreis", vigie.VictimDepartment, "", "kreis"}, {"kreis", vigie.VictimDepartment, "", "kreis"},
	{"stadtkreis", vigie.VictimDepartment, "", ""}, {"kreisfreie stadt", vigie.VictimDepartment, "", ""},
	// the genitive German writes after "des" ("die Bürgerbüros des Kreises X")
	{"landkreises", vigie.VictimDepartment, "", "kreis"}, {"kreises", vigie.VictimDepartment, "", "kreis"},
	{"landratsamtes", vigie.VictimDepartment, "", "kreis"}, {"amtes", vigie.VictimIntercommunalty, "DE", ""},
	{"kantons", vigie.VictimRegion, "CH", ""}, {"landes", vigie.VictimRegion, "DE", ""},
	{"verbandsgemeindeverwaltung", vigie.VictimIntercommunalty, "", ""}, {"verbandsgemeinde", vigie.VictimIntercommunalty, "", ""},
	{"samtgemeinde", vigie.VictimIntercommunalty, "", ""}, {"verwaltungsgemeinschaft", vigie.VictimIntercommunalty, "", ""},
	{"verwaltungsverband", vigie.VictimIntercommunalty, "", ""}, {"amt", vigie.VictimIntercommunalty, "DE", ""},
	{"magistrat der stadt", vigie.VictimCommune, "", ""}, {"magistrat", vigie.VictimCommune, "", ""},
	{"landesregierung", vigie.VictimRegion, "", ""}, {"landesverwaltung", vigie.VictimRegion, "", ""},
	{"bundesland", vigie.VictimRegion, "", ""}, {"freistaat", vigie.VictimRegion, "", ""}, {"land", vigie.VictimRegion, "DE", ""},
	// Swiss cantons
	{"kanton", vigie.VictimRegion, "CH", ""}, {"canton", vigie.VictimRegion, "", ""}, {"cantone", vigie.VictimRegion, "CH", ""},
	// Italian
	{"comune", vigie.VictimCommune, "", ""}, {"municipio", vigie.VictimCommune, "", ""}, {"citta metropolitana", vigie.VictimDepartment, "", ""},
	{"citta", vigie.VictimCommune, "", ""}, {"provincia", vigie.VictimDepartment, "", ""}, {"regione", vigie.VictimRegion, "", ""},
	// Spanish, Catalan, Galician
	{"ayuntamiento", vigie.VictimCommune, "", ""}, {"ajuntament", vigie.VictimCommune, "", ""}, {"concello", vigie.VictimCommune, "", ""},
	{"diputacion provincial", vigie.VictimDepartment, "", ""}, {"diputacion", vigie.VictimDepartment, "", ""},
	{"comunidad autonoma", vigie.VictimRegion, "", ""}, {"comunidad", vigie.VictimRegion, "", ""}, {"junta", vigie.VictimRegion, "", ""},
	{"gobierno", vigie.VictimRegion, "", ""}, {"generalitat", vigie.VictimRegion, "ES", ""}, {"xunta", vigie.VictimRegion, "ES", ""},
	{"govern", vigie.VictimRegion, "ES", ""},
	// Dutch
	{"gemeente", vigie.VictimCommune, "", ""}, {"stad", vigie.VictimCommune, "", ""}, {"provincie", vigie.VictimDepartment, "", ""},
	// English
	{"london borough", vigie.VictimCommune, "GB", ""}, {"royal borough", vigie.VictimCommune, "GB", ""},
	{"city", vigie.VictimCommune, "", ""}, {"borough", vigie.VictimCommune, "GB", ""}, {"county", vigie.VictimDepartment, "GB", ""},
	{"district", "", "", ""},
	// Articles
	{"the", "", "", ""}, {"la", "", "", ""}, {"le", "", "", ""}, {"les", "", "", ""}, {"l", "", "", ""}, {"die", "", "", ""}, {"der", "", "", ""}, {"das", "", "", ""}, {"des", "", "", ""},
}

// suffixForms are the kind words written after a name: "Adur District
// Council", "Kent County Council".
var suffixForms = []form{
	{"city and county council", vigie.VictimCommune, "GB", ""},
	{"metropolitan borough council", vigie.VictimCommune, "GB", ""}, {"metropolitan district council", vigie.VictimCommune, "GB", ""},
	{"county borough council", vigie.VictimCommune, "GB", ""}, {"borough council", vigie.VictimCommune, "GB", ""},
	{"district council", vigie.VictimCommune, "GB", ""}, {"city council", vigie.VictimCommune, "GB", ""},
	{"town council", vigie.VictimCommune, "GB", ""}, {"county council", vigie.VictimDepartment, "GB", ""},
	{"combined county authority", vigie.VictimIntercommunalty, "GB", ""}, {"combined authority", vigie.VictimIntercommunalty, "GB", ""},
	{"unitary authority", vigie.VictimCommune, "GB", ""}, {"council", vigie.VictimCommune, "GB", ""},
	{"ua", vigie.VictimCommune, "GB", ""}, {"ca", vigie.VictimIntercommunalty, "GB", ""}, {"cca", vigie.VictimIntercommunalty, "GB", ""},
	{"landkreis", vigie.VictimDepartment, "DE", "kreis"}, {"kreis", vigie.VictimDepartment, "DE", "kreis"}, {"stadt", vigie.VictimCommune, "DE", ""},
}

// formWords are the first words of prefixForms and the last words of
// suffixForms, so that most names are parsed without trying every form;
// formText holds each form's words with the space that joins them to a
// name.
var (
	prefixFirst, suffixLast = map[string]bool{}, map[string]bool{}
	prefixText, suffixText  = spaced(prefixForms, prefixFirst, true), spaced(suffixForms, suffixLast, false)
)

func spaced(forms []form, words map[string]bool, prefix bool) []string {
	out := make([]string, len(forms))
	for i, f := range forms {
		w := strings.Fields(f.words)
		if prefix {
			out[i], words[w[0]] = f.words+" ", true
		} else {
			out[i], words[w[len(w)-1]] = " "+f.words, true
		}
	}
	return out
}

// nameConnectors are the words between a kind and a name.
var nameConnectors = []string{"de la ", "de l ", "des ", "du ", "de ", "d ", "di ", "dell ", "della ", "del ", "of ", "van "}

// parsedName is a written name taken apart: its key, and its core once
// the kind words are off, with what they said.
type parsedName struct {
	key, core string
	kind      vigie.VictimKind
	country   string
	needs     string // as form's
}

// parseAuthority takes the kind words off a body's name: "Landkreis
// Leipzig" gives the core "leipzig" and the kind departement, "Adur
// District Council" the core "adur" and the kind commune.
func parseAuthority(name string) parsedName {
	p := parsedName{key: nameKey(name)}
	core := p.key
	for changed := true; changed; {
		changed = false
		first, _, _ := strings.Cut(core, " ")
		if !prefixFirst[first] {
			break
		}
		for i, f := range prefixForms {
			rest, ok := strings.CutPrefix(core, prefixText[i])
			if !ok || rest == "" {
				continue
			}
			if c := stripConnectorWord(rest); c != "" {
				rest = c
			}
			core, changed = rest, true
			if f.kind != "" && p.kind == "" {
				p.kind, p.country, p.needs = f.kind, f.country, f.needs
			}
			break
		}
	}
	last := core[strings.LastIndexByte(core, ' ')+1:]
	for i, f := range suffixForms {
		if !suffixLast[last] {
			break
		}
		if rest, ok := strings.CutSuffix(core, suffixText[i]); ok && rest != "" {
			core = rest
			if p.kind == "" {
				p.kind, p.country, p.needs = f.kind, f.country, f.needs
			}
			break
		}
	}
	p.core = core
	return p
}

// stripConnectorWord removes a leading connector, or returns "".
func stripConnectorWord(k string) string {
	for _, c := range nameConnectors {
		if rest, ok := strings.CutPrefix(k, c); ok && rest != "" {
			return rest
		}
	}
	return ""
}

// elide writes "de X" as French does: "d'Annecy", "de Savoie".
func elide(prefix, name string) string {
	if name == "" {
		return prefix
	}
	switch strings.ToLower(name[:1]) {
	case "a", "e", "i", "o", "u", "y", "h", "é", "è", "â", "î", "ô", "û":
		return prefix + "d'" + name
	}
	if strings.HasPrefix(strings.ToLower(name), "é") || strings.HasPrefix(strings.ToLower(name), "î") {
		return prefix + "d'" + name
	}
	return prefix + "de " + name
}
