package sheet

import (
	"strings"

	"huiqi/model/msg"
)

// CSV injection (OWASP): Excel and WPS run a .csv cell that begins with
// = + - @ (or a tab or carriage return before one) as a formula, so a name
// such as =HYPERLINK(…) would become a live link, or worse, when an
// accountant opens an export. Exports neutralise such text with a leading
// apostrophe, which the spreadsheet shows as text; imports take the
// apostrophe off again (so export → import gives the text back) and warn
// about cells that look like formulas. Numbers Huiqi writes (a negative
// taxable income) are left alone: they are numbers, not text. An .xlsx
// holds text as typed strings, which no spreadsheet evaluates.

// formulaStart is what makes a spreadsheet read a cell as a formula.
const formulaStart = "=+-@\t\r"

func formulaLike(s string) bool {
	return s != "" && strings.ContainsRune(formulaStart, rune(s[0]))
}

// neutralize prefixes text that would be read as a formula with '.
func neutralize(s string) string {
	if formulaLike(s) {
		return "'" + s
	}
	return s
}

// unneutralize removes the apostrophe neutralize added.
func unneutralize(s string) string {
	if len(s) > 1 && s[0] == '\'' && formulaLike(s[1:]) {
		return s[1:]
	}
	return s
}

func formulaWarning() *msg.Error {
	return msg.Errorf("以 = + - @ 开头，像是表格公式：已按文字导入，请核对内容（导出为 CSV 时会在前面加 ' 以免被当作公式执行）",
		"begins with = + - @ like a spreadsheet formula: imported as text; check it (a CSV export puts ' before it so that it is never run as a formula)")
}
