//go:build unix

package pgtest

import (
	"errors"
	"os"
	"os/exec"
	"os/user"
	"strconv"
	"syscall"
)

// credential is the unprivileged user the server runs as when the tests
// run as root (initdb and postgres refuse root); nil runs it as the tests'
// own user.
type credential struct{ uid, gid int }

// prepareOwner gives dir to nobody when the tests run as root, and
// returns the credential to run the server with.
func prepareOwner(dir string) (*credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		return nil, errors.New("running as root, and there is no user nobody to run postgres as")
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	c := &credential{uid, gid}
	if err := c.chown(dir); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *credential) chown(path string) error {
	if c == nil {
		return nil
	}
	return os.Chown(path, c.uid, c.gid)
}

// apply makes cmd run as c.
func (c *credential) apply(cmd *exec.Cmd) {
	if c == nil {
		return
	}
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Credential = &syscall.Credential{Uid: uint32(c.uid), Gid: uint32(c.gid)}
	cmd.Env = append(os.Environ(), "HOME="+os.TempDir())
}
