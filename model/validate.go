package model

import (
	"strconv"
	"strings"
	"unicode/utf8"

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

// loc is a JSON path, written out only when a problem is reported:
// validating a roster of 50,000 people must not format the paths of
// hundreds of thousands of fields that are fine.
type loc struct {
	parent *loc
	key    string // a key, or "" for an index
	i      int
}

// at is the path of key below l.
func (l *loc) at(key string) *loc { return &loc{parent: l, key: key} }

// item is the path of element i of the array l.
func (l *loc) item(i int) *loc { return &loc{parent: l, i: i} }

func (l *loc) String() string {
	if l == nil {
		return ""
	}
	base := l.parent.String()
	switch {
	case l.key == "":
		return base + "[" + strconv.Itoa(l.i) + "]"
	case base == "":
		return l.key
	}
	return base + "." + l.key
}

// root is the path of a top-level key.
func root(key string) *loc { return &loc{key: key} }

// Validate checks what the JSON types cannot: identifiers' check digits,
// enumerations, amounts that must not be negative, the order of dates,
// unique person ids and references that must resolve. Paths are those of
// the scenario format, so the same messages serve every input route.
func Validate(sc *Scenario) Errors {
	var v validator
	v.texts(sc)
	v.totals(sc)
	if !sc.AsOf.IsZero() && sc.AsOf < PolicyInForce {
		v.fail(root("as_of"), "评估日期 %s 早于政策施行日 %s", "evaluation date %s is before the policy took effect on %s", sc.AsOf, PolicyInForce)
	}
	v.firm(root("firm"), &sc.Firm)
	fins := root("financials")
	v.years(fins, len(sc.Financials), func(i int) int { return sc.Financials[i].Year })
	for i, f := range sc.Financials {
		v.nonNegPtr(fins.item(i).at("revenue_fen"), f.Revenue)
		v.nonNegPtr(fins.item(i).at("total_assets_fen"), f.TotalAssets)
		if f.TaxableIncome != nil {
			v.bounded(fins.item(i).at("taxable_income_fen"), *f.TaxableIncome)
		}
	}
	taxes := root("taxes")
	v.years(taxes, len(sc.Taxes), func(i int) int { return sc.Taxes[i].Year })
	for i, t := range sc.Taxes {
		v.tax(taxes.item(i), t)
	}
	people := root("people")
	ids := make(map[string]int, len(sc.People))
	idNumbers := make(map[string]int, len(sc.People))
	for i := range sc.People {
		v.person(people.item(i), &sc.People[i])
		id := sc.People[i].ID
		if first, dup := ids[id]; dup && id != "" {
			v.fail(people.item(i).at("id"), "人员编号 %q 与 people[%d] 重复", "person id %q is already used by people[%d]", id, first)
		} else {
			ids[id] = i
		}
		// One person entered twice would count twice towards every
		// hiring rule: the same ID number is refused, both places named.
		num := strings.ToUpper(sc.People[i].IDNumber)
		if first, dup := idNumbers[num]; dup && num != "" {
			v.fail(people.item(i).at("id_number"), "身份证号码与 people[%d]（%s）相同：同一人不能录入两次", "the ID number is the same as that of people[%d] (%s): a person cannot be entered twice",
				first, sc.People[first].Name)
		} else {
			idNumbers[num] = i
		}
	}
	patents := root("patents")
	numbers := make(map[string]int, len(sc.Patents))
	for i := range sc.Patents {
		v.patent(patents.item(i), &sc.Patents[i], ids)
		key := patentKey(sc.Patents[i].Number)
		if first, dup := numbers[key]; dup && key != "" {
			v.fail(patents.item(i).at("number"), "专利号与 patents[%d] 重复", "patent number is the same as patents[%d]", first)
		} else {
			numbers[key] = i
		}
	}
	for i, e := range sc.RDExpenses {
		v.rd(root("rd_expenses").item(i), e)
	}
	for i, in := range sc.Investments {
		v.investment(root("investments").item(i), in)
	}
	for i, l := range sc.Loans {
		v.loan(root("loans").item(i), l, ids)
	}
	for i, f := range sc.Fees {
		v.fee(root("fees").item(i), f)
	}
	return v.Errors
}

type validator struct{ Errors }

func (v *validator) fail(l *loc, zh, en string, args ...any) { v.Addf(l.String(), zh, en, args...) }

func (v *validator) required(l *loc, s string) {
	if strings.TrimSpace(s) == "" {
		v.fail(l, "不能为空", "must not be empty")
	}
}

// Limits of the firm's contact fields (scenario.md, format 2).
const (
	MaxContactChars = 100 // address, contact person: Unicode code points
	MaxPhoneChars   = 30
)

// optText checks a nullable text: "" is unknown; anything else must have
// something besides spaces and at most max characters.
func (v *validator) optText(l *loc, s string, max int) {
	switch n := utf8.RuneCountInString(s); {
	case s == "":
	case strings.TrimSpace(s) == "":
		v.fail(l, "不能只有空格（不知道时请留空）", "must not be only spaces (leave it empty when not known)")
	case n > max:
		v.fail(l, "最多 %d 个字符，实际 %d 个", "at most %d characters, got %d", max, n)
	}
}

// phone checks a nullable phone number: digits, spaces and + - ( ) only.
func (v *validator) phone(l *loc, s string) {
	v.optText(l, s, MaxPhoneChars)
	for _, c := range s {
		if !(c >= '0' && c <= '9' || strings.ContainsRune(" +-()", c)) {
			v.fail(l, "只能包含数字、空格和 + - ( )，不能有 %q", "may hold only digits, spaces and + - ( ), not %q", string(c))
			return
		}
	}
}

func (v *validator) enum(l *loc, e Enum, code string) {
	if !e.Valid(code) {
		v.fail(l, "%q 不是可选值（可选：%s）", "%q is not one of %s", code, strings.Join(e.Codes(), ", "))
	}
}

func (v *validator) date(l *loc, d civil.Date) {
	if d.IsZero() {
		v.fail(l, "缺少日期", "a date is required")
	}
}

func (v *validator) notBefore(l *loc, d civil.Date, otherName string, other civil.Date) {
	if !d.IsZero() && !other.IsZero() && d < other {
		v.fail(l, "%s 早于 %s（%s）", "%s is before %s (%s)", d, otherName, other)
	}
}

func (v *validator) nonNeg(l *loc, f money.Fen) {
	if f < 0 {
		v.fail(l, "金额不能为负数（%s）", "amount must not be negative (%s)", f.Yuan())
	}
	v.bounded(l, f)
}

// bounded refuses an amount beyond MaxAmount either way.
func (v *validator) bounded(l *loc, f money.Fen) {
	if f > MaxAmount || f < -MaxAmount {
		v.fail(l, "金额 %d 分超出上限（最多 %d 分，即 1 万亿元）", "amount %d fen is beyond the limit (at most %d fen, 1 trillion yuan)", int64(f), int64(MaxAmount))
	}
}

func (v *validator) nonNegPtr(l *loc, f *money.Fen) {
	if f != nil {
		v.nonNeg(l, *f)
	}
}

func (v *validator) count(l *loc, n int) {
	if n < 0 {
		v.fail(l, "不能为负数（%d）", "must not be negative (%d)", n)
	}
}

// upTo refuses a count beyond what any real record has (a typo, or a
// number meant for another field), which would also let products overflow.
func (v *validator) upTo(l *loc, n, max int) {
	if n > max {
		v.fail(l, "%d 超出上限 %d", "%d is beyond the limit of %d", n, max)
	}
}

func (v *validator) year(l *loc, y int) {
	if y < minYear || y > maxYear {
		v.fail(l, "年份 %d 不在 %d–%d 之间", "year %d is not between %d and %d", y, minYear, maxYear)
	}
}

// years checks a yearly table: each year plausible and given once, because
// a rule that reads "the row of year T" must not have to choose.
func (v *validator) years(table *loc, n int, year func(int) int) {
	seen := make(map[int]int, n)
	for i := 0; i < n; i++ {
		l := table.item(i).at("year")
		y := year(i)
		v.year(l, y)
		if first, dup := seen[y]; dup {
			v.fail(l, "%d 年与 %s[%d] 重复", "year %d is already given in %s[%d]", y, table, first)
		} else {
			seen[y] = i
		}
	}
}

func (v *validator) ident(l *loc, err error) {
	if err == nil {
		return
	}
	if m, ok := err.(*msg.Error); ok {
		v.Add(l.String(), m)
		return
	}
	v.fail(l, "%v", "%v", err)
}

func (v *validator) firm(l *loc, f *Firm) {
	v.required(l.at("name"), f.Name)
	v.ident(l.at("uscc"), ident.CheckUSCC(f.USCC))
	v.enum(l.at("legal_form"), LegalForms, f.LegalForm)
	v.enum(l.at("ownership"), Ownerships, f.Ownership)
	v.date(l.at("founded"), f.Founded)
	v.required(l.at("county"), f.County)
	v.enum(l.at("industry"), Industries, f.Industry)
	v.optText(l.at("address"), f.Address, MaxContactChars)
	v.optText(l.at("contact_person"), f.ContactPerson, MaxContactChars)
	v.phone(l.at("phone"), f.Phone)
	for i, c := range f.Certifications {
		cl := l.at("certifications").item(i)
		v.enum(cl.at("kind"), CertKinds, c.Kind)
		v.date(cl.at("issued"), c.Issued)
		v.notBefore(cl.at("expires"), c.Expires, "issued", c.Issued)
	}
	for i, r := range f.Received {
		rl := l.at("received").item(i)
		if !IsRuleID(r.Benefit) {
			v.fail(rl.at("benefit"), "%q 不是 RULES.md 中的规则编号", "%q is not a rule id of RULES.md", r.Benefit)
		}
		v.date(rl.at("date"), r.Date)
	}
}

func (v *validator) tax(l *loc, t TaxYear) {
	v.nonNeg(l.at("vat_fen"), t.VAT)
	v.nonNeg(l.at("urban_construction_fen"), t.UrbanConstruction)
	v.nonNeg(l.at("education_surcharge_fen"), t.EducationSurcharge)
	v.nonNeg(l.at("local_education_surcharge_fen"), t.LocalEducationSurcharge)
	v.nonNeg(l.at("personal_income_fen"), t.PersonalIncome)
}

func (v *validator) person(l *loc, p *Person) {
	switch {
	case strings.TrimSpace(p.ID) == "":
		v.fail(l.at("id"), "不能为空", "must not be empty")
	case p.ID == BorrowerFirm:
		v.fail(l.at("id"), "人员编号不能是 %q（贷款借款人用它表示企业）", "a person id must not be %q (loans use it for the firm)", BorrowerFirm)
	}
	v.required(l.at("name"), p.Name)
	if p.IDNumber != "" {
		v.ident(l.at("id_number"), ident.CheckResidentID(p.IDNumber))
	}
	v.notBefore(l.at("left"), p.Left, "hired", p.Hired)
	if p.ContractMonths != nil {
		v.count(l.at("contract_months"), *p.ContractMonths)
		v.upTo(l.at("contract_months"), *p.ContractMonths, MaxMonths)
	}
	for i, c := range p.Categories {
		cl := l.at("categories").item(i)
		v.enum(cl, Categories, c)
		for _, earlier := range p.Categories[:i] {
			if earlier == c {
				v.fail(cl, "类别 %q 重复", "category %q is listed twice", c)
			}
		}
	}
	if c := p.EmploymentCertificate; c != nil {
		v.date(l.at("employment_certificate.issued"), c.Issued)
	}
	if t := p.Talent; t != nil {
		v.enum(l.at("talent.program"), TalentPrograms, t.Program)
		if t.ContractYears != nil {
			v.count(l.at("talent.contract_years"), *t.ContractYears)
			v.upTo(l.at("talent.contract_years"), *t.ContractYears, MaxMonths/12)
		}
	}
	if lv := p.LeaveFrom; lv != nil {
		v.enum(l.at("leave_from.kind"), LeaveKinds, lv.Kind)
		v.date(l.at("leave_from.start"), lv.Start)
	}
}

func (v *validator) patent(l *loc, p *Patent, people map[string]int) {
	v.ident(l.at("number"), ident.CheckPatentNumber(p.Number))
	v.enum(l.at("kind"), PatentKinds, p.Kind)
	v.required(l.at("title"), p.Title)
	v.date(l.at("filed"), p.Filed)
	v.notBefore(l.at("granted"), p.Granted, "filed", p.Filed)
	v.enum(l.at("status"), PatentStatuses, p.Status)
	for i, id := range p.Inventors {
		if _, ok := people[id]; !ok {
			v.fail(l.at("inventors").item(i), "找不到编号为 %q 的人员", "no person has the id %q", id)
		}
	}
	for i, in := range p.Income {
		il := l.at("income").item(i)
		v.year(il.at("year"), in.Year)
		v.enum(il.at("kind"), IncomeKinds, in.Kind)
		v.nonNeg(il.at("amount_fen"), in.Amount)
	}
	for i, r := range p.RewardsPaid {
		rl := l.at("rewards_paid").item(i)
		v.year(rl.at("year"), r.Year)
		v.nonNeg(rl.at("amount_fen"), r.Amount)
	}
}

func (v *validator) rd(l *loc, e RDExpense) {
	v.date(l.at("date"), e.Date)
	v.required(l.at("project"), e.Project)
	v.enum(l.at("category"), RDCategories, e.Category)
	v.nonNeg(l.at("amount_fen"), e.Amount)
}

func (v *validator) investment(l *loc, in Investment) {
	v.required(l.at("investee"), in.Investee)
	if in.InvesteeUSCC != "" {
		v.ident(l.at("investee_uscc"), ident.CheckUSCC(in.InvesteeUSCC))
	}
	v.nonNeg(l.at("amount_fen"), in.Amount)
	v.date(l.at("date"), in.Date)
	v.notBefore(l.at("exited"), in.Exited, "date", in.Date)
}

func (v *validator) loan(l *loc, ln Loan, people map[string]int) {
	v.enum(l.at("kind"), LoanKinds, ln.Kind)
	if _, ok := people[ln.Borrower]; !ok && ln.Borrower != BorrowerFirm {
		v.fail(l.at("borrower"), "借款人 %q 既不是 \"firm\" 也不是任何人员的编号", "borrower %q is neither \"firm\" nor a person id", ln.Borrower)
	}
	v.nonNeg(l.at("amount_fen"), ln.Amount)
	v.date(l.at("start"), ln.Start)
	v.count(l.at("term_months"), ln.TermMonths)
	v.upTo(l.at("term_months"), ln.TermMonths, MaxMonths)
	v.count(l.at("rate_bp"), ln.RateBP)
	v.upTo(l.at("rate_bp"), ln.RateBP, MaxRateBP)
}

func (v *validator) fee(l *loc, f Fee) {
	v.date(l.at("date"), f.Date)
	v.required(l.at("service"), f.Service)
	v.nonNeg(l.at("standard_fen"), f.Standard)
	v.nonNeg(l.at("charged_fen"), f.Charged)
}

// patentKey is the application number without the optional ZL prefix and
// dot, so "ZL201610123456.6" and "2016101234566" are seen as one patent.
func patentKey(n string) string {
	return strings.ReplaceAll(strings.TrimPrefix(n, "ZL"), ".", "")
}
