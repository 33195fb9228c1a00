package store

import (
	"encoding/json"
	"fmt"

	"huiqi/model"
)

// spec says how one kind of record is stored: its table, its columns after
// id and seq, and a record's values for them. Bulk import, spreadsheet
// append and the app's single-record edits all write through the same
// specs, so a column is listed once.
type spec[T any] struct {
	table string
	cols  []string
	vals  func(r *T, refs refs) ([]any, error)
}

// refs resolves a scenario person id ("p1") to the person's record id.
type refs interface {
	person(pid string) (string, error)
}

var certSpec = spec[model.Certification]{"certifications", []string{"kind", "issued", "expires"},
	func(c *model.Certification, _ refs) ([]any, error) {
		return []any{c.Kind, dateArg(c.Issued), dateArg(c.Expires)}, nil
	}}

var receivedSpec = spec[model.Received]{"received", []string{"benefit", "date"},
	func(r *model.Received, _ refs) ([]any, error) { return []any{r.Benefit, dateArg(r.Date)}, nil }}

var financialSpec = spec[model.Financial]{"financials", []string{"year", "revenue_fen", "total_assets_fen", "taxable_income_fen"},
	func(f *model.Financial, _ refs) ([]any, error) {
		return []any{f.Year, fenPtrArg(f.Revenue), fenPtrArg(f.TotalAssets), fenPtrArg(f.TaxableIncome)}, nil
	}}

var taxSpec = spec[model.TaxYear]{"taxes", []string{"year", "vat_fen", "urban_construction_fen", "education_surcharge_fen",
	"local_education_surcharge_fen", "personal_income_fen"},
	func(t *model.TaxYear, _ refs) ([]any, error) {
		return []any{t.Year, int64(t.VAT), int64(t.UrbanConstruction), int64(t.EducationSurcharge),
			int64(t.LocalEducationSurcharge), int64(t.PersonalIncome)}, nil
	}}

var personSpec = spec[model.Person]{"people", []string{"pid", "name", "id_number", "founder", "hired", "left_on",
	"contract_months", "graduated", "in_school", "categories", "emp_cert_issued", "emp_cert_self_employment",
	"farmer_certificate", "talent_program", "talent_contract_years", "talent_home_in_yuxi", "leave_kind", "leave_start"},
	func(p *model.Person, _ refs) ([]any, error) {
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
	}}

// patentSpec is the patent row; inventors, income and rewards are child
// rows written by writePatentChildren.
var patentSpec = spec[model.Patent]{"patents", []string{"number", "kind", "title", "filed", "granted", "status",
	"service_invention", "reward_agreed"},
	func(p *model.Patent, _ refs) ([]any, error) {
		return []any{p.Number, p.Kind, p.Title, dateArg(p.Filed), dateArg(p.Granted), p.Status, p.ServiceInvention,
			p.RewardAgreed}, nil
	}}

var rdSpec = spec[model.RDExpense]{"rd_expenses", []string{"date", "project", "category", "amount_fen", "capitalized"},
	func(e *model.RDExpense, _ refs) ([]any, error) {
		return []any{dateArg(e.Date), e.Project, e.Category, int64(e.Amount), e.Capitalized}, nil
	}}

var investmentSpec = spec[model.Investment]{"investments", []string{"investee", "investee_uscc", "unlisted",
	"sme_high_tech", "startup_tech", "amount_fen", "date", "exited"},
	func(in *model.Investment, _ refs) ([]any, error) {
		return []any{in.Investee, strArg(in.InvesteeUSCC), in.Unlisted, in.SMEHighTech, in.StartupTech, int64(in.Amount),
			dateArg(in.Date), dateArg(in.Exited)}, nil
	}}

var loanSpec = spec[model.Loan]{"loans", []string{"kind", "borrower_id", "amount_fen", "start", "term_months",
	"rate_bp", "repaid_on_time"},
	func(l *model.Loan, r refs) ([]any, error) {
		var borrower any
		if l.Borrower != model.BorrowerFirm {
			id, err := r.person(l.Borrower)
			if err != nil {
				return nil, err
			}
			borrower = id
		}
		return []any{l.Kind, borrower, int64(l.Amount), dateArg(l.Start), l.TermMonths, l.RateBP,
			triArg(l.RepaidOnTime)}, nil
	}}

var feeSpec = spec[model.Fee]{"fees", []string{"date", "service", "mandatory", "government_priced", "standard_fen",
	"charged_fen"},
	func(f *model.Fee, _ refs) ([]any, error) {
		return []any{dateArg(f.Date), f.Service, f.Mandatory, f.GovernmentPriced, int64(f.Standard),
			int64(f.Charged)}, nil
	}}
