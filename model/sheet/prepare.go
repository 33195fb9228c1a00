package sheet

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"huiqi/model"
	"huiqi/model/msg"
)

// Prepare reads a spreadsheet to append to the firm existing (as loaded
// from the store): Read's checks, then person ids assigned where the file
// has none (AssignPersonIDs), then the firm with the new rows appended
// validated as a whole (model.Validate), so that references to people,
// duplicate ids, years and patent numbers are checked against the stored
// records too. Problems in the new rows are reported at their spreadsheet
// rows and columns; a problem of a stored record, which validation
// should never find, is reported by its path. On success it returns the
// rows to pass to store.Append.
func Prepare(existing *model.Scenario, name string, data []byte, table string) (*model.Scenario, error) {
	add, _, err := PrepareWarn(existing, name, data, table)
	return add, err
}

// PrepareWarn is Prepare that also returns the warnings of an import that
// is fine: cells that begin like a spreadsheet formula (= + - @), stored as
// text, which a person should look at before trusting the file.
func PrepareWarn(existing *model.Scenario, name string, data []byte, table string) (*model.Scenario, RowErrors, error) {
	f, errs := readFile(name, data, table)
	if f == nil {
		return nil, nil, errs.err()
	}
	if existing == nil {
		errs = append(errs, f.validate(f.alone(), 0)...)
		add, err := f.result(errs)
		return add, f.warns, err
	}
	if table == "people" {
		AssignPersonIDs(existing.People, f.out.People)
	}
	all := *existing
	f.table.merge(&all, existing, f.out)
	errs = append(errs, f.place(model.Validate(&all), f.table.count(existing), false)...)
	add, err := f.result(errs)
	return add, f.warns, err
}

func (f *file) result(errs RowErrors) (*model.Scenario, error) {
	if len(errs) > 0 {
		return nil, sortErrors(errs)
	}
	return f.out, nil
}

// merge sets dst's table to existing's records followed by add's, in a
// new slice: existing is not changed.
func (t *table[T]) merge(dst, existing, add *model.Scenario) {
	*t.slice(dst) = slices.Concat(*t.slice(existing), *t.slice(add))
}

// AssignPersonIDs gives every person of add without an id the next free
// "p<N>": N counts on from the highest p-number among existing and add, so
// the new ids never clash with stored ones or with ids the file gives.
func AssignPersonIDs(existing, add []model.Person) {
	used := make(map[string]bool, len(existing)+len(add))
	high := 0
	note := func(id string) {
		used[id] = true
		if n, err := strconv.Atoi(strings.TrimPrefix(id, "p")); err == nil && strings.HasPrefix(id, "p") && n > high {
			high = n
		}
	}
	for _, p := range existing {
		note(p.ID)
	}
	for _, p := range add {
		if p.ID != "" {
			note(p.ID)
		}
	}
	for i := range add {
		if add[i].ID != "" {
			continue
		}
		for {
			high++
			id := "p" + strconv.Itoa(high)
			if !used[id] {
				add[i].ID = id
				used[id] = true
				break
			}
		}
	}
}

// alone is the file's records as a scenario of their own, for checks that
// need no firm: people without an id get a placeholder, which no message
// can name because ids are only compared. It starts with U+FFFF, a
// noncharacter no spreadsheet holds (NUL, used before, is refused in text).
func (f *file) alone() *model.Scenario {
	sc := *f.out
	if len(sc.People) > 0 {
		sc.People = slices.Clone(sc.People)
		for i := range sc.People {
			if sc.People[i].ID == "" {
				sc.People[i].ID = "\uffff" + strconv.Itoa(i)
			}
		}
	}
	return &sc
}

// validate checks the file's records on their own.
func (f *file) validate(sc *model.Scenario, offset int) RowErrors {
	return f.place(model.Validate(sc), offset, true)
}

// place puts validation errors of the records at their rows and columns:
// the file's records are the table's records from offset on. alone drops
// what a check without the firm cannot know: the firm's own fields (it is
// empty) and references to people.
func (f *file) place(errs model.Errors, offset int, alone bool) RowErrors {
	var out RowErrors
	table := f.table.code()
	cols := f.table.columns()
	for _, fe := range errs {
		rest, ok := strings.CutPrefix(fe.Path, table+"[")
		if !ok {
			if !alone {
				out = append(out, RowError{Field: fe.Path, Err: f.rewrite(fe.Err, offset)})
			}
			continue
		}
		num, rest, _ := strings.Cut(rest, "]")
		idx, err := strconv.Atoi(num)
		if err != nil {
			continue
		}
		if idx < offset {
			out = append(out, RowError{Field: fe.Path, Err: f.rewrite(fe.Err, offset)})
			continue
		}
		k := idx - offset
		field := indexes.ReplaceAllString(strings.TrimPrefix(rest, "."), "")
		if alone && (field == "inventors" || field == "borrower") {
			continue // people are checked by Prepare
		}
		if f.bad[badCell{k, field}] || k >= len(f.rows) {
			continue
		}
		e := RowError{Row: f.rows[k], Field: field, Err: f.rewrite(fe.Err, offset)}
		if b, ok := f.cols[field]; ok {
			e.Col, e.Header = b.letter, b.header
		} else {
			missing := false
			for _, c := range cols {
				if c.Field == field {
					e.Header = c.Header
					missing = c.Required // reported once, at the header
				}
			}
			if missing {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

var indexes = regexp.MustCompile(`\[\d+\]`)

var recordRef = regexp.MustCompile(`\b(people|patents|rd_expenses|investments|loans|fees|financials|taxes)\[(\d+)\]`)

// rewrite turns the record indexes of validation messages ("is already
// used by people[12]") into what the user sees: a row of the file, or a
// record already stored.
func (f *file) rewrite(m *msg.Error, offset int) *msg.Error {
	if !strings.Contains(m.Zh, "[") && !strings.Contains(m.En, "[") {
		return m
	}
	table := f.table.code()
	repl := func(en bool) func(string) string {
		return func(s string) string {
			sub := recordRef.FindStringSubmatch(s)
			if sub[1] != table {
				return s
			}
			i, _ := strconv.Atoi(sub[2])
			switch {
			case i >= offset && i-offset < len(f.rows) && en:
				return "row " + strconv.Itoa(f.rows[i-offset])
			case i >= offset && i-offset < len(f.rows):
				return "第 " + strconv.Itoa(f.rows[i-offset]) + " 行"
			case en:
				return "stored record " + strconv.Itoa(i+1)
			}
			return "已有的第 " + strconv.Itoa(i+1) + " 条记录"
		}
	}
	return &msg.Error{Zh: recordRef.ReplaceAllStringFunc(m.Zh, repl(false)), En: recordRef.ReplaceAllStringFunc(m.En, repl(true))}
}

// sortErrors orders problems by row, then column (A < B < … < Z < AA,
// then problems of a column the file does not have), keeping the order
// found within a cell.
func sortErrors(es RowErrors) RowErrors {
	key := func(e RowError) (int, string) {
		if e.Col == "" {
			return 1 << 20, ""
		}
		return len(e.Col), e.Col
	}
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Row != b.Row {
			return a.Row < b.Row
		}
		la, ca := key(a)
		lb, cb := key(b)
		if la != lb {
			return la < lb
		}
		return ca < cb
	})
	return es
}
