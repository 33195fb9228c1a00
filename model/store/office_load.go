package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
)

// Load reads the firm as a scenario, every list in the order it was
// imported or entered, from one snapshot of the database: another seat's
// write is in it whole or not at all.
func (c *officeFirm) Load(ctx context.Context) (*model.Scenario, error) {
	firm, err := c.firm(ctx)
	if err != nil {
		return nil, err
	}
	var sc *model.Scenario
	err = pgx.BeginTxFunc(ctx, c.o.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly},
		func(tx pgx.Tx) error {
			var err error
			sc, err = officeLoad(ctx, tx, firm)
			return err
		})
	if isNoRows(err) {
		return nil, &FileError{c.Where(), ErrFirmGone}
	}
	if err != nil {
		return nil, c.explain(err)
	}
	return sc, nil
}

func civilOf(d pgtype.Date) civil.Date {
	if !d.Valid {
		return 0
	}
	return civil.FromTime(d.Time)
}

func triOf(b *bool) model.Tri {
	if b == nil {
		return model.Unknown
	}
	return model.TriOf(*b)
}

func fenOf(v *int64) *money.Fen {
	if v == nil {
		return nil
	}
	f := money.Fen(*v)
	return &f
}

func strOf(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// officeLoad reads the firm inside tx; pgx.ErrNoRows when it is gone.
func officeLoad(ctx context.Context, tx pgx.Tx, firm string) (*model.Scenario, error) {
	sc := &model.Scenario{}
	f := &sc.Firm
	var asOf, founded, shop pgtype.Date
	var address, contact, phone *string
	var park, rents, taxOK, credit *bool
	err := tx.QueryRow(ctx, `SELECT id, version, as_of, name, uscc, legal_form, ownership, founded, county,
		industry, in_startup_park, rents_premises, tax_compliant, credit_clean, online_shop_opened, address,
		contact_person, phone FROM firm WHERE id = $1`, firm).
		Scan(&f.RecordID, &f.Version, &asOf, &f.Name, &f.USCC, &f.LegalForm, &f.Ownership, &founded, &f.County, &f.Industry,
			&park, &rents, &taxOK, &credit, &shop, &address, &contact, &phone)
	if err != nil {
		return nil, err
	}
	sc.AsOf, f.Founded, f.OnlineShopOpened = civilOf(asOf), civilOf(founded), civilOf(shop)
	f.Address, f.ContactPerson, f.Phone = strOf(address), strOf(contact), strOf(phone)
	f.InStartupPark, f.RentsPremises, f.TaxCompliant, f.CreditClean = triOf(park), triOf(rents), triOf(taxOK), triOf(credit)
	l := &officeLoader{ctx: ctx, tx: tx, firm: firm, people: map[string]string{}}
	for _, step := range []func(*model.Scenario) error{
		l.certifications, l.received, l.financials, l.taxes, l.persons,
		l.patents, l.rdExpenses, l.investments, l.loans, l.fees,
	} {
		if err := step(sc); err != nil {
			return nil, err
		}
	}
	return sc, nil
}

type officeLoader struct {
	ctx    context.Context
	tx     pgx.Tx
	firm   string
	people map[string]string // record id → scenario id
}

// each runs query for the firm and calls scan for every row.
func (l *officeLoader) each(table, query string, scan func(pgx.Rows) error) error {
	rows, err := l.tx.Query(l.ctx, query, l.firm)
	if err != nil {
		return fmt.Errorf("store: read %s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("store: read %s: %w", table, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: read %s: %w", table, err)
	}
	return nil
}

func (l *officeLoader) certifications(sc *model.Scenario) error {
	return l.each("certifications", `SELECT id, kind, issued, expires FROM certifications WHERE firm_id = $1 ORDER BY seq`,
		func(r pgx.Rows) error {
			var c model.Certification
			var issued, expires pgtype.Date
			if err := r.Scan(&c.RecordID, &c.Kind, &issued, &expires); err != nil {
				return err
			}
			c.Issued, c.Expires = civilOf(issued), civilOf(expires)
			sc.Firm.Certifications = append(sc.Firm.Certifications, c)
			return nil
		})
}

func (l *officeLoader) received(sc *model.Scenario) error {
	return l.each("received", `SELECT id, benefit, date FROM received WHERE firm_id = $1 ORDER BY seq`, func(r pgx.Rows) error {
		var rc model.Received
		var date pgtype.Date
		if err := r.Scan(&rc.RecordID, &rc.Benefit, &date); err != nil {
			return err
		}
		rc.Date = civilOf(date)
		sc.Firm.Received = append(sc.Firm.Received, rc)
		return nil
	})
}

func (l *officeLoader) financials(sc *model.Scenario) error {
	return l.each("financials", `SELECT id, version, year, revenue_fen, total_assets_fen, taxable_income_fen
		FROM financials WHERE firm_id = $1 ORDER BY seq`, func(r pgx.Rows) error {
		var f model.Financial
		var rev, assets, income *int64
		if err := r.Scan(&f.RecordID, &f.Version, &f.Year, &rev, &assets, &income); err != nil {
			return err
		}
		f.Revenue, f.TotalAssets, f.TaxableIncome = fenOf(rev), fenOf(assets), fenOf(income)
		sc.Financials = append(sc.Financials, f)
		return nil
	})
}

func (l *officeLoader) taxes(sc *model.Scenario) error {
	return l.each("taxes", `SELECT id, version, year, vat_fen, urban_construction_fen, education_surcharge_fen,
		local_education_surcharge_fen, personal_income_fen FROM taxes WHERE firm_id = $1 ORDER BY seq`, func(r pgx.Rows) error {
		var t model.TaxYear
		var vat, urban, edu, local, pit int64
		if err := r.Scan(&t.RecordID, &t.Version, &t.Year, &vat, &urban, &edu, &local, &pit); err != nil {
			return err
		}
		t.VAT, t.UrbanConstruction, t.EducationSurcharge = money.Fen(vat), money.Fen(urban), money.Fen(edu)
		t.LocalEducationSurcharge, t.PersonalIncome = money.Fen(local), money.Fen(pit)
		sc.Taxes = append(sc.Taxes, t)
		return nil
	})
}

func (l *officeLoader) persons(sc *model.Scenario) error {
	return l.each("people", `SELECT id, version, pid, name, id_number, founder, hired, left_on, contract_months,
		graduated, in_school, categories, emp_cert_issued, emp_cert_self_employment, farmer_certificate,
		talent_program, talent_contract_years, talent_home_in_yuxi, leave_kind, leave_start
		FROM people WHERE firm_id = $1 ORDER BY seq`, func(r pgx.Rows) error {
		var p model.Person
		var idNumber, program, leaveKind *string
		var hired, left, graduated, certIssued, leaveStart pgtype.Date
		var contract, years *int
		var certSelf, home *bool
		if err := r.Scan(&p.RecordID, &p.Version, &p.ID, &p.Name, &idNumber, &p.Founder, &hired, &left, &contract, &graduated,
			&p.InSchool, &p.Categories, &certIssued, &certSelf, &p.FarmerCertificate, &program, &years, &home,
			&leaveKind, &leaveStart); err != nil {
			return err
		}
		if p.Categories == nil {
			p.Categories = []string{}
		}
		p.IDNumber = strOf(idNumber)
		p.Hired, p.Left, p.Graduated = civilOf(hired), civilOf(left), civilOf(graduated)
		p.ContractMonths = contract
		if certIssued.Valid {
			p.EmploymentCertificate = &model.EmploymentCertificate{Issued: civilOf(certIssued), SelfEmployment: certSelf != nil && *certSelf}
		}
		if program != nil {
			p.Talent = &model.Talent{Program: *program, ContractYears: years, HomeInYuxi: triOf(home)}
		}
		if leaveKind != nil {
			p.LeaveFrom = &model.Leave{Kind: *leaveKind, Start: civilOf(leaveStart)}
		}
		l.people[p.RecordID] = p.ID
		sc.People = append(sc.People, p)
		return nil
	})
}

func (l *officeLoader) patents(sc *model.Scenario) error {
	at := map[string]int{} // record id → index in sc.Patents
	if err := l.each("patents", `SELECT id, version, number, kind, title, filed, granted, status, service_invention,
		reward_agreed FROM patents WHERE firm_id = $1 ORDER BY seq`, func(r pgx.Rows) error {
		var p model.Patent
		var filed, granted pgtype.Date
		if err := r.Scan(&p.RecordID, &p.Version, &p.Number, &p.Kind, &p.Title, &filed, &granted, &p.Status,
			&p.ServiceInvention, &p.RewardAgreed); err != nil {
			return err
		}
		p.Filed, p.Granted = civilOf(filed), civilOf(granted)
		p.Inventors = []string{}
		at[p.RecordID] = len(sc.Patents)
		sc.Patents = append(sc.Patents, p)
		return nil
	}); err != nil {
		return err
	}
	if len(sc.Patents) == 0 {
		return nil
	}
	if err := l.each("patent_inventors", `SELECT patent_id, person_id FROM patent_inventors WHERE firm_id = $1
		ORDER BY patent_id, seq`, func(r pgx.Rows) error {
		var patent, person string
		if err := r.Scan(&patent, &person); err != nil {
			return err
		}
		p := &sc.Patents[at[patent]]
		p.Inventors = append(p.Inventors, l.people[person])
		return nil
	}); err != nil {
		return err
	}
	if err := l.each("patent_income", `SELECT patent_id, year, kind, amount_fen FROM patent_income WHERE firm_id = $1
		ORDER BY patent_id, seq`, func(r pgx.Rows) error {
		var patent string
		var in model.PatentIncome
		var amount int64
		if err := r.Scan(&patent, &in.Year, &in.Kind, &amount); err != nil {
			return err
		}
		in.Amount = money.Fen(amount)
		p := &sc.Patents[at[patent]]
		p.Income = append(p.Income, in)
		return nil
	}); err != nil {
		return err
	}
	return l.each("patent_rewards", `SELECT patent_id, year, amount_fen FROM patent_rewards WHERE firm_id = $1
		ORDER BY patent_id, seq`, func(r pgx.Rows) error {
		var patent string
		var rw model.RewardPaid
		var amount int64
		if err := r.Scan(&patent, &rw.Year, &amount); err != nil {
			return err
		}
		rw.Amount = money.Fen(amount)
		p := &sc.Patents[at[patent]]
		p.RewardsPaid = append(p.RewardsPaid, rw)
		return nil
	})
}

func (l *officeLoader) rdExpenses(sc *model.Scenario) error {
	return l.each("rd_expenses", `SELECT id, version, date, project, category, amount_fen, capitalized FROM rd_expenses
		WHERE firm_id = $1 ORDER BY seq`, func(r pgx.Rows) error {
		var e model.RDExpense
		var date pgtype.Date
		var amount int64
		if err := r.Scan(&e.RecordID, &e.Version, &date, &e.Project, &e.Category, &amount, &e.Capitalized); err != nil {
			return err
		}
		e.Date, e.Amount = civilOf(date), money.Fen(amount)
		sc.RDExpenses = append(sc.RDExpenses, e)
		return nil
	})
}

func (l *officeLoader) investments(sc *model.Scenario) error {
	return l.each("investments", `SELECT id, version, investee, investee_uscc, unlisted, sme_high_tech, startup_tech,
		amount_fen, date, exited FROM investments WHERE firm_id = $1 ORDER BY seq`, func(r pgx.Rows) error {
		var in model.Investment
		var uscc *string
		var date, exited pgtype.Date
		var amount int64
		if err := r.Scan(&in.RecordID, &in.Version, &in.Investee, &uscc, &in.Unlisted, &in.SMEHighTech, &in.StartupTech, &amount,
			&date, &exited); err != nil {
			return err
		}
		in.InvesteeUSCC, in.Amount = strOf(uscc), money.Fen(amount)
		in.Date, in.Exited = civilOf(date), civilOf(exited)
		sc.Investments = append(sc.Investments, in)
		return nil
	})
}

func (l *officeLoader) loans(sc *model.Scenario) error {
	return l.each("loans", `SELECT id, version, kind, borrower_id, amount_fen, start, term_months, rate_bp, repaid_on_time
		FROM loans WHERE firm_id = $1 ORDER BY seq`, func(r pgx.Rows) error {
		var ln model.Loan
		var borrower *string
		var start pgtype.Date
		var amount int64
		var repaid *bool
		if err := r.Scan(&ln.RecordID, &ln.Version, &ln.Kind, &borrower, &amount, &start, &ln.TermMonths, &ln.RateBP,
			&repaid); err != nil {
			return err
		}
		ln.Borrower = model.BorrowerFirm
		if borrower != nil {
			ln.Borrower = l.people[*borrower]
		}
		ln.Amount, ln.Start, ln.RepaidOnTime = money.Fen(amount), civilOf(start), triOf(repaid)
		sc.Loans = append(sc.Loans, ln)
		return nil
	})
}

func (l *officeLoader) fees(sc *model.Scenario) error {
	return l.each("fees", `SELECT id, version, date, service, mandatory, government_priced, standard_fen, charged_fen
		FROM fees WHERE firm_id = $1 ORDER BY seq`, func(r pgx.Rows) error {
		var f model.Fee
		var date pgtype.Date
		var std, charged int64
		if err := r.Scan(&f.RecordID, &f.Version, &date, &f.Service, &f.Mandatory, &f.GovernmentPriced, &std, &charged); err != nil {
			return err
		}
		f.Date, f.Standard, f.Charged = civilOf(date), money.Fen(std), money.Fen(charged)
		sc.Fees = append(sc.Fees, f)
		return nil
	})
}
