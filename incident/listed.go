package incident

import (
	"slices"
	"time"

	"github.com/vigie-news/vigie"
)

// listedAttack is one attack of a list: the sentence telling it, its
// victim and the day it gives.
type listedAttack struct {
	sent   int
	victim body
	day    time.Time
}

// minListed is how many attacks on distinct bodies, on distinct days, make
// a list: two may be an attack and the one it recalls.
const minListed = 3

// listedAttacks reads an article that lists attacks sentence by sentence,
// whatever its title says ("Ponferrada no está sola": "En Francia, el
// Ayuntamiento de Dole amaneció el 13 de febrero con sus servidores
// cifrados… Un mes después, el 21 de marzo, la Región Occitania…"): each
// sentence names an attack, one local authority and a day of the year
// before the article, in no tense of recall. Three or more such sentences,
// on distinct bodies and days more than a week apart (bodies hit the same
// week share an attack), are a round-up: one group per attack, spanning
// its sentence and those after it in its paragraph.
func (an *analysis) listedAttacks() ([][]body, [][]int) {
	var list []listedAttack
	two := an.countsTwoAttacks()
	for i := 1; i < len(an.sents); i++ {
		if l, ok := an.listed(i); ok && !slices.ContainsFunc(list, func(o listedAttack) bool {
			return o.victim.key == l.victim.key || o.day.Sub(l.day).Abs() <= sameDays && !two
		}) {
			list = append(list, l)
		}
	}
	if len(list) < minListed && !(two && len(list) == 2) {
		return nil, nil
	}
	var groups [][]body
	var spans [][]int
	for k, l := range list {
		span := []int{l.sent}
		for j := l.sent + 1; j < len(an.sents) && an.sents[j].Paragraph == an.sents[l.sent].Paragraph; j++ {
			if k+1 < len(list) && j == list[k+1].sent {
				break
			}
			span = append(span, j)
		}
		groups, spans = append(groups, []body{l.victim}), append(spans, span)
	}
	return groups, spans
}

// countsTwoAttacks: the first paragraphs count two attacks ("Les deux
// attaques n'ont rien de commun"): two listed on bodies hit the same week
// are two, neither recalling the other.
func (an *analysis) countsTwoAttacks() bool {
	return slices.ContainsFunc(an.early(2), func(i int) bool {
		n, ok := countIn(an.folded[i])
		return ok && n == 2 && (pluralAttacks.in(an.folded[i]) || plainAttack.in(an.folded[i]))
	})
}

// listed reads sentence i as one attack of a list, if it is one.
func (an *analysis) listed(i int) (listedAttack, bool) {
	f := an.folded[i]
	if an.sents[i].Aside || !an.attackIn(i) || recalled(f) {
		return listedAttack{}, false
	}
	var victim body
	for _, b := range an.bodies[i] {
		if b.Marked || !b.Kind.InScope() || b.named.Proper == "" && b.ID == "" {
			continue
		}
		if victim.key != "" && victim.key != b.key {
			return listedAttack{}, false // two bodies: which was hit is not told by the list
		}
		victim = b
	}
	if victim.key == "" {
		return listedAttack{}, false
	}
	for _, e := range an.datesIn(i) {
		age := an.ref.Sub(e.Date.Time)
		if !e.Vague && !e.Until && e.Date.Precision == vigie.PrecisionDay && age >= -lead && age <= 365*24*time.Hour {
			return listedAttack{i, victim, an.nightDate(e, i).Time}, true
		}
	}
	return listedAttack{}, false
}
