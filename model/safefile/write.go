package safefile

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteAtomic writes what fill writes to a private temporary file beside
// path and renames it over path only when everything was written and
// synced, so a failure (a full disk, a crash) never leaves a half-written
// file under the real name, and the file is never readable by others. A
// symbolic link is followed (the file it names is replaced, not the link).
func WriteAtomic(path string, fill func(w io.Writer) error) error {
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	Sweep(path)
	f, err := CreateTemp(path)
	if err != nil {
		return err
	}
	name := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(name)
		}
	}()
	if err := fill(f); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	if err := os.Rename(name, path); err != nil {
		return err
	}
	ok = true
	SyncDir(filepath.Dir(path))
	return nil
}

// SyncDir makes a rename or link in dir durable where the system allows it.
func SyncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
