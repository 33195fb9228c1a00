package sheet

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/msg"
)

// Write writes the table of sc to w as .xlsx or .csv, by name's extension,
// with the Chinese headers: ID numbers, codes and other text as text cells,
// amounts as numbers in yuan with two decimals (format 0.00, converted
// exactly from fen), rates in percent, dates as Excel dates (format
// yyyy-mm-dd), enumerations by their Chinese names. A .csv is UTF-8 with a
// BOM, so that Excel opens it with its Chinese intact, and CRLF line ends.
// Read reads both back to the same records (a patent's income and rewards
// excepted: they are not columns).
func Write(w io.Writer, name, table string, sc *model.Scenario) error {
	t, ok := lookup(table)
	if !ok {
		return msg.Errorf("未知的表 %q（可选：%s）", "unknown table %q (one of %s)", table, strings.Join(tableOrder, ", "))
	}
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".xlsx":
		return writeXLSX(w, t, sc)
	case ".csv":
		return writeCSV(w, t, sc)
	default:
		return msg.Errorf("导出文件的扩展名应为 .xlsx 或 .csv，而不是 %q", "the output must end in .xlsx or .csv, not %q", ext)
	}
}

func writeCSV(w io.Writer, t tabler, sc *model.Scenario) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString("\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	cols := t.columns()
	head := make([]string, len(cols))
	for i, c := range cols {
		head[i] = c.Header
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	rec := make([]string, len(cols))
	err := t.encode(sc, func(vals []cell) error {
		for i, c := range cols {
			rec[i] = textOf(&c, vals[i])
			if c.Kind == Text || c.Kind == Code || c.Kind == List {
				rec[i] = neutralize(rec[i])
			}
		}
		return cw.Write(rec)
	})
	if err != nil {
		return err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// textOf is a value as a .csv writes it, in the form Read reads back.
func textOf(c *Column, v cell) string {
	if v.null && c.Kind != Bool {
		return ""
	}
	switch c.Kind {
	case Date:
		return civil.Date(v.n).String()
	case Fen, Rate:
		return money.Fen(v.n).Plain()
	case Int, Year:
		return strconv.FormatInt(v.n, 10)
	case Bool, Tri:
		if v.n != 0 {
			return "是"
		}
		return "否"
	case Enum:
		return c.Enum.Label(v.s, "zh")
	case List:
		if c.Enum == nil {
			return strings.Join(v.list, ";")
		}
		labels := make([]string, len(v.list))
		for i, code := range v.list {
			labels[i] = c.Enum.Label(code, "zh")
		}
		return strings.Join(labels, "、")
	}
	return v.s
}

// styles are the cell formats of written sheets.
type styles struct {
	header, text, date, yuan, wrap int
}

func newStyles(f *excelize.File) (*styles, error) {
	var s styles
	var err error
	dateFmt := "yyyy-mm-dd"
	for _, st := range []struct {
		id    *int
		style *excelize.Style
	}{
		{&s.header, &excelize.Style{Font: &excelize.Font{Bold: true}, NumFmt: 49,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&s.text, &excelize.Style{NumFmt: 49}}, // @: text, so Excel leaves long numbers alone
		{&s.date, &excelize.Style{CustomNumFmt: &dateFmt}},
		{&s.yuan, &excelize.Style{NumFmt: 2}}, // 0.00
		{&s.wrap, &excelize.Style{NumFmt: 49, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
	} {
		if *st.id, err = f.NewStyle(st.style); err != nil {
			return nil, err
		}
	}
	return &s, nil
}

// xlsxValue is a value as an .xlsx cell: text, a number with its format, or
// an Excel date.
func (s *styles) xlsxValue(c *Column, v cell) any {
	if v.null && c.Kind != Bool {
		return nil
	}
	switch c.Kind {
	case Date:
		return excelize.Cell{StyleID: s.date, Value: serialOf(civil.Date(v.n))}
	case Fen, Rate:
		// The double nearest to the decimal: Excel shows and stores it as
		// exactly this decimal, and Read takes its shortest form back.
		f, _ := strconv.ParseFloat(money.Fen(v.n).Plain(), 64)
		return excelize.Cell{StyleID: s.yuan, Value: f}
	case Int, Year:
		return v.n
	case Text, Code:
		return excelize.Cell{StyleID: s.text, Value: v.s}
	}
	return textOf(c, v)
}

// width is a column width in Excel's character units, CJK counted double.
func width(s string) float64 {
	w := 0
	for _, r := range s {
		if r < 0x2e80 {
			w++
		} else {
			w += 2
		}
	}
	return float64(w) + 2
}

func colWidth(c *Column) float64 {
	w := width(c.Header)
	switch c.Kind {
	case Code:
		w = max(w, 21)
	case Date:
		w = max(w, 12)
	case Fen:
		w = max(w, 14)
	case Text, List:
		w = max(w, 16)
	}
	return min(w, 40)
}

func writeXLSX(w io.Writer, t tabler, sc *model.Scenario) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := t.zh()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	cols := t.columns()
	for i := range cols {
		if err := sw.SetColWidth(i+1, i+1, colWidth(&cols[i])); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := make([]any, len(cols))
	for i, c := range cols {
		head[i] = excelize.Cell{StyleID: st.header, Value: c.Header}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	row := 1
	vals := make([]any, len(cols))
	err = t.encode(sc, func(cells []cell) error {
		row++
		for i := range cols {
			vals[i] = st.xlsxValue(&cols[i], cells[i])
		}
		ref, err := excelize.CoordinatesToCellName(1, row)
		if err != nil {
			return err
		}
		return sw.SetRow(ref, vals)
	})
	if err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

// encode calls row with every record's cells in column order.
func (t *table[T]) encode(sc *model.Scenario, row func([]cell) error) error {
	recs := *t.slice(sc)
	vals := make([]cell, len(t.fields))
	for i := range recs {
		for j := range t.fields {
			vals[j] = t.fields[j].get(&recs[i])
		}
		if err := row(vals); err != nil {
			return err
		}
	}
	return nil
}

// Template returns an .xlsx for filling in a table: a worksheet named after
// the table with the Chinese header row, one example row and columns
// formatted for their values (long numbers as text, dates, amounts with two
// decimals, drop-down lists of enumerations), and a second worksheet 说明
// that says, for every column, what it holds, its format and its allowed
// values (codes and Chinese names).
func Template(table string) ([]byte, error) {
	t, ok := lookup(table)
	if !ok {
		return nil, msg.Errorf("未知的表 %q（可选：%s）", "unknown table %q (one of %s)", table, strings.Join(tableOrder, ", "))
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := t.zh()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	cols := t.columns()
	for i := range cols {
		c := &cols[i]
		letter, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, letter, letter, colWidth(c)); err != nil {
			return nil, err
		}
		style := 0
		switch c.Kind {
		case Text, Code, List, Enum, Bool, Tri:
			style = st.text
		case Date:
			style = st.date
		case Fen, Rate:
			style = st.yuan
		}
		if style != 0 {
			if err := f.SetColStyle(sheet, letter, style); err != nil {
				return nil, err
			}
		}
		if err := f.SetCellValue(sheet, letter+"1", c.Header); err != nil {
			return nil, err
		}
		if err := f.SetCellStyle(sheet, letter+"1", letter+"1", st.header); err != nil {
			return nil, err
		}
		if c.Example != "" {
			v, perr := parse(c, c.Example, human, false)
			if perr != nil {
				return nil, fmt.Errorf("sheet: example of %s.%s: %v", table, c.Field, perr)
			}
			if err := setCell(f, sheet, letter+"2", st.xlsxValue(c, v)); err != nil {
				return nil, err
			}
		}
		if list := dropList(c); list != nil {
			dv := excelize.NewDataValidation(true)
			dv.Sqref = letter + "2:" + letter + "1048576"
			if err := dv.SetDropList(list); err == nil {
				if err := f.AddDataValidation(sheet, dv); err != nil {
					return nil, err
				}
			}
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	if err := notes(f, st, t, cols); err != nil {
		return nil, err
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func setCell(f *excelize.File, sheet, ref string, v any) error {
	if c, ok := v.(excelize.Cell); ok {
		if err := f.SetCellValue(sheet, ref, c.Value); err != nil {
			return err
		}
		return f.SetCellStyle(sheet, ref, ref, c.StyleID)
	}
	if v == nil {
		return nil
	}
	return f.SetCellValue(sheet, ref, v)
}

// dropList is the choice offered in an enumeration's or yes/no column; the
// validation only suggests (Excel shows no error), so codes may be typed.
func dropList(c *Column) []string {
	switch c.Kind {
	case Enum:
		var out []string
		for _, o := range c.Enum.Options() {
			out = append(out, o.Zh)
		}
		return out
	case Bool:
		return []string{"是", "否"}
	case Tri:
		return []string{"是", "否", "未知"}
	}
	return nil
}

func kindNote(c *Column) string {
	switch c.Kind {
	case Text:
		return "文字"
	case Code:
		return "文本（请把该列设为文本格式，长号码才不会被 Excel 改成科学计数法）"
	case Date:
		return "日期：Excel 日期，或 2017-03-01、2017/3/1、2017.3.1、2017年3月1日"
	case Fen:
		return "金额，单位元，最多两位小数，如 1234.56、1,234.56、¥1234.5；表头写作 " + c.Field + " 时单位为分，填整数"
	case Int:
		return "整数"
	case Year:
		return "四位年份，如 2017"
	case Rate:
		return "百分数，最多两位小数，4.35 表示 4.35%；表头写作 " + c.Field + " 时填基点整数（435）"
	case Bool:
		return "是 / 否（也可填 √、1、0、true、false）；留空为否"
	case Tri:
		return "是 / 否；留空或“未知”为未知"
	case Enum:
		return "下列可选值之一，填中文名称或代码均可"
	case List:
		if c.Enum != nil {
			return "可填多个可选值，用 ；、或 ; 分隔，填中文名称或代码均可"
		}
		return "可填多个，用 ；、或 ; 分隔"
	}
	return ""
}

func optionsNote(c *Column) string {
	if c.Enum == nil {
		return ""
	}
	var lines []string
	for _, o := range c.Enum.Options() {
		lines = append(lines, o.Code+"　"+o.Zh)
	}
	return strings.Join(lines, "\n")
}

var generalNotes = []string{
	"填写说明",
	"1. 第 1 行为表头，其后每行一条记录；空行会被跳过。列的顺序不限，不需要的列可以删除（必填列除外）。",
	"2. 表头可用本页“表头”一栏的中文，也可用“字段名”一栏的英文名。",
	"3. 金额列用中文表头（如“金额(元)”）时按元填写；用以 _fen 结尾的字段名作表头时按分填写整数，二者不会混淆。",
	"4. 身份证号码、统一社会信用代码等长号码请设为文本格式。Excel 一旦把它们存成数字（显示为 5.30402E+17），末几位就已丢失，导入时会被拒绝。",
	"5. 导入是“全部或全不”：任何一行有错，整个文件都不会导入，程序会列出每一处错误所在的行号、列和原因；改正后重新导入即可。",
	"6. 导入前程序会自动备份数据库（保存在数据库文件旁的 .backups 文件夹中，保留最近 10 份）。",
}

var tableNotes = map[string]string{
	"people":  "7. 人员编号是贷款借款人和专利发明人引用人员的方式；不填时导入程序按 p1、p2… 自动编号，不与已有人员重复。",
	"patents": "7. 发明人填人员编号（见人员表）。专利的收益和已发放的奖酬按年记录，请在程序中录入，表格导入的专利这两项为空。",
	"loans":   "7. 借款人填“企业”表示企业自己借款，否则填借款人的人员编号（见人员表）。",
}

func notes(f *excelize.File, st *styles, t tabler, cols []Column) error {
	const sheet = "说明"
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	head := []string{"列", "表头", "字段名", "必填", "内容", "格式", "可选值（代码　中文名称）"}
	widths := []float64{6, 22, 34, 6, 50, 50, 40}
	for i, h := range head {
		letter, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, letter, letter, widths[i]); err != nil {
			return err
		}
		if err := f.SetCellValue(sheet, letter+"1", h); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(sheet, "A1", "G1", st.header); err != nil {
		return err
	}
	for i := range cols {
		c := &cols[i]
		letter, _ := excelize.ColumnNumberToName(i + 1)
		req := ""
		if c.Required {
			req = "是"
		}
		row := []any{letter, c.Header, c.Field, req, c.Note, kindNote(c), optionsNote(c)}
		ref, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sheet, ref, &row); err != nil {
			return err
		}
		end, _ := excelize.CoordinatesToCellName(len(row), i+2)
		if err := f.SetCellStyle(sheet, ref, end, st.wrap); err != nil {
			return err
		}
	}
	r := len(cols) + 3
	lines := append([]string(nil), generalNotes...)
	if n, ok := tableNotes[t.code()]; ok {
		lines = append(lines, n)
	}
	for i, line := range lines {
		ref, _ := excelize.CoordinatesToCellName(1, r+i)
		if err := f.SetCellValue(sheet, ref, line); err != nil {
			return err
		}
	}
	return nil
}
