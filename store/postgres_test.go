package store

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/vigie-news/vigie/internal/pgtest"
)

// The store's tests run on SQLite, then again on PostgreSQL: TestPostgres
// runs this test binary once more with envEngine set, where testPath gives
// every test a PostgreSQL schema of its own instead of its SQLite file.
const envEngine = "VIGIE_TEST_STORE_ENGINE"

var onPostgres = os.Getenv(envEngine) == "postgres"

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// pgPaths gives the same schema to every opening of one SQLite path, as
// tests open a file twice to stand for two processes.
var pgPaths struct {
	sync.Mutex
	m map[string]string
}

// testPath is path on SQLite; on PostgreSQL, the DSN of a new schema for
// Memory, of the schema of path for a file.
func testPath(tb testing.TB, path string) string {
	tb.Helper()
	if !onPostgres || IsPostgres(path) {
		return path
	}
	if path == Memory {
		return pgtest.DSN(tb)
	}
	pgPaths.Lock()
	defer pgPaths.Unlock()
	if pgPaths.m == nil {
		pgPaths.m = map[string]string{}
	}
	if dsn, ok := pgPaths.m[path]; ok {
		return dsn
	}
	dsn := pgtest.DSN(tb)
	pgPaths.m[path] = dsn
	return dsn
}

// sqliteOnly skips a test of SQLite's own workings on PostgreSQL.
func sqliteOnly(tb testing.TB) {
	if onPostgres {
		tb.Skip("SQLite only")
	}
}

// TestPostgres runs the store's tests again on PostgreSQL, in a child
// process of this test binary; skipped where no PostgreSQL can start.
func TestPostgres(t *testing.T) {
	if onPostgres {
		t.Skip("already on PostgreSQL")
	}
	s, err := pgtest.Shared()
	if err != nil {
		t.Skipf("PostgreSQL tests skipped: %v", err)
	}
	args := []string{"-test.count=1", "-test.skip=^TestPostgres$", "-test.timeout=5m"}
	if testing.Verbose() {
		args = append(args, "-test.v")
	}
	if testing.Short() {
		args = append(args, "-test.short")
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), envEngine+"=postgres", pgtest.EnvDSN+"="+s.BaseDSN())
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err = cmd.Run()
	if err != nil || testing.Verbose() {
		t.Logf("the store's tests on PostgreSQL:\n%s", out.String())
	}
	if err != nil {
		t.Errorf("the store's tests failed on PostgreSQL: %v", err)
	}
	if strings.Contains(out.String(), "PostgreSQL tests skipped") {
		t.Error("the child process could not reach the server")
	}
}

// TestPostgresMigrationsAreTwins: every SQLite migration has a
// PostgreSQL twin of the same number, and none more, so that both
// engines stand at one schema version.
func TestPostgresMigrationsAreTwins(t *testing.T) {
	lite, err := loadMigrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	pg, err := loadMigrationsFrom(postgresFS, "migrations/postgres/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	name := func(m migration) string { return m.name[strings.LastIndexByte(m.name, '/')+1:] }
	for i := range max(len(lite), len(pg)) {
		switch {
		case i >= len(pg):
			t.Errorf("migration %s has no PostgreSQL twin in migrations/postgres/", name(lite[i]))
		case i >= len(lite):
			t.Errorf("PostgreSQL migration %s has no SQLite twin", name(pg[i]))
		case name(lite[i]) != name(pg[i]):
			t.Errorf("migration %d is %s on SQLite, %s on PostgreSQL", i+1, name(lite[i]), name(pg[i]))
		}
	}
}

func TestToPostgres(t *testing.T) {
	tests := []struct {
		in, want string
		names    []string
	}{
		{"SELECT a FROM t WHERE b = ? AND c = ?", "SELECT a FROM t WHERE b = $1 AND c = $2", nil},
		{"SELECT a FROM t WHERE b = ?1 OR c = ?1 OR d = ?2", "SELECT a FROM t WHERE b = $1 OR c = $1 OR d = $2", nil},
		{"UPDATE t SET a = :a, b = :b WHERE c = :a", "UPDATE t SET a = $1, b = $2 WHERE c = $1", []string{"a", "b"}},
		{"SELECT '?', ':x', x::text FROM t WHERE y = ?", "SELECT '?', ':x', x::text FROM t WHERE y = $1", nil},
		{"-- the store's\nSELECT ? -- a ?\n", "-- the store's\nSELECT $1 -- a ?\n", nil},
		{"SELECT 'unterminated ?", "SELECT 'unterminated ?", nil},
		{"INSERT OR IGNORE INTO t (a) VALUES (?);", "INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING", nil},
		{"\n\tINSERT OR IGNORE INTO t (a) VALUES (?) RETURNING a", "\n\tINSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING RETURNING a", nil},
		{"WHERE id IN (SELECT CAST(value AS BIGINT) FROM json_each(?))",
			"WHERE id IN (SELECT CAST(value AS BIGINT) FROM json_array_elements_text($1::json) AS value)", nil},
		{"WHERE lang = ? COLLATE NOCASE GROUP BY lang COLLATE NOCASE ORDER BY published_unix DESC, id DESC",
			"WHERE lower(lang) = $1 GROUP BY lower(lang) ORDER BY published_unix DESC NULLS LAST, id DESC", nil},
	}
	for _, tt := range tests {
		q := toPostgres(tt.in)
		if q.sql != tt.want || strings.Join(q.names, ",") != strings.Join(tt.names, ",") {
			t.Errorf("toPostgres(%q) = %q %q, want %q %q", tt.in, q.sql, q.names, tt.want, tt.names)
		}
	}
}
