package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/vigie-news/vigie"
)

// CopyTo copies every row of this SQLite store into to, a store with no
// articles yet: a data folder moved to PostgreSQL (`vigie copy`). Both
// stand at the same schema version, as Open migrates them. Tables are
// copied parents first (by their foreign keys), in one transaction of to,
// which first empties what its migrations put in them; then to's id
// sequences are moved past the ids copied. progress, if not nil, is told
// each table's rows once copied. The search indexes are not copied: they
// are built from the store (`vigie reindex`, or a replica following it).
func (db *DB) CopyTo(ctx context.Context, to *DB, progress func(table string, rows int)) error {
	if db.postgres {
		return vigie.Errorf(vigie.EINVALID, "copy reads a SQLite store, not a PostgreSQL one")
	}
	var n int
	if err := to.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return fmt.Errorf("store: copy: %w", err)
	} else if n > 0 {
		return vigie.Errorf(vigie.ECONFLICT, "the store to copy into already holds %d articles: copy into a new, empty one", n)
	}
	tables, err := db.tablesInOrder(ctx)
	if err != nil {
		return fmt.Errorf("store: copy: %w", err)
	}
	err = to.inTx(ctx, func(tx *sql.Tx) error {
		for _, t := range slices.Backward(tables) {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
				return fmt.Errorf("empty %s: %w", t, err)
			}
		}
		for _, t := range tables {
			rows, err := db.copyTable(ctx, tx, t)
			if err != nil {
				return fmt.Errorf("table %s: %w", t, err)
			}
			if progress != nil {
				progress(t, rows)
			}
		}
		if to.postgres {
			return restartIdentities(ctx, tx, tables)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: copy: %w", err)
	}
	return nil
}

// tablesInOrder lists the store's tables, each after the tables its
// foreign keys name.
func (db *DB) tablesInOrder(ctx context.Context) ([]string, error) {
	names, err := column(ctx, db.db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	parents := map[string][]string{}
	for _, t := range names {
		if parents[t], err = column(ctx, db.db, `SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)`, t); err != nil {
			return nil, err
		}
	}
	var out []string
	done := map[string]bool{}
	var visit func(t string, depth int) error
	visit = func(t string, depth int) error {
		if done[t] {
			return nil
		}
		if depth > len(names) {
			return fmt.Errorf("foreign keys loop through %s", t)
		}
		for _, p := range parents[t] {
			if p != t {
				if err := visit(p, depth+1); err != nil {
					return err
				}
			}
		}
		done[t] = true
		out = append(out, t)
		return nil
	}
	for _, t := range names {
		if err := visit(t, 0); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// copyBatch bounds the rows of one INSERT (and its parameters, which
// PostgreSQL limits to 65,535).
const copyBatch = 500

// copyTable copies table t's rows into tx, in batches, and returns how
// many it copied. Its columns are the source's; the target must have them.
func (db *DB) copyTable(ctx context.Context, tx *sql.Tx, t string) (int, error) {
	cols, err := column(ctx, db.db, `SELECT name FROM pragma_table_info(?) ORDER BY cid`, t)
	if err != nil {
		return 0, err
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+quoted(cols)+` FROM `+t)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	per := max(1, min(copyBatch, 60000/len(cols)))
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	var args []any
	n := 0
	flush := func() error {
		if len(args) == 0 {
			return nil
		}
		k := len(args) / len(cols)
		q := `INSERT INTO ` + t + ` (` + quoted(cols) + `) VALUES ` + strings.TrimSuffix(strings.Repeat(row+", ", k), ", ")
		_, err := tx.ExecContext(ctx, q, args...)
		args = args[:0]
		return err
	}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return n, err
		}
		args = append(args, vals...)
		if n++; n%per == 0 {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return n, err
	}
	return n, flush()
}

// quoted lists column names for SQL, each quoted ("table" is one).
func quoted(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = `"` + c + `"`
	}
	return strings.Join(q, ", ")
}

// restartIdentities moves each identity column's sequence past the
// largest id copied, so that the next row written gets a new one.
func restartIdentities(ctx context.Context, tx *sql.Tx, tables []string) error {
	for _, t := range tables {
		cols, err := column(ctx, tx, `SELECT column_name FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'`, t)
		if err != nil {
			return err
		}
		for _, c := range cols {
			if _, err := tx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence(?, ?), (SELECT COALESCE(MAX("`+c+`"), 0) + 1 FROM `+t+`), false)`, t, c); err != nil {
				return fmt.Errorf("sequence of %s.%s: %w", t, c, err)
			}
		}
	}
	return nil
}
