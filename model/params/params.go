// Package params is the table of every number the policy engine uses —
// rates, caps, thresholds, amounts, windows, the benchmark lending rate and
// the size-classification bounds — each with the period it is in force and
// the text it comes from. Rules look numbers up by key and date; no rule
// writes one down. When a rate changes (RULES.md §2.17 shows how often the
// national R&D rates did), a row is added here and no rule changes.
package params

import (
	"fmt"

	"huiqi/model/civil"
)

// Unit says how to read a Value.
type Unit string

// Units of the table.
const (
	Fen     Unit = "fen"     // money, in fen
	Percent Unit = "percent" // 30 = 30%
	BP      Unit = "bp"      // basis points: 435 = 4.35%
	Count   Unit = "count"   // people, firms
	Years   Unit = "years"
	Months  Unit = "months"
	Wan     Unit = "wan"  // 万元 (10,000 yuan), the unit of the size standards
	Date    Unit = "date" // a calendar date as yyyymmdd
)

// Param is one number in force over a period of dates.
type Param struct {
	Key   string
	From  civil.Date // first day in force
	To    civil.Date // last day in force; zero means still in force
	Value int64
	Unit  Unit
	Cite  string // the clause or notice it comes from
	Note  string // what it is, for people reading the table
}

// In reports whether p is in force on d.
func (p Param) In(d civil.Date) bool {
	return d >= p.From && (p.To.IsZero() || d <= p.To)
}

// Table is the full set of parameters.
type Table struct{ rows []Param }

// Rows returns a copy of every parameter, in table order.
func (t *Table) Rows() []Param { return append([]Param(nil), t.rows...) }

// Lookup returns the parameter key in force on d.
func (t *Table) Lookup(key string, d civil.Date) (Param, error) {
	for _, p := range t.rows {
		if p.Key == key && p.In(d) {
			return p, nil
		}
	}
	return Param{}, fmt.Errorf("params: no %s in force on %s", key, d)
}

// Has reports whether key has a value in force on d (for optional rates
// such as the 2017 rate for technology SMEs).
func (t *Table) Has(key string, d civil.Date) bool {
	_, err := t.Lookup(key, d)
	return err == nil
}

// Get is Lookup's value for keys that the table holds for every date a
// rule can ask about (checked by the table's tests). It panics otherwise:
// a missing row is a defect of this table, never a property of user input.
func (t *Table) Get(key string, d civil.Date) int64 {
	p, err := t.Lookup(key, d)
	if err != nil {
		panic(err)
	}
	return p.Value
}

// Fen is Get for money.
func (t *Table) Fen(key string, d civil.Date) int64 { return t.Get(key, d) }
