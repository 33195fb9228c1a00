package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A damaged file is refused with a message that names it and lists the
// backups to restore from, in both languages; never SQLite's raw English.
func TestDamagedDatabaseNamesBackups(t *testing.T) {
	path := filepath.Join(t.TempDir(), "坏.db")
	s := open(t, path)
	if err := s.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	if err := s.Import(ctx, example(t, "tech-startup-2021.json"), true); err != nil { // makes a backup
		t.Fatal(err)
	}
	s.Close()
	backups, _ := ListBackups(path)
	if len(backups) == 0 {
		t.Fatal("no backup")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := pageSize; i < len(data); i++ { // every page but the header's
		data[i] = 0xA5
	}
	os.WriteFile(path, data, 0o600)
	r, err := OpenFileReader(ctx, path)
	if err == nil {
		_, err = r.Load(ctx)
		r.Close()
	}
	err = explain(path, err)
	var fe *FileError
	if !errors.As(err, &fe) || fe.Path != path {
		t.Fatalf("damaged file: %v", err)
	}
	for _, want := range []string{"已损坏", "damaged", BackupDir(path), filepath.Base(backups[0])} {
		if !strings.Contains(fe.Err.Zh+fe.Err.En, want) {
			t.Errorf("message lacks %q: %v", want, fe.Err)
		}
	}
}
