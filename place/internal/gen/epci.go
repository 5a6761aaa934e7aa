package main

import (
	"sort"
	"strings"

	"github.com/vigie-news/vigie/internal/fold"
)

// epci is an intercommunality with its seat.
type epci struct {
	code, typ, name string
	seat            string // INSEE code
	named           bool   // the seat was found in the name, not by population
	members         []string
}

// buildEPCIs gives every EPCI and EPT a seat.
func buildEPCIs(fr *france) []epci {
	out := make([]epci, 0, len(fr.epcis))
	for _, e := range fr.epcis {
		seat, named := seatOf(e, fr.byCode)
		members := membersCodes(e)
		sort.Strings(members)
		out = append(out, epci{code: e.Code, typ: e.Type, name: e.Nom, seat: seat, named: named, members: members})
	}
	return out
}

// seatOf picks an EPCI's seat: the most populous member whose name is
// written in the EPCI's name (Grand Annecy → Annecy, Caen la Mer → Caen),
// else the most populous member (CC de Haute-Tarentaise →
// Bourg-Saint-Maurice). The data has no seats; this is the usual case. A
// named member with less than a tenth of the largest member's population
// is more likely named after a river or a pays (CC de la Moivre à la
// Coole, Chavanon Combrailles et Volcans) and does not count.
func seatOf(e jsonEPCI, communes map[string]*commune) (code string, named bool) {
	name := " " + words(e.Nom) + " "
	pops := make([]int, len(e.Membres))
	largest := 0
	for i, m := range e.Membres {
		pops[i] = m.Population
		if c, ok := communes[m.Code]; ok && c.Population > 0 {
			pops[i] = c.Population
		}
		largest = max(largest, pops[i])
	}
	bestPop := -1
	for i, m := range e.Membres {
		inName := strings.Contains(name, " "+words(m.Nom)+" ") && pops[i]*10 >= largest
		if (inName && !named) || (inName == named && pops[i] > bestPop) {
			code, bestPop, named = m.Code, pops[i], inName
		}
	}
	return code, named
}

// words folds a name and spells out the abbreviations St and Ste, so that
// "St-Gildas" and "Saint-Gildas" compare equal.
func words(s string) string {
	w := fold.Words(s)
	for i, x := range w {
		switch x {
		case "st":
			w[i] = "saint"
		case "ste":
			w[i] = "sainte"
		}
	}
	return strings.Join(w, " ")
}
