package incident

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// town is a commune victim for clustering tests.
func town(name, insee string) vigie.Body {
	return vigie.Body{Official: "Mairie de " + name, Kind: vigie.VictimCommune, Place: vigie.Place{Name: name, INSEE: insee, Country: "FR"}}
}

// louthIE and louthGB are one council, placed in Ireland by one article
// and in the English town of its name by another.
var (
	louthIE = vigie.Body{Official: "Louth County Council", Kind: vigie.VictimDepartment, Place: vigie.Place{Name: "Louth", Country: "IE", Region: "Leinster"}}
	louthGB = vigie.Body{ID: "gss:E10000019", Official: "Louth County Council", Kind: vigie.VictimDepartment, Place: vigie.Place{Name: "Louth", Country: "GB", Region: "England"}}
	// mayoAt and mayo are one council no registry holds, placed at its seat
	// by one article and nowhere by another
	mayoAt = vigie.Body{Official: "Mayo County Council", Kind: vigie.VictimDepartment, Place: vigie.Place{Name: "Castlebar", Country: "IE", Region: "Connacht", Lat: 53.85, Lon: -9.3}}
	mayo   = vigie.Body{Official: "Mayo County Council", Kind: vigie.VictimDepartment}
	// syndicatLong is syndicatShort named in full and placed nowhere;
	// syndicatOther another syndicate
	syndicatShort = vigie.Body{Official: "Syndicat Alzette", Kind: vigie.VictimLocalPublicBody, Place: vigie.Place{Name: "Mersch", Country: "LU", Lat: 49.75, Lon: 6.1}}
	syndicatLong  = vigie.Body{Official: "Syndicat intercommunal de l'Alzette", Kind: vigie.VictimLocalPublicBody}
	syndicatOther = vigie.Body{Official: "Syndicat Sûre", Kind: vigie.VictimLocalPublicBody}
	// westmeathShort is the short form of westmeathAt, placed nowhere;
	// galwayCity another council no registry holds
	westmeathAt    = vigie.Body{Official: "Westmeath County Council", Kind: vigie.VictimDepartment, Place: vigie.Place{Name: "Mullingar", Country: "IE", Lat: 53.52, Lon: -7.34}}
	westmeathShort = vigie.Body{Official: "Westmeath council", Kind: vigie.VictimCommune, Place: vigie.Place{Name: "Westmeath"}}
	galwayCity     = vigie.Body{Official: "Galway City Council", Kind: vigie.VictimCommune, Place: vigie.Place{Name: "Galway", Country: "IE", Lat: 53.27, Lon: -9.05}}
)

// on is a start date of day (YYYY-MM-DD) or month (YYYY-MM) precision;
// "" is no start.
func on(s string) vigie.Timestamp {
	if s == "" {
		return vigie.Timestamp{}
	}
	if len(s) == 7 {
		t, _ := time.Parse("2006-01", s)
		return vigie.Timestamp{Time: t, Precision: vigie.PrecisionMonth}
	}
	t, _ := time.Parse(time.DateOnly, s)
	return vigie.Timestamp{Time: t, Precision: vigie.PrecisionDay}
}

// report is an article published on pub (YYYY-MM-DD) reporting findings.
type report struct {
	pub      string
	findings []vigie.Finding
}

func finding(v vigie.Body, start string, also ...vigie.Body) vigie.Finding {
	return vigie.Finding{Victim: v, Attack: vigie.AttackRansomware, Start: on(start), AlsoAffected: also, InScope: v.Kind.InScope()}
}

// clustered clusters the reports and returns the incidents as article ids,
// "1 2|3" for two incidents, in order of their first article.
func clustered(t *testing.T, reports []report) (string, Grouping) {
	t.Helper()
	arts := map[int64]*vigie.Article{}
	var rs []vigie.Report
	for i, r := range reports {
		id := int64(i + 1)
		pub, err := time.Parse(time.DateOnly, r.pub)
		if err != nil {
			t.Fatal(err)
		}
		arts[id] = &vigie.Article{ID: id, URL: fmt.Sprintf("http://x.test/%d", id), Published: vigie.At(pub)}
		rs = append(rs, vigie.Report{ArticleID: id, Relevant: true, Findings: r.findings})
	}
	g := Group(rs, arts, nil, nil)
	var parts []string
	for _, in := range g.Incidents {
		var ids []string
		for _, s := range in.Sources {
			ids = append(ids, fmt.Sprint(s.ArticleID))
		}
		parts = append(parts, strings.Join(ids, " "))
	}
	return strings.Join(parts, "|"), g
}

// TestGroup holds the clustering rules: one attack, one incident,
// whatever the distance between the articles; two attacks on one body,
// two incidents.
func TestGroup(t *testing.T) {
	t.Parallel()
	albi, gex, seez := town("Albi", "81004"), town("Gex", "01173"), town("Séez", "73284")
	chambery := town("Chambéry", "73065")
	savoie := vigie.Body{Official: "Conseil départemental de la Savoie", Kind: vigie.VictimDepartment, Place: chambery.Place}
	hospital := vigie.Body{Official: "Centre hospitalier de Chambéry", Kind: vigie.VictimHospital, Place: chambery.Place}
	for _, tc := range []struct {
		name    string
		reports []report
		want    string
	}{
		{"a follow-up three years later that dates the attack joins it", []report{
			{"2021-04-27", []vigie.Finding{finding(albi, "2021-04-24")}},
			{"2024-05-02", []vigie.Finding{finding(albi, "2021-04")}},
		}, "1 2"},
		{"a follow-up years later with the attack's day joins it", []report{
			{"2021-04-27", []vigie.Finding{finding(albi, "2021-04-24")}},
			{"2023-04-24", []vigie.Finding{finding(albi, "2021-04-24")}},
		}, "1 2"},
		{"one body hit twice, years apart, is two incidents", []report{
			{"2021-04-27", []vigie.Finding{finding(albi, "2021-04-24")}},
			{"2024-06-10", []vigie.Finding{finding(albi, "2024-06-08")}},
			{"2024-06-12", []vigie.Finding{finding(albi, "")}},
		}, "1|2 3"},
		{"an undated follow-up within months joins", []report{
			{"2021-04-27", []vigie.Finding{finding(albi, "2021-04-24")}},
			{"2021-11-02", []vigie.Finding{finding(albi, "")}},
		}, "1 2"},
		{"an undated follow-up years later joins the attack", []report{
			{"2019-06-12", []vigie.Finding{finding(albi, "2019-06-06")}},
			{"2021-10-30", []vigie.Finding{finding(albi, "")}},
		}, "1 2"},
		{"an undated report joins the latest attack before it, not an older one", []report{
			{"2020-01-23", []vigie.Finding{finding(albi, "2020-01-22")}},
			{"2022-12-29", []vigie.Finding{finding(albi, "")}},
			{"2023-01-04", []vigie.Finding{finding(albi, "2022-12-28")}},
		}, "1|2 3"},
		{"a dated report joins an undated first report published soon after", []report{
			{"2022-03-08", []vigie.Finding{finding(gex, "")}},
			{"2022-03-10", []vigie.Finding{finding(gex, "2022-03-06")}},
		}, "1 2"},
		{"a round-up belongs to every incident it reports", []report{
			{"2021-04-27", []vigie.Finding{finding(albi, "2021-04-24")}},
			{"2021-05-02", []vigie.Finding{finding(gex, "2021-04-30")}},
			{"2021-06-01", []vigie.Finding{finding(albi, "2021-04-24"), finding(gex, "2021-04")}},
		}, "1 3|2 3"},
		{"a body hit with the victim joins within days", []report{
			{"2021-04-27", []vigie.Finding{finding(albi, "2021-04-24", seez)}},
			{"2021-04-28", []vigie.Finding{finding(seez, "2021-04-25")}},
		}, "1 2"},
		{"an undated report of the body hit with the victim joins days after", []report{
			{"2019-11-19", []vigie.Finding{finding(seez, "", albi)}},
			{"2019-11-22", []vigie.Finding{finding(albi, "2019-11-18", seez)}},
		}, "1 2"},
		{"an undated report of the body hit with the victim, months later, stays apart", []report{
			{"2020-03-19", []vigie.Finding{finding(seez, "")}},
			{"2019-11-22", []vigie.Finding{finding(albi, "2019-11-18", seez)}},
		}, "2|1"},
		{"one body placed in two homonym towns, the attack of the same day, is one attack", []report{
			{"2025-01-22", []vigie.Finding{finding(louthIE, "2025-01-20")}},
			{"2025-07-09", []vigie.Finding{finding(louthGB, "2025-01-20")}},
		}, "1 2"},
		{"a council's short name nothing places joins the council named in full", []report{
			{"2022-03-01", []vigie.Finding{finding(westmeathAt, "2022-02-28")}},
			{"2022-03-04", []vigie.Finding{finding(westmeathShort, "2022-02-28")}},
			{"2022-03-05", []vigie.Finding{finding(galwayCity, "2022-02-28")}},
		}, "1 2|3"},
		{"a local body's long name, placed nowhere, joins its short one", []report{
			{"2025-05-20", []vigie.Finding{finding(syndicatShort, "2025-05-19")}},
			{"2026-05-19", []vigie.Finding{finding(syndicatLong, "2025-05")}},
			{"2025-05-22", []vigie.Finding{finding(syndicatOther, "2025-05-19")}},
		}, "1 2|3"},
		{"a body of the same official name, unplaced, dated by its month only, joins", []report{
			{"2023-09-18", []vigie.Finding{finding(mayoAt, "2023-09-17")}},
			{"2025-06-12", []vigie.Finding{finding(mayo, "2023-09")}},
			{"2025-07-01", []vigie.Finding{finding(mayo, "2024-02")}},
		}, "1 2|3"},
		{"a body hit with the victim joins by the attack's day, not by a season a follow-up gives", []report{
			{"2021-04-27", []vigie.Finding{finding(chambery, "2021-04-24")}},
			{"2022-01-10", []vigie.Finding{finding(chambery, "2021-03")}},
			{"2021-05-20", []vigie.Finding{finding(savoie, "")}},
		}, "1 3 2"},
		{"a body hit with the victim, dated by the month of its attack, joins it", []report{
			{"2021-04-27", []vigie.Finding{finding(chambery, "2021-04-24")}},
			{"2021-05-03", []vigie.Finding{finding(savoie, "2021-04")}},
			{"2021-06-20", []vigie.Finding{finding(hospital, "2021-06")}},
		}, "1 2|3"},
		{"a body's own attack comes before one it was hit with", []report{
			{"2023-10-11", []vigie.Finding{finding(albi, "2023-10-10", gex)}},
			{"2023-10-22", []vigie.Finding{finding(gex, "2023-10-21")}},
			{"2024-10-21", []vigie.Finding{finding(gex, "2023-10")}},
		}, "1|2 3"},
		{"two bodies of one town hit the same week are one attack", []report{
			{"2021-04-27", []vigie.Finding{finding(savoie, "2021-04-24")}},
			{"2021-04-28", []vigie.Finding{finding(chambery, "2021-04-25")}},
			{"2021-04-30", []vigie.Finding{finding(chambery, "")}},
		}, "1 2 3"},
		{"two bodies of one town hit months apart are two attacks", []report{
			{"2021-04-27", []vigie.Finding{finding(savoie, "2021-04-24")}},
			{"2021-09-28", []vigie.Finding{finding(chambery, "2021-09-25")}},
		}, "1|2"},
		{"a hospital and the town hall of its town are two victims", []report{
			{"2021-04-27", []vigie.Finding{finding(hospital, "2021-04-24")}},
			{"2021-04-28", []vigie.Finding{finding(chambery, "2021-04-25")}},
		}, "1|2"},
		{"the same body hit months later by another attack stays apart", []report{
			{"2021-04-27", []vigie.Finding{finding(albi, "2021-04-24", seez)}},
			{"2021-11-28", []vigie.Finding{finding(seez, "2021-11-25")}},
		}, "1|2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, g := clustered(t, tc.reports)
			if got != tc.want {
				for _, d := range g.Decisions {
					t.Logf("article %d -> cluster %d (joined %v): %v", d.ArticleID, d.Cluster, d.Joined, d.Reasons)
				}
				t.Errorf("incidents %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGroupExplains: every decision says why.
func TestGroupExplains(t *testing.T) {
	t.Parallel()
	albi := town("Albi", "81004")
	_, g := clustered(t, []report{
		{"2021-04-27", []vigie.Finding{finding(albi, "2021-04-24")}},
		{"2024-06-10", []vigie.Finding{finding(albi, "2024-06-08")}},
	})
	if len(g.Decisions) != 2 || g.Decisions[1].Joined || !strings.Contains(strings.Join(g.Decisions[1].Reasons, " "), "another attack") {
		t.Fatalf("decisions %+v", g.Decisions)
	}
	if g.Decisions[0].Victim != "insee:81004" {
		t.Errorf("victim identity %q, want insee:81004", g.Decisions[0].Victim)
	}
}

// TestMarkedBefore: a marker compares with another body, unless it only
// dates the sentence by the attack itself.
func TestMarkedBefore(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text, body string
		want       bool
	}{
		{"Nach dem Hackerangriff bleibt die Kreisverwaltung des Rhein-Pfalz-Kreises lahmgelegt.", "Kreisverwaltung", false},
		{"Nach dem Angriff auf Potsdam ist nun Werder betroffen.", "Potsdam", true},
		{"After the attack the council closed its offices.", "council", false},
		{"Like Hackney, Redcar was hit.", "Hackney", true},
		{"Comme la mairie de Caen, celle de Lisieux a été touchée.", "mairie", true},
		{"Après la cyberattaque contre la mairie de Caen, Lisieux renforce sa sécurité.", "mairie", true},
	} {
		at := strings.Index(tc.text, tc.body)
		if got := markedBefore(tc.text, at); got != tc.want {
			t.Errorf("markedBefore(%q, %q) = %v, want %v", tc.text, tc.body, got, tc.want)
		}
	}
}

func TestMarkedBeforeTargets(t *testing.T) {
	t.Parallel()
	text := "Nach dem Angriff auf den Landkreis Anhalt-Bitterfeld rüstet die Stadt auf."
	if !markedBefore(text, strings.Index(text, "Landkreis")) {
		t.Error("the target of the attack after the marker is a mention")
	}
	if markedBefore(text, strings.Index(text, "Stadt")) {
		t.Error("a body after the attack and a verb is no mention")
	}
}

// TestDistrictName: a German district is named as the registry names it,
// whatever case the text puts it in.
func TestDistrictName(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ anchor, proper, want string }{
		{"Landkreises", "Ludwigslust-Parchim", "Landkreis Ludwigslust-Parchim"},
		{"Kreisverwaltung", "des Landkreises Anhalt-Bitterfeld", "Landkreis des Landkreises Anhalt-Bitterfeld"},
		{"Kreisverwaltung", "Rhein-Pfalz-Kreises", "Rhein-Pfalz-Kreis"},
		{"Landratsamt", "Anhalt-Bitterfeld", "Landkreis Anhalt-Bitterfeld"},
	} {
		if got := districtName(named{Anchor: tc.anchor, Proper: tc.proper, Written: tc.anchor + " " + tc.proper}); got != tc.want {
			t.Errorf("districtName(%s %s) = %q, want %q", tc.anchor, tc.proper, got, tc.want)
		}
	}
}

// TestGroupKeepsTheVictimsPlace: a later report that names the victim
// without its place (a round-up) leaves the incident placed.
func TestGroupKeepsTheVictimsPlace(t *testing.T) {
	t.Parallel()
	placed := vigie.Body{Official: "Syndicat des eaux du Tarn", Kind: vigie.VictimLocalPublicBody,
		Place: vigie.Place{Name: "Albi", INSEE: "81004", Department: "81", Region: "Occitanie", Country: "FR"}}
	bare := vigie.Body{Official: "Syndicat des eaux du Tarn", Kind: vigie.VictimLocalPublicBody}
	_, g := clustered(t, []report{
		{"2023-10-18", []vigie.Finding{finding(placed, "2023-10-17")}},
		{"2024-05-14", []vigie.Finding{finding(bare, "2023-10-17")}},
	})
	if len(g.Incidents) != 1 || g.Incidents[0].Victim.Place.Name != "Albi" {
		t.Errorf("incidents %+v, want one placed in Albi", g.Incidents)
	}
}

// TestGroupNamesTheITProvider: when the towns' IT provider is among the
// victims of one attack, it is the incident's victim, however many
// articles name a customer first.
func TestGroupNamesTheITProvider(t *testing.T) {
	t.Parallel()
	provider := vigie.Body{Official: "Kommunaler IT-Dienstleister Südwestfalen", Kind: vigie.VictimLocalPublicBody,
		Place: vigie.Place{Name: "Siegen", Country: "DE"}}
	district := vigie.Body{Official: "Landkreis Siegen-Wittgenstein", Kind: vigie.VictimDepartment, Place: provider.Place}
	_, g := clustered(t, []report{
		{"2023-10-31", []vigie.Finding{finding(provider, "2023-10-30", district)}},
		{"2023-11-02", []vigie.Finding{finding(district, "2023-10-30", provider)}},
		{"2023-11-20", []vigie.Finding{finding(district, "2023-10-30")}},
	})
	if len(g.Incidents) != 1 || g.Incidents[0].Victim.Official != provider.Official {
		t.Errorf("incidents %+v, want one whose victim is the IT provider", g.Incidents)
	}
}
