package store

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/money"
)

// exportOf is the scenario JSON of the firm in the database at path.
func exportOf(t *testing.T, path string) string {
	t.Helper()
	s, err := OpenFile(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sc, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	clearIDs(sc)
	return encode(t, sc)
}

func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("left %s behind", e.Name())
		}
	}
}

func TestBackupExportsTheSameFirm(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "客户.db")
	s := open(t, db)
	if err := s.Import(ctx, example(t, "soe-patent-rewards.json"), false); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(dir, "备份 1.db")
	if err := s.Backup(ctx, dest); err != nil {
		t.Fatal(err)
	}
	// A second backup over the first replaces it.
	if err := s.Backup(ctx, dest); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(dest)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %o, want 600", st.Mode().Perm())
	}
	s.Close()
	if got, want := exportOf(t, dest), exportOf(t, db); got != want {
		t.Error("the backup exports a different firm")
	}
	noTempFiles(t, dir)
}

func TestBackupRefusals(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	s := open(t, db)
	if err := s.Import(ctx, example(t, "vc-fund-ledger.json"), false); err != nil {
		t.Fatal(err)
	}
	before := exportOf(t, db)
	for _, dest := range []string{db, filepath.Join(dir, ".", "x.db"), dir} {
		var fe *FileError
		if err := s.Backup(ctx, dest); !errors.As(err, &fe) {
			t.Errorf("Backup(%s) = %v, want a FileError", dest, err)
		}
	}
	if err := s.Backup(ctx, filepath.Join(dir, "no-such-folder", "b.db")); err == nil {
		t.Error("a backup into a missing folder succeeded")
	}
	if exportOf(t, db) != before {
		t.Error("a refused backup changed the database")
	}
	noTempFiles(t, dir)
}

func TestAutoBackupBeforeAppendAndReplace(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	s := open(t, db)
	if err := s.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	if list, _ := ListBackups(db); len(list) != 0 {
		t.Fatalf("importing into an empty database made backups: %v", list)
	}
	before := exportOf(t, db)
	add := &model.Scenario{RDExpenses: []model.RDExpense{{Date: 20210331, Project: "新项目", Category: model.RDPersonnel, Amount: money.Fen(100)}}}
	if err := s.Append(ctx, add); err != nil {
		t.Fatal(err)
	}
	list, err := ListBackups(db)
	if err != nil || len(list) != 1 || !strings.HasSuffix(list[0], "-"+ReasonAppend+".db") {
		t.Fatalf("after append: %v, %v", list, err)
	}
	if filepath.Dir(list[0]) != BackupDir(db) || BackupDir(db) != db+".backups" {
		t.Errorf("backup %s is not in %s", list[0], BackupDir(db))
	}
	if exportOf(t, list[0]) != before {
		t.Error("the backup does not hold the firm as it was before the append")
	}
	afterAppend := exportOf(t, db)
	if err := s.Import(ctx, example(t, "vc-fund-ledger.json"), true); err != nil {
		t.Fatal(err)
	}
	list, _ = ListBackups(db)
	if len(list) != 2 || !strings.HasSuffix(list[0], "-"+ReasonReplace+".db") {
		t.Fatalf("after replace: %v", list)
	}
	if exportOf(t, list[0]) != afterAppend {
		t.Error("the replace backup does not hold the replaced firm")
	}
	if _, reason, ok := BackupTime(list[0]); !ok || reason != ReasonReplace {
		t.Errorf("BackupTime(%s) = %q, %v", list[0], reason, ok)
	}
	// Refused without --replace: nothing to protect, no backup.
	if err := s.Import(ctx, example(t, "vc-fund-ledger.json"), false); !errors.Is(err, ErrFirmExists) {
		t.Fatal(err)
	}
	if list, _ = ListBackups(db); len(list) != 2 {
		t.Errorf("a refused import made a backup: %v", list)
	}
}

// When the backup cannot be made, the change it should protect is not made.
func TestFailedAutoBackupStopsAppend(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	s := open(t, db)
	if err := s.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	before := exportOf(t, db)
	if err := os.WriteFile(BackupDir(db), []byte("not a folder"), 0o600); err != nil {
		t.Fatal(err)
	}
	add := &model.Scenario{RDExpenses: []model.RDExpense{{Date: 20210331, Project: "新项目", Category: model.RDPersonnel, Amount: 1}}}
	err := s.Append(ctx, add)
	if err == nil || !strings.Contains(err.Error(), "automatic backup failed") {
		t.Fatalf("Append without a backup folder: %v", err)
	}
	if exportOf(t, db) != before {
		t.Error("the append went ahead without its backup")
	}
}

func TestBackupsPrunedToNewest10(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	s := open(t, db)
	if err := s.Import(ctx, example(t, "vc-fund-ledger.json"), false); err != nil {
		t.Fatal(err)
	}
	// A file of the user's own in the folder is neither listed nor pruned.
	os.MkdirAll(BackupDir(db), 0o700)
	mine := filepath.Join(BackupDir(db), "我的备份.db")
	os.WriteFile(mine, []byte("x"), 0o600)
	var made []string
	for i := 0; i < 12; i++ {
		if err := s.autoBackup(ctx, ReasonAppend); err != nil {
			t.Fatal(err)
		}
		list, _ := ListBackups(db)
		made = append(made, list[0])
	}
	list, err := ListBackups(db)
	if err != nil || len(list) != KeepBackups {
		t.Fatalf("%d backups kept (%v), want %d", len(list), err, KeepBackups)
	}
	for i, p := range list {
		if want := made[len(made)-1-i]; p != want {
			t.Errorf("backup %d is %s, want %s", i, filepath.Base(p), filepath.Base(want))
		}
	}
	for _, gone := range made[:2] {
		if _, err := os.Stat(gone); !os.IsNotExist(err) {
			t.Errorf("oldest backup %s was kept", filepath.Base(gone))
		}
	}
	if _, err := os.Stat(mine); err != nil {
		t.Error("pruning removed a file that is not an automatic backup")
	}
}

// buildOld makes a database at schema version v holding a firm, as an
// older build would have left it.
func buildOld(t *testing.T, path string, v int) {
	t.Helper()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if err := applyMigrations(ctx, tx, ms, 0, v); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`INSERT INTO firm (id, name, uscc, legal_form, ownership, founded, county, industry)
		VALUES ('f', '旧版企业', '91530421MA6N8K2P12', 'company', 'private', '2019-04-01', '红塔区', 'retail')`); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestBackupBeforeMigration(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.db")
	buildOld(t, old, 1)
	s := open(t, old)
	list, err := ListBackups(old)
	if err != nil || len(list) != 1 || !strings.HasSuffix(list[0], "-before-migration-v1.db") {
		t.Fatalf("backups after migrating: %v, %v", list, err)
	}
	// The backup is the database as it was: schema 1, with its firm.
	db, err := sql.Open("sqlite", "file:"+list[0]+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var version int
	var name string
	db.QueryRow("PRAGMA user_version").Scan(&version)
	db.QueryRow("SELECT name FROM firm").Scan(&name)
	if version != 1 || name != "旧版企业" {
		t.Errorf("backup holds schema %d, firm %q", version, name)
	}
	s.Close()

	// Opening a current database, or creating one, backs nothing up.
	open(t, old).Close()
	fresh := filepath.Join(dir, "new.db")
	open(t, fresh).Close()
	if list, _ := ListBackups(old); len(list) != 1 {
		t.Errorf("reopening made backups: %v", list)
	}
	if list, _ := ListBackups(fresh); len(list) != 0 {
		t.Errorf("a new database was backed up: %v", list)
	}
}

func TestRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "r.db")
	s := open(t, db)
	if err := s.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	saved := filepath.Join(dir, "saved.db")
	if err := s.Backup(ctx, saved); err != nil {
		t.Fatal(err)
	}
	original := exportOf(t, db)
	add := &model.Scenario{RDExpenses: []model.RDExpense{{Date: 20210331, Project: "后来的项目", Category: model.RDOther, Amount: 7}}}
	if err := s.Append(ctx, add); err != nil {
		t.Fatal(err)
	}
	changed := exportOf(t, db)
	s.Close()

	if err := Restore(ctx, saved, db); err != nil {
		t.Fatal(err)
	}
	if exportOf(t, db) != original {
		t.Error("the restored database differs from the backup")
	}
	list, _ := ListBackups(db)
	if len(list) < 2 || !strings.HasSuffix(list[0], "-"+ReasonRestore+".db") {
		t.Fatalf("backups after restore: %v", list)
	}
	if exportOf(t, list[0]) != changed {
		t.Error("the database overwritten by the restore was not backed up")
	}
	if st, _ := os.Stat(db); st.Mode().Perm() != 0o600 {
		t.Errorf("restored database has mode %o", st.Mode().Perm())
	}
	noTempFiles(t, dir)

	// Restoring onto a database that does not exist yet.
	fresh := filepath.Join(dir, "fresh.db")
	if err := Restore(ctx, saved, fresh); err != nil {
		t.Fatal(err)
	}
	if exportOf(t, fresh) != original {
		t.Error("restore into a new file differs")
	}
}

func TestRestoreRefusesBadBackups(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "r.db")
	s := open(t, db)
	if err := s.Import(ctx, example(t, "vc-fund-ledger.json"), false); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before := exportOf(t, db)

	text := filepath.Join(dir, "notes.db")
	os.WriteFile(text, []byte("这不是数据库"), 0o600)
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	other := filepath.Join(dir, "other.db")
	odb, _ := sql.Open("sqlite", other)
	odb.Exec("CREATE TABLE accounts (id INTEGER)")
	odb.Close()
	future := filepath.Join(dir, "future.db")
	fs := open(t, future)
	fs.w.ExecContext(ctx, "PRAGMA user_version = 99")
	fs.Close()

	for _, bad := range []string{text, empty, other, future, db, filepath.Join(dir, "missing.db"), dir} {
		var fe *FileError
		if err := Restore(ctx, bad, db); !errors.As(err, &fe) {
			t.Errorf("Restore(%s) = %v, want a FileError", filepath.Base(bad), err)
		}
	}
	if exportOf(t, db) != before {
		t.Error("a refused restore changed the database")
	}
	if list, _ := ListBackups(db); len(list) != 0 {
		t.Errorf("a refused restore made backups: %v", list)
	}
	noTempFiles(t, dir)
}
