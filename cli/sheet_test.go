package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/scenario"
	"huiqi/model/sheet"
	"huiqi/model/store"
)

func decodeFile(t testing.TB, path string) *model.Scenario {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := scenario.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// dbOf stores sc in a new database and returns its path.
func dbOf(t testing.TB, dir, name string, sc *model.Scenario) string {
	t.Helper()
	path := filepath.Join(dir, name)
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Import(context.Background(), sc, false); err != nil {
		t.Fatal(err)
	}
	return path
}

// withoutTable is sc with one table emptied, and with what refers to its
// records (patents and loans name people).
func withoutTable(sc *model.Scenario, table string) *model.Scenario {
	c := *sc
	switch table {
	case "people":
		c.People, c.Patents, c.Loans = nil, nil, nil
	case "patents":
		c.Patents = nil
	case "rd_expenses":
		c.RDExpenses = nil
	case "investments":
		c.Investments = nil
	case "loans":
		c.Loans = nil
	case "fees":
		c.Fees = nil
	case "financials":
		c.Financials = nil
	case "taxes":
		c.Taxes = nil
	}
	return &c
}

// Every table goes out of a database as .xlsx and .csv, and into an empty
// copy of the firm, and comes out of the copy the same.
func TestSheetRoundTripThroughDatabases(t *testing.T) {
	firms := map[string]*model.Scenario{"demo": demo.Scenario(civil.Date(20260315))}
	for _, f := range []string{"vc-fund-ledger.json", "individual-business-deduction.json", "soe-patent-rewards.json"} {
		firms[f] = decodeFile(t, examples+f)
	}
	for name, sc := range firms {
		dir := t.TempDir()
		db := dbOf(t, dir, "原.db", sc)
		for _, table := range sheet.Tables() {
			for _, ext := range []string{".xlsx", ".csv"} {
				out := filepath.Join(dir, table+ext)
				mustRun(t, "export", "--db", db, "--table", table, "-o", out)
				want := filepath.Join(dir, table+"-原.csv")
				mustRun(t, "export", "--db", db, "--table", table, "-o", want)
				wantData, _ := os.ReadFile(want)
				if strings.Count(string(wantData), "\n") < 2 {
					continue // the firm has no such records
				}
				cp := dbOf(t, dir, table+ext+"-副本.db", withoutTable(sc, table))
				stdout := mustRun(t, "import", "--db", cp, "--table", table, out)
				if !strings.Contains(stdout, "imported") {
					t.Errorf("no summary: %q", stdout)
				}
				again := filepath.Join(dir, table+ext+"-again.csv")
				mustRun(t, "export", "--db", cp, "--table", table, "-o", again)
				got, _ := os.ReadFile(again)
				if !bytes.Equal(got, wantData) {
					t.Errorf("%s %s%s changed on its way through:\n%s\nwant\n%s", name, table, ext, got, wantData)
				}
				if table != "patents" && table != "people" {
					// Nothing else changed: the whole firm exports the same.
					if a, b := snapshot(t, cp), snapshot(t, db); !sameJSON(t, []byte(a), []byte(b)) {
						t.Errorf("%s %s%s: the copy's firm differs from the original", name, table, ext)
					}
				}
			}
		}
	}
}

// A bad file is refused with exit 2, each problem named by file, row and
// column in both languages, and nothing written: not the database, not a
// backup.
func TestSheetImportRefusedWritesNothing(t *testing.T) {
	dir := t.TempDir()
	db := dbOf(t, dir, "客户.db", decodeFile(t, examples+"tech-startup-2021.json"))
	before := snapshot(t, db)
	bad := filepath.Join(dir, "花名册.csv")
	os.WriteFile(bad, []byte("姓名,身份证号码,入职日期,年龄\n张三,530402199203150018,2021-03-01,30\n李四,,2021/2/30,\n王五,5.30402E+17,,\n"), 0o644)
	code, _, errOut := run(t, "import", "--db", db, "--table", "people", bad)
	if code != ExitBadInput {
		t.Fatalf("exit %d, want 2:\n%s", code, errOut)
	}
	for _, want := range []string{
		bad + ": 第 1 行 D 列（年龄）：未知的列“年龄”",
		bad + ": 第 2 行 B 列（身份证号码）：号码有误（校验位不符），请核对 / row 2, column B (身份证号码): the number is wrong (its check character does not match): please check it",
		bad + ": 第 3 行 C 列（入职日期）：日期 \"2021/2/30\" 不存在",
		"row 4, column B (身份证号码): \"5.30402E+17\" was stored by Excel as a number",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if snapshot(t, db) != before {
		t.Error("the refused file changed the database")
	}
	if list, _ := store.ListBackups(db); len(list) != 0 {
		t.Errorf("a refused import made a backup: %v", list)
	}
	// References are checked against the stored people.
	loans := filepath.Join(dir, "贷款.xlsx")
	var buf bytes.Buffer
	sheet.Write(&buf, loans, "loans", &model.Scenario{Loans: []model.Loan{{Kind: "guaranteed", Borrower: "nobody", Amount: 1, Start: 20210101, TermMonths: 12, RateBP: 400}}})
	os.WriteFile(loans, buf.Bytes(), 0o644)
	code, _, errOut = run(t, "import", "--db", db, "--table", "loans", loans)
	if code != ExitBadInput || !strings.Contains(errOut, loans+": 第 2 行 B 列（借款人）") {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
	if snapshot(t, db) != before {
		t.Error("the refused loans changed the database")
	}
}

func TestSheetImportBacksUpFirst(t *testing.T) {
	dir := t.TempDir()
	db := dbOf(t, dir, "客户.db", decodeFile(t, examples+"tech-startup-2021.json"))
	before := snapshot(t, db)
	file := filepath.Join(dir, "rd.csv")
	os.WriteFile(file, []byte("日期,研发项目,费用类别,金额(元)\n2021-06-30,新项目,其他相关费用,\"1,234.56\"\n"), 0o644)
	mustRun(t, "import", "--db", db, "--table", "rd_expenses", file)
	list, err := store.ListBackups(db)
	if err != nil || len(list) != 1 {
		t.Fatalf("backups %v, %v", list, err)
	}
	if got := snapshot(t, list[0]); got != before {
		t.Error("the automatic backup is not the firm before the import")
	}
	if !strings.Contains(snapshot(t, db), `"amount_fen": 123456`) {
		t.Error("the row was not imported")
	}
}

func TestSheetCommandRefusals(t *testing.T) {
	dir := t.TempDir()
	db := dbOf(t, dir, "x.db", decodeFile(t, examples+"vc-fund-ledger.json"))
	csv := filepath.Join(dir, "x.csv")
	os.WriteFile(csv, []byte("姓名\n王五\n"), 0o644)
	empty := filepath.Join(dir, "empty.db")
	s, _ := store.Open(context.Background(), empty)
	s.Close()
	missing := filepath.Join(dir, "missing.db")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"import", "--db", db, "--table", "staff", csv}, "unknown table"},
		{[]string{"import", "--db", db, "--table", "people", "--replace", csv}, "--replace cannot be used with --table"},
		{[]string{"import", "--db", db, "--table", "people"}, "need --db FILE, --table TABLE"},
		{[]string{"import", "--db", empty, "--table", "people", csv}, "holds no firm"},
		{[]string{"import", "--db", missing, "--table", "people", csv}, "cannot open the database"},
		{[]string{"import", "--db", db, "--table", "people", filepath.Join(dir, "none.csv")}, "does not exist"},
		{[]string{"export", "--db", db, "--table", "people"}, "need -o FILE.xlsx"},
		{[]string{"export", "--db", db, "--table", "people", "-o", filepath.Join(dir, "p.json")}, "-o must name a .xlsx / .csv"},
		{[]string{"export", "--db", missing, "--table", "people", "-o", filepath.Join(dir, "p.csv")}, "does not exist"},
		{[]string{"template", "--table", "people"}, "need --table TABLE and -o"},
		{[]string{"template", "-o", filepath.Join(dir, "t.xlsx")}, "need --table TABLE and -o"},
		{[]string{"template", "--table", "people", "-o", filepath.Join(dir, "t.csv")}, "-o must name a .xlsx"},
		{[]string{"backup", "--db", db}, "need --db FILE and -o"},
		{[]string{"backup", "--db", missing, "-o", filepath.Join(dir, "b.db")}, "cannot open the database"},
		{[]string{"backup", "--db", db, "-o", db}, "cannot be the database file itself"},
	} {
		code, _, errOut := run(t, c.args...)
		if code != ExitBadInput || !strings.Contains(errOut, c.want) {
			t.Errorf("huiqi %v: exit %d, want 2 with %q:\n%s", c.args, code, c.want, errOut)
		}
	}
	for _, p := range []string{missing, filepath.Join(dir, "p.json"), filepath.Join(dir, "p.csv"), filepath.Join(dir, "t.xlsx"),
		filepath.Join(dir, "t.csv"), filepath.Join(dir, "b.db")} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("a refused command left %s", filepath.Base(p))
		}
	}
	// Chinese table names work too.
	mustRun(t, "export", "--db", db, "--table", "对外投资", "-o", filepath.Join(dir, "投资.xlsx"))
}

func TestTemplateCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "人员模板.xlsx")
	mustRun(t, "template", "--table", "people", "-o", out)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := sheet.Read(out, data, "people")
	if err != nil || len(sc.People) != 1 || sc.People[0].Name != "李明" {
		t.Errorf("the template reads as %+v, %v", sc, err)
	}
}

func TestBackupCommand(t *testing.T) {
	dir := t.TempDir()
	db := dbOf(t, dir, "客户.db", demo.Scenario(civil.Date(20260315)))
	out := filepath.Join(dir, "备份", "客户-2026.db")
	os.Mkdir(filepath.Dir(out), 0o700)
	mustRun(t, "backup", "--db", db, "-o", out)
	if snapshot(t, out) != snapshot(t, db) {
		t.Error("the backup exports a different firm")
	}
	if st, _ := os.Stat(out); st.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %o", st.Mode().Perm())
	}
	// A missing folder is the user's environment, not a defect: exit 2,
	// naming what is missing.
	if code, _, errOut := run(t, "backup", "--db", db, "-o", filepath.Join(dir, "no-such-folder", "b.db")); code != ExitBadInput ||
		!strings.Contains(errOut, "no-such-folder") {
		t.Errorf("backup into a missing folder: exit %d, want 2: %s", code, errOut)
	}
}

func TestHelpListsSheetCommands(t *testing.T) {
	out := mustRun(t, "help")
	for _, want := range []string{
		"huiqi import --db FILE --table TABLE FILE.xlsx|FILE.csv",
		"huiqi export --db FILE --table TABLE -o FILE.xlsx|FILE.csv",
		"huiqi template --table TABLE -o FILE.xlsx",
		"huiqi backup --db FILE -o BACKUP.db",
		"people, patents, rd_expenses, investments, loans, fees, financials, taxes",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}

// BenchmarkImportPeopleXLSX100k is the figure: huiqi import
// --table people of a 100,000-row .xlsx into the demo firm's database,
// end to end (read, check with the stored firm, back up, store).
func BenchmarkImportPeopleXLSX100k(b *testing.B) {
	dir := b.TempDir()
	roster := demo.Large(civil.Date(20260315), 100_000, 0)
	for i := range roster.People {
		roster.People[i].ID = "" // numbered on import, after the demo's own people
	}
	file := filepath.Join(dir, "roster.xlsx")
	var buf bytes.Buffer
	if err := sheet.Write(&buf, file, "people", roster); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	firm := demo.Scenario(civil.Date(20260315))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := dbOf(b, b.TempDir(), "bench.db", firm)
		b.StartTimer()
		var out, errOut bytes.Buffer
		if code := Run(&Env{Stdout: &out, Stderr: &errOut}, []string{"import", "--db", db, "--table", "people", file}); code != ExitOK {
			b.Fatalf("exit %d: %s", code, errOut.String())
		}
	}
}
