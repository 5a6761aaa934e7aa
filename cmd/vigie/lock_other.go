//go:build !unix

package main

// lockFolder takes no lock where flock(2) is missing: bleve's own lock
// still keeps two writers apart, with a less clear message.
func lockFolder(dir, command string) (func() error, error) {
	return func() error { return nil }, nil
}
