package incident

import (
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

// FuzzAnalyze: no title or text makes the analysis panic.
func FuzzAnalyze(f *testing.F) {
	f.Add("Savoie: Bourg-Saint-Maurice town hall target of cyberattack", "The tourist office (Office de tourisme de Bourg-Saint-Maurice) and the town of Séez were hit too.")
	f.Add("Aux Mureaux (Yvelines), la mairie", "Caen (Calvados) a été visée le lundi 26 septembre. « Rançon ? »")
	f.Add("Landkreis ( Anhalt", "(((( mairie de (( town hall of ) Stadt")
	f.Fuzz(func(t *testing.T, title, text string) {
		a := &vigie.Article{ID: 1, Title: title, Text: text, Lang: "fr", Published: vigie.At(time.Date(2022, 9, 30, 12, 0, 0, 0, paris))}
		r := Analyze(a, vigie.Source{TimeZone: paris})
		Cluster([]vigie.Report{r}, map[int64]*vigie.Article{1: a}, nil)
	})
}
