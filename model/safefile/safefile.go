// Package safefile writes the files Huiqi makes (databases, backups,
// exports, packets) so that they are private from their first byte and a
// crash never leaves a half-written file under the real name, nor a
// temporary copy that nobody removes.
//
// Every temporary file is named .NAME.tmp-PID-RANDOM beside its destination
// NAME. The process id lets a later run tell the litter of a killed process
// (whose id is no longer running) from a file another Huiqi is writing right
// now, so Sweep removes only the former.
package safefile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Mode is the permission of every file that may hold personal data: the
// owner may read and write it, nobody else may read it.
const Mode os.FileMode = 0o600

const tmpMark = ".tmp-"

// tempPrefix is the start of every temporary name for dest.
func tempPrefix(dest string) string {
	return "." + filepath.Base(dest) + tmpMark
}

// TempName returns an unused temporary name beside dest, carrying this
// process's id.
func TempName(dest string) (string, error) {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("safefile: temporary name: %w", err)
	}
	name := tempPrefix(dest) + strconv.Itoa(os.Getpid()) + "-" + hex.EncodeToString(b[:])
	return filepath.Join(filepath.Dir(dest), name), nil
}

// CreateTemp creates an empty temporary file beside dest with Mode, failing
// rather than reusing a file that exists. The caller closes it.
func CreateTemp(dest string) (*os.File, error) {
	for range 3 {
		name, err := TempName(dest)
		if err != nil {
			return nil, err
		}
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, Mode)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		// The umask may have taken bits away, never added any; Chmod
		// makes the mode exactly Mode on systems that honour it.
		if err := f.Chmod(Mode); err != nil && !errors.Is(err, errors.ErrUnsupported) {
			f.Close()
			os.Remove(name)
			return nil, err
		}
		return f, nil
	}
	return nil, fmt.Errorf("safefile: no free temporary name beside %s", dest)
}

// owner is the process id in a temporary name made by TempName, or 0.
func owner(name, prefix string) int {
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok {
		return 0
	}
	pid, _, ok := strings.Cut(rest, "-")
	if !ok {
		return 0
	}
	n, err := strconv.Atoi(pid)
	if err != nil || n <= 0 {
		return 0
	}
	return n
}

// Sweep removes the temporary files beside dest (and their SQLite -wal,
// -shm and -journal companions) left by processes that are no longer
// running. Files of a running process are left alone: it may be another
// Huiqi writing them at this moment. It returns the names removed.
func Sweep(dest string) []string {
	return SweepDir(filepath.Dir(dest), tempPrefix(dest))
}

// SweepDir is Sweep for every temporary file in dir whose name starts with
// prefix (all of a backups folder's, with prefix ".").
func SweepDir(dir, prefix string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !strings.Contains(name, tmpMark) || e.IsDir() {
			continue
		}
		base := name
		for _, suffix := range []string{"-wal", "-shm", "-journal"} {
			base = strings.TrimSuffix(base, suffix)
		}
		i := strings.Index(base, tmpMark)
		pid := owner(base[i:], tmpMark)
		if pid == 0 || pid == os.Getpid() || alive(pid) {
			continue
		}
		p := filepath.Join(dir, name)
		if os.Remove(p) == nil {
			removed = append(removed, p)
		}
	}
	return removed
}
