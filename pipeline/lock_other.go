//go:build !unix

package pipeline

// LockFolder takes no lock where flock(2) is missing: bleve's own lock
// still keeps two writers apart, with a less clear message.
func LockFolder(dir, command string) (func() error, error) {
	return func() error { return nil }, nil
}
