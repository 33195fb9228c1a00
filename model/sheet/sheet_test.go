package sheet

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/money"
	"huiqi/model/scenario"
)

// sources are every shared example and the demo firm: between them every
// table has records.
func sources(t *testing.T) map[string]*model.Scenario {
	t.Helper()
	out := map[string]*model.Scenario{"demo": demo.Scenario(civil.Date(20260315)), "full": fullScenario()}
	files, _ := filepath.Glob("../../testdata/examples/*.json")
	for _, f := range files {
		if strings.HasSuffix(f, ".expected.json") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := scenario.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = sc
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// fullScenario fills every column of every table, nulls and odd amounts
// included.
func fullScenario() *model.Scenario {
	return &model.Scenario{
		People: []model.Person{
			{ID: "p1", Name: "李明", IDNumber: "530402199203150017", Founder: true, Hired: 20160315, Left: 20191231,
				ContractMonths: ptr(36), Graduated: 20140701, InSchool: false,
				Categories:            []string{"registered_unemployed", "veteran"},
				EmploymentCertificate: &model.EmploymentCertificate{Issued: 20150110, SelfEmployment: true},
				FarmerCertificate:     true,
				Talent:                &model.Talent{Program: model.TalentHighLevel, ContractYears: ptr(5), HomeInYuxi: model.True},
				LeaveFrom:             &model.Leave{Kind: model.LeaveInstitute, Start: 20160101}},
			{ID: "员工-2", Name: "O'Brien & 张", Categories: []string{}, InSchool: true,
				Talent:                &model.Talent{Program: model.TalentProvOverseas, HomeInYuxi: model.Unknown},
				EmploymentCertificate: &model.EmploymentCertificate{Issued: 20170301}},
		},
		Patents: []model.Patent{
			{Number: "ZL201610123456.6", Kind: model.PatentInvention, Title: "一种烟叶烘烤温控装置", Filed: 20160401,
				Granted: 20170620, Status: model.StatusGranted, ServiceInvention: true, Inventors: []string{"p1", "员工-2"},
				Income: []model.PatentIncome{}, RewardsPaid: []model.RewardPaid{}},
		},
		RDExpenses: []model.RDExpense{
			{Date: 20160630, Project: "温控算法", Category: model.RDPersonnel, Amount: 1},
			{Date: 20161231, Project: "温控算法", Category: model.RDOther, Amount: 1234567890123, Capitalized: true},
			{Date: 20170101, Project: "检测", Category: model.RDDesign, Amount: 10},
		},
		Investments: []model.Investment{
			{Investee: "玉溪某新材料有限公司", InvesteeUSCC: "91530402MA6K5Q3R2H", Unlisted: true, SMEHighTech: true,
				Amount: 100000000, Date: 20150630, Exited: 20180101},
			{Investee: "未知公司", Amount: 99, Date: 20150630},
		},
		Loans: []model.Loan{
			{Kind: model.LoanGuaranteed, Borrower: "p1", Amount: 20000000, Start: 20170301, TermMonths: 24, RateBP: 435,
				RepaidOnTime: model.True},
			{Kind: model.LoanCommercial, Borrower: model.BorrowerFirm, Amount: 5, Start: 20170301, TermMonths: 6, RateBP: 0},
		},
		Fees: []model.Fee{{Date: 20161201, Service: "环境影响评价", Mandatory: true, GovernmentPriced: true,
			Standard: 2000000, Charged: 1999999}},
		Financials: []model.Financial{
			{Year: 2016, Revenue: ptr(money.Fen(180000000)), TotalAssets: ptr(money.Fen(250000000)), TaxableIncome: ptr(money.Fen(-12000001))},
			{Year: 2017},
		},
		Taxes: []model.TaxYear{{Year: 2017, VAT: 420000, UrbanConstruction: 29400, EducationSurcharge: 12600,
			LocalEducationSurcharge: 8400, PersonalIncome: 150001}},
	}
}

// only is sc's records of one table, as Read returns them: record ids
// cleared, a patent's income and rewards empty.
func only(sc *model.Scenario, table string) *model.Scenario {
	out := &model.Scenario{}
	switch table {
	case "people":
		out.People = append([]model.Person{}, sc.People...)
		for i := range out.People {
			out.People[i].RecordID = ""
			if out.People[i].Categories == nil {
				out.People[i].Categories = []string{}
			}
		}
	case "patents":
		out.Patents = append([]model.Patent{}, sc.Patents...)
		for i := range out.Patents {
			out.Patents[i].RecordID = ""
			out.Patents[i].Income = []model.PatentIncome{}
			out.Patents[i].RewardsPaid = []model.RewardPaid{}
			if out.Patents[i].Inventors == nil {
				out.Patents[i].Inventors = []string{}
			}
		}
	case "rd_expenses":
		out.RDExpenses = clear(sc.RDExpenses, func(r *model.RDExpense) { r.RecordID = "" })
	case "investments":
		out.Investments = clear(sc.Investments, func(r *model.Investment) { r.RecordID = "" })
	case "loans":
		out.Loans = clear(sc.Loans, func(r *model.Loan) { r.RecordID = "" })
	case "fees":
		out.Fees = clear(sc.Fees, func(r *model.Fee) { r.RecordID = "" })
	case "financials":
		out.Financials = clear(sc.Financials, func(r *model.Financial) { r.RecordID = "" })
	case "taxes":
		out.Taxes = clear(sc.Taxes, func(r *model.TaxYear) { r.RecordID = "" })
	}
	return out
}

func clear[T any](in []T, f func(*T)) []T {
	if len(in) == 0 {
		return nil
	}
	out := append([]T{}, in...)
	for i := range out {
		f(&out[i])
	}
	return out
}

func write(t *testing.T, name, table string, sc *model.Scenario) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, name, table, sc); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Every table of every example goes out as .xlsx and .csv and comes back
// as the same records: not a fen, a date or a null lost.
func TestRoundTrip(t *testing.T) {
	for name, sc := range sources(t) {
		for _, table := range Tables() {
			tt, _ := lookup(table)
			if tt.count(sc) == 0 {
				continue
			}
			want := only(sc, table)
			for _, ext := range []string{".xlsx", ".csv"} {
				file := table + ext
				got, err := Read(file, write(t, file, table, sc), table)
				if err != nil {
					t.Errorf("%s %s: %v", name, file, err)
					continue
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s %s changed:\n got %+v\nwant %+v", name, file, got, want)
				}
			}
		}
	}
}

func TestTables(t *testing.T) {
	if got := strings.Join(Tables(), ","); got != "people,patents,rd_expenses,investments,loans,fees,financials,taxes" {
		t.Errorf("Tables() = %s", got)
	}
	for _, table := range Tables() {
		headers := map[string]bool{}
		for _, c := range Columns(table) {
			for _, h := range []string{normHeader(c.Field), normHeader(c.Header), baseHeader(normHeader(c.Header))} {
				if headers[h] && h != normHeader(c.Header) && h != baseHeader(normHeader(c.Header)) {
					t.Errorf("%s: header %q is used twice", table, h)
				}
			}
			headers[normHeader(c.Field)] = true
			if (c.Kind == Enum) != (c.Enum != nil) && c.Kind != List {
				t.Errorf("%s.%s: kind and enumeration disagree", table, c.Field)
			}
			if c.Note == "" || c.Header == "" {
				t.Errorf("%s.%s: no note or header", table, c.Field)
			}
			if c.Kind == Fen && !strings.HasSuffix(c.Field, "_fen") || c.Kind == Fen && !strings.HasSuffix(c.Header, "(元)") {
				t.Errorf("%s.%s: an amount column must be %s_fen / …(元)", table, c.Field, c.Field)
			}
		}
		if TableName(table) == table {
			t.Errorf("%s has no Chinese name", table)
		}
		if got, ok := FindTable(TableName(table)); !ok || got != table {
			t.Errorf("FindTable(%s) = %s", TableName(table), got)
		}
	}
	if Columns("nope") != nil {
		t.Error("columns of an unknown table")
	}
}

// roster is the same three people in every format below: Chinese names
// and headers, a GB18030-only character (䶮), dates and amounts in
// several forms.
const rosterCSV = "姓名,身份证号码,入职日期,合同期限（月）,毕业日期,人员类别,创办人\r\n" +
	"刘䶮,530402199203150017,2017/3/1,36,2014年7月1日,城镇登记失业人员；veteran,是\r\n" +
	"王芳,,2017.3.1,,,,否\r\n" +
	"\r\n" +
	"\"张,三\",530421198808080028,42795,12,20140701,残疾人、就业困难人员,\r\n"

func rosterWant() *model.Scenario {
	return &model.Scenario{People: []model.Person{
		{Name: "刘䶮", IDNumber: "530402199203150017", Hired: 20170301, ContractMonths: ptr(36), Graduated: 20140701,
			Categories: []string{"registered_unemployed", "veteran"}, Founder: true},
		{Name: "王芳", Hired: 20170301, Categories: []string{}},
		{Name: "张,三", IDNumber: "530421198808080028", Hired: 20170301, ContractMonths: ptr(12), Graduated: 20140701,
			Categories: []string{"disabled", "employment_difficulty"}},
	}}
}

// xlsxFile builds a workbook with excelize, as another program would:
// shared strings, real date cells, numbers as numbers.
func xlsxFile(t *testing.T, sheet string, rows [][]any, setup func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if sheet != "Sheet1" {
		if err := f.SetSheetName("Sheet1", sheet); err != nil {
			t.Fatal(err)
		}
	}
	if setup != nil {
		setup(f)
	}
	dateFmt := "yyyy/m/d"
	dateStyle, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt})
	for i, r := range rows {
		for j, v := range r {
			ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if v == nil {
				continue
			}
			if err := f.SetCellValue(sheet, ref, v); err != nil {
				t.Fatal(err)
			}
			if _, ok := v.(time.Time); ok {
				f.SetCellStyle(sheet, ref, ref, dateStyle)
			}
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadEveryFormatAndEncoding(t *testing.T) {
	day := time.Date(2017, 3, 1, 0, 0, 0, 0, time.UTC)
	xlsx := xlsxFile(t, "花名册", [][]any{
		{"姓名", "身份证号码", "入职日期", "合同期限(月)", "毕业日期", "人员类别", "创办人"},
		{"刘䶮", "530402199203150017", day, 36, "2014年7月1日", "城镇登记失业人员；veteran", true},
		{"王芳", nil, "2017.3.1", nil, nil, nil, "否"},
		{},
		{"张,三", "530421198808080028", 42795, 12.0, "20140701", "残疾人、就业困难人员", nil},
	}, nil)
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(strings.ReplaceAll(rosterCSV, "刘䶮", "刘岩"))
	if err != nil {
		t.Fatal(err)
	}
	gb18030, err := simplifiedchinese.GB18030.NewEncoder().String(rosterCSV)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String(strings.ReplaceAll(rosterCSV, ",", "\t"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data []byte
		gbk  bool
	}{
		{"utf16.txt", []byte(utf16), false},
		{"花名册.xlsx", xlsx, false},
		{"utf8.csv", []byte(rosterCSV), false},
		{"bom.csv", []byte("\ufeff" + rosterCSV), false},
		{"gbk.csv", []byte(gbk), true},
		{"gb18030.csv", []byte(gb18030), false},
		{"UPPER.CSV", []byte(rosterCSV), false},
	} {
		got, err := Read(c.name, c.data, "people")
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		w := rosterWant()
		if c.gbk {
			w.People[0].Name = "刘岩" // 䶮 is not in GBK
		}
		if c.name == "utf16.txt" {
			w.People[2].Name = "张\t三" // tab-separated: the quoted comma became a tab too
		}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.name, got.People, w.People)
		}
	}
	if bytes.Equal([]byte(gbk), []byte(strings.ReplaceAll(rosterCSV, "刘䶮", "刘岩"))) {
		t.Fatal("the GBK file is not GBK")
	}
}

func TestReadRefusesUnknownEncodingAndFormats(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"bad.csv", []byte("\x81\x30姓名\n\xff\xfe\xfd"), "encoding"},
		{"bad.xlsx", []byte("not a zip"), "cannot read this .xlsx"},
		{"old.xls", []byte{0xd0, 0xcf, 0x11, 0xe0}, "save the sheet as .xlsx"},
		{"notes.docx", []byte("x"), "must end in .xlsx or .csv"},
		{"empty.csv", nil, "the sheet is empty"},
		{"mostly-utf8.csv", []byte("name,hired\n张三,2017-01-01\nRen\xe9e,2017-01-01\n"), "line 3 holds invalid bytes"},
	} {
		_, err := Read(c.name, c.data, "people")
		var rows RowErrors
		if !errors.As(err, &rows) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want RowErrors with %q", c.name, err, c.want)
		}
	}
	// A header with no rows is an empty table, as exporting one writes.
	if sc, err := Read("header.csv", []byte("姓名\n"), "people"); err != nil || len(sc.People) != 0 {
		t.Errorf("header-only file: %v, %d people", err, len(sc.People))
	}
	if _, err := Read("x.csv", []byte("姓名\n张三\n"), "staff"); err == nil || !strings.Contains(err.Error(), "unknown table") {
		t.Errorf("unknown table: %v", err)
	}
}

// The worksheet named after the table is read, wherever it is; otherwise
// the first.
func TestPicksTheTablesWorksheet(t *testing.T) {
	data := xlsxFile(t, "封面", [][]any{{"这是封面"}}, func(f *excelize.File) {
		f.NewSheet("人员")
		f.SetSheetRow("人员", "A1", &[]any{"姓名"})
		f.SetSheetRow("人员", "A2", &[]any{"王五"})
	})
	got, err := Read("x.xlsx", data, "people")
	if err != nil || len(got.People) != 1 || got.People[0].Name != "王五" {
		t.Errorf("got %+v, %v", got, err)
	}
	data = xlsxFile(t, "Sheet1", [][]any{{"姓名"}, {"赵六"}}, func(f *excelize.File) {
		f.NewSheet("其他")
	})
	got, err = Read("x.xlsx", data, "people")
	if err != nil || len(got.People) != 1 || got.People[0].Name != "赵六" {
		t.Errorf("first sheet: %+v, %v", got, err)
	}
}

// A 1904-based workbook (old Mac Excel) counts its date serials from
// 1904-01-01.
func TestDate1904Workbook(t *testing.T) {
	data := xlsxFile(t, "Sheet1", [][]any{{"日期", "研发项目", "费用类别", "金额(元)"}, {41333, "温控", "其他相关费用", 1}},
		func(f *excelize.File) {
			yes := true
			if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
				t.Fatal(err)
			}
		})
	got, err := Read("x.xlsx", data, "rd_expenses")
	if err != nil {
		t.Fatal(err)
	}
	if d := got.RDExpenses[0].Date; d != 20170301 {
		t.Errorf("1904 serial 41333 read as %s, want 2017-03-01", d)
	}
}

// Excel's own cell types: a date cell, a number with binary noise, a
// boolean cell and a formula's cached value.
func TestExcelCellTypes(t *testing.T) {
	data := xlsxFile(t, "Sheet1", [][]any{
		{"日期", "研发项目", "费用类别", "金额(元)", "资本化"},
		{time.Date(2017, 3, 1, 0, 0, 0, 0, time.UTC), "温控", "人员人工费用", 1234.56, true},
		{time.Date(2017, 12, 31, 15, 30, 0, 0, time.UTC), "A&B <项目>", "personnel", 0.1 + 0.2, false},
	}, func(f *excelize.File) {})
	f, _ := excelize.OpenReader(bytes.NewReader(data))
	f.SetCellFormula("Sheet1", "D3", "=0.1+0.2")
	buf, _ := f.WriteToBuffer()
	got, err := Read("x.xlsx", buf.Bytes(), "rd_expenses")
	if err != nil {
		t.Fatal(err)
	}
	want := []model.RDExpense{
		{Date: 20170301, Project: "温控", Category: "personnel", Amount: 123456, Capitalized: true},
		{Date: 20171231, Project: "A&B <项目>", Category: "personnel", Amount: 30},
	}
	if !reflect.DeepEqual(got.RDExpenses, want) {
		t.Errorf("got %+v\nwant %+v", got.RDExpenses, want)
	}
}

// Written cells are typed as the issue asks: codes as text, amounts as
// numbers with two decimals, dates as Excel dates.
func TestWriteCellTypes(t *testing.T) {
	sc := fullScenario()
	data := write(t, "x.xlsx", "people", sc)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	sheets := f.GetSheetList()
	if len(sheets) != 1 || sheets[0] != "人员" {
		t.Fatalf("sheets %v", sheets)
	}
	if v, _ := f.GetCellValue("人员", "B1"); v != "姓名" {
		t.Errorf("B1 = %q", v)
	}
	if typ, _ := f.GetCellType("人员", "C2"); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
		t.Errorf("ID number cell type %v, want text", typ)
	}
	if v, _ := f.GetCellValue("人员", "C2"); v != "530402199203150017" {
		t.Errorf("ID number %q", v)
	}
	checkDate := func(f *excelize.File, sheet, ref string, serial string) {
		t.Helper()
		raw, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		id, _ := f.GetCellStyle(sheet, ref)
		st, _ := f.GetStyle(id)
		if raw != serial || st.CustomNumFmt == nil || *st.CustomNumFmt != "yyyy-mm-dd" {
			t.Errorf("%s = %q with format %v, want the date serial %s as yyyy-mm-dd", ref, raw, st.CustomNumFmt, serial)
		}
	}
	checkDate(f, "人员", "E2", "42444") // 2016-03-15
	f.Close()

	data = write(t, "x.xlsx", "rd_expenses", sc)
	f, _ = excelize.OpenReader(bytes.NewReader(data))
	defer f.Close()
	for ref, want := range map[string]string{"D2": "0.01", "D3": "12345678901.23", "D4": "0.1"} {
		raw, _ := f.GetCellValue("研发费用", ref, excelize.Options{RawCellValue: true})
		typ, _ := f.GetCellType("研发费用", ref)
		id, _ := f.GetCellStyle("研发费用", ref)
		st, _ := f.GetStyle(id)
		if raw != want || typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber || st.NumFmt != 2 {
			t.Errorf("%s = %q (type %v, format %d), want the number %s as 0.00", ref, raw, typ, st.NumFmt, want)
		}
	}
	if v, _ := f.GetCellValue("研发费用", "C2"); v != "人员人工费用" {
		t.Errorf("category written as %q, want its Chinese name", v)
	}
	checkDate(f, "研发费用", "A2", "42551") // 2016-06-30
}

func TestWriteCSV(t *testing.T) {
	data := write(t, "x.csv", "loans", fullScenario())
	want := "\ufeff贷款类型,借款人,贷款金额(元),放款日期,期限(月),年利率(%),按期还款\r\n" +
		"创业担保贷款,p1,200000.00,2017-03-01,24,4.35,是\r\n" +
		"商业贷款,企业,0.05,2017-03-01,6,0.00,\r\n"
	if string(data) != want {
		t.Errorf("got\n%q\nwant\n%q", data, want)
	}
	var buf bytes.Buffer
	if err := Write(&buf, "x.json", "loans", fullScenario()); err == nil {
		t.Error("wrote a .json")
	}
	if err := Write(&buf, "x.csv", "firm", fullScenario()); err == nil {
		t.Error("wrote an unknown table")
	}
}
