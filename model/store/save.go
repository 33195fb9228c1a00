package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"huiqi/model"
)

// tables lists every data table, children before parents, which is the
// order in which a replace empties them without tripping a foreign key.
var tables = [...]string{
	"patent_inventors", "patent_income", "patent_rewards", "patents", "loans",
	"people", "certifications", "received", "financials", "taxes",
	"rd_expenses", "investments", "fees", "firm",
}

// HasFirm reports whether the database holds a firm.
func (s *File) HasFirm(ctx context.Context) (bool, error) {
	var n int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM firm").Scan(&n); err != nil {
		return false, fmt.Errorf("store: count firms: %w", err)
	}
	return n > 0, nil
}

// Import stores a whole scenario as the database's firm in one
// transaction. A database that already holds a firm is refused with
// ErrFirmExists unless replace is set; then the database is first backed up
// (BackupDir, reason before-replace) and the old firm is deleted in the
// same transaction, so a failed replace leaves it intact. The scenario must
// have passed model.Validate.
func (s *File) Import(ctx context.Context, sc *model.Scenario, replace bool) error {
	if replace {
		if err := s.backupIfFirm(ctx, ReasonReplace); err != nil {
			return err
		}
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM firm").Scan(&n); err != nil {
			return fmt.Errorf("store: count firms: %w", err)
		}
		e := entry{action: ActionImport, kind: KindAll, label: sc.Firm.Name}
		if n > 0 {
			if !replace {
				return ErrFirmExists
			}
			old, err := firmSnapshot(ctx, tx)
			if err != nil {
				return err
			}
			e.action, e.before = ActionReplace, old
			for _, t := range tables {
				if _, err := tx.ExecContext(ctx, "DELETE FROM "+t); err != nil {
					return fmt.Errorf("store: empty %s: %w", t, err)
				}
			}
		}
		w := newWriter(ctx, tx, len(sc.People))
		if err := w.firm(sc); err != nil {
			return err
		}
		if err := w.records(sc); err != nil {
			return err
		}
		_, err := record(ctx, tx, e)
		return err
	})
}

// appended writes add after the existing records and its history entry:
// the marks to undo it by, the tables it added to and how many rows.
func appended(ctx context.Context, tx *sql.Tx, add *model.Scenario) error {
	marks, err := seqMarks(ctx, tx)
	if err != nil {
		return err
	}
	if err := newWriter(ctx, tx, len(add.People)).records(add); err != nil {
		return err
	}
	fields, total := appendedFields(add)
	_, err = record(ctx, tx, entry{action: ActionAppend, kind: KindAll, label: fmt.Sprint(total), fields: fields, before: marks})
	return err
}

// appendedFields are the scenario paths of the lists an append adds to,
// and how many records it adds: its history entry.
func appendedFields(add *model.Scenario) ([]string, int) {
	counts := []struct {
		path string
		n    int
	}{{"people[]", len(add.People)}, {"patents[]", len(add.Patents)}, {"rd_expenses[]", len(add.RDExpenses)},
		{"investments[]", len(add.Investments)}, {"loans[]", len(add.Loans)}, {"fees[]", len(add.Fees)},
		{"financials[]", len(add.Financials)}, {"taxes[]", len(add.Taxes)},
		{"firm.certifications[]", len(add.Firm.Certifications)}, {"firm.received[]", len(add.Firm.Received)}}
	var fields []string
	total := 0
	for _, c := range counts {
		if c.n > 0 {
			fields = append(fields, c.path)
			total += c.n
		}
	}
	return fields, total
}

// Append adds the records of add (people, patents, R&D lines, investments,
// loans, fees, financials, taxes, certifications, received benefits) after
// the firm's existing ones, in one transaction: spreadsheet import. The
// database is backed up first (BackupDir, reason before-append). Patents
// and loans may name people already stored. The combined records must have
// passed model.Validate.
func (s *File) Append(ctx context.Context, add *model.Scenario) error {
	if err := s.backupIfFirm(ctx, ReasonAppend); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM firm").Scan(&n); err != nil {
			return fmt.Errorf("store: count firms: %w", err)
		}
		if n == 0 {
			return ErrNoFirm
		}
		return appended(ctx, tx, add)
	})
}

// AppendPrepared is Append for records that must be checked against the
// firm as it is when they are written: prepare gets the stored firm, read
// inside the write transaction, and returns what to append. Two imports
// started together thus never both number new people p11, and neither
// checks its rows against a firm the other has already changed.
//
// The automatic backup is made only once prepare has accepted the rows (a
// refused file changes nothing, not even the backups folder), through a
// connection of its own: it reads the last committed state, which is the
// firm before this append, while the write transaction holds the lock.
func (s *File) AppendPrepared(ctx context.Context, prepare func(existing *model.Scenario) (*model.Scenario, error)) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		l := &loader{ctx: ctx, tx: tx, people: map[string]string{}}
		existing, err := l.scenario()
		if err != nil {
			return err
		}
		add, err := prepare(existing)
		if err != nil {
			return err
		}
		if err := autoBackupWith(s.path, ReasonAppend, func(dest string) error {
			db, err := sql.Open("sqlite", roDSN(s.path, false))
			if err != nil {
				return err
			}
			defer db.Close()
			return vacuumInto(ctx, db, dest)
		}); err != nil {
			return err
		}
		return appended(ctx, tx, add)
	})
}

// backupIfFirm makes an automatic backup when the database holds a firm:
// an empty database has nothing to lose.
func (s *File) backupIfFirm(ctx context.Context, reason string) error {
	has, err := s.HasFirm(ctx)
	if err != nil || !has {
		return err
	}
	return s.autoBackup(ctx, reason)
}

// writer inserts records in bulk. Person ids are mapped to the rows' UUIDs
// as people are written (and looked up for people stored before), so that
// patents and loans can refer to them.
type writer struct {
	ctx    context.Context
	tx     *sql.Tx
	ids    *ids
	people map[string]string // scenario id → record id
}

func newWriter(ctx context.Context, tx *sql.Tx, people int) *writer {
	return &writer{ctx: ctx, tx: tx, ids: newIDs(), people: make(map[string]string, people)}
}

func (w *writer) person(pid string) (string, error) {
	if id, ok := w.people[pid]; ok {
		return id, nil
	}
	var id string
	err := w.tx.QueryRowContext(w.ctx, "SELECT id FROM people WHERE pid = ?", pid).Scan(&id)
	if err != nil {
		return "", fmt.Errorf("store: no person %q: %w", pid, err)
	}
	w.people[pid] = id
	return id, nil
}

// batch is how many rows one INSERT statement carries: per-statement cost
// (binding through database/sql, a VDBE run) dominates a bulk import, and a
// multi-row VALUES list pays it once per batch. 200 rows of the widest table
// stay far below SQLite's limit on bound variables.
const batch = 200

// nextSeq is the position after the table's last record.
func nextSeq(ctx context.Context, tx *sql.Tx, table string) (int, error) {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(seq), -1) + 1 FROM "+table).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: next position in %s: %w", table, err)
	}
	return n, nil
}

// insertAll appends recs to sp's table after its existing rows and returns
// their record ids. Rows are prepared (ids made, values converted) on a
// second goroutine while SQLite stores the previous batch, so a bulk import
// uses both cores of a small machine.
func insertAll[T any](w *writer, sp spec[T], recs []T, onRow func(i int, id string)) error {
	n := len(recs)
	if n == 0 {
		return nil
	}
	seq0, err := nextSeq(w.ctx, w.tx, sp.table)
	if err != nil {
		return err
	}
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", len(sp.cols)+2), ",") + ")"
	head := "INSERT INTO " + sp.table + " (id, seq, " + strings.Join(sp.cols, ", ") + ") VALUES "
	type chunk struct {
		start int
		vals  []any
		err   error
	}
	chunks := make(chan chunk, 2)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(chunks)
		for start := 0; start < n; start += batch {
			c := chunk{start: start}
			for i := start; i < min(start+batch, n) && c.err == nil; i++ {
				var id string
				var vals []any
				if id, c.err = w.ids.next(); c.err != nil {
					break
				}
				if vals, c.err = sp.vals(&recs[i], w); c.err != nil {
					break
				}
				c.vals = append(append(c.vals, id, seq0+i), vals...)
				if onRow != nil {
					onRow(i, id)
				}
			}
			select {
			case chunks <- c:
			case <-stop:
				return
			}
			if c.err != nil {
				return
			}
		}
	}()
	stmts := map[int]*sql.Stmt{}
	defer func() {
		for _, st := range stmts {
			st.Close()
		}
	}()
	for c := range chunks {
		if c.err != nil {
			return c.err
		}
		k := min(batch, n-c.start)
		st := stmts[k]
		if st == nil {
			st, err = w.tx.PrepareContext(w.ctx, head+strings.TrimSuffix(strings.Repeat(row+",", k), ","))
			if err != nil {
				return fmt.Errorf("store: prepare %s: %w", sp.table, err)
			}
			stmts[k] = st
		}
		if _, err := st.ExecContext(w.ctx, c.vals...); err != nil {
			return fmt.Errorf("store: insert %s[%d…%d]: %w", sp.table, c.start, c.start+k-1, err)
		}
	}
	return nil
}

func (w *writer) firm(sc *model.Scenario) error {
	id, err := w.ids.next()
	if err != nil {
		return err
	}
	vals := append([]any{id, dateArg(sc.AsOf)}, firmVals(&sc.Firm)...)
	if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO firm (id, as_of, `+strings.Join(firmCols, ", ")+`)
		VALUES (`+strings.TrimSuffix(strings.Repeat("?,", len(vals)), ",")+`)`, vals...); err != nil {
		return fmt.Errorf("store: insert firm: %w", err)
	}
	return nil
}

var firmCols = []string{"name", "uscc", "legal_form", "ownership", "founded", "county", "industry", "in_startup_park",
	"rents_premises", "tax_compliant", "credit_clean", "online_shop_opened", "address", "contact_person", "phone"}

func firmVals(f *model.Firm) []any {
	return []any{f.Name, f.USCC, f.LegalForm, f.Ownership, dateArg(f.Founded), f.County, f.Industry,
		triArg(f.InStartupPark), triArg(f.RentsPremises), triArg(f.TaxCompliant), triArg(f.CreditClean),
		dateArg(f.OnlineShopOpened), strArg(f.Address), strArg(f.ContactPerson), strArg(f.Phone)}
}

// records appends every record list of sc, people before the patents and
// loans that name them.
func (w *writer) records(sc *model.Scenario) error {
	if err := insertAll(w, certSpec, sc.Firm.Certifications, nil); err != nil {
		return err
	}
	if err := insertAll(w, receivedSpec, sc.Firm.Received, nil); err != nil {
		return err
	}
	if err := insertAll(w, financialSpec, sc.Financials, nil); err != nil {
		return err
	}
	if err := insertAll(w, taxSpec, sc.Taxes, nil); err != nil {
		return err
	}
	people := sc.People
	if err := insertAll(w, personSpec, people, func(i int, id string) { w.people[people[i].ID] = id }); err != nil {
		return err
	}
	patentIDs := make([]string, len(sc.Patents))
	if err := insertAll(w, patentSpec, sc.Patents, func(i int, id string) { patentIDs[i] = id }); err != nil {
		return err
	}
	for i := range sc.Patents {
		if err := writePatentChildren(w.ctx, w.tx, w, patentIDs[i], &sc.Patents[i]); err != nil {
			return err
		}
	}
	if err := insertAll(w, rdSpec, sc.RDExpenses, nil); err != nil {
		return err
	}
	if err := insertAll(w, investmentSpec, sc.Investments, nil); err != nil {
		return err
	}
	if err := insertAll(w, loanSpec, sc.Loans, nil); err != nil {
		return err
	}
	return insertAll(w, feeSpec, sc.Fees, nil)
}

// writePatentChildren replaces a patent's inventors, income and rewards.
func writePatentChildren(ctx context.Context, tx *sql.Tx, r refs, patentID string, p *model.Patent) error {
	for _, t := range []string{"patent_inventors", "patent_income", "patent_rewards"} {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+t+" WHERE patent_id = ?", patentID); err != nil {
			return fmt.Errorf("store: clear %s: %w", t, err)
		}
	}
	g := newIDs()
	for j, pid := range p.Inventors {
		person, err := r.person(pid)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO patent_inventors (patent_id, seq, person_id) VALUES (?,?,?)`,
			patentID, j, person); err != nil {
			return fmt.Errorf("store: insert inventor: %w", err)
		}
	}
	for j, in := range p.Income {
		id, err := g.next()
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO patent_income (id, patent_id, seq, year, kind, amount_fen)
			VALUES (?,?,?,?,?,?)`, id, patentID, j, in.Year, in.Kind, int64(in.Amount)); err != nil {
			return fmt.Errorf("store: insert patent income: %w", err)
		}
	}
	for j, rw := range p.RewardsPaid {
		id, err := g.next()
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO patent_rewards (id, patent_id, seq, year, amount_fen)
			VALUES (?,?,?,?,?)`, id, patentID, j, rw.Year, int64(rw.Amount)); err != nil {
			return fmt.Errorf("store: insert patent reward: %w", err)
		}
	}
	return nil
}
