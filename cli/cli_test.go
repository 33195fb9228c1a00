package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"huiqi/model/store"
)

const examples = "../testdata/examples/"

// run runs a command in-process and returns its exit status and output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(&Env{Stdout: &out, Stderr: &errOut, Ctx: context.Background()}, args)
	return code, out.String(), errOut.String()
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := run(t, args...)
	if code != ExitOK {
		t.Fatalf("huiqi %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
	}
	return out
}

func sameJSON(t *testing.T, a, b []byte) bool {
	t.Helper()
	var va, vb any
	if err := json.Unmarshal(a, &va); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &vb); err != nil {
		t.Fatal(err)
	}
	return reflect.DeepEqual(va, vb)
}

func TestImportExportRoundTrip(t *testing.T) {
	files, _ := filepath.Glob(examples + "*.json")
	for _, f := range files {
		if strings.HasSuffix(f, ".expected.json") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "客户.db")
			mustRun(t, "import", "--db", db, f)
			out := filepath.Join(dir, "导出.json")
			mustRun(t, "export", "--db", db, "-o", out)
			want, _ := os.ReadFile(f)
			got, _ := os.ReadFile(out)
			if !sameJSON(t, want, got) {
				t.Errorf("export differs from the imported file:\n%s", got)
			}
			if stdout := mustRun(t, "export", "--db", db); stdout != string(got) {
				t.Error("export to standard output differs from export -o")
			}
		})
	}
}

// Flags may follow the file, as people type them.
func TestFlagsAfterPositional(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	mustRun(t, "import", examples+"vc-fund-ledger.json", "--db", db)
}

func snapshot(t *testing.T, db string) string {
	t.Helper()
	return mustRun(t, "export", "--db", db)
}

func TestSecondImportNeedsReplace(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	mustRun(t, "import", "--db", db, examples+"tech-startup-2021.json")
	before := snapshot(t, db)
	code, _, errOut := run(t, "import", "--db", db, examples+"vc-fund-ledger.json")
	if code != ExitBadInput || !strings.Contains(errOut, "--replace") || !strings.Contains(errOut, db) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if snapshot(t, db) != before {
		t.Error("refused import changed the database")
	}
	mustRun(t, "import", "--db", db, "--replace", examples+"vc-fund-ledger.json")
	if !strings.Contains(snapshot(t, db), "玉溪红塔创新投资有限公司") {
		t.Error("--replace did not replace the firm")
	}
}

// Each bad file is refused with exit 2, a message naming the file and the
// JSON path in both languages, and no change to the database — neither an
// existing one (with --replace) nor a new one (not even created).
func TestBadScenariosRefused(t *testing.T) {
	good, err := os.ReadFile(examples + "tech-startup-2021.json")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, old, new, path, zh, en string
	}{
		{"unknown key", `"name": "工程师2",`, `"name": "工程师2", "nick": "x",`, "people[1].nick", "未知字段", "unknown field"},
		{"float fen", `"charged_fen": 1600000`, `"charged_fen": 1600000.0`, "fees[0].charged_fen", "应为整数", "must be an integer"},
		{"bad enum", `"industry": "software_it"`, `"industry": "software"`, "firm.industry", "不是可选值", "is not one of"},
		{"impossible date", `"founded": "2019-04-01"`, `"founded": "2019-04-31"`, "firm.founded", "不存在", "does not exist"},
		{"dangling borrower", `"borrower": "e1"`, `"borrower": "e0"`, "loans[0].borrower", "既不是", "neither"},
		{"duplicate id", `"id": "e3"`, `"id": "e2"`, "people[2].id", "重复", "already used"},
		{"left before hired", `"hired": "2021-03-01",
   "left": null`, `"hired": "2021-03-01",
   "left": "2021-02-28"`, "people[8].left", "早于", "is before hired"},
		{"negative amount", `"amount_fen": 45000000`, `"amount_fen": -45000000`, "rd_expenses[0].amount_fen", "不能为负数", "must not be negative"},
		{"check digit", `"530421198808080028"`, `"530421198808080029"`, "people[1].id_number", "号码有误（校验位不符），请核对", "its check character does not match"},
		{"missing field", `"county": "玉溪高新区",`, ``, "firm.county", "缺少必填字段", "required field is missing"},
		{"wrong format", `"huiqi-scenario/2"`, `"huiqi-scenario/0"`, "format", "本程序读取", "this program reads"},
		{"invalid UTF-8", `段晓`, "\xff\xfe", "", "不是有效的 UTF-8", "not valid UTF-8"},
		{"truncated", `"fees": [`, `"fees": [{"date":`, "", "JSON", "may be truncated"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !bytes.Contains(good, []byte(c.old)) {
				t.Fatalf("example has no %q", c.old)
			}
			data := bytes.Replace(good, []byte(c.old), []byte(c.new), 1)
			if c.name == "truncated" {
				data = data[:bytes.Index(data, []byte(c.new))+len(c.new)]
			}
			dir := t.TempDir()
			bad := filepath.Join(dir, "坏文件.json")
			os.WriteFile(bad, data, 0o644)

			db := filepath.Join(dir, "existing.db")
			mustRun(t, "import", "--db", db, examples+"vc-fund-ledger.json")
			before := snapshot(t, db)
			code, _, errOut := run(t, "import", "--db", db, "--replace", bad)
			if code != ExitBadInput {
				t.Errorf("exit %d, want 2; stderr:\n%s", code, errOut)
			}
			want := bad + ": " + c.path
			if c.path != "" {
				want += ": "
			}
			if !strings.Contains(errOut, want) || !strings.Contains(errOut, c.zh) || !strings.Contains(errOut, c.en) {
				t.Errorf("stderr does not name %q with %q and %q:\n%s", want, c.zh, c.en, errOut)
			}
			if snapshot(t, db) != before {
				t.Error("the refused file changed the database")
			}

			fresh := filepath.Join(dir, "new.db")
			if code, _, _ := run(t, "import", "--db", fresh, bad); code != ExitBadInput {
				t.Errorf("into a new database: exit %d", code)
			}
			if _, err := os.Stat(fresh); !os.IsNotExist(err) {
				t.Error("a refused import left a database file behind")
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"frobnicate"},
		{"import", examples + "vc-fund-ledger.json"},              // no --db
		{"import", "--db", filepath.Join(dir, "a.db")},            // no file
		{"import", "--db", filepath.Join(dir, "a.db"), "--bogus"}, // unknown flag
		{"import", "--db", filepath.Join(dir, "a.db"), filepath.Join(dir, "missing.json")},
		{"export", "--db", filepath.Join(dir, "missing.db")},
		{"export"},
		{"demo"},
	} {
		code, _, errOut := run(t, args...)
		if code != ExitBadInput || errOut == "" {
			t.Errorf("huiqi %v: exit %d, stderr %q", args, code, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); !os.IsNotExist(err) {
		t.Error("export created the database it could not find")
	}
	if _, err := os.Stat(filepath.Join(dir, "a.db")); !os.IsNotExist(err) {
		t.Error("a failed import left a.db behind")
	}
}

func TestExportOfEmptyDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "empty.db")
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, _, errOut := run(t, "export", "--db", db)
	if code != ExitBadInput || !strings.Contains(errOut, "holds no firm") {
		t.Errorf("exit %d, %q", code, errOut)
	}
}

// A failed export leaves no partial output file.
func TestExportFailureLeavesNoFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	mustRun(t, "import", "--db", db, examples+"vc-fund-ledger.json")
	out := filepath.Join(dir, "no-such-folder", "out.json")
	// A missing folder is the user's environment: exit 2, naming it.
	if code, _, errOut := run(t, "export", "--db", db, "-o", out); code != ExitBadInput || !strings.Contains(errOut, "no-such-folder") {
		t.Errorf("exit %d, want 2: %s", code, errOut)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), "tmp") {
			t.Errorf("left %s behind", e.Name())
		}
	}
}

func TestDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	mustRun(t, "demo", "--db", db)
	var sc struct {
		People     []json.RawMessage       `json:"people"`
		Patents    []json.RawMessage       `json:"patents"`
		RDExpenses []json.RawMessage       `json:"rd_expenses"`
		Loans      []struct{ Kind string } `json:"loans"`
		Fees       []json.RawMessage       `json:"fees"`
	}
	if err := json.Unmarshal([]byte(snapshot(t, db)), &sc); err != nil {
		t.Fatal(err)
	}
	if len(sc.People) < 24 || len(sc.Patents) < 2 || len(sc.RDExpenses) < 24 || len(sc.Fees) < 2 ||
		len(sc.Loans) == 0 || sc.Loans[0].Kind != "guaranteed" {
		t.Errorf("demo firm too thin: %d people, %d patents, %d R&D lines, %d loans, %d fees",
			len(sc.People), len(sc.Patents), len(sc.RDExpenses), len(sc.Loans), len(sc.Fees))
	}
	code, _, errOut := run(t, "demo", "--db", db)
	if code != ExitBadInput || !strings.Contains(errOut, "will not overwrite") {
		t.Errorf("second demo: exit %d, %q", code, errOut)
	}
}

func TestHelp(t *testing.T) {
	out := mustRun(t, "help")
	for _, cmd := range []string{"huiqi import --db FILE [--replace] SCENARIO.json", "huiqi export", "huiqi demo"} {
		if !strings.Contains(out, cmd) {
			t.Errorf("help lacks %q", cmd)
		}
	}
}

func TestAppArgs(t *testing.T) {
	if db, err := AppArgs([]string{"--db", "x.db"}); err != nil || db != "x.db" {
		t.Errorf("AppArgs = %q, %v", db, err)
	}
	if db, err := AppArgs(nil); err != nil || db != "" {
		t.Errorf("AppArgs() = %q, %v", db, err)
	}
	if _, err := AppArgs([]string{"stray"}); err == nil {
		t.Error("a stray argument was accepted")
	}
}

// An output path that is the database itself is refused: the firm's data
// must not be overwritten by a PDF or a JSON file.
func TestOutputCannotBeTheDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "firm.db")
	mustRun(t, "import", "--db", db, examples+"tech-startup-2021.json")
	before := snapshot(t, db)
	for _, args := range [][]string{
		{"export", "--db", db, "-o", db},
		{"packet", "--db", db, "-o", db},
	} {
		code, _, errOut := run(t, args...)
		if code != ExitBadInput || !strings.Contains(errOut, "cannot be the database file itself") {
			t.Errorf("huiqi %v: exit %d, %q", args, code, errOut)
		}
	}
	if snapshot(t, db) != before {
		t.Error("the database changed")
	}
}

// -o through a symbolic link replaces the file it points to and keeps the
// link; -o to a non-regular file (a FIFO here, /dev/stdout in scripts)
// writes into it instead of replacing it.
func TestOutputThroughLinksAndPipes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "firm.db")
	mustRun(t, "import", "--db", db, examples+"vc-fund-ledger.json")
	target := filepath.Join(dir, "real.json")
	os.WriteFile(target, []byte("old"), 0o644)
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "export", "--db", db, "-o", link)
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if data, _ := os.ReadFile(target); !strings.Contains(string(data), "玉溪红塔创新投资有限公司") {
		t.Error("the linked file was not written")
	}
	fifo := filepath.Join(dir, "pipe")
	if err := exec.Command("mkfifo", fifo).Run(); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	got := make(chan string)
	go func() {
		data, _ := os.ReadFile(fifo)
		got <- string(data)
	}()
	mustRun(t, "export", "--db", db, "-o", fifo)
	if out := <-got; !strings.Contains(out, "huiqi-scenario/2") {
		t.Errorf("the pipe received %d bytes", len(out))
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the pipe was replaced")
	}
}

func TestExitStatusesForPlacesAndHelp(t *testing.T) {
	dir := t.TempDir()
	// Nowhere to create the database: the user's environment, exit 2.
	if code, _, errOut := run(t, "import", "--db", filepath.Join(dir, "no", "such", "x.db"), examples+"vc-fund-ledger.json"); code != ExitBadInput ||
		!strings.Contains(errOut, "does not exist") {
		t.Errorf("import into a missing folder: exit %d, %q", code, errOut)
	}
	// An empty file is refused by reading commands and stays empty.
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	if code, _, _ := run(t, "eval", "--db", empty); code != ExitBadInput {
		t.Errorf("eval of an empty file: exit %d", code)
	}
	if st, _ := os.Stat(empty); st.Size() != 0 {
		t.Error("eval wrote into the empty file")
	}
	if code, out, _ := run(t, "eval", "--help"); code != ExitOK || !strings.Contains(out, "huiqi eval") {
		t.Errorf("eval --help: exit %d, %q", code, out)
	}
}
