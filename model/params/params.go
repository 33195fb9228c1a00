// Package params is the table of every figure the policy engine uses —
// rates, caps, thresholds, amounts, windows, reference rates and the
// size-classification bounds — each row with the period it is in force and
// the document that set it (RULES.md §5). Rules look figures up by key and
// by the date the rule names (the evaluation date, a loan's start, a tax
// year, a grant date, an investment date); no rule writes a figure down,
// and neither does any text a person reads. When a national figure changes,
// a row is added here and no rule changes.
package params

import (
	"fmt"
	"slices"
	"sort"

	"huiqi/model/civil"
)

// Unit says how to read a Value (scenario.md: the units of `basis`).
type Unit string

// Units of the table.
const (
	Fen     Unit = "fen"     // money, in fen
	Percent Unit = "percent" // 30 = 30%
	BP      Unit = "bp"      // basis points: 435 = 4.35%
	Count   Unit = "count"   // people, firms, years counted
	Years   Unit = "years"
	Months  Unit = "months"
	Wan     Unit = "wan"  // 万元 (10,000 yuan), the unit of the size standards
	Date    Unit = "date" // a calendar date as yyyymmdd
	Flag    Unit = "flag" // 0 no, 1 yes
)

// Param is one row: a figure in force over a period of dates.
type Param struct {
	Key    string
	From   civil.Date // first day in force
	To     civil.Date // last day in force; zero while still in force
	Value  int64
	Unit   Unit
	Cite   string // the document, as RULES.md names it
	Note   string // what the figure is, in Chinese
	NoteEn string // the same in English
}

// In reports whether p is in force on d.
func (p Param) In(d civil.Date) bool {
	return d >= p.From && (p.To.IsZero() || d <= p.To)
}

// Table is the full set of rows, grouped by key in date order.
type Table struct {
	rows  []Param            // table order, for listing
	byKey map[string][]Param // each key's rows by From
}

// NewTable builds a table from rows. It refuses what would make a lookup
// ambiguous or impossible: a row without a citation, note or unit, a period
// that ends before it starts, and two rows of one key that overlap or leave
// a gap between them.
func NewTable(rows []Param) (*Table, error) {
	t := &Table{rows: slices.Clone(rows), byKey: map[string][]Param{}}
	for _, p := range rows {
		switch {
		case p.Key == "" || p.Unit == "" || p.Cite == "" || p.Note == "" || p.NoteEn == "":
			return nil, fmt.Errorf("params: row %s from %s lacks a key, unit, citation or note", p.Key, p.From)
		case !p.To.IsZero() && p.To < p.From:
			return nil, fmt.Errorf("params: %s ends (%s) before it starts (%s)", p.Key, p.To, p.From)
		}
		t.byKey[p.Key] = append(t.byKey[p.Key], p)
	}
	for key, ps := range t.byKey {
		sort.Slice(ps, func(i, j int) bool { return ps[i].From < ps[j].From })
		for i := 1; i < len(ps); i++ {
			prev := ps[i-1]
			if prev.To.IsZero() || prev.To.AddDays(1) != ps[i].From {
				return nil, fmt.Errorf("params: %s: the row from %s does not end the day before the row from %s",
					key, prev.From, ps[i].From)
			}
		}
	}
	return t, nil
}

// Rows returns every row, in table order.
func (t *Table) Rows() []Param { return slices.Clone(t.rows) }

// KeyRows returns the rows of one key in date order.
func (t *Table) KeyRows(key string) []Param { return slices.Clone(t.byKey[key]) }

// Lookup returns the row of key in force on d. A date before a key's first
// row takes the first row (RULES.md §5: a loan started in 2015 is measured
// against the 2016 ceiling); a date after the last row's end has none.
func (t *Table) Lookup(key string, d civil.Date) (Param, error) {
	ps := t.byKey[key]
	if len(ps) == 0 {
		return Param{}, fmt.Errorf("params: no key %s", key)
	}
	if d < ps[0].From {
		return ps[0], nil
	}
	for _, p := range ps {
		if p.In(d) {
			return p, nil
		}
	}
	return Param{}, fmt.Errorf("params: no %s in force on %s", key, d)
}

// Has reports whether key has a row for d (a tax year after the last row of
// a limit has none).
func (t *Table) Has(key string, d civil.Date) bool {
	_, err := t.Lookup(key, d)
	return err == nil
}

// Row is Lookup for keys whose rows run without end, which the table's
// tests hold every such key to. It panics otherwise: a missing row is a
// defect of this table, never a property of user input.
func (t *Table) Row(key string, d civil.Date) Param {
	p, err := t.Lookup(key, d)
	if err != nil {
		panic(err)
	}
	return p
}

// Get is Row's value.
func (t *Table) Get(key string, d civil.Date) int64 { return t.Row(key, d).Value }

// At returns the row of key whose period holds d, without Lookup's
// first-row rule: for a figure that exists only for a while (the 2022
// fourth-quarter R&D rate), a date outside it has none.
func (t *Table) At(key string, d civil.Date) (Param, bool) {
	for _, p := range t.byKey[key] {
		if p.In(d) {
			return p, true
		}
	}
	return Param{}, false
}

// InForce lists the rows whose period holds d, in table order (huiqi
// params --as-of).
func (t *Table) InForce(d civil.Date) []Param {
	var out []Param
	for _, p := range t.rows {
		if p.In(d) {
			out = append(out, p)
		}
	}
	return out
}

// AsIssued is the row of key in force on the day the policy took effect
// (or its first row): what the clause said when it was issued. A rule
// that uses another value says so (RULES.md §5).
func (t *Table) AsIssued(key string) Param { return t.Row(key, civil.Date(t.Get(PolicyInForce, 0))) }
