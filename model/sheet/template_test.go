package sheet

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestTemplates(t *testing.T) {
	for _, table := range Tables() {
		data, err := Template(table)
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		sheet := TableName(table)
		if got := f.GetSheetList(); !reflect.DeepEqual(got, []string{sheet, "说明"}) {
			t.Errorf("%s: sheets %v", table, got)
		}
		rows, _ := f.GetRows(sheet)
		cols := Columns(table)
		if len(rows) != 2 || len(rows[0]) != len(cols) {
			t.Fatalf("%s: %d rows, header %v", table, len(rows), rows[0])
		}
		for i, c := range cols {
			if rows[0][i] != c.Header {
				t.Errorf("%s: header %d is %q, want %q", table, i, rows[0][i], c.Header)
			}
			letter, _ := excelize.ColumnNumberToName(i + 1)
			// Long numbers stay text when typed into the template.
			if c.Kind == Code {
				id, _ := f.GetColStyle(sheet, letter)
				st, _ := f.GetStyle(id)
				if st == nil || st.NumFmt != 49 {
					t.Errorf("%s.%s: column is not formatted as text", table, c.Field)
				}
				if typ, _ := f.GetCellType(sheet, letter+"2"); c.Example != "" && typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
					t.Errorf("%s.%s: example is a %v cell, want text", table, c.Field, typ)
				}
			}
		}
		// The notes list every column, with every option of an enumeration
		// by code and Chinese name.
		notes, _ := f.GetRows("说明")
		text := ""
		for _, r := range notes {
			text += strings.Join(r, "|") + "\n"
		}
		for _, c := range cols {
			if !strings.Contains(text, c.Header) || !strings.Contains(text, c.Field) || !strings.Contains(text, c.Note) {
				t.Errorf("%s: 说明 lacks %s", table, c.Field)
			}
			if c.Enum != nil {
				for _, o := range c.Enum.Options() {
					if !strings.Contains(text, o.Code+"　"+o.Zh) {
						t.Errorf("%s: 说明 lacks option %s %s", table, o.Code, o.Zh)
					}
				}
			}
		}
		if !strings.Contains(text, "按分填写整数") || !strings.Contains(text, "5.30402E+17") {
			t.Errorf("%s: general notes missing", table)
		}
		f.Close()

		// The template itself is a valid file: its example row reads.
		sc, err := Read(table+"-模板.xlsx", data, table)
		if err != nil {
			t.Errorf("%s: the template's example is refused: %v", table, err)
			continue
		}
		if n, _ := lookup(table); n.count(sc) != 1 {
			t.Errorf("%s: template reads as %d records", table, n.count(sc))
		}
	}
	if _, err := Template("firm"); err == nil {
		t.Error("a template for an unknown table")
	}
}

// The example row holds typed values: a real date and a number in yuan.
func TestTemplateExampleTypes(t *testing.T) {
	data, _ := Template("rd_expenses")
	sc, err := Read("t.xlsx", data, "rd_expenses")
	if err != nil {
		t.Fatal(err)
	}
	if e := sc.RDExpenses[0]; e.Date != 20160630 || e.Amount != 30000000 || e.Category != "personnel" {
		t.Errorf("example read as %+v", e)
	}
	f, _ := excelize.OpenReader(bytes.NewReader(data))
	defer f.Close()
	if raw, _ := f.GetCellValue("研发费用", "A2", excelize.Options{RawCellValue: true}); raw != "42551" {
		t.Errorf("example date stored as %q, want the serial 42551", raw)
	}
	dvs, _ := f.GetDataValidations("研发费用")
	found := false
	for _, dv := range dvs {
		if strings.HasPrefix(dv.Sqref, "C2") && strings.Contains(dv.Formula1, "人员人工费用") {
			found = true
		}
	}
	if !found {
		t.Errorf("no drop-down of categories: %+v", dvs)
	}
}
