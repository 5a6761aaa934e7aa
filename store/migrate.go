package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/vigie-news/vigie"
)

// migrationFS holds the schema migrations, named NNNN_what.sql and applied
// in the order of NNNN, which must count up from 1 without gaps.
//
//go:embed migrations/*.sql
var migrationFS embed.FS

// A migration is one numbered SQL script.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads fsys's migrations/*.sql, ordered by version.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	return loadMigrationsFrom(fsys, "migrations/*.sql")
}

// loadMigrationsFrom reads the migrations of fsys that match pattern,
// ordered by version.
func loadMigrationsFrom(fsys fs.FS, pattern string) ([]migration, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	var ms []migration
	for _, name := range names {
		num, _, _ := strings.Cut(path.Base(name), "_")
		v, err := strconv.Atoi(num)
		if err != nil || v < 1 {
			return nil, fmt.Errorf("store: migration %s: name does not start with a positive number", name)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("store: migration %s: %w", name, err)
		}
		ms = append(ms, migration{version: v, name: name, sql: string(b)})
	}
	slices.SortFunc(ms, func(a, b migration) int { return a.version - b.version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: migration %s: want version %d", m.name, i+1)
		}
	}
	return ms, nil
}

// A versioner reads and records the schema version of a database: PRAGMA
// user_version on SQLite, table schema_version on PostgreSQL.
type versioner interface {
	get(ctx context.Context, q querier) (int, error)
	set(ctx context.Context, q querier, v int) error
}

// sqliteVersion is SQLite's versioner.
type sqliteVersion struct{}

func (sqliteVersion) get(ctx context.Context, q querier) (int, error) { return userVersion(ctx, q) }

func (sqliteVersion) set(ctx context.Context, q querier, v int) error {
	// PRAGMA takes no parameters; v is an int.
	_, err := q.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(v))
	return err
}

// migrate applies the migrations db has not had yet, as recorded by PRAGMA
// user_version, and returns how many it applied. It refuses a database
// whose version is newer than the last migration.
func migrate(ctx context.Context, db *sql.DB, ms []migration) (int, error) {
	return migrateWith(ctx, db, ms, sqliteVersion{})
}

// migrateWith is migrate with the schema version kept by ver.
func migrateWith(ctx context.Context, db *sql.DB, ms []migration, ver versioner) (int, error) {
	current, err := ver.get(ctx, db)
	if err != nil {
		return 0, err
	}
	if current > len(ms) {
		return 0, vigie.Errorf(vigie.ECONFLICT,
			"the database has schema version %d, newer than this program's %d: upgrade Vigie", current, len(ms))
	}
	applied := 0
	for _, m := range ms[current:] {
		done, err := applyMigration(ctx, db, m, ver)
		if err != nil {
			return applied, err
		}
		if done {
			applied++
		}
	}
	return applied, nil
}

// applyMigration applies m in a transaction of its own, unless another
// process applied it since migrate looked.
func applyMigration(ctx context.Context, db *sql.DB, m migration, ver versioner) (bool, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	v, err := ver.get(ctx, tx)
	if err != nil || v >= m.version {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return false, fmt.Errorf("migration %s: %w", m.name, err)
	}
	if err := ver.set(ctx, tx, m.version); err != nil {
		return false, fmt.Errorf("migration %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migration %s: %w", m.name, err)
	}
	return true, nil
}

// userVersion returns the schema version recorded in the database.
func userVersion(ctx context.Context, q querier) (int, error) {
	var v int
	if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}
