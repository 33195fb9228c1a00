package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"huiqi/model"
	"huiqi/model/msg"
	"huiqi/model/scenario"
)

// The history of saved changes (issue 10): every add, edit, delete,
// import, replace and spreadsheet append is written, in the transaction
// that makes it, with the rows of the record before and after; a change
// can be undone while nothing later depends on it.

// Actions of the history.
const (
	ActionAdd     = "add"
	ActionEdit    = "edit"
	ActionDelete  = "delete"
	ActionImport  = "import"
	ActionReplace = "replace"
	ActionAppend  = "append"
	ActionUndo    = "undo"
)

// KindFirm is the history kind of the firm's profile and its lists;
// KindAll that of a whole-firm change (import, replace, append).
const (
	KindFirm = "firm"
	KindAll  = "all"
)

// historyKept is how many changes a file keeps: enough to look back over
// months of work, few enough that a file does not grow without end.
const historyKept = 500

// Change is one entry of the history.
type Change struct {
	ID       int64
	At       string // local time, YYYY-MM-DD HH:MM:SS
	Action   string
	Kind     string   // a table (people, patents, …), KindFirm or KindAll
	RecordID string   // the record changed; "" for the whole firm
	Label    string   // the record in words: "p36 赵新", a patent number, a year
	Fields   []string // for an edit: the scenario paths of what changed (people[].hired)
	UndoOf   int64    // for an undo: the change it reverted
	UndoneBy int64    // the undo that reverted this change; 0 if none
	By       string   // who made it: the seat's database role; "" in a file
}

// Errors of undo.
var (
	ErrCannotUndo = msg.Errorf("这项修改不能撤销（已撤销，或本身是撤销）", "this change cannot be undone (it was undone already, or is an undo)")
	ErrDepends    = msg.Errorf("之后的修改依赖这项修改，请先撤销之后的修改", "later changes depend on this one: undo them first")
	ErrNoHistory  = msg.Errorf("没有可以撤销的修改", "there is nothing to undo")
)

// snap is the rows of one record (its own row and its children), or of
// the firm's profile and lists, by table: what an undo puts back.
type snap map[string][]map[string]any

// children are the tables whose rows belong to a record of a kind, and
// the column naming the record.
var children = map[string][]struct{ table, parent string }{
	Patents:  {{"patent_inventors", "patent_id"}, {"patent_income", "patent_id"}, {"patent_rewards", "patent_id"}},
	KindFirm: {{"certifications", ""}, {"received", ""}},
}

// snapshot reads the rows of a record of kind (a table, or KindFirm).
func snapshot(ctx context.Context, tx *sql.Tx, kind, recordID string) (snap, error) {
	s := snap{}
	main, err := selectRows(ctx, tx, kind, "id = ?", recordID)
	if err != nil {
		return nil, err
	}
	if len(main) == 0 {
		return s, nil // no such record: an add's before, a delete's after
	}
	s[kind] = main
	for _, c := range children[kind] {
		where, args := "1 = 1", []any{}
		if c.parent != "" {
			where, args = c.parent+" = ?", []any{recordID}
		}
		rows, err := selectRows(ctx, tx, c.table, where, args...)
		if err != nil {
			return nil, err
		}
		s[c.table] = rows
	}
	return s, nil
}

func selectRows(ctx context.Context, tx *sql.Tx, table, where string, args ...any) ([]map[string]any, error) {
	rows, err := tx.QueryContext(ctx, "SELECT * FROM "+table+" WHERE "+where+" ORDER BY rowid", args...)
	if err != nil {
		return nil, fmt.Errorf("store: read %s for the history: %w", table, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []map[string]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, fmt.Errorf("store: read %s for the history: %w", table, err)
		}
		row := make(map[string]any, len(cols))
		for i, c := range cols {
			if b, ok := vals[i].([]byte); ok {
				vals[i] = string(b)
			}
			row[c] = vals[i]
		}
		out = append(out, row)
	}
	return out, rows.Err()
}

// labelColumns name a record of each kind for people.
var labelColumns = map[string][]string{
	People: {"pid", "name"}, Patents: {"number"}, RDExpenses: {"date", "project"}, Investments: {"investee"},
	Loans: {"start", "amount_fen"}, Fees: {"date", "service"}, Financials: {"year"}, Taxes: {"year"}, KindFirm: {"name"},
}

func (s snap) label(kind string) string {
	rows := s[kind]
	if len(rows) == 0 {
		return ""
	}
	var parts []string
	for _, c := range labelColumns[kind] {
		if v := rows[0][c]; v != nil {
			parts = append(parts, fmt.Sprint(v))
		}
	}
	return strings.Join(parts, " ")
}

// columnPaths are the scenario paths of the columns whose names differ
// from the format's keys.
var columnPaths = map[string]string{
	"people.left_on": "people[].left", "people.emp_cert_issued": "people[].employment_certificate.issued",
	"people.emp_cert_self_employment": "people[].employment_certificate.self_employment",
	"people.talent_program":           "people[].talent.program", "people.talent_contract_years": "people[].talent.contract_years",
	"people.talent_home_in_yuxi": "people[].talent.home_in_yuxi", "people.leave_kind": "people[].leave_from.kind",
	"people.leave_start": "people[].leave_from.start", "loans.borrower_id": "loans[].borrower",
	"patent_inventors": "patents[].inventors", "patent_income": "patents[].income[]", "patent_rewards": "patents[].rewards_paid[]",
	"certifications": "firm.certifications[]", "received": "firm.received[]", "firm.as_of": "as_of",
}

// fieldPath is the scenario path of a column of kind (or of a child table).
func fieldPath(kind, column string) string {
	if p, ok := columnPaths[kind+"."+column]; ok {
		return p
	}
	if p, ok := columnPaths[column]; ok {
		return p
	}
	if kind == KindFirm {
		return "firm." + column
	}
	return kind + "[]." + column
}

// changedFields are the scenario paths of what differs between two
// snapshots of a record: its own columns, and child tables as a whole.
func changedFields(kind string, before, after snap) []string {
	var out []string
	if len(before[kind]) == 1 && len(after[kind]) == 1 {
		b, a := before[kind][0], after[kind][0]
		var cols []string
		for c := range a {
			cols = append(cols, c)
		}
		sort.Strings(cols)
		for _, c := range cols {
			if c == "id" || c == "seq" || c == "version" {
				continue
			}
			if fmt.Sprint(b[c]) != fmt.Sprint(a[c]) {
				out = append(out, fieldPath(kind, c))
			}
		}
	}
	for _, ch := range children[kind] {
		bj, _ := json.Marshal(withoutIDs(before[ch.table]))
		aj, _ := json.Marshal(withoutIDs(after[ch.table]))
		if !bytes.Equal(bj, aj) {
			out = append(out, fieldPath(kind, ch.table))
		}
	}
	return out
}

// withoutIDs drops the row ids of child rows, which a save renews.
func withoutIDs(rows []map[string]any) []map[string]any {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		c := make(map[string]any, len(r))
		for k, v := range r {
			if k != "id" {
				c[k] = v
			}
		}
		out[i] = c
	}
	return out
}

// entry is a history row being written.
type entry struct {
	action, kind, recordID, label string
	fields                        []string
	before, after                 any // snap, a scenario's JSON, or seq marks; nil for none
	undoOf                        int64
}

// columns are e's values as both stores write them: JSON text for the
// snapshots and the field list, NULL for what is not there.
func (e entry) columns() (before, after any, fields string, recordID, undoOf any, err error) {
	enc := func(v any) (any, error) {
		if v == nil {
			return nil, nil
		}
		if raw, ok := v.([]byte); ok {
			return string(raw), nil
		}
		b, err := json.Marshal(v)
		return string(b), err
	}
	if before, err = enc(e.before); err != nil {
		return nil, nil, "", nil, nil, fmt.Errorf("store: history: %w", err)
	}
	if after, err = enc(e.after); err != nil {
		return nil, nil, "", nil, nil, fmt.Errorf("store: history: %w", err)
	}
	f, _ := json.Marshal(nonNilStrings(e.fields))
	if e.recordID != "" {
		recordID = e.recordID
	}
	if e.undoOf != 0 {
		undoOf = e.undoOf
	}
	return before, after, string(f), recordID, undoOf, nil
}

// record writes e in tx and prunes the oldest entries.
func record(ctx context.Context, tx *sql.Tx, e entry) (int64, error) {
	before, after, fields, recordID, undoOf, err := e.columns()
	if err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO history (at, action, kind, record_id, label, fields, before, after, undo_of)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, time.Now().Format("2006-01-02 15:04:05"), e.action, e.kind, recordID, e.label,
		fields, before, after, undoOf)
	if err != nil {
		return 0, fmt.Errorf("store: history: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("store: history: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM history WHERE id <= ?", id-historyKept); err != nil {
		return 0, fmt.Errorf("store: prune the history: %w", err)
	}
	return id, nil
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// recorded runs change for the record of kind in tx and writes its
// history entry: action add when recordID is "" (change returns the new
// id), else edit.
func recorded(ctx context.Context, tx *sql.Tx, kind, recordID string, change func() (string, error)) error {
	action := ActionEdit
	before := snap{}
	if recordID == "" {
		action = ActionAdd
	} else {
		var err error
		if before, err = snapshot(ctx, tx, kind, recordID); err != nil {
			return err
		}
	}
	id, err := change()
	if err != nil {
		return err
	}
	after, err := snapshot(ctx, tx, kind, id)
	if err != nil {
		return err
	}
	fields := changedFields(kind, before, after)
	if action == ActionEdit && len(fields) == 0 {
		return nil // saved as it was: nothing to remember
	}
	_, err = record(ctx, tx, entry{action: action, kind: kind, recordID: id, label: after.label(kind), fields: fields,
		before: before, after: after})
	return err
}

// seqTables are the tables whose rows a spreadsheet append adds after the
// existing ones, children before parents for deleting.
var seqTables = []string{"loans", "patents", "people", "certifications", "received", "financials", "taxes", "rd_expenses",
	"investments", "fees"}

// seqMarks reads the highest seq of each table before an append: undoing
// it removes the rows after the marks.
func seqMarks(ctx context.Context, tx *sql.Tx) (map[string]int64, error) {
	out := map[string]int64{}
	for _, t := range seqTables {
		var n sql.NullInt64
		if err := tx.QueryRowContext(ctx, "SELECT max(seq) FROM "+t).Scan(&n); err != nil {
			return nil, fmt.Errorf("store: read %s: %w", t, err)
		}
		out[t] = -1
		if n.Valid {
			out[t] = n.Int64
		}
	}
	return out, nil
}

// firmSnapshot is the firm's scenario JSON before a replace, or nil for a
// database without one.
func firmSnapshot(ctx context.Context, tx *sql.Tx) ([]byte, error) {
	sc, err := (&loader{ctx: ctx, tx: tx, people: map[string]string{}}).scenario()
	if errors.Is(err, ErrNoFirm) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return scenario.Encode(sc)
}

// History returns the newest changes first, at most limit of them.
func (s *File) History(ctx context.Context, limit int) ([]Change, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, at, action, kind, coalesce(record_id, ''), label, fields,
		coalesce(undo_of, 0), coalesce(undone_by, 0) FROM history ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: read the history: %w", err)
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		var fields string
		if err := rows.Scan(&c.ID, &c.At, &c.Action, &c.Kind, &c.RecordID, &c.Label, &fields, &c.UndoOf, &c.UndoneBy); err != nil {
			return nil, fmt.Errorf("store: read the history: %w", err)
		}
		if err := json.Unmarshal([]byte(fields), &c.Fields); err != nil {
			return nil, fmt.Errorf("store: read the history: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// LastUndoable is the newest change that can be undone (not an undo, not
// undone); ok is false when there is none.
func (s *File) LastUndoable(ctx context.Context) (Change, bool, error) {
	var id int64
	err := s.r.QueryRowContext(ctx, `SELECT id FROM history WHERE action <> 'undo' AND undone_by IS NULL
		ORDER BY id DESC LIMIT 1`).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return Change{}, false, nil
	}
	if err != nil {
		return Change{}, false, fmt.Errorf("store: read the history: %w", err)
	}
	hs, err := s.History(ctx, historyKept)
	if err != nil {
		return Change{}, false, err
	}
	for _, c := range hs {
		if c.ID == id {
			return c, true, nil
		}
	}
	return Change{}, false, nil
}

// Undo reverts change id in one transaction: the record's rows go back to
// what they were before it (a whole-firm change: the firm as it was). It is
// refused with ErrDepends when a later change still in effect touched the
// same record (or the whole firm), or when what it would put back no
// longer fits (a person a later loan names); and with model.Errors when the
// firm would not pass validation afterwards.
func (s *File) Undo(ctx context.Context, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var action, kind, label string
		var recordID, before sql.NullString
		var undone sql.NullInt64
		err := tx.QueryRowContext(ctx, "SELECT action, kind, record_id, label, before, undone_by FROM history WHERE id = ?", id).
			Scan(&action, &kind, &recordID, &label, &before, &undone)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrCannotUndo
		}
		if err != nil {
			return fmt.Errorf("store: read the history: %w", err)
		}
		if action == ActionUndo || undone.Valid {
			return ErrCannotUndo
		}
		var later int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM history WHERE id > ? AND action <> 'undo' AND undone_by IS NULL
			AND (? IS NULL OR record_id IS NULL OR record_id = ?)`, id, recordID, recordID).Scan(&later); err != nil {
			return fmt.Errorf("store: read the history: %w", err)
		}
		if later > 0 {
			return ErrDepends
		}
		if err := revert(ctx, tx, action, kind, recordID.String, before); err != nil {
			if strings.Contains(err.Error(), "FOREIGN KEY") || strings.Contains(err.Error(), "UNIQUE") {
				return ErrDepends
			}
			return err
		}
		sc, err := (&loader{ctx: ctx, tx: tx, people: map[string]string{}}).scenario()
		switch {
		case errors.Is(err, ErrNoFirm):
		case err != nil:
			return err
		default:
			if errs := model.Validate(sc); len(errs) > 0 {
				return errs
			}
		}
		undo, err := record(ctx, tx, entry{action: ActionUndo, kind: kind, recordID: recordID.String, label: label, undoOf: id})
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "UPDATE history SET undone_by = ? WHERE id = ?", undo, id)
		return err
	})
}

// revert puts back what a change replaced.
func revert(ctx context.Context, tx *sql.Tx, action, kind, recordID string, before sql.NullString) error {
	switch action {
	case ActionImport, ActionReplace:
		for _, t := range tables {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+t); err != nil {
				return fmt.Errorf("store: undo: empty %s: %w", t, err)
			}
		}
		if !before.Valid {
			return nil // the database had no firm before the import
		}
		sc, err := scenario.Decode([]byte(before.String))
		if err != nil {
			return fmt.Errorf("store: undo: the firm before the change: %w", err)
		}
		w := newWriter(ctx, tx, len(sc.People))
		if err := w.firm(sc); err != nil {
			return err
		}
		return w.records(sc)
	case ActionAppend:
		var marks map[string]int64
		if err := json.Unmarshal([]byte(before.String), &marks); err != nil {
			return fmt.Errorf("store: undo: %w", err)
		}
		for _, t := range seqTables {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+t+" WHERE seq > ?", marks[t]); err != nil {
				return fmt.Errorf("store: undo: %s: %w", t, err)
			}
		}
		return nil
	}
	var old snap
	dec := json.NewDecoder(strings.NewReader(before.String))
	dec.UseNumber() // record ids, amounts and versions exactly
	if err := dec.Decode(&old); err != nil {
		return fmt.Errorf("store: undo: %w", err)
	}
	var version int64
	_ = tx.QueryRowContext(ctx, "SELECT version FROM "+kind+" WHERE id = ?", recordID).Scan(&version)
	// Children first, then the record's own row; the firm's row is kept
	// (it is never added or deleted) and its lists are replaced.
	for _, c := range children[kind] {
		where, args := "1 = 1", []any{}
		if c.parent != "" {
			where, args = c.parent+" = ?", []any{recordID}
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+c.table+" WHERE "+where, args...); err != nil {
			return fmt.Errorf("store: undo: %s: %w", c.table, err)
		}
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM "+kind+" WHERE id = ?", recordID); err != nil {
		return fmt.Errorf("store: undo: %s: %w", kind, err)
	}
	if err := insertRows(ctx, tx, kind, old[kind]); err != nil {
		return err
	}
	for _, c := range children[kind] {
		if err := insertRows(ctx, tx, c.table, old[c.table]); err != nil {
			return err
		}
	}
	// A window still holding the version the undo went back to must not
	// save over it: the record moves on to a new version.
	if len(old[kind]) == 1 {
		v, _ := old[kind][0]["version"].(json.Number).Int64()
		if _, err := tx.ExecContext(ctx, "UPDATE "+kind+" SET version = ? WHERE id = ?", max(v, version)+1, recordID); err != nil {
			return fmt.Errorf("store: undo: %w", err)
		}
	}
	return nil
}

// insertRows writes rows read by selectRows back into table.
func insertRows(ctx context.Context, tx *sql.Tx, table string, rows []map[string]any) error {
	for _, r := range rows {
		cols := make([]string, 0, len(r))
		for c := range r {
			cols = append(cols, c)
		}
		sort.Strings(cols)
		args := make([]any, len(cols))
		for i, c := range cols {
			switch v := r[c].(type) {
			case json.Number:
				n, err := v.Int64()
				if err != nil {
					return fmt.Errorf("store: undo: %s.%s: %w", table, c, err)
				}
				args[i] = n
			default:
				args[i] = v
			}
		}
		q := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES (" + strings.TrimSuffix(strings.Repeat("?,", len(cols)), ",") + ")"
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("store: undo: %s: %w", table, err)
		}
	}
	return nil
}
