package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Two windows on one file: a save from a record read before the other
// window's save is refused, whichever record kind; the other's change stays.
func TestStaleSavesRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.db")
	a, b := open(t, path), open(t, path)
	if err := a.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	scA, _ := a.Load(ctx)
	scB, _ := b.Load(ctx)
	if changed, err := a.ExternalChange(ctx); err != nil || changed {
		t.Fatalf("no one else wrote yet: %v %v", changed, err)
	}
	pb := scB.People[0]
	pb.Name = "乙窗口"
	if err := b.SavePerson(ctx, &pb); err != nil {
		t.Fatal(err)
	}
	if changed, _ := a.ExternalChange(ctx); !changed {
		t.Error("a did not notice b's save")
	}
	pa := scA.People[0]
	pa.Name = "甲窗口"
	if err := a.SavePerson(ctx, &pa); !errors.Is(err, ErrStale) {
		t.Errorf("stale person save: %v", err)
	}
	if err := a.DeleteAt(ctx, People, pa.RecordID, pa.Version); !errors.Is(err, ErrStale) {
		t.Errorf("stale delete: %v", err)
	}
	if err := a.SaveFirm(ctx, &scA.Firm, scA.AsOf); err != nil {
		t.Errorf("the firm was not changed, its save must go through: %v", err)
	}
	if err := b.SaveFirm(ctx, &scB.Firm, scB.AsOf); !errors.Is(err, ErrStale) {
		t.Errorf("stale firm save: %v", err)
	}
	rd := scA.RDExpenses[0]
	if err := b.Delete(ctx, RDExpenses, rd.RecordID); err != nil {
		t.Fatal(err)
	}
	rd.Amount++
	if err := a.SaveRDExpense(ctx, &rd); !errors.Is(err, ErrNotFound) {
		t.Errorf("save of a record deleted by another window: %v", err)
	}
	sc, _ := a.Load(ctx)
	if sc.People[0].Name != "乙窗口" || sc.People[0].Version != 2 {
		t.Errorf("stored person %q version %d", sc.People[0].Name, sc.People[0].Version)
	}
}

// OpenReader never creates, migrates or writes: a missing file and an
// older schema are refused as they are; a Huiqi file without a firm opens
// and says so when read.
func TestOpenReaderRefusesWithoutWriting(t *testing.T) {
	dir := t.TempDir()
	if _, err := OpenFileReader(ctx, filepath.Join(dir, "none.db")); err == nil {
		t.Error("a missing file opened")
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
		t.Error("OpenReader created the file")
	}
	old := filepath.Join(dir, "old.db")
	buildOld(t, old, SchemaVersion()-1)
	before, _ := os.ReadFile(old)
	var fe *FileError
	if _, err := OpenFileReader(ctx, old); !errors.As(err, &fe) || fe.Path != old {
		t.Errorf("older schema: %v", err)
	}
	if after, _ := os.ReadFile(old); string(after) != string(before) {
		t.Error("OpenReader changed an old file")
	}
	empty := filepath.Join(dir, "empty.db")
	open(t, empty).Close()
	r, err := OpenFileReader(ctx, empty)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := r.Load(ctx); !errors.Is(err, ErrNoFirm) {
		t.Errorf("a Huiqi file without a firm: %v", err)
	}
}
