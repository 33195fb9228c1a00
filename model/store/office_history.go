package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"huiqi/model"
	"huiqi/model/scenario"
)

// The office database's history is a file's (history.go) with the role
// that made each change; a record's rows before and after are
// PostgreSQL's own JSON of them (to_jsonb), which an undo writes back with
// jsonb_populate_recordset, so every value returns exactly as it was.

// officeSnapshot reads the rows of a record of kind (a table, or KindFirm
// for the firm's row and lists).
func officeSnapshot(ctx context.Context, tx pgx.Tx, firm, kind, recordID string) (snap, error) {
	s := snap{}
	var main []map[string]any
	var err error
	if kind == KindFirm {
		main, err = officeRows(ctx, tx, "firm", "id = $1", firm)
	} else {
		main, err = officeRows(ctx, tx, kind, "firm_id = $1 AND id = $2", firm, recordID)
	}
	if err != nil {
		return nil, err
	}
	if len(main) == 0 {
		return s, nil
	}
	s[kind] = main
	for _, c := range children[kind] {
		where, args := "firm_id = $1", []any{firm}
		if c.parent != "" {
			where, args = "firm_id = $1 AND "+c.parent+" = $2", []any{firm, recordID}
		}
		rows, err := officeRows(ctx, tx, c.table, where, args...)
		if err != nil {
			return nil, err
		}
		s[c.table] = rows
	}
	return s, nil
}

// officeRows reads rows of table as JSON objects, in their list's order.
func officeRows(ctx context.Context, tx pgx.Tx, table, where string, args ...any) ([]map[string]any, error) {
	order := " ORDER BY t.seq"
	if table == "firm" {
		order = ""
	}
	var raw []byte
	if err := tx.QueryRow(ctx, "SELECT coalesce(jsonb_agg(to_jsonb(t)"+order+"), '[]') FROM "+table+
		" t WHERE "+where, args...).Scan(&raw); err != nil {
		return nil, fmt.Errorf("store: read %s for the history: %w", table, err)
	}
	var out []map[string]any
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber()
	if err := dec.Decode(&out); err != nil {
		return nil, fmt.Errorf("store: read %s for the history: %w", table, err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// officeRecord writes e in tx and keeps only the firm's newest entries.
func officeRecord(ctx context.Context, tx pgx.Tx, firm string, e entry) (int64, error) {
	before, after, fields, recordID, undoOf, err := e.columns()
	if err != nil {
		return 0, err
	}
	var id int64
	if err := tx.QueryRow(ctx, `INSERT INTO history (firm_id, at, changed_by, action, kind, record_id, label, fields, before, after, undo_of)
		VALUES ($1, clock_timestamp(), session_user, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9) RETURNING id`,
		firm, e.action, e.kind, recordID, e.label, fields, before, after, undoOf).Scan(&id); err != nil {
		return 0, fmt.Errorf("store: history: %w", err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM history WHERE firm_id = $1 AND id <= (SELECT id FROM history WHERE firm_id = $1
		ORDER BY id DESC OFFSET $2 LIMIT 1)`, firm, historyKept); err != nil {
		return 0, fmt.Errorf("store: prune the history: %w", err)
	}
	return id, nil
}

// officeRecorded runs change for the record of kind and writes its
// history entry: add when recordID is "" (change returns the new id),
// else edit; an edit that changed nothing is not recorded.
func officeRecorded(ctx context.Context, tx pgx.Tx, firm, kind, recordID string, change func() (string, error)) error {
	action := ActionEdit
	before := snap{}
	if recordID == "" {
		action = ActionAdd
	} else {
		var err error
		if before, err = officeSnapshot(ctx, tx, firm, kind, recordID); err != nil {
			return err
		}
	}
	id, err := change()
	if err != nil {
		return err
	}
	after, err := officeSnapshot(ctx, tx, firm, kind, id)
	if err != nil {
		return err
	}
	fields := changedFields(kind, before, after)
	if action == ActionEdit && len(fields) == 0 {
		return nil
	}
	_, err = officeRecord(ctx, tx, firm, entry{action: action, kind: kind, recordID: id, label: after.label(kind), fields: fields,
		before: before, after: after})
	return err
}

// officeSeqMarks reads the firm's highest seq of each table before an
// append: undoing it removes the rows after the marks.
func officeSeqMarks(ctx context.Context, tx pgx.Tx, firm string) (map[string]int64, error) {
	out := map[string]int64{}
	for _, t := range seqTables {
		var n *int64
		if err := tx.QueryRow(ctx, "SELECT max(seq) FROM "+t+" WHERE firm_id = $1", firm).Scan(&n); err != nil {
			return nil, fmt.Errorf("store: read %s: %w", t, err)
		}
		out[t] = -1
		if n != nil {
			out[t] = *n
		}
	}
	return out, nil
}

// officeFirmSnapshot is the firm's scenario JSON before a replace.
func officeFirmSnapshot(ctx context.Context, tx pgx.Tx, firm string) ([]byte, error) {
	sc, err := officeLoad(ctx, tx, firm)
	if err != nil {
		return nil, err
	}
	return scenario.Encode(sc)
}

// History returns the firm's newest changes first, at most limit.
func (c *officeFirm) History(ctx context.Context, limit int) ([]Change, error) {
	firm, err := c.firm(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := c.o.pool.Query(ctx, `SELECT id, at, changed_by, action, kind, coalesce(record_id, ''), label, fields,
		coalesce(undo_of, 0), coalesce(undone_by, 0) FROM history WHERE firm_id = $1 ORDER BY id DESC LIMIT $2`, firm, limit)
	if err != nil {
		return nil, c.explain(fmt.Errorf("store: read the history: %w", err))
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var ch Change
		var at time.Time
		var fields []string
		if err := rows.Scan(&ch.ID, &at, &ch.By, &ch.Action, &ch.Kind, &ch.RecordID, &ch.Label, &fields, &ch.UndoOf, &ch.UndoneBy); err != nil {
			return nil, c.explain(fmt.Errorf("store: read the history: %w", err))
		}
		ch.At = at.Local().Format("2006-01-02 15:04:05")
		ch.Fields = fields
		out = append(out, ch)
	}
	return out, c.explain(rows.Err())
}

// LastUndoable is the firm's newest change that can be undone.
func (c *officeFirm) LastUndoable(ctx context.Context) (Change, bool, error) {
	hs, err := c.History(ctx, historyKept)
	if err != nil {
		return Change{}, false, err
	}
	for _, h := range hs {
		if h.Action != ActionUndo && h.UndoneBy == 0 {
			return h, true, nil
		}
	}
	return Change{}, false, nil
}

// errEmptied tells Undo that undoing the firm's first import removed the
// client, history and all: there is nothing left to record the undo in.
var errEmptied = errors.New("store: the firm was removed")

// Undo reverts change id in one transaction, as a file's Undo: refused
// with ErrDepends while a later change still in effect touched the same
// record (or the whole firm), with model.Errors when the firm would not
// pass validation afterwards. Undoing a client's first import removes the
// client from the office database.
func (c *officeFirm) Undo(ctx context.Context, id int64) error {
	err := c.write(ctx, true, func(tx pgx.Tx, firm string) error {
		var action, kind, label string
		var recordID *string
		var before []byte
		var undone *int64
		err := tx.QueryRow(ctx, `SELECT action, kind, record_id, label, before, undone_by FROM history
			WHERE firm_id = $1 AND id = $2`, firm, id).Scan(&action, &kind, &recordID, &label, &before, &undone)
		if isNoRows(err) {
			return ErrCannotUndo
		}
		if err != nil {
			return fmt.Errorf("store: read the history: %w", err)
		}
		if action == ActionUndo || undone != nil {
			return ErrCannotUndo
		}
		var later int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM history WHERE firm_id = $1 AND id > $2 AND action <> 'undo'
			AND undone_by IS NULL AND ($3::text IS NULL OR record_id IS NULL OR record_id = $3)`, firm, id, recordID).Scan(&later); err != nil {
			return fmt.Errorf("store: read the history: %w", err)
		}
		if later > 0 {
			return ErrDepends
		}
		rid := ""
		if recordID != nil {
			rid = *recordID
		}
		if err := officeRevert(ctx, tx, firm, action, kind, rid, before); err != nil {
			if code := pgCode(err); code == "23503" || code == "23505" {
				return ErrDepends
			}
			return err
		}
		sc, err := officeLoad(ctx, tx, firm)
		if err != nil {
			return err
		}
		if errs := model.Validate(sc); len(errs) > 0 {
			return errs
		}
		undo, err := officeRecord(ctx, tx, firm, entry{action: ActionUndo, kind: kind, recordID: rid, label: label, undoOf: id})
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, "UPDATE history SET undone_by = $1 WHERE id = $2", undo, id)
		return err
	})
	if errors.Is(err, errEmptied) {
		return c.removeFirm(ctx)
	}
	return err
}

// removeFirm deletes the firm with everything of it: the undo of its first
// import, which leaves nothing, as undoing a file's first import leaves an
// empty file.
func (c *officeFirm) removeFirm(ctx context.Context) error {
	err := pgx.BeginFunc(ctx, c.o.pool, func(tx pgx.Tx) error {
		if err := lockFirm(ctx, tx, c.id); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, "DELETE FROM firm WHERE id = $1", c.id)
		return err
	})
	if err != nil {
		return c.explain(err)
	}
	c.id, c.firms = "", 0
	c.want = c.uscc
	return nil
}

// officeRevert puts back what a change replaced.
func officeRevert(ctx context.Context, tx pgx.Tx, firm, action, kind, recordID string, before []byte) error {
	switch action {
	case ActionImport, ActionReplace:
		if before == nil {
			return errEmptied // the firm did not exist before its import
		}
		sc, err := scenario.Decode(before)
		if err != nil {
			return fmt.Errorf("store: undo: the firm before the change: %w", err)
		}
		if err := emptyFirm(ctx, tx, firm); err != nil {
			return err
		}
		if err := updateFirmRow(ctx, tx, firm, &sc.Firm, sc.AsOf); err != nil {
			return err
		}
		return newOfficeWriter(ctx, tx, firm, len(sc.People)).records(sc)
	case ActionAppend:
		var marks map[string]int64
		if err := json.Unmarshal(before, &marks); err != nil {
			return fmt.Errorf("store: undo: %w", err)
		}
		for _, t := range seqTables {
			if _, err := tx.Exec(ctx, "DELETE FROM "+t+" WHERE firm_id = $1 AND seq > $2", firm, marks[t]); err != nil {
				return fmt.Errorf("store: undo: %s: %w", t, err)
			}
		}
		return nil
	}
	var old map[string]json.RawMessage
	if err := json.Unmarshal(before, &old); err != nil {
		return fmt.Errorf("store: undo: %w", err)
	}
	for _, c := range children[kind] {
		where, args := "firm_id = $1", []any{firm}
		if c.parent != "" {
			where, args = "firm_id = $1 AND "+c.parent+" = $2", []any{firm, recordID}
		}
		if _, err := tx.Exec(ctx, "DELETE FROM "+c.table+" WHERE "+where, args...); err != nil {
			return fmt.Errorf("store: undo: %s: %w", c.table, err)
		}
	}
	if kind == KindFirm {
		// The firm's row is the client: its profile goes back in place.
		var rows []json.RawMessage
		if err := json.Unmarshal(old[kind], &rows); err != nil || len(rows) != 1 {
			return fmt.Errorf("store: undo: the firm's row: %v", err)
		}
		cols := append([]string{"as_of"}, firmCols...)
		if _, err := tx.Exec(ctx, "UPDATE firm SET ("+strings.Join(cols, ", ")+") = (SELECT "+strings.Join(cols, ", ")+
			" FROM jsonb_populate_record(NULL::firm, $1::jsonb)), version = version + 1 WHERE id = $2", string(rows[0]), firm); err != nil {
			return fmt.Errorf("store: undo: firm: %w", err)
		}
	} else {
		var version int64
		_ = tx.QueryRow(ctx, "SELECT version FROM "+kind+" WHERE firm_id = $1 AND id = $2", firm, recordID).Scan(&version)
		if _, err := tx.Exec(ctx, "DELETE FROM "+kind+" WHERE firm_id = $1 AND id = $2", firm, recordID); err != nil {
			return fmt.Errorf("store: undo: %s: %w", kind, err)
		}
		if err := officeInsertRows(ctx, tx, kind, old[kind]); err != nil {
			return err
		}
		// A window still holding the version the undo went back to must
		// not save over it: the record moves on to a new version.
		if _, err := tx.Exec(ctx, "UPDATE "+kind+" SET version = greatest(version, $1) + 1 WHERE firm_id = $2 AND id = $3",
			version, firm, recordID); err != nil {
			return fmt.Errorf("store: undo: %w", err)
		}
	}
	for _, c := range children[kind] {
		if err := officeInsertRows(ctx, tx, c.table, old[c.table]); err != nil {
			return err
		}
	}
	return nil
}

// officeInsertRows writes rows read by officeRows back into table.
func officeInsertRows(ctx context.Context, tx pgx.Tx, table string, rows json.RawMessage) error {
	if len(rows) == 0 || string(rows) == "null" {
		return nil
	}
	if _, err := tx.Exec(ctx, "INSERT INTO "+table+" SELECT * FROM jsonb_populate_recordset(NULL::"+table+", $1::jsonb)",
		string(rows)); err != nil {
		return fmt.Errorf("store: undo: %s: %w", table, err)
	}
	return nil
}
