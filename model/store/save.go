package store

import (
	"context"
	"database/sql"
	"encoding/json"
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
func (s *Store) HasFirm(ctx context.Context) (bool, error) {
	var n int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM firm").Scan(&n); err != nil {
		return false, fmt.Errorf("store: count firms: %w", err)
	}
	return n > 0, nil
}

// Import stores a whole scenario as the database's firm in one
// transaction. A database that already holds a firm is refused with
// ErrFirmExists unless replace is set; then the old firm is deleted in the
// same transaction, so a failed replace leaves it intact. The scenario must
// have passed model.Validate.
func (s *Store) Import(ctx context.Context, sc *model.Scenario, replace bool) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM firm").Scan(&n); err != nil {
			return fmt.Errorf("store: count firms: %w", err)
		}
		if n > 0 {
			if !replace {
				return ErrFirmExists
			}
			for _, t := range tables {
				if _, err := tx.ExecContext(ctx, "DELETE FROM "+t); err != nil {
					return fmt.Errorf("store: empty %s: %w", t, err)
				}
			}
		}
		w := &writer{ctx: ctx, tx: tx, ids: newIDs(), people: make(map[string]string, len(sc.People))}
		return w.scenario(sc)
	})
}

// writer inserts one scenario. Statements are prepared once per table, and
// person ids are mapped to the rows' UUIDs as people are written, so that
// patents and loans can refer to them.
type writer struct {
	ctx    context.Context
	tx     *sql.Tx
	ids    *ids
	people map[string]string // scenario id → record id
}

// batch is how many rows one INSERT statement carries: per-statement cost
// (binding through database/sql, a VDBE run) dominates a bulk import, and a
// multi-row VALUES list pays it once per batch. 999 bound variables is the
// lowest limit SQLite has ever had; the widest table has 20 columns.
const batch = 200

// insertAll inserts n rows with query, a single-row INSERT … VALUES (…);
// args returns row i's values. Rows are prepared (ids made, dates
// formatted) on a second goroutine while SQLite stores the previous batch,
// so a bulk import uses both cores of a small machine.
func (w *writer) insertAll(table, query string, n int, args func(i int) ([]any, error)) error {
	if n == 0 {
		return nil
	}
	head, row, ok := strings.Cut(query, "VALUES")
	if !ok {
		return fmt.Errorf("store: insert %s: no VALUES in %q", table, query)
	}
	row = strings.TrimSpace(row)
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
				var a []any
				a, c.err = args(i)
				c.vals = append(c.vals, a...)
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
			var err error
			st, err = w.tx.PrepareContext(w.ctx, head+"VALUES "+strings.Repeat(row+",", k-1)+row)
			if err != nil {
				return fmt.Errorf("store: prepare %s: %w", table, err)
			}
			stmts[k] = st
		}
		if _, err := st.ExecContext(w.ctx, c.vals...); err != nil {
			return fmt.Errorf("store: insert %s[%d…%d]: %w", table, c.start, c.start+k-1, err)
		}
	}
	return nil
}

func (w *writer) scenario(sc *model.Scenario) error {
	f := sc.Firm
	id, err := w.ids.next()
	if err != nil {
		return err
	}
	if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO firm (id, as_of, name, uscc, legal_form, ownership,
		founded, county, industry, in_startup_park, rents_premises, tax_compliant, credit_clean, online_shop_opened)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		id, dateArg(sc.AsOf), f.Name, f.USCC, f.LegalForm, f.Ownership, dateArg(f.Founded), f.County, f.Industry,
		triArg(f.InStartupPark), triArg(f.RentsPremises), triArg(f.TaxCompliant), triArg(f.CreditClean),
		dateArg(f.OnlineShopOpened)); err != nil {
		return fmt.Errorf("store: insert firm: %w", err)
	}
	steps := []func(*model.Scenario) error{
		w.certifications, w.received, w.financials, w.taxes, w.persons,
		w.patents, w.rdExpenses, w.investments, w.loans, w.fees,
	}
	for _, step := range steps {
		if err := step(sc); err != nil {
			return err
		}
	}
	return nil
}

// rowID prefixes a row's values with a fresh record id and its position.
func (w *writer) rowID(i int, vals ...any) ([]any, error) {
	id, err := w.ids.next()
	if err != nil {
		return nil, err
	}
	return append(append(make([]any, 0, 2+len(vals)), id, i), vals...), nil
}

func (w *writer) certifications(sc *model.Scenario) error {
	cs := sc.Firm.Certifications
	return w.insertAll("certifications", `INSERT INTO certifications (id, seq, kind, issued, expires) VALUES (?,?,?,?,?)`,
		len(cs), func(i int) ([]any, error) {
			return w.rowID(i, cs[i].Kind, dateArg(cs[i].Issued), dateArg(cs[i].Expires))
		})
}

func (w *writer) received(sc *model.Scenario) error {
	rs := sc.Firm.Received
	return w.insertAll("received", `INSERT INTO received (id, seq, benefit, date) VALUES (?,?,?,?)`,
		len(rs), func(i int) ([]any, error) { return w.rowID(i, rs[i].Benefit, dateArg(rs[i].Date)) })
}

func (w *writer) financials(sc *model.Scenario) error {
	fs := sc.Financials
	return w.insertAll("financials", `INSERT INTO financials (id, seq, year, revenue_fen, total_assets_fen,
		taxable_income_fen) VALUES (?,?,?,?,?,?)`, len(fs), func(i int) ([]any, error) {
		f := fs[i]
		return w.rowID(i, f.Year, fenPtrArg(f.Revenue), fenPtrArg(f.TotalAssets), fenPtrArg(f.TaxableIncome))
	})
}

func (w *writer) taxes(sc *model.Scenario) error {
	ts := sc.Taxes
	return w.insertAll("taxes", `INSERT INTO taxes (id, seq, year, vat_fen, urban_construction_fen,
		education_surcharge_fen, local_education_surcharge_fen, personal_income_fen) VALUES (?,?,?,?,?,?,?,?)`,
		len(ts), func(i int) ([]any, error) {
			t := ts[i]
			return w.rowID(i, t.Year, int64(t.VAT), int64(t.UrbanConstruction), int64(t.EducationSurcharge),
				int64(t.LocalEducationSurcharge), int64(t.PersonalIncome))
		})
}

func (w *writer) persons(sc *model.Scenario) error {
	ps := sc.People
	return w.insertAll("people", `INSERT INTO people (id, seq, pid, name, id_number, founder, hired, left_on,
		contract_months, graduated, in_school, categories, emp_cert_issued, emp_cert_self_employment,
		farmer_certificate, talent_program, talent_contract_years, talent_home_in_yuxi, leave_kind, leave_start)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, len(ps), func(i int) ([]any, error) {
		p := &ps[i]
		vals, err := personArgs(p)
		if err != nil {
			return nil, err
		}
		row, err := w.rowID(i, vals...)
		if err != nil {
			return nil, err
		}
		w.people[p.ID] = row[0].(string)
		return row, nil
	})
}

// personArgs are a person's columns after id and seq.
func personArgs(p *model.Person) ([]any, error) {
	cats := p.Categories
	if cats == nil {
		cats = []string{}
	}
	catJSON, err := json.Marshal(cats)
	if err != nil {
		return nil, fmt.Errorf("store: person %s categories: %w", p.ID, err)
	}
	var certIssued, certSelf any
	if c := p.EmploymentCertificate; c != nil {
		certIssued, certSelf = dateArg(c.Issued), c.SelfEmployment
	}
	var program, years, home any
	if t := p.Talent; t != nil {
		program, years, home = t.Program, intPtrArg(t.ContractYears), triArg(t.HomeInYuxi)
	}
	var leaveKind, leaveStart any
	if l := p.LeaveFrom; l != nil {
		leaveKind, leaveStart = l.Kind, dateArg(l.Start)
	}
	return []any{p.ID, p.Name, strArg(p.IDNumber), p.Founder, dateArg(p.Hired), dateArg(p.Left),
		intPtrArg(p.ContractMonths), dateArg(p.Graduated), p.InSchool, string(catJSON), certIssued, certSelf,
		p.FarmerCertificate, program, years, home, leaveKind, leaveStart}, nil
}

func (w *writer) patents(sc *model.Scenario) error {
	ps := sc.Patents
	ids := make([]string, len(ps))
	err := w.insertAll("patents", `INSERT INTO patents (id, seq, number, kind, title, filed, granted, status,
		service_invention, reward_agreed) VALUES (?,?,?,?,?,?,?,?,?,?)`, len(ps), func(i int) ([]any, error) {
		p := ps[i]
		row, err := w.rowID(i, p.Number, p.Kind, p.Title, dateArg(p.Filed), dateArg(p.Granted), p.Status,
			p.ServiceInvention, p.RewardAgreed)
		if err == nil {
			ids[i] = row[0].(string)
		}
		return row, err
	})
	if err != nil {
		return err
	}
	type child struct {
		patent int
		seq    int
	}
	var inv, inc, rew []child
	for i, p := range ps {
		for j := range p.Inventors {
			inv = append(inv, child{i, j})
		}
		for j := range p.Income {
			inc = append(inc, child{i, j})
		}
		for j := range p.RewardsPaid {
			rew = append(rew, child{i, j})
		}
	}
	if err := w.insertAll("patent_inventors", `INSERT INTO patent_inventors (patent_id, seq, person_id) VALUES (?,?,?)`,
		len(inv), func(k int) ([]any, error) {
			c := inv[k]
			pid := ps[c.patent].Inventors[c.seq]
			person, ok := w.people[pid]
			if !ok {
				return nil, fmt.Errorf("store: patents[%d].inventors[%d]: no person %q", c.patent, c.seq, pid)
			}
			return []any{ids[c.patent], c.seq, person}, nil
		}); err != nil {
		return err
	}
	if err := w.insertAll("patent_income", `INSERT INTO patent_income (id, patent_id, seq, year, kind, amount_fen)
		VALUES (?,?,?,?,?,?)`, len(inc), func(k int) ([]any, error) {
		c := inc[k]
		in := ps[c.patent].Income[c.seq]
		id, err := w.ids.next()
		return []any{id, ids[c.patent], c.seq, in.Year, in.Kind, int64(in.Amount)}, err
	}); err != nil {
		return err
	}
	return w.insertAll("patent_rewards", `INSERT INTO patent_rewards (id, patent_id, seq, year, amount_fen)
		VALUES (?,?,?,?,?)`, len(rew), func(k int) ([]any, error) {
		c := rew[k]
		r := ps[c.patent].RewardsPaid[c.seq]
		id, err := w.ids.next()
		return []any{id, ids[c.patent], c.seq, r.Year, int64(r.Amount)}, err
	})
}

func (w *writer) rdExpenses(sc *model.Scenario) error {
	es := sc.RDExpenses
	return w.insertAll("rd_expenses", `INSERT INTO rd_expenses (id, seq, date, project, category, amount_fen,
		capitalized) VALUES (?,?,?,?,?,?,?)`, len(es), func(i int) ([]any, error) {
		e := es[i]
		return w.rowID(i, dateArg(e.Date), e.Project, e.Category, int64(e.Amount), e.Capitalized)
	})
}

func (w *writer) investments(sc *model.Scenario) error {
	is := sc.Investments
	return w.insertAll("investments", `INSERT INTO investments (id, seq, investee, investee_uscc, unlisted,
		sme_high_tech, amount_fen, date, exited) VALUES (?,?,?,?,?,?,?,?,?)`, len(is), func(i int) ([]any, error) {
		in := is[i]
		return w.rowID(i, in.Investee, strArg(in.InvesteeUSCC), in.Unlisted, in.SMEHighTech, int64(in.Amount),
			dateArg(in.Date), dateArg(in.Exited))
	})
}

func (w *writer) loans(sc *model.Scenario) error {
	ls := sc.Loans
	return w.insertAll("loans", `INSERT INTO loans (id, seq, kind, borrower_id, amount_fen, start, term_months,
		rate_bp, repaid_on_time) VALUES (?,?,?,?,?,?,?,?,?)`, len(ls), func(i int) ([]any, error) {
		l := ls[i]
		var borrower any
		if l.Borrower != model.BorrowerFirm {
			id, ok := w.people[l.Borrower]
			if !ok {
				return nil, fmt.Errorf("store: loans[%d].borrower: no person %q", i, l.Borrower)
			}
			borrower = id
		}
		return w.rowID(i, l.Kind, borrower, int64(l.Amount), dateArg(l.Start), l.TermMonths, l.RateBP,
			triArg(l.RepaidOnTime))
	})
}

func (w *writer) fees(sc *model.Scenario) error {
	fs := sc.Fees
	return w.insertAll("fees", `INSERT INTO fees (id, seq, date, service, mandatory, government_priced,
		standard_fen, charged_fen) VALUES (?,?,?,?,?,?,?,?)`, len(fs), func(i int) ([]any, error) {
		f := fs[i]
		return w.rowID(i, dateArg(f.Date), f.Service, f.Mandatory, f.GovernmentPriced, int64(f.Standard),
			int64(f.Charged))
	})
}
