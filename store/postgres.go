package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/vigie-news/vigie"
)

// postgresFS holds the PostgreSQL twin of each migration, of the same
// number: migration N brings either engine to the same schema.
//
//go:embed migrations/postgres/*.sql
var postgresFS embed.FS

// writeLock takes the advisory lock every writing transaction holds on
// PostgreSQL: writers take turns as on SQLite, whatever process they run
// in, so that the store's read-then-write transactions (find an article by
// its URLs, then insert or update it) stay correct with many workers. One
// lock per schema: the stores of two schemas do not wait for each other.
const writeLock = `SELECT pg_advisory_xact_lock(1986619241, hashtext(current_schema()))` // "vigi"

// IsPostgres reports whether dsn names a PostgreSQL database rather than
// a SQLite file.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// openPostgres opens the PostgreSQL database of dsn and migrates it.
func openPostgres(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, vigie.Errorf(vigie.EINVALID, "the PostgreSQL address is not valid: %v", err)
	}
	sdb := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	sdb.SetMaxIdleConns(4)
	sdb.SetConnMaxIdleTime(5 * time.Minute)
	db := &DB{db: sdb, writer: make(chan struct{}, 1), now: time.Now, postgres: true}
	if err := db.startPostgres(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", redact(cfg), err)
	}
	return db, nil
}

// redact names a PostgreSQL database without its password.
func redact(cfg *pgx.ConnConfig) string {
	return fmt.Sprintf("postgres %s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
}

// startPostgres connects and applies the migrations the database lacks,
// as recorded in its schema_version table.
func (db *DB) startPostgres(ctx context.Context) error {
	if err := db.db.PingContext(ctx); err != nil {
		return err
	}
	ms, ver, err := db.schema()
	if err != nil {
		return err
	}
	// in a writing transaction: two processes starting at once take turns
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)`); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = migrateWith(ctx, db.db, ms, ver)
	return err
}

// pgVersion reads and records the schema version in table schema_version.
type pgVersion struct{}

func (pgVersion) get(ctx context.Context, q querier) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

func (pgVersion) set(ctx context.Context, q querier, v int) error {
	if _, err := q.ExecContext(ctx, `DELETE FROM schema_version`); err != nil {
		return err
	}
	_, err := q.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (`+strconv.Itoa(v)+`)`)
	return err
}

// pgConnector makes the connections of a PostgreSQL DB: pgx's, running
// the store's queries through toPostgres.
type pgConnector struct{ base driver.Connector }

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.base.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &pgConn{conn.(*stdlib.Conn)}, nil
}

func (c pgConnector) Driver() driver.Driver { return c.base.Driver() }

// pgConn is a pgx connection that translates queries and arguments.
type pgConn struct{ *stdlib.Conn }

func (c *pgConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	q := toPostgres(query)
	if q.names != nil {
		return nil, fmt.Errorf("store: prepared statements with named parameters are not supported on PostgreSQL")
	}
	return c.Conn.PrepareContext(ctx, q.sql)
}

func (c *pgConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	q := toPostgres(query)
	args, err := q.args(args)
	if err != nil {
		return nil, err
	}
	return c.Conn.ExecContext(ctx, q.sql, args)
}

func (c *pgConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	q := toPostgres(query)
	args, err := q.args(args)
	if err != nil {
		return nil, err
	}
	return c.Conn.QueryContext(ctx, q.sql, args)
}

// BeginTx begins a transaction and, unless it is read-only, waits for the
// write lock (writeLockKey), held until it ends.
func (c *pgConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	tx, err := c.Conn.BeginTx(ctx, opts)
	if err != nil || opts.ReadOnly {
		return tx, err
	}
	if _, err := c.Conn.ExecContext(ctx, writeLock, nil); err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("take the write lock: %w", err)
	}
	return tx, nil
}

// args orders args for q's $N and stores booleans as SQLite does, 0 or 1.
func (q *pgQuery) args(args []driver.NamedValue) ([]driver.NamedValue, error) {
	out, copied := args, false
	if q.names != nil {
		byName := make(map[string]any, len(args))
		for _, a := range args {
			byName[a.Name] = a.Value
		}
		out, copied = make([]driver.NamedValue, len(q.names)), true
		for i, name := range q.names {
			v, ok := byName[name]
			if !ok {
				return nil, fmt.Errorf("store: no value for :%s", name)
			}
			out[i] = driver.NamedValue{Ordinal: i + 1, Value: v}
		}
	}
	for i, a := range out {
		if b, ok := a.Value.(bool); ok {
			if !copied {
				out, copied = slices.Clone(args), true
			}
			out[i].Value = boolInt(b)
		}
	}
	return out, nil
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// Exclusive runs fn while holding the lock called name, which one process
// at a time holds on PostgreSQL (a session advisory lock): crawl workers
// on many machines take turns at updating the incidents, which read, then
// recluster, then write. On SQLite one process writes: fn simply runs.
func (db *DB) Exclusive(ctx context.Context, name string, fn func() error) error {
	if !db.postgres {
		return fn()
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: lock %s: %w", name, err)
	}
	defer conn.Close()
	h := fnv.New64a()
	h.Write([]byte(name))
	key := int64(h.Sum64())
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(?)`, key); err != nil {
		return fmt.Errorf("store: lock %s: %w", name, err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(?)`, key)
	return fn()
}
