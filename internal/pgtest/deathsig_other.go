//go:build !linux

package pgtest

import "os/exec"

// dieWithParent does nothing here: a crashed test binary may leave its
// server running.
func dieWithParent(*exec.Cmd) {}
