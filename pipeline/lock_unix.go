//go:build unix

package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/vigie-news/vigie"
)

// LockFolder takes the data folder's lock, held by the one command that
// writes the store and the indexes (serve, crawl, reindex, reprocess,
// demo), and returns the function that releases it. Another writer is
// refused at once with a clear message; the commands that only read the
// store (export, check) take no lock. The lock is an flock(2) on
// vigie.lock, released by the kernel when the process dies, kill -9
// included.
func LockFolder(dir, command string) (func() error, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	path := filepath.Join(dir, "vigie.lock")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("data folder lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(path)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, vigie.Errorf(vigie.ECONFLICT, "the data folder %s is in use by another vigie (%s); stop it first, or use the commands that only read (export, check)",
				dir, strings.TrimSpace(string(holder)))
		}
		return nil, fmt.Errorf("data folder lock: %w", err)
	}
	f.Truncate(0)
	f.WriteAt([]byte("vigie "+command+", pid "+strconv.Itoa(os.Getpid())+"\n"), 0)
	return func() error {
		f.Truncate(0)
		return f.Close() // closing releases the lock
	}, nil
}
