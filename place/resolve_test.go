package place

import (
	"testing"

	vigie "github.com/vigie-news/vigie"
)

func TestResolve(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	for _, tc := range []struct {
		desc, name string
		ctx        Context
		want       string // INSEE code, GeoNames id, or "" for none
	}{
		{"homonym, département mentioned", "Marolles-en-Brie", Context{Departments: []string{"94"}}, "94048"},
		{"homonym, other département", "Marolles-en-Brie", Context{Departments: []string{"77"}}, "77278"},
		{"homonym, département by name", "Marolles-en-Brie", Context{Departments: []string{"Seine-et-Marne"}}, "77278"},
		{"homonym, source's département", "Marolles-en-Brie", Context{SourceRegion: "Seine-et-Marne"}, "77278"},
		{"homonym, mention beats source", "Marolles-en-Brie", Context{Departments: []string{"94"}, SourceRegion: "Seine-et-Marne"}, "94048"},
		{"homonym, nothing: most populous", "Marolles-en-Brie", Context{}, "94048"},
		{"homonym, near Provins", "Marolles-en-Brie", Context{Near: &vigie.Point{Lat: 48.56, Lon: 3.3}}, "77278"},
		{"homonym, région mentioned", "Saint-Denis", Context{Regions: []string{"Île-de-France"}}, "93066"},
		{"homonym, région by former name", "Sainte-Marie", Context{Regions: []string{"Franche-Comté"}}, "25523"},
		{"homonym, overseas région", "Saint-Denis", Context{Regions: []string{"La Réunion"}}, "97411"},
		{"homonym, source's région", "Saint-Denis", Context{SourceRegion: "Île-de-France"}, "93066"},
		{"unknown source region counts for nothing", "Marolles-en-Brie", Context{SourceRegion: "cyber"}, "94048"},
		{"neighbour, no context", "Mons", Context{}, "2790869"},
		{"neighbour, France mentioned", "Mons", Context{Countries: []string{"FR"}}, "31355"},
		{"neighbour, French source", "Mons", Context{SourceRegion: "France"}, "31355"},
		{"neighbour by alternate name", "Sion", Context{}, "2658576"},
		{"neighbour, Gers mentioned", "Sion", Context{Departments: []string{"32"}}, "32434"},
		{"a préfecture by its short form", "Le Puy", Context{}, "43157"},
		{"a préfecture by its short form, its département mentioned", "Châlons", Context{Departments: []string{"51"}}, "51108"},
		{"common word, no context", "Orange", Context{}, ""},
		{"common word, département mentioned", "Orange", Context{Departments: []string{"84"}}, "84087"},
		{"common word, région mentioned", "Orange", Context{Regions: []string{"Provence-Alpes-Côte d'Azur"}}, "84087"},
		{"common word, local source", "Orange", Context{SourceRegion: "Vaucluse"}, "84087"},
		{"common word, regional source is not enough", "Orange", Context{SourceRegion: "Provence-Alpes-Côte d'Azur"}, ""},
		{"common word, other département", "Orange", Context{Departments: []string{"73"}}, ""},
		{"common word, explicit", "Orange", Context{Explicit: true}, "84087"},
		{"common word, Tours", "Tours", Context{}, ""},
		{"common word, Tours explicit", "Tours", Context{Explicit: true}, "37261"},
		{"common word, Nice with its département", "Nice", Context{Departments: []string{"06"}}, "06088"},
		{"common word, Vire (a delegated name) explicit", "Vire", Context{Explicit: true}, "14762"},
		{"common word, Sées", "Sées", Context{}, ""},
		{"common word, Sées in Orne", "Sées", Context{Departments: []string{"61"}}, "61464"},
		{"Dutch homonym, no context: the larger", "Hengelo", Context{}, "2754394"},
		{"Dutch homonym, Gelderland mentioned", "Hengelo", Context{Regions: []string{"Gelderland"}}, "2754395"},
		{"Dutch homonym, Overijssel source", "Hengelo", Context{SourceRegion: "Overijssel"}, "2754394"},
		{"across countries, Austria mentioned", "Baden", Context{Countries: []string{"Autriche"}}, "2782067"},
		{"across countries, Switzerland mentioned", "Baden", Context{Countries: []string{"CH"}}, "2661646"},
		{"across countries, canton mentioned", "Baden", Context{Regions: []string{"Argovie"}}, "2661646"},
		{"across countries, Morbihan mentioned", "Baden", Context{Departments: []string{"56"}}, "56008"},
		{"Münster, no context", "Münster", Context{}, "2867543"},
		{"Münster in Tirol", "Münster", Context{Regions: []string{"Tirol"}}, "2771028"},
		{"Munster in Haut-Rhin", "Munster", Context{Departments: []string{"68"}}, "68226"},
		{"Limburg, no context: the German town", "Limburg", Context{}, "2877648"},
		{"Limburg, Wallonia mentioned: Limbourg", "Limburg", Context{Regions: []string{"Wallonie"}}, "2792348"},
		{"Vorst, the official Dutch name of Forest (Brussels), before a Flemish village", "Vorst", Context{Countries: []string{"BE"}}, "2798139"},
		{"Brixen, Bressanone's official German name, in Italy", "Brixen", Context{Countries: []string{"IT", "AT"}}, "3181550"},
		{"Vienne, Isère", "Vienne", Context{Departments: []string{"38"}}, "38544"},
		{"Vienne, French source", "Vienne", Context{SourceRegion: "France", Explicit: true}, "38544"},
		{"Vienne, Austria mentioned", "Vienne", Context{Countries: []string{"Autriche"}, Explicit: true}, "2761369"},
		{"Porto, Portugal mentioned", "Porto", Context{Countries: []string{"Portugal"}}, "2735943"},
		{"Porto, Spain mentioned", "Porto", Context{Countries: []string{"Espagne"}}, "3113104"},
		{"Funchal, Madeira mentioned", "Funchal", Context{Regions: []string{"Madeira"}}, "2267827"},
		{"Graz, Austria mentioned", "Graz", Context{Countries: []string{"Österreich"}}, "2778067"},
		{"Enschede, Dutch source", "Enschede", Context{SourceRegion: "Nederland"}, "2756071"},
		{"Cork, Ireland mentioned", "Cork", Context{Countries: []string{"Ireland"}}, "2965140"},
		{"Monaco", "Monaco", Context{Countries: []string{"MC"}}, "2993458"},
		{"Andorra la Vella", "Andorre-la-Vieille", Context{Countries: []string{"Andorre"}}, "3041563"},
		{"Sopot, no context", "Sopot", Context{}, "3085151"},
		{"Sopot, Poland mentioned", "Sopot", Context{Countries: []string{"Pologne"}}, "3085151"},
		{"Sopot, Pomerania mentioned", "Sopot", Context{Regions: []string{"Pomorskie"}}, "3085151"},
		{"Sundsvall, no context", "Sundsvall", Context{}, "2670781"},
		{"Sundsvall, Sweden mentioned", "Sundsvall", Context{Countries: []string{"Suède"}}, "2670781"},
		{"Sundsvall, its län mentioned", "Sundsvall", Context{Regions: []string{"Västernorrland"}}, "2670781"},
		{"a Polish village under 5,000 is left out", "Bardo", Context{Countries: []string{"PL"}, Explicit: true}, ""},
		{"one letter", "Y", Context{}, ""},
		{"one letter, explicit", "Y", Context{Explicit: true}, "80829"},
		{"unknown", "Atlantis", Context{Explicit: true}, ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			t.Parallel()
			c, ok := g.Resolve(tc.name, tc.ctx)
			got := c.INSEE + c.GeonameID
			if ok != (tc.want != "") || got != tc.want {
				t.Errorf("Resolve(%q, %+v) = %s %s (%s), %v; want %q", tc.name, tc.ctx, c.Name, got, c.Department+c.Region, ok, tc.want)
			}
		})
	}
}

func TestResolveKeepsAlias(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	c, ok := g.Resolve("Cran-Gevrier", Context{})
	if !ok || c.INSEE != "74010" || c.Alias != "Cran-Gevrier" {
		t.Errorf("Resolve(Cran-Gevrier) = %+v, %v; want Annecy under its delegated name", c, ok)
	}
}

func TestContextOf(t *testing.T) {
	t.Parallel()
	g := mustGazetteer(t)
	ctx := ContextOf(g.Find("Val-de-Marne : à Marolles-en-Brie (Val-de-Marne), en Île-de-France, comme en Suisse."))
	want := Context{Departments: []string{"94"}, Regions: []string{"Île-de-France"}, Countries: []string{"FR", "CH"}}
	if !equal(ctx.Departments, want.Departments) || !equal(ctx.Regions, want.Regions) || !equal(ctx.Countries, want.Countries) {
		t.Errorf("ContextOf = %+v, want %+v", ctx, want)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDistanceKm(t *testing.T) {
	t.Parallel()
	paris, lyon := vigie.Point{Lat: 48.8534, Lon: 2.3488}, vigie.Point{Lat: 45.7485, Lon: 4.8467}
	if d := distanceKm(paris, lyon); d < 385 || d > 400 {
		t.Errorf("Paris–Lyon = %.0f km, want about 392", d)
	}
	if d := distanceKm(paris, paris); d != 0 {
		t.Errorf("Paris–Paris = %v", d)
	}
}
