package incident

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// TestIDsAreStable: an incident keeps its id when an article joins it,
// even one published before its first.
func TestIDsAreStable(t *testing.T) {
	t.Parallel()
	seed := mustCorpusArticle(t, 1, "www.alpinetimes.test", "/2021/04/27/bourg-saint-maurice-cyberattack.html")
	later := mustCorpusArticle(t, 2, "www.alpinetimes.test", "/it/2021/04/28/bourg-saint-maurice-attacco-informatico-al-municipio.html")
	src := vigie.Source{TimeZone: paris}
	first := Cluster([]vigie.Report{Analyze(later, src)}, map[int64]*vigie.Article{2: later}, nil)
	if len(first) != 1 {
		t.Fatalf("%d incidents from one article", len(first))
	}
	first[0].ID = "kept-id" // whatever it was, it must survive
	both := Cluster([]vigie.Report{Analyze(seed, src), Analyze(later, src)}, map[int64]*vigie.Article{1: seed, 2: later}, first)
	if len(both) != 1 || both[0].ID != "kept-id" || len(both[0].Sources) != 2 {
		t.Fatalf("after the seed joined: %+v", both)
	}
}

// TestSameTownYearsApart: two attacks on one town years apart stay two;
// a mention pulls no article into an incident.
func TestSameTownYearsApart(t *testing.T) {
	t.Parallel()
	a := article("fr", "2021-01-18 11:20", "Angers : la mairie paralysée par un rançongiciel",
		"La mairie d'Angers a été frappée par un rançongiciel dans la nuit du vendredi 15 au samedi 16 janvier.")
	b := article("fr", "2024-06-10 09:00", "Angers : la mairie de nouveau visée par une cyberattaque",
		"La mairie d'Angers a subi une nouvelle cyberattaque samedi 8 juin. En janvier 2021, la ville avait déjà été touchée.")
	c := article("fr", "2021-02-01 09:00", "Cholet : le conseil municipal vote le budget",
		"Le budget a été adopté. Le maire a cité l'exemple de la mairie d'Angers, touchée par un rançongiciel en janvier.")
	a.ID, b.ID, c.ID = 1, 2, 3
	src := vigie.Source{TimeZone: paris}
	incs := Cluster([]vigie.Report{Analyze(a, src), Analyze(b, src), Analyze(c, src)}, map[int64]*vigie.Article{1: a, 2: b, 3: c}, nil)
	if len(incs) != 2 {
		t.Fatalf("%d incidents, want 2: %+v", len(incs), incs)
	}
	for _, in := range incs {
		if len(in.Sources) != 1 || in.Sources[0].ArticleID == 3 {
			t.Errorf("incident %s has sources %+v", in.ID, in.Sources)
		}
	}
	if incs[0].Start.String() != "2021-01-15" || incs[1].Start.String() != "2024-06-08" {
		t.Errorf("starts %s and %s", incs[0].Start, incs[1].Start)
	}
}

// TestGroupingByItsLand: a grouping no registry lists is one body under
// the names articles give it, by the land its name ends on; two lands
// are two bodies.
func TestGroupingByItsLand(t *testing.T) {
	t.Parallel()
	key := func(name string) string {
		return identity(vigie.Body{Kind: vigie.VictimIntercommunalty, Official: name})
	}
	if a, b := key("Unione montana del Mugello"), key("Unione Montana dei Comuni del Mugello"); a != b {
		t.Errorf("one grouping, two keys: %q and %q", a, b)
	}
	if a, b := key("Unione Montana dei Comuni del Mugello"), key("Unione dei Comuni del Casentino"); a == b {
		t.Errorf("two groupings, one key %q", a)
	}
}

// TestIDFollowsItsVictim: a round-up shared by two incidents does not
// carry one incident's id over to the other when they are built again.
func TestIDFollowsItsVictim(t *testing.T) {
	t.Parallel()
	rup := article("fr", "2024-07-01 10:00", "Deux mairies touchées par des cyberattaques ce printemps",
		"Le 4 avril, la mairie de Gien a vu ses serveurs chiffrés par un rançongiciel. Les services sont restés fermés une semaine.\n\n"+
			"Le 17 juin, la mairie de Dole a subi une attaque par déni de service. Son site est resté inaccessible deux jours.")
	arts := map[int64]*vigie.Article{1: rup}
	reports := []vigie.Report{Analyze(rup, vigie.Source{TimeZone: paris})}
	first := Cluster(reports, arts, nil)
	if len(first) != 2 {
		t.Fatalf("%d incidents, want 2", len(first))
	}
	ids := map[string]string{} // official name → id
	var previous []*vigie.Incident
	for i := len(first) - 1; i >= 0; i-- { // in the other order
		in := *first[i]
		in.ID = "id-" + in.Victim.Official
		ids[in.Victim.Official] = in.ID
		previous = append(previous, &in)
	}
	for _, in := range Cluster(reports, arts, previous) {
		if in.ID != ids[in.Victim.Official] {
			t.Errorf("%s got id %q", in.Victim.Official, in.ID)
		}
	}
}

// TestLateFollowUpVotesLess: a regulator's decision years on names the
// attack by its outcome; the reports written while it was news say what
// it was, and their word wins a tie.
func TestLateFollowUpVotesLess(t *testing.T) {
	t.Parallel()
	first := article("fr", "2022-09-14 10:00", "Intrusion dans la messagerie de la mairie de Gien",
		"Des pirates se sont introduits lundi 12 septembre dans la messagerie de la mairie de Gien. Aucun fichier n'a été chiffré.")
	late := article("fr", "2025-09-10 10:00", "La CNIL sanctionne la mairie de Gien trois ans après la cyberattaque",
		"Trois ans après la cyberattaque du 12 septembre 2022, la CNIL rappelle à l'ordre la mairie de Gien pour la fuite de données personnelles qui a suivi.")
	first.ID, late.ID = 1, 2
	src := vigie.Source{TimeZone: paris}
	reports := []vigie.Report{Analyze(first, src), Analyze(late, src)}
	incs := Cluster(reports, map[int64]*vigie.Article{1: first, 2: late}, nil)
	if len(incs) != 1 {
		t.Fatalf("%d incidents, want 1", len(incs))
	}
	if a0, a1 := reports[0].Findings[0].Attack, reports[1].Findings[0].Attack; a0 == a1 {
		t.Fatalf("both reports say %s: no tie to break", a0)
	}
	if got, want := incs[0].Attack, reports[0].Findings[0].Attack; got != want {
		t.Errorf("attack %s, want the first report's %s", got, want)
	}
}

// TestUnplacedJoinsItsNamesake: a victim placed nowhere ("District de
// Harborough" in a French round-up), or in a town whose name begins
// another's ("Tournon"), is the placed body that bears its name and was
// hit at that time; not one hit years before, and not when two placed
// bodies fit.
func TestUnplacedJoinsItsNamesake(t *testing.T) {
	t.Parallel()
	placed := func(name, town string) vigie.Body {
		country := "GB"
		if strings.HasPrefix(name, "Mairie") {
			country = "FR"
		}
		return vigie.Body{Kind: vigie.VictimCommune, Name: name, Official: name,
			Place: vigie.Place{Name: town, Country: country, Lat: 52.4, Lon: -0.9}}
	}
	body := func(name, town string) vigie.Body {
		b := vigie.Body{Kind: vigie.VictimLocalPublicBody, Name: name}
		if town != "" {
			b.Place = vigie.Place{Name: town, Country: "GB", Lat: 57.3, Lon: -3.6}
		}
		return b
	}
	unplaced := vigie.Body{Kind: vigie.VictimDepartment, Name: "District de Harborough"}
	on := func(s string) vigie.Timestamp { return vigie.Day(mustDay(t, s)) }
	cases := []struct {
		name    string
		victims []vigie.Body
		starts  []string
		want    int // incidents
	}{
		{"same day", []vigie.Body{placed("Harborough District Council", "Market Harborough"), unplaced}, []string{"2023-03-14", "2023-03-14"}, 1},
		{"undated, weeks after", []vigie.Body{placed("Harborough District Council", "Market Harborough"), unplaced}, []string{"2023-03-14", ""}, 1},
		{"years apart", []vigie.Body{placed("Harborough District Council", "Market Harborough"), unplaced}, []string{"2020-11-21", "2023-03-14"}, 2},
		{"a park authority", []vigie.Body{body("Cairngorms Park Authority", "Grantown on Spey"), body("Cairngorms National Park Authority", "")}, []string{"", "2023-03-14"}, 1},
		{"a town's short name", []vigie.Body{placed("Mairie de Tournon-sur-Rhône", "Tournon-sur-Rhône"), placed("Mairie de Tournon", "Tournon")}, []string{"2023-03-12", "2023-03-13"}, 1},
		{"a name cut short", []vigie.Body{{Kind: vigie.VictimDepartment, Name: "Tipperary County Council", Official: "Tipperary County Council",
			Place: vigie.Place{Name: "Tipperary", Country: "IE", Lat: 52.47, Lon: -8.16}}, body("Tipp Authority", "")}, []string{"2023-03-14", ""}, 1},
		{"two namesakes", []vigie.Body{body("Cairngorms Park Authority", "Grantown on Spey"), body("Cairngorms Water Board", "Aviemore"), body("Cairngorms Authority", "")}, []string{"2023-03-14", "2023-03-15", "2023-03-14"}, 3},
	}
	for _, tc := range cases {
		var reports []vigie.Report
		arts := map[int64]*vigie.Article{}
		for k, v := range tc.victims {
			a := article("en", "2023-03-20 10:00", "t", "x")
			a.ID = int64(k + 1)
			arts[a.ID] = a
			f := vigie.Finding{Victim: v, InScope: true, Attack: vigie.AttackRansomware}
			if tc.starts[k] != "" {
				f.Start = on(tc.starts[k])
			}
			reports = append(reports, vigie.Report{ArticleID: a.ID, Findings: []vigie.Finding{f}})
		}
		if got := Cluster(reports, arts, nil); len(got) != tc.want {
			t.Errorf("%s: %d incidents, want %d", tc.name, len(got), tc.want)
		}
		g := Group(reports, arts, nil, nil)
		for _, d := range g.Decisions {
			if d.Cluster >= len(g.Incidents) || !slices.ContainsFunc(g.Incidents[d.Cluster].Sources, func(s vigie.IncidentSource) bool { return s.ArticleID == d.ArticleID }) {
				t.Errorf("%s: decision %+v points to an incident without its article", tc.name, d)
			}
		}
	}
}

func mustDay(t *testing.T, s string) time.Time {
	d, err := time.ParseInLocation(time.DateOnly, s, paris)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestLeakOfARansomwareAttack: follow-ups that report a ransomware
// attack's data published do not make it a data breach, unless a text
// denies the encryption.
func TestLeakOfARansomwareAttack(t *testing.T) {
	t.Parallel()
	town := vigie.Body{Kind: vigie.VictimCommune, Name: "Commune de Forest", Official: "Commune de Forest",
		Place: vigie.Place{Name: "Forest", Country: "BE", Lat: 50.81, Lon: 4.32}}
	for _, tc := range []struct {
		name        string
		unencrypted bool
		want        vigie.AttackType
	}{{"data published later", false, vigie.AttackRansomware}, {"encryption denied", true, vigie.AttackDataBreach}} {
		var reports []vigie.Report
		arts := map[int64]*vigie.Article{}
		for k, a := range []vigie.AttackType{vigie.AttackRansomware, vigie.AttackDataBreach, vigie.AttackDataBreach} {
			art := article("fr", fmt.Sprintf("2025-09-%02d 10:00", 17+k), "t", "x")
			art.ID = int64(k + 1)
			arts[art.ID] = art
			f := vigie.Finding{Victim: town, InScope: true, Attack: a, Unencrypted: tc.unencrypted && k == 2}
			reports = append(reports, vigie.Report{ArticleID: art.ID, Findings: []vigie.Finding{f}})
		}
		if got := Cluster(reports, arts, nil); len(got) != 1 || got[0].Attack != tc.want {
			t.Errorf("%s: %+v, want one %s incident", tc.name, got, tc.want)
		}
	}
}

// TestWeekendGivesWayToItsSunday: "at the weekend" dates a report by the
// weekend's Saturday; when another report of the attack gives the
// Sunday, the attack is the Sunday's. A Saturday told as such stays.
func TestWeekendGivesWayToItsSunday(t *testing.T) {
	t.Parallel()
	src := vigie.Source{TimeZone: paris}
	first := article("en", "2022-10-11 17:00", "Swale council services disrupted as systems taken offline",
		"Swale Borough Council said it had spotted suspicious activity on its network in the early hours of Sunday, and shut its systems down.")
	second := article("en", "2022-10-14 10:00", "Ransomware confirmed at Swale",
		"Swale Borough Council has confirmed that the cyber attack which forced it to shut down its computer systems at the weekend was a ransomware attack.")
	first.ID, second.ID = 1, 2
	arts := map[int64]*vigie.Article{1: first, 2: second}
	reports := []vigie.Report{Analyze(first, src), Analyze(second, src)}
	if s := reports[1].Findings[0]; !s.StartWeekend || s.Start.String() != "2022-10-08" {
		t.Fatalf("the weekend report: start %s weekend=%v", s.Start, s.StartWeekend)
	}
	incs := Cluster(reports, arts, nil)
	if len(incs) != 1 || incs[0].Start.String() != "2022-10-09" {
		t.Fatalf("incidents %d, start %v; want one on the Sunday", len(incs), incs)
	}
	saturday := article("en", "2022-10-12 09:00", "Swale council: the attack began on Saturday",
		"Swale Borough Council said the ransomware attack began on Saturday evening.")
	saturday.ID = 3
	arts[3] = saturday
	incs = Cluster(append(reports, Analyze(saturday, src)), arts, nil)
	if len(incs) != 1 || incs[0].Start.String() != "2022-10-08" {
		t.Errorf("with a Saturday told: %d incidents, start %v; want the Saturday", len(incs), incs[0].Start)
	}
}
