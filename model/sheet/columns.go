// Package sheet moves one table of a firm's records in and out of
// spreadsheets (.xlsx and .csv), the way accountants keep them: Chinese
// headers, amounts in yuan, dates as Excel dates, ID numbers as text. It has
// no UI: the command line (huiqi import/export/template --table) and the
// app's import dialog both call Read, Prepare, Write and Template.
//
// Every table has one column list (below): the scenario field name of
// scenario.md (always accepted as a header), the Chinese header of templates
// and exports, and the kind of value. Amounts are the one place where the
// two headers differ in meaning: a column headed by the field name
// (amount_fen) holds integer fen, exactly as the JSON format does, while the
// Chinese header (金额(元)) holds yuan; a 100× mistake is thus impossible
// whichever header a file uses. Rates work the same way: rate_bp holds basis
// points, 年利率(%) holds percent.
package sheet

import (
	"strings"

	"huiqi/model"
	"huiqi/model/civil"
)

// Kind is what a column holds and so how its cells are read and written.
type Kind int

// The kinds of column.
const (
	Text Kind = iota // free text, trimmed
	Code             // an identifier kept as text: ID number, credit code, patent number, person id
	Date             // a calendar date: an Excel date or 2017-03-01, 2017/3/1, 2017.3.1, 2017年3月1日
	Fen              // an amount: yuan under the Chinese header, integer fen under the field name
	Int              // a whole number (months, years of contract)
	Year             // a calendar year
	Rate             // percent under the Chinese header, integer basis points under the field name
	Bool             // 是/否; blank is 否
	Tri              // 是/否; blank is unknown
	Enum             // one code of an enumeration, by code or Chinese name
	List             // several values separated by ; ； 、 or ,
)

// Column is one column of a table.
type Column struct {
	Field    string      // the scenario field name, also a header: "id_number", "amount_fen", "talent.program"
	Header   string      // the Chinese header of templates and exports: "身份证号码", "金额(元)"
	Kind     Kind        // what the cells hold
	Enum     *model.Enum // the enumeration of an Enum column, or of a List of codes (nil: a list of person ids)
	Required bool        // the column must be present and every row must fill it
	Nullable bool        // blank means null (unknown, none) rather than a refusal or 否
	Note     string      // what the column holds, for the template's 说明 sheet
	Example  string      // the template's example value

	upper bool              // letters are upper-cased on reading (ID numbers, credit codes)
	alias map[string]string // extra accepted spellings of a value (借款人 企业 → firm)
	valid func(string) bool // the identifier's own check, to tell a real number ending in 000 from a rounded one
}

// Tables are the importable and exportable tables, in scenario.md's order.
func Tables() []string {
	out := make([]string, len(tableOrder))
	copy(out, tableOrder)
	return out
}

var tableOrder = []string{
	"people", "patents", "rd_expenses", "investments", "loans", "fees", "financials", "taxes",
}

// TableName is the Chinese name of a table ("people" → "人员"), also the
// name of the worksheet that Write and Template create. An unknown table is
// returned as it is.
func TableName(table string) string {
	if t, ok := lookup(table); ok {
		return t.zh()
	}
	return table
}

// Columns returns a table's columns in their template order, or nil for an
// unknown table.
func Columns(table string) []Column {
	t, ok := lookup(table)
	if !ok {
		return nil
	}
	return append([]Column(nil), t.columns()...)
}

// FindTable accepts a table's code or its Chinese name and returns the code.
func FindTable(name string) (string, bool) {
	n := strings.TrimSpace(name)
	for _, t := range tableOrder {
		if n == t || n == TableName(t) {
			return t, true
		}
	}
	return "", false
}

// cell is one parsed value; which member is used depends on the column's
// kind. null is a blank nullable cell.
type cell struct {
	null bool
	s    string
	n    int64
	list []string
}

func (c cell) date() civil.Date { return civil.Date(c.n) }

// field is a column with its accessors on the record type.
type field[T any] struct {
	Column
	get func(*T) cell
	set func(*T, cell)
	// check is a row-level test after every cell of the row is set; it
	// returns the problem of the row at this column, if any.
	check func(*T) *problem
}

type table[T any] struct {
	name, chinese string
	fields        []field[T]
	slice         func(*model.Scenario) *[]T
	fresh         func() T // a record with its lists empty rather than nil
}

// tabler is a table of any record type.
type tabler interface {
	code() string
	zh() string
	columns() []Column
	decode(d *decoder)
	encode(sc *model.Scenario, row func(vals []cell) error) error
	count(sc *model.Scenario) int
	merge(dst, existing, add *model.Scenario)
}

func (t *table[T]) code() string { return t.name }
func (t *table[T]) zh() string   { return t.chinese }
func (t *table[T]) columns() []Column {
	out := make([]Column, len(t.fields))
	for i, f := range t.fields {
		out[i] = f.Column
	}
	return out
}
func (t *table[T]) count(sc *model.Scenario) int { return len(*t.slice(sc)) }

func lookup(name string) (tabler, bool) {
	switch name {
	case "people":
		return peopleTable, true
	case "patents":
		return patentTable, true
	case "rd_expenses":
		return rdTable, true
	case "investments":
		return investmentTable, true
	case "loans":
		return loanTable, true
	case "fees":
		return feeTable, true
	case "financials":
		return financialTable, true
	case "taxes":
		return taxTable, true
	}
	return nil, false
}

// Cell helpers for the accessors below.

func textCell(s string) cell { return cell{s: s, null: s == ""} }

func dateCell(d civil.Date) cell { return cell{n: int64(d), null: d == 0} }

func fenCell(f int64) cell { return cell{n: f} }

func boolCell(b bool) cell {
	if b {
		return cell{n: 1}
	}
	return cell{n: 0}
}

func triCell(t model.Tri) cell {
	switch t {
	case model.True:
		return cell{n: 1}
	case model.False:
		return cell{n: 0}
	}
	return cell{null: true}
}

func (c cell) tri() model.Tri {
	if c.null {
		return model.Unknown
	}
	return model.TriOf(c.n != 0)
}

func intPtrCell(p *int) cell {
	if p == nil {
		return cell{null: true}
	}
	return cell{n: int64(*p)}
}

func (c cell) intPtr() *int {
	if c.null {
		return nil
	}
	v := int(c.n)
	return &v
}

func listCell(l []string) cell { return cell{list: l, null: len(l) == 0} }
