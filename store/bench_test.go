package store

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/vigie-news/vigie"
)

func BenchmarkSaveArticle(b *testing.B) {
	text := strings.Repeat("Une cyberattaque a paralysé les services de la mairie. ", 80)
	raw := vigie.RawPage{ContentType: "text/html", Body: []byte("<html><body><p>" + text + "</p></body></html>")}
	b.Run("new", func(b *testing.B) {
		db := mustOpenFile(b)
		i := 0
		for b.Loop() {
			i++
			mustSave(b, db, newArticle(fmt.Sprintf("https://example.com/%d", i), text), raw, fmt.Sprintf("https://example.com/?p=%d", i))
		}
	})
	b.Run("unchanged", func(b *testing.B) {
		db := mustOpenFile(b)
		mustSave(b, db, newArticle("https://example.com/a", text), raw)
		for b.Loop() {
			mustSave(b, db, newArticle("https://example.com/a", text), raw)
		}
	})
	b.Run("parallel", func(b *testing.B) {
		db := mustOpenFile(b)
		ctx := context.Background()
		var n atomic.Int64
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				a := newArticle(fmt.Sprintf("https://example.com/%d", n.Add(1)), text)
				if _, err := db.SaveArticle(ctx, a, raw); err != nil {
					b.Error(err)
				}
			}
		})
	})
}
