package store

import (
	"time"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
)

// The office database stores each kind of record in the columns of the
// file's spec (specs.go), with PostgreSQL's types: a date is a date, a
// boolean a boolean (NULL: unknown), categories a text[]. officeSpec pairs
// the file's table and columns with these values, so a column is still
// listed once.
type officeSpec[T any] struct {
	spec[T]
	pgVals func(r *T, refs refs) ([]any, error)
}

func pgDate(d civil.Date) any {
	if d.IsZero() {
		return nil
	}
	return time.Date(d.Year(), time.Month(d.Month()), d.Day(), 0, 0, 0, 0, time.UTC)
}

func pgTri(t model.Tri) any {
	switch t {
	case model.True:
		return true
	case model.False:
		return false
	}
	return nil
}

func pgFen(f *money.Fen) any {
	if f == nil {
		return nil
	}
	return int64(*f)
}

var officeCert = officeSpec[model.Certification]{certSpec, func(c *model.Certification, _ refs) ([]any, error) {
	return []any{c.Kind, pgDate(c.Issued), pgDate(c.Expires)}, nil
}}

var officeReceived = officeSpec[model.Received]{receivedSpec, func(r *model.Received, _ refs) ([]any, error) {
	return []any{r.Benefit, pgDate(r.Date)}, nil
}}

var officeFinancial = officeSpec[model.Financial]{financialSpec, func(f *model.Financial, _ refs) ([]any, error) {
	return []any{f.Year, pgFen(f.Revenue), pgFen(f.TotalAssets), pgFen(f.TaxableIncome)}, nil
}}

var officeTax = officeSpec[model.TaxYear]{taxSpec, func(t *model.TaxYear, _ refs) ([]any, error) {
	return []any{t.Year, int64(t.VAT), int64(t.UrbanConstruction), int64(t.EducationSurcharge),
		int64(t.LocalEducationSurcharge), int64(t.PersonalIncome)}, nil
}}

var officePerson = officeSpec[model.Person]{personSpec, func(p *model.Person, _ refs) ([]any, error) {
	cats := p.Categories
	if cats == nil {
		cats = []string{}
	}
	var certIssued, certSelf any
	if c := p.EmploymentCertificate; c != nil {
		certIssued, certSelf = pgDate(c.Issued), c.SelfEmployment
	}
	var program, years, home any
	if t := p.Talent; t != nil {
		program, years, home = t.Program, intPtrArg(t.ContractYears), pgTri(t.HomeInYuxi)
	}
	var leaveKind, leaveStart any
	if l := p.LeaveFrom; l != nil {
		leaveKind, leaveStart = l.Kind, pgDate(l.Start)
	}
	return []any{p.ID, p.Name, strArg(p.IDNumber), p.Founder, pgDate(p.Hired), pgDate(p.Left),
		intPtrArg(p.ContractMonths), pgDate(p.Graduated), p.InSchool, cats, certIssued, certSelf,
		p.FarmerCertificate, program, years, home, leaveKind, leaveStart}, nil
}}

var officePatent = officeSpec[model.Patent]{patentSpec, func(p *model.Patent, _ refs) ([]any, error) {
	return []any{p.Number, p.Kind, p.Title, pgDate(p.Filed), pgDate(p.Granted), p.Status, p.ServiceInvention,
		p.RewardAgreed}, nil
}}

var officeRD = officeSpec[model.RDExpense]{rdSpec, func(e *model.RDExpense, _ refs) ([]any, error) {
	return []any{pgDate(e.Date), e.Project, e.Category, int64(e.Amount), e.Capitalized}, nil
}}

var officeInvestment = officeSpec[model.Investment]{investmentSpec, func(in *model.Investment, _ refs) ([]any, error) {
	return []any{in.Investee, strArg(in.InvesteeUSCC), in.Unlisted, in.SMEHighTech, in.StartupTech, int64(in.Amount),
		pgDate(in.Date), pgDate(in.Exited)}, nil
}}

var officeLoan = officeSpec[model.Loan]{loanSpec, func(l *model.Loan, r refs) ([]any, error) {
	var borrower any
	if l.Borrower != model.BorrowerFirm {
		id, err := r.person(l.Borrower)
		if err != nil {
			return nil, err
		}
		borrower = id
	}
	return []any{l.Kind, borrower, int64(l.Amount), pgDate(l.Start), l.TermMonths, l.RateBP, pgTri(l.RepaidOnTime)}, nil
}}

var officeFee = officeSpec[model.Fee]{feeSpec, func(f *model.Fee, _ refs) ([]any, error) {
	return []any{pgDate(f.Date), f.Service, f.Mandatory, f.GovernmentPriced, int64(f.Standard), int64(f.Charged)}, nil
}}

// officeFirmVals are the firm's values for firmCols.
func officeFirmVals(f *model.Firm) []any {
	return []any{f.Name, f.USCC, f.LegalForm, f.Ownership, pgDate(f.Founded), f.County, f.Industry,
		pgTri(f.InStartupPark), pgTri(f.RentsPremises), pgTri(f.TaxCompliant), pgTri(f.CreditClean),
		pgDate(f.OnlineShopOpened), strArg(f.Address), strArg(f.ContactPerson), strArg(f.Phone)}
}
