package incident

import (
	"os"
	"slices"
	"testing"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/extract"
)

// mustCorpusArticle extracts a page of the offline corpus.
func mustCorpusArticle(tb testing.TB, id int64, site, path string) *vigie.Article {
	tb.Helper()
	body, err := os.ReadFile("../testdata/corpus/sites/" + site + path)
	if err != nil {
		tb.Fatal(err)
	}
	u := "http://" + site + path
	src := vigie.Source{Name: site, TimeZone: paris}
	a, err := extract.Extract(vigie.Page{URL: u, FinalURL: u, Status: 200, Body: body}, extract.Hint{Source: src})
	if err != nil {
		tb.Fatal(err)
	}
	a.ID = id
	return &a
}

// TestSeedArticle: the seed article of the corpus, exactly.
func TestSeedArticle(t *testing.T) {
	t.Parallel()
	seed := mustCorpusArticle(t, 1, "www.alpinetimes.test", "/2021/04/27/bourg-saint-maurice-cyberattack.html")
	r := Analyze(seed, vigie.Source{Name: "The Alpine Times", TimeZone: paris})
	if !r.Relevant || len(r.Findings) != 1 {
		t.Fatalf("relevant %v, %d findings, want one", r.Relevant, len(r.Findings))
	}
	f := r.Findings[0]
	p := f.Victim.Place
	if f.Victim.Kind != vigie.VictimCommune || p.Name != "Bourg-Saint-Maurice" || p.INSEE != "73054" || p.Department != "73" ||
		p.DepartmentName != "Savoie" || p.Region != "Auvergne-Rhône-Alpes" || p.Country != "FR" {
		t.Errorf("victim %+v", f.Victim)
	}
	if f.Attack != vigie.AttackRansomware || f.Start.String() != "2021-04-24" || !f.InScope {
		t.Errorf("attack %s, start %s, in scope %v", f.Attack, f.Start, f.InScope)
	}
	var also []string
	for _, b := range f.AlsoAffected {
		also = append(also, b.Official)
	}
	slices.Sort(also)
	want := []string{"Communauté de communes de Haute-Tarentaise", "Mairie de Séez", "Office de tourisme de Bourg-Saint-Maurice"}
	if !slices.Equal(also, want) {
		t.Errorf("also affected %q, want %q", also, want)
	}
	var mentioned []string
	for _, m := range r.Mentions {
		mentioned = append(mentioned, m.Victim.Official)
	}
	if !slices.Equal(mentioned, []string{"Communauté d'agglomération du Grand Annecy"}) {
		t.Errorf("mentions %q, want Grand Annecy only", mentioned)
	}
	for _, field := range []string{"victim", "attack", "start"} {
		if !slices.ContainsFunc(f.Evidence, func(e vigie.Evidence) bool { return e.Field == field && e.Sentence != "" }) {
			t.Errorf("no evidence for %s", field)
		}
	}
}

// TestScrapedCopyJoinsSeed: the scraped copy, which carries the story
// twice, joins the seed's incident.
func TestScrapedCopyJoinsSeed(t *testing.T) {
	t.Parallel()
	seed := mustCorpusArticle(t, 1, "www.alpinetimes.test", "/2021/04/27/bourg-saint-maurice-cyberattack.html")
	cp := mustCorpusArticle(t, 2, "www.newshub-express.test", "/item/20210427-7731.html")
	src := vigie.Source{TimeZone: paris}
	reports := []vigie.Report{Analyze(seed, src), Analyze(cp, src)}
	incs := Cluster(reports, map[int64]*vigie.Article{1: seed, 2: cp}, nil)
	if len(incs) != 1 || len(incs[0].Sources) != 2 || incs[0].ID != "2021-04-bourg-saint-maurice" {
		t.Fatalf("incidents: %d, first %+v", len(incs), incs)
	}
	if incs[0].Sources[0].Role != vigie.RoleFirstReport || incs[0].Sources[1].Role != vigie.RoleFollowUp {
		t.Errorf("roles %s, %s", incs[0].Sources[0].Role, incs[0].Sources[1].Role)
	}
}
