package sheet

import (
	"fmt"
	"strings"

	"huiqi/model"
	"huiqi/model/msg"
)

// RowError is one problem of a spreadsheet, placed where the user will look
// for it: the row as the spreadsheet shows it and the column's letter and
// header.
type RowError struct {
	Row    int    // the row as the spreadsheet numbers it (the header is row 1); 0: not in one row
	Col    string // the column's letter ("C"); "" when the problem is not in one column of the file
	Header string // the column's header as written in the file, else its template header
	Field  string // the scenario field of the column ("id_number"); for records already stored, their path
	Err    *msg.Error
}

// Where names the place in Chinese ("zh") or English ("en"):
// "第 5 行 C 列（身份证号码）", "row 5, column C (身份证号码)".
func (e RowError) Where(lang string) string {
	en := lang == "en"
	var parts []string
	switch {
	case e.Row > 0 && en:
		parts = append(parts, fmt.Sprintf("row %d", e.Row))
	case e.Row > 0:
		parts = append(parts, fmt.Sprintf("第 %d 行", e.Row))
	case e.Field != "" && e.Header == "" && en:
		parts = append(parts, "stored record "+e.Field)
	case e.Field != "" && e.Header == "":
		parts = append(parts, "已有数据 "+e.Field)
	}
	if e.Col != "" {
		if en {
			parts = append(parts, "column "+e.Col)
		} else {
			parts = append(parts, e.Col+" 列")
		}
	}
	sep := " "
	if en {
		sep = ", "
	}
	where := strings.Join(parts, sep)
	if e.Header != "" {
		if en {
			return strings.TrimSpace(where + " (" + e.Header + ")")
		}
		return where + "（" + e.Header + "）"
	}
	return where
}

// Error is the problem in both languages, each with its place.
func (e RowError) Error() string {
	zh, en := e.Where("zh"), e.Where("en")
	if zh == "" {
		return e.Err.Error()
	}
	return zh + "：" + e.Err.Zh + " / " + en + ": " + e.Err.En
}

// RowErrors is every problem of one spreadsheet, by row and then column.
// Read and Prepare return it; the UI lists it (or reads it as model.Errors,
// see As).
type RowErrors []RowError

func (es RowErrors) Error() string {
	return model.ListLines(len(es), func(i int) string { return es[i].Error() })
}

// As lets errors.As read the problems as model.Errors, the list type the UI
// already shows, with the Chinese place as the path.
func (es RowErrors) As(target any) bool {
	t, ok := target.(*model.Errors)
	if !ok {
		return false
	}
	out := make(model.Errors, len(es))
	for i, e := range es {
		out[i] = model.FieldError{Path: e.Where("zh"), Err: e.Err}
	}
	*t = out
	return true
}

func (es RowErrors) err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// problem is a cell's problem before it is placed in a row and column.
type problem struct{ err *msg.Error }
