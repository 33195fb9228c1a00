package sheet

import (
	"bytes"
	"errors"
	"testing"

	"huiqi/model/civil"
	"huiqi/model/demo"
)

// The spreadsheet readers take any bytes: a table or RowErrors, never a
// panic and never another error type.

func checkRead(t *testing.T, name string, data []byte) {
	t.Helper()
	for _, table := range []string{"people", "rd_expenses", "financials"} {
		if _, err := Read(name, data, table); err != nil {
			var rows RowErrors
			if !errors.As(err, &rows) || len(rows) == 0 {
				t.Fatalf("%s: rejection %T is not RowErrors: %v", table, err, err)
			}
		}
	}
}

func seedSheets(f *testing.F, ext string) {
	sc := demo.Scenario(civil.Date(20260315))
	for _, table := range []string{"people", "rd_expenses", "financials"} {
		var buf bytes.Buffer
		if err := Write(&buf, "x"+ext, table, sc); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
	}
}

func FuzzReadCSV(f *testing.F) {
	seedSheets(f, ".csv")
	for _, s := range []string{"", "\ufeff", "姓名\n张三", "name,id_number\n\"a\nb\",5304", "\xff\xfe\x00", "a,b\n=cmd|' /C calc'!A0,1", "\"unterminated"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "x.csv", data) })
}

func FuzzReadXLSX(f *testing.F) {
	seedSheets(f, ".xlsx")
	for _, s := range []string{"", "PK\x03\x04", "not a zip"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "x.xlsx", data) })
}
