package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"
)

// slowRows reads a worksheet through excelize's own iterator: what the
// fast scanner must agree with.
func slowRows(t *testing.T, data []byte, sheet string) ([]int, [][]string) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data), xlsxOptions)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.Rows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var nums []int
	var out [][]string
	n := 0
	for rows.Next() {
		n++
		vals, err := rows.Columns(xlsxOptions)
		if err != nil {
			t.Fatal(err)
		}
		if len(vals) > 0 {
			nums = append(nums, n)
			out = append(out, vals)
		}
	}
	return nums, out
}

func nonEmpty(nums []int, rows [][]string) ([]int, [][]string) {
	var n []int
	var r [][]string
	for i := range rows {
		if len(rows[i]) > 0 {
			n = append(n, nums[i])
			r = append(r, rows[i])
		}
	}
	return n, r
}

// The fast scanner reads what excelize reads: shared and inline strings,
// rich text, escapes, numbers, booleans, dates, formulas, gaps.
func TestFastScannerAgreesWithExcelize(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"姓名", "A&B <c> \"d\"", 1234.56, true, int64(530402199203150017), "  空格  "})
	f.SetCellRichText("Sheet1", "B3", []excelize.RichTextRun{{Text: "富"}, {Text: "文本", Font: &excelize.Font{Bold: true}}})
	f.SetCellFormula("Sheet1", "C3", "=1+1")
	f.SetCellValue("Sheet1", "C3", 2)
	f.SetCellValue("Sheet1", "AA7", "远处\r\n换行")
	f.SetCellValue("Sheet1", "D7", 0.1)
	f.SetCellValue("Sheet1", "E7", "line_x000D_break")
	f.NewSheet("流")
	sw, _ := f.NewStreamWriter("流")
	sw.SetRow("A1", []any{"内联", 42795, false, excelize.Cell{Value: "x"}})
	sw.SetRow("A3", []any{nil, "第三行"})
	sw.Flush()
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	for _, sheet := range []string{"Sheet1", "流"} {
		x, _ := excelize.OpenReader(bytes.NewReader(data), xlsxOptions)
		nums, rows, err := fastRows(x, sheet)
		x.Close()
		if err != nil {
			t.Fatalf("%s: fast scanner gave up: %v", sheet, err)
		}
		nums, rows = nonEmpty(nums, rows)
		wantNums, wantRows := slowRows(t, data, sheet)
		if !reflect.DeepEqual(nums, wantNums) || !reflect.DeepEqual(rows, wantRows) {
			t.Errorf("%s:\nfast %v %q\nslow %v %q", sheet, nums, rows, wantNums, wantRows)
		}
	}
}

// What the scanner does not expect makes it give up, so the slow path
// reads the file instead.
func TestFastScannerGivesUp(t *testing.T) {
	for _, xml := range []string{
		`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[x]]></t></is></c></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="2"/><row r="1"/></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="A1"><v>1&nbsp;</v></c></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>`,
		`<worksheet><sheetData><row r="1"><x/></row></sheetData></worksheet>`,
	} {
		if _, _, err := scanSheet([]byte(xml), nil); err == nil {
			t.Errorf("accepted %s", xml)
		}
	}
	// Namespace prefixes, as the OpenXML SDK writes them, are fine.
	nums, rows, err := scanSheet([]byte(`<x:worksheet xmlns:x="s"><x:sheetData><x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>好</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`), nil)
	if err != nil || !reflect.DeepEqual(nums, []int{3}) || !reflect.DeepEqual(rows, [][]string{{"", "好"}}) {
		t.Errorf("prefixed: %v %q %v", nums, rows, err)
	}
	// Phonetic guides are not part of the text.
	sst, err := scanSharedStrings([]byte(`<sst><si><r><t>王</t></r><r><t>五</t></r><rPh sb="0" eb="1"><t>wang</t></rPh></si><si/></sst>`))
	if err != nil || !reflect.DeepEqual(sst, []string{"王五", ""}) {
		t.Errorf("shared strings %q, %v", sst, err)
	}
}

// rezip rewrites one part of a workbook.
func rezip(t *testing.T, data []byte, name string, edit func([]byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		r, _ := f.Open()
		body, _ := io.ReadAll(r)
		r.Close()
		if f.Name == name {
			body = edit(body)
		}
		w, _ := zw.Create(f.Name)
		w.Write(body)
	}
	zw.Close()
	return out.Bytes()
}

// A worksheet the fast scanner gives up on is still read, by excelize.
func TestReadFallsBackToExcelize(t *testing.T) {
	data := xlsxFile(t, "Sheet1", [][]any{{"姓名", "入职日期"}, {"王五", "2017-03-01"}}, nil)
	data = rezip(t, data, "xl/worksheets/sheet1.xml", func(b []byte) []byte {
		return bytes.Replace(b, []byte(`<c r="A2" t="s"><v>2</v></c>`), []byte(`<c r="A2" t="inlineStr"><is><t><![CDATA[王五]]></t></is></c>`), 1)
	})
	x, _ := excelize.OpenReader(bytes.NewReader(data), xlsxOptions)
	if _, _, err := fastRows(x, "Sheet1"); err == nil {
		t.Fatal("the edit did not reach the worksheet")
	}
	x.Close()
	sc, err := Read("x.xlsx", data, "people")
	if err != nil || len(sc.People) != 1 || sc.People[0].Name != "王五" || sc.People[0].Hired != 20170301 {
		t.Errorf("fallback read %+v, %v", sc, err)
	}
}
