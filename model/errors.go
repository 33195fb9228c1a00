package model

import (
	"strings"

	"huiqi/model/msg"
)

// FieldError says what is wrong with one field, named by its JSON path in
// the scenario format (people[3].id_number), so the same message serves the
// command line, spreadsheet import and the UI's edit dialogs.
type FieldError struct {
	Path string
	Err  *msg.Error
}

func (e FieldError) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Errors is every problem found in one piece of input, in the order found.
type Errors []FieldError

// maxListed bounds the message of a file with thousands of bad rows; the
// count of the rest is still said.
const maxListed = 50

func (es Errors) Error() string {
	return ListLines(len(es), func(i int) string { return es[i].Error() })
}

// ListLines joins n problems one a line, listing at most fifty and then
// how many more there are; every list of problems prints this way.
func ListLines(n int, line func(i int) string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i == maxListed {
			b.WriteString(msg.Errorf("……另有 %d 处错误", "… and %d more errors", n-maxListed).Error())
			break
		}
		b.WriteString(line(i))
	}
	return b.String()
}

// Add records a problem at path.
func (es *Errors) Add(path string, err *msg.Error) {
	*es = append(*es, FieldError{Path: path, Err: err})
}

// Addf records a problem at path with a message in both languages.
func (es *Errors) Addf(path, zh, en string, args ...any) {
	es.Add(path, msg.Errorf(zh, en, args...))
}

// Err returns nil when nothing was recorded, so callers can return it as an
// error without the typed-nil trap.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}
