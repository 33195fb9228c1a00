package store

import (
	"context"
	"database/sql"
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

// saveOne inserts rec (recordID empty: appended after the last record) or
// updates the row recordID, and returns its record id.
func saveOne[T any](ctx context.Context, tx *sql.Tx, sp spec[T], rec *T, recordID string) (string, error) {
	vals, err := sp.vals(rec, txRefs{ctx, tx})
	if err != nil {
		return "", err
	}
	if recordID == "" {
		id, err := newIDs().next()
		if err != nil {
			return "", err
		}
		seq, err := nextSeq(ctx, tx, sp.table)
		if err != nil {
			return "", err
		}
		q := "INSERT INTO " + sp.table + " (id, seq, " + strings.Join(sp.cols, ", ") + ") VALUES (" +
			strings.TrimSuffix(strings.Repeat("?,", len(sp.cols)+2), ",") + ")"
		if _, err := tx.ExecContext(ctx, q, append([]any{id, seq}, vals...)...); err != nil {
			return "", fmt.Errorf("store: insert into %s: %w", sp.table, err)
		}
		return id, nil
	}
	q := "UPDATE " + sp.table + " SET " + strings.Join(sp.cols, " = ?, ") + " = ? WHERE id = ?"
	res, err := tx.ExecContext(ctx, q, append(vals, recordID)...)
	if err != nil {
		return "", fmt.Errorf("store: update %s: %w", sp.table, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return "", ErrNotFound
	}
	return recordID, nil
}

// save runs saveOne in its own transaction and records the id on rec.
func save[T any](s *Store, ctx context.Context, sp spec[T], rec *T, recordID *string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		id, err := saveOne(ctx, tx, sp, rec, *recordID)
		if err == nil {
			*recordID = id
		}
		return err
	})
}

// SavePerson inserts or updates a person.
func (s *Store) SavePerson(ctx context.Context, p *model.Person) error {
	return save(s, ctx, personSpec, p, &p.RecordID)
}

// SaveRDExpense inserts or updates an R&D line.
func (s *Store) SaveRDExpense(ctx context.Context, e *model.RDExpense) error {
	return save(s, ctx, rdSpec, e, &e.RecordID)
}

// SaveInvestment inserts or updates an investment.
func (s *Store) SaveInvestment(ctx context.Context, in *model.Investment) error {
	return save(s, ctx, investmentSpec, in, &in.RecordID)
}

// SaveLoan inserts or updates a loan.
func (s *Store) SaveLoan(ctx context.Context, l *model.Loan) error {
	return save(s, ctx, loanSpec, l, &l.RecordID)
}

// SaveFee inserts or updates a fee.
func (s *Store) SaveFee(ctx context.Context, f *model.Fee) error {
	return save(s, ctx, feeSpec, f, &f.RecordID)
}

// SaveFinancial inserts or updates a year's accounts.
func (s *Store) SaveFinancial(ctx context.Context, f *model.Financial) error {
	return save(s, ctx, financialSpec, f, &f.RecordID)
}

// SaveTax inserts or updates a year's taxes.
func (s *Store) SaveTax(ctx context.Context, t *model.TaxYear) error {
	return save(s, ctx, taxSpec, t, &t.RecordID)
}

// SavePatent inserts or updates a patent with its inventors, income and
// rewards, in one transaction.
func (s *Store) SavePatent(ctx context.Context, p *model.Patent) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		id, err := saveOne(ctx, tx, patentSpec, p, p.RecordID)
		if err != nil {
			return err
		}
		if err := writePatentChildren(ctx, tx, txRefs{ctx, tx}, id, p); err != nil {
			return err
		}
		p.RecordID = id
		return nil
	})
}

// SaveFirm updates the firm's profile, its certifications and the benefits
// it has received (the lists are replaced whole), and the scenario's
// evaluation date, in one transaction.
func (s *Store) SaveFirm(ctx context.Context, f *model.Firm, asOf civil.Date) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE firm SET as_of = ?, "+strings.Join(firmCols, " = ?, ")+" = ?",
			append([]any{dateArg(asOf)}, firmVals(f)...)...)
		if err != nil {
			return fmt.Errorf("store: update firm: %w", err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return ErrNoFirm
		}
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
	})
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

// Delete removes one record of a kind. A person named on a patent or loan
// is refused with ErrInUse.
func (s *Store) Delete(ctx context.Context, kind, recordID string) error {
	switch kind {
	case People, Patents, RDExpenses, Investments, Loans, Fees, Financials, Taxes:
	default:
		return fmt.Errorf("store: delete: unknown kind %q", kind)
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM "+kind+" WHERE id = ?", recordID)
		if err != nil {
			if kind == People && strings.Contains(err.Error(), "FOREIGN KEY") {
				return ErrInUse
			}
			return fmt.Errorf("store: delete from %s: %w", kind, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return ErrNotFound
		}
		return nil
	})
}
