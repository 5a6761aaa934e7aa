package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/vigie-news/vigie"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Memory is the path that makes Open create a private in-memory database,
// gone when it is closed.
const Memory = ":memory:"

// pragmas are set by the driver on every pooled connection. busy_timeout
// makes a writer wait for another instead of failing with SQLITE_BUSY, and
// _txlock=immediate takes the write lock at BEGIN: a deferred transaction
// that reads then writes could not wait, as its snapshot would be stale.
const pragmas = "_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)&_txlock=immediate"

// memoryDBs numbers in-memory databases so that each Open gets its own.
var memoryDBs atomic.Int64

// DB is Vigie's database: SQLite, or PostgreSQL. It is safe for
// concurrent use.
type DB struct {
	db       *sql.DB
	postgres bool             // the database is PostgreSQL (see postgres.go)
	keep     *sql.Conn        // holds an in-memory database open between queries
	writer   chan struct{}    // held by the one goroutine writing
	now      func() time.Time // the clock, replaced in tests
	writes   atomic.Uint64    // writes done, for caches of what was read (listFacets)
	counts   listCache        // totals and facets of recent listings, until the next write
}

// Open opens the SQLite database at path, creating it if needed, and
// migrates its schema. Path Memory opens a new in-memory database. A path
// that starts with postgres:// or postgresql:// opens that PostgreSQL
// database instead (see IsPostgres).
func Open(ctx context.Context, path string) (*DB, error) {
	if IsPostgres(path) {
		return openPostgres(ctx, path)
	}
	dsn, err := dataSource(path)
	if err != nil {
		return nil, err
	}
	sdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db := &DB{db: sdb, writer: make(chan struct{}, 1), now: time.Now}
	if err := db.start(ctx, path); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// dataSource returns the driver's DSN for path. Files are in WAL mode so
// that readers never wait for the writer. In-memory databases use SQLite's
// memdb VFS under a unique name, as ":memory:" would give each pooled
// connection a database of its own.
func dataSource(path string) (string, error) {
	switch {
	case path == "":
		return "", vigie.Errorf(vigie.EINVALID, "the database path is empty")
	case strings.ContainsAny(path, "?#"):
		return "", vigie.Errorf(vigie.EINVALID, "the database path %q contains '?' or '#'", path)
	case path == Memory:
		n := memoryDBs.Add(1)
		return fmt.Sprintf("file:/vigie-memory-%d?vfs=memdb&%s", n, pragmas), nil
	}
	return path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&" + pragmas, nil
}

// start connects to the database and migrates it.
func (db *DB) start(ctx context.Context, path string) error {
	var err error
	if path == Memory {
		// memdb frees a database when its last connection closes, and the
		// pool may close idle ones: keep one open for the life of db.
		db.keep, err = db.db.Conn(ctx)
	} else {
		err = db.db.PingContext(ctx)
	}
	if err != nil {
		return fmt.Errorf("store: open %s: %w", path, err)
	}
	ms, ver, err := db.schema()
	if err != nil {
		return err
	}
	if _, err := migrateWith(ctx, db.db, ms, ver); err != nil {
		return fmt.Errorf("store: open %s: %w", path, err)
	}
	return nil
}

// schema returns the migrations of db's engine, and how its schema version
// is recorded.
func (db *DB) schema() ([]migration, versioner, error) {
	if db.postgres {
		ms, err := loadMigrationsFrom(postgresFS, "migrations/postgres/*.sql")
		return ms, pgVersion{}, err
	}
	ms, err := loadMigrations(migrationFS)
	return ms, sqliteVersion{}, err
}

// Postgres reports whether db is a PostgreSQL database.
func (db *DB) Postgres() bool { return db.postgres }

// Close closes the database. An in-memory database is lost.
func (db *DB) Close() error {
	var errs []error
	if db.keep != nil {
		errs = append(errs, db.keep.Close())
	}
	errs = append(errs, db.db.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// lock waits for the other goroutines of this process to finish writing,
// and returns the function that lets them write again. SQLite allows one
// writer at a time; waiting here in turn rather than polling in SQLite's
// busy handler is fairer and keeps busy_timeout for other processes.
func (db *DB) lock(ctx context.Context) (unlock func(), err error) {
	select {
	case db.writer <- struct{}{}:
		return func() { db.writes.Add(1); <-db.writer }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// exec runs one writing statement.
func (db *DB) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	unlock, err := db.lock(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	return db.db.ExecContext(ctx, query, args...)
}

// inTx runs fn in a transaction, committed if fn returns nil.
func (db *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	unlock, err := db.lock(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}
