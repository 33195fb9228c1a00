package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"huiqi/model"
	"huiqi/model/money"
)

// Load reads the database's firm as a scenario, every array in the order
// it was imported or entered. It returns ErrNoFirm for an empty database.
func (s *File) Load(ctx context.Context) (*model.Scenario, error) {
	// One read transaction: the scenario is a single snapshot even while
	// another window writes.
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: begin read: %w", err)
	}
	defer tx.Rollback()
	l := &loader{ctx: ctx, tx: tx, people: map[string]string{}}
	sc, err := l.scenario()
	if err != nil {
		return nil, err
	}
	return sc, nil
}

type loader struct {
	ctx    context.Context
	tx     *sql.Tx
	people map[string]string // record id → scenario id
}

// each runs query and calls scan for every row.
func (l *loader) each(table, query string, scan func(*sql.Rows) error) error {
	rows, err := l.tx.QueryContext(l.ctx, query)
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

func (l *loader) scenario() (*model.Scenario, error) {
	sc := &model.Scenario{}
	var asOf, founded, shop, address, contact, phone sql.NullString
	var park, rents, taxOK, credit sql.NullInt64
	f := &sc.Firm
	err := l.tx.QueryRowContext(l.ctx, `SELECT id, version, as_of, name, uscc, legal_form, ownership, founded, county,
		industry, in_startup_park, rents_premises, tax_compliant, credit_clean, online_shop_opened, address,
		contact_person, phone FROM firm`).
		Scan(&f.RecordID, &f.Version, &asOf, &f.Name, &f.USCC, &f.LegalForm, &f.Ownership, &founded, &f.County, &f.Industry,
			&park, &rents, &taxOK, &credit, &shop, &address, &contact, &phone)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNoFirm
	}
	if err != nil {
		return nil, fmt.Errorf("store: read firm: %w", err)
	}
	conv := &scanner{table: "firm"}
	sc.AsOf, f.Founded, f.OnlineShopOpened = conv.date(asOf), conv.date(founded), conv.date(shop)
	f.Address, f.ContactPerson, f.Phone = address.String, contact.String, phone.String
	f.InStartupPark, f.RentsPremises, f.TaxCompliant, f.CreditClean = tri(park), tri(rents), tri(taxOK), tri(credit)
	if conv.err != nil {
		return nil, conv.err
	}
	steps := []func(*model.Scenario) error{
		l.certifications, l.received, l.financials, l.taxes, l.persons,
		l.patents, l.rdExpenses, l.investments, l.loans, l.fees,
	}
	for _, step := range steps {
		if err := step(sc); err != nil {
			return nil, err
		}
	}
	return sc, nil
}

func (l *loader) certifications(sc *model.Scenario) error {
	conv := &scanner{table: "certifications"}
	err := l.each("certifications", `SELECT id, kind, issued, expires FROM certifications ORDER BY seq`,
		func(r *sql.Rows) error {
			var c model.Certification
			var issued, expires sql.NullString
			if err := r.Scan(&c.RecordID, &c.Kind, &issued, &expires); err != nil {
				return err
			}
			c.Issued, c.Expires = conv.date(issued), conv.date(expires)
			sc.Firm.Certifications = append(sc.Firm.Certifications, c)
			return conv.err
		})
	return err
}

func (l *loader) received(sc *model.Scenario) error {
	conv := &scanner{table: "received"}
	return l.each("received", `SELECT id, benefit, date FROM received ORDER BY seq`, func(r *sql.Rows) error {
		var rc model.Received
		var date sql.NullString
		if err := r.Scan(&rc.RecordID, &rc.Benefit, &date); err != nil {
			return err
		}
		rc.Date = conv.date(date)
		sc.Firm.Received = append(sc.Firm.Received, rc)
		return conv.err
	})
}

func (l *loader) financials(sc *model.Scenario) error {
	return l.each("financials", `SELECT id, version, year, revenue_fen, total_assets_fen, taxable_income_fen
		FROM financials ORDER BY seq`, func(r *sql.Rows) error {
		var f model.Financial
		var rev, assets, income sql.NullInt64
		if err := r.Scan(&f.RecordID, &f.Version, &f.Year, &rev, &assets, &income); err != nil {
			return err
		}
		f.Revenue, f.TotalAssets, f.TaxableIncome = fenPtr(rev), fenPtr(assets), fenPtr(income)
		sc.Financials = append(sc.Financials, f)
		return nil
	})
}

func (l *loader) taxes(sc *model.Scenario) error {
	return l.each("taxes", `SELECT id, version, year, vat_fen, urban_construction_fen, education_surcharge_fen,
		local_education_surcharge_fen, personal_income_fen FROM taxes ORDER BY seq`, func(r *sql.Rows) error {
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

func (l *loader) persons(sc *model.Scenario) error {
	conv := &scanner{table: "people"}
	return l.each("people", `SELECT id, version, pid, name, id_number, founder, hired, left_on, contract_months,
		graduated, in_school, categories, emp_cert_issued, emp_cert_self_employment, farmer_certificate,
		talent_program, talent_contract_years, talent_home_in_yuxi, leave_kind, leave_start
		FROM people ORDER BY seq`, func(r *sql.Rows) error {
		var p model.Person
		var idNumber, hired, left, graduated, certIssued, program, leaveKind, leaveStart sql.NullString
		var contract, certSelf, years, home sql.NullInt64
		var cats string
		if err := r.Scan(&p.RecordID, &p.Version, &p.ID, &p.Name, &idNumber, &p.Founder, &hired, &left, &contract, &graduated,
			&p.InSchool, &cats, &certIssued, &certSelf, &p.FarmerCertificate, &program, &years, &home,
			&leaveKind, &leaveStart); err != nil {
			return err
		}
		p.IDNumber = idNumber.String
		p.Hired, p.Left, p.Graduated = conv.date(hired), conv.date(left), conv.date(graduated)
		p.ContractMonths = intPtr(contract)
		if err := json.Unmarshal([]byte(cats), &p.Categories); err != nil {
			return fmt.Errorf("person %s: categories %q: %w", p.ID, cats, err)
		}
		if certIssued.Valid {
			p.EmploymentCertificate = &model.EmploymentCertificate{
				Issued: conv.date(certIssued), SelfEmployment: certSelf.Int64 != 0}
		}
		if program.Valid {
			p.Talent = &model.Talent{Program: program.String, ContractYears: intPtr(years), HomeInYuxi: tri(home)}
		}
		if leaveKind.Valid {
			p.LeaveFrom = &model.Leave{Kind: leaveKind.String, Start: conv.date(leaveStart)}
		}
		l.people[p.RecordID] = p.ID
		sc.People = append(sc.People, p)
		return conv.err
	})
}

func (l *loader) patents(sc *model.Scenario) error {
	conv := &scanner{table: "patents"}
	at := map[string]int{} // record id → index in sc.Patents
	err := l.each("patents", `SELECT id, version, number, kind, title, filed, granted, status, service_invention,
		reward_agreed FROM patents ORDER BY seq`, func(r *sql.Rows) error {
		var p model.Patent
		var filed, granted sql.NullString
		if err := r.Scan(&p.RecordID, &p.Version, &p.Number, &p.Kind, &p.Title, &filed, &granted, &p.Status,
			&p.ServiceInvention, &p.RewardAgreed); err != nil {
			return err
		}
		p.Filed, p.Granted = conv.date(filed), conv.date(granted)
		p.Inventors = []string{}
		at[p.RecordID] = len(sc.Patents)
		sc.Patents = append(sc.Patents, p)
		return conv.err
	})
	if err != nil {
		return err
	}
	if err := l.each("patent_inventors", `SELECT patent_id, person_id FROM patent_inventors ORDER BY patent_id, seq`,
		func(r *sql.Rows) error {
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
	if err := l.each("patent_income", `SELECT patent_id, year, kind, amount_fen FROM patent_income
		ORDER BY patent_id, seq`, func(r *sql.Rows) error {
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
	return l.each("patent_rewards", `SELECT patent_id, year, amount_fen FROM patent_rewards ORDER BY patent_id, seq`,
		func(r *sql.Rows) error {
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

func (l *loader) rdExpenses(sc *model.Scenario) error {
	conv := &scanner{table: "rd_expenses"}
	return l.each("rd_expenses", `SELECT id, version, date, project, category, amount_fen, capitalized FROM rd_expenses
		ORDER BY seq`, func(r *sql.Rows) error {
		var e model.RDExpense
		var date sql.NullString
		var amount int64
		if err := r.Scan(&e.RecordID, &e.Version, &date, &e.Project, &e.Category, &amount, &e.Capitalized); err != nil {
			return err
		}
		e.Date, e.Amount = conv.date(date), money.Fen(amount)
		sc.RDExpenses = append(sc.RDExpenses, e)
		return conv.err
	})
}

func (l *loader) investments(sc *model.Scenario) error {
	conv := &scanner{table: "investments"}
	return l.each("investments", `SELECT id, version, investee, investee_uscc, unlisted, sme_high_tech, startup_tech,
		amount_fen, date, exited FROM investments ORDER BY seq`, func(r *sql.Rows) error {
		var in model.Investment
		var uscc, date, exited sql.NullString
		var amount int64
		if err := r.Scan(&in.RecordID, &in.Version, &in.Investee, &uscc, &in.Unlisted, &in.SMEHighTech, &in.StartupTech, &amount,
			&date, &exited); err != nil {
			return err
		}
		in.InvesteeUSCC, in.Amount = uscc.String, money.Fen(amount)
		in.Date, in.Exited = conv.date(date), conv.date(exited)
		sc.Investments = append(sc.Investments, in)
		return conv.err
	})
}

func (l *loader) loans(sc *model.Scenario) error {
	conv := &scanner{table: "loans"}
	return l.each("loans", `SELECT id, version, kind, borrower_id, amount_fen, start, term_months, rate_bp, repaid_on_time
		FROM loans ORDER BY seq`, func(r *sql.Rows) error {
		var ln model.Loan
		var borrower, start sql.NullString
		var amount int64
		var repaid sql.NullInt64
		if err := r.Scan(&ln.RecordID, &ln.Version, &ln.Kind, &borrower, &amount, &start, &ln.TermMonths, &ln.RateBP,
			&repaid); err != nil {
			return err
		}
		ln.Borrower = model.BorrowerFirm
		if borrower.Valid {
			ln.Borrower = l.people[borrower.String]
		}
		ln.Amount, ln.Start, ln.RepaidOnTime = money.Fen(amount), conv.date(start), tri(repaid)
		sc.Loans = append(sc.Loans, ln)
		return conv.err
	})
}

func (l *loader) fees(sc *model.Scenario) error {
	conv := &scanner{table: "fees"}
	return l.each("fees", `SELECT id, version, date, service, mandatory, government_priced, standard_fen, charged_fen
		FROM fees ORDER BY seq`, func(r *sql.Rows) error {
		var f model.Fee
		var date sql.NullString
		var std, charged int64
		if err := r.Scan(&f.RecordID, &f.Version, &date, &f.Service, &f.Mandatory, &f.GovernmentPriced, &std, &charged); err != nil {
			return err
		}
		f.Date, f.Standard, f.Charged = conv.date(date), money.Fen(std), money.Fen(charged)
		sc.Fees = append(sc.Fees, f)
		return conv.err
	})
}
