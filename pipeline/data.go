package pipeline

import (
	"context"
	"log/slog"
	"path/filepath"

	"github.com/vigie-news/vigie/store"
)

// Data is where Vigie's data lives: Dir, the folder of the search indexes
// and of the writer's lock, and the store, vigie.db in Dir unless Store
// names a PostgreSQL database (postgres://…), shared by every worker and
// replica while each keeps its indexes in a Dir of its own.
type Data struct {
	Dir   string
	Store string // a PostgreSQL URL; "" for Dir's SQLite file
}

// At is the data of a folder alone: SQLite store and indexes in dir.
func At(dir string) Data { return Data{Dir: dir} }

// StorePath is what store.Open opens.
func (d Data) StorePath() string {
	if d.Store != "" {
		return d.Store
	}
	return filepath.Join(d.Dir, "vigie.db")
}

// Postgres reports whether the store is a PostgreSQL database.
func (d Data) Postgres() bool { return store.IsPostgres(d.Store) }

// OpenAt is Open for data whose store may be elsewhere.
func OpenAt(ctx context.Context, d Data) (*App, error) {
	a, err := OpenAsIsAt(ctx, d)
	if err != nil {
		return nil, err
	}
	if _, _, err := a.Reconcile(ctx); err != nil {
		a.Close()
		return nil, err
	}
	return a, nil
}

// OpenStoreAt is OpenStore for data whose store may be elsewhere.
func OpenStoreAt(ctx context.Context, d Data) (*App, error) {
	db, err := store.Open(ctx, d.StorePath())
	if err != nil {
		return nil, err
	}
	return &App{Dir: d.Dir, Store: d.Store, DB: db}, nil
}

// OpenWriterAt is OpenWriter for data whose store may be elsewhere. On
// PostgreSQL the lock is Dir's only: other workers and replicas write the
// same store from their own folders.
func OpenWriterAt(ctx context.Context, d Data, log *slog.Logger) (*App, error) {
	return openWriter(ctx, d, log)
}
