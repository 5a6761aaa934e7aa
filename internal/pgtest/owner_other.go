//go:build !unix

package pgtest

import "os/exec"

type credential struct{}

func prepareOwner(string) (*credential, error) { return nil, nil }
func (c *credential) chown(string) error       { return nil }
func (c *credential) apply(*exec.Cmd)          {}
