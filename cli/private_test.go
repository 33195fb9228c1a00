package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Every file a command writes (database, its WAL, backups, exports,
// sheets, packets, templates) is readable by its owner only, even under
// the usual umask 022 that makes new files world-readable (issue 11).
func TestOutputsArePrivate(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	db := filepath.Join(dir, "客户.db")
	mustRun(t, "import", "--db", db, examples+"tech-startup-2021.json")
	mustRun(t, "import", "--db", db, "--replace", examples+"tech-startup-2021.json") // makes a backup
	mustRun(t, "export", "--db", db, "-o", filepath.Join(dir, "客户.json"))
	mustRun(t, "export", "--db", db, "--table", "people", "-o", filepath.Join(dir, "人员.csv"))
	mustRun(t, "export", "--db", db, "--table", "people", "-o", filepath.Join(dir, "人员.xlsx"))
	mustRun(t, "packet", "--db", db, "-o", filepath.Join(dir, "申报.pdf"))
	mustRun(t, "backup", "--db", db, "-o", filepath.Join(dir, "备份.db"))
	mustRun(t, "template", "--table", "people", "-o", filepath.Join(dir, "模板.xlsx"))
	mustRun(t, "demo", "--db", filepath.Join(dir, "演示.db"))
	// Overwriting a file that was readable by others makes it private.
	shared := filepath.Join(dir, "旧.json")
	os.WriteFile(shared, []byte("{}"), 0o644)
	mustRun(t, "export", "--db", db, "-o", shared)

	files := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		info, _ := d.Info()
		if d.IsDir() {
			if p != dir && info.Mode().Perm()&0o077 != 0 {
				t.Errorf("%s: folder mode %o", p, info.Mode().Perm())
			}
			return nil
		}
		files++
		if info.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s: mode %o, readable by others", p, info.Mode().Perm())
		}
		return nil
	})
	if files < 10 {
		t.Errorf("only %d files checked", files)
	}
}
