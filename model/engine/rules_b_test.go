package engine

// Tests of RULES.md §2.12–§2.22 and the §3 calendar. Each table walks the
// rule's date windows (the day before, of and after each boundary) and its
// thresholds, and checks the status, a reason in both languages, and the
// amounts and details the rule names. Expected values are worked out by
// hand from RULES.md, not read back from the engine.

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/ident"
	"huiqi/model/money"
)

// ---------------------------------------------------------------------------
// Helpers (this file only; prefixed rb to stay clear of other test files).

// rbNum reads a numeric detail (int, int64 or money.Fen).
func rbNum(t testing.TB, r *Result, key string) int64 {
	t.Helper()
	v, ok := r.Details[key]
	if !ok {
		t.Errorf("%s: no detail %q in %v", r.Rule.ID, key, r.Details)
		return -1
	}
	return rbInt(t, r.Rule.ID+"."+key, v)
}

func rbInt(t testing.TB, what string, v any) int64 {
	t.Helper()
	switch x := v.(type) {
	case int:
		return int64(x)
	case int64:
		return x
	case money.Fen:
		return int64(x)
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
	v, ok := r.Details[key].(civil.Date)
	if !ok || v != day(want) {
		t.Errorf("%s: details.%s = %v, want %s", r.Rule.ID, key, r.Details[key], want)
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
func rbRows(t testing.TB, r *Result, key string) []Details {
	t.Helper()
	rows, ok := r.Details[key].([]Details)
	if !ok {
		t.Fatalf("%s: details.%s = %#v, want rows", r.Rule.ID, key, r.Details[key])
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

const rbTechD = "2021-06-30"

// rbTechFirm is the micro base firm with a technology-SME certification
// issued 2020-01-01 without expiry.
func rbTechFirm() *model.Scenario {
	sc := baseFirm()
	sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2020-01-01", "")}
	return sc
}

func rbLoan(borrower string, amount int64, start string, term, rate int) model.Loan {
	return model.Loan{Kind: model.LoanGuaranteed, Borrower: borrower, Amount: money.Fen(amount), Start: day(start),
		TermMonths: term, RateBP: rate, RepaidOnTime: model.True}
}

func TestTechSMEFounderLoanConditions(t *testing.T) {
	valid := [2]string{"科技型中小企业认定有效", "technology-SME certification valid"}
	invalid := [2]string{"评估日没有有效的科技型中小企业认定", "no technology-SME certification valid on the evaluation date"}
	cases := []struct {
		name   string
		mod    func(sc *model.Scenario)
		status Status
		reason [2]string
		miss   []string
	}{
		{"cert issued the day before D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2021-06-29", "")}
		}, Eligible, valid, nil},
		{"cert issued on D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2021-06-30", "")}
		}, Eligible, valid, nil},
		{"cert issued the day after D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2021-07-01", "")}
		}, Ineligible, invalid, nil},
		{"cert expires the day before D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2020-01-01", "2021-06-29")}
		}, Ineligible, invalid, nil},
		{"cert expires on D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2020-01-01", "2021-06-30")}
		}, Eligible, [2]string{"有效期至 2021-06-30", "valid until 2021-06-30"}, nil},
		{"cert expires the day after D", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertTechSME, "2020-01-01", "2021-07-01")}
		}, Eligible, valid, nil},
		{"only a high-tech cert", func(sc *model.Scenario) {
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertHighTech, "2020-01-01", "")}
		}, Ineligible, invalid, nil},
		{"medium firm (101 staff, revenue 1000万)", func(sc *model.Scenario) {
			addStaff(sc, 100, "2020-01-01", ptrInt(12), nil)
			sc.Financials[0].Revenue = ptrFen(1_000_000_000)
		}, Ineligible, [2]string{"小微企业：", "small or micro firm: medium"}, nil},
		{"size open (101 staff, revenue unknown)", func(sc *model.Scenario) {
			addStaff(sc, 100, "2020-01-01", ptrInt(12), nil)
			sc.Financials[0].Revenue = nil
		}, MissingData, [2]string{"小微企业：", "small or micro firm: between"}, []string{"financials[0].revenue_fen"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbTechFirm()
			c.mod(sc)
			r := rule(t, sc, rbTechD, "tech-sme-founder-loan")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			rbAmounts(t, r, 870_000, 20_000_000) // the estimate: 10万 × 4.35% × 2 years
			rbMissing(t, r, c.miss...)
		})
	}
}

func TestTechSMEFounderLoanChoice(t *testing.T) {
	employee := func(sc *model.Scenario) { addStaff(sc, 1, "2020-01-01", ptrInt(12), nil) } // s1
	cases := []struct {
		name      string
		loans     []model.Loan
		mod       func(sc *model.Scenario)
		estimated bool
		extra     int64
		months    int64
		rate      int64
	}{
		{"no loan: estimate 10万, 24 months, benchmark", nil, nil, true, 10_000_000, 24, 435},
		{"founder loan 20万, 24 months, 4.35%", []model.Loan{rbLoan("p1", 20_000_000, "2021-01-01", 24, 435)}, nil, false, 10_000_000, 24, 435},
		{"loan 25万: extra capped at 10万", []model.Loan{rbLoan("p1", 25_000_000, "2021-01-01", 12, 400)}, nil, false, 10_000_000, 12, 400},
		{"loan 15万: extra 5万", []model.Loan{rbLoan("p1", 15_000_000, "2021-01-01", 36, 500)}, nil, false, 5_000_000, 24, 435},
		{"loan exactly 10万: extra 0", []model.Loan{rbLoan("p1", 10_000_000, "2021-01-01", 24, 435)}, nil, false, 0, 24, 435},
		{"loan 9万: extra 0, not negative", []model.Loan{rbLoan("p1", 9_000_000, "2021-01-01", 24, 435)}, nil, false, 0, 24, 435},
		{"loan 10万 + 1 fen: extra 1 fen", []model.Loan{rbLoan("p1", 10_000_001, "2021-01-01", 24, 435)}, nil, false, 1, 24, 435},
		{"term 23 months", []model.Loan{rbLoan("p1", 20_000_000, "2021-01-01", 23, 435)}, nil, false, 10_000_000, 23, 435},
		{"term 24 months", []model.Loan{rbLoan("p1", 20_000_000, "2021-01-01", 24, 435)}, nil, false, 10_000_000, 24, 435},
		{"term 25 months: 24", []model.Loan{rbLoan("p1", 20_000_000, "2021-01-01", 25, 435)}, nil, false, 10_000_000, 24, 435},
		{"rate 434 bp", []model.Loan{rbLoan("p1", 20_000_000, "2021-01-01", 24, 434)}, nil, false, 10_000_000, 24, 434},
		{"rate 436 bp: capped at the benchmark 435", []model.Loan{rbLoan("p1", 20_000_000, "2021-01-01", 24, 436)}, nil, false, 10_000_000, 24, 435},
		{"loan starts on D: used", []model.Loan{rbLoan("p1", 15_000_000, rbTechD, 24, 435)}, nil, false, 5_000_000, 24, 435},
		{"loan starts the day after D: ignored, estimate", []model.Loan{rbLoan("p1", 15_000_000, "2021-07-01", 24, 435)}, nil, true, 10_000_000, 24, 435},
		{"latest start wins (listed first)", []model.Loan{
			rbLoan("p1", 12_000_000, "2021-01-01", 24, 435), rbLoan("p1", 20_000_000, "2020-01-01", 24, 435)}, nil, false, 2_000_000, 24, 435},
		{"latest start wins (listed last)", []model.Loan{
			rbLoan("p1", 20_000_000, "2020-01-01", 24, 435), rbLoan("p1", 12_000_000, "2021-01-01", 24, 435)}, nil, false, 2_000_000, 24, 435},
		{"latest on or before D wins over one after D", []model.Loan{
			rbLoan("p1", 20_000_000, "2021-07-01", 24, 435), rbLoan("p1", 13_000_000, rbTechD, 24, 435)}, nil, false, 3_000_000, 24, 435},
		{"tie on start: the larger (listed second)", []model.Loan{
			rbLoan("p1", 15_000_000, "2021-01-01", 12, 435), rbLoan("p1", 18_000_000, "2021-01-01", 24, 435)}, nil, false, 8_000_000, 24, 435},
		{"tie on start: the larger (listed first)", []model.Loan{
			rbLoan("p1", 18_000_000, "2021-01-01", 24, 435), rbLoan("p1", 15_000_000, "2021-01-01", 12, 435)}, nil, false, 8_000_000, 24, 435},
		{"dai_mian_fu_bu to the founder: not guaranteed, estimate", []model.Loan{
			{Kind: model.LoanDaiMianFuBu, Borrower: "p1", Amount: 15_000_000, Start: day("2021-01-01"), TermMonths: 24, RateBP: 435}}, nil, true, 10_000_000, 24, 435},
		{"commercial loan to the founder: estimate", []model.Loan{
			{Kind: model.LoanCommercial, Borrower: "p1", Amount: 15_000_000, Start: day("2021-01-01"), TermMonths: 24, RateBP: 435}}, nil, true, 10_000_000, 24, 435},
		{"guaranteed loan to the firm: estimate", []model.Loan{rbLoan(model.BorrowerFirm, 15_000_000, "2021-01-01", 24, 435)}, nil, true, 10_000_000, 24, 435},
		{"guaranteed loan to an employee: estimate", []model.Loan{rbLoan("s1", 15_000_000, "2021-01-01", 24, 435)}, employee, true, 10_000_000, 24, 435},
		{"employee's later loan does not displace the founder's", []model.Loan{
			rbLoan("p1", 16_000_000, "2020-06-01", 24, 435), rbLoan("s1", 20_000_000, "2021-01-01", 24, 435)}, employee, false, 6_000_000, 24, 435},
		{"firm's later loan does not displace the founder's", []model.Loan{
			rbLoan("p1", 16_000_000, "2020-06-01", 24, 435), rbLoan(model.BorrowerFirm, 20_000_000, "2021-01-01", 24, 435)}, nil, false, 6_000_000, 24, 435},
		{"second founder's loan counts", []model.Loan{rbLoan("p2", 17_000_000, "2021-01-01", 24, 300)}, func(sc *model.Scenario) {
			sc.People = append(sc.People, model.Person{ID: "p2", Name: "合伙人", Founder: true, Categories: []string{}})
		}, false, 7_000_000, 24, 300},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbTechFirm()
			if c.mod != nil {
				c.mod(sc)
			}
			sc.Loans = c.loans
			r := rule(t, sc, rbTechD, "tech-sme-founder-loan")
			wantStatus(t, r, Eligible)
			subsidy := rbRound(c.extra*c.rate*c.months, 1, 10000*12)
			province := rbRound(subsidy, 40, 100)
			city := rbRound(subsidy, 30, 100)
			rbWantNum(t, r, map[string]int64{"extra_principal_fen": c.extra, "months": c.months, "rate_bp": c.rate,
				"subsidy_fen": subsidy, "province_fen": province, "city_fen": city, "county_fen": subsidy - province - city})
			if got, ok := r.Details["estimated"].(bool); !ok || got != c.estimated {
				t.Errorf("estimated = %v, want %v", r.Details["estimated"], c.estimated)
			}
			rbAmounts(t, r, subsidy, 20_000_000)
			if c.estimated {
				wantReason(t, r, "尚无创办人的创业担保贷款", "no guaranteed loan to a founder yet")
			} else {
				wantReason(t, r, "创办人贷款", "founder's loan")
			}
			wantReason(t, r, "贴息 "+money.Fen(subsidy).Yuan(), "interest subsidy "+money.Fen(subsidy).Yuan())
		})
	}
}

// The 4:3:3 split on subsidies with odd fen. A 12-month loan at 100 bp
// makes the subsidy extra/100, so the extra picks the subsidy exactly.
func TestTechSMEFounderLoanSplitRounding(t *testing.T) {
	cases := []struct {
		name                            string
		extra                           int64
		subsidy, province, city, county int64
	}{
		{"subsidy 1 fen: province and city round to 0", 100, 1, 0, 0, 1},
		{"subsidy 5 fen: city 1.5 rounds up", 500, 5, 2, 2, 1},
		{"subsidy 7 fen: province 2.8 up, city 2.1 down", 700, 7, 3, 2, 2},
		{"subsidy 14.49 rounds down to 14", 1449, 14, 6, 4, 4},
		{"subsidy 14.5 rounds up to 15; city 4.5 up", 1450, 15, 6, 5, 4},
		{"subsidy 13 (12.5 up): province 5.2, city 3.9", 1250, 13, 5, 4, 4},
		{"subsidy 35: city 10.5 up", 3500, 35, 14, 11, 10},
		{"extra capped at 10万: subsidy 100,000", 99_999_900, 100_000, 40_000, 30_000, 30_000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbTechFirm()
			sc.Loans = []model.Loan{rbLoan("p1", 10_000_000+c.extra, "2021-01-01", 12, 100)}
			r := rule(t, sc, rbTechD, "tech-sme-founder-loan")
			wantStatus(t, r, Eligible)
			rbWantNum(t, r, map[string]int64{"subsidy_fen": c.subsidy, "province_fen": c.province, "city_fen": c.city, "county_fen": c.county})
			if c.province+c.city+c.county != c.subsidy {
				t.Fatalf("bad case: shares do not add up")
			}
			rbAmounts(t, r, c.subsidy, 20_000_000)
		})
	}
}

// Property: for random loans the three shares sum to the subsidy exactly,
// none is negative, and each matches RULES.md's formula.
func TestTechSMEFounderLoanSplitProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(2012, 433))
	for i := 0; i < 400; i++ {
		amount := rng.Int64N(25_000_000)
		term := 1 + rng.IntN(48)
		rate := rng.IntN(900)
		sc := rbTechFirm()
		sc.Loans = []model.Loan{rbLoan("p1", amount, "2021-01-01", term, rate)}
		r := rule(t, sc, rbTechD, "tech-sme-founder-loan")
		extra := min(max(amount-10_000_000, 0), 10_000_000)
		months, bp := int64(min(term, 24)), int64(min(rate, 435))
		subsidy := rbRound(extra*bp*months, 1, 120000)
		p, c, k := rbNum(t, r, "province_fen"), rbNum(t, r, "city_fen"), rbNum(t, r, "county_fen")
		s := rbNum(t, r, "subsidy_fen")
		if s != subsidy || p+c+k != s || p < 0 || c < 0 || k < 0 ||
			p != rbRound(s, 40, 100) || c != rbRound(s, 30, 100) || int64(r.Amount) != s {
			t.Fatalf("loan %d fen, %d months, %d bp: subsidy %d (want %d), shares %d+%d+%d, amount %d",
				amount, term, rate, s, subsidy, p, c, k, r.Amount)
		}
	}
}

// ---------------------------------------------------------------------------
// 2.13 student-entity-loan

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

func TestStudentEntityLoan(t *testing.T) {
	type sc = model.Scenario
	loan := func(kind, borrower, start string, repaid model.Tri) model.Loan {
		return model.Loan{Kind: kind, Borrower: borrower, Amount: 10_000_000, Start: day(start), TermMonths: 24, RateBP: 435, RepaidOnTime: repaid}
	}
	cases := []struct {
		name   string
		d      string
		mod    func(s *sc)
		status Status
		reason [2]string
		miss   []string
	}{
		{"D the day before the 2-year mark", "2021-03-31", nil, Ineligible,
			[2]string{"【不满足】稳定经营 2 年以上：创办于 2019-04-01，满 2 年之日 2021-04-01", "[not met] operating over two years: founded 2019-04-01, two years on 2021-04-01"}, nil},
		{"D on the 2-year mark", rbEntityD, nil, MayApply,
			[2]string{"【满足】稳定经营 2 年以上", "[met] operating over two years"}, nil},
		{"D the day after the 2-year mark", "2021-04-02", nil, MayApply,
			[2]string{"【满足】稳定经营 2 年以上", "[met] operating over two years"}, nil},
		{"5 employees", rbEntityD, nil, MayApply,
			[2]string{"【满足】带动就业 5 人以上：在职员工（不含创办人）5 人", "[met] employing 5 or more: 5 employees besides founders"}, nil},
		{"4 employees", rbEntityD, func(s *sc) { s.People = s.People[:5] }, Ineligible,
			[2]string{"【不满足】带动就业 5 人以上：在职员工（不含创办人）4 人", "[not met] employing 5 or more: 4 employees besides founders"}, nil},
		{"an employee left on D: 4 employed", rbEntityD, func(s *sc) { s.People[5].Left = day(rbEntityD) }, Ineligible,
			[2]string{"在职员工（不含创办人）4 人", "4 employees besides founders"}, nil},
		{"an employee leaves the day after D: 5 employed", rbEntityD, func(s *sc) { s.People[5].Left = day("2021-04-02") }, MayApply,
			[2]string{"在职员工（不含创办人）5 人", "5 employees besides founders"}, nil},
		{"guaranteed loan to the firm", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanGuaranteed, model.BorrowerFirm, "2019-06-01", model.True)}
		}, MayApply, [2]string{"【满足】曾获“贷免扶补”或创业担保贷款扶持：1 笔", "[met] supported by dai-mian-fu-bu or guaranteed loans: 1"}, nil},
		{"dai_mian_fu_bu loan to the founder", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanDaiMianFuBu, "p1", "2019-06-01", model.True)}
		}, MayApply, [2]string{"扶持：1 笔", "guaranteed loans: 1"}, nil},
		{"commercial loan only", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanCommercial, "p1", "2019-06-01", model.True)}
		}, Ineligible, [2]string{"【不满足】曾获“贷免扶补”或创业担保贷款扶持：0 笔", "[not met] supported by dai-mian-fu-bu or guaranteed loans: 0"}, nil},
		{"guaranteed loan to an employee only", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanGuaranteed, "s1", "2019-06-01", model.True)}
		}, Ineligible, [2]string{"扶持：0 笔", "guaranteed loans: 0"}, nil},
		{"no loan", rbEntityD, func(s *sc) { s.Loans = nil }, Ineligible, [2]string{"扶持：0 笔", "guaranteed loans: 0"}, nil},
		{"loan starts on D", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanGuaranteed, "p1", rbEntityD, model.True)}
		}, MayApply, [2]string{"扶持：1 笔", "guaranteed loans: 1"}, nil},
		{"loan starts the day after D: ignored", rbEntityD, func(s *sc) {
			s.Loans = []model.Loan{loan(model.LoanGuaranteed, "p1", "2021-04-02", model.True)}
		}, Ineligible, [2]string{"扶持：0 笔", "guaranteed loans: 0"}, nil},
		{"repaid_on_time null", rbEntityD, func(s *sc) { s.Loans[0].RepaidOnTime = model.Unknown }, MissingData,
			[2]string{"【待补充】偿还贷款记录良好：未知", "[unknown] loans repaid on time: unknown"}, []string{"loans[0].repaid_on_time"}},
		{"second of two loans repaid_on_time null", rbEntityD, func(s *sc) {
			s.Loans = append(s.Loans, loan(model.LoanDaiMianFuBu, model.BorrowerFirm, "2020-01-01", model.Unknown))
		}, MissingData, [2]string{"偿还贷款记录良好：未知", "loans repaid on time: unknown"}, []string{"loans[1].repaid_on_time"}},
		{"repaid_on_time false", rbEntityD, func(s *sc) { s.Loans[0].RepaidOnTime = model.False }, Ineligible,
			[2]string{"【不满足】偿还贷款记录良好：否", "[not met] loans repaid on time: no"}, nil},
		{"one loan false, another null: ineligible", rbEntityD, func(s *sc) {
			s.Loans[0].RepaidOnTime = model.False
			s.Loans = append(s.Loans, loan(model.LoanGuaranteed, "p1", "2020-01-01", model.Unknown))
		}, Ineligible, [2]string{"偿还贷款记录良好：否", "loans repaid on time: no"}, nil},
		{"unpaid commercial loan does not count", rbEntityD, func(s *sc) {
			s.Loans = append(s.Loans, loan(model.LoanCommercial, "p1", "2020-01-01", model.False))
		}, MayApply, [2]string{"偿还贷款记录良好：是", "loans repaid on time: yes"}, nil},
		{"unpaid loan of an employee does not count", rbEntityD, func(s *sc) {
			s.Loans = append(s.Loans, loan(model.LoanGuaranteed, "s1", "2020-01-01", model.False))
		}, MayApply, [2]string{"偿还贷款记录良好：是", "loans repaid on time: yes"}, nil},
		{"unpaid loan starting after D does not count", rbEntityD, func(s *sc) {
			s.Loans = append(s.Loans, loan(model.LoanGuaranteed, "p1", "2021-04-02", model.False))
		}, MayApply, [2]string{"偿还贷款记录良好：是", "loans repaid on time: yes"}, nil},
		{"tax_compliant null", rbEntityD, func(s *sc) { s.Firm.TaxCompliant = model.Unknown }, MissingData,
			[2]string{"【待补充】按期纳税：未知", "[unknown] taxes paid on time: unknown"}, []string{"firm.tax_compliant"}},
		{"tax_compliant false", rbEntityD, func(s *sc) { s.Firm.TaxCompliant = model.False }, Ineligible,
			[2]string{"【不满足】按期纳税：否", "[not met] taxes paid on time: no"}, nil},
		{"founder graduated exactly 5 years before D", rbEntityD, func(s *sc) { s.People[0].Graduated = day("2016-04-01") }, MayApply,
			[2]string{"【满足】大学生创业者", "[met] college entrepreneur"}, nil},
		{"founder graduated 5 years and a day before D", rbEntityD, func(s *sc) { s.People[0].Graduated = day("2016-03-31") }, Ineligible,
			[2]string{"【不满足】大学生创业者", "[not met] college entrepreneur"}, nil},
		{"founder in school", rbEntityD, func(s *sc) { s.People[0].Graduated, s.People[0].InSchool = 0, true }, MayApply,
			[2]string{"【满足】大学生创业者", "[met] college entrepreneur"}, nil},
		{"founder graduates the day after D", rbEntityD, func(s *sc) { s.People[0].Graduated = day("2021-04-02") }, Ineligible,
			[2]string{"【不满足】大学生创业者", "[not met] college entrepreneur"}, nil},
		{"only an employee is a graduate", rbEntityD, func(s *sc) {
			s.People[0].Graduated = 0
			s.People[1].Graduated = day("2018-07-01")
		}, Ineligible, [2]string{"【不满足】大学生创业者", "[not met] college entrepreneur"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := rbEntityFirm()
			if c.mod != nil {
				c.mod(s)
			}
			r := rule(t, s, c.d, "student-entity-loan")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			rbMissing(t, r, c.miss...)
			rbAmounts(t, r, 0, 50_000_000)
			rbWantNum(t, r, map[string]int64{"subsidy_estimate_fen": 2_610_000})
		})
	}
}

// ---------------------------------------------------------------------------
// 2.14 new-farmer-preference

func TestNewFarmerPreference(t *testing.T) {
	cases := []struct {
		name   string
		mod    func(sc *model.Scenario)
		status Status
		reason [2]string
	}{
		{"founder holds the certificate", func(sc *model.Scenario) { sc.People[0].FarmerCertificate = true }, MayApply,
			[2]string{"【满足】创办人持有新型职业农民资格证书", "[met] a founder holds the new professional farmer certificate"}},
		{"no certificate", nil, Ineligible,
			[2]string{"【不满足】创办人持有新型职业农民资格证书", "[not met] a founder holds the new professional farmer certificate"}},
		{"only an employee holds it", func(sc *model.Scenario) {
			addStaff(sc, 1, "2020-01-01", ptrInt(12), func(p *model.Person) { p.FarmerCertificate = true })
		}, Ineligible, [2]string{"【不满足】创办人持有新型职业农民资格证书", "[not met] a founder holds"}},
		{"second founder holds it", func(sc *model.Scenario) {
			sc.People = append(sc.People, model.Person{ID: "p2", Name: "农场主", Founder: true, FarmerCertificate: true, Categories: []string{}})
		}, MayApply, [2]string{"【满足】创办人持有新型职业农民资格证书", "[met] a founder holds"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			if c.mod != nil {
				c.mod(sc)
			}
			r := rule(t, sc, "2021-06-30", "new-farmer-preference")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			rbAmounts(t, r, 0, 0)
		})
	}
}

// ---------------------------------------------------------------------------
// 2.15 high-level-talent-settlement and 2.16 provincial-talent-funding

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

func TestHighLevelTalentSettlement(t *testing.T) {
	hl := model.TalentHighLevel
	left := func(d string) func(p *model.Person) { return func(p *model.Person) { p.Left = day(d) } }
	hired := func(d string) func(p *model.Person) { return func(p *model.Person) { p.Hired = day(d) } }
	cases := []struct {
		name   string
		mod    func(sc *model.Scenario)
		status Status
		count  int64
		reason [2]string
		miss   []string
	}{
		{"contract 5 years, home in Yuxi", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.True, nil) },
			Eligible, 1, [2]string{"【满足】符合条件的高层次人才 1 人", "[met] 1 high-level talents qualify"}, nil},
		{"contract 6 years", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(6), model.True, nil) },
			Eligible, 1, [2]string{"合同 6 年（需 5 年以上）", "contract 6 years (5 years or more needed)"}, nil},
		{"contract 4 years", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(4), model.True, nil) },
			Ineligible, 0, [2]string{"合同 4 年（需 5 年以上）", "contract 4 years (5 years or more needed)"}, nil},
		{"contract unknown", func(sc *model.Scenario) { rbTalent(sc, hl, nil, model.True, nil) },
			MissingData, 0, [2]string{"【待补充】符合条件的高层次人才 0 人", "[unknown] 0 high-level talents qualify"}, []string{"people[1].talent.contract_years"}},
		{"home in Yuxi unknown", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.Unknown, nil) },
			MissingData, 0, [2]string{"在玉溪购建住房：未知", "home in Yuxi: unknown"}, []string{"people[1].talent.home_in_yuxi"}},
		{"no home in Yuxi", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.False, nil) },
			Ineligible, 0, [2]string{"在玉溪购建住房：否", "home in Yuxi: no"}, nil},
		{"contract 4 years and home unknown: fails whatever the home", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(4), model.Unknown, nil) },
			Ineligible, 0, [2]string{"【不满足】符合条件的高层次人才 0 人", "[not met] 0 high-level talents qualify"}, nil},
		{"left on D: not employed", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.True, left(rbTalentD)) },
			Ineligible, 0, [2]string{"评估日不在职", "not employed on the evaluation date"}, nil},
		{"left the day after D: employed", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.True, left("2021-07-01")) },
			Eligible, 1, [2]string{"符合条件的高层次人才 1 人", "1 high-level talents qualify"}, nil},
		{"hired on D", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.True, hired(rbTalentD)) },
			Eligible, 1, [2]string{"符合条件的高层次人才 1 人", "1 high-level talents qualify"}, nil},
		{"hired the day after D", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.True, hired("2021-07-01")) },
			Ineligible, 0, [2]string{"评估日不在职", "not employed on the evaluation date"}, nil},
		{"two qualify", func(sc *model.Scenario) {
			rbTalent(sc, hl, ptrInt(5), model.True, nil)
			rbTalent(sc, hl, ptrInt(8), model.True, nil)
		}, Eligible, 2, [2]string{"符合条件的高层次人才 2 人", "2 high-level talents qualify"}, nil},
		{"one confirmed, one undecided: eligible, undecided listed", func(sc *model.Scenario) {
			rbTalent(sc, hl, ptrInt(5), model.True, nil)
			rbTalent(sc, hl, nil, model.True, nil)
		}, Eligible, 1, [2]string{"符合条件的高层次人才 1 人", "1 high-level talents qualify"}, []string{"people[2].talent.contract_years"}},
		{"provincial programme is not high-level", func(sc *model.Scenario) { rbTalent(sc, model.TalentProvOverseas, ptrInt(5), model.True, nil) },
			Ineligible, 0, [2]string{"符合条件的高层次人才 0 人", "0 high-level talents qualify"}, nil},
		{"founder without a hiring date counts from founding", func(sc *model.Scenario) {
			sc.People = append(sc.People, model.Person{ID: "p2", Name: "人才创办人", Founder: true, Categories: []string{},
				Talent: &model.Talent{Program: hl, ContractYears: ptrInt(5), HomeInYuxi: model.True}})
		}, Eligible, 1, [2]string{"符合条件的高层次人才 1 人", "1 high-level talents qualify"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			c.mod(sc)
			r := rule(t, sc, rbTalentD, "high-level-talent-settlement")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			rbMissing(t, r, c.miss...)
			rbWantNum(t, r, map[string]int64{"count": c.count})
			if ps, ok := r.Details["persons"].([]Details); !ok || int64(len(ps)) != c.count {
				t.Errorf("persons = %v, want %d", r.Details["persons"], c.count)
			}
			rbAmounts(t, r, c.count*20_000_000, c.count*100_000_000)
		})
	}
}

func TestProvincialTalentFunding(t *testing.T) {
	cases := []struct {
		name   string
		mod    func(sc *model.Scenario)
		status Status
		count  int64
	}{
		{"provincial overseas programme", func(sc *model.Scenario) { rbTalent(sc, model.TalentProvOverseas, nil, model.Unknown, nil) }, Eligible, 1},
		{"provincial high-end programme", func(sc *model.Scenario) { rbTalent(sc, model.TalentProvHighEnd, ptrInt(1), model.False, nil) }, Eligible, 1},
		{"high-level programme does not count", func(sc *model.Scenario) { rbTalent(sc, model.TalentHighLevel, ptrInt(5), model.True, nil) }, Ineligible, 0},
		{"no talent", func(sc *model.Scenario) {}, Ineligible, 0},
		{"two talents", func(sc *model.Scenario) {
			rbTalent(sc, model.TalentProvOverseas, nil, model.Unknown, nil)
			rbTalent(sc, model.TalentProvHighEnd, nil, model.Unknown, nil)
		}, Eligible, 2},
		{"left on D", func(sc *model.Scenario) {
			rbTalent(sc, model.TalentProvOverseas, nil, model.Unknown, func(p *model.Person) { p.Left = day(rbTalentD) })
		}, Ineligible, 0},
		{"left the day after D", func(sc *model.Scenario) {
			rbTalent(sc, model.TalentProvOverseas, nil, model.Unknown, func(p *model.Person) { p.Left = day("2021-07-01") })
		}, Eligible, 1},
		{"hired the day after D", func(sc *model.Scenario) {
			rbTalent(sc, model.TalentProvOverseas, nil, model.Unknown, func(p *model.Person) { p.Hired = day("2021-07-01") })
		}, Ineligible, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			c.mod(sc)
			r := rule(t, sc, rbTalentD, "provincial-talent-funding")
			wantStatus(t, r, c.status)
			mark := map[bool]string{true: "【满足】", false: "【不满足】"}[c.count > 0]
			markEn := map[bool]string{true: "[met] ", false: "[not met] "}[c.count > 0]
			wantReason(t, r, fmt.Sprintf("%s在职的省引才计划人才 %d 人", mark, c.count), fmt.Sprintf("%s%d provincial-programme talents employed", markEn, c.count))
			rbWantNum(t, r, map[string]int64{"count": c.count})
			rbAmounts(t, r, c.count*20_000_000, c.count*20_000_000)
		})
	}
}

// ---------------------------------------------------------------------------
// 2.17 rd-super-deduction

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

func TestRDSuperDeductionTaxYearWindow(t *testing.T) {
	// D = 2021-06-30, so T = 2020. One line per case.
	cases := []struct {
		name        string
		line        model.RDExpense
		base, capit int64
		status      Status
	}{
		{"dated Dec 31 of T−1: not counted", rbRD("2019-12-31", "A", model.RDPersonnel, 1_000_000, false), 0, 0, Ineligible},
		{"dated Jan 1 of T: counted", rbRD("2020-01-01", "A", model.RDPersonnel, 1_000_000, false), 1_000_000, 0, Eligible},
		{"dated Dec 31 of T: counted", rbRD("2020-12-31", "A", model.RDDesign, 1_000_000, false), 1_000_000, 0, Eligible},
		{"dated Jan 1 of Y: not counted (next year's return)", rbRD("2021-01-01", "A", model.RDPersonnel, 1_000_000, false), 0, 0, Ineligible},
		{"capitalised in T: not counted, reported", rbRD("2020-06-01", "A", model.RDPersonnel, 1_000_000, true), 0, 1_000_000, Ineligible},
		{"capitalised in T−1: not reported for T", rbRD("2019-06-01", "A", model.RDPersonnel, 1_000_000, true), 0, 0, Ineligible},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm("software_it")
			sc.RDExpenses = []model.RDExpense{c.line}
			r := rule(t, sc, "2021-06-30", "rd-super-deduction")
			wantStatus(t, r, c.status)
			wantReason(t, r, "2020 年可加计扣除的研发费用 "+money.Fen(c.base).Yuan(), "eligible R&D costs for 2020: "+money.Fen(c.base).Yuan())
			amount := rbRound(c.base, 75, 100)
			rbWantNum(t, r, map[string]int64{"tax_year": 2020, "base_fen": c.base, "eligible_total_fen": c.base, "capitalized_fen": c.capit})
			rbAmounts(t, r, amount, 0)
		})
	}
}

// The other-expenses cap per project (T ≤ 2020) or over all projects
// (T ≥ 2021). Project A: base 900,000, other 200,000 (cap 100,000); B:
// base 900,000, no other (cap 100,000); C: other 50,000, no base (cap 0).
func TestRDSuperDeductionOtherCapMethod(t *testing.T) {
	lines := func(T int) []model.RDExpense {
		d := fmt.Sprintf("%d-05-01", T)
		return []model.RDExpense{
			rbRD(d, "A", model.RDPersonnel, 900_000, false), rbRD(d, "A", model.RDOther, 200_000, false),
			rbRD(d, "B", model.RDDirectInput, 900_000, false),
			rbRD(d, "C", model.RDOther, 50_000, false),
		}
	}
	cases := []struct {
		name                string
		T                   int
		cap, eligible, amnt int64
		taxSaving           int64
	}{
		{"T=2020: per project, A's excess not absorbed by B, C's other disallowed", 2020, 200_000, 1_900_000, 1_425_000, 356_250},
		{"T=2021: over all projects", 2021, 200_000, 2_000_000, 1_500_000, 375_000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm("software_it")
			sc.RDExpenses = lines(c.T)
			r := rule(t, sc, rbRDEvalD(c.T), "rd-super-deduction")
			wantStatus(t, r, Eligible)
			rbWantNum(t, r, map[string]int64{"tax_year": int64(c.T), "rate_pct": 75, "base_fen": 1_800_000, "other_fen": 250_000,
				"other_cap_fen": c.cap, "eligible_total_fen": c.eligible, "tax_saving_fen": c.taxSaving})
			rbAmounts(t, r, c.amnt, 0)
			wantReason(t, r, "其他相关费用 ¥2,500.00、限额 "+money.Fen(c.cap).Yuan(), "other costs ¥2,500.00 capped at "+money.Fen(c.cap).Yuan())
		})
	}
	// The cap rounds half up to the fen: base × 10 / 90.
	for _, c := range []struct {
		name           string
		base, cap, tot int64
	}{
		{"cap 111,111.11 rounds down", 1_000_000, 111_111, 1_111_111},
		{"cap 111,111.22 rounds down", 1_000_001, 111_111, 1_111_112},
		{"cap 111,111.56 rounds up", 1_000_004, 111_112, 1_111_116},
	} {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm("software_it")
			sc.RDExpenses = []model.RDExpense{rbRD("2021-03-01", "A", model.RDPersonnel, c.base, false), rbRD("2021-03-01", "A", model.RDOther, 500_000, false)}
			r := rule(t, sc, "2022-03-01", "rd-super-deduction")
			wantStatus(t, r, Eligible)
			rbWantNum(t, r, map[string]int64{"other_cap_fen": c.cap, "eligible_total_fen": c.tot})
			rbAmounts(t, r, rbRound(c.tot, 75, 100), 0)
		})
	}
}

func TestRDSuperDeductionRates(t *testing.T) {
	techSME := func(issued, expires string) []model.Certification {
		return []model.Certification{rbCert(model.CertTechSME, issued, expires)}
	}
	cases := []struct {
		name     string
		T        int
		industry string
		certs    []model.Certification
		rate     int64
	}{
		{"T=2015: 50%", 2015, "software_it", nil, 50},
		{"T=2016: 50%", 2016, "software_it", nil, 50},
		{"T=2016 with tech_sme valid: still 50%", 2016, "software_it", techSME("2016-01-01", ""), 50},
		{"T=2017 without tech_sme: 50%", 2017, "software_it", nil, 50},
		{"T=2017 manufacturing without tech_sme: 50%", 2017, "manufacturing", nil, 50},
		{"T=2017 tech_sme issued Dec 31 of T: 75%", 2017, "software_it", techSME("2017-12-31", ""), 75},
		{"T=2017 tech_sme issued Jan 1 of T+1: 50%", 2017, "software_it", techSME("2018-01-01", ""), 50},
		{"T=2017 tech_sme expires Jan 1 of T: 75%", 2017, "software_it", techSME("2016-01-01", "2017-01-01"), 75},
		{"T=2017 tech_sme expired Dec 31 of T−1: 50%", 2017, "software_it", techSME("2016-01-01", "2016-12-31"), 50},
		{"T=2018: 75%", 2018, "software_it", nil, 75},
		{"T=2019: 75%", 2019, "software_it", nil, 75},
		{"T=2020: 75%", 2020, "software_it", nil, 75},
		{"T=2020 manufacturing: 75%", 2020, "manufacturing", nil, 75},
		{"T=2021 manufacturing: 100%", 2021, "manufacturing", nil, 100},
		{"T=2021 software: 75%", 2021, "software_it", nil, 75},
		{"T=2021 software with tech_sme: 75%", 2021, "software_it", techSME("2020-01-01", ""), 75},
		{"T=2022 manufacturing: 100%", 2022, "manufacturing", nil, 100},
		{"T=2022 tech_sme issued Dec 31 of T: 100%", 2022, "software_it", techSME("2022-12-31", ""), 100},
		{"T=2022 tech_sme issued Jan 1 of T+1: 75%", 2022, "software_it", techSME("2023-01-01", ""), 75},
		{"T=2022 tech_sme expires Jan 1 of T: 100%", 2022, "software_it", techSME("2020-01-01", "2022-01-01"), 100},
		{"T=2022 tech_sme expired Dec 31 of T−1: 75%", 2022, "software_it", techSME("2020-01-01", "2021-12-31"), 75},
		{"T=2022 software, no Q4 costs: 75%", 2022, "software_it", nil, 75},
		{"T=2023: 100%", 2023, "software_it", nil, 100},
		{"T=2025: 100%", 2025, "construction", nil, 100},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm(c.industry)
			sc.Firm.Certifications = c.certs
			sc.RDExpenses = []model.RDExpense{rbRD(fmt.Sprintf("%d-03-01", c.T), "A", model.RDPersonnel, 1_000_002, false)}
			r := rule(t, sc, rbRDEvalD(c.T), "rd-super-deduction")
			wantStatus(t, r, Eligible)
			amount := rbRound(1_000_002, c.rate, 100)
			rbWantNum(t, r, map[string]int64{"tax_year": int64(c.T), "rate_pct": c.rate, "eligible_total_fen": 1_000_002,
				"tax_saving_fen": rbRound(amount, 25, 100)})
			rbAmounts(t, r, amount, 0)
			wantReason(t, r, fmt.Sprintf("加计比例 %d%%", c.rate), fmt.Sprintf("rate %d%%", c.rate))
		})
	}
}

// 2022 outside manufacturing and technology SMEs: 75%, but 100% on the
// fourth-quarter share q4 = round(eligible_total × q4_actual / year_actual).
func TestRDSuperDeduction2022FourthQuarter(t *testing.T) {
	cases := []struct {
		name     string
		industry string
		lines    []model.RDExpense
		eligible int64
		q4       int64 // 0 when the full-year rate applies throughout
		amount   int64
		rate     int64
	}{
		{"Q4 share 40%: 400,000 + 75% × 600,000", "software_it", []model.RDExpense{
			rbRD("2022-03-01", "A", model.RDPersonnel, 600_000, false), rbRD("2022-10-01", "A", model.RDPersonnel, 400_000, false),
		}, 1_000_000, 400_000, 850_000, 75},
		{"Sep 30 is not Q4", "software_it", []model.RDExpense{
			rbRD("2022-03-01", "A", model.RDPersonnel, 600_000, false), rbRD("2022-09-30", "A", model.RDPersonnel, 400_000, false),
		}, 1_000_000, 0, 750_000, 75},
		{"capitalised Q4 costs are not in the actuals", "software_it", []model.RDExpense{
			rbRD("2022-03-01", "A", model.RDPersonnel, 600_000, false), rbRD("2022-10-01", "A", model.RDPersonnel, 400_000, false),
			rbRD("2022-11-01", "A", model.RDPersonnel, 1_000_000, true),
		}, 1_000_000, 400_000, 850_000, 75},
		// base 900,334, other 200,000 capped at round(100,037.1) = 100,037;
		// eligible 1,000,371; actuals 1,100,334 of which Q4 200,000 (the other
		// line, dated Dec 31, before capping); q4 = round(1,000,371 × 200,000 /
		// 1,100,334) = 181,830; 181,830 + round(818,541 × 0.75) = 795,736.
		{"capped other costs in Q4, rounding", "software_it", []model.RDExpense{
			rbRD("2022-05-01", "A", model.RDPersonnel, 900_001, false), rbRD("2022-09-30", "B", model.RDPersonnel, 333, false),
			rbRD("2022-12-31", "A", model.RDOther, 200_000, false),
		}, 1_000_371, 181_830, 795_736, 75},
		// base 1,010, other 310 capped at round(112.2) = 112; eligible 1,122;
		// actuals 1,320, Q4 310: q4 = round(263.5) = 264 (half up);
		// 264 + round(858 × 0.75 = 643.5) = 264 + 644 = 908.
		{"q4 share exactly half a fen rounds up", "software_it", []model.RDExpense{
			rbRD("2022-02-01", "A", model.RDPersonnel, 1_010, false), rbRD("2022-11-01", "A", model.RDOther, 310, false),
		}, 1_122, 264, 908, 75},
		{"manufacturing: 100% throughout", "manufacturing", []model.RDExpense{
			rbRD("2022-03-01", "A", model.RDPersonnel, 600_000, false), rbRD("2022-10-01", "A", model.RDPersonnel, 400_000, false),
		}, 1_000_000, 0, 1_000_000, 100},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm(c.industry)
			sc.RDExpenses = c.lines
			r := rule(t, sc, "2023-05-31", "rd-super-deduction")
			wantStatus(t, r, Eligible)
			rbWantNum(t, r, map[string]int64{"tax_year": 2022, "rate_pct": c.rate, "eligible_total_fen": c.eligible,
				"tax_saving_fen": rbRound(c.amount, 25, 100)})
			rbAmounts(t, r, c.amount, 0)
			if c.q4 > 0 {
				wantReason(t, r, "其中第四季度份额 "+money.Fen(c.q4).Yuan()+" 按 100%", "the fourth-quarter share "+money.Fen(c.q4).Yuan()+" at 100%")
			} else {
				wantReason(t, r, fmt.Sprintf("加计比例 %d%%：加计扣除额 %s", c.rate, money.Fen(c.amount).Yuan()),
					fmt.Sprintf("rate %d%%: deduction %s", c.rate, money.Fen(c.amount).Yuan()))
			}
		})
	}
}

func TestRDSuperDeductionTaxSaving(t *testing.T) {
	// T = 2020 at 75%: 1,000,002 → 750,002 (750,001.5 up).
	const amount = 750_002
	cases := []struct {
		name string
		cert []model.Certification
		pct  int64
	}{
		{"no high-tech: 25%", nil, 25},
		{"high-tech issued Dec 31 of T: 15%", []model.Certification{rbCert(model.CertHighTech, "2020-12-31", "")}, 15},
		{"high-tech issued Jan 1 of T+1: 25%", []model.Certification{rbCert(model.CertHighTech, "2021-01-01", "")}, 25},
		{"high-tech expires Jan 1 of T: 15%", []model.Certification{rbCert(model.CertHighTech, "2017-01-01", "2020-01-01")}, 15},
		{"high-tech expired Dec 31 of T−1: 25%", []model.Certification{rbCert(model.CertHighTech, "2017-01-01", "2019-12-31")}, 25},
		{"a tech-SME cert is not high-tech: 25%", []model.Certification{rbCert(model.CertTechSME, "2017-01-01", "")}, 25},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm("software_it")
			sc.Firm.Certifications = c.cert
			sc.RDExpenses = []model.RDExpense{rbRD("2020-03-01", "A", model.RDPersonnel, 1_000_002, false)}
			r := rule(t, sc, "2021-06-30", "rd-super-deduction")
			wantStatus(t, r, Eligible)
			saving := rbRound(amount, c.pct, 100) // 187,501 (187,500.5 up) or 112,500
			rbWantNum(t, r, map[string]int64{"tax_saving_fen": saving})
			rbAmounts(t, r, amount, 0)
			wantReason(t, r, fmt.Sprintf("按 %d%% 税率估算节税 %s", c.pct, money.Fen(saving).Yuan()), fmt.Sprintf("tax saved at %d%%: %s", c.pct, money.Fen(saving).Yuan()))
		})
	}
}

func TestRDSuperDeductionIndustries(t *testing.T) {
	excluded := []string{"tobacco", "accommodation", "catering", "wholesale", "retail",
		"real_estate_development", "property_management", "leasing_business_services", "entertainment"}
	for _, industry := range model.Industries.Codes() {
		out := slices.Contains(excluded, industry)
		t.Run(industry, func(t *testing.T) {
			sc := rbRDFirm(industry)
			sc.RDExpenses = []model.RDExpense{rbRD("2020-03-01", "A", model.RDPersonnel, 1_000_000, false)}
			r := rule(t, sc, "2021-06-30", "rd-super-deduction")
			label := model.Industries.Label(industry, "zh")
			if out {
				wantStatus(t, r, Ineligible)
				wantReason(t, r, "【不满足】行业："+label, "[not met] industry: "+model.Industries.Label(industry, "en"))
			} else {
				wantStatus(t, r, Eligible)
				wantReason(t, r, "【满足】行业："+label, "[met] industry: ")
			}
			rbAmounts(t, r, 750_000, 0)
		})
	}
}

func TestRDSuperDeductionNothingToDeduct(t *testing.T) {
	cases := []struct {
		name  string
		lines []model.RDExpense
	}{
		{"no R&D lines", nil},
		{"only capitalised costs", []model.RDExpense{rbRD("2020-03-01", "A", model.RDPersonnel, 1_000_000, true)}},
		{"only other costs: cap 0", []model.RDExpense{rbRD("2020-03-01", "A", model.RDOther, 1_000_000, false)}},
		{"only costs of year Y", []model.RDExpense{rbRD("2021-03-01", "A", model.RDPersonnel, 1_000_000, false)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbRDFirm("software_it")
			sc.RDExpenses = c.lines
			r := rule(t, sc, "2021-06-30", "rd-super-deduction")
			wantStatus(t, r, Ineligible)
			wantReason(t, r, "【不满足】2020 年可加计扣除的研发费用 ¥0.00", "[not met] eligible R&D costs for 2020: ¥0.00")
			rbAmounts(t, r, 0, 0)
			rbWantNum(t, r, map[string]int64{"eligible_total_fen": 0, "tax_year": 2020})
		})
	}
}

func TestRDSuperDeductionDetailKeys(t *testing.T) {
	sc := rbRDFirm("software_it")
	sc.RDExpenses = []model.RDExpense{
		rbRD("2019-03-01", "A", model.RDPersonnel, 300_000, false),
		rbRD("2020-03-01", "A", model.RDPersonnel, 900_000, false),
		rbRD("2020-04-01", "A", model.RDOther, 150_000, false),
		rbRD("2020-05-01", "A", model.RDAmortization, 7, true),
	}
	r := rule(t, sc, "2021-06-30", "rd-super-deduction")
	wantStatus(t, r, Eligible)
	for _, k := range []string{"tax_year", "rate_pct", "base_fen", "other_fen", "other_cap_fen", "eligible_total_fen", "capitalized_fen", "tax_saving_fen"} {
		if _, ok := r.Details[k]; !ok {
			t.Errorf("details lack %q: %v", k, r.Details)
		}
	}
	rbWantNum(t, r, map[string]int64{"tax_year": 2020, "rate_pct": 75, "base_fen": 900_000, "other_fen": 150_000,
		"other_cap_fen": 100_000, "eligible_total_fen": 1_000_000, "capitalized_fen": 7, "tax_saving_fen": 187_500})
	rbAmounts(t, r, 750_000, 0)
	// "details also give every year in the ledger": 2019 and 2020.
	years := rbRows(t, r, "years")
	var got []int64
	for _, y := range years {
		got = append(got, rbInt(t, "years[].tax_year", y["tax_year"]))
	}
	if !slices.Contains(got, 2019) || !slices.Contains(got, 2020) {
		t.Errorf("ledger years %v, want 2019 and 2020", got)
	}
}

// ---------------------------------------------------------------------------
// 2.18 self-employed-tax-deduction

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

func TestSelfEmployedTaxDeductionConditions(t *testing.T) {
	cases := []struct {
		name   string
		d      string
		mod    func(sc *model.Scenario)
		status Status
		reason [2]string
	}{
		{"individual business, endorsed certificate", "2021-06-30", nil, Eligible,
			[2]string{"【满足】创办人持注明“自主创业税收政策”的就业失业登记证", "[met] a founder holds an employment certificate endorsed for self-employment"}},
		{"a company", "2021-06-30", func(sc *model.Scenario) { sc.Firm.LegalForm = model.LegalCompany }, Ineligible,
			[2]string{"【不满足】组织形式：公司", "[not met] legal form: Company"}},
		{"a partnership", "2021-06-30", func(sc *model.Scenario) { sc.Firm.LegalForm = "partnership" }, Ineligible,
			[2]string{"【不满足】组织形式", "[not met] legal form"}},
		{"certificate issued on D", "2021-06-30", func(sc *model.Scenario) { sc.People[0].EmploymentCertificate.Issued = day("2021-06-30") }, Eligible,
			[2]string{"2021-06-30 发证，注明自主创业", "issued 2021-06-30, endorsed for self-employment"}},
		{"certificate issued the day after D", "2021-06-30", func(sc *model.Scenario) { sc.People[0].EmploymentCertificate.Issued = day("2021-07-01") }, Ineligible,
			[2]string{"2021-07-01 发证，晚于评估日", "issued 2021-07-01, after the evaluation date"}},
		{"certificate not endorsed", "2021-06-30", func(sc *model.Scenario) { sc.People[0].EmploymentCertificate.SelfEmployment = false }, Ineligible,
			[2]string{"未注明自主创业", "not endorsed for self-employment"}},
		{"no certificate", "2021-06-30", func(sc *model.Scenario) { sc.People[0].EmploymentCertificate = nil }, Ineligible,
			[2]string{"无就业失业登记证", "no certificate"}},
		{"only an employee holds the certificate", "2021-06-30", func(sc *model.Scenario) {
			c := sc.People[0].EmploymentCertificate
			sc.People[0].EmploymentCertificate = nil
			addStaff(sc, 1, "2019-05-01", ptrInt(12), func(p *model.Person) { p.EmploymentCertificate = c })
		}, Ineligible, [2]string{"【不满足】创办人持注明", "[not met] a founder holds"}},
		{"D the day before the window ends", "2022-03-31", nil, Eligible,
			[2]string{"【满足】3 年期：2019-04-01 至 2022-04-01（不含），评估日 2022-03-31", "[met] 3-year window: 2019-04-01 up to 2022-04-01 (exclusive)"}},
		{"D the day the window ends", "2022-04-01", nil, Ineligible,
			[2]string{"【不满足】3 年期：2019-04-01 至 2022-04-01（不含），评估日 2022-04-01", "[not met] 3-year window"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbSelfFirm()
			sc.Taxes = []model.TaxYear{{Year: 2020, VAT: 100_000}}
			if c.mod != nil {
				c.mod(sc)
			}
			r := rule(t, sc, c.d, "self-employed-tax-deduction")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			rbWantDate(t, r, "window_start", "2019-04-01")
			rbWantDate(t, r, "window_end", "2022-04-01")
			rbAmounts(t, r, 100_000, 0)
			if c.d == "2022-04-01" {
				wantAdvice(t, r, "3 年期已于 2022-04-01 结束", "the 3-year window ended on 2022-04-01")
			}
		})
	}
}

type rbTaxRow struct{ year, months, cap, vat, urban, edu, local, pit int64 }

func TestSelfEmployedTaxDeductionRows(t *testing.T) {
	tax := func(y int, vat, urban, edu, local, pit int64) model.TaxYear {
		return model.TaxYear{Year: y, VAT: money.Fen(vat), UrbanConstruction: money.Fen(urban), EducationSurcharge: money.Fen(edu),
			LocalEducationSurcharge: money.Fen(local), PersonalIncome: money.Fen(pit)}
	}
	cases := []struct {
		name       string
		founded    string
		d          string
		taxes      []model.TaxYear
		start, end string
		rows       []rbTaxRow
	}{
		{
			"founded mid-month; cap runs out in local education (2019) and urban construction (2020); 2018 and year > Y skipped",
			"2019-04-15", "2021-06-30",
			[]model.TaxYear{
				tax(2021, 100_000, 7_000, 3_000, 2_000, 50_000), // listed out of order on purpose
				tax(2018, 500_000, 0, 0, 0, 0),                  // before the window: 0 months, skipped
				tax(2019, 500_000, 100_000, 100_000, 50_000, 80_000),
				tax(2020, 900_000, 63_000, 27_000, 18_000, 100_000),
				tax(2022, 500_000, 0, 0, 0, 0), // after Y: ignored
			},
			"2019-04-01", "2022-04-01",
			[]rbTaxRow{
				{2019, 9, 720_000, 500_000, 100_000, 100_000, 20_000, 0},
				{2020, 12, 960_000, 900_000, 60_000, 0, 0, 0},
				{2021, 12, 960_000, 100_000, 7_000, 3_000, 2_000, 50_000},
			},
		},
		{
			"last window year has 3 months (D the day before the end)",
			"2019-04-15", "2022-03-31",
			[]model.TaxYear{tax(2022, 300_000, 20_000, 0, 0, 0)},
			"2019-04-01", "2022-04-01",
			[]rbTaxRow{{2022, 3, 240_000, 240_000, 0, 0, 0, 0}},
		},
		{
			"founded Dec 31: 1 month in the first year, 11 in the last",
			"2019-12-31", "2022-11-30",
			[]model.TaxYear{tax(2019, 50_000, 40_000, 0, 0, 0), tax(2022, 0, 0, 0, 0, 900_000)},
			"2019-12-01", "2022-12-01",
			[]rbTaxRow{{2019, 1, 80_000, 50_000, 30_000, 0, 0, 0}, {2022, 11, 880_000, 0, 0, 0, 0, 880_000}},
		},
		{
			"PIT last: takes what the indirect taxes leave",
			"2020-01-01", "2021-12-31",
			[]model.TaxYear{tax(2021, 200_000, 14_000, 6_000, 4_000, 1_000_000)},
			"2020-01-01", "2023-01-01",
			[]rbTaxRow{{2021, 12, 960_000, 200_000, 14_000, 6_000, 4_000, 736_000}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbSelfFirm()
			sc.Firm.Founded = day(c.founded)
			sc.People[0].Hired = day(c.founded)
			sc.Taxes = c.taxes
			r := rule(t, sc, c.d, "self-employed-tax-deduction")
			wantStatus(t, r, Eligible)
			rbWantDate(t, r, "window_start", c.start)
			rbWantDate(t, r, "window_end", c.end)
			rows := rbRows(t, r, "rows")
			if len(rows) != len(c.rows) {
				t.Fatalf("%d rows %v, want %d", len(rows), rows, len(c.rows))
			}
			var total int64
			for i, w := range c.rows {
				g := rows[i]
				got := rbTaxRow{rbInt(t, "year", g["year"]), rbInt(t, "months", g["months"]), rbInt(t, "cap_fen", g["cap_fen"]),
					rbInt(t, "vat_fen", g["vat_fen"]), rbInt(t, "urban_construction_fen", g["urban_construction_fen"]),
					rbInt(t, "education_surcharge_fen", g["education_surcharge_fen"]),
					rbInt(t, "local_education_surcharge_fen", g["local_education_surcharge_fen"]),
					rbInt(t, "personal_income_fen", g["personal_income_fen"])}
				if got != w {
					t.Errorf("row %d = %+v, want %+v", i, got, w)
				}
				if w.cap != rbRound(960_000, w.months, 12) {
					t.Fatalf("bad case: cap")
				}
				total += w.vat + w.urban + w.edu + w.local + w.pit
				wantReason(t, r, fmt.Sprintf("%d 年：期内 %d 个月，限额 %s", w.year, w.months, money.Fen(w.cap).Yuan()),
					fmt.Sprintf("%d: %d months in the window, cap %s", w.year, w.months, money.Fen(w.cap).Yuan()))
			}
			rbWantNum(t, r, map[string]int64{"total_fen": total})
			rbAmounts(t, r, total, 0)
		})
	}
}

// ---------------------------------------------------------------------------
// 2.19 vc-investment-deduction

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

func TestVCInvestmentDeductionQualifying(t *testing.T) {
	// One investment of 10万元 on 2018-06-30: 2-year mark 2020-06-30,
	// deduction 7万元, used against 2020's taxable income of 100万元.
	held := func(in model.Investment) func(sc *model.Scenario) {
		return func(sc *model.Scenario) { sc.Investments = []model.Investment{in} }
	}
	base := rbInv("甲公司", "2018-06-30", 10_000_000)
	exited := func(d string) model.Investment { x := base; x.Exited = day(d); return x }
	listed := base
	listed.Unlisted = false
	notHT := base
	notHT.SMEHighTech = false
	cases := []struct {
		name   string
		d      string
		mod    func(sc *model.Scenario)
		status Status
		amount int64
		reason [2]string
		advice [2]string
	}{
		{"D the day before the 2-year mark", "2020-06-29", held(base), Ineligible, 0,
			[2]string{"【不满足】已满 2 年的合格投资可抵扣合计 ¥0.00", "[not met] qualifying investments held two years yield ¥0.00"},
			[2]string{"于 2020-06-30 持有满 2 年", "reaches two years on 2020-06-30"}},
		{"D on the 2-year mark", "2020-06-30", held(base), Eligible, 7_000_000,
			[2]string{"【满足】已满 2 年的合格投资可抵扣合计 ¥70,000.00", "[met] qualifying investments held two years yield ¥70,000.00"}, [2]string{}},
		{"D the day after the 2-year mark", "2020-07-01", held(base), Eligible, 7_000_000,
			[2]string{"2020-06-30 满 2 年，可抵扣 ¥70,000.00", "two years on 2020-06-30, yields ¥70,000.00"}, [2]string{}},
		{"exited the day before the 2-year mark", "2020-07-01", held(exited("2020-06-29")), Ineligible, 0,
			[2]string{"前已于 2020-06-29 退出，不计", "exited on 2020-06-29, before its two years (2020-06-30); not counted"}, [2]string{}},
		{"exited on the 2-year mark", "2020-07-01", held(exited("2020-06-30")), Eligible, 7_000_000,
			[2]string{"【满足】已满 2 年的合格投资可抵扣合计 ¥70,000.00", "[met] qualifying investments"}, [2]string{}},
		{"listed investee", "2020-07-01", held(listed), Ineligible, 0,
			[2]string{"可抵扣合计 ¥0.00", "yield ¥0.00"}, [2]string{}},
		{"investee not an SME high-tech firm", "2020-07-01", held(notHT), Ineligible, 0,
			[2]string{"可抵扣合计 ¥0.00", "yield ¥0.00"}, [2]string{}},
		{"cert issued the day after D", "2020-07-01", func(sc *model.Scenario) {
			held(base)(sc)
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertVCEnterprise, "2020-07-02", "")}
		}, Ineligible, 0, [2]string{"【不满足】评估日没有有效的创业投资企业认定", "[not met] no venture-capital certification valid on the evaluation date"}, [2]string{}},
		{"cert issued on D", "2020-07-01", func(sc *model.Scenario) {
			held(base)(sc)
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertVCEnterprise, "2020-07-01", "")}
		}, Eligible, 7_000_000, [2]string{"【满足】创业投资企业认定有效", "[met] venture-capital certification valid"}, [2]string{}},
		{"cert expired the day before D", "2020-07-01", func(sc *model.Scenario) {
			held(base)(sc)
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertVCEnterprise, "2015-06-01", "2020-06-30")}
		}, Ineligible, 0, [2]string{"评估日没有有效的创业投资企业认定", "no venture-capital certification valid"}, [2]string{}},
		{"cert expires on D", "2020-07-01", func(sc *model.Scenario) {
			held(base)(sc)
			sc.Firm.Certifications = []model.Certification{rbCert(model.CertVCEnterprise, "2015-06-01", "2020-07-01")}
		}, Eligible, 7_000_000, [2]string{"创业投资企业认定有效", "venture-capital certification valid"}, [2]string{}},
		{"70% rounds half up: 15 fen → 11", "2020-07-01", held(rbInv("乙公司", "2018-06-30", 15)), Eligible, 11,
			[2]string{"可抵扣合计 ¥0.11", "yield ¥0.11"}, [2]string{}},
		{"one matured, one maturing after D: advice names the date", "2020-07-01", func(sc *model.Scenario) {
			sc.Investments = []model.Investment{base, rbInv("丙公司", "2019-02-28", 4_000_000)}
		}, Eligible, 7_000_000, [2]string{"可抵扣合计 ¥70,000.00", "yield ¥70,000.00"},
			[2]string{"investments[1] 丙公司 于 2021-02-28 持有满 2 年，届时可抵扣 ¥28,000.00", "investments[1] 丙公司 reaches two years on 2021-02-28 and will then yield ¥28,000.00"}},
		{"investment dated after D is ignored", "2020-07-01", held(rbInv("丁公司", "2020-07-02", 10_000_000)), Ineligible, 0,
			[2]string{"可抵扣合计 ¥0.00", "yield ¥0.00"}, [2]string{}},
		// §0: an exit dated after D is a record after D and is ignored, so
		// at D the investment is still held and matures later.
		{"exit dated after D (before the mark) is ignored: advice names the mark", "2020-01-15", held(exited("2020-03-01")), Ineligible, 0,
			[2]string{"可抵扣合计 ¥0.00", "yield ¥0.00"}, [2]string{"于 2020-06-30 持有满 2 年", "reaches two years on 2020-06-30"}},
		// "at least one qualifying investment … With none matured,
		// ineligible": one has matured, worth 0.
		{"a matured investment of 0 yuan still qualifies", "2020-07-01", held(rbInv("戊公司", "2018-06-30", 0)), Eligible, 0,
			[2]string{"可抵扣合计 ¥0.00", "yield ¥0.00"}, [2]string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbVCFirm()
			sc.Financials = []model.Financial{rbFin(2019, ptrFen(100_000_000)), rbFin(2020, ptrFen(100_000_000))}
			c.mod(sc)
			r := rule(t, sc, c.d, "vc-investment-deduction")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			if c.advice[0] != "" {
				wantAdvice(t, r, c.advice[0], c.advice[1])
			}
			rbAmounts(t, r, c.amount, 0)
		})
	}
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

func TestVCInvestmentDeductionLedger(t *testing.T) {
	const d = "2022-06-30"
	cases := []struct {
		name        string
		financials  []model.Financial
		rows        []rbVCRow
		used, carry int64
	}{
		{
			// 2018 precedes the first deduction year and is not used; 2019 is a
			// loss (used 0); L = 2021 (2022 has no row; 2023 is after Y), so C's
			// 700,000 of 2022 is carried.
			"carry-forward through a loss year; deductions after L carried",
			[]model.Financial{rbFin(2018, ptrFen(50_000_000)), rbFin(2019, ptrFen(-1_000_000)), rbFin(2020, ptrFen(5_000_002)),
				rbFin(2021, ptrFen(10_000_001)), rbFin(2023, ptrFen(100_000_000))},
			[]rbVCRow{{2019, 7_000_000, 0, 7_000_000}, {2020, 14_000_000, 5_000_002, 15_999_998}, {2021, 0, 10_000_001, 5_999_997}},
			15_000_003, 6_699_997,
		},
		{
			"taxable income exceeds what is available: used is capped",
			[]model.Financial{rbFin(2019, ptrFen(100_000_000)), rbFin(2020, ptrFen(100_000_000)), rbFin(2021, ptrFen(100_000_000)), rbFin(2022, ptrFen(100_000_000))},
			[]rbVCRow{{2019, 7_000_000, 7_000_000, 0}, {2020, 14_000_000, 14_000_000, 0}, {2021, 0, 0, 0}, {2022, 700_000, 700_000, 0}},
			21_700_000, 0,
		},
		{
			"zero taxable income uses nothing",
			[]model.Financial{rbFin(2019, ptrFen(0)), rbFin(2020, ptrFen(0))},
			[]rbVCRow{{2019, 7_000_000, 0, 7_000_000}, {2020, 14_000_000, 0, 21_000_000}},
			0, 21_700_000,
		},
		{
			"L before the first deduction year: everything carried",
			[]model.Financial{rbFin(2018, ptrFen(50_000_000))},
			nil, 0, 21_700_000,
		},
		{
			"no accounts at all: everything carried",
			nil, nil, 0, 21_700_000,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbVCFirm()
			sc.Investments = rbLedgerInvestments()
			sc.Financials = c.financials
			r := rule(t, sc, d, "vc-investment-deduction")
			wantStatus(t, r, Eligible)
			rbAmounts(t, r, 21_700_000, 0)
			rbWantNum(t, r, map[string]int64{"used_fen": c.used, "carry_forward_fen": c.carry, "tax_saving_fen": rbRound(c.used, 25, 100)})
			rows := rbRows(t, r, "rows")
			if len(rows) != len(c.rows) {
				t.Fatalf("rows %v, want %v", rows, c.rows)
			}
			for i, w := range c.rows {
				g := rbVCRow{rbInt(t, "year", rows[i]["year"]), rbInt(t, "new_fen", rows[i]["new_fen"]),
					rbInt(t, "used_fen", rows[i]["used_fen"]), rbInt(t, "carry_fen", rows[i]["carry_fen"])}
				if g != w {
					t.Errorf("row %d = %+v, want %+v", i, g, w)
				}
			}
			wantAdvice(t, r, "investments[3] E 于 2023-01-01 持有满 2 年", "investments[3] E reaches two years on 2023-01-01")
		})
	}
}

func TestVCInvestmentDeductionMissingAccounts(t *testing.T) {
	const d = "2022-06-30"
	full := func() []model.Financial {
		return []model.Financial{rbFin(2018, ptrFen(1)), rbFin(2019, ptrFen(1)), rbFin(2020, ptrFen(1)), rbFin(2021, ptrFen(1))}
	}
	cases := []struct {
		name   string
		mod    func(f []model.Financial) []model.Financial
		status Status
		want   func(t *testing.T, r *Result)
	}{
		{"a year inside the ledger without a row", func(f []model.Financial) []model.Financial {
			return slices.Delete(f, 2, 3) // drop 2020
		}, MissingData, func(t *testing.T, r *Result) {
			found := false
			for _, m := range r.Missing {
				found = found || (strings.Contains(m, "2020") && strings.Contains(m, "taxable_income_fen"))
			}
			if !found {
				t.Errorf("missing %v does not name 2020's taxable income", r.Missing)
			}
		}},
		{"taxable income unknown in a ledger year", func(f []model.Financial) []model.Financial {
			f[2].TaxableIncome = nil
			return f
		}, MissingData, func(t *testing.T, r *Result) { rbMissing(t, r, "financials[2].taxable_income_fen") }},
		{"unknown taxable income before the first deduction year does not matter", func(f []model.Financial) []model.Financial {
			f[0].TaxableIncome = nil
			return f
		}, Eligible, func(t *testing.T, r *Result) {}},
		{"unknown taxable income after Y does not matter", func(f []model.Financial) []model.Financial {
			return append(f, rbFin(2023, nil))
		}, Eligible, func(t *testing.T, r *Result) {}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := rbVCFirm()
			sc.Investments = rbLedgerInvestments()
			sc.Financials = c.mod(full())
			r := rule(t, sc, d, "vc-investment-deduction")
			wantStatus(t, r, c.status)
			if c.status == MissingData {
				wantReason(t, r, "【待补充】抵扣台账 2019–2021 年的财务数据齐全", "[unknown] accounts complete for the ledger years 2019–2021")
			}
			rbAmounts(t, r, 21_700_000, 0)
			c.want(t, r)
		})
	}
}

// ---------------------------------------------------------------------------
// 2.20 rbPatent-priority-exam and 2.21 ip-pledge-financing

const rbPatentD = "2021-06-30"

func rbPatent(seq int, kind, filed, granted, status string) model.Patent {
	p := model.Patent{Number: rbPatentNo(seq), Kind: kind, Title: "一种测试装置" + itoa(seq), Filed: day(filed), Status: status}
	if granted != "" {
		p.Granted = day(granted)
	}
	return p
}

func TestPatentPriorityExam(t *testing.T) {
	invention, um, des := model.PatentInvention, model.PatentUtilityModel, model.PatentDesign
	cases := []struct {
		name    string
		patents []model.Patent
		n       int
	}{
		{"filed the day before D, pending", []model.Patent{rbPatent(1, invention, "2021-06-29", "", model.StatusPending)}, 1},
		{"filed on D", []model.Patent{rbPatent(1, invention, rbPatentD, "", model.StatusPending)}, 1},
		{"filed the day after D", []model.Patent{rbPatent(1, invention, "2021-07-01", "", model.StatusPending)}, 0},
		{"granted on D: no longer pending", []model.Patent{rbPatent(1, um, "2020-01-01", rbPatentD, model.StatusGranted)}, 0},
		{"granted the day after D: still pending at D", []model.Patent{rbPatent(1, um, "2020-01-01", "2021-07-01", model.StatusGranted)}, 1},
		{"lapsed before grant", []model.Patent{rbPatent(1, invention, "2020-01-01", "", model.StatusLapsed)}, 0},
		{"design application pending", []model.Patent{rbPatent(1, des, "2021-01-01", "", model.StatusPending)}, 1},
		{"one pending among granted and lapsed", []model.Patent{
			rbPatent(1, invention, "2019-01-01", "2020-01-01", model.StatusGranted),
			rbPatent(2, invention, "2020-01-01", "", model.StatusLapsed),
			rbPatent(3, um, "2021-02-01", "", model.StatusPending)}, 1},
		{"no patents", nil, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			sc.Patents = c.patents
			r := rule(t, sc, rbPatentD, "patent-priority-exam")
			if c.n > 0 {
				wantStatus(t, r, MayApply)
				wantReason(t, r, fmt.Sprintf("【满足】评估日在审的专利申请 %d 件", c.n), fmt.Sprintf("[met] %d applications pending on the evaluation date", c.n))
			} else {
				wantStatus(t, r, Ineligible)
				wantReason(t, r, "【不满足】评估日在审的专利申请 0 件", "[not met] 0 applications pending on the evaluation date")
			}
			rbAmounts(t, r, 0, 0)
		})
	}
}

func TestIPPledgeFinancing(t *testing.T) {
	invention, um, des := model.PatentInvention, model.PatentUtilityModel, model.PatentDesign
	cases := []struct {
		name    string
		patents []model.Patent
		n       int
	}{
		{"invention granted the day before D", []model.Patent{rbPatent(1, invention, "2019-01-01", "2021-06-29", model.StatusGranted)}, 1},
		{"invention granted on D", []model.Patent{rbPatent(1, invention, "2019-01-01", rbPatentD, model.StatusGranted)}, 1},
		{"invention granted the day after D", []model.Patent{rbPatent(1, invention, "2019-01-01", "2021-07-01", model.StatusGranted)}, 0},
		{"utility model granted on D", []model.Patent{rbPatent(1, um, "2019-01-01", rbPatentD, model.StatusGranted)}, 1},
		{"design granted: excluded", []model.Patent{rbPatent(1, des, "2019-01-01", "2020-01-01", model.StatusGranted)}, 0},
		{"invention granted, then lapsed", []model.Patent{rbPatent(1, invention, "2015-01-01", "2017-01-01", model.StatusLapsed)}, 0},
		{"invention pending", []model.Patent{rbPatent(1, invention, "2020-01-01", "", model.StatusPending)}, 0},
		{"design and utility model granted: one counts", []model.Patent{
			rbPatent(1, des, "2019-01-01", "2020-01-01", model.StatusGranted),
			rbPatent(2, um, "2019-01-01", "2020-01-01", model.StatusGranted)}, 1},
		{"two inventions granted", []model.Patent{
			rbPatent(1, invention, "2019-01-01", "2020-01-01", model.StatusGranted),
			rbPatent(2, invention, "2019-01-01", "2021-01-01", model.StatusGranted)}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			sc.Patents = c.patents
			r := rule(t, sc, rbPatentD, "ip-pledge-financing")
			if c.n > 0 {
				wantStatus(t, r, MayApply)
				wantReason(t, r, fmt.Sprintf("【满足】已授权的发明、实用新型专利 %d 件", c.n), fmt.Sprintf("[met] %d granted inventions or utility models", c.n))
			} else {
				wantStatus(t, r, Ineligible)
				wantReason(t, r, "【不满足】已授权的发明、实用新型专利 0 件", "[not met] 0 granted inventions or utility models")
			}
			rbAmounts(t, r, 0, 0)
		})
	}
}

// ---------------------------------------------------------------------------
// 2.22 maker-space-subsidy

func TestMakerSpaceSubsidy(t *testing.T) {
	ms := model.CertMakerSpace
	cases := []struct {
		name  string
		certs []model.Certification
		ok    bool
	}{
		{"issued the day before D, no expiry", []model.Certification{rbCert(ms, "2021-06-29", "")}, true},
		{"issued on D", []model.Certification{rbCert(ms, "2021-06-30", "")}, true},
		{"issued the day after D", []model.Certification{rbCert(ms, "2021-07-01", "")}, false},
		{"expired the day before D", []model.Certification{rbCert(ms, "2019-01-01", "2021-06-29")}, false},
		{"expires on D", []model.Certification{rbCert(ms, "2019-01-01", "2021-06-30")}, true},
		{"expires the day after D", []model.Certification{rbCert(ms, "2019-01-01", "2021-07-01")}, true},
		{"expired one, renewed one valid", []model.Certification{rbCert(ms, "2016-01-01", "2018-12-31"), rbCert(ms, "2019-01-01", "")}, true},
		{"only another kind of certification", []model.Certification{rbCert(model.CertTechSME, "2019-01-01", "")}, false},
		{"none", nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			sc.Firm.Certifications = c.certs
			r := rule(t, sc, "2021-06-30", "maker-space-subsidy")
			if c.ok {
				wantStatus(t, r, MayApply)
				wantReason(t, r, "【满足】众创空间认定有效", "[met] maker-space recognition valid")
			} else {
				wantStatus(t, r, Ineligible)
				wantReason(t, r, "【不满足】评估日没有有效的众创空间认定", "[not met] no maker-space recognition valid on the evaluation date")
			}
			rbAmounts(t, r, 0, 0)
		})
	}
}

// ---------------------------------------------------------------------------
// §3 calendar

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

func TestSection3Deadlines(t *testing.T) {
	ev := evaluate(t, rbCalendarFirm(), "2020-01-15")
	if !slices.IsSortedFunc(ev.Deadlines, func(a, b Deadline) int { return int(a.Date) - int(b.Date) }) {
		t.Errorf("deadlines not sorted by date: %v", ev.Deadlines)
	}
	has := func(date string, rules ...string) bool {
		for _, d := range ev.Deadlines {
			if d.Date == day(date) && slices.Contains(rules, d.Rule) {
				return true
			}
		}
		return false
	}
	dump := func() string {
		var b strings.Builder
		for _, d := range ev.Deadlines {
			fmt.Fprintf(&b, "  %s %s %s\n", d.Date, d.Rule, d.What.Zh)
		}
		return b.String()
	}
	present := []struct {
		name  string
		date  string
		rules []string
	}{
		{"fee-cap window end: founded + 2 years", "2021-04-15", []string{"startup-fee-cap"}},
		{"firm completes one year", "2020-04-15", []string{"graduate-rent-subsidy"}},
		{"firm completes two years", "2021-04-15", []string{"student-entity-loan"}},
		{"online shop + 6 months (Aug 31 → Feb 29)", "2020-02-29", []string{"graduate-eshop-subsidy"}},
		{"institute leave + 3 years (Feb 29 → Feb 28)", "2019-02-28", []string{"researcher-leave"}},
		{"SOE leave starting on D + 3 years", "2023-01-15", []string{"soe-staff-leave"}},
		{"qualifying investment's 2-year mark", "2021-01-10", []string{"vc-investment-deduction"}},
		{"matured investment's 2-year mark", "2019-06-01", []string{"vc-investment-deduction"}},
		{"self-employment window end: first day of the 37th month", "2022-04-01", []string{"self-employed-tax-deduction"}},
		{"tech-SME certification expiry", "2022-12-31", []string{"tech-sme-founder-loan"}},
		{"high-tech certification expiry", "2023-06-30", []string{"rd-super-deduction"}},
		{"VC certification expiry", "2024-01-01", []string{"vc-investment-deduction"}},
		{"maker-space certification expiry", "2022-05-05", []string{"maker-space-subsidy"}},
		{"graduate founder's 5-year mark", "2022-07-01", []string{"student-excellent-grant", "graduate-rent-subsidy", "youth-guaranteed-loan", "student-entity-loan"}},
		// §3 lists "each investment's 2-year mark", whether it qualifies or not.
		{"listed investee's 2-year mark", "2021-02-01", []string{"vc-investment-deduction"}},
		{"2-year mark of an investment exited before it", "2020-03-01", []string{"vc-investment-deduction"}},
	}
	for _, p := range present {
		if !has(p.date, p.rules...) {
			t.Errorf("%s: no deadline on %s for %v in:\n%s", p.name, p.date, p.rules, dump())
		}
	}
	absent := []struct{ name, date string }{
		{"certification issued after D", "2025-01-01"},
		{"leave starting after D", "2023-01-16"},
		{"non-founder graduate's 5-year mark", "2023-07-01"},
		{"founder graduating after D", "2025-07-01"},
		{"investment dated after D", "2022-02-01"},
	}
	for _, a := range absent {
		for _, d := range ev.Deadlines {
			if d.Date == day(a.date) {
				t.Errorf("%s: unexpected deadline %s %s", a.name, d.Date, d.Rule)
			}
		}
	}
}

func TestSection3DeadlinesShopOpenedAroundD(t *testing.T) {
	for _, c := range []struct {
		name, opened, mark string
		want               bool
	}{
		{"shop opened on D", "2020-01-15", "2020-07-15", true},
		{"shop opened the day after D: not seen", "2020-01-16", "2020-07-16", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			sc.Firm.OnlineShopOpened = day(c.opened)
			ev := evaluate(t, sc, "2020-01-15")
			got := false
			for _, d := range ev.Deadlines {
				if d.Rule == "graduate-eshop-subsidy" && d.Date == day(c.mark) {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("shop deadline on %s present = %v, want %v", c.mark, got, c.want)
			}
		})
	}
}

// An exit dated after D is ignored (§0): at D the investment is held, so its
// 2-year mark belongs in the calendar.
func TestSection3DeadlinesExitAfterDIgnored(t *testing.T) {
	sc := rbVCFirm()
	in := rbInv("甲公司", "2018-06-30", 10_000_000)
	in.Exited = day("2020-03-01")
	sc.Investments = []model.Investment{in}
	ev := evaluate(t, sc, "2020-01-15")
	for _, d := range ev.Deadlines {
		if d.Rule == "vc-investment-deduction" && d.Date == day("2020-06-30") {
			return
		}
	}
	t.Errorf("no 2-year mark 2020-06-30 for an investment whose exit (2020-03-01) is after D: %v", ev.Deadlines)
}

// ---------------------------------------------------------------------------
// Details in every status

// RULES.md §0: "Every result reports … details (the rule's own numbers,
// named below; a detail that cannot be computed is null)". The base firm
// fails every rule in scope; the named keys must still be there.
func TestScopeBDetailKeysWhenIneligible(t *testing.T) {
	ev := evaluate(t, baseFirm(), "2021-06-30")
	for id, keys := range map[string][]string{
		"tech-sme-founder-loan": {"extra_principal_fen", "rate_bp", "months", "subsidy_fen", "province_fen", "city_fen",
			"county_fen", "estimated"},
		"student-entity-loan":          {"subsidy_estimate_fen"},
		"high-level-talent-settlement": {"count", "persons"},
		"provincial-talent-funding":    {"count", "persons"},
		"rd-super-deduction": {"tax_year", "rate_pct", "base_fen", "other_fen", "other_cap_fen", "eligible_total_fen",
			"capitalized_fen", "tax_saving_fen"},
		"self-employed-tax-deduction": {"window_start", "window_end", "total_fen", "rows"},
		"vc-investment-deduction":     {"carry_forward_fen", "used_fen", "tax_saving_fen", "rows"},
	} {
		r, _ := ev.Result(id)
		wantStatus(t, r, Ineligible)
		for _, k := range keys {
			if _, ok := r.Details[k]; !ok {
				t.Errorf("%s (%s): details lack %q (want the value, or null when it cannot be computed): %v", id, r.Status, k, r.Details)
			}
		}
	}
}
