package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"huiqi/model/msg"
)

// writeFileAtomic writes data to path through a temporary file in the same
// folder and a rename, so a failure (disk full, bad encoding, a crash) never
// leaves a half-written output where the user expects a good one. A path
// that is not a regular file (/dev/stdout, a pipe) is written directly: a
// rename would replace it.
func writeFileAtomic(path string, data []byte, perm os.FileMode) error {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
		if err != nil {
			return fmt.Errorf("open %s: %w", path, err)
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			return fmt.Errorf("write %s: %w", path, err)
		}
		return f.Close()
	}
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target // replace the file a link points to, not the link
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("create temporary file beside %s: %w", path, err)
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(perm); err != nil {
		return fmt.Errorf("chmod %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	if err := os.Rename(name, path); err != nil {
		return fmt.Errorf("rename into %s: %w", path, err)
	}
	ok = true
	return nil
}

// notTheDatabase refuses an output path that is the database itself (or
// its WAL companions): writing a PDF or JSON there would destroy the firm.
func notTheDatabase(out, db string) error {
	if out == "" || db == "" {
		return nil
	}
	o, err := os.Stat(out)
	if err != nil {
		return nil // a new file cannot be the database
	}
	for _, p := range []string{db, db + "-wal", db + "-shm"} {
		if d, err := os.Stat(p); err == nil && os.SameFile(o, d) {
			return badFile(out, msg.Errorf("输出文件不能是数据库文件本身", "the output file cannot be the database file itself"))
		}
	}
	return nil
}

// removeDatabase deletes a database this command created and then failed
// to fill, with SQLite's WAL companions, so that "nothing written" holds for
// new files too.
func removeDatabase(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		os.Remove(p)
	}
}
