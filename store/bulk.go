package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vigie-news/vigie"
)

// ImportArticles stores new articles in one transaction, setting their ID
// and UpdatedAt, and queues them for indexing. It is for loading a corpus
// at once (vigie-bench gen): an article whose URL is already stored is an
// error, and no raw page is kept.
func (db *DB) ImportArticles(ctx context.Context, as []*vigie.Article) error {
	now := db.now().UTC()
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		for _, a := range as {
			s, err := insertArticle(ctx, tx, a, now)
			if err != nil {
				return fmt.Errorf("%s: %w", a.URL, err)
			}
			if err := addURLs(ctx, tx, s.id, articleURLs(a, nil)); err != nil {
				return err
			}
			a.ID, a.UpdatedAt = s.id, now
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: import %d articles: %w", len(as), err)
	}
	return nil
}
