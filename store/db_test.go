package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vigie-news/vigie"
)

func TestOpenReopen(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := testPath(t, filepath.Join(t.TempDir(), "vigie.db"))
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, db, newArticle("https://example.com/a", "text"), vigie.RawPage{})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db = mustOpen(t, path)
	if n := mustCount(t, db); n != 1 {
		t.Errorf("after reopen: %d articles, want 1", n)
	}
	ms, ver, err := db.schema()
	if err != nil {
		t.Fatal(err)
	}
	if v, err := ver.get(ctx, db.db); err != nil || v != len(ms) {
		t.Errorf("schema version = %d, %v; want %d", v, err, len(ms))
	}
	if n, err := migrateWith(ctx, db.db, ms, ver); err != nil || n != 0 {
		t.Errorf("migrate on a migrated database applied %d, %v; want 0", n, err)
	}
}

func TestOpenPragmas(t *testing.T) {
	t.Parallel()
	sqliteOnly(t)
	db := mustOpenFile(t)
	ctx := context.Background()
	var mode string
	if err := db.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	// Hold connections at once so that the pool opens several.
	for i := range 3 {
		conn, err := db.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		var fk, timeout int
		if err := conn.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
			t.Errorf("connection %d: foreign_keys = %d, %v; want 1", i, fk, err)
		}
		if err := conn.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&timeout); err != nil || timeout != 5000 {
			t.Errorf("connection %d: busy_timeout = %d, %v; want 5000", i, timeout, err)
		}
	}
}

func TestOpenNewerSchema(t *testing.T) {
	t.Parallel()
	sqliteOnly(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vigie.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.ExecContext(ctx, "PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	db, err := Open(ctx, path)
	if err == nil {
		db.Close()
		t.Fatal("Open of a database newer than the code succeeded")
	}
	assertCode(t, err, vigie.ECONFLICT)
	if !strings.Contains(err.Error(), "schema version 99, newer") {
		t.Errorf("error %q does not say the schema is newer", err)
	}
}

func TestOpenInvalidPath(t *testing.T) {
	t.Parallel()
	for _, path := range []string{"", "vigie.db?mode=ro"} {
		_, err := Open(context.Background(), path)
		assertCode(t, err, vigie.EINVALID)
	}
}

func TestMemoryDatabasesAreSeparate(t *testing.T) {
	t.Parallel()
	a, b := mustOpen(t, Memory), mustOpen(t, Memory)
	mustSave(t, a, newArticle("https://example.com/a", "text"), vigie.RawPage{})
	if n := mustCount(t, a); n != 1 {
		t.Errorf("first database: %d articles, want 1", n)
	}
	if n := mustCount(t, b); n != 0 {
		t.Errorf("second database: %d articles, want 0", n)
	}
}

func TestLoadMigrations(t *testing.T) {
	t.Parallel()
	file := &fstest.MapFile{Data: []byte("CREATE TABLE t (x);")}
	tests := []struct {
		name    string
		files   []string
		want    []int
		wantErr bool
	}{
		{"ordered by number", []string{"10_j.sql", "2_b.sql", "1_a.sql", "3_c.sql", "4_d.sql", "5_e.sql", "6_f.sql", "7_g.sql", "8_h.sql", "9_i.sql"}, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, false},
		{"padded", []string{"0002_b.sql", "0001_a.sql"}, []int{1, 2}, false},
		{"none", nil, nil, false},
		{"gap", []string{"0001_a.sql", "0003_c.sql"}, nil, true},
		{"repeated", []string{"0001_a.sql", "0001_b.sql"}, nil, true},
		{"no number", []string{"init.sql"}, nil, true},
		{"zero", []string{"0000_a.sql"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fsys := fstest.MapFS{"migrations/README": file}
			for _, f := range tt.files {
				fsys["migrations/"+f] = file
			}
			ms, err := loadMigrations(fsys)
			if (err != nil) != tt.wantErr {
				t.Fatalf("loadMigrations: %v, want error %v", err, tt.wantErr)
			}
			var got []int
			for _, m := range ms {
				got = append(got, m.version)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("versions = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMigrate(t *testing.T) {
	t.Parallel()
	sqliteOnly(t)
	ctx := context.Background()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ms := []migration{
		{1, "1_a.sql", "CREATE TABLE a (x); CREATE TABLE b (y);"},
		{2, "2_b.sql", "INSERT INTO a VALUES (1);"},
		{3, "3_bad.sql", "INSERT INTO a VALUES (2); INSERT INTO nowhere VALUES (3);"},
	}
	steps := []struct {
		ms      []migration
		applied int
		version int
		wantErr bool
	}{
		{ms[:2], 2, 2, false},
		{ms[:2], 0, 2, false},
		{ms, 0, 2, true},     // rolled back whole
		{ms[:1], 0, 2, true}, // newer than the code
	}
	for i, s := range steps {
		n, err := migrate(ctx, db, s.ms)
		if (err != nil) != s.wantErr || n != s.applied {
			t.Errorf("step %d: migrate applied %d, %v; want %d, error %v", i, n, err, s.applied, s.wantErr)
		}
		if v, err := userVersion(ctx, db); err != nil || v != s.version {
			t.Errorf("step %d: user_version = %d, %v; want %d", i, v, err, s.version)
		}
	}
	var rows int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM a").Scan(&rows); err != nil || rows != 1 {
		t.Errorf("table a has %d rows, %v; want 1 (the failed migration rolled back)", rows, err)
	}
}
