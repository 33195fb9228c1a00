package sheet

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/ident"
)

func TestDateForms(t *testing.T) {
	for _, s := range []string{
		"2017-03-01", "2017-3-1", "2017/3/1", "2017/03/01", "2017.3.1", "2017年3月1日", "2017年03月01日", "2017年3月1号",
		"20170301", "42795", "42795.75", "2017-03-01 00:00:00", "2017-03-01T00:00:00Z", "2017/3/1 9:30", " 2017-03-01 ",
	} {
		d, err := parseDate(trim(s), false)
		if err != nil || d != 20170301 {
			t.Errorf("parseDate(%q) = %s, %v; want 2017-03-01", s, d, err)
		}
	}
	if d, err := parseDate("41333", true); err != nil || d != 20170301 {
		t.Errorf("1904 serial: %s, %v", d, err)
	}
	for _, s := range []string{"3/1/2017", "01.03.2017", "2017", "2017-02-29", "2017年2月30日", "20170230", "2017-13-01",
		"1", "123456", "明天", "2017-03", "17-3-1", "2017--03-01", "2017-003-01"} {
		if d, err := parseDate(s, false); err == nil {
			t.Errorf("parseDate(%q) = %s, want a refusal", s, d)
		} else if !strings.Contains(err.Zh, s) || !strings.Contains(err.En, s) {
			t.Errorf("parseDate(%q): %v does not quote the value", s, err)
		}
	}
}

// Serials and dates convert both ways, on both sides of Excel's
// fictitious 1900-02-29.
func TestExcelSerials(t *testing.T) {
	for serial, date := range map[int]civil.Date{1: 19000101, 59: 19000228, 61: 19000301, 42795: 20170301, 2958465: 99991231} {
		if got := serialOf(date); got != serial {
			t.Errorf("serialOf(%s) = %d, want %d", date, got, serial)
		}
		if serial >= 61 {
			if got := dateOfSerial(serial, false); got != date {
				t.Errorf("dateOfSerial(%d) = %s, want %s", serial, got, date)
			}
		}
	}
}

func TestAmountForms(t *testing.T) {
	yuan := &Column{Field: "amount_fen", Header: "金额(元)", Kind: Fen, Required: true}
	for s, want := range map[string]int64{
		"1234.56": 123456, "1,234.56": 123456, "¥1234.5": 123450, "￥1,234": 123400, "1234.56元": 123456, "¥ 1,234.56 元": 123456,
		"0.01": 1, ".5": 50, "12345678901.23": 1234567890123, "-12.5": -1250, "(1,234.56)": -123456,
		"1234.5599999999999": 123456, "0.30000000000000004": 30, "1.5E+3": 150000, "1.23456789012E+10": 1234567890120,
	} {
		c, err := parse(yuan, s, human, false)
		if err != nil || c.n != want {
			t.Errorf("yuan %q = %d, %v; want %d fen", s, c.n, err, want)
		}
	}
	for _, s := range []string{"1234.567", "1,23", "12元3", "abc", "1.2.3", "0x10", "Inf", "1_000"} {
		if c, err := parse(yuan, s, human, false); err == nil {
			t.Errorf("yuan %q = %d, want a refusal", s, c.n)
		}
	}
	// Under the field name, integers in fen; a decimal is refused rather
	// than guessed at.
	for s, want := range map[string]int64{"123456": 123456, "123456.0": 123456, "-5": -5, "1.23456E+5": 123456} {
		if c, err := parse(yuan, s, exact, false); err != nil || c.n != want {
			t.Errorf("fen %q = %d, %v; want %d", s, c.n, err, want)
		}
	}
	_, err := parse(yuan, "1234.56", exact, false)
	if err == nil || !strings.Contains(err.Zh, "按分填写整数") || !strings.Contains(err.En, "holds fen") || !strings.Contains(err.Zh, "金额(元)") {
		t.Errorf("a decimal under amount_fen: %v", err)
	}

	rate := &Column{Field: "rate_bp", Header: "年利率(%)", Kind: Rate, Required: true}
	for s, want := range map[string]int64{"4.35": 435, "4.35%": 435, "4.35％": 435, "6": 600, "4.3500000000000005": 435} {
		if c, err := parse(rate, s, human, false); err != nil || c.n != want {
			t.Errorf("rate %q = %d, %v; want %d", s, c.n, err, want)
		}
	}
	if c, err := parse(rate, "435", exact, false); err != nil || c.n != 435 {
		t.Errorf("rate_bp 435 = %d, %v", c.n, err)
	}
	for _, s := range []string{"0.0435", "4.355", "¥4", "四厘"} {
		if _, err := parse(rate, s, human, false); err == nil {
			t.Errorf("rate %q accepted", s)
		}
	}
}

func TestBooleans(t *testing.T) {
	b := &Column{Kind: Bool}
	tri := &Column{Kind: Tri, Nullable: true}
	for _, s := range []string{"是", "true", "TRUE", "1", "√", "✓", "Y", "yes", "有"} {
		if c, err := parse(b, s, human, false); err != nil || c.n != 1 {
			t.Errorf("%q is not true: %+v %v", s, c, err)
		}
	}
	for _, s := range []string{"否", "false", "FALSE", "0", "×", "N", "no", "无", ""} {
		if c, err := parse(b, s, human, false); err != nil || c.n != 0 || c.null {
			t.Errorf("%q is not false: %+v %v", s, c, err)
		}
	}
	for _, s := range []string{"", "未知", "不详", "?"} {
		if c, err := parse(tri, s, human, false); err != nil || c.tri() != model.Unknown {
			t.Errorf("%q is not unknown: %+v %v", s, c, err)
		}
	}
	if c, err := parse(tri, "否", human, false); err != nil || c.tri() != model.False {
		t.Errorf("否 in a nullable column: %+v %v", c, err)
	}
	for _, col := range []*Column{b, tri} {
		if _, err := parse(col, "也许", human, false); err == nil || !strings.Contains(err.Zh, "是") {
			t.Errorf("也许 accepted: %v", err)
		}
	}
	if _, err := parse(b, "未知", human, false); err == nil {
		t.Error("未知 accepted where a yes or no is required")
	}
}

func TestEnumsAndLists(t *testing.T) {
	cats := &Column{Kind: List, Enum: &model.Categories, Nullable: true}
	c, err := parse(cats, "城镇登记失业人员；残疾人、veteran;Disabled person， returning_migrant", human, false)
	want := []string{"registered_unemployed", "disabled", "veteran", "disabled", "returning_migrant"}
	if err != nil || strings.Join(c.list, ",") != strings.Join(want, ",") {
		t.Errorf("categories = %v, %v", c.list, err)
	}
	_, err = parse(cats, "残疾人；大学生；退伍", human, false)
	if err == nil || !strings.Contains(err.Zh, `"大学生"、"退伍" 不是可选值`) || !strings.Contains(err.Zh, "城镇登记失业人员（registered_unemployed）") {
		t.Errorf("bad categories: %v", err)
	}
	kind := &Column{Kind: Enum, Enum: &model.PatentKinds, Required: true}
	for _, s := range []string{"invention", "INVENTION", "发明专利", "Invention"} {
		if c, err := parse(kind, s, human, false); err != nil || c.s != "invention" {
			t.Errorf("patent kind %q = %q, %v", s, c.s, err)
		}
	}
	if _, err := parse(kind, "发明", human, false); err == nil {
		t.Error("an unknown kind was accepted")
	}
	text := &Column{Kind: Text, Required: true}
	for raw, want := range map[string]string{"1.1000000000000001": "1.1", "2017": "2017", "A.1": "A.1", "1.25": "1.25"} {
		if c, err := parse(text, raw, human, false); err != nil || c.s != want {
			t.Errorf("text %q = %q, %v; want %q", raw, c.s, err, want)
		}
	}
	months := &Column{Kind: Int, Required: true}
	for raw, want := range map[string]int64{"36": 36, "36.0": 36, "35.99999999999999": 36, "3.6E+1": 36} {
		if c, err := parse(months, raw, human, false); err != nil || c.n != want {
			t.Errorf("int %q = %d, %v; want %d", raw, c.n, err, want)
		}
	}
	for _, raw := range []string{"35.5", "三十六", "36个月"} {
		if _, err := parse(months, raw, human, false); err == nil {
			t.Errorf("int %q accepted", raw)
		}
	}
	ids := &Column{Kind: List, Nullable: true}
	if c, _ := parse(ids, "p1; p2、员工3", human, false); strings.Join(c.list, "|") != "p1|p2|员工3" {
		t.Errorf("person ids = %v", c.list)
	}
}

// realIDEnding000 is a valid resident ID number whose last three
// characters are 000, which Excel's rounding also produces.
func realIDEnding000(t *testing.T) string {
	for day := 10; day <= 28; day++ {
		for seq := 1; seq <= 9; seq++ {
			first := fmt.Sprintf("530402199203%02d%d00", day, seq)
			if c, _ := ident.ResidentIDCheckChar(first); c == '0' {
				return first + "0"
			}
		}
	}
	t.Fatal("no ID ending in 000 found")
	return ""
}

func TestRoundedIDNumbers(t *testing.T) {
	col := &Column{Field: "id_number", Header: "身份证号码", Kind: Code, Nullable: true, upper: true, valid: validID}
	for _, s := range []string{"5.30402199203150E+17", "5.30402E+17", "5.3040219920315002E+17", "530402199203150000", "5304021992031500000"} {
		_, err := parse(col, s, human, false)
		if err == nil || !strings.Contains(err.Zh, "15 位有效数字") || !strings.Contains(err.En, "15 significant digits") {
			t.Errorf("%s: %v, want the rounding refusal", s, err)
		}
	}
	real := realIDEnding000(t)
	if c, err := parse(col, real, human, false); err != nil || c.s != real {
		t.Errorf("the real ID %s was refused: %v", real, err)
	}
	for s, want := range map[string]string{
		"53040219920315001x": "53040219920315001X", `="530402199203150017"`: "530402199203150017",
		"'530402199203150017": "530402199203150017", "530402199203150017": "530402199203150017",
	} {
		if c, err := parse(col, s, human, false); err != nil || c.s != want {
			t.Errorf("%s = %q, %v; want %s", s, c.s, err, want)
		}
	}
	// A patent number stored as a number with binary noise is given back
	// as typed.
	pat := &Column{Kind: Code, Required: true, upper: true}
	if c, err := parse(pat, "201610123456.60001", human, false); err != nil || c.s != "201610123456.6" {
		t.Errorf("patent number = %q, %v", c.s, err)
	}
}

// The refusal of an ID that Excel rounded reaches the user with its row
// and column, whether the sheet stored a number in exponent form or its
// digits.
func TestRoundedIDInFiles(t *testing.T) {
	data := xlsxFile(t, "Sheet1", [][]any{
		{"姓名", "身份证号码"},
		{"甲", float64(530402199203150017)}, // what Excel keeps: 15 significant digits
		{"乙", int64(530402199203150017)},   // all 18 digits in the file: kept
		{"丙", "5.30402199203150E+17"},      // text that Excel showed
	}, nil)
	_, err := Read("x.xlsx", data, "people")
	var rows RowErrors
	if !errors.As(err, &rows) || len(rows) != 2 {
		t.Fatalf("got %v", err)
	}
	for i, row := range []int{2, 4} {
		if rows[i].Row != row || rows[i].Col != "B" || rows[i].Header != "身份证号码" || !strings.Contains(rows[i].Err.Zh, "15 位有效数字") {
			t.Errorf("problem %d: %+v", i, rows[i])
		}
	}
	if !strings.Contains(err.Error(), "第 2 行 B 列（身份证号码）") || !strings.Contains(err.Error(), "row 4, column B (身份证号码)") {
		t.Errorf("message:\n%v", err)
	}
}
