package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/msg"
)

// officeTables are the tables of a firm's records, children before
// parents: the order in which a replace empties them. The firm's own row
// stays (it is the client).
var officeTables = [...]string{
	"patent_inventors", "patent_income", "patent_rewards", "patents", "loans",
	"people", "certifications", "received", "financials", "taxes",
	"rd_expenses", "investments", "fees",
}

// Import stores a whole scenario as a firm of the office, in one
// transaction that other seats see whole or not at all. The firm is the
// one the store names (by --firm, or as the database's only firm when
// opened for editing), else the one with the scenario's credit code. A
// firm that is there already is refused with ErrFirmExists unless replace
// is set; then its records are replaced in the same transaction, and the
// history keeps the firm as it was, so the replace can be undone. (An
// office database is backed up by its server, pg_dump; it has no backups
// folder.)
func (c *officeFirm) Import(ctx context.Context, sc *model.Scenario, replace bool) error {
	if c.readOnly {
		return c.errReadOnly()
	}
	named := c.want
	if named == "" {
		named = sc.Firm.USCC
	}
	var id string
	err := pgx.BeginFunc(ctx, c.o.pool, func(tx pgx.Tx) error {
		var err error
		if c.id != "" {
			id = c.id
			err = lockFirm(ctx, tx, id)
			if errors.Is(err, ErrFirmGone) {
				id, err = "", nil
			}
		} else {
			err = tx.QueryRow(ctx, `SELECT id FROM firm WHERE uscc = $1 FOR UPDATE`, named).Scan(&id)
			if isNoRows(err) {
				err = nil
			}
		}
		if err != nil {
			return err
		}
		e := entry{action: ActionImport, kind: KindAll, label: sc.Firm.Name}
		if id != "" {
			if !replace {
				return ErrFirmExists
			}
			old, err := officeFirmSnapshot(ctx, tx, id)
			if err != nil {
				return err
			}
			e.action, e.before = ActionReplace, old
			if err := emptyFirm(ctx, tx, id); err != nil {
				return err
			}
			if err := updateFirmRow(ctx, tx, id, &sc.Firm, sc.AsOf); err != nil {
				return err
			}
		} else {
			if named != sc.Firm.USCC {
				// --firm names a client that is not there, and the
				// scenario is another firm: refuse rather than guess.
				return &FileError{WithFirm(c.o.where, named), msg.Errorf(
					"事务所数据库中没有统一社会信用代码为 %s 的客户，而场景文件的企业是 %s：请去掉 --firm 以新建客户，或给出要替换的客户",
					"the office database has no client with the credit code %s, and the scenario's firm is %s: leave out --firm to add it as a new client, or name the client to replace",
					named, sc.Firm.USCC)}
			}
			if id, err = newIDs().next(); err != nil {
				return err
			}
			if err := insertFirmRow(ctx, tx, id, sc); err != nil {
				return err
			}
		}
		w := newOfficeWriter(ctx, tx, id, len(sc.People))
		if err := w.records(sc); err != nil {
			return err
		}
		if _, err := officeRecord(ctx, tx, id, e); err != nil {
			return err
		}
		at, err := officeStamp(ctx, tx, id)
		if err == nil {
			c.mu.Lock()
			c.stamp = at
			c.mu.Unlock()
		}
		return err
	})
	if isConstraint(err, "firm_uscc_unique") {
		if replace {
			return &FileError{c.o.where, ErrUSCCTaken}
		}
		return ErrFirmExists // another seat's import of the same firm landed first
	}
	if err != nil {
		return c.explain(err)
	}
	c.id, c.uscc = id, sc.Firm.USCC
	return nil
}

// emptyFirm deletes the firm's records, keeping its row.
func emptyFirm(ctx context.Context, tx pgx.Tx, id string) error {
	for _, t := range officeTables {
		if _, err := tx.Exec(ctx, "DELETE FROM "+t+" WHERE firm_id = $1", id); err != nil {
			return fmt.Errorf("store: empty %s: %w", t, err)
		}
	}
	return nil
}

func insertFirmRow(ctx context.Context, tx pgx.Tx, id string, sc *model.Scenario) error {
	vals := append([]any{id, pgDate(sc.AsOf)}, officeFirmVals(&sc.Firm)...)
	if _, err := tx.Exec(ctx, `INSERT INTO firm (id, as_of, `+strings.Join(firmCols, ", ")+`) VALUES (`+
		placeholders(1, len(vals))+`)`, vals...); err != nil {
		return fmt.Errorf("store: insert firm: %w", err)
	}
	return nil
}

// updateFirmRow writes the firm's profile over its row and moves it to a
// new version, so a window holding the old one cannot save over it.
func updateFirmRow(ctx context.Context, tx pgx.Tx, id string, f *model.Firm, asOf civil.Date) error {
	vals := append([]any{pgDate(asOf)}, officeFirmVals(f)...)
	if _, err := tx.Exec(ctx, "UPDATE firm SET version = version + 1, "+setList(append([]string{"as_of"}, firmCols...), 1)+
		" WHERE id = $"+strconv.Itoa(len(vals)+1), append(vals, id)...); err != nil {
		return fmt.Errorf("store: update firm: %w", err)
	}
	return nil
}

// placeholders is "$from, $from+1, …" for n parameters.
func placeholders(from, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$" + strconv.Itoa(from+i))
	}
	return b.String()
}

// setList is "a = $from, b = $from+1, …".
func setList(cols []string, from int) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = c + " = $" + strconv.Itoa(from+i)
	}
	return strings.Join(parts, ", ")
}

// isConstraint reports a violation of the named constraint.
func isConstraint(err error, name string) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.ConstraintName == name
}

// pgCode is the SQLSTATE of a server error, or "".
func pgCode(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code
	}
	return ""
}

// officeWriter writes records in bulk with COPY, the way PostgreSQL loads
// many rows fastest, inside the write's transaction.
type officeWriter struct {
	ctx    context.Context
	tx     pgx.Tx
	firm   string
	ids    *ids
	people map[string]string // scenario id → record id
}

func newOfficeWriter(ctx context.Context, tx pgx.Tx, firm string, people int) *officeWriter {
	return &officeWriter{ctx: ctx, tx: tx, firm: firm, ids: newIDs(), people: make(map[string]string, people)}
}

func (w *officeWriter) person(pid string) (string, error) {
	if id, ok := w.people[pid]; ok {
		return id, nil
	}
	id, err := officePersonID(w.ctx, w.tx, w.firm, pid)
	if err == nil {
		w.people[pid] = id
	}
	return id, err
}

func officePersonID(ctx context.Context, tx pgx.Tx, firm, pid string) (string, error) {
	var id string
	if err := tx.QueryRow(ctx, "SELECT id FROM people WHERE firm_id = $1 AND pid = $2", firm, pid).Scan(&id); err != nil {
		return "", fmt.Errorf("store: no person %q: %w", pid, err)
	}
	return id, nil
}

// loadPeople maps the scenario ids of the firm's stored people.
func (w *officeWriter) loadPeople() error {
	rows, err := w.tx.Query(w.ctx, "SELECT pid, id FROM people WHERE firm_id = $1", w.firm)
	if err != nil {
		return fmt.Errorf("store: read people: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var pid, id string
		if err := rows.Scan(&pid, &id); err != nil {
			return fmt.Errorf("store: read people: %w", err)
		}
		if _, ok := w.people[pid]; !ok {
			w.people[pid] = id
		}
	}
	return rows.Err()
}

// officeNextSeq is the position after the firm's last record of table.
func officeNextSeq(ctx context.Context, tx pgx.Tx, table, firm string) (int, error) {
	var n int
	if err := tx.QueryRow(ctx, "SELECT coalesce(max(seq), -1) + 1 FROM "+table+" WHERE firm_id = $1", firm).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: next position in %s: %w", table, err)
	}
	return n, nil
}

// copyAll appends recs after the firm's rows of sp's table.
func copyAll[T any](w *officeWriter, sp officeSpec[T], recs []T, onRow func(i int, id string)) error {
	if len(recs) == 0 {
		return nil
	}
	seq0, err := officeNextSeq(w.ctx, w.tx, sp.table, w.firm)
	if err != nil {
		return err
	}
	cols := append([]string{"id", "firm_id", "seq"}, sp.cols...)
	_, err = w.tx.CopyFrom(w.ctx, pgx.Identifier{Schema, sp.table}, cols, pgx.CopyFromSlice(len(recs), func(i int) ([]any, error) {
		id, err := w.ids.next()
		if err != nil {
			return nil, err
		}
		vals, err := sp.pgVals(&recs[i], w)
		if err != nil {
			return nil, err
		}
		if onRow != nil {
			onRow(i, id)
		}
		return append([]any{id, w.firm, seq0 + i}, vals...), nil
	}))
	if err != nil {
		return fmt.Errorf("store: write %s: %w", sp.table, err)
	}
	return nil
}

// records appends every record list of sc, people before the patents and
// loans that name them.
func (w *officeWriter) records(sc *model.Scenario) error {
	if err := copyAll(w, officeCert, sc.Firm.Certifications, nil); err != nil {
		return err
	}
	if err := copyAll(w, officeReceived, sc.Firm.Received, nil); err != nil {
		return err
	}
	if err := copyAll(w, officeFinancial, sc.Financials, nil); err != nil {
		return err
	}
	if err := copyAll(w, officeTax, sc.Taxes, nil); err != nil {
		return err
	}
	people := sc.People
	if err := copyAll(w, officePerson, people, func(i int, id string) { w.people[people[i].ID] = id }); err != nil {
		return err
	}
	patentIDs := make([]string, len(sc.Patents))
	if err := copyAll(w, officePatent, sc.Patents, func(i int, id string) { patentIDs[i] = id }); err != nil {
		return err
	}
	if err := w.patentChildren(patentIDs, sc.Patents); err != nil {
		return err
	}
	if err := copyAll(w, officeRD, sc.RDExpenses, nil); err != nil {
		return err
	}
	if err := copyAll(w, officeInvestment, sc.Investments, nil); err != nil {
		return err
	}
	// A loan is copied while COPY holds the connection: the people it
	// names that were stored before are looked up first.
	for _, l := range sc.Loans {
		if _, ok := w.people[l.Borrower]; !ok && l.Borrower != model.BorrowerFirm {
			if err := w.loadPeople(); err != nil {
				return err
			}
			break
		}
	}
	if err := copyAll(w, officeLoan, sc.Loans, nil); err != nil {
		return err
	}
	return copyAll(w, officeFee, sc.Fees, nil)
}

// patentChildren writes the inventors, income and rewards of new patents.
func (w *officeWriter) patentChildren(ids []string, ps []model.Patent) error {
	var inventors, income, rewards [][]any
	for i := range ps {
		p := &ps[i]
		for j, pid := range p.Inventors {
			person, err := w.person(pid)
			if err != nil {
				return err
			}
			inventors = append(inventors, []any{w.firm, ids[i], j, person})
		}
		for j, in := range p.Income {
			id, err := w.ids.next()
			if err != nil {
				return err
			}
			income = append(income, []any{id, w.firm, ids[i], j, in.Year, in.Kind, int64(in.Amount)})
		}
		for j, rw := range p.RewardsPaid {
			id, err := w.ids.next()
			if err != nil {
				return err
			}
			rewards = append(rewards, []any{id, w.firm, ids[i], j, rw.Year, int64(rw.Amount)})
		}
	}
	for _, t := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"patent_inventors", []string{"firm_id", "patent_id", "seq", "person_id"}, inventors},
		{"patent_income", []string{"id", "firm_id", "patent_id", "seq", "year", "kind", "amount_fen"}, income},
		{"patent_rewards", []string{"id", "firm_id", "patent_id", "seq", "year", "amount_fen"}, rewards},
	} {
		if len(t.rows) == 0 {
			continue
		}
		if _, err := w.tx.CopyFrom(w.ctx, pgx.Identifier{Schema, t.table}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
			return fmt.Errorf("store: write %s: %w", t.table, err)
		}
	}
	return nil
}

// Append adds the records of add after the firm's own, in one
// transaction (a spreadsheet import). The combined records must have
// passed model.Validate.
func (c *officeFirm) Append(ctx context.Context, add *model.Scenario) error {
	return c.AppendPrepared(ctx, func(*model.Scenario) (*model.Scenario, error) { return add, nil })
}

// AppendPrepared is Append for records checked against the firm as it is
// when they are written: prepare gets the stored firm, read under the
// firm's lock inside the write, and returns what to append.
func (c *officeFirm) AppendPrepared(ctx context.Context, prepare func(existing *model.Scenario) (*model.Scenario, error)) error {
	if c.id == "" && c.want == "" && c.firms == 0 {
		return ErrNoFirm
	}
	return c.write(ctx, true, func(tx pgx.Tx, firm string) error {
		existing, err := officeLoad(ctx, tx, firm)
		if err != nil {
			return err
		}
		add, err := prepare(existing)
		if err != nil {
			return err
		}
		marks, err := officeSeqMarks(ctx, tx, firm)
		if err != nil {
			return err
		}
		if err := newOfficeWriter(ctx, tx, firm, len(add.People)).records(add); err != nil {
			return err
		}
		fields, total := appendedFields(add)
		_, err = officeRecord(ctx, tx, firm, entry{action: ActionAppend, kind: KindAll, label: fmt.Sprint(total), fields: fields, before: marks})
		return err
	})
}

// officeRefs resolves person ids of the firm inside one transaction.
type officeRefs struct {
	ctx  context.Context
	tx   pgx.Tx
	firm string
}

func (r officeRefs) person(pid string) (string, error) {
	return officePersonID(r.ctx, r.tx, r.firm, pid)
}

// officeSaveOne inserts rec (recordID empty: after the firm's last
// record) or updates the row recordID if it is still at version, and
// returns the record id and the row's new version. The guarded UPDATE is
// what keeps two seats from losing each other's edits: the second waits
// for the first's row lock, then finds the version moved on.
func officeSaveOne[T any](ctx context.Context, tx pgx.Tx, firm string, sp officeSpec[T], rec *T, recordID string, version int64) (string, int64, error) {
	vals, err := sp.pgVals(rec, officeRefs{ctx, tx, firm})
	if err != nil {
		return "", 0, err
	}
	if recordID == "" {
		id, err := newIDs().next()
		if err != nil {
			return "", 0, err
		}
		seq, err := officeNextSeq(ctx, tx, sp.table, firm)
		if err != nil {
			return "", 0, err
		}
		all := append([]any{id, firm, seq}, vals...)
		if _, err := tx.Exec(ctx, "INSERT INTO "+sp.table+" (id, firm_id, seq, "+strings.Join(sp.cols, ", ")+") VALUES ("+
			placeholders(1, len(all))+")", all...); err != nil {
			return "", 0, fmt.Errorf("store: insert into %s: %w", sp.table, err)
		}
		return id, 1, nil
	}
	n := len(vals)
	tag, err := tx.Exec(ctx, "UPDATE "+sp.table+" SET "+setList(sp.cols, 1)+", version = version + 1 WHERE firm_id = $"+
		strconv.Itoa(n+1)+" AND id = $"+strconv.Itoa(n+2)+" AND version = $"+strconv.Itoa(n+3),
		append(vals, firm, recordID, version)...)
	if err != nil {
		return "", 0, fmt.Errorf("store: update %s: %w", sp.table, err)
	}
	if tag.RowsAffected() != 1 {
		return "", 0, officeMissingOrStale(ctx, tx, sp.table, firm, recordID)
	}
	return recordID, version + 1, nil
}

// officeMissingOrStale tells why a guarded write matched no row.
func officeMissingOrStale(ctx context.Context, tx pgx.Tx, table, firm, recordID string) error {
	var n int
	if err := tx.QueryRow(ctx, "SELECT count(*) FROM "+table+" WHERE firm_id = $1 AND id = $2", firm, recordID).Scan(&n); err != nil {
		return fmt.Errorf("store: read %s: %w", table, err)
	}
	if n == 0 {
		return ErrNotFound
	}
	return ErrStale
}

// officeSave runs officeSaveOne in its own transaction with its history
// entry, and records the id and the new version on rec.
func officeSave[T any](c *officeFirm, ctx context.Context, sp officeSpec[T], rec *T, recordID *string, version *int64) error {
	var id string
	var v int64
	err := c.write(ctx, true, func(tx pgx.Tx, firm string) error {
		return officeRecorded(ctx, tx, firm, sp.table, *recordID, func() (string, error) {
			var err error
			id, v, err = officeSaveOne(ctx, tx, firm, sp, rec, *recordID, *version)
			return id, err
		})
	})
	if err == nil {
		*recordID, *version = id, v
	}
	return err
}

// SavePerson inserts or updates a person.
func (c *officeFirm) SavePerson(ctx context.Context, p *model.Person) error {
	return officeSave(c, ctx, officePerson, p, &p.RecordID, &p.Version)
}

// SaveRDExpense inserts or updates an R&D line.
func (c *officeFirm) SaveRDExpense(ctx context.Context, e *model.RDExpense) error {
	return officeSave(c, ctx, officeRD, e, &e.RecordID, &e.Version)
}

// SaveInvestment inserts or updates an investment.
func (c *officeFirm) SaveInvestment(ctx context.Context, in *model.Investment) error {
	return officeSave(c, ctx, officeInvestment, in, &in.RecordID, &in.Version)
}

// SaveLoan inserts or updates a loan.
func (c *officeFirm) SaveLoan(ctx context.Context, l *model.Loan) error {
	return officeSave(c, ctx, officeLoan, l, &l.RecordID, &l.Version)
}

// SaveFee inserts or updates a fee.
func (c *officeFirm) SaveFee(ctx context.Context, f *model.Fee) error {
	return officeSave(c, ctx, officeFee, f, &f.RecordID, &f.Version)
}

// SaveFinancial inserts or updates a year's accounts.
func (c *officeFirm) SaveFinancial(ctx context.Context, f *model.Financial) error {
	return officeSave(c, ctx, officeFinancial, f, &f.RecordID, &f.Version)
}

// SaveTax inserts or updates a year's taxes.
func (c *officeFirm) SaveTax(ctx context.Context, t *model.TaxYear) error {
	return officeSave(c, ctx, officeTax, t, &t.RecordID, &t.Version)
}

// SavePatent inserts or updates a patent with its inventors, income and
// rewards, in one transaction.
func (c *officeFirm) SavePatent(ctx context.Context, p *model.Patent) error {
	var id string
	var v int64
	err := c.write(ctx, true, func(tx pgx.Tx, firm string) error {
		return officeRecorded(ctx, tx, firm, Patents, p.RecordID, func() (string, error) {
			var err error
			if id, v, err = officeSaveOne(ctx, tx, firm, officePatent, p, p.RecordID, p.Version); err != nil {
				return "", err
			}
			for _, t := range []string{"patent_inventors", "patent_income", "patent_rewards"} {
				if _, err := tx.Exec(ctx, "DELETE FROM "+t+" WHERE patent_id = $1", id); err != nil {
					return "", fmt.Errorf("store: clear %s: %w", t, err)
				}
			}
			return id, newOfficeWriter(ctx, tx, firm, 0).patentChildren([]string{id}, []model.Patent{*p})
		})
	})
	if err == nil {
		p.RecordID, p.Version = id, v
	}
	return err
}

// SaveFirm updates the firm's profile, its certifications and received
// benefits (the lists replaced whole) and the evaluation date, provided
// the firm is still at the version it was loaded at.
func (c *officeFirm) SaveFirm(ctx context.Context, f *model.Firm, asOf civil.Date) error {
	saved := *f
	err := c.write(ctx, true, func(tx pgx.Tx, firm string) error {
		if f.RecordID != firm {
			return ErrStale // loaded from another firm: never write it here
		}
		return officeRecorded(ctx, tx, firm, KindFirm, firm, func() (string, error) {
			vals := append([]any{pgDate(asOf)}, officeFirmVals(&saved)...)
			n := len(vals)
			tag, err := tx.Exec(ctx, "UPDATE firm SET version = version + 1, "+setList(append([]string{"as_of"}, firmCols...), 1)+
				" WHERE id = $"+strconv.Itoa(n+1)+" AND version = $"+strconv.Itoa(n+2), append(vals, firm, saved.Version)...)
			if err != nil {
				return "", fmt.Errorf("store: update firm: %w", err)
			}
			if tag.RowsAffected() != 1 {
				return "", ErrStale
			}
			saved.Version++
			for _, t := range []string{"certifications", "received"} {
				if _, err := tx.Exec(ctx, "DELETE FROM "+t+" WHERE firm_id = $1", firm); err != nil {
					return "", fmt.Errorf("store: clear %s: %w", t, err)
				}
			}
			w := newOfficeWriter(ctx, tx, firm, 0)
			if err := copyAll(w, officeCert, saved.Certifications, func(i int, id string) { saved.Certifications[i].RecordID = id }); err != nil {
				return "", err
			}
			return firm, copyAll(w, officeReceived, saved.Received, func(i int, id string) { saved.Received[i].RecordID = id })
		})
	})
	if isConstraint(err, "firm_uscc_unique") {
		return &FileError{c.Where(), ErrUSCCTaken}
	}
	if err == nil {
		*f = saved
		c.uscc = saved.USCC
	}
	return err
}

// Delete removes one record of a kind whatever its version.
func (c *officeFirm) Delete(ctx context.Context, kind, recordID string) error {
	return c.DeleteAt(ctx, kind, recordID, 0)
}

// DeleteAt removes one record of a kind if it is still at version (0: any
// version). A person named on a patent or loan is refused with ErrInUse.
func (c *officeFirm) DeleteAt(ctx context.Context, kind, recordID string, version int64) error {
	switch kind {
	case People, Patents, RDExpenses, Investments, Loans, Fees, Financials, Taxes:
	default:
		return fmt.Errorf("store: delete: unknown kind %q", kind)
	}
	return c.write(ctx, true, func(tx pgx.Tx, firm string) error {
		before, err := officeSnapshot(ctx, tx, firm, kind, recordID)
		if err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, "DELETE FROM "+kind+" WHERE firm_id = $1 AND id = $2 AND ($3 = 0 OR version = $3)",
			firm, recordID, version)
		if err != nil {
			if pgCode(err) == "23503" {
				return ErrInUse
			}
			return fmt.Errorf("store: delete from %s: %w", kind, err)
		}
		if tag.RowsAffected() != 1 {
			return officeMissingOrStale(ctx, tx, kind, firm, recordID)
		}
		_, err = officeRecord(ctx, tx, firm, entry{action: ActionDelete, kind: kind, recordID: recordID, label: before.label(kind),
			before: before, after: snap{}})
		return err
	})
}
