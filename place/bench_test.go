package place

import (
	"runtime"
	"strings"
	"testing"
)

// BenchmarkLoad measures what Default costs on first use: the time to
// load the embedded data, and the heap it keeps (heap-MB).
func BenchmarkLoad(b *testing.B) {
	var kept *Gazetteer
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for b.Loop() {
		g, err := Load(dataFS)
		if err != nil {
			b.Fatal(err)
		}
		kept = g
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(kept)
}

// BenchmarkLoadAuthorities measures what the first call for an authority
// adds to Load: reading and indexing the authorities outside France.
func BenchmarkLoadAuthorities(b *testing.B) {
	var kept *Gazetteer
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for b.Loop() {
		b.StopTimer()
		g, err := Load(dataFS)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.StartTimer()
		if err := g.loadAuthorities(); err != nil {
			b.Fatal(err)
		}
		kept = g
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(kept)
}

func BenchmarkAuthorities(b *testing.B) {
	g := mustGazetteer(b)
	names := []string{"Landkreis Leipzig", "Adur District Council", "Mairie de Bourg-Saint-Maurice", "Comune di Roma", "Nowhere"}
	if err := g.loadAuthorities(); err != nil {
		b.Fatal(err)
	}
	for i := 0; b.Loop(); i++ {
		g.Authorities(names[i%len(names)], "")
	}
}

func BenchmarkCommunes(b *testing.B) {
	g := mustGazetteer(b)
	names := []string{"Bourg-Saint-Maurice", "Saint-Denis", "Les Mureaux", "Genf", "Nowhere"}
	for i := 0; b.Loop(); i++ {
		g.Communes(names[i%len(names)])
	}
}

func BenchmarkResolve(b *testing.B) {
	g := mustGazetteer(b)
	ctx := Context{Departments: []string{"94"}, SourceRegion: "Île-de-France"}
	for b.Loop() {
		g.Resolve("Marolles-en-Brie", ctx)
	}
}

// article is about 3 kB of news prose naming a few départements and
// regions among many capitalised words.
var article = strings.Repeat(`Val-de-Marne : la mairie de Marolles-en-Brie révèle avoir subi une attaque par rançongiciel.
La commune de 4 800 habitants, en Île-de-France, a refusé de payer la rançon, a indiqué le maire. Les services
de l'État et l'ANSSI ont été prévenus. Comme à Marseille (Bouches-du-Rhône) en mars 2020, ou au Grand Annecy
(Haute-Savoie), les serveurs ont été chiffrés. En Suisse et en Allemagne, in Sachsen-Anhalt, des collectivités
ont connu le même sort. Le Centre hospitalier Sud Francilien, à Corbeil-Essonnes (91), avait été touché. `, 5)

func BenchmarkFind(b *testing.B) {
	g := mustGazetteer(b)
	b.SetBytes(int64(len(article)))
	for b.Loop() {
		g.Find(article)
	}
}
