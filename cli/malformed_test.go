package cli

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// Issue 11's table of malformed inputs across the command line and the
// importers: each is refused with exit 2, its message names the place (the
// file and the JSON path or sheet row, or the argument), no message holds a
// whole ID number, and nothing was written: the folder's files (the
// database, its backups) are byte for byte as they were.

type badCase struct {
	name  string
	args  []string
	place []string // each must appear in stderr
}

// dirState is every file below dir with a digest of its content. SQLite's
// -shm index and an empty -wal are left out: a reader of a WAL database
// opens them without writing any data, and the next writer removes them.
func dirState(t *testing.T, dir string) string {
	t.Helper()
	var lines []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, "-shm") {
			return nil
		}
		data, _ := os.ReadFile(p)
		if strings.HasSuffix(p, "-wal") && len(data) == 0 {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		lines = append(lines, fmt.Sprintf("%s %x", rel, sha256.Sum256(data)))
		return nil
	})
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

var wholeID = regexp.MustCompile(`(^|[^0-9A-Za-z])[0-9]{17}[0-9Xx]([^0-9A-Za-z]|$)`)

func TestMalformedInputsRefused(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "客户.db")
	mustRun(t, "import", "--db", db, examples+"tech-startup-2021.json")
	base, err := os.ReadFile(examples + "tech-startup-2021.json")
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "inputs") // inputs live outside the watched folder
	os.MkdirAll(in, 0o700)
	n := 0
	file := func(ext string, data []byte) string {
		n++
		p := filepath.Join(in, fmt.Sprintf("bad-%03d%s", n, ext))
		os.WriteFile(p, data, 0o600)
		return p
	}
	// mutate changes the example as a JSON value.
	mutate := func(change func(m map[string]any)) []byte {
		var m map[string]any
		if err := json.Unmarshal(base, &m); err != nil {
			t.Fatal(err)
		}
		change(m)
		out, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	person := func(m map[string]any, i int) map[string]any { return m["people"].([]any)[i].(map[string]any) }
	rd := func(m map[string]any, i int) map[string]any { return m["rd_expenses"].([]any)[i].(map[string]any) }
	firm := func(m map[string]any) map[string]any { return m["firm"].(map[string]any) }
	id0 := "530421199306110017"

	jsonCases := []struct {
		name, place string
		data        []byte
	}{
		{"empty file", "", nil},
		{"deep nesting", "", []byte(strings.Repeat("[", 3_000_000))},
		{"deep nesting in a field", "firm", bytes.Replace(base, []byte(`"name": "玉溪数智软件有限公司"`), []byte(`"name": `+strings.Repeat("[", 100)), 1)},
		{"lone surrogate", "firm.name", bytes.Replace(base, []byte(`"玉溪数智软件有限公司"`), []byte(`"\ud800"`), 1)},
		{"surrogate then text", "firm.name", bytes.Replace(base, []byte(`"玉溪数智软件有限公司"`), []byte(`"\ud800\u0041"`), 1)},
		{"NUL escape", "firm.name", bytes.Replace(base, []byte(`"玉溪数智软件有限公司"`), []byte(`"a\u0000b"`), 1)},
		{"raw control byte", "firm.name", bytes.Replace(base, []byte(`"玉溪数智软件有限公司"`), []byte("\"a\x01b\""), 1)},
		{"invalid UTF-8", "firm.name", bytes.Replace(base, []byte(`玉溪数智软件有限公司`), []byte("\xff\xfe"), 1)},
		{"truncated", "", base[:len(base)/2]},
		{"trailing content", "", append(append([]byte{}, base...), []byte(" {}")...)},
		{"no format", "format", mutate(func(m map[string]any) { delete(m, "format") })},
		{"unknown format", "format", mutate(func(m map[string]any) { m["format"] = "huiqi-scenario/9" })},
		{"unknown key", "firm.colour", mutate(func(m map[string]any) { firm(m)["colour"] = "red" })},
		{"duplicate key", "as_of", bytes.Replace(base, []byte(`"as_of": "2021-06-30",`), []byte(`"as_of": "2021-06-30", "as_of": "2021-06-30",`), 1)},
		{"missing county", "firm.county", mutate(func(m map[string]any) { delete(firm(m), "county") })},
		{"name too long", "firm.name", mutate(func(m map[string]any) { firm(m)["name"] = strings.Repeat("名", 201) })},
		{"10 MB name", "firm.name", mutate(func(m map[string]any) { firm(m)["name"] = strings.Repeat("x", 10<<20) })},
		{"address too long", "firm.address", mutate(func(m map[string]any) { firm(m)["address"] = strings.Repeat("路", 101) })},
		{"phone letters", "firm.phone", mutate(func(m map[string]any) { firm(m)["phone"] = "call me" })},
		{"empty address", "firm.address", mutate(func(m map[string]any) { firm(m)["address"] = "" })},
		{"bad USCC", "firm.uscc", mutate(func(m map[string]any) { firm(m)["uscc"] = "91530421MA6N8K2P13" })},
		{"bad legal form", "firm.legal_form", mutate(func(m map[string]any) { firm(m)["legal_form"] = "llc" })},
		{"bad founded", "firm.founded", mutate(func(m map[string]any) { firm(m)["founded"] = "2019-02-30" })},
		{"as_of too early", "as_of", mutate(func(m map[string]any) { m["as_of"] = "2015-01-01" })},
		{"ID number in a date", "people[0].hired", mutate(func(m map[string]any) { person(m, 0)["hired"] = id0 })},
		{"ID check digit", "people[0].id_number", mutate(func(m map[string]any) { person(m, 0)["id_number"] = "530421199306110018" })},
		{"duplicate ID number", "people[1].id_number", mutate(func(m map[string]any) { person(m, 1)["id_number"] = id0 })},
		{"duplicate person id", "people[1].id", mutate(func(m map[string]any) { person(m, 1)["id"] = "e1" })},
		{"person id firm", "people[0].id", mutate(func(m map[string]any) { person(m, 0)["id"] = "firm" })},
		{"person NUL", "people[0].name", mutate(func(m map[string]any) { person(m, 0)["name"] = "a\x00b" })},
		{"left before hired", "people[0].left", mutate(func(m map[string]any) { person(m, 0)["left"] = "2018-01-01" })},
		{"contract months huge", "people[0].contract_months", mutate(func(m map[string]any) { person(m, 0)["contract_months"] = 5000 })},
		{"negative contract", "people[0].contract_months", mutate(func(m map[string]any) { person(m, 0)["contract_months"] = -1 })},
		{"bad category", "people[0].categories[0]", mutate(func(m map[string]any) { person(m, 0)["categories"] = []any{"astronaut"} })},
		{"founder as string", "people[0].founder", mutate(func(m map[string]any) { person(m, 0)["founder"] = "yes" })},
		{"amount max int64", "rd_expenses[0].amount_fen", bytes.Replace(base, []byte(`"amount_fen": 45000000`), []byte(`"amount_fen": 9223372036854775807`), 1)},
		{"amount beyond int64", "rd_expenses[0].amount_fen", bytes.Replace(base, []byte(`"amount_fen": 45000000`), []byte(`"amount_fen": 92233720368547758070`), 1)},
		{"amount over 10^14", "rd_expenses[0].amount_fen", mutate(func(m map[string]any) { rd(m, 0)["amount_fen"] = 100_000_000_000_001 })},
		{"column total over 10^14", "rd_expenses[1].amount_fen", mutate(func(m map[string]any) {
			rd(m, 0)["amount_fen"] = 60_000_000_000_000
			rd(m, 1)["amount_fen"] = 60_000_000_000_000
		})},
		{"decimal amount", "rd_expenses[0].amount_fen", bytes.Replace(base, []byte(`"amount_fen": 45000000`), []byte(`"amount_fen": 450000.5`), 1)},
		{"negative amount", "rd_expenses[0].amount_fen", mutate(func(m map[string]any) { rd(m, 0)["amount_fen"] = -1 })},
		{"bad rd category", "rd_expenses[0].category", mutate(func(m map[string]any) { rd(m, 0)["category"] = "lunch" })},
		{"project too long", "rd_expenses[0].project", mutate(func(m map[string]any) { rd(m, 0)["project"] = strings.Repeat("项", 201) })},
		{"rate too high", "loans[0].rate_bp", mutate(func(m map[string]any) { m["loans"].([]any)[0].(map[string]any)["rate_bp"] = 20000 })},
		{"term too long", "loans[0].term_months", mutate(func(m map[string]any) { m["loans"].([]any)[0].(map[string]any)["term_months"] = 2000 })},
		{"unknown borrower", "loans[0].borrower", mutate(func(m map[string]any) { m["loans"].([]any)[0].(map[string]any)["borrower"] = "nobody" })},
		{"fee over limit", "fees[0].charged_fen", mutate(func(m map[string]any) { m["fees"].([]any)[0].(map[string]any)["charged_fen"] = 1e15 })},
	}
	var cases []badCase
	newDB := filepath.Join(dir, "新客户.db")
	for _, c := range jsonCases {
		p := file(".json", c.data)
		place := []string{p}
		if c.place != "" {
			place = append(place, c.place)
		}
		cases = append(cases,
			badCase{"import " + c.name, []string{"import", "--db", newDB, p}, place},
			badCase{"replace " + c.name, []string{"import", "--db", db, "--replace", p}, place})
		if len(cases)%4 == 0 { // eval reads the same decoder: a sample suffices
			cases = append(cases, badCase{"eval " + c.name, []string{"eval", p}, place})
		}
	}

	// Spreadsheets appended to the stored firm.
	header := "姓名,身份证号码,入职日期\n"
	csvCases := []struct {
		name, table, text string
		place             []string
	}{
		{"bad ID", "people", header + "张三,530421199306110018,2020-01-01\n", []string{"第 2 行", "B"}},
		{"ID of a stored person", "people", header + "张三," + id0 + ",2020-01-01\n", []string{"第 2 行", "段晓"}},
		{"same ID twice", "people", header + "张三,53042119900101123X,2020-01-01\n李四,53042119900101123X,2020-01-01\n", []string{"第 3 行"}},
		{"bad date", "people", header + "张三,,2020-13-01\n", []string{"第 2 行", "C"}},
		{"NUL in name", "people", header + "张\x00三,,2020-01-01\n", []string{"第 2 行"}},
		{"long name", "people", header + strings.Repeat("名", 201) + ",,2020-01-01\n", []string{"第 2 行"}},
		{"unknown column", "people", "姓名,星座\n张三,白羊\n", []string{"B", "星座"}},
		{"no name column", "people", "身份证号码\n" + id0 + "\n", []string{"姓名"}},
		{"rounded ID", "people", header + "张三,5.30421E+17,2020-01-01\n", []string{"第 2 行"}},
		{"headerless data", "people", header + "张三,,2020-01-01,多余\n", []string{"D"}},
		{"amount too large", "rd_expenses", "日期,项目,类别,金额(元)\n2020-01-01,A,人员人工费用,2000000000000.01\n", []string{"第 2 行"}},
		{"amount not a number", "rd_expenses", "日期,项目,类别,金额(元)\n2020-01-01,A,人员人工费用,很多\n", []string{"第 2 行", "D"}},
		{"broken UTF-8", "people", header + "张三,,2020-01-01\n\xe5\xbc\xa0\xff,,2020-01-01\n", []string{"第 3 行"}},
		{"unterminated quote", "people", header + "\"张三,,2020-01-01\n", []string{"CSV"}},
		{"empty sheet", "people", "", []string{"empty"}},
	}
	for _, c := range csvCases {
		p := file(".csv", []byte(c.text))
		cases = append(cases, badCase{"table " + c.name, []string{"import", "--db", db, "--table", c.table, p}, append([]string{p}, c.place...)})
	}
	// An .xlsx whose one part would uncompress to 201 MB (a zip bomb).
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	w.Write(bytes.Repeat([]byte{' '}, 201<<20))
	zw.Close()
	bombFile := file(".xlsx", bomb.Bytes())
	cases = append(cases,
		badCase{"xlsx zip bomb", []string{"import", "--db", db, "--table", "people", bombFile}, []string{bombFile, "200 MB"}},
		badCase{"xlsx not a zip", []string{"import", "--db", db, "--table", "people", file(".xlsx", []byte("hello"))}, []string{"bad-"}},
		badCase{"xls file", []string{"import", "--db", db, "--table", "people", file(".xls", []byte("x"))}, []string{".xls"}},
	)

	// The command line: arguments, places and files that are not databases.
	sub := filepath.Join(dir, "子文件夹")
	os.Mkdir(sub, 0o700)
	notDB := file(".db", []byte("this is not a database"))
	foreign := filepath.Join(in, "foreign.db")
	mustSQLite(t, foreign)
	emptyDB := file(".db", nil)
	cases = append(cases,
		badCase{"unknown command", []string{"frobnicate"}, []string{"frobnicate"}},
		badCase{"unknown flag", []string{"eval", "--colour", "red", examples + "vc-fund-ledger.json"}, []string{"colour"}},
		badCase{"bad --as-of", []string{"eval", "--as-of", "2021-02-30", examples + "vc-fund-ledger.json"}, []string{"--as-of"}},
		badCase{"early --as-of", []string{"eval", "--as-of", "2010-01-01", examples + "vc-fund-ledger.json"}, []string{"--as-of"}},
		badCase{"bad --lang", []string{"eval", "--lang", "fr", examples + "vc-fund-ledger.json"}, []string{"--lang"}},
		badCase{"eval both", []string{"eval", "--db", db, examples + "vc-fund-ledger.json"}, []string{"--db"}},
		badCase{"eval nothing", []string{"eval"}, []string{"--db"}},
		badCase{"import no db", []string{"import", examples + "vc-fund-ledger.json"}, []string{"--db"}},
		badCase{"import missing file", []string{"import", "--db", newDB, filepath.Join(in, "none.json")}, []string{"none.json"}},
		badCase{"import a folder", []string{"import", "--db", newDB, in}, []string{in}},
		badCase{"import into a folder", []string{"import", "--db", sub, examples + "vc-fund-ledger.json"}, []string{sub}},
		badCase{"import into a text file", []string{"import", "--db", notDB, examples + "vc-fund-ledger.json"}, []string{notDB, "SQLite"}},
		badCase{"import into another program's database", []string{"import", "--db", foreign, examples + "vc-fund-ledger.json"}, []string{foreign, "another program"}},
		badCase{"eval of another program's database", []string{"eval", "--db", foreign}, []string{foreign}},
		badCase{"export of an empty file", []string{"export", "--db", emptyDB}, []string{emptyDB}},
		badCase{"export missing db", []string{"export", "--db", filepath.Join(in, "none.db")}, []string{"none.db"}},
		badCase{"export to a folder", []string{"export", "--db", db, "-o", sub}, []string{sub}},
		badCase{"export table to a folder", []string{"export", "--db", db, "--table", "people", "-o", sub + "/"}, []string{"-o"}},
		badCase{"export table bad extension", []string{"export", "--db", db, "--table", "people", "-o", filepath.Join(sub, "p.txt")}, []string{"-o"}},
		badCase{"export unknown table", []string{"export", "--db", db, "--table", "pets", "-o", filepath.Join(sub, "p.csv")}, []string{"pets"}},
		badCase{"packet to a folder", []string{"packet", "--db", db, "-o", sub}, []string{sub}},
		badCase{"packet onto the database", []string{"packet", "--db", db, "-o", db}, []string{db}},
		badCase{"packet onto the WAL", []string{"packet", "--db", db, "-o", db + "-wal"}, []string{db + "-wal"}},
		badCase{"packet unknown benefit", []string{"packet", "--db", db, "--benefit", "free-lunch", "-o", filepath.Join(in, "p.pdf")}, []string{"--benefit"}},
		badCase{"template to a folder", []string{"template", "--table", "people", "-o", sub + ".xlsx"}, []string{"子文件夹.xlsx"}},
		badCase{"backup to a folder", []string{"backup", "--db", db, "-o", sub}, []string{sub}},
		badCase{"backup onto itself", []string{"backup", "--db", db, "-o", db}, []string{db}},
		badCase{"table with replace", []string{"import", "--db", db, "--replace", "--table", "people", file(".csv", []byte(header))}, []string{"--replace"}},
	)
	os.Mkdir(sub+".xlsx", 0o700)

	if len(cases) < 80 {
		t.Fatalf("only %d cases", len(cases))
	}
	before := dirState(t, dir)
	for _, c := range cases {
		code, _, errOut := run(t, c.args...)
		if code != ExitBadInput {
			t.Errorf("%s: exit %d, want 2: %s", c.name, code, errOut)
		}
		for _, p := range c.place {
			if !strings.Contains(errOut, p) {
				t.Errorf("%s: the message does not name %q:\n%s", c.name, p, clip(errOut))
			}
		}
		if !strings.Contains(errOut, " / ") {
			t.Errorf("%s: the message is not in both languages:\n%s", c.name, clip(errOut))
		}
		if wholeID.MatchString(errOut) {
			t.Errorf("%s: the message holds a whole ID number:\n%s", c.name, clip(errOut))
		}
		if after := dirState(t, dir); after != before {
			t.Errorf("%s: files changed:\nbefore\n%s\nafter\n%s", c.name, before, after)
			before = after
		}
	}
	t.Logf("%d malformed inputs refused", len(cases))
}

func clip(s string) string {
	if len(s) > 600 {
		return s[:600] + "…"
	}
	return s
}

// mustSQLite makes an SQLite database of another program: one table, no
// Huiqi application id.
func mustSQLite(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("PRAGMA application_id = 7; CREATE TABLE notes (text TEXT)"); err != nil {
		t.Fatal(err)
	}
}
