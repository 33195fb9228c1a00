package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/money"
	"huiqi/model/scenario"
)

var ctx = context.Background()

func open(t *testing.T, path string) *File {
	t.Helper()
	s, err := OpenFile(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func example(t *testing.T, name string) *model.Scenario {
	t.Helper()
	data, err := os.ReadFile("../../testdata/examples/" + name)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := scenario.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// clearIDs drops the store's record ids, which a scenario file does not
// carry, so a loaded scenario can be compared with a decoded one.
func clearIDs(sc *model.Scenario) {
	sc.Firm.RecordID = ""
	for i := range sc.Firm.Certifications {
		sc.Firm.Certifications[i].RecordID = ""
	}
	for i := range sc.Firm.Received {
		sc.Firm.Received[i].RecordID = ""
	}
	for i := range sc.Financials {
		sc.Financials[i].RecordID = ""
	}
	for i := range sc.Taxes {
		sc.Taxes[i].RecordID = ""
	}
	for i := range sc.People {
		sc.People[i].RecordID = ""
	}
	for i := range sc.Patents {
		sc.Patents[i].RecordID = ""
	}
	for i := range sc.RDExpenses {
		sc.RDExpenses[i].RecordID = ""
	}
	for i := range sc.Investments {
		sc.Investments[i].RecordID = ""
	}
	for i := range sc.Loans {
		sc.Loans[i].RecordID = ""
	}
	for i := range sc.Fees {
		sc.Fees[i].RecordID = ""
	}
}

func encode(t *testing.T, sc *model.Scenario) string {
	t.Helper()
	data, err := scenario.Encode(sc)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// Every shared example and the demo go into a database and come out as the
// same JSON, without losing a fen or a date.
func TestRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/examples/*.json")
	var cases []*model.Scenario
	for _, f := range files {
		if !strings.HasSuffix(f, ".expected.json") {
			cases = append(cases, example(t, filepath.Base(f)))
		}
	}
	cases = append(cases, demo.Scenario(civil.Date(20260315)))
	for i, sc := range cases {
		s := open(t, filepath.Join(t.TempDir(), "rt.db"))
		if err := s.Import(ctx, sc, false); err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		got, err := s.Load(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got.People[0].RecordID == "" || got.Firm.RecordID == "" {
			t.Error("loaded records carry no record ids")
		}
		clearIDs(got)
		if want, have := encode(t, sc), encode(t, got); want != have {
			t.Errorf("case %d (%s) changed in the database", i, sc.Firm.Name)
		}
	}
}

func TestRecordIDsAreUUIDv7(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "ids.db"))
	if err := s.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	sc, _ := s.Load(ctx)
	seen := map[string]bool{}
	for _, p := range sc.People {
		id := p.RecordID
		if len(id) != 36 || id[14] != '7' || seen[id] {
			t.Errorf("record id %q is not a fresh UUIDv7", id)
		}
		seen[id] = true
	}
	if sc.People[0].ID != "e1" {
		t.Errorf("scenario id = %q, want e1 kept verbatim", sc.People[0].ID)
	}
}

func TestImportRefusesSecondFirm(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "one.db"))
	if err := s.Import(ctx, example(t, "tech-startup-2021.json"), false); err != nil {
		t.Fatal(err)
	}
	err := s.Import(ctx, example(t, "vc-fund-ledger.json"), false)
	if !errors.Is(err, ErrFirmExists) {
		t.Fatalf("second import: %v, want ErrFirmExists", err)
	}
	sc, _ := s.Load(ctx)
	if sc.Firm.Name != "玉溪数智软件有限公司" {
		t.Errorf("firm is now %q", sc.Firm.Name)
	}
	if err := s.Import(ctx, example(t, "vc-fund-ledger.json"), true); err != nil {
		t.Fatal(err)
	}
	sc, _ = s.Load(ctx)
	if sc.Firm.Name != "玉溪红塔创新投资有限公司" || len(sc.People) != 1 || len(sc.Investments) != 3 {
		t.Errorf("after replace: %s with %d people, %d investments", sc.Firm.Name, len(sc.People), len(sc.Investments))
	}
}

// A replace that fails half-way (here: the database's own CHECK refuses a
// row that validation would have caught) leaves the old firm untouched.
func TestFailedReplaceLeavesFirmIntact(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "atomic.db"))
	old := example(t, "tech-startup-2021.json")
	if err := s.Import(ctx, old, false); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Load(ctx)
	bad := example(t, "hiring-graduates-20pct.json")
	bad.RDExpenses[len(bad.RDExpenses)-1].Amount = money.Fen(-1)
	if err := s.Import(ctx, bad, true); err == nil {
		t.Fatal("a negative amount was stored")
	}
	after, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Error("the failed replace changed the database")
	}
}

func TestLoadEmptyDatabase(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "empty.db"))
	if _, err := s.Load(ctx); !errors.Is(err, ErrNoFirm) {
		t.Errorf("Load of an empty database: %v, want ErrNoFirm", err)
	}
	if has, err := s.HasFirm(ctx); err != nil || has {
		t.Errorf("HasFirm = %v, %v", has, err)
	}
}

func TestNewFileIsPrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "企业 数据?#.db") // Chinese, space, URI characters
	open(t, path)
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := st.Mode().Perm(); mode != 0o600 {
		t.Errorf("database created with mode %o, want 600", mode)
	}
}

func TestPragmas(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "p.db"))
	var fk, timeout int
	var journal string
	if err := s.w.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
		t.Fatal(err)
	}
	s.w.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&journal)
	s.w.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&timeout)
	if fk != 1 || journal != "wal" || timeout != busyTimeoutMS {
		t.Errorf("foreign_keys %d, journal_mode %s, busy_timeout %d", fk, journal, timeout)
	}
	if got := s.w.Stats().MaxOpenConnections; got != 1 {
		t.Errorf("writer pool has %d connections, want 1", got)
	}
	if _, err := s.r.ExecContext(ctx, "CREATE TABLE x (a)"); err == nil {
		t.Error("the read pool accepted a write")
	}
}

func TestRefusesForeignFiles(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.db")
	os.WriteFile(text, []byte("这不是数据库"), 0o600)
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE accounts (id INTEGER)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for path, want := range map[string]string{
		text:  "not a Huiqi database (not an SQLite database at all)",
		other: "not a Huiqi database (an SQLite database of another program)",
		dir:   "this is a folder",
	} {
		before, _ := os.ReadFile(path)
		_, err := OpenFile(ctx, path)
		var fe *FileError
		if !errors.As(err, &fe) || !strings.Contains(err.Error(), want) {
			t.Errorf("Open(%s) = %v, want %q", filepath.Base(path), err, want)
		}
		if after, _ := os.ReadFile(path); string(before) != string(after) {
			t.Errorf("Open changed %s", path)
		}
	}
}

func TestRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "future.db")
	s := open(t, path)
	if _, err := s.w.ExecContext(ctx, "PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := OpenFile(ctx, path)
	if err == nil || !strings.Contains(err.Error(), "made by a newer Huiqi (schema 99") {
		t.Errorf("Open of a newer file: %v", err)
	}
}

// Every older schema version migrates to the current one with its data.
func TestMigrateFromEveryVersion(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) < 2 {
		t.Fatalf("%d migrations", len(ms))
	}
	for v := 0; v < len(ms); v++ {
		path := filepath.Join(t.TempDir(), "old.db")
		// Build a database at version v by hand, as an older build would.
		db, err := sql.Open("sqlite", dsn(path, false))
		if err != nil {
			t.Fatal(err)
		}
		tx, err := db.Begin()
		if err != nil {
			t.Fatal(err)
		}
		if err := applyMigrations(ctx, tx, ms, 0, v); err != nil {
			t.Fatal(err)
		}
		if v >= 1 {
			// Version 1 already holds firms: one must survive the upgrade.
			if _, err := tx.Exec(`INSERT INTO firm (id, name, uscc, legal_form, ownership, founded, county, industry)
				VALUES ('f', '旧版企业', '91530421MA6N8K2P12', 'company', 'private', '2019-04-01', '红塔区', 'retail')`); err != nil {
				t.Fatal(err)
			}
			if _, err := tx.Exec(`INSERT INTO investments (id, seq, investee, unlisted, sme_high_tech, amount_fen, date)
				VALUES ('i', 0, '旧版投资', 1, 1, 100, '2019-05-01')`); err != nil {
				t.Fatal(err)
			}
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		db.Close()

		s, err := OpenFile(ctx, path)
		if err != nil {
			t.Fatalf("from version %d: %v", v, err)
		}
		var version int
		s.r.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version)
		if version != len(ms) {
			t.Errorf("from version %d: now at %d, want %d", v, version, len(ms))
		}
		if v >= 1 {
			sc, err := s.Load(ctx)
			if err != nil || sc.Firm.Name != "旧版企业" {
				t.Fatalf("from version %d: firm %v, %v", v, sc, err)
			}
			// Schema 3's fields read as not known and false.
			if f := sc.Firm; f.Address != "" || f.ContactPerson != "" || f.Phone != "" ||
				len(sc.Investments) != 1 || sc.Investments[0].StartupTech || !sc.Investments[0].SMEHighTech {
				t.Errorf("from version %d: firm %+v, investments %+v", v, f, sc.Investments)
			}
		}
		var indexes int
		s.r.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE type='index' AND name='loans_borrower'").Scan(&indexes)
		if indexes != 1 {
			t.Errorf("from version %d: migration 2's index is missing", v)
		}
		s.Close()
	}
}

func TestMigrationFilesNumbered(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if SchemaVersion() != len(ms) {
		t.Errorf("SchemaVersion %d, %d migrations", SchemaVersion(), len(ms))
	}
}

// The foreign keys hold: a person named on a patent cannot be deleted.
func TestForeignKeysEnforced(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "fk.db"))
	if err := s.Import(ctx, example(t, "soe-patent-rewards.json"), false); err != nil {
		t.Fatal(err)
	}
	_, err := s.w.ExecContext(ctx, "DELETE FROM people WHERE pid = 'e2'")
	if err == nil || !strings.Contains(err.Error(), "FOREIGN KEY") {
		t.Errorf("deleting an inventor: %v", err)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	p, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(p) != "huiqi.db" || filepath.Base(filepath.Dir(p)) != "huiqi" {
		t.Errorf("DefaultPath = %s", p)
	}
	if st, err := os.Stat(filepath.Dir(p)); err != nil || !st.IsDir() {
		t.Errorf("folder not created: %v", err)
	}
}

func BenchmarkImport(b *testing.B) {
	sc := demo.Large(civil.Date(20260315), 50_000, 50_000)
	for i := 0; i < b.N; i++ {
		s, err := OpenFile(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Import(ctx, sc, false); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

func BenchmarkLoad(b *testing.B) {
	s, err := OpenFile(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.Import(ctx, demo.Large(civil.Date(20260315), 50_000, 50_000), false); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Load(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
