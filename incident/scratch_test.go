package incident

import (
	"testing"

	"github.com/vigie-news/vigie"
)

func TestScratch(t *testing.T) {
	src := vigie.Source{TimeZone: paris}
	for _, a := range []*vigie.Article{
		article("it", "2023-10-17 13:10", "Provincia di Perugia, uffici senza computer da domenica: «sistemi violati», indaga la Polizia postale",
			"La Provincia di Perugia è stata colpita da un attacco informatico domenica. I sistemi sono stati violati e gli uffici sono senza computer."),
		article("de", "2022-11-18 11:00", "Daten im Darknet: Landrat des Rhein-Pfalz-Kreises warnt Bürger",
			"Nach dem Hackerangriff auf die Kreisverwaltung des Rhein-Pfalz-Kreises sind Daten im Darknet aufgetaucht."),
		article("fr", "2022-11-08 17:20", "Seine-et-Marne : le Département visé par une cyberattaque « de grande ampleur », tous ses réseaux coupés",
			"Le conseil départemental de Seine-et-Marne a été visé par une cyberattaque dimanche."),
	} {
		r := Analyze(a, src)
		t.Logf("%s: relevant=%v findings=%d mentions=%d", a.Title[:30], r.Relevant, len(r.Findings), len(r.Mentions))
		for _, f := range r.Findings {
			t.Logf("   %s %s %s %s", f.Victim.Official, f.Victim.Kind, f.Victim.Place.Name, f.Attack)
		}
	}
}
