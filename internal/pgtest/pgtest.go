// Package pgtest gives tests a real PostgreSQL: one throwaway server per
// test binary, started on first use from the machine's PostgreSQL binaries
// (Debian's postgresql package, installed by .ci/run), listening only on a
// Unix socket in a temporary folder, and a fresh schema for each test.
// Where no server can be started the tests that ask for one are skipped,
// with the reason.
//
// VIGIE_TEST_POSTGRES names a server to use instead: the DSN of a database
// in which the tests may create schemas.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvDSN names the environment variable of a server to use instead of
// starting one.
const EnvDSN = "VIGIE_TEST_POSTGRES"

// Server is a PostgreSQL server started for tests.
type Server struct {
	dir  string    // the temporary folder: data/ and the socket
	cmd  *exec.Cmd // the postmaster; nil for a server of EnvDSN
	base string    // DSN of its postgres database
	n    atomic.Int64
}

// shared is the server of this test binary.
var shared struct {
	once sync.Once
	s    *Server
	err  error
}

// DSN starts this binary's server if needed and returns the DSN of a new,
// empty schema for tb, dropped when tb ends. tb is skipped when no server
// can be started.
func DSN(tb testing.TB) string {
	tb.Helper()
	s, err := Shared()
	if err != nil {
		tb.Skipf("PostgreSQL tests skipped: %v", err)
	}
	dsn, name, err := s.NewSchema(context.Background())
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	tb.Cleanup(func() { s.exec(context.Background(), "DROP SCHEMA "+name+" CASCADE") })
	return dsn
}

// Shared returns this binary's server, started at the first call (or the
// one of VIGIE_TEST_POSTGRES), or why there is none.
func Shared() (*Server, error) {
	shared.once.Do(func() {
		if dsn := os.Getenv(EnvDSN); dsn != "" {
			shared.s = &Server{base: dsn}
			return
		}
		shared.s, shared.err = Start()
	})
	return shared.s, shared.err
}

// Main runs the tests, then stops the server if they started one: call it
// from TestMain as os.Exit(pgtest.Main(m)).
func Main(m *testing.M) int {
	code := m.Run()
	if shared.s != nil {
		shared.s.Stop()
	}
	return code
}

// BaseDSN is the DSN of the server's database in which schemas are made:
// what a child process is given in VIGIE_TEST_POSTGRES.
func (s *Server) BaseDSN() string { return s.base }

// NewSchema creates a new schema and returns its name and the DSN whose
// search path is that schema alone.
func (s *Server) NewSchema(ctx context.Context) (dsn, name string, err error) {
	name = fmt.Sprintf("t%d_%d", os.Getpid(), s.n.Add(1))
	if err := s.exec(ctx, "CREATE SCHEMA "+name); err != nil {
		return "", "", err
	}
	return withParam(s.base, "search_path", name), name, nil
}

// exec runs one statement in the base database.
func (s *Server) exec(ctx context.Context, sql string) error {
	conn, err := pgx.Connect(ctx, s.base)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

// withParam adds a query parameter to a URL DSN.
func withParam(dsn, key, value string) string {
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + url.QueryEscape(key) + "=" + url.QueryEscape(value)
}

// Start creates a cluster in a temporary folder and starts its server.
func Start() (*Server, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "vigie-pg-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir}
	cred, err := prepareOwner(dir)
	if err == nil {
		err = s.initdb(bin, cred)
	}
	if err == nil {
		err = s.start(bin, cred)
	}
	if err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

// binDir finds the folder of initdb and postgres: on the PATH, in
// /usr/local/bin, or Debian's /usr/lib/postgresql/N/bin, newest first.
func binDir() (string, error) {
	var dirs []string
	if p, err := exec.LookPath("initdb"); err == nil {
		dirs = append(dirs, filepath.Dir(p))
	}
	dirs = append(dirs, "/usr/local/bin")
	debian, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(debian, func(a, b string) int { return versionOf(b) - versionOf(a) })
	for _, d := range append(dirs, debian...) {
		if isExec(filepath.Join(d, "initdb")) && isExec(filepath.Join(d, "postgres")) {
			return d, nil
		}
	}
	return "", errors.New("no initdb and postgres found (on PATH, in /usr/local/bin or /usr/lib/postgresql/*/bin): install Debian's postgresql")
}

func versionOf(binDir string) int {
	var v int
	fmt.Sscanf(filepath.Base(filepath.Dir(binDir)), "%d", &v)
	return v
}

func isExec(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0
}

// initdb creates the cluster: superuser vigie, trusted on the socket, C
// collation (the order SQLite compares text in), no fsync.
func (s *Server) initdb(bin string, cred *credential) error {
	cmd := exec.Command(filepath.Join(bin, "initdb"), "-D", filepath.Join(s.dir, "data"),
		"-U", "vigie", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")
	cred.apply(cmd)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("initdb: %v: %s", err, lastLines(out))
	}
	return nil
}

// start runs the postmaster on a socket in s.dir only, and waits until it
// accepts connections.
func (s *Server) start(bin string, cred *credential) error {
	logFile, err := os.Create(filepath.Join(s.dir, "server.log"))
	if err != nil {
		return err
	}
	defer logFile.Close()
	cred.chown(logFile.Name())
	s.cmd = exec.Command(filepath.Join(bin, "postgres"), "-D", filepath.Join(s.dir, "data"),
		"-k", s.dir, "-c", "listen_addresses=", "-F", "-c", "max_connections=200",
		"-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "shared_buffers=16MB")
	s.cmd.Stdout, s.cmd.Stderr = logFile, logFile
	cred.apply(s.cmd)
	dieWithParent(s.cmd)
	if err := s.cmd.Start(); err != nil {
		s.cmd = nil
		return fmt.Errorf("start postgres: %w", err)
	}
	s.base = "postgres://vigie@/postgres?host=" + url.QueryEscape(s.dir) + "&sslmode=disable"
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for {
		conn, err := pgx.Connect(ctx, s.base)
		if err == nil {
			return conn.Close(ctx)
		}
		select {
		case <-ctx.Done():
			b, _ := os.ReadFile(filepath.Join(s.dir, "server.log"))
			return fmt.Errorf("postgres did not start: %v: %s", err, lastLines(b))
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Stop stops the server and removes its folder.
func (s *Server) Stop() {
	if s.cmd != nil && s.cmd.Process != nil {
		s.cmd.Process.Signal(os.Interrupt) // fast shutdown
		done := make(chan struct{})
		go func() { s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			s.cmd.Process.Kill()
			<-done
		}
	}
	if s.dir != "" {
		os.RemoveAll(s.dir)
	}
}

// lastLines is the end of a command's output, for an error message.
func lastLines(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.Join(lines[max(0, len(lines)-5):], " / ")
}
