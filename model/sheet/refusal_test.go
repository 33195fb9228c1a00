package sheet

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/scenario"
)

// want is one expected problem: where, and words of its message in both
// languages.
type want struct {
	row      int
	col, hdr string
	zh, en   string
}

func problems(t *testing.T, err error) RowErrors {
	t.Helper()
	var rows RowErrors
	if !errors.As(err, &rows) {
		t.Fatalf("error %v (%T) is not RowErrors", err, err)
	}
	return rows
}

func expect(t *testing.T, err error, wants []want) {
	t.Helper()
	rows := problems(t, err)
	if len(rows) != len(wants) {
		t.Errorf("%d problems, want %d:\n%v", len(rows), len(wants), err)
	}
	for i, w := range wants {
		if i >= len(rows) {
			break
		}
		r := rows[i]
		if r.Row != w.row || r.Col != w.col || r.Header != w.hdr || !strings.Contains(r.Err.Zh, w.zh) || !strings.Contains(r.Err.En, w.en) {
			t.Errorf("problem %d = %s\n want row %d col %s (%s) with %q / %q", i, r, w.row, w.col, w.hdr, w.zh, w.en)
		}
		line := strings.Split(err.Error(), "\n")[i]
		where := fmt.Sprintf("第 %d 行", w.row)
		if w.col != "" {
			where += " " + w.col + " 列"
		}
		if w.row > 0 && !strings.HasPrefix(line, where) && w.col != "" {
			t.Errorf("line %d %q does not start with %q", i, line, where)
		}
	}
}

// Every kind of bad cell is reported, all of them at once, each by its
// row (as the spreadsheet numbers it), column letter and header.
func TestEveryProblemListedByRowAndColumn(t *testing.T) {
	csv := "姓名,身份证号码,入职日期,离职日期,合同期限(月),人员类别,创办人,人才合同年限(年),人员编号\n" + // row 1
		"甲,530402199203150018,2017-03-01,,36,,是,,\n" + // 2: check digit (validation)
		"乙,,2017-02-30,,12,,,,\n" + // 3: impossible date
		",,,,,,,,\n" + // 4: blank, skipped
		",,2017-03-01,,,,,,\n" + // 5: no name
		"丙,,2017-03-01,2017-01-01,三年,大学生,也许,5,\n" + // 6: left < hired, months, category, bool, talent w/o programme
		"丁,,,,,,,,p9\n" + // 7: fine
		"戊,,,,,,,,p9\n" // 8: duplicate id within the file
	_, err := Read("花名册.csv", []byte(csv), "people")
	expect(t, err, []want{
		{2, "B", "身份证号码", "号码有误（校验位不符），请核对", "its check character does not match"},
		{3, "C", "入职日期", `日期 "2017-02-30" 不存在`, "does not exist"},
		{5, "A", "姓名", "不能为空", "must not be empty"},
		{6, "D", "离职日期", "早于", "is before hired"},
		{6, "E", "合同期限(月)", `"三年" 不是整数`, "not a whole number"},
		{6, "F", "人员类别", `"大学生" 不是可选值`, "not one of the allowed values"},
		{6, "G", "创办人", "应填“是”或“否”", "must be 是 (yes) or 否 (no)"},
		{6, "", "人才类别", "须填写人才类别", "talent programme is required"}, // no such column: last in its row
		{8, "I", "人员编号", "与 第 7 行 重复", "already used by row 7"},
	})
	if !strings.Contains(err.Error(), "第 6 行 D 列（离职日期）：") || !strings.Contains(err.Error(), "/ row 6, column D (离职日期): ") {
		t.Errorf("message:\n%v", err)
	}
}

func TestHeaderProblems(t *testing.T) {
	// Unknown and duplicate columns, a required column missing, data
	// under no header: all reported, named.
	csv := "日期,项目名称,研发项目,金额(元),amount_fen,,备注\n" +
		"2017-03-01,x,温控,1.00,100,多余,\n"
	_, err := Read("ledger.csv", []byte(csv), "rd_expenses")
	expect(t, err, []want{
		{1, "B", "项目名称", "未知的列“项目名称”", "unknown column"},
		{1, "E", "amount_fen", "与 D 列“金额(元)”是同一项数据", "same data as column D"},
		{1, "G", "备注", "未知的列“备注”", "unknown column"},
		{1, "", "", "缺少必填的列“费用类别”", "required column 费用类别 is missing"},
		{2, "F", "", "这一列没有表头", "has no header"}, // and no refusal of the missing column per row
	})
}

// Headers are matched whatever their spelling: field names in any case,
// full-width brackets, spaces, a required star, a unit left off.
func TestHeaderSpellings(t *testing.T) {
	for _, head := range []string{
		"date,project,category,amount_fen", "DATE,Project,Category,Amount_Fen",
		"日期,研发项目,费用类别,金额（元）", "*日期, 研发 项目 ,费用类别*,金额",
	} {
		value := "123456"
		if !strings.Contains(head, "_") && !strings.Contains(head, "_F") {
			value = "1234.56"
		}
		got, err := Read("x.csv", []byte(head+"\n2017-03-01,温控,personnel,"+value+"\n"), "rd_expenses")
		if err != nil {
			t.Errorf("%s: %v", head, err)
			continue
		}
		if got.RDExpenses[0].Amount != 123456 {
			t.Errorf("%s: amount %d", head, got.RDExpenses[0].Amount)
		}
	}
}

// Row numbers are what the spreadsheet shows: a blank line is a row, a
// value that spans lines is one.
func TestRowNumbersInCSV(t *testing.T) {
	csv := "\n姓名\t入职日期\n\"王\n五\"\t2017-03-01\n\n赵六\t昨天\n" // tab-separated after a blank line
	_, err := Read("x.csv", []byte(csv), "people")
	expect(t, err, []want{{5, "B", "入职日期", `"昨天"`, "is not a date"}})
	_, err = Read("x.csv", []byte("姓名,入职日期\n王五,\"2017\n赵六,x\n"), "people")
	if rows := problems(t, err); rows[0].Row != 2 || !strings.Contains(err.Error(), "CSV") {
		t.Errorf("malformed CSV: %v", err)
	}
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

// Prepare checks the rows with the stored firm: ids are assigned past the
// stored ones, and references, duplicates and years are checked against
// the stored records.
func TestPrepare(t *testing.T) {
	firm := example(t, "tech-startup-2021.json") // people e1…e10, financials 2020
	add, err := Prepare(firm, "x.csv", []byte("姓名,人员编号\n甲,\n乙,p7\n丙,\n"), "people")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range add.People {
		ids = append(ids, p.ID)
	}
	if strings.Join(ids, ",") != "p8,p7,p9" || len(firm.People) != 10 {
		t.Errorf("ids %v (stored people %d)", ids, len(firm.People))
	}

	_, err = Prepare(firm, "x.csv", []byte("姓名,人员编号\n甲,e3\n乙,firm\n"), "people")
	expect(t, err, []want{
		{2, "B", "人员编号", "与 已有的第 3 条记录 重复", "already used by stored record 3"},
		{3, "B", "人员编号", "不能是", "must not be"},
	})

	loans := "贷款类型,借款人,贷款金额(元),放款日期,期限(月),年利率(%)\n" +
		"创业担保贷款,e2,100000,2021-05-01,24,4.35\n" +
		"商业贷款,企业,5000,2021-05-01,12,5\n" +
		"商业贷款,e99,5000,2021-05-01,12,5\n"
	_, err = Prepare(firm, "loans.csv", []byte(loans), "loans")
	expect(t, err, []want{{4, "B", "借款人", `"e99"`, "neither"}})
	add, err = Prepare(firm, "loans.csv", []byte(loans[:strings.LastIndex(loans[:len(loans)-1], "\n")+1]), "loans")
	if err != nil || len(add.Loans) != 2 || add.Loans[1].Borrower != model.BorrowerFirm || add.Loans[0].RateBP != 435 {
		t.Errorf("loans: %+v, %v", add, err)
	}
	// Read alone cannot know the people, so it does not refuse e99.
	if _, err := Read("loans.csv", []byte(loans), "loans"); err != nil {
		t.Errorf("Read refused a reference it cannot check: %v", err)
	}

	fin := "年度,营业收入(元)\n2019,100\n2020,200\n2019,300\n"
	_, err = Prepare(firm, "fin.csv", []byte(fin), "financials")
	expect(t, err, []want{
		{3, "A", "年度", "与 已有的第 1 条记录 重复", "already given in stored record 1"},
		{4, "A", "年度", "与 第 2 行 重复", "already given in row 2"},
	})

	patents := "专利申请号,专利类型,专利名称,申请日,法律状态,发明人编号\n" +
		"ZL201610123456.6,发明专利,一种装置,2016-04-01,审查中,e1；e2\n" +
		"201610123456.5,实用新型,另一种装置,2016-04-01,已授权,e404\n"
	_, err = Prepare(firm, "p.csv", []byte(patents), "patents")
	expect(t, err, []want{
		{3, "A", "专利申请号", "号码有误（校验位不符），请核对", "its check character does not match"},
		{3, "F", "发明人编号", `"e404"`, "no person has the id"},
	})
}

func TestAssignPersonIDs(t *testing.T) {
	existing := []model.Person{{ID: "p1"}, {ID: "p12"}, {ID: "p3a"}, {ID: "x"}}
	add := []model.Person{{}, {ID: "p14"}, {}, {ID: "p13x"}}
	AssignPersonIDs(existing, add)
	var got []string
	for _, p := range add {
		got = append(got, p.ID)
	}
	if strings.Join(got, ",") != "p15,p14,p16,p13x" {
		t.Errorf("ids %v", got)
	}
	none := []model.Person{{}, {}}
	AssignPersonIDs(nil, none)
	if none[0].ID != "p1" || none[1].ID != "p2" {
		t.Errorf("first ids %v", none)
	}
}

// The problems read as model.Errors too, the list the UI already shows.
func TestRowErrorsAsModelErrors(t *testing.T) {
	_, err := Read("x.csv", []byte("姓名,入职日期\n王五,明天\n"), "people")
	var list model.Errors
	if !errors.As(err, &list) || len(list) != 1 || list[0].Path != "第 2 行 B 列（入职日期）" || !strings.Contains(list[0].Err.En, "not a date") {
		t.Errorf("as model.Errors: %+v", list)
	}
	rows := problems(t, err)
	if rows[0].Where("en") != "row 2, column B (入职日期)" {
		t.Errorf("Where(en) = %q", rows[0].Where("en"))
	}
	// A file with hundreds of bad rows: the message stops at 50 lines, the
	// list keeps them all.
	var b strings.Builder
	b.WriteString("姓名,入职日期\n")
	for i := 0; i < 120; i++ {
		b.WriteString("王五,明天\n")
	}
	_, err = Read("x.csv", []byte(b.String()), "people")
	if rows := problems(t, err); len(rows) != 120 || rows[119].Row != 121 || strings.Count(err.Error(), "\n") != 50 ||
		!strings.Contains(err.Error(), "另有 70 处错误") {
		t.Errorf("%d problems; message of %d lines", len(rows), strings.Count(err.Error(), "\n")+1)
	}
}
