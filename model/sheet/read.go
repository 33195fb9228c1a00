package sheet

import (
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"

	"huiqi/model"
	"huiqi/model/msg"
)

// Read parses a spreadsheet holding rows of one table: name's extension
// decides the format (.xlsx, or .csv in UTF-8, UTF-8 with BOM, UTF-16 with
// BOM, GBK or GB18030, found out automatically). The first non-blank row is
// the header; blank rows are skipped. It returns a scenario whose only
// non-empty slice is the table's, each row checked on its own (identifiers,
// enumerations, dates, amounts, order of dates, duplicates within the file).
// References to people (inventors, borrowers) and clashes with stored
// records need the firm: Prepare checks those.
//
// People without an id column (or with a blank id) come back with an empty
// ID: Prepare, or the caller with AssignPersonIDs, numbers them p1, p2, …
// past the ids already used.
//
// Any problem is returned as RowErrors, every problem of the file listed by
// row and column.
func Read(name string, data []byte, table string) (*model.Scenario, error) {
	f, errs := readFile(name, data, table)
	if f == nil {
		return nil, errs.err()
	}
	sc := f.alone()
	errs = append(errs, f.validate(sc, 0)...)
	if len(errs) > 0 {
		return nil, sortErrors(errs)
	}
	return f.out, nil
}

// file is a parsed spreadsheet: its records, the row each came from, and
// where each field's column is.
type file struct {
	table tabler
	out   *model.Scenario
	rows  []int            // spreadsheet row of each record
	cols  map[string]bound // field → where the file has it
	bad   map[badCell]bool // cells that already have a problem
	warns RowErrors        // cells imported as they are, but worth a look
}

type badCell struct {
	record int
	field  string
}

// bound is a column of the file matched to a column of the table.
type bound struct {
	index  int    // 0-based position in the file
	letter string // "C"
	header string // as the file writes it
	field  int    // index into the table's columns
	unit   unit
}

// MaxRows is the most records one spreadsheet may hold (README, "Limits").
const MaxRows = 1_000_000

// source yields a spreadsheet's rows with their numbers as the spreadsheet
// shows them.
type source interface {
	next() (row int, vals []string, err *RowError, ok bool)
}

func readFile(name string, data []byte, table string) (*file, RowErrors) {
	t, ok := lookup(table)
	if !ok {
		return nil, RowErrors{{Err: msg.Errorf("未知的表 %q（可选：%s）", "unknown table %q (one of %s)",
			table, strings.Join(tableOrder, ", "))}}
	}
	var src source
	date1904 := false
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".xlsx", ".xlsm":
		x, err := openXLSX(data, t)
		if err != nil {
			return nil, RowErrors{*err}
		}
		defer x.close()
		src, date1904 = x, x.date1904
	case ".csv", ".txt":
		c, err := openCSV(data)
		if err != nil {
			return nil, RowErrors{*err}
		}
		src = c
	case ".xls", ".et", ".ods", ".numbers":
		return nil, RowErrors{{Err: msg.Errorf("不能读取 %s 文件：请在表格软件中“另存为” .xlsx 或 .csv 后再导入",
			"cannot read %s files: save the sheet as .xlsx or .csv and import that", ext)}}
	default:
		return nil, RowErrors{{Err: msg.Errorf("文件扩展名应为 .xlsx 或 .csv，而不是 %q", "the file must end in .xlsx or .csv, not %q", ext)}}
	}
	d := &decoder{table: t, src: src, date1904: date1904, f: &file{table: t, out: &model.Scenario{},
		cols: map[string]bound{}, bad: map[badCell]bool{}}}
	t.decode(d)
	if len(d.errs) > 0 && d.header == nil {
		return nil, d.errs
	}
	return d.f, d.errs
}

// decoder carries one read through the generic decode of a table.
type decoder struct {
	table    tabler
	src      source
	date1904 bool
	f        *file
	header   []bound // nil until the header row is read
	named    []bool  // columns with a header (known or not)
	errs     RowErrors
}

func (d *decoder) problem(row int, b *bound, field string, err *msg.Error) {
	e := RowError{Row: row, Field: field, Err: err}
	if b != nil {
		e.Col, e.Header = b.letter, b.header
	}
	d.errs = append(d.errs, e)
}

// decode reads the header and every row into records of T.
func (t *table[T]) decode(d *decoder) {
	recs := t.slice(d.f.out)
	cols := t.columns()
	var headerRow int
	for {
		row, vals, perr, ok := d.src.next()
		if perr != nil {
			d.errs = append(d.errs, *perr)
			if d.header == nil {
				return
			}
			break
		}
		if !ok {
			break
		}
		if blankRow(vals) {
			continue
		}
		if d.header == nil {
			headerRow = row
			d.bindHeader(row, vals, cols)
			continue
		}
		rec := t.fresh()
		k := len(*recs)
		if k == MaxRows {
			d.errs = append(d.errs, RowError{Row: row, Err: msg.Errorf("表格最多 %d 行记录：请分成几个文件导入",
				"a sheet may hold at most %d rows of records: split it into several files", MaxRows)})
			break
		}
		for bi := range d.header {
			b := &d.header[bi]
			raw := ""
			if b.index < len(vals) {
				raw = vals[b.index]
			}
			fl := &t.fields[b.field]
			c, err := parse(&fl.Column, raw, b.unit, d.date1904)
			if err != nil {
				d.problem(row, b, fl.Field, err)
				d.f.bad[badCell{k, fl.Field}] = true
				continue
			}
			if fl.Kind == Text || fl.Kind == Code || fl.Kind == List {
				if formulaLike(c.s) || slices.ContainsFunc(c.list, formulaLike) {
					d.f.warns = append(d.f.warns, RowError{Row: row, Col: b.letter, Header: b.header, Field: fl.Field, Err: formulaWarning()})
				}
			}
			fl.set(&rec, c)
		}
		for i, v := range vals {
			if (i >= len(d.named) || !d.named[i]) && trim(v) != "" {
				d.headerless(row, headerRow, i)
			}
		}
		for fi := range t.fields {
			fl := &t.fields[fi]
			if fl.check == nil || d.f.bad[badCell{k, fl.Field}] {
				continue
			}
			if p := fl.check(&rec); p != nil {
				b, ok := d.f.cols[fl.Field]
				if !ok {
					b = bound{header: fl.Header} // not in the file: named by its template header
				}
				d.problem(row, &b, fl.Field, p.err)
				d.f.bad[badCell{k, fl.Field}] = true
			}
		}
		*recs = append(*recs, rec)
		d.f.rows = append(d.f.rows, row)
	}
	if d.header == nil {
		d.errs = append(d.errs, RowError{Err: msg.Errorf("表格是空的：第 1 行应为表头，其后每行一条记录",
			"the sheet is empty: row 1 must be the header and each row after it one record")})
		return
	}
	// A header with no rows is an empty table (what exporting an empty
	// table writes): it imports as nothing.
}

// headerless reports, once per column, data in a column without a header.
func (d *decoder) headerless(row, headerRow, i int) {
	for i >= len(d.named) {
		d.named = append(d.named, false)
	}
	d.named[i] = true // report once
	letter, _ := excelize.ColumnNumberToName(i + 1)
	d.errs = append(d.errs, RowError{Row: row, Col: letter, Err: msg.Errorf(
		"这一列没有表头，无法知道是什么数据：请在第 %d 行写上表头，或删除这一列",
		"this column has no header, so its data cannot be placed: give it a header in row %d or delete it", headerRow)})
}

func blankRow(vals []string) bool {
	for _, v := range vals {
		if trim(v) != "" {
			return false
		}
	}
	return true
}

// normHeader folds the spellings of a header that mean the same: blanks,
// full-width brackets, a required-field star, letter case.
func normHeader(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff' || r == '*' || r == '＊':
			continue
		case r == '（':
			r = '('
		case r == '）':
			r = ')'
		case r == '％':
			r = '%'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// baseHeader drops a trailing unit in brackets: 金额(元) → 金额.
func baseHeader(h string) string {
	if i := strings.LastIndexByte(h, '('); i > 0 && strings.HasSuffix(h, ")") {
		return h[:i]
	}
	return h
}

type headerKey struct {
	field int
	unit  unit
}

// headerIndex maps the accepted headers of a table's columns to them.
func headerIndex(cols []Column) map[string]headerKey {
	m := map[string]headerKey{}
	for i, c := range cols {
		h := normHeader(c.Header)
		m[baseHeader(h)] = headerKey{i, human}
		m[h] = headerKey{i, human}
		u := human
		if c.Kind == Fen || c.Kind == Rate {
			u = exact
		}
		m[normHeader(c.Field)] = headerKey{i, u}
	}
	return m
}

func (d *decoder) bindHeader(row int, vals []string, cols []Column) {
	idx := headerIndex(cols)
	seen := map[int]bound{}
	d.header = []bound{}
	d.named = make([]bool, len(vals))
	for i, v := range vals {
		h := trim(v)
		if h == "" {
			continue
		}
		d.named[i] = true
		letter, _ := excelize.ColumnNumberToName(i + 1)
		b := bound{index: i, letter: letter, header: h}
		k, ok := idx[normHeader(h)]
		if !ok {
			d.errs = append(d.errs, RowError{Row: row, Col: letter, Header: h, Err: msg.Errorf(
				"未知的列“%s”；可用的表头见模板的“说明”页（如 %s 或 %s）", "unknown column %q; the template's 说明 sheet lists the headers (such as %s or %s)",
				h, cols[0].Header, cols[0].Field)})
			continue
		}
		b.field, b.unit = k.field, k.unit
		if first, dup := seen[k.field]; dup {
			d.errs = append(d.errs, RowError{Row: row, Col: letter, Header: h, Err: msg.Errorf(
				"与 %s 列“%s”是同一项数据，只能保留一列", "holds the same data as column %s (%s): keep one of them", first.letter, first.header)})
			continue
		}
		seen[k.field] = b
		d.header = append(d.header, b)
		d.f.cols[cols[k.field].Field] = b
	}
	for i, c := range cols {
		if _, ok := seen[i]; !ok && c.Required {
			d.errs = append(d.errs, RowError{Row: row, Err: msg.Errorf("缺少必填的列“%s”（表头也可写作 %s）",
				"the required column %s is missing (header %q also works)", c.Header, c.Field)})
		}
	}
}
