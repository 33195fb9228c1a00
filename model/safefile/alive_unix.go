//go:build unix

package safefile

import (
	"errors"
	"syscall"
)

// alive reports whether a process with this id is running. A process of
// another user (EPERM) counts as running: its files are not ours to judge.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
