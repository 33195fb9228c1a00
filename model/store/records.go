package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/msg"
)

// Single-record edits for the app: each saves or deletes one record in its
// own transaction. Callers validate the firm's records with the change
// applied (model.Validate) before saving; the schema's constraints are the
// last line.

// ErrNotFound is returned when a record id names no row (another window
// deleted it).
var ErrNotFound = msg.Errorf("找不到该记录，可能已被删除", "the record no longer exists; it may have been deleted")

// ErrInUse is returned when a person cannot be deleted because a patent or
// loan names them.
var ErrInUse = msg.Errorf("此人员是专利发明人或贷款借款人，请先修改相关专利或贷款", "this person is named on a patent or a loan: change those first")

// txRefs resolves person ids inside one transaction.
type txRefs struct {
	ctx context.Context
	tx  *sql.Tx
}

func (r txRefs) person(pid string) (string, error) {
	var id string
	if err := r.tx.QueryRowContext(r.ctx, "SELECT id FROM people WHERE pid = ?", pid).Scan(&id); err != nil {
		return "", fmt.Errorf("store: no person %q: %w", pid, err)
	}
	return id, nil
}

// ErrStale refuses a save made from a record that someone else (another
// window, an import) has changed or deleted since it was read: applying it
// would write old data over new.
var ErrStale = msg.Errorf("该记录已被他人修改，已显示最新内容", "someone else has changed this record; the latest data is now shown")

// saveOne inserts rec (recordID empty: appended after the last record) or
// updates the row recordID, provided the row is still at version; it
// returns the record id and the row's new version.
func saveOne[T any](ctx context.Context, tx *sql.Tx, sp spec[T], rec *T, recordID string, version int64) (string, int64, error) {
	vals, err := sp.vals(rec, txRefs{ctx, tx})
	if err != nil {
		return "", 0, err
	}
	if recordID == "" {
		id, err := newIDs().next()
		if err != nil {
			return "", 0, err
		}
		seq, err := nextSeq(ctx, tx, sp.table)
		if err != nil {
			return "", 0, err
		}
		q := "INSERT INTO " + sp.table + " (id, seq, " + strings.Join(sp.cols, ", ") + ") VALUES (" +
			strings.TrimSuffix(strings.Repeat("?,", len(sp.cols)+2), ",") + ")"
		if _, err := tx.ExecContext(ctx, q, append([]any{id, seq}, vals...)...); err != nil {
			return "", 0, fmt.Errorf("store: insert into %s: %w", sp.table, err)
		}
		return id, 1, nil
	}
	q := "UPDATE " + sp.table + " SET " + strings.Join(sp.cols, " = ?, ") + " = ?, version = version + 1 WHERE id = ? AND version = ?"
	res, err := tx.ExecContext(ctx, q, append(vals, recordID, version)...)
	if err != nil {
		return "", 0, fmt.Errorf("store: update %s: %w", sp.table, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return "", 0, missingOrStale(ctx, tx, sp.table, recordID)
	}
	return recordID, version + 1, nil
}

// missingOrStale tells why a guarded write matched no row: the record is
// gone (ErrNotFound) or at another version (ErrStale).
func missingOrStale(ctx context.Context, tx *sql.Tx, table, recordID string) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE id = ?", recordID).Scan(&n); err != nil {
		return fmt.Errorf("store: read %s: %w", table, err)
	}
	if n == 0 {
		return ErrNotFound
	}
	return ErrStale
}

// save runs saveOne in its own transaction and records the id and the new
// version on rec.
func save[T any](s *File, ctx context.Context, sp spec[T], rec *T, recordID *string, version *int64) error {
	var id string
	var v int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		return recorded(ctx, tx, sp.table, *recordID, func() (string, error) {
			var err error
			id, v, err = saveOne(ctx, tx, sp, rec, *recordID, *version)
			return id, err
		})
	})
	if err == nil {
		*recordID, *version = id, v
	}
	return err
}

// SavePerson inserts or updates a person.
func (s *File) SavePerson(ctx context.Context, p *model.Person) error {
	return save(s, ctx, personSpec, p, &p.RecordID, &p.Version)
}

// SaveRDExpense inserts or updates an R&D line.
func (s *File) SaveRDExpense(ctx context.Context, e *model.RDExpense) error {
	return save(s, ctx, rdSpec, e, &e.RecordID, &e.Version)
}

// SaveInvestment inserts or updates an investment.
func (s *File) SaveInvestment(ctx context.Context, in *model.Investment) error {
	return save(s, ctx, investmentSpec, in, &in.RecordID, &in.Version)
}

// SaveLoan inserts or updates a loan.
func (s *File) SaveLoan(ctx context.Context, l *model.Loan) error {
	return save(s, ctx, loanSpec, l, &l.RecordID, &l.Version)
}

// SaveFee inserts or updates a fee.
func (s *File) SaveFee(ctx context.Context, f *model.Fee) error {
	return save(s, ctx, feeSpec, f, &f.RecordID, &f.Version)
}

// SaveFinancial inserts or updates a year's accounts.
func (s *File) SaveFinancial(ctx context.Context, f *model.Financial) error {
	return save(s, ctx, financialSpec, f, &f.RecordID, &f.Version)
}

// SaveTax inserts or updates a year's taxes.
func (s *File) SaveTax(ctx context.Context, t *model.TaxYear) error {
	return save(s, ctx, taxSpec, t, &t.RecordID, &t.Version)
}

// SavePatent inserts or updates a patent with its inventors, income and
// rewards, in one transaction.
func (s *File) SavePatent(ctx context.Context, p *model.Patent) error {
	var id string
	var v int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		return recorded(ctx, tx, Patents, p.RecordID, func() (string, error) {
			var err error
			if id, v, err = saveOne(ctx, tx, patentSpec, p, p.RecordID, p.Version); err != nil {
				return "", err
			}
			return id, writePatentChildren(ctx, tx, txRefs{ctx, tx}, id, p)
		})
	})
	if err == nil {
		p.RecordID, p.Version = id, v
	}
	return err
}

// SaveFirm updates the firm's profile, its certifications and the benefits
// it has received (the lists are replaced whole), and the scenario's
// evaluation date, in one transaction. f must be the firm as loaded (its
// RecordID and Version): a firm replaced or changed since is refused with
// ErrStale.
func (s *File) SaveFirm(ctx context.Context, f *model.Firm, asOf civil.Date) error {
	saved := *f
	err := s.write(ctx, func(tx *sql.Tx) error {
		return recorded(ctx, tx, KindFirm, f.RecordID, func() (string, error) { return f.RecordID, saveFirm(ctx, tx, &saved, asOf) })
	})
	if err == nil {
		*f = saved
	}
	return err
}

// saveFirm is SaveFirm's work inside its transaction.
func saveFirm(ctx context.Context, tx *sql.Tx, f *model.Firm, asOf civil.Date) error {
	{
		res, err := tx.ExecContext(ctx, "UPDATE firm SET version = version + 1, as_of = ?, "+strings.Join(firmCols, " = ?, ")+
			" = ? WHERE id = ? AND version = ?", append(append([]any{dateArg(asOf)}, firmVals(f)...), f.RecordID, f.Version)...)
		if err != nil {
			return fmt.Errorf("store: update firm: %w", err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			err := missingOrStale(ctx, tx, "firm", f.RecordID)
			if errors.Is(err, ErrNotFound) {
				err = ErrStale // the firm was replaced by another one
			}
			return err
		}
		f.Version++
		for _, t := range []string{"certifications", "received"} {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+t); err != nil {
				return fmt.Errorf("store: clear %s: %w", t, err)
			}
		}
		w := newWriter(ctx, tx, 0)
		if err := insertAll(w, certSpec, f.Certifications, func(i int, id string) { f.Certifications[i].RecordID = id }); err != nil {
			return err
		}
		return insertAll(w, receivedSpec, f.Received, func(i int, id string) { f.Received[i].RecordID = id })
	}
}

// Record kinds that Delete accepts: the table names.
const (
	People      = "people"
	Patents     = "patents"
	RDExpenses  = "rd_expenses"
	Investments = "investments"
	Loans       = "loans"
	Fees        = "fees"
	Financials  = "financials"
	Taxes       = "taxes"
)

// Delete removes one record of a kind whatever its version; DeleteAt is the
// guarded form. A person named on a patent or loan is refused with ErrInUse.
func (s *File) Delete(ctx context.Context, kind, recordID string) error {
	return s.DeleteAt(ctx, kind, recordID, 0)
}

// DeleteAt removes one record of a kind if it is still at version (0: any
// version); a record changed since is refused with ErrStale.
func (s *File) DeleteAt(ctx context.Context, kind, recordID string, version int64) error {
	switch kind {
	case People, Patents, RDExpenses, Investments, Loans, Fees, Financials, Taxes:
	default:
		return fmt.Errorf("store: delete: unknown kind %q", kind)
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		before, err := snapshot(ctx, tx, kind, recordID)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM "+kind+" WHERE id = ? AND (? = 0 OR version = ?)", recordID, version, version)
		if err != nil {
			if kind == People && strings.Contains(err.Error(), "FOREIGN KEY") {
				return ErrInUse
			}
			return fmt.Errorf("store: delete from %s: %w", kind, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return missingOrStale(ctx, tx, kind, recordID)
		}
		_, err = record(ctx, tx, entry{action: ActionDelete, kind: kind, recordID: recordID, label: before.label(kind),
			before: before, after: snap{}})
		return err
	})
}
