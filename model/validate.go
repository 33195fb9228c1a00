package model

import (
	"fmt"
	"strings"

	"huiqi/model/civil"
	"huiqi/model/ident"
	"huiqi/model/money"
	"huiqi/model/msg"
)

// PolicyInForce is the day the Yuxi policy took effect (RULES.md §0). It is
// also the engine parameter policy.in_force; it is here because no scenario
// may be evaluated before it, whatever engine reads it.
const PolicyInForce = civil.Date(20161115)

// Year bounds for the yearly tables: wide enough for any real firm, narrow
// enough to catch a typo such as 20177.
const (
	minYear = 1900
	maxYear = 2100
)

// Validate checks what the JSON types cannot: identifiers' check digits,
// enumerations, amounts that must not be negative, the order of dates,
// unique person ids and references that must resolve. Paths are those of
// the scenario format, so the same messages serve every input route.
func Validate(sc *Scenario) Errors {
	var v validator
	if !sc.AsOf.IsZero() && sc.AsOf < PolicyInForce {
		v.Addf("as_of", "评估日期 %s 早于政策施行日 %s", "evaluation date %s is before the policy took effect on %s", sc.AsOf, PolicyInForce)
	}
	v.firm("firm", &sc.Firm)
	v.years("financials", len(sc.Financials), func(i int) int { return sc.Financials[i].Year })
	for i, f := range sc.Financials {
		p := index("financials", i)
		v.nonNegPtr(p+".revenue_fen", f.Revenue)
		v.nonNegPtr(p+".total_assets_fen", f.TotalAssets)
	}
	v.years("taxes", len(sc.Taxes), func(i int) int { return sc.Taxes[i].Year })
	for i, t := range sc.Taxes {
		v.tax(index("taxes", i), t)
	}
	ids := make(map[string]int, len(sc.People))
	for i := range sc.People {
		p := index("people", i)
		v.person(p, &sc.People[i])
		id := sc.People[i].ID
		if first, dup := ids[id]; dup && id != "" {
			v.Addf(p+".id", "人员编号 %q 与 people[%d] 重复", "person id %q is already used by people[%d]", id, first)
		} else {
			ids[id] = i
		}
	}
	patents := make(map[string]int, len(sc.Patents))
	for i := range sc.Patents {
		p := index("patents", i)
		v.patent(p, &sc.Patents[i], ids)
		key := patentKey(sc.Patents[i].Number)
		if first, dup := patents[key]; dup && key != "" {
			v.Addf(p+".number", "专利号与 patents[%d] 重复", "patent number is the same as patents[%d]", first)
		} else {
			patents[key] = i
		}
	}
	for i, e := range sc.RDExpenses {
		v.rd(index("rd_expenses", i), e)
	}
	for i, in := range sc.Investments {
		v.investment(index("investments", i), in)
	}
	for i, l := range sc.Loans {
		v.loan(index("loans", i), l, ids)
	}
	for i, f := range sc.Fees {
		v.fee(index("fees", i), f)
	}
	return v.Errors
}

// CheckPerson validates one person on their own (paths relative to the
// person), for edit dialogs that check a record before it is saved.
func CheckPerson(p *Person) Errors {
	var v validator
	v.person("", p)
	return v.Errors
}

func index(path string, i int) string { return fmt.Sprintf("%s[%d]", path, i) }

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

type validator struct{ Errors }

func (v *validator) required(path, s string) {
	if strings.TrimSpace(s) == "" {
		v.Addf(path, "不能为空", "must not be empty")
	}
}

func (v *validator) enum(path string, e Enum, code string) {
	if !e.Valid(code) {
		v.Addf(path, "%q 不是可选值（可选：%s）", "%q is not one of %s", code, strings.Join(e.Codes(), ", "))
	}
}

func (v *validator) date(path string, d civil.Date) {
	if d.IsZero() {
		v.Addf(path, "缺少日期", "a date is required")
	}
}

func (v *validator) notBefore(path string, d civil.Date, otherPath string, other civil.Date) {
	if !d.IsZero() && !other.IsZero() && d < other {
		v.Addf(path, "%s 早于 %s（%s）", "%s is before %s (%s)", d, otherPath, other)
	}
}

func (v *validator) nonNeg(path string, f money.Fen) {
	if f < 0 {
		v.Addf(path, "金额不能为负数（%d 分）", "amount must not be negative (%d fen)", int64(f))
	}
}

func (v *validator) nonNegPtr(path string, f *money.Fen) {
	if f != nil {
		v.nonNeg(path, *f)
	}
}

func (v *validator) count(path string, n int) {
	if n < 0 {
		v.Addf(path, "不能为负数（%d）", "must not be negative (%d)", n)
	}
}

func (v *validator) year(path string, y int) {
	if y < minYear || y > maxYear {
		v.Addf(path, "年份 %d 不在 %d–%d 之间", "year %d is not between %d and %d", y, minYear, maxYear)
	}
}

// years checks a yearly table: each year plausible and given once, because
// a rule that reads "the row of year T" must not have to choose.
func (v *validator) years(path string, n int, year func(int) int) {
	seen := make(map[int]int, n)
	for i := 0; i < n; i++ {
		p := index(path, i) + ".year"
		y := year(i)
		v.year(p, y)
		if first, dup := seen[y]; dup {
			v.Addf(p, "%d 年与 %s[%d] 重复", "year %d is already given in %s[%d]", y, path, first)
		} else {
			seen[y] = i
		}
	}
}

func (v *validator) ident(path string, err error) {
	if err == nil {
		return
	}
	if m, ok := err.(*msg.Error); ok {
		v.Add(path, m)
		return
	}
	v.Addf(path, "%v", "%v", err)
}

func (v *validator) firm(path string, f *Firm) {
	v.required(join(path, "name"), f.Name)
	v.ident(join(path, "uscc"), ident.CheckUSCC(f.USCC))
	v.enum(join(path, "legal_form"), LegalForms, f.LegalForm)
	v.enum(join(path, "ownership"), Ownerships, f.Ownership)
	v.date(join(path, "founded"), f.Founded)
	v.required(join(path, "county"), f.County)
	v.enum(join(path, "industry"), Industries, f.Industry)
	for i, c := range f.Certifications {
		p := index(join(path, "certifications"), i)
		v.enum(p+".kind", CertKinds, c.Kind)
		v.date(p+".issued", c.Issued)
		v.notBefore(p+".expires", c.Expires, "issued", c.Issued)
	}
	for i, r := range f.Received {
		p := index(join(path, "received"), i)
		if !IsRuleID(r.Benefit) {
			v.Addf(p+".benefit", "%q 不是 RULES.md 中的规则编号", "%q is not a rule id of RULES.md", r.Benefit)
		}
		v.date(p+".date", r.Date)
	}
}

func (v *validator) tax(path string, t TaxYear) {
	v.nonNeg(path+".vat_fen", t.VAT)
	v.nonNeg(path+".urban_construction_fen", t.UrbanConstruction)
	v.nonNeg(path+".education_surcharge_fen", t.EducationSurcharge)
	v.nonNeg(path+".local_education_surcharge_fen", t.LocalEducationSurcharge)
	v.nonNeg(path+".personal_income_fen", t.PersonalIncome)
}

func (v *validator) person(path string, p *Person) {
	switch {
	case strings.TrimSpace(p.ID) == "":
		v.Addf(join(path, "id"), "不能为空", "must not be empty")
	case p.ID == BorrowerFirm:
		v.Addf(join(path, "id"), "人员编号不能是 %q（贷款借款人用它表示企业）", "a person id must not be %q (loans use it for the firm)", BorrowerFirm)
	}
	v.required(join(path, "name"), p.Name)
	if p.IDNumber != "" {
		v.ident(join(path, "id_number"), ident.CheckResidentID(p.IDNumber))
	}
	v.notBefore(join(path, "left"), p.Left, "hired", p.Hired)
	if p.ContractMonths != nil {
		v.count(join(path, "contract_months"), *p.ContractMonths)
	}
	seen := map[string]bool{}
	for i, c := range p.Categories {
		cp := index(join(path, "categories"), i)
		v.enum(cp, Categories, c)
		if seen[c] {
			v.Addf(cp, "类别 %q 重复", "category %q is listed twice", c)
		}
		seen[c] = true
	}
	if c := p.EmploymentCertificate; c != nil {
		v.date(join(path, "employment_certificate.issued"), c.Issued)
	}
	if t := p.Talent; t != nil {
		v.enum(join(path, "talent.program"), TalentPrograms, t.Program)
		if t.ContractYears != nil {
			v.count(join(path, "talent.contract_years"), *t.ContractYears)
		}
	}
	if l := p.LeaveFrom; l != nil {
		v.enum(join(path, "leave_from.kind"), LeaveKinds, l.Kind)
		v.date(join(path, "leave_from.start"), l.Start)
	}
}

func (v *validator) patent(path string, p *Patent, people map[string]int) {
	v.ident(path+".number", ident.CheckPatentNumber(p.Number))
	v.enum(path+".kind", PatentKinds, p.Kind)
	v.required(path+".title", p.Title)
	v.date(path+".filed", p.Filed)
	v.notBefore(path+".granted", p.Granted, "filed", p.Filed)
	v.enum(path+".status", PatentStatuses, p.Status)
	for i, id := range p.Inventors {
		if _, ok := people[id]; !ok {
			v.Addf(index(path+".inventors", i), "找不到编号为 %q 的人员", "no person has the id %q", id)
		}
	}
	for i, in := range p.Income {
		ip := index(path+".income", i)
		v.year(ip+".year", in.Year)
		v.enum(ip+".kind", IncomeKinds, in.Kind)
		v.nonNeg(ip+".amount_fen", in.Amount)
	}
	for i, r := range p.RewardsPaid {
		rp := index(path+".rewards_paid", i)
		v.year(rp+".year", r.Year)
		v.nonNeg(rp+".amount_fen", r.Amount)
	}
}

func (v *validator) rd(path string, e RDExpense) {
	v.date(path+".date", e.Date)
	v.required(path+".project", e.Project)
	v.enum(path+".category", RDCategories, e.Category)
	v.nonNeg(path+".amount_fen", e.Amount)
}

func (v *validator) investment(path string, in Investment) {
	v.required(path+".investee", in.Investee)
	if in.InvesteeUSCC != "" {
		v.ident(path+".investee_uscc", ident.CheckUSCC(in.InvesteeUSCC))
	}
	v.nonNeg(path+".amount_fen", in.Amount)
	v.date(path+".date", in.Date)
	v.notBefore(path+".exited", in.Exited, "date", in.Date)
}

func (v *validator) loan(path string, l Loan, people map[string]int) {
	v.enum(path+".kind", LoanKinds, l.Kind)
	if _, ok := people[l.Borrower]; !ok && l.Borrower != BorrowerFirm {
		v.Addf(path+".borrower", "借款人 %q 既不是 \"firm\" 也不是任何人员的编号", "borrower %q is neither \"firm\" nor a person id", l.Borrower)
	}
	v.nonNeg(path+".amount_fen", l.Amount)
	v.date(path+".start", l.Start)
	v.count(path+".term_months", l.TermMonths)
	v.count(path+".rate_bp", l.RateBP)
}

func (v *validator) fee(path string, f Fee) {
	v.date(path+".date", f.Date)
	v.required(path+".service", f.Service)
	v.nonNeg(path+".standard_fen", f.Standard)
	v.nonNeg(path+".charged_fen", f.Charged)
}

// patentKey is the application number without the optional ZL prefix and
// dot, so "ZL201610123456.6" and "2016101234566" are seen as one patent.
func patentKey(n string) string {
	return strings.ReplaceAll(strings.TrimPrefix(n, "ZL"), ".", "")
}
