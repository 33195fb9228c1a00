package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/ident"
	"huiqi/model/money"
	"huiqi/model/params"
)

// Helpers shared by the rule tests: a small valid firm to vary, and
// evaluation shortcuts.

// day parses a literal date.
func day(s string) civil.Date {
	d, err := civil.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

func ptrInt(i int) *int { return &i }

func ptrFen(f int64) *money.Fen { v := money.Fen(f); return &v }

// baseFirm is a private software company founded 2019-04-01 in Hongta
// District with one founder (p1, born 1990-01-01, no graduation) and the
// 2020 accounts of a small firm (revenue 2.6 million yuan). Tests add what
// their rule needs.
func baseFirm() *model.Scenario {
	return &model.Scenario{
		Firm: model.Firm{
			Name: "测试科技有限公司", USCC: "91530421MA6N8K2P12", LegalForm: model.LegalCompany,
			Ownership: model.OwnPrivate, Founded: day("2019-04-01"), County: "红塔区", Industry: "software_it",
			InStartupPark: model.False, RentsPremises: model.True, TaxCompliant: model.True, CreditClean: model.True,
		},
		Financials: []model.Financial{{Year: 2020, Revenue: ptrFen(260_000_000), TotalAssets: ptrFen(150_000_000), TaxableIncome: ptrFen(6_000_000)}},
		People: []model.Person{{ID: "p1", Name: "创办人", IDNumber: "530402199001010016", Founder: true,
			Hired: day("2019-04-01"), Categories: []string{}}},
	}
}

// validID returns a valid resident ID number for someone born on birth
// (YYYYMMDD) with sequence seq.
func validID(birth string, seq int) string {
	first := "530402" + birth + string(rune('0'+seq/100%10)) + string(rune('0'+seq/10%10)) + string(rune('0'+seq%10))
	c, err := identCheck(first)
	if err != nil {
		panic(err)
	}
	return first + string(c)
}

// addStaff appends n employees hired on hired with the given contract and
// returns their indexes.
func addStaff(sc *model.Scenario, n int, hired string, months *int, mod func(p *model.Person)) []int {
	var idx []int
	for k := 0; k < n; k++ {
		i := len(sc.People)
		p := model.Person{ID: "s" + itoa(i), Name: "员工" + itoa(i), Hired: day(hired), ContractMonths: months,
			Categories: []string{}}
		if mod != nil {
			mod(&p)
		}
		sc.People = append(sc.People, p)
		idx = append(idx, i)
	}
	return idx
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// evaluate runs the engine on sc at date d, failing the test on a
// validation error (test scenarios must be valid input).
func evaluate(t testing.TB, sc *model.Scenario, d string) *Evaluation {
	t.Helper()
	if errs := model.Validate(sc); len(errs) > 0 {
		t.Fatalf("test scenario is invalid: %v", errs)
	}
	ev, err := New(params.Default()).Evaluate(sc, day(d))
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

// rule evaluates sc at d and returns one rule's result.
func rule(t testing.TB, sc *model.Scenario, d, id string) *Result {
	t.Helper()
	r, ok := evaluate(t, sc, d).Result(id)
	if !ok {
		t.Fatalf("no result for %s", id)
	}
	return r
}

// wantStatus fails unless r has the status, printing its reasons.
func wantStatus(t testing.TB, r *Result, want Status) {
	t.Helper()
	if r.Status != want {
		t.Errorf("%s: status %s, want %s\n%s", r.Rule.ID, r.Status, want, reasons(r, "en"))
	}
}

// reasons joins a result's reasons in one language.
func reasons(r *Result, lang string) string {
	var b strings.Builder
	for _, x := range r.Reasons {
		b.WriteString(x.In(lang))
		b.WriteByte('\n')
	}
	return b.String()
}

// wantReason fails unless some reason of r contains want in Chinese and
// wantEn in English.
func wantReason(t testing.TB, r *Result, zh, en string) {
	t.Helper()
	for _, x := range r.Reasons {
		if strings.Contains(x.Zh, zh) && strings.Contains(x.En, en) {
			return
		}
	}
	t.Errorf("%s: no reason with %q / %q in:\n%s%s", r.Rule.ID, zh, en, reasons(r, "zh"), reasons(r, "en"))
}

func identCheck(first17 string) (byte, error) { return ident.ResidentIDCheckChar(first17) }

// wantAdvice fails unless some advice of r contains zh in Chinese and en
// in English.
func wantAdvice(t testing.TB, r *Result, zh, en string) {
	t.Helper()
	for _, x := range r.Advice {
		if strings.Contains(x.Zh, zh) && strings.Contains(x.En, en) {
			return
		}
	}
	var b strings.Builder
	for _, x := range r.Advice {
		b.WriteString(x.Zh + " | " + x.En + "\n")
	}
	t.Errorf("%s: no advice with %q / %q in:\n%s", r.Rule.ID, zh, en, b.String())
}

// wan is an amount in 万元, in fen.
func wan(n int64) int64 { return n * 1_000_000 }

// nilInt marks an expected detail that must be JSON null.
const nilInt = -1

// checkResult checks what every result must satisfy (§0 Statuses): no
// amount unless the rule applies, and a non-nil Missing.
func checkResult(t testing.TB, r *Result) {
	t.Helper()
	if !r.Status.Applies() && (r.Amount != 0 || r.AmountMax != 0) {
		t.Errorf("%s: status %s with amount %d / max %d, want 0 / 0", r.Rule.ID, r.Status, r.Amount, r.AmountMax)
	}
	if r.Missing == nil {
		t.Errorf("%s: Missing is nil", r.Rule.ID)
	}
	if r.Status != MissingData && r.Status != Eligible && r.Status != MayApply && len(r.Missing) > 0 {
		t.Errorf("%s: status %s lists missing %v", r.Rule.ID, r.Status, r.Missing)
	}
}

// ruleA evaluates and checks the invariants of the result.
func checkedRule(t testing.TB, sc *model.Scenario, d, id string) *Result {
	t.Helper()
	r := rule(t, sc, d, id)
	checkResult(t, r)
	return r
}

func wantAmounts(t testing.TB, r *Result, amount, max int64) {
	t.Helper()
	if int64(r.Amount) != amount || int64(r.AmountMax) != max {
		t.Errorf("%s: amount %d / max %d, want %d / %d", r.Rule.ID, r.Amount, r.AmountMax, amount, max)
	}
}

func asInt(v any) (int64, bool) {
	switch x := v.(type) {
	case int:
		return int64(x), true
	case int64:
		return x, true
	case money.Fen:
		return int64(x), true
	case json.Number:
		n, err := x.Int64()
		return n, err == nil
	}
	return 0, false
}

// detailsOf is a result's details as their JSON reads (the names RULES.md
// gives), numbers kept exact.
func detailsOf(t testing.TB, r *Result) map[string]any {
	t.Helper()
	data, err := json.Marshal(r.Details)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("%s: details %s: %v", r.Rule.ID, data, err)
	}
	return m
}

// wantDetail checks one detail: nil for JSON null, an integer (any integer
// type the engine uses), or a value compared as it is (civil.Date, string).
func wantDetail(t testing.TB, r *Result, key string, want any) {
	t.Helper()
	got, ok := detailsOf(t, r)[key]
	if !ok {
		t.Errorf("%s: no detail %q in %+v", r.Rule.ID, key, r.Details)
		return
	}
	if d, isDate := want.(civil.Date); isDate {
		want = d.String()
	}
	if want == nil {
		if got != nil {
			t.Errorf("%s: details[%q] = %v, want null", r.Rule.ID, key, got)
		}
		return
	}
	if w, ok := asInt(want); ok {
		if g, ok := asInt(got); !ok || g != w {
			t.Errorf("%s: details[%q] = %v (%T), want %d", r.Rule.ID, key, got, got, w)
		}
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: details[%q] = %v (%T), want %v (%T)", r.Rule.ID, key, got, got, want, want)
	}
}

// wantIntOrNil checks an integer detail where nilInt means null.
func wantIntOrNil(t testing.TB, r *Result, key string, want int) {
	t.Helper()
	if want == nilInt {
		wantDetail(t, r, key, nil)
	} else {
		wantDetail(t, r, key, want)
	}
}

// wantMissing checks the exact set of missing paths.
func wantMissing(t testing.TB, r *Result, paths ...string) {
	t.Helper()
	got := slices.Clone(r.Missing)
	want := slices.Clone(paths)
	slices.Sort(got)
	slices.Sort(want)
	if len(want) == 0 {
		want = nil
	}
	if len(got) == 0 {
		got = nil
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: missing %q, want %q", r.Rule.ID, r.Missing, paths)
	}
}

func noReason(t testing.TB, r *Result, zh, en string) {
	t.Helper()
	for _, x := range r.Reasons {
		if strings.Contains(x.Zh, zh) || strings.Contains(x.En, en) {
			t.Errorf("%s: unexpected reason %q", r.Rule.ID, x.Zh)
		}
	}
}

// founded sets the founding date (and the founder's hiring date) of a base
// firm.
func founded(d string) *model.Scenario {
	sc := baseFirm()
	sc.Firm.Founded = day(d)
	sc.People[0].Hired = day(d)
	return sc
}

// addFounder appends a founder and returns its index.
func addFounder(sc *model.Scenario, mod func(p *model.Person)) int {
	i := len(sc.People)
	p := model.Person{ID: "f" + itoa(i), Name: "创办人" + itoa(i), Founder: true, Hired: sc.Firm.Founded, Categories: []string{}}
	if mod != nil {
		mod(&p)
	}
	sc.People = append(sc.People, p)
	return i
}

func path(i int, field string) string { return fmt.Sprintf("people[%d].%s", i, field) }

// ---------------------------------------------------------------------------
// §0 conventions

// sizeFirm is the base firm in industry with staff people employed at
// 2021-06-30 (the founder and staff−1 employees) and the given 2020
// accounts (nil: unknown).
func raSizeFirm(industry string, staff int, revenue, assets *int64) *model.Scenario {
	sc := baseFirm()
	sc.Firm.Industry = industry
	fin := model.Financial{Year: 2020, TaxableIncome: ptrFen(0)}
	if revenue != nil {
		fin.Revenue = ptrFen(*revenue)
	}
	if assets != nil {
		fin.TotalAssets = ptrFen(*assets)
	}
	sc.Financials = []model.Financial{fin}
	addStaff(sc, staff-1, "2020-01-01", ptrInt(36), nil)
	return sc
}

func raP64(v int64) *int64 { return &v }

func raFee(date string, standard, charged int64) model.Fee {
	return model.Fee{Date: day(date), Service: "环境影响评价", Mandatory: true, GovernmentPriced: true,
		Standard: money.Fen(standard), Charged: money.Fen(charged)}
}

func raPatentNo(seq int) string {
	digits := fmt.Sprintf("2019101%05d", seq)
	c, err := ident.PatentCheckChar(digits)
	if err != nil {
		panic(err)
	}
	return "ZL" + digits + "." + string(c)
}

func raInc(year int, kind string, amount int64) model.PatentIncome {
	return model.PatentIncome{Year: year, Kind: kind, Amount: money.Fen(amount)}
}

func raPaidR(year int, amount int64) model.RewardPaid {
	return model.RewardPaid{Year: year, Amount: money.Fen(amount)}
}

// svcPatent is a service invention of kind, granted on granted ("" not
// granted), with its income and rewards.
func raSvcPatent(seq int, kind, granted string, agreed bool, income []model.PatentIncome, paid ...model.RewardPaid) model.Patent {
	p := model.Patent{Number: raPatentNo(seq), Kind: kind, Title: "测试专利" + itoa(seq), Filed: day("2018-01-10"),
		Status: model.StatusPending, ServiceInvention: true, RewardAgreed: agreed, Inventors: []string{"p1"},
		Income: income, RewardsPaid: paid}
	if granted != "" {
		p.Granted, p.Status = day(granted), model.StatusGranted
	}
	return p
}

// hiringFirm is the base firm (software, 2020 revenue 260万: small or
// micro at any staff count in 2021) with old employees hired in 2020 on
// 36-month contracts: staff = 1 + old before any new hire. D is in 2021.
func raHiringFirm(old int) *model.Scenario {
	sc := baseFirm()
	sc.Firm.Founded, sc.People[0].Hired = day("2016-01-01"), day("2016-01-01")
	sc.Financials[0].Year = 2016
	addStaff(sc, old, "2016-06-01", ptrInt(36), nil)
	return sc
}

// hire appends n employees hired on hired with the given contract,
// categories and graduation date ("" none).
func raHire(sc *model.Scenario, n int, hired string, months *int, graduated string, cats ...string) []int {
	return addStaff(sc, n, hired, months, func(p *model.Person) {
		p.Categories = append([]string{}, cats...)
		if graduated != "" {
			p.Graduated = day(graduated)
		}
	})
}

const (
	raCatUnemployed = "registered_unemployed"
	raHiredY        = "2017-03-01"
	raGradBefore    = "2016-07-01"
	raHiringD       = "2017-06-30" // §5.1 first row: 30% (15% over 100 staff), the calendar year, 200万
)

// bruteHolds is RULES.md 2.11's test on lower bounds.
func raBruteHolds(staff, nA, nB int) bool {
	p := 30
	if staff > 100 {
		p = 15
	}
	return (nA >= 1 && nA*100 >= p*staff) || (nB >= 1 && nB*100 >= 20*staff)
}

// bruteExtra is extra_hires_needed by search: graduates add to n_a, n_b
// and staff.
func raBruteExtra(staff, nA, nB int) int {
	if raBruteHolds(staff, nA, nB) {
		return 0
	}
	for k := 1; ; k++ {
		if raBruteHolds(staff+k, nA+k, nB+k) {
			return k
		}
	}
}

// bruteOther is the advice's count of other-category hires (test (a) only).
func raBruteOther(staff, nA int) int {
	for k := 1; ; k++ {
		if raBruteHolds(staff+k, nA+k, 0) {
			return k
		}
	}
}

// rbNum reads a numeric detail (int, int64 or money.Fen).
func rbNum(t testing.TB, r *Result, key string) int64 {
	t.Helper()
	v, ok := detailsOf(t, r)[key]
	if !ok {
		t.Errorf("%s: no detail %q in %+v", r.Rule.ID, key, r.Details)
		return -1
	}
	return rbInt(t, r.Rule.ID+"."+key, v)
}

func rbInt(t testing.TB, what string, v any) int64 {
	t.Helper()
	if n, ok := asInt(v); ok {
		return n
	}
	t.Errorf("%s: %v (%T) is not a number", what, v, v)
	return -1
}

// rbWantNum checks numeric details.
func rbWantNum(t testing.TB, r *Result, want map[string]int64) {
	t.Helper()
	for k, w := range want {
		if got := rbNum(t, r, k); got != w {
			t.Errorf("%s: details.%s = %d, want %d", r.Rule.ID, k, got, w)
		}
	}
}

// rbWantDate checks a date detail.
func rbWantDate(t testing.TB, r *Result, key, want string) {
	t.Helper()
	if v := detailsOf(t, r)[key]; v != want {
		t.Errorf("%s: details.%s = %v, want %s", r.Rule.ID, key, v, want)
	}
}

// rbAmounts checks amount_fen and amount_max_fen; RULES.md §0: ineligible
// and missing_data results always carry 0 and 0.
func rbAmounts(t testing.TB, r *Result, amount, max int64) {
	t.Helper()
	if !r.Status.Applies() {
		amount, max = 0, 0
	}
	if int64(r.Amount) != amount || int64(r.AmountMax) != max {
		t.Errorf("%s (%s): amounts %d / %d, want %d / %d", r.Rule.ID, r.Status, r.Amount, r.AmountMax, amount, max)
	}
}

// rbMissing checks that every path is listed in missing.
func rbMissing(t testing.TB, r *Result, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if !slices.Contains(r.Missing, p) {
			t.Errorf("%s: missing %v lacks %q", r.Rule.ID, r.Missing, p)
		}
	}
}

// rbRows returns a list-of-rows detail.
func rbRows(t testing.TB, r *Result, key string) []map[string]any {
	t.Helper()
	list, ok := detailsOf(t, r)[key].([]any)
	if !ok {
		t.Fatalf("%s: details.%s = %#v, want rows", r.Rule.ID, key, detailsOf(t, r)[key])
	}
	rows := make([]map[string]any, len(list))
	for i, x := range list {
		rows[i] = x.(map[string]any)
	}
	return rows
}

// rbCert is a certification; expires "" means none.
func rbCert(kind, issued, expires string) model.Certification {
	c := model.Certification{Kind: kind, Issued: day(issued)}
	if expires != "" {
		c.Expires = day(expires)
	}
	return c
}

// rbPatentNo is a valid 12-digit application number with its check digit.
func rbPatentNo(seq int) string {
	digits := fmt.Sprintf("2019%08d", seq)
	c, err := ident.PatentCheckChar(digits)
	if err != nil {
		panic(err)
	}
	return "ZL" + digits + "." + string(c)
}

// rbRound is round(a × p / q) half up for a ≥ 0, written independently of
// money.MulDiv.
func rbRound(a, p, q int64) int64 { return (2*a*p + q) / (2 * q) }

// ---------------------------------------------------------------------------
// 2.12 tech-sme-founder-loan

const rbTechD = "2018-06-30" // the raise is 10万 and the reference rate the 435 bp benchmark

// rbTechFirm is the micro base firm, founded 2016-03-01 with its 2017
// accounts, and a technology-SME certification issued 2016-06-01 without
// expiry.
func rbTechFirm() *model.Scenario {
	sc := baseFirm()
	sc.Firm.Founded, sc.People[0].Hired = day("2016-03-01"), day("2016-03-01")
	sc.Financials[0].Year = 2017 // the accounts every later evaluation classifies by
	sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2016-06-01", "")}
	return sc
}

func rbLoan(borrower string, amount int64, start string, term, rate int) model.Loan {
	return model.Loan{Kind: model.LoanGuaranteed, Borrower: borrower, Amount: money.Fen(amount), Start: day(start),
		TermMonths: term, RateBP: rate, RepaidOnTime: model.True}
}

const rbEntityD = "2021-04-01" // the 2-year mark of the base firm (founded 2019-04-01)

// rbEntityFirm passes every condition on rbEntityD: a founder who graduated
// 2018-07-01, five employees, one guaranteed loan to the founder repaid on
// time, taxes paid.
func rbEntityFirm() *model.Scenario {
	sc := baseFirm()
	sc.People[0].Graduated = day("2018-07-01")
	addStaff(sc, 5, "2019-05-01", ptrInt(36), nil) // s1..s5
	sc.Loans = []model.Loan{rbLoan("p1", 10_000_000, "2019-06-01", 24, 435)}
	return sc
}

const rbTalentD = "2021-06-30"

// rbTalent adds one employee hired 2020-01-01 with the given talent
// record; mod may change the person further.
func rbTalent(sc *model.Scenario, program string, years *int, home model.Tri, mod func(p *model.Person)) {
	addStaff(sc, 1, "2020-01-01", ptrInt(60), func(p *model.Person) {
		p.Talent = &model.Talent{Program: program, ContractYears: years, HomeInYuxi: home}
		if mod != nil {
			mod(p)
		}
	})
}

// rbRDFirm is the base firm founded in 2015 in the given industry.
func rbRDFirm(industry string) *model.Scenario {
	sc := baseFirm()
	sc.Firm.Founded = day("2015-01-01")
	sc.People[0].Hired = day("2015-01-01")
	sc.Firm.Industry = industry
	return sc
}

func rbRD(date, project, category string, amount int64, capitalized bool) model.RDExpense {
	return model.RDExpense{Date: day(date), Project: project, Category: category, Amount: money.Fen(amount), Capitalized: capitalized}
}

// rbRDEvalD is an evaluation date in year T+1 (for T = 2015, after the
// policy took effect on 2016-11-15).
func rbRDEvalD(T int) string {
	if T == 2015 {
		return "2016-12-01"
	}
	return fmt.Sprintf("%d-06-30", T+1)
}

// rbSelfFirm is an individual business founded 2019-04-15 (window
// 2019-04-01 to 2022-04-01) whose founder's certificate, issued
// 2019-04-10, is endorsed for self-employment.
func rbSelfFirm() *model.Scenario {
	sc := baseFirm()
	sc.Firm.LegalForm = model.LegalIndividualBusiness
	sc.Firm.Founded = day("2019-04-15")
	sc.People[0].Hired = day("2019-04-15")
	sc.People[0].EmploymentCertificate = &model.EmploymentCertificate{Issued: day("2019-04-10"), SelfEmployment: true}
	return sc
}

type rbTaxRow struct{ year, months, cap, vat, urban, edu, local, pit int64 }

// rbVCFirm is a venture investor founded 2015 with a certification from
// 2015-06-01 and no accounts; tests add investments and financials.
func rbVCFirm() *model.Scenario {
	sc := baseFirm()
	sc.Firm.Founded = day("2015-01-01")
	sc.People[0].Hired = day("2015-01-01")
	sc.Firm.Industry = "leasing_business_services"
	sc.Firm.Certifications = []model.Certification{rbCert(model.CertVCEnterprise, "2015-06-01", "")}
	sc.Financials = nil
	return sc
}

func rbInv(name, date string, amount int64) model.Investment {
	return model.Investment{Investee: name, Unlisted: true, SMEHighTech: true, Amount: money.Fen(amount), Date: day(date)}
}

func rbFin(year int, taxable *money.Fen) model.Financial {
	return model.Financial{Year: year, Revenue: ptrFen(10_000_000), TotalAssets: ptrFen(900_000_000), TaxableIncome: taxable}
}

// rbLedgerInvestments: A matures 2019-03-01 (7,000,000), B 2020-05-01
// (14,000,000), C 2022-03-01 (700,000), E 2023-01-01 (after D = 2022-06-30).
func rbLedgerInvestments() []model.Investment {
	return []model.Investment{
		rbInv("A", "2017-03-01", 10_000_000),
		rbInv("B", "2018-05-01", 20_000_000),
		rbInv("C", "2020-03-01", 1_000_000),
		rbInv("E", "2021-01-01", 5_000_000),
	}
}

type rbVCRow struct{ year, newFen, used, carry int64 }

const rbPatentD = "2021-06-30"

func rbPatent(seq int, kind, filed, granted, status string) model.Patent {
	p := model.Patent{Number: rbPatentNo(seq), Kind: kind, Title: "一种测试装置" + itoa(seq), Filed: day(filed), Status: status}
	if granted != "" {
		p.Granted = day(granted)
	}
	return p
}

// rbCalendarFirm has one of every dated event of §3, and records that must not
// produce one, evaluated on 2020-01-15.
func rbCalendarFirm() *model.Scenario {
	sc := baseFirm()
	sc.Firm.LegalForm = model.LegalIndividualBusiness
	sc.Firm.Founded = day("2019-04-15")
	sc.Firm.OnlineShopOpened = day("2019-08-31")
	sc.Firm.Certifications = []model.Certification{
		rbCert(model.CertTechSME, "2019-05-01", "2022-12-31"),
		rbCert(model.CertHighTech, "2019-06-01", "2023-06-30"),
		rbCert(model.CertVCEnterprise, "2019-01-01", "2024-01-01"),
		rbCert(model.CertMakerSpace, "2019-07-01", "2022-05-05"),
		rbCert(model.CertHighTech, "2019-06-01", ""),          // no expiry: no event
		rbCert(model.CertTechSME, "2020-02-01", "2025-01-01"), // issued after D: no event
	}
	sc.People[0].Hired = day("2019-04-15")
	sc.People[0].Graduated = day("2017-07-01")
	sc.People = append(sc.People,
		model.Person{ID: "p2", Name: "将毕业创办人", Founder: true, Graduated: day("2020-07-01"), Categories: []string{}}, // graduates after D
		model.Person{ID: "r1", Name: "研究员", Hired: day("2019-04-15"), Categories: []string{},
			LeaveFrom: &model.Leave{Kind: model.LeaveInstitute, Start: day("2016-02-29")}},
		model.Person{ID: "r2", Name: "国企职工", Hired: day("2019-04-15"), Categories: []string{},
			LeaveFrom: &model.Leave{Kind: model.LeaveSOE, Start: day("2020-01-15")}},
		model.Person{ID: "r3", Name: "将离岗", Hired: day("2019-04-15"), Categories: []string{},
			LeaveFrom: &model.Leave{Kind: model.LeaveInstitute, Start: day("2020-01-16")}}, // after D
		model.Person{ID: "g1", Name: "毕业生员工", Hired: day("2019-04-15"), Graduated: day("2018-07-01"), Categories: []string{}}, // not a founder
	)
	listed := rbInv("上市公司", "2019-02-01", 1_000_000)
	listed.Unlisted = false
	early := rbInv("早退公司", "2018-03-01", 1_000_000)
	early.Exited = day("2019-03-01")
	sc.Investments = []model.Investment{
		rbInv("合格公司", "2019-01-10", 1_000_000),
		rbInv("已满公司", "2017-06-01", 1_000_000),
		listed,
		early,
		rbInv("未来公司", "2020-02-01", 1_000_000), // dated after D
	}
	return sc
}
