package safefile

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

func TestTempFilesArePrivateAndSwept(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	dest := filepath.Join(dir, "客户.db")
	f, err := CreateTemp(dest)
	if err != nil {
		t.Fatal(err)
	}
	mine := f.Name()
	f.Close()
	if st, _ := os.Stat(mine); st.Mode().Perm() != Mode {
		t.Errorf("temporary file mode %o", st.Mode().Perm())
	}
	// A process that has ended: its litter (and SQLite's companions of it)
	// goes; ours, a running process's and other files stay.
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	dead := filepath.Join(dir, tempPrefix(dest)+strconv.Itoa(cmd.Process.Pid)+"-abcdef")
	live := filepath.Join(dir, tempPrefix(dest)+"1-abcdef") // pid 1 always runs
	other := filepath.Join(dir, "notes.txt")
	for _, p := range []string{dead, dead + "-wal", dead + "-journal", live, other} {
		os.WriteFile(p, nil, 0o600)
	}
	removed := Sweep(dest)
	if len(removed) != 3 {
		t.Errorf("removed %v", removed)
	}
	for _, p := range []string{mine, live, other} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed", p)
		}
	}
}

func TestWriteAtomicLeavesNothingOnFailure(t *testing.T) {
	dir := t.TempDir()
	dest := filepath.Join(dir, "out.json")
	os.WriteFile(dest, []byte("old"), 0o644)
	err := WriteAtomic(dest, func(w io.Writer) error {
		w.Write([]byte("half"))
		return io.ErrShortWrite
	})
	if err == nil {
		t.Fatal("a failed fill was reported as written")
	}
	if data, _ := os.ReadFile(dest); string(data) != "old" {
		t.Errorf("the old file became %q", data)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left %v", entries)
	}
	if err := WriteAtomic(dest, func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(dest); st.Mode().Perm() != Mode {
		t.Errorf("replaced file mode %o", st.Mode().Perm())
	}
}
