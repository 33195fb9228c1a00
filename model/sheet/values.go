package sheet

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/msg"
)

// unit says how a Fen or Rate column reads its numbers: by its Chinese
// header in yuan or percent, by its field name (amount_fen, rate_bp) in
// integer fen or basis points, as the JSON format does.
type unit bool

const (
	human unit = false // yuan, percent
	exact unit = true  // fen, basis points
)

// trim removes the blanks spreadsheets leave around values, including the
// ideographic space and the no-break space.
func trim(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' || r == '\ufeff' })
}

// parse reads one cell of col. raw is the cell's text (for an .xlsx number
// or date cell, its stored value).
func parse(col *Column, raw string, u unit, date1904 bool) (cell, *msg.Error) {
	s := trim(raw)
	if s == "" {
		switch {
		case col.Required:
			return cell{}, msg.Errorf("不能为空", "must not be empty")
		case col.Kind == Bool:
			return cell{n: 0}, nil
		case col.Nullable:
			return cell{null: true}, nil
		}
		return cell{}, msg.Errorf("不能为空", "must not be empty")
	}
	switch col.Kind {
	case Text:
		s = unneutralize(s)
		if strings.Contains(s, ".") && numberChars(s) && len(s) > 16 {
			// A number cell in a text column, with binary noise:
			// 1.1000000000000001 is what Excel shows as 1.1.
			if d, ok := excelDecimal(s); ok {
				s = d
			}
		}
		return cell{s: s}, nil
	case Code:
		v, err := parseCode(col, s)
		return cell{s: v}, err
	case Date:
		d, err := parseDate(s, date1904)
		return cell{n: int64(d)}, err
	case Fen:
		if u == exact {
			n, err := parseInteger(s)
			if err != nil {
				return cell{}, msg.Errorf("%q 不是整数：表头“%s”的列按分填写整数；按元填写请用表头“%s”",
					"%q is not a whole number: a column headed %q holds fen; for yuan use the header %q", s, col.Field, col.Header)
			}
			return cell{n: n}, nil
		}
		n, err := parseYuan(s)
		return cell{n: n}, err
	case Int:
		n, err := parseInteger(s)
		if err != nil {
			return cell{}, msg.Errorf("%q 不是整数", "%q is not a whole number", s)
		}
		return cell{n: n}, nil
	case Year:
		n, err := parseInteger(strings.TrimSuffix(s, "年"))
		if err != nil {
			return cell{}, msg.Errorf("%q 不是年份（应写成 2017 这样的四位数）", "%q is not a year (write it as 2017)", s)
		}
		return cell{n: n}, nil
	case Rate:
		if u == exact {
			n, err := parseInteger(s)
			if err != nil {
				return cell{}, msg.Errorf("%q 不是整数：表头“%s”的列按基点填写整数（435 即 4.35%%）；按百分数填写请用表头“%s”",
					"%q is not a whole number: a column headed %q holds basis points (435 = 4.35%%); for percent use the header %q", s, col.Field, col.Header)
			}
			return cell{n: n}, nil
		}
		n, err := parsePercent(s)
		return cell{n: n}, err
	case Bool, Tri:
		return parseBool(s, col.Kind == Tri)
	case Enum:
		code, ok := findOption(col.Enum, s)
		if !ok {
			return cell{}, notAnOption(col.Enum, []string{s})
		}
		return cell{s: code}, nil
	case List:
		return parseList(col, s)
	}
	return cell{}, msg.Errorf("内部错误：未知的列类型", "internal error: unknown kind of column")
}

// parseCode reads an identifier as text. Excel turns a long digit string
// into a number and keeps only 15 significant digits, so an ID number comes
// back as 5.30402199203150E+17 or 530402199203150000: the last digits are
// gone and no program can restore them, so such values are refused.
func parseCode(col *Column, s string) (string, *msg.Error) {
	// ="0123" and '0123 are how people force Excel to keep text.
	if strings.HasPrefix(s, `="`) && strings.HasSuffix(s, `"`) && len(s) >= 3 {
		s = s[2 : len(s)-1]
	}
	s = strings.TrimPrefix(s, "'")
	if to, ok := col.alias[s]; ok {
		return to, nil
	}
	if isExponent(s) || roundedDigits(s) && (col.valid == nil || !col.valid(s)) {
		return "", msg.Errorf("%q 已被 Excel 当作数字保存，只保留了 15 位有效数字，末几位已经丢失、无法还原；请把这一列设为“文本”格式，重新输入完整号码后再导入",
			"%q was stored by Excel as a number and rounded to 15 significant digits, so its last digits are lost; format the column as Text, type the full numbers again and re-import", s)
	}
	if v, ok := shortDecimal(s); ok {
		s = v
	}
	if col.upper {
		s = strings.ToUpper(s)
	}
	return s, nil
}

// isExponent reports a number in exponent form: 5.30402E+17.
func isExponent(s string) bool {
	mant, exp, ok := strings.Cut(strings.ToUpper(s), "E")
	if !ok || mant == "" || exp == "" {
		return false
	}
	exp = strings.TrimLeft(exp, "+-")
	whole, frac, _ := strings.Cut(mant, ".")
	return exp != "" && allDigits(exp) && whole != "" && allDigits(whole) && allDigits(frac)
}

// roundedDigits reports 16 or more digits of which all after the 15th are
// zero: what Excel leaves of an 18-digit number. About one real ID number in
// a thousand also ends so (sequence x00, check digit 0), which is why a
// column with a check (Column.valid) refuses only values that fail it.
func roundedDigits(s string) bool {
	if len(s) < 16 || !allDigits(s) || s[0] == '0' {
		return false
	}
	return strings.Trim(s[15:], "0") == ""
}

// shortDecimal undoes the binary noise of a number cell
// (201610123456.60001 for 201610123456.6) when the shortest decimal of the
// same double is shorter.
func shortDecimal(s string) (string, bool) {
	whole, frac, ok := strings.Cut(s, ".")
	if !ok || whole == "" || frac == "" || !allDigits(whole) || !allDigits(frac) || len(whole)+len(frac) <= 15 {
		return "", false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v >= 1<<53 {
		return "", false
	}
	t := strconv.FormatFloat(v, 'f', -1, 64)
	return t, len(t) < len(s)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Excel counts days from 1899-12-30 (serial 61 is 1900-03-01; the serials
// before it are off by Excel's fictitious 1900-02-29), or from 1904-01-01 in
// workbooks made by old Macs.
const (
	excelEpoch1900 = civil.Date(18991230)
	excelEpoch1904 = civil.Date(19040101)
)

func dateOfSerial(n int, date1904 bool) civil.Date {
	if date1904 {
		return excelEpoch1904.AddDays(n)
	}
	return excelEpoch1900.AddDays(n)
}

// serialOf is the Excel serial of d in the 1900 system.
func serialOf(d civil.Date) int {
	n := d.DaysSince(excelEpoch1900)
	if n < 61 {
		n-- // before Excel's fictitious 1900-02-29
	}
	return n
}

var badDate = "无法识别的日期 %q（可写 2017-03-01、2017/3/1、2017.3.1、2017年3月1日，或 Excel 日期）"
var badDateEn = "%q is not a date (write 2017-03-01, 2017/3/1, 2017.3.1, 2017年3月1日, or use an Excel date)"

// parseDate reads the date forms of Chinese spreadsheets: 2017-03-01,
// 2017/3/1, 2017.3.1, 2017年3月1日, 20170301, a time after the date (which is
// dropped), and Excel date serials (5 digits: 1927 to 2173; the number a
// date cell stores, or a date column shown as a number).
func parseDate(s string, date1904 bool) (civil.Date, *msg.Error) {
	orig := s
	if i := strings.IndexAny(s, "T "); i > 0 {
		s = s[:i]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	if allDigits(whole) && (!hasFrac || allDigits(frac)) {
		switch {
		case len(whole) == 8 && !hasFrac:
			d, err := civil.New(atoi(whole[:4]), atoi(whole[4:6]), atoi(whole[6:]))
			if err != nil {
				return 0, msg.Errorf("日期 %q 不存在", "date %q does not exist", orig)
			}
			return d, nil
		case len(whole) == 5:
			return dateOfSerial(atoi(whole), date1904), nil
		}
		return 0, msg.Errorf(badDate, badDateEn, orig)
	}
	s = strings.NewReplacer("年", "-", "月", "-", "/", "-", ".", "-").Replace(s)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "日"), "号")
	parts := strings.Split(s, "-")
	if len(parts) != 3 || len(parts[0]) != 4 {
		return 0, msg.Errorf(badDate, badDateEn, orig)
	}
	for _, p := range parts {
		if p == "" || len(p) > 4 || !allDigits(p) {
			return 0, msg.Errorf(badDate, badDateEn, orig)
		}
	}
	if len(parts[1]) > 2 || len(parts[2]) > 2 {
		return 0, msg.Errorf(badDate, badDateEn, orig)
	}
	d, err := civil.New(atoi(parts[0]), atoi(parts[1]), atoi(parts[2]))
	if err != nil {
		return 0, msg.Errorf("日期 %q 不存在", "date %q does not exist", orig)
	}
	return d, nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// parseInteger reads a whole number, also as a number cell may store it
// ("36.0", "3.6E+1", 35.99999999999999).
func parseInteger(s string) (int64, error) {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return n, nil
	}
	if !numberChars(s) {
		return 0, strconv.ErrSyntax
	}
	if d, ok := excelDecimal(s); ok && !strings.Contains(d, ".") {
		s = d // a formula's 35.99999999999999 is the 36 Excel shows
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v != math.Trunc(v) || math.Abs(v) > 1<<53 {
		return 0, strconv.ErrSyntax
	}
	return int64(v), nil
}

// numberChars reports a plain decimal number, possibly with an exponent:
// what strconv.ParseFloat should see, without its hexadecimal, infinity and
// underscore forms.
func numberChars(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' && r != '-' && r != '+' && r != 'e' && r != 'E' {
			return false
		}
	}
	return true
}

// parseYuan reads an amount in yuan exactly, by money.Parse ("1,234.56",
// "¥1234.5", "1234.56元"); accounting negatives "(1,234.56)" too. A number
// cell may store a double with binary noise (1234.5599999999999) or in
// exponent form: its shortest decimal is what the user typed.
func parseYuan(s string) (int64, *msg.Error) {
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = "-" + s[1:len(s)-1]
	}
	f, err := money.Parse(s)
	if err == nil {
		return int64(f), nil
	}
	if d, ok := excelDecimal(s); ok {
		if f, err2 := money.Parse(d); err2 == nil {
			return int64(f), nil
		}
	}
	if m, ok := err.(*msg.Error); ok {
		return 0, m
	}
	return 0, msg.Errorf("%v", "%v", err)
}

// excelDecimal is the decimal a number cell's stored double stands for:
// its shortest form (1234.5599999999999 → 1234.56), or when that has more
// than two decimals, the 15 significant digits Excel shows (a formula's
// 0.30000000000000004 → 0.3). A value typed with three decimals keeps them
// and is refused by the caller.
func excelDecimal(s string) (string, bool) {
	if !numberChars(s) {
		return "", false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.Abs(v) >= 1<<53/100 {
		return "", false
	}
	d := strconv.FormatFloat(v, 'f', -1, 64)
	if _, frac, _ := strings.Cut(d, "."); len(frac) <= 2 {
		return d, true
	}
	shown, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	return strconv.FormatFloat(shown, 'f', -1, 64), true
}

// parsePercent reads a rate in percent with at most two decimals ("4.35",
// "4.35%") as basis points.
func parsePercent(s string) (int64, *msg.Error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "%"), "％"))
	if numberChars(t) {
		if f, err := money.Parse(t); err == nil {
			return int64(f), nil
		}
		if d, ok := excelDecimal(t); ok {
			if f, err := money.Parse(d); err == nil {
				return int64(f), nil
			}
		}
	}
	return 0, msg.Errorf("%q 不是百分数：年利率按百分数填写，最多两位小数，如 4.35 表示 4.35%%",
		"%q is not a percentage: write the annual rate in percent with at most two decimals, 4.35 for 4.35%%", s)
}

var truths = map[string]bool{
	"是": true, "true": true, "1": true, "√": true, "✓": true, "✔": true, "y": true, "yes": true, "有": true,
	"否": false, "false": false, "0": false, "×": false, "✗": false, "✘": false, "n": false, "no": false, "无": false,
}

var unknowns = map[string]bool{"未知": true, "不详": true, "不确定": true, "unknown": true, "?": true, "？": true}

func parseBool(s string, tri bool) (cell, *msg.Error) {
	l := strings.ToLower(s)
	if b, ok := truths[l]; ok {
		return boolCell(b), nil
	}
	if tri && unknowns[l] {
		return cell{null: true}, nil
	}
	if tri {
		return cell{}, msg.Errorf("%q 应填“是”或“否”（留空或“未知”表示未知）", "%q must be 是 (yes) or 否 (no); blank or 未知 for unknown", s)
	}
	return cell{}, msg.Errorf("%q 应填“是”或“否”（留空为否）", "%q must be 是 (yes) or 否 (no); blank is no", s)
}

// listSeparators split the values of a List cell.
const listSeparators = ";；、,，\n"

func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(listSeparators, r) }) {
		if p = trim(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseList(col *Column, s string) (cell, *msg.Error) {
	items := splitList(s)
	if col.Enum == nil {
		return cell{list: items}, nil
	}
	var bad []string
	for i, it := range items {
		code, ok := findOption(col.Enum, it)
		if !ok {
			bad = append(bad, it)
			continue
		}
		items[i] = code
	}
	if bad != nil {
		return cell{}, notAnOption(col.Enum, bad)
	}
	return cell{list: items}, nil
}

// optionIndex maps each enumeration's codes, Chinese and English names
// (lower-cased) to its codes.
var optionIndex = map[*model.Enum]map[string]string{}

func init() {
	for _, e := range []*model.Enum{&model.Categories, &model.TalentPrograms, &model.LeaveKinds, &model.PatentKinds,
		&model.PatentStatuses, &model.RDCategories, &model.LoanKinds, &model.IncomeKinds} {
		m := map[string]string{}
		for _, o := range e.Options() {
			m[strings.ToLower(o.En)] = o.Code
			m[o.Zh] = o.Code
			m[strings.ToLower(o.Code)] = o.Code
		}
		optionIndex[e] = m
	}
}

func findOption(e *model.Enum, s string) (string, bool) {
	code, ok := optionIndex[e][strings.ToLower(trim(s))]
	return code, ok
}

func notAnOption(e *model.Enum, bad []string) *msg.Error {
	var opts []string
	for _, o := range e.Options() {
		opts = append(opts, o.Zh+"（"+o.Code+"）")
	}
	quoted := make([]string, len(bad))
	for i, b := range bad {
		quoted[i] = strconv.Quote(b)
	}
	return msg.Errorf("%s 不是可选值；可选：%s", "%s is not one of the allowed values: %s",
		strings.Join(quoted, "、"), strings.Join(opts, "、"))
}
